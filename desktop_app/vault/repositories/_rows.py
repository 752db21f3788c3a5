"""The Families-list row: one SELECT shared by the list, search and the Today view."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from desktop_app.core.cadence import is_slipped
from desktop_app.core.models import OPEN_NEED_STATUSES, HouseholdRow, HouseholdStatus
from desktop_app.vault.repositories._base import s2d

OPEN_NEEDS_SQL = "(" + ", ".join(f"'{s.value}'" for s in sorted(OPEN_NEED_STATUSES)) + ")"

#: Columns of :class:`HouseholdRow` for households aliased ``h``.
ROW_COLUMNS = f"""
    h.id, h.reference, h.alias, h.school, h.preferred_language,
    (SELECT count(*) FROM needs n
      WHERE n.household_id = h.id AND n.status IN {OPEN_NEEDS_SQL}) AS open_needs,
    h.next_contact_due, h.status, h.last_contact_on, h.closed_on, h.slipped_on, h.assigned_worker
"""


def to_row(raw: Sequence[Any], today: date) -> HouseholdRow:
    """Build a :class:`HouseholdRow` from a ``ROW_COLUMNS`` result."""
    last = s2d(raw[8])
    status = HouseholdStatus(raw[7])
    return HouseholdRow(
        id=raw[0],
        reference=raw[1],
        alias=raw[2],
        school=raw[3],
        preferred_language=raw[4],
        open_needs=raw[5],
        next_contact_due=s2d(raw[6]),
        status=status,
        last_contact_on=last,
        days_since_last_contact=None if last is None else (today - last).days,
        closed_on=s2d(raw[9]),
        slipped=is_slipped(status, s2d(raw[10]), today),
        assigned_worker=raw[11],
    )
