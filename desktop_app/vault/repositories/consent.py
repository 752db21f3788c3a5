"""Consent notices and the append-only history of consent decisions (DESIGN §5).

There is deliberately no method to change or delete a consent event: a triggers-backed
table refuses it, and only erasure of the whole household removes them.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import secrets
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from desktop_app.core.consent import is_expired
from desktop_app.core.consent_notices import notice_by_hash
from desktop_app.core.errors import UserFacingError
from desktop_app.core.models import (
    ConsentDecision,
    ConsentEvent,
    ConsentMethod,
    ConsentNotice,
    ConsentPurpose,
    DecidedBy,
    InterpreterMode,
)
from desktop_app.i18n import _
from desktop_app.vault.audit import AuditAction, AuditLog
from desktop_app.vault.connection import Connection
from desktop_app.vault.repositories._base import (
    Repository,
    d2s,
    dt2s,
    require_found,
    s2d,
    s2dt,
    writing,
)

if TYPE_CHECKING:
    from desktop_app.vault.consent_lifecycle import WithdrawalResult

ENTITY = "consent_event"
COLUMNS = (
    "purpose, decision, notice_hash, language, method, paper_reference, decided_by,"
    " interpreter_name, interpreter_language, interpreter_mode, staff_member, decided_at,"
    " review_on"
)
INSERT = (
    f"INSERT INTO consent_events (id, household_id, {COLUMNS}, salt)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


class UnknownNoticeError(UserFacingError):
    """A consent event names a notice text that is not stored."""


class SignatureRequiredError(UserFacingError):
    """A decision recorded as signed on screen came without a signature."""


def params(event: ConsentEvent) -> tuple[Any, ...]:
    """Return a consent event's column values in ``COLUMNS`` order."""
    e = event
    return (
        e.purpose.value,
        e.decision.value,
        e.notice_hash,
        e.language,
        e.method.value,
        e.paper_reference,
        e.decided_by.value,
        e.interpreter_name,
        e.interpreter_language,
        e.interpreter_mode.value,
        e.staff_member,
        dt2s(e.decided_at),
        d2s(e.review_on),
    )


def new_salt() -> str:
    """Return a fresh random salt for one consent event (128 bits, hex)."""
    return secrets.token_hex(16)


def event_digest(event_id: int, household_id: int, row: Sequence[Any], salt: str) -> str:
    """Return the salted SHA-256 of a consent event's stored values (``COLUMNS`` order)."""
    canonical = json.dumps(
        [salt, event_id, household_id, *row], ensure_ascii=False, separators=(",", ":")
    ).encode("utf-8")
    return hashlib.sha256(canonical).hexdigest()


def audit_detail(household_id: int, digest: str) -> str:
    """Return the audit-entry detail of a consent event: ids and a digest, no data."""
    return f"household={household_id} sha256={digest}"


def parse_audit_detail(detail: str) -> tuple[int, str] | None:
    """Return ``(household_id, digest)`` from :func:`audit_detail`, or ``None``."""
    try:
        household, digest = detail.split(" ")
        return int(household.removeprefix("household=")), digest.removeprefix("sha256=")
    except ValueError:
        return None


def ensure_notice(conn: Connection, audit: AuditLog, version_hash: str) -> None:
    """Make sure the notice a decision refers to is stored.

    A notice Hearth ships (``resources/consent``) is stored the first time a decision
    refers to it, so every version a family was ever shown stays in the vault.

    Raises:
        UnknownNoticeError: the notice is neither stored nor shipped.
    """
    known = conn.execute(
        "SELECT 1 FROM consent_notices WHERE version_hash = ?", (version_hash,)
    ).fetchone()
    if known is not None:
        return
    shipped = notice_by_hash(version_hash)
    if shipped is None:
        raise UnknownNoticeError(
            _("The consent text shown to the family is not in the vault."),
            hint=_("Save the consent notice first, then record the decision."),
        )
    store_notice(conn, audit, shipped)


def store_notice(conn: Connection, audit: AuditLog, notice: ConsentNotice) -> bool:
    """Store a notice version unless present; return whether it was new."""
    cursor = conn.execute(
        "INSERT OR IGNORE INTO consent_notices (version_hash, purpose, language, text)"
        " VALUES (?, ?, ?, ?)",
        (notice.version_hash, notice.purpose.value, notice.language, notice.text),
    )
    if cursor.rowcount:
        audit.append(AuditAction.CREATE, "consent_notice", None)
    return bool(cursor.rowcount)


def insert_consent_event(
    conn: Connection, audit: AuditLog, household_id: int, event: ConsentEvent
) -> ConsentEvent:
    """Insert a consent event and its audit entry (which seals the event's content).

    Run inside the caller's transaction. The notice must be stored or shipped.
    """
    ensure_notice(conn, audit, event.notice_hash)
    salt = new_salt()
    row = params(event)
    new_id = int(conn.execute(INSERT, (None, household_id, *row, salt)).lastrowid)
    digest = event_digest(new_id, household_id, row, salt)
    audit.append(AuditAction.CREATE, ENTITY, new_id, detail=audit_detail(household_id, digest))
    return dataclasses.replace(event, id=new_id, household_id=household_id)


def _from_row(raw: Sequence[Any]) -> ConsentEvent:
    return ConsentEvent(
        id=raw[0],
        household_id=raw[1],
        purpose=ConsentPurpose(raw[2]),
        decision=ConsentDecision(raw[3]),
        notice_hash=raw[4],
        language=raw[5],
        method=ConsentMethod(raw[6]),
        paper_reference=raw[7],
        decided_by=DecidedBy(raw[8]),
        interpreter_name=raw[9],
        interpreter_language=raw[10],
        interpreter_mode=InterpreterMode(raw[11]),
        staff_member=raw[12],
        decided_at=s2dt(raw[13]),
        review_on=s2d(raw[14]),
    )


def consent_history(conn: Connection, household_id: int) -> list[ConsentEvent]:
    """Return every consent event of a household, oldest first."""
    rows = conn.execute(
        f"SELECT id, household_id, {COLUMNS} FROM consent_events WHERE household_id = ?"
        " ORDER BY id",
        (household_id,),
    ).fetchall()
    return [_from_row(r) for r in rows]


def current_events(conn: Connection, household_id: int) -> dict[ConsentPurpose, ConsentEvent]:
    """Return a household's latest consent event per purpose."""
    rows = conn.execute(
        f"SELECT id, household_id, {COLUMNS} FROM consent_events e WHERE household_id = ?"
        " AND id = (SELECT max(id) FROM consent_events WHERE household_id = e.household_id"
        " AND purpose = e.purpose) ORDER BY id",
        (household_id,),
    ).fetchall()
    return {event.purpose: event for event in map(_from_row, rows)}


class ConsentRepository(Repository):
    """Consent notices (versioned texts) and decisions (append-only events)."""

    def save_notice(self, notice: ConsentNotice) -> str:
        """Store a notice text if it is new; return its version hash."""
        with writing(self._conn) as conn:
            store_notice(conn, self._audit, notice)
        return notice.version_hash

    def notice(self, version_hash: str) -> ConsentNotice | None:
        """Return the exact text a family was shown."""
        raw = self._conn.execute(
            "SELECT purpose, language, text, version_hash FROM consent_notices"
            " WHERE version_hash = ?",
            (version_hash,),
        ).fetchone()
        return (
            None if raw is None else ConsentNotice(ConsentPurpose(raw[0]), raw[1], raw[2], raw[3])
        )

    def notices(self) -> list[ConsentNotice]:
        """Return every notice version the vault holds (for history and subject access)."""
        rows = self._conn.execute(
            "SELECT purpose, language, text, version_hash FROM consent_notices"
            " ORDER BY purpose, language"
        ).fetchall()
        return [ConsentNotice(ConsentPurpose(r[0]), r[1], r[2], r[3]) for r in rows]

    def record(self, household_id: int, event: ConsentEvent) -> ConsentEvent:
        """Append a consent decision for a household.

        A decision that does not grant (refused, withdrawn) takes effect at once, in the
        same transaction (see :mod:`desktop_app.vault.consent_lifecycle`). Withdrawing
        *keep a case record* erases the household: use :meth:`withdraw` for that.

        Raises:
            UnknownNoticeError: the notice is neither stored nor shipped.
            RecordNotFoundError: there is no such household.
            ValueError: a case-record withdrawal (use :meth:`withdraw`).
        """
        from desktop_app.vault.consent_lifecycle import apply_withdrawal_effect

        if event.purpose is ConsentPurpose.CASE_RECORD and not event.decision.grants:
            raise ValueError("withdrawing the case record erases the household: use withdraw()")
        with writing(self._conn) as conn:
            _require_household(conn, household_id)
            stored = insert_consent_event(conn, self._audit, household_id, event)
            if not event.decision.grants:
                apply_withdrawal_effect(
                    conn, self._audit, household_id, event.purpose, event.decided_at.date()
                )
        return stored

    def record_decisions(
        self,
        household_id: int,
        events: Sequence[ConsentEvent],
        *,
        signature_png: bytes = b"",
    ) -> list[ConsentEvent]:
        """Append several decisions made together (a consent review), all or none.

        Decisions recorded "signed on screen" keep ``signature_png`` beside them.

        Raises:
            SignatureRequiredError: a decision was signed on screen without a signature.
            ValueError: a case-record withdrawal among them (use :meth:`withdraw`).
        """
        with writing(self._conn):
            stored = [self.record(household_id, event) for event in events]
            self.attach_signature(household_id, stored, signature_png)
        return stored

    def attach_signature(
        self, household_id: int, events: Sequence[ConsentEvent], signature_png: bytes
    ) -> int:
        """Keep the on-screen signature beside each of ``events`` signed on screen.

        Run inside the transaction that recorded the events (an intake, a review), so a
        decision is never stored as signed without its signature. Returns how many
        signatures were stored.

        Raises:
            SignatureRequiredError: a decision was signed on screen without a signature,
                or the image is not a PNG.
        """
        signed = [e for e in events if e.method is ConsentMethod.SIGNED_ON_SCREEN]
        if not signed:
            return 0
        if not signature_png.startswith(PNG_MAGIC):
            raise SignatureRequiredError(
                _("A decision signed on screen needs the family's signature."),
                hint=_("Ask them to sign in the box, or choose another way of recording it."),
            )
        digest = hashlib.sha256(signature_png).hexdigest()
        with writing(self._conn) as conn:
            for event in signed:
                assert event.id is not None
                conn.execute(
                    "INSERT INTO consent_signatures (event_id, household_id, png, sha256)"
                    " VALUES (?, ?, ?, ?)",
                    (event.id, household_id, signature_png, digest),
                )
                # No digest in the audit entry: it outlives an erased household.
                self._audit.append(AuditAction.CREATE, "consent_signature", event.id)
        return len(signed)

    def signature(self, event_id: int) -> bytes | None:
        """Return the PNG signed on screen for a decision, if it was."""
        row = self._conn.execute(
            "SELECT png FROM consent_signatures WHERE event_id = ?", (event_id,)
        ).fetchone()
        return None if row is None else bytes(row[0])

    def withdraw(self, household_id: int, event: ConsentEvent) -> WithdrawalResult:
        """Record a withdrawal and apply its effect at once (DESIGN §5).

        statistics → left out of every future aggregate; sharing → pending referrals
        blocked and flagged; contact → phone/SMS/messaging channel cleared; champion →
        matches ended; case record → the household is erased (ask for the passphrase
        again first: ``Vault.confirm_passphrase``), leaving only audit entries.

        Raises:
            ValueError: ``event`` is not a withdrawal.
            RecordNotFoundError: there is no such household.
        """
        from desktop_app.vault.consent_lifecycle import withdraw

        return withdraw(self._conn, self._audit, household_id, event)

    def history(self, household_id: int) -> list[ConsentEvent]:
        """Return every decision of a household, oldest first."""
        return consent_history(self._conn, household_id)

    def current(self, household_id: int) -> dict[ConsentPurpose, ConsentEvent]:
        """Return the latest decision per purpose."""
        return current_events(self._conn, household_id)

    def has_consent(self, household_id: int, purpose: ConsentPurpose) -> bool:
        """Whether the latest decision for ``purpose`` grants it (see also :meth:`is_expired`)."""
        event = self.current(household_id).get(purpose)
        return event is not None and event.decision.grants

    def is_expired(self, household_id: int, purpose: ConsentPurpose) -> bool:
        """Whether the current consent for ``purpose`` is past its review date.

        For *keep a case record* this means the household is read-only until renewed.
        """
        event = self.current(household_id).get(purpose)
        return event is not None and is_expired(event, self._audit.today())

    def households_with_consent(self, purpose: ConsentPurpose) -> set[int]:
        """Return the ids of households whose latest decision for ``purpose`` grants it."""
        rows = self._conn.execute(
            "SELECT household_id, decision FROM consent_events e WHERE purpose = ?"
            " AND id = (SELECT max(id) FROM consent_events WHERE household_id = e.household_id"
            " AND purpose = e.purpose)",
            (purpose.value,),
        ).fetchall()
        return {hid for hid, decision in rows if ConsentDecision(decision).grants}

    def due_for_review(self, today: date, *, limit: int | None = None) -> list[ConsentEvent]:
        """Return current (latest per purpose) granting decisions whose review date passed.

        ``limit``: at most this many, oldest review first (the Today page lists a few
        hundred; at 100,000 households reading all of them took seconds).
        """
        return self.reviews_due(today, within_days=0, limit=limit)

    def reviews_due(
        self, today: date, within_days: int = 30, *, limit: int | None = None
    ) -> list[ConsentEvent]:
        """Return current granting decisions to review by ``today + within_days``.

        For the Today view: oldest review date first. Those already past (``review_on <
        today``) are expired; for *keep a case record* that makes the household
        read-only until renewed.
        """
        until = date.fromordinal(today.toordinal() + max(0, within_days))
        rows = self._conn.execute(
            f"SELECT id, household_id, {COLUMNS} FROM consent_events e"
            " WHERE review_on IS NOT NULL AND review_on <= ? AND decision IN ('given', 'renewed')"
            " AND id = (SELECT max(id) FROM consent_events WHERE household_id = e.household_id"
            " AND purpose = e.purpose) ORDER BY review_on, id LIMIT ?",
            (until.isoformat(), -1 if limit is None else limit),
        ).fetchall()
        return [_from_row(r) for r in rows]


def _require_household(conn: Connection, household_id: int) -> None:
    row = conn.execute("SELECT 1 FROM households WHERE id = ?", (household_id,)).fetchone()
    require_found(0 if row is None else 1)
