"""Sending a release to a target, through the outbox — only when the user syncs.

:meth:`SyncService.sync` is the single path by which anything leaves: it keeps the
release's content in the vault's outbox first, then tries to deliver every pending item
of that target, oldest first. What could not be delivered stays in the outbox and is
tried again at the next sync the user starts — there are no background retries and
nothing is sent when Hearth starts, unlocks or locks.

A release is frozen: the same period and revision sent again sends the same content,
and different numbers under a period and revision already prepared are refused (a
change is a new revision, which the statistics layer checks against differencing).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from desktop_app.i18n import _
from desktop_app.stats.payload import Payload
from desktop_app.sync.bundle import read_header, seal_bundle
from desktop_app.sync.dhis2 import Dhis2Client, send_data_value_set
from desktop_app.sync.errors import Dhis2RejectedError, SyncError
from desktop_app.sync.formats import adx_xml, cells_of, dhis2_json
from desktop_app.sync.keys import DeviceIdentity
from desktop_app.sync.targets import (
    AdxTarget,
    Dhis2Target,
    FolderTarget,
    Target,
    load_target,
    unknown_receiver,
    write_atomically,
)
from desktop_app.vault.repositories.sync import OutboxItem, OutboxStatus, SyncRepository


class ReleaseChangedError(SyncError):
    """Different numbers for a period and revision that were already prepared."""


@dataclass(frozen=True, slots=True)
class Delivery:
    """What happened to one outbox item during a sync."""

    period: str
    revision: int
    delivered: bool
    message: str


@dataclass(frozen=True, slots=True)
class SyncReport:
    """The result of one sync to one target."""

    target: str
    deliveries: tuple[Delivery, ...]
    still_pending: int

    @property
    def ok(self) -> bool:
        """Whether nothing is left in this target's outbox."""
        return self.still_pending == 0 and all(d.delivered for d in self.deliveries)


class SyncService:
    """Prepares releases for targets and delivers the outbox when asked."""

    def __init__(
        self,
        repo: SyncRepository,
        *,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._repo = repo
        self._sleep = sleep
        self._clock = clock
        self._device: DeviceIdentity | None = None

    @property
    def device(self) -> DeviceIdentity:
        """This vault's device identity (its key is made on first use)."""
        if self._device is None:
            self._device = DeviceIdentity.of_vault(self._repo)
        return self._device

    def pending(self, target: str | None = None) -> list[OutboxItem]:
        """Return what is waiting in the outbox (of one target)."""
        return self._repo.outbox(target, pending_only=True)

    def discard(self, item: OutboxItem) -> bool:
        """Give up on a pending item (it will not be sent); return whether it was pending."""
        return self._repo.discard(item.id)

    def prepare(self, target_name: str, payload: Payload) -> OutboxItem:
        """Put ``payload``'s content for the target in the outbox (or find it there).

        Raises:
            ReleaseChangedError: this period and revision were prepared with other numbers.
        """
        target = load_target(self._repo, target_name)
        payload = self._own(payload)
        payload_bytes = payload.to_json()
        existing = self._repo.outbox_item(target.name, payload.period, payload.revision)
        if existing is not None:
            if existing.payload != payload_bytes:
                raise ReleaseChangedError(
                    _(
                        "Period {period}, revision {revision} was already prepared for "
                        "{target} with different numbers."
                    ).format(period=payload.period, revision=payload.revision, target=target.name),
                    hint=_(
                        "A release does not change once made; changed numbers need a new revision."
                    ),
                )
            return existing
        content = self._content(target, payload)
        return self._repo.enqueue(
            target.name, payload.period, payload.revision, payload_bytes, content
        )

    def sync(
        self, target_name: str, payload: Payload | None = None, *, resend: bool = False
    ) -> SyncReport:
        """Deliver ``payload`` (if given) and everything pending for the target.

        Args:
            target_name: a configured target.
            payload: a new release to send; ``None`` only retries the outbox.
            resend: send ``payload`` again even though it was delivered before (the
                very same content).
        """
        target = load_target(self._repo, target_name)
        queue = self._repo.outbox(target.name, pending_only=True)
        if payload is not None:
            item = self.prepare(target.name, payload)
            if item.status is OutboxStatus.SENT and resend:
                queue.append(item)
            elif item.status is OutboxStatus.SENT:
                when = item.sent_at or ""
                deliveries = [
                    Delivery(
                        item.period,
                        item.revision,
                        True,
                        _("Already sent on {when}; nothing was sent again.").format(when=when[:10]),
                    )
                ]
                return self._report(target.name, deliveries)
            elif item.id not in {q.id for q in queue}:
                queue.append(item)
        deliveries = []
        for index, item in enumerate(queue):
            try:
                message = self._deliver(target, item)
            except SyncError as error:
                self._repo.mark_attempt(item.id, sent=False, error=str(error))
                deliveries.append(Delivery(item.period, item.revision, False, str(error)))
                if not isinstance(error, Dhis2RejectedError):
                    # The target itself failed (unreachable, token, TLS): the rest would
                    # fail the same way, so they wait for the next sync untouched.
                    deliveries.extend(
                        Delivery(
                            rest.period,
                            rest.revision,
                            False,
                            _("Not tried: the target failed on an earlier release."),
                        )
                        for rest in queue[index + 1 :]
                    )
                    break
                continue
            self._repo.mark_attempt(item.id, sent=True)
            deliveries.append(Delivery(item.period, item.revision, True, message))
        return self._report(target.name, deliveries)

    def _report(self, target: str, deliveries: list[Delivery]) -> SyncReport:
        left = len(self._repo.outbox(target, pending_only=True))
        return SyncReport(target, tuple(deliveries), left)

    def _own(self, payload: Payload) -> Payload:
        if payload.device_id == "":
            return Payload(
                period=payload.period,
                area=payload.area,
                software_version=payload.software_version,
                indicator_version=payload.indicator_version,
                device_id=self.device.device_id,
                revision=payload.revision,
                values=payload.values,
            )
        if payload.device_id != self.device.device_id:
            raise ValueError("the payload names another device")
        return payload

    def _content(self, target: Target, payload: Payload) -> bytes:
        if isinstance(target, FolderTarget):
            receiver = self._repo.receiver(target.receiver)
            if receiver is None:
                raise unknown_receiver(target.receiver)
            return seal_bundle(payload, self.device, receiver.public_key).data
        if isinstance(target, Dhis2Target):
            return dhis2_json(cells_of(payload), target.mapping)
        return adx_xml(cells_of(payload), data_set=target.data_set, exported=self._clock())

    def _deliver(self, target: Target, item: OutboxItem) -> str:
        if isinstance(target, FolderTarget):
            header = read_header(item.content)
            write_atomically(target.folder, header.file_name, item.content)
            return _("The sealed bundle was written to {folder}.").format(folder=target.folder)
        if isinstance(target, AdxTarget):
            name = f"hearth-{item.period}-r{item.revision}-{self.device.device_id}.adx.xml"
            write_atomically(target.folder, name, item.content)
            return _("The ADX file was written to {folder}.").format(folder=target.folder)
        # The body is rebuilt from the kept payload: the same bytes while the mapping is
        # unchanged, corrected ones after the user fixed a mapping DHIS2 refused.
        content = dhis2_json(cells_of(Payload.from_json(item.payload)), target.mapping)
        if content != item.content:
            self._repo.replace_content(item.id, content)
        client = Dhis2Client(target.server, sleep=self._sleep)
        return send_data_value_set(client, content).describe()
