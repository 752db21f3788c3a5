"""Talking to DHIS2: ``POST /api/dataValueSets`` over verified HTTPS, and its answers.

Only the standard library: :mod:`http.client` over an :mod:`ssl` context that always
verifies the server (the system's authorities, plus an organisation's own CA file when
one is configured). No proxies and no redirects are followed, so the access token only
ever goes to the address the user configured. Each request has a timeout; a timeout, a
dropped connection or a 5xx answer is retried with the very same bytes (DHIS2's
``CREATE_AND_UPDATE`` import makes that harmless), anything else is not.
"""

from __future__ import annotations

import http.client
import json
import ssl
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

from desktop_app import __version__
from desktop_app.i18n import _, isolate, ngettext
from desktop_app.sync.errors import (
    DeliveryError,
    Dhis2AuthError,
    Dhis2RejectedError,
    TargetError,
)

_ENDPOINT = "/api/dataValueSets"
_RESPONSE_LIMIT = 4 * 1024 * 1024
_RETRYABLE_STATUS = {500, 502, 503, 504}


@dataclass(frozen=True, slots=True)
class Dhis2Server:
    """Where and how to reach a DHIS2 instance.

    Attributes:
        base_url: ``https://dhis2.example.org`` (a path prefix such as ``/dhis`` is kept).
        token: a personal access token (sent as ``Authorization: ApiToken …``).
        ca_file: an organisation's own certificate authority (PEM), trusted in addition
            to the system's.
        timeout: seconds to wait for the connection and for each read.
        retries: how many more times to try after a timeout, dropped connection or 5xx.
    """

    base_url: str
    token: str
    ca_file: Path | None = None
    timeout: float = 30.0
    retries: int = 2

    def check(self) -> None:
        """Refuse an address that is not HTTPS or has no host."""
        parts = urlsplit(self.base_url)
        if parts.scheme != "https" or not parts.hostname or parts.query or parts.fragment:
            raise TargetError(
                _("The DHIS2 address must start with https:// and name a server."),
                hint=_("Hearth only sends over verified HTTPS. Correct the target's address."),
            )
        if not self.token:
            raise TargetError(
                _("No DHIS2 access token is configured."),
                hint=_("Create a personal access token in DHIS2 and add it to the target."),
            )


@dataclass(frozen=True, slots=True)
class Conflict:
    """One value DHIS2 could not take, as it described it (identifiers and a reason)."""

    object: str
    value: str


@dataclass(frozen=True, slots=True)
class ImportSummary:
    """DHIS2's answer to a ``dataValueSets`` import, in numbers."""

    status: str
    imported: int
    updated: int
    ignored: int
    deleted: int
    conflicts: tuple[Conflict, ...]
    dry_run: bool
    description: str = ""

    @property
    def ok(self) -> bool:
        """Whether every value was taken (no error, no conflict)."""
        return self.status in ("SUCCESS", "OK") and not self.conflicts

    def describe(self) -> str:
        """Say what happened in plain words."""
        if self.dry_run:
            text = _(
                "Trial run: DHIS2 would import {imported}, update {updated} and ignore "
                "{ignored} values."
            )
        else:
            text = _("DHIS2 imported {imported}, updated {updated} and ignored {ignored} values.")
        lines = [text.format(imported=self.imported, updated=self.updated, ignored=self.ignored)]
        if self.deleted:
            lines.append(_("{deleted} values were deleted.").format(deleted=self.deleted))
        if self.status == "ERROR":
            lines.append(_("DHIS2 reported an error: {reason}").format(reason=self.description))
        if self.conflicts:
            lines.append(
                ngettext(
                    "{count} value had a problem:",
                    "{count} values had a problem:",
                    len(self.conflicts),
                ).format(count=len(self.conflicts))
            )
            lines.extend(f"  • {c.object}: {c.value}" for c in self.conflicts)
        return "\n".join(lines)


def _int(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def parse_import_summary(data: Mapping[str, Any], *, dry_run: bool) -> ImportSummary:
    """Read an import summary, bare or wrapped in DHIS2 2.36+'s web message.

    Raises:
        ValueError: the object is not an import summary.
    """
    summary: Any = data.get("response") if "response" in data else data
    if not isinstance(summary, Mapping) or "status" not in summary:
        raise ValueError("not an import summary")
    counts = summary.get("importCount") or {}
    if not isinstance(counts, Mapping):
        raise ValueError("not an import summary")
    conflicts = []
    for raw in summary.get("conflicts") or ():
        if isinstance(raw, Mapping):
            conflicts.append(Conflict(str(raw.get("object", "")), str(raw.get("value", ""))))
    return ImportSummary(
        status=str(summary["status"]),
        imported=_int(counts.get("imported")),
        updated=_int(counts.get("updated")),
        ignored=_int(counts.get("ignored")),
        deleted=_int(counts.get("deleted")),
        conflicts=tuple(conflicts),
        dry_run=dry_run,
        description=str(summary.get("description") or data.get("message") or ""),
    )


def tls_context(ca_file: Path | None) -> ssl.SSLContext:
    """Return a verifying TLS context: system authorities, plus ``ca_file`` if given."""
    context = ssl.create_default_context()
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    if ca_file is not None:
        try:
            context.load_verify_locations(cafile=str(ca_file))
        except (OSError, ssl.SSLError) as error:
            raise TargetError(
                _("The certificate authority file could not be read."),
                hint=_("Choose the organisation's CA file in PEM format."),
            ) from error
    return context


class _RetryableError(Exception):
    """A failure worth one more try with the same bytes."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class Dhis2Client:
    """Sends ``dataValueSets`` to one DHIS2 server."""

    def __init__(self, server: Dhis2Server, *, sleep: Callable[[float], None] = time.sleep):
        server.check()
        self._server = server
        self._sleep = sleep
        self._context = tls_context(server.ca_file)
        parts = urlsplit(server.base_url)
        self._host = parts.hostname or ""
        self._port = parts.port
        self._path = parts.path.rstrip("/") + _ENDPOINT

    def post(self, body: bytes, *, dry_run: bool) -> ImportSummary:
        """POST ``body`` (retrying the same bytes as configured) and read the answer.

        Raises:
            Dhis2AuthError: the token was refused (401) or may not do this (403).
            Dhis2RejectedError: DHIS2 refused the values (409, or an ERROR summary).
            DeliveryError: no answer after every try (timeouts, connection, 5xx).
            TargetError: TLS verification failed, a redirect, or an unexpected answer.
        """
        query = urlencode(
            {"dryRun": "true" if dry_run else "false", "importStrategy": "CREATE_AND_UPDATE"}
        )
        attempts = max(1, self._server.retries + 1)
        last = ""
        for attempt in range(attempts):
            if attempt:
                self._sleep(min(2.0**attempt, 10.0))
            try:
                return self._once(f"{self._path}?{query}", body, dry_run=dry_run)
            except _RetryableError as failure:
                last = failure.message
        raise DeliveryError(
            ngettext(
                "DHIS2 could not be reached after {count} try: {reason}",
                "DHIS2 could not be reached after {count} tries: {reason}",
                attempts,
                # The reason is the network's own words: isolated (FSI … PDI) inside ours.
            ).format(count=attempts, reason=isolate(str(last))),
            hint=_("The values are kept in the outbox and sent when you sync again."),
        )

    def _once(self, path: str, body: bytes, *, dry_run: bool) -> ImportSummary:
        connection = http.client.HTTPSConnection(
            self._host, self._port, timeout=self._server.timeout, context=self._context
        )
        try:
            connection.request(
                "POST",
                path,
                body=body,
                headers={
                    "Content-Type": "application/json",
                    "Accept": "application/json",
                    "Authorization": f"ApiToken {self._server.token}",
                    "User-Agent": f"Hearth/{__version__}",
                },
            )
            response = connection.getresponse()
            status = response.status
            raw = response.read(_RESPONSE_LIMIT)
        except ssl.SSLCertVerificationError as error:
            raise TargetError(
                _("The DHIS2 server's certificate could not be verified, so nothing was sent."),
                hint=_(
                    "Check the address. If your organisation uses its own certificate "
                    "authority, add its CA file to the target."
                ),
            ) from error
        except TimeoutError as error:
            raise _RetryableError(_("the server did not answer in time")) from error
        except (OSError, http.client.HTTPException) as error:
            raise _RetryableError(_("the connection failed")) from error
        finally:
            connection.close()
        return self._answer(status, raw, dry_run=dry_run)

    def _answer(self, status: int, raw: bytes, *, dry_run: bool) -> ImportSummary:
        if status in _RETRYABLE_STATUS:
            raise _RetryableError(
                _("the server had an internal error ({status})").format(status=status)
            )
        if status == 401:
            raise Dhis2AuthError(
                _("DHIS2 did not accept the access token."),
                hint=_(
                    "The token may have expired. Create a new one in DHIS2 and update the target."
                ),
            )
        if status == 403:
            raise Dhis2AuthError(
                _("The access token may not import data into this data set."),
                hint=_("Ask the DHIS2 administrator for data-entry rights on the data set."),
            )
        if 300 <= status < 400:
            raise TargetError(
                _("DHIS2 answered with a redirect, which Hearth does not follow."),
                hint=_("Use the server's exact https:// address in the target."),
            )
        summary: ImportSummary | None = None
        try:
            data = json.loads(raw.decode("utf-8"))
            if isinstance(data, Mapping):
                summary = parse_import_summary(data, dry_run=dry_run)
        except (UnicodeDecodeError, ValueError):
            summary = None
        if status == 409 or (summary is not None and summary.status == "ERROR"):
            text = summary.describe() if summary is not None else ""
            raise Dhis2RejectedError(
                _("DHIS2 refused the values.") + ("\n" + text if text else ""),
                hint=_("Check the DHIS2 mapping (data elements, org unit, period) and sync again."),
            )
        if status != 200 or summary is None:
            raise TargetError(
                _("DHIS2 gave an answer Hearth does not understand (status {status}).").format(
                    status=status
                ),
                hint=_("Check that the address is the DHIS2 server's."),
            )
        return summary


def send_data_value_set(client: Dhis2Client, body: bytes) -> ImportSummary:
    """Dry run first; import only if the trial run took every value.

    Raises:
        Dhis2RejectedError: the trial run reported conflicts (nothing was imported).
    """
    trial = client.post(body, dry_run=True)
    if not trial.ok:
        raise Dhis2RejectedError(
            _("The trial run found problems, so nothing was imported.") + "\n" + trial.describe(),
            hint=_("Check the DHIS2 mapping (data elements, org unit, period) and sync again."),
        )
    return client.post(body, dry_run=False)
