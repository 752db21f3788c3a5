"""Follow-ups: what to do for whom by when (the *Today* view)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from desktop_app.core.models import FollowUp, FollowUpSource
from desktop_app.vault.audit import AuditAction
from desktop_app.vault.connection import Connection
from desktop_app.vault.repositories._base import (
    Repository,
    d2s,
    require_found,
    require_id,
    s2d,
    s2d_req,
    writing,
)

ENTITY = "follow_up"
COLUMNS = "what, due_on, done_on, source"
INSERT = f"INSERT INTO follow_ups (id, household_id, {COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)"


@dataclass(frozen=True, slots=True)
class DueFollowUp:
    """An open follow-up with the household it is for (a line of the Today view)."""

    follow_up: FollowUp
    reference: str
    alias: str
    overdue: bool


def params(follow_up: FollowUp) -> tuple[Any, ...]:
    """Return a follow-up's column values in ``COLUMNS`` order."""
    return (
        follow_up.what,
        follow_up.due_on.isoformat(),
        d2s(follow_up.done_on),
        follow_up.source.value,
    )


def insert_follow_up(conn: Connection, household_id: int, follow_up: FollowUp) -> FollowUp:
    """Insert a follow-up; return it with ids."""
    new_id = int(conn.execute(INSERT, (None, household_id, *params(follow_up))).lastrowid)
    return dataclasses.replace(follow_up, id=new_id, household_id=household_id)


def _from_row(raw: Sequence[Any]) -> FollowUp:
    return FollowUp(
        id=raw[0],
        household_id=raw[1],
        what=raw[2],
        due_on=s2d_req(raw[3]),
        done_on=s2d(raw[4]),
        source=FollowUpSource(raw[5]),
    )


def follow_ups_for(conn: Connection, household_id: int) -> list[FollowUp]:
    """Return a household's follow-ups by due date."""
    rows = conn.execute(
        f"SELECT id, household_id, {COLUMNS} FROM follow_ups WHERE household_id = ?"
        " ORDER BY due_on, id",
        (household_id,),
    ).fetchall()
    return [_from_row(r) for r in rows]


class FollowUpRepository(Repository):
    """Follow-ups across all households."""

    def add(self, household_id: int, follow_up: FollowUp) -> FollowUp:
        """Add a follow-up for a household."""
        with writing(self._conn) as conn:
            stored = insert_follow_up(conn, household_id, follow_up)
            self._audit.append(AuditAction.CREATE, ENTITY, stored.id)
        return stored

    def update(self, follow_up: FollowUp) -> FollowUp:
        """Save a changed follow-up (what, due date, done date)."""
        follow_up_id = require_id(follow_up.id)
        with writing(self._conn):
            cursor = self._conn.execute(
                "UPDATE follow_ups SET what = ?, due_on = ?, done_on = ?, source = ? WHERE id = ?",
                (*params(follow_up), follow_up_id),
            )
            require_found(cursor.rowcount)
            self._audit.append(AuditAction.UPDATE, ENTITY, follow_up_id)
        return follow_up

    def mark_done(self, follow_up_id: int, on: date) -> None:
        """Tick a follow-up off."""
        with writing(self._conn):
            cursor = self._conn.execute(
                "UPDATE follow_ups SET done_on = ? WHERE id = ?", (on.isoformat(), follow_up_id)
            )
            require_found(cursor.rowcount)
            self._audit.append(AuditAction.UPDATE, ENTITY, follow_up_id)

    def list_for_household(self, household_id: int) -> list[FollowUp]:
        """Return a household's follow-ups, done or not."""
        return follow_ups_for(self._conn, household_id)

    def due(self, today: date, *, within_days: int = 0, limit: int = 500) -> list[DueFollowUp]:
        """Return open follow-ups due on or before ``today + within_days``, overdue first.

        Args:
            today: the reference date (a parameter, so tests and reports can pick one).
            within_days: also include items due this many days ahead.
            limit: at most this many items.
        """
        until = today + timedelta(days=within_days)
        return self._query("f.due_on <= ?", (until.isoformat(),), today, limit)

    def overdue(self, today: date, *, limit: int = 500) -> list[DueFollowUp]:
        """Return open follow-ups due before ``today``."""
        return self._query("f.due_on < ?", (today.isoformat(),), today, limit)

    def _query(
        self, condition: str, args: tuple[Any, ...], today: date, limit: int
    ) -> list[DueFollowUp]:
        rows = self._conn.execute(
            f"SELECT f.id, f.household_id, f.what, f.due_on, f.done_on, f.source,"
            f" h.reference, h.alias FROM follow_ups f JOIN households h ON h.id = f.household_id"
            f" WHERE f.done_on IS NULL AND {condition} ORDER BY f.due_on, f.id LIMIT ?",
            (*args, limit),
        ).fetchall()
        result = []
        for raw in rows:
            item = _from_row(raw[:6])
            result.append(DueFollowUp(item, raw[6], raw[7], item.due_on < today))
        return result
