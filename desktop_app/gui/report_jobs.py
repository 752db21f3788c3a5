"""The work behind the Reports page, without widgets: previews, send plans, sends, imports.

Every function that takes a :class:`~desktop_app.vault.background.BackgroundVault` runs
on a worker thread (``gui/worker.py``) over its own connection, and returns plain
values the page then shows. :func:`plan_send` runs on the GUI thread: it builds the
exact text a target would receive, for the confirmation the user must accept first.

The promise kept here: what the confirmation shows is what leaves. A fresh preview is
frozen as it was shown (:meth:`Statistics.release_period` with ``computed=``), the
payload carries the device id it is signed with, an ADX file carries the time shown,
and :func:`send` refuses to send when the release it would send is not the one
confirmed (another window froze the period in between, say).
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from desktop_app.core.errors import UserFacingError
from desktop_app.i18n import _, ngettext
from desktop_app.stats.disclosure import revealing_differences
from desktop_app.stats.payload import Payload, Suppression
from desktop_app.stats.periods import Period, closed_period
from desktop_app.stats.release import Report, Statistics
from desktop_app.sync.formats import Cell, adx_xml, cells_of, dhis2_json
from desktop_app.sync.hub import Hub, ImportReport
from desktop_app.sync.service import SyncReport, SyncService
from desktop_app.sync.targets import (
    AdxTarget,
    Dhis2Target,
    FolderTarget,
    Target,
    load_target,
    unknown_receiver,
)
from desktop_app.vault.background import BackgroundVault
from desktop_app.vault.repositories.aggregates import (
    AggregatesRepository,
    PeriodCounts,
    StoredRelease,
)
from desktop_app.vault.repositories.local_figures import LocalFiguresRepository
from desktop_app.vault.repositories.sync import OutboxStatus
from desktop_app.vault.services import VaultServices

#: Months the "contacts per month" chart covers, ending with the period's last month.
TREND_MONTHS = 12


class ConfirmedReleaseChangedError(UserFacingError):
    """The release about to be sent is not the one the user confirmed."""


# ---------------------------------------------------------------- previews


@dataclass(frozen=True, slots=True)
class LocalFigures:
    """The period's own figures for the worker's eyes only (never sent, never protected)."""

    open_needs_by_category: dict[str, int] = field(default_factory=dict)
    referral_outcomes: dict[str, int] = field(default_factory=dict)
    contacts_by_month: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True, slots=True)
class PreviewResult:
    """A preview: what a send would release now, and how it was protected.

    Attributes:
        period: the period's code.
        area: the area asked for (``None``: every household of this laptop).
        report: the fresh computation or the frozen release.
        payload: exactly what would be signed: the report's payload with this
            laptop's device id.
        threshold: k of the rules the figures were protected with.
        rounding_base: the rounding base of those rules (1: none).
        noisy: whether differential-privacy noise was added.
        local: the local figures for the charts.
        revision_of: for a revision preview, the release it would revise.
        refusal: for a revision check, why no revision can be made now (plain words).
        unchanged: for a revision check, nothing changed since the release.
    """

    period: str
    area: str | None
    report: Report
    payload: Payload
    threshold: int
    rounding_base: int
    noisy: bool
    local: LocalFigures
    revision_of: StoredRelease | None = None
    refusal: str = ""
    unchanged: bool = False

    @property
    def frozen(self) -> StoredRelease | None:
        """The release shown, when this is one (not a fresh computation)."""
        return self.report.release

    @property
    def sendable(self) -> bool:
        """Whether these figures may be sent (a refused or empty revision may not)."""
        return not self.refusal and not self.unchanged

    def counts(self) -> tuple[int, int]:
        """How many cells carry a number, and how many are hidden."""
        hidden = sum(1 for v in self.payload.values if v.value is None)
        return len(self.payload.values) - hidden, hidden


class _CountsOnce:
    """The aggregates repository, remembering one period's counts (read once per job)."""

    def __init__(self, repo: AggregatesRepository) -> None:
        self._repo = repo
        self._counts: dict[tuple[date, date, str | None], PeriodCounts] = {}

    def period_counts(self, start: date, end: date, *, area: str | None = None) -> PeriodCounts:
        key = (start, end, area)
        if key not in self._counts:
            self._counts[key] = self._repo.period_counts(start, end, area=area)
        return self._counts[key]

    def __getattr__(self, name: str) -> object:
        return getattr(self._repo, name)


def trend_start(span: Period) -> date:
    """The first day of the contacts-per-month chart: 12 months up to the period's end."""
    last = span.months[-1]
    year, month = int(last[:4]), int(last[5:7])
    month -= TREND_MONTHS - 1
    while month < 1:
        year, month = year - 1, month + 12
    return date(year, month, 1)


def _trend_months(span: Period) -> list[str]:
    start = trend_start(span)
    months = []
    year, month = start.year, start.month
    for _index in range(TREND_MONTHS):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def local_figures(
    services: VaultServices, span: Period, area: str | None, counts: PeriodCounts
) -> LocalFigures:
    """The charts' figures for a period (from its raw counts and two more queries)."""
    local = LocalFiguresRepository(services.vault.connection, services.audit)
    by_month = local.contacts_by_month(trend_start(span), span.end, area=area)
    return LocalFigures(
        open_needs_by_category=dict(counts.open_need_households_by_category),
        referral_outcomes=local.referral_outcomes(span.start, span.end, area=area),
        contacts_by_month=tuple((m, by_month.get(m, 0)) for m in _trend_months(span)),
    )


def _with_device(payload: Payload, device_id: str) -> Payload:
    if payload.device_id:
        return payload
    return dataclasses.replace(payload, device_id=device_id)


def compute_preview(
    background: BackgroundVault,
    period: str,
    area: str | None,
    today: Callable[[], date],
    *,
    revise: bool = False,
) -> PreviewResult:
    """Work out what a send would release (worker thread); store nothing about it.

    With ``revise``, check whether a revision of the released period can be made from
    today's records, and preview it if so.

    Raises:
        PeriodError: the period is malformed or still running.
    """
    with background.services() as services:
        aggregates = _CountsOnce(services.aggregates)
        stats = Statistics(aggregates, services.settings, today=today)  # type: ignore[arg-type]
        span = closed_period(period, today())
        rules = stats.rules()
        code = stats.area_code(area)
        # The device key is made on first use: the payload shown carries the id it is
        # signed with, so the text on screen is byte for byte what a send would sign.
        device_id = SyncService(services.sync).device.device_id
        latest = services.aggregates.latest_release(span.code, code)
        if revise and latest is not None:
            result = _revision_preview(stats, span, area, latest, rules.threshold, device_id)
        else:
            report = stats.preview(span.code, area, rules)
            release = report.release
            result = PreviewResult(
                period=span.code,
                area=area,
                report=report,
                payload=_with_device(report.payload, device_id),
                threshold=release.threshold if release else rules.threshold,
                rounding_base=release.rounding_base if release else rules.rounding_base,
                noisy=(release.epsilon if release else report.epsilon) > 0,
                local=LocalFigures(),
            )
        counts = aggregates.period_counts(span.start, span.end, area=area)
        return dataclasses.replace(result, local=local_figures(services, span, area, counts))


def _revision_preview(
    stats: Statistics,
    span: Period,
    area: str | None,
    latest: StoredRelease,
    threshold: int,
    device_id: str,
) -> PreviewResult:
    previous = Payload.from_json(latest.payload_json)
    rules = stats.rules()
    fresh = stats.compute(span, area, rules)
    shown_frozen = Report(previous, latest, (), latest.epsilon)
    base = PreviewResult(
        period=span.code,
        area=area,
        report=shown_frozen,
        payload=_with_device(previous, device_id),
        threshold=latest.threshold,
        rounding_base=latest.rounding_base,
        noisy=latest.epsilon > 0,
        local=LocalFigures(),
        revision_of=latest,
    )
    if previous.values == fresh.payload.values:
        return dataclasses.replace(base, unchanged=True)
    limit = max(threshold, latest.threshold)
    revealed = revealing_differences(previous.values, fresh.payload.values, limit)
    if revealed:
        return dataclasses.replace(base, refusal=revision_refusal(span.code, revealed, limit))
    revised = dataclasses.replace(fresh.payload, revision=latest.revision + 1)
    return dataclasses.replace(
        base,
        report=dataclasses.replace(fresh, payload=revised),
        payload=_with_device(revised, device_id),
        threshold=rules.threshold,
        rounding_base=rules.rounding_base,
        noisy=fresh.epsilon > 0,
    )


def revision_refusal(period: str, revealed: Sequence[object], threshold: int) -> str:
    """Why a revision cannot be made now, in plain words."""
    from desktop_app.gui.report_labels import period_text

    return ngettext(
        "A revision of {period} cannot be made now. Since the release, {count} figure "
        "changed by fewer than {threshold}: sending the new numbers beside the old ones "
        "would show how a small number of families changed, which could point to them. "
        "The release already made stays as it is; check again later, when the changes "
        "are larger.",
        "A revision of {period} cannot be made now. Since the release, {count} figures "
        "changed by fewer than {threshold}: sending the new numbers beside the old ones "
        "would show how a small number of families changed, which could point to them. "
        "The release already made stays as it is; check again later, when the changes "
        "are larger.",
        len(revealed),
    ).format(period=period_text(period), count=len(revealed), threshold=threshold)


# ---------------------------------------------------------------- sending


@dataclass(frozen=True, slots=True)
class SendPlan:
    """Exactly what a confirmed send will do: what leaves, in which form, to where."""

    preview: PreviewResult
    target: Target
    destination: str  # in words: a folder, a server, a coordinator key
    text: str  # the exact text the target receives (for a folder: the sealed payload)
    exported: datetime  # the time written into an ADX file
    already_sent: str = ""  # when this release was delivered to this target before

    @property
    def payload(self) -> Payload:
        """The payload that is signed and sent."""
        return self.preview.payload


def _day_text(stamp: str) -> str:
    """An ISO instant as the day people read ("1 Dec 2026")."""
    from desktop_app.gui.labels import format_day

    try:
        return format_day(datetime.fromisoformat(stamp).astimezone().date())
    except ValueError:
        return stamp[:10]


def target_description(target: Target) -> str:
    """Where a target sends, in words."""
    if isinstance(target, FolderTarget):
        return _(
            "a sealed bundle written to the folder {folder}, which only the coordinator "
            "with key {fingerprint} can open"
        ).format(folder=target.folder, fingerprint=target.receiver)
    if isinstance(target, Dhis2Target):
        return _("the DHIS2 server {address} (data set {data_set}), over verified HTTPS").format(
            address=target.server.base_url, data_set=target.mapping.data_set
        )
    return _("an ADX file written to the folder {folder}").format(folder=target.folder)


def target_text(target: Target, payload: Payload, exported: datetime) -> str:
    """The exact text ``target`` receives for ``payload``.

    Raises:
        TargetError: the target cannot take this payload (an unmapped DHIS2 value).
    """
    if isinstance(target, Dhis2Target):
        return dhis2_json(cells_of(payload), target.mapping).decode("utf-8")
    if isinstance(target, AdxTarget):
        return adx_xml(cells_of(payload), data_set=target.data_set, exported=exported).decode(
            "utf-8"
        )
    return payload.to_json().decode("utf-8")


def plan_send(services: VaultServices, preview: PreviewResult, target_name: str) -> SendPlan:
    """Build the plan of a send for the confirmation (GUI thread; changes nothing).

    Raises:
        TargetError: the target is unknown, misconfigured or cannot take the payload.
    """
    target = load_target(services.sync, target_name)
    if isinstance(target, FolderTarget) and services.sync.receiver(target.receiver) is None:
        raise unknown_receiver(target.receiver)
    exported = datetime.now(UTC).replace(microsecond=0)
    text = target_text(target, preview.payload, exported)
    already = ""
    item = services.sync.outbox_item(target.name, preview.payload.period, preview.payload.revision)
    if item is not None and item.status is OutboxStatus.SENT:
        already = _day_text(item.sent_at or item.created_at)
    return SendPlan(preview, target, target_description(target), text, exported, already)


def send(
    background: BackgroundVault,
    plan: SendPlan,
    today: Callable[[], date],
    sleep: Callable[[float], None] = time.sleep,
) -> SyncReport:
    """Freeze the confirmed release (if not yet frozen) and send it (worker thread).

    Raises:
        ConfirmedReleaseChangedError: the release to send is not the one confirmed.
        RevisionRefusedError: a revision's difference would reveal small counts.
        SyncError: the target could not be used (deliveries that fail are reported).
    """
    preview = plan.preview
    with background.services() as services:
        stats = Statistics(services.aggregates, services.settings, today=today)
        if preview.revision_of is not None:
            report = stats.release_period(
                preview.period, preview.area, revise=True, computed=preview.report
            )
        elif preview.frozen is None:
            report = stats.release_period(preview.period, preview.area, computed=preview.report)
        else:
            report = stats.release_period(preview.period, preview.area)
        service = SyncService(services.sync, sleep=sleep, clock=lambda: plan.exported)
        payload = _with_device(report.payload, service.device.device_id)
        if payload.to_json() != plan.payload.to_json():
            raise ConfirmedReleaseChangedError(
                _(
                    "The figures of this period changed since you confirmed them, so "
                    "nothing was sent."
                ),
                hint=_("Show the preview again, check it, and send again."),
            )
        return service.sync(plan.target.name, report.payload, resend=bool(plan.already_sent))


def retry(
    background: BackgroundVault, target_name: str, sleep: Callable[[float], None] = time.sleep
) -> SyncReport:
    """Try again to deliver what waits in a target's outbox (worker thread)."""
    with background.services() as services:
        return SyncService(services.sync, sleep=sleep).sync(target_name)


def device_key_file(services: VaultServices) -> tuple[str, bytes]:
    """This laptop's device id and public key file (the key is made on first use)."""
    device = SyncService(services.sync).device
    return device.device_id, device.public_key_file().to_bytes()


# ---------------------------------------------------------------- coordinator


@dataclass(frozen=True, slots=True)
class MergedFigures:
    """A coordinator's merged, re-protected cells and the periods imported."""

    periods: tuple[str, ...]
    period: str | None
    cells: tuple[Cell, ...]


def import_folder(background: BackgroundVault, folder: Path) -> ImportReport:
    """Import every bundle in ``folder`` (worker thread)."""
    with background.services() as services:
        return Hub(services.sync).import_folder(folder)


def merged_figures(background: BackgroundVault, period: str | None) -> MergedFigures:
    """The merged tables (re-protected) of one period or all (worker thread)."""
    with background.services() as services:
        hub = Hub(services.sync)
        periods = tuple(hub.periods())
        chosen = period if period in periods else None
        return MergedFigures(periods, chosen, tuple(hub.merged(chosen)))


def receiver_fingerprint(services: VaultServices) -> str | None:
    """This vault's coordinator key fingerprint, or ``None`` before it is made."""
    from desktop_app.vault.repositories.sync import OwnKeyPurpose

    if services.sync.own_key(OwnKeyPurpose.RECEIVER) is None:
        return None
    return Hub(services.sync).identity.fingerprint


def hidden_count(cells: tuple[Cell, ...] | list[Cell]) -> int:
    """How many cells carry no number."""
    return sum(1 for c in cells if c.value is None or c.suppressed is not Suppression.NONE)
