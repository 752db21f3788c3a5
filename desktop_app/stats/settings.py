"""The statistics settings of a vault: the device's area and the disclosure rules.

Kept in the vault's settings table (they say something about the work, so they are
encrypted with it) under the keys below. :class:`StatisticsSettings` reads and writes
them in one place, so the Settings page and the statistics layer
(:meth:`desktop_app.stats.release.Statistics.rules`) always agree.

Differential-privacy noise is configured by its privacy budget ε *per published
number* (``stats.noise_epsilon``): the discrete Laplace mechanism at scale 1/ε spends ε
on a count one household changes by at most one, so a release of *n* numbers spends
*n*·ε. An older ``stats.noise_scale`` (set before ε could be chosen) is still read when
no ε is stored.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from desktop_app.i18n import _
from desktop_app.stats.disclosure import (
    DEFAULT_THRESHOLD,
    MIN_THRESHOLD,
    DisclosureRules,
    DisclosureRulesError,
)
from desktop_app.vault.repositories.settings import SettingsRepository

SETTING_AREA = "stats.area_code"
SETTING_THRESHOLD = "stats.threshold"
SETTING_ROUNDING = "stats.rounding_base"
SETTING_NOISE = "stats.noise_scale"
SETTING_EPSILON = "stats.noise_epsilon"

#: Rounding bases offered (1: no rounding).
ROUNDING_BASES = (1, 5, 10)
MAX_THRESHOLD = 100
#: The privacy budget per published number must lie in this range.
MIN_EPSILON = 0.01
MAX_EPSILON = 10.0
DEFAULT_EPSILON = 1.0
MAX_AREA_CHARS = 32
_AREA = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
_RESERVED_AREAS = {"ALL"}


def area_code_problem(text: str) -> str | None:
    """Refuse an area code a receiving system could not use (``""`` means all areas)."""
    code = text.strip()
    if not code:
        return None
    if len(code) > MAX_AREA_CHARS:
        return _("Use at most {limit} characters for the area code.").format(limit=MAX_AREA_CHARS)
    if not _AREA.match(code):
        return _(
            "Use only letters A–Z, digits, dots, dashes and underscores in the area code "
            "(for example BRK-01). Never a school's or a family's name."
        )
    if code.upper() in _RESERVED_AREAS:
        return _("ALL is kept for figures covering every area. Choose another code.")
    return None


def epsilon_problem(epsilon: float) -> str | None:
    """Refuse a privacy budget outside the range Hearth supports."""
    if not math.isfinite(epsilon) or not MIN_EPSILON <= epsilon <= MAX_EPSILON:
        return _("Choose a privacy budget from {low} to {high}.").format(
            low=MIN_EPSILON, high=MAX_EPSILON
        )
    return None


def _damaged(key: str) -> DisclosureRulesError:
    return DisclosureRulesError(
        _("The statistics setting {key} is damaged.").format(key=key),
        hint=_("Set the statistics rules again under Settings, Statistics."),
    )


@dataclass(frozen=True, slots=True)
class StatisticsSettings:
    """What the vault holds about how its statistics are made.

    Attributes:
        area_code: this device's area (``""``: the payload covers every area, ``ALL``).
        threshold: k — counts 1..k−1 are suppressed (3 to 100).
        rounding_base: publish multiples of this (1: no rounding).
        noise_epsilon: ε per published number, or ``None`` for no noise.
        noise_scale: a noise scale stored without ε (older settings); ε wins.
    """

    area_code: str = ""
    threshold: int = DEFAULT_THRESHOLD
    rounding_base: int = 1
    noise_epsilon: float | None = None
    noise_scale: float | None = None

    def problems(self) -> dict[str, str]:
        """Return what is wrong, by field name (empty when every value is allowed)."""
        found: dict[str, str] = {}
        if (area := area_code_problem(self.area_code)) is not None:
            found["area_code"] = area
        if not MIN_THRESHOLD <= self.threshold <= MAX_THRESHOLD:
            found["threshold"] = _("Hide counts below a number from {low} to {high}.").format(
                low=MIN_THRESHOLD, high=MAX_THRESHOLD
            )
        if self.rounding_base < 1:
            found["rounding_base"] = _("Counts can only be rounded to a base of 1 or more.")
        if (
            self.noise_epsilon is not None
            and (problem := epsilon_problem(self.noise_epsilon)) is not None
        ):
            found["noise_epsilon"] = problem
        return found

    def rules(self) -> DisclosureRules:
        """Return the disclosure rules these settings ask for.

        Raises:
            DisclosureRulesError: a threshold below 3 or another unsafe value.
        """
        scale: float | None = self.noise_scale
        if self.noise_epsilon is not None:
            scale = 1.0 / self.noise_epsilon
        return DisclosureRules(
            threshold=self.threshold, rounding_base=self.rounding_base, noise_scale=scale
        )

    @classmethod
    def load(cls, repo: SettingsRepository) -> StatisticsSettings:
        """Read the settings (defaults for the unset ones).

        Raises:
            DisclosureRulesError: a stored value is not a number. It is never replaced
                by a default quietly: a damaged threshold of 10 must not become 5.
        """

        def number(key: str, kind: type[int] | type[float]) -> int | float | None:
            raw = repo.get(key)
            if raw is None or not raw.strip():
                return None
            try:
                value = kind(raw)
            except ValueError as error:
                raise _damaged(key) from error
            if isinstance(value, float) and not math.isfinite(value):
                raise _damaged(key)
            return value

        threshold = number(SETTING_THRESHOLD, int)
        base = number(SETTING_ROUNDING, int)
        epsilon = number(SETTING_EPSILON, float)
        scale = number(SETTING_NOISE, float)
        return cls(
            area_code=(repo.get(SETTING_AREA) or "").strip(),
            threshold=DEFAULT_THRESHOLD if threshold is None else int(threshold),
            rounding_base=1 if base is None else int(base),
            noise_epsilon=None if epsilon is None else float(epsilon),
            noise_scale=None if scale is None else float(scale),
        )

    def save(self, repo: SettingsRepository) -> None:
        """Write the settings (call inside ``services.transaction()`` to save them together).

        Raises:
            DisclosureRulesError: a value is not allowed; nothing is written.
        """
        problems = self.problems()
        if problems:
            raise DisclosureRulesError(
                next(iter(problems.values())), hint=_("Correct it, then save again.")
            )
        self.rules()  # the disclosure layer's own checks, before anything is written
        area = self.area_code.strip()
        if area:
            repo.set(SETTING_AREA, area)
        elif repo.get(SETTING_AREA) is not None:
            repo.delete(SETTING_AREA)
        repo.set(SETTING_THRESHOLD, str(self.threshold))
        repo.set(SETTING_ROUNDING, str(self.rounding_base))
        if self.noise_epsilon is None:
            for key in (SETTING_EPSILON, SETTING_NOISE):
                if repo.get(key) is not None:
                    repo.delete(key)
        else:
            repo.set(SETTING_EPSILON, repr(float(self.noise_epsilon)))
            if repo.get(SETTING_NOISE) is not None:
                repo.delete(SETTING_NOISE)  # ε decides from now on
