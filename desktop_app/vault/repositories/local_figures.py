"""Figures for the worker's own eyes on the Reports page: never sent, never stored.

The Reports page shows, beside what would leave, a few charts of the same period's
*local* figures — contacts month by month, what became of the referrals made — over the
same households as the statistics (statistics consent given now, optionally one area),
so the charts and the tables speak of the same families. Nothing here passes disclosure
control, so nothing here may be sent: :mod:`desktop_app.stats` never reads it.

Also the list of area codes the households carry, for the page's area choice.
"""

from __future__ import annotations

from datetime import date

from desktop_app.vault.repositories._base import Repository

# The statistics layer's own form of "statistics consent given now" (one ordered pass
# over a covering index; a test holds it equal to consent_lifecycle's): measured at
# 100k households, the 12 months of contacts took 375 ms with it, 622 ms without.
from desktop_app.vault.repositories.aggregates import _CONSENTING as STATISTICS_HOUSEHOLDS_SQL


def _scope(area: str | None) -> tuple[str, tuple[str, ...]]:
    """The ``household_id IN (…)`` sub-select of the households counted, and its params."""
    if area is None:
        return STATISTICS_HOUSEHOLDS_SQL, ()
    return (
        f"SELECT h.id FROM households h WHERE h.area = ? AND h.id IN ({STATISTICS_HOUSEHOLDS_SQL})",
        (area,),
    )


class LocalFiguresRepository(Repository):
    """Read-only counts for the Reports page's charts, and the areas in use."""

    def areas(self) -> list[str]:
        """Return every non-empty area code a household carries, sorted."""
        rows = self._conn.execute(
            "SELECT DISTINCT area FROM households INDEXED BY stats_households_area"
            " WHERE area != '' ORDER BY area"
        )
        return [str(row[0]) for row in rows]

    def contacts_by_month(
        self, start: date, end: date, *, area: str | None = None
    ) -> dict[str, int]:
        """Return contacts per ``YYYY-MM`` month in ``[start, end)`` (months with none left out)."""
        scope, params = _scope(area)
        rows = self._conn.execute(
            "SELECT substr(c.contact_on, 1, 7), count(*) FROM contacts c"
            " INDEXED BY stats_contacts_period"
            " WHERE c.contact_on >= ? AND c.contact_on < ?"
            f" AND c.household_id IN ({scope}) GROUP BY 1 ORDER BY 1",
            (start.isoformat(), end.isoformat(), *params),
        )
        return {str(month): int(count) for month, count in rows}

    def referral_outcomes(
        self, start: date, end: date, *, area: str | None = None
    ) -> dict[str, int]:
        """Return the referrals made in ``[start, end)`` by their status now."""
        scope, params = _scope(area)
        rows = self._conn.execute(
            "SELECT r.status, count(*) FROM referrals r"
            " WHERE r.referred_on >= ? AND r.referred_on < ?"
            f" AND r.household_id IN ({scope}) GROUP BY 1",
            (start.isoformat(), end.isoformat(), *params),
        )
        return {str(status): int(count) for status, count in rows}
