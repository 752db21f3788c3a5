"""Reporting periods: a calendar month (``2026-10``) or quarter (``2026Q4``).

Statistics are only ever computed over a *closed* period — one whose last day is before
today — so the numbers of a released period cannot move because the month is still
running.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from desktop_app.core.errors import UserFacingError
from desktop_app.i18n import _

_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
_QUARTER = re.compile(r"^(\d{4})Q([1-4])$")


class PeriodError(UserFacingError):
    """The period is malformed, still running or in the future."""

    exit_code = 2


@dataclass(frozen=True, slots=True, order=True)
class Period:
    """A month or a quarter, as ``[start, end)`` dates.

    Attributes:
        start: the first day.
        end: the first day *after* the period.
        code: ``"2026-10"`` or ``"2026Q4"`` (what a payload carries).
    """

    start: date
    end: date
    code: str

    @classmethod
    def parse(cls, text: str) -> Period:
        """Read ``YYYY-MM`` or ``YYYYQn``.

        Raises:
            PeriodError: neither form.
        """
        text = text.strip().upper()
        if match := _MONTH.match(text):
            year, month = int(match.group(1)), int(match.group(2))
            return cls(date(year, month, 1), _first_of_next(year, month, 1), text)
        if match := _QUARTER.match(text):
            year, quarter = int(match.group(1)), int(match.group(2))
            first = 3 * (quarter - 1) + 1
            return cls(date(year, first, 1), _first_of_next(year, first, 3), text)
        raise PeriodError(
            _("{period} is not a period Hearth reports on.").format(period=text),
            hint=_("Give a month as 2026-10 or a quarter as 2026Q4."),
        )

    @property
    def is_month(self) -> bool:
        """Whether this is a month (not a quarter)."""
        return "Q" not in self.code

    @property
    def months(self) -> tuple[str, ...]:
        """The ``YYYY-MM`` months the period covers."""
        months = []
        year, month = self.start.year, self.start.month
        while date(year, month, 1) < self.end:
            months.append(f"{year:04d}-{month:02d}")
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return tuple(months)

    def is_closed(self, today: date) -> bool:
        """Whether the period ended before ``today``."""
        return self.end <= today

    def require_closed(self, today: date) -> Period:
        """Return self, or refuse a period that is still running or in the future.

        Raises:
            PeriodError: the period has not ended yet.
        """
        if not self.is_closed(today):
            raise PeriodError(
                _("{period} has not ended yet: statistics cover closed periods only.").format(
                    period=self.code
                ),
                hint=_("Choose a month or quarter that ended before today."),
            )
        return self


def closed_period(text: str, today: date) -> Period:
    """Parse ``text`` and refuse it unless it ended before ``today``."""
    return Period.parse(text).require_closed(today)


def _first_of_next(year: int, month: int, span: int) -> date:
    month += span
    while month > 12:
        year, month = year + 1, month - 12
    return date(year, month, 1)
