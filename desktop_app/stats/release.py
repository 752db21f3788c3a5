"""Previews and releases: turning a period's counts into the payload that may leave.

When does a period freeze? **At send time, not at preview.** :meth:`Statistics.preview`
(``hearth aggregates``, the Reports page) computes and protects the figures and shows
exactly what would leave, changing nothing. :meth:`Statistics.release_period` — what the
sync layer calls when the user confirms a send — freezes the period: the payload is
stored byte for byte in ``stat_releases`` and every later request for that period gets
those same bytes back, whatever changed in the vault since (no differencing). Once a
period is released, a preview shows the frozen release too.

A *revision* (``revise=True``) is a new release of a released period, made from the
current data. It is refused when the difference from the previous release would reveal
a small count: a cell published in both whose number moved by 1..k−1.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from desktop_app import __version__
from desktop_app.core.errors import UserFacingError
from desktop_app.i18n import _, ngettext
from desktop_app.stats import settings as settings_keys
from desktop_app.stats.disclosure import (
    DisclosureRules,
    FeasibleRange,
    Noise,
    ProtectedTable,
    protect,
    revealing_differences,
)
from desktop_app.stats.indicators import INDICATOR_VERSION, INDICATORS
from desktop_app.stats.payload import Payload, PublishedValue
from desktop_app.stats.periods import Period, closed_period
from desktop_app.vault.repositories.aggregates import AggregatesRepository, StoredRelease
from desktop_app.vault.repositories.settings import SettingsRepository

if TYPE_CHECKING:
    from desktop_app.vault.services import VaultServices

ALL_AREAS = "ALL"
"""The area code of a payload that counts every household of this device, when no
``stats.area_code`` setting names the device's area."""

# The settings' keys live with their reader (stats/settings.py); named here as before.
SETTING_AREA = settings_keys.SETTING_AREA
SETTING_THRESHOLD = settings_keys.SETTING_THRESHOLD
SETTING_ROUNDING = settings_keys.SETTING_ROUNDING
SETTING_NOISE = settings_keys.SETTING_NOISE
SETTING_EPSILON = settings_keys.SETTING_EPSILON


class RevisionRefusedError(UserFacingError):
    """A revision whose difference from the previous release reveals small counts."""

    exit_code = 3


@dataclass(frozen=True, slots=True)
class Report:
    """What would leave (a preview) or what left (a release) for one period and area.

    Attributes:
        payload: the exact values; ``device_id`` is empty (sync fills it in when it
            signs).
        release: the frozen release this is, or ``None`` for a fresh preview.
        tables: the protected tables with each hidden cell's feasible range (fresh
            computations only; empty for a frozen release).
        epsilon: the differential-privacy budget this payload spent (0 without noise).
    """

    payload: Payload
    release: StoredRelease | None = None
    tables: tuple[ProtectedTable, ...] = ()
    epsilon: float = 0.0
    ranges: dict[tuple[str, tuple[tuple[str, str], ...]], FeasibleRange] = field(
        default_factory=dict
    )

    @property
    def frozen(self) -> bool:
        """Whether this is a stored release (not a fresh preview)."""
        return self.release is not None


class Statistics:
    """The statistics of one unlocked vault: previews and frozen releases."""

    def __init__(
        self,
        aggregates: AggregatesRepository,
        settings: SettingsRepository,
        *,
        today: Callable[[], date] = date.today,
        noise: tuple[Noise, float] | None = None,
    ) -> None:
        self._repo = aggregates
        self._settings = settings
        self._today = today
        self._noise = noise

    @classmethod
    def of(cls, services: VaultServices) -> Statistics:
        """The statistics of an unlocked vault, dated by its audit clock."""
        return cls(services.aggregates, services.settings, today=services.audit.today)

    # ------------------------------------------------------------ settings

    def rules(self) -> DisclosureRules:
        """The disclosure rules configured in the vault (defaults: k = 5, no rounding).

        Noise follows ``stats.noise_epsilon`` (ε per published number, scale 1/ε), or an
        older ``stats.noise_scale``. A damaged value raises rather than falling back.
        """
        return settings_keys.StatisticsSettings.load(self._settings).rules()

    def area_code(self, area: str | None) -> str:
        """The payload's area: the one asked for, else the device's, else ``ALL``."""
        if area:
            return area
        return self._settings.get(SETTING_AREA) or ALL_AREAS

    # ------------------------------------------------------------ computing

    def compute(
        self, period: str | Period, area: str | None = None, rules: DisclosureRules | None = None
    ) -> Report:
        """Compute and protect a closed period's indicators from the current data.

        Args:
            period: ``2026-10`` or ``2026Q4``; must have ended before today.
            area: count only households of this area code (``None``: all of them).
            rules: disclosure rules (default: the vault's).

        Raises:
            PeriodError: the period is malformed or has not ended.
        """
        span = period if isinstance(period, Period) else closed_period(period, self._today())
        span.require_closed(self._today())
        rules = rules or self.rules()
        counts = self._repo.period_counts(span.start, span.end, area=area)
        protected = []
        ranges = {}
        epsilon = 0.0
        for ind in INDICATORS:
            table = protect(ind.table(counts), rules, noise=self._noise)
            protected.append(table)
            epsilon += table.epsilon
            ranges.update({(ind.id, key): found for key, found in table.ranges.items()})
        values = tuple(v for table in protected for v in table.values)
        payload = self._payload(span.code, self.area_code(area), 0, values)
        return Report(payload, None, tuple(protected), epsilon, ranges)

    def preview(
        self, period: str, area: str | None = None, rules: DisclosureRules | None = None
    ) -> Report:
        """What a send would release now: the frozen release if there is one, else fresh.

        Nothing is stored.
        """
        span = closed_period(period, self._today())
        latest = self._repo.latest_release(span.code, self.area_code(area))
        if latest is not None:
            return _report_of(latest)
        return self.compute(span, area, rules)

    def release_period(
        self,
        period: str,
        area: str | None = None,
        *,
        revise: bool = False,
        rules: DisclosureRules | None = None,
        computed: Report | None = None,
    ) -> Report:
        """Freeze a period's release (the sync layer calls this when sending).

        Args:
            period: a closed month or quarter.
            area: as for :meth:`compute`.
            revise: make a new revision from the current data instead of returning the
                frozen release.
            rules: disclosure rules (default: the vault's).
            computed: a fresh :meth:`compute` of this period and area that the user
                previewed and confirmed; it is frozen as it is instead of computing
                again, so the numbers that leave are the numbers they saw (with noise,
                a second computation would draw other numbers). The differencing check
                of a revision applies to it all the same.

        Returns:
            The release: for a released period without ``revise``, the very same
            payload as before.

        Raises:
            PeriodError: the period is malformed or has not ended.
            RevisionRefusedError: the revision's difference would reveal small counts.
        """
        span = closed_period(period, self._today())
        code = self.area_code(area)
        latest = self._repo.latest_release(span.code, code)
        if latest is not None and not revise:
            return _report_of(latest)
        rules = rules or self.rules()
        if computed is not None:
            if computed.frozen or (computed.payload.period, computed.payload.area) != (
                span.code,
                code,
            ):
                raise ValueError("the previewed report is not a fresh one of this period and area")
            fresh = computed
        else:
            fresh = self.compute(span, area, rules)
        revision = 0
        if latest is not None:
            previous = Payload.from_json(latest.payload_json)
            if previous.values == fresh.payload.values:
                return _report_of(latest)  # nothing changed: nothing new to release
            threshold = max(rules.threshold, latest.threshold)
            revealed = revealing_differences(previous.values, fresh.payload.values, threshold)
            if revealed:
                raise RevisionRefusedError(
                    ngettext(
                        "A revision of {period} is refused: {count} figure changed by "
                        "fewer than {threshold}, which would reveal a small number of "
                        "families.",
                        "A revision of {period} is refused: {count} figures changed by "
                        "fewer than {threshold}, which would reveal a small number of "
                        "families.",
                        len(revealed),
                    ).format(period=span.code, count=len(revealed), threshold=threshold),
                    hint=_(
                        "The release already sent stays as it is. Revise it later, when "
                        "the changes are larger."
                    ),
                )
            revision = latest.revision + 1
        payload = self._payload(span.code, code, revision, fresh.payload.values)
        stored = self._repo.store_release(
            period=span.code,
            area=code,
            revision=revision,
            indicator_version=INDICATOR_VERSION,
            threshold=rules.threshold,
            rounding_base=rules.rounding_base,
            epsilon=fresh.epsilon,
            payload_json=payload.to_json(),
        )
        return Report(payload, stored, fresh.tables, fresh.epsilon, fresh.ranges)

    def privacy_spent(self, period: str, area: str | None = None) -> float:
        """The differential-privacy budget (ε) every release of a period spent."""
        return self._repo.privacy_spent(Period.parse(period).code, self.area_code(area))

    @staticmethod
    def _payload(
        period: str, area: str, revision: int, values: tuple[PublishedValue, ...]
    ) -> Payload:
        return Payload(
            period=period,
            area=area,
            software_version=__version__,
            indicator_version=INDICATOR_VERSION,
            device_id="",
            revision=revision,
            values=values,
        )


def _report_of(release: StoredRelease) -> Report:
    return Report(Payload.from_json(release.payload_json), release, (), release.epsilon)


def release_payload(services: VaultServices, period: str) -> Payload:
    """Freeze (or fetch the frozen) release of ``period`` for the device's area.

    ``hearth sync --period`` sends what this returns: sending a period releases it.
    """
    return Statistics.of(services).release_period(period).payload
