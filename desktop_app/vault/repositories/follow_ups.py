"""Follow-ups: what to do for whom by when (the *Today* view)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from desktop_app.core.consent import follow_up_fields
from desktop_app.core.errors import UserFacingError
from desktop_app.core.models import FollowUp, FollowUpSource
from desktop_app.i18n import _
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
from desktop_app.vault.repositories._guard import household_of, require_fields, require_writable

ENTITY = "follow_up"
COLUMNS = "what, due_on, done_on, source, need_id, referral_id"
INSERT = f"INSERT INTO follow_ups (id, household_id, {COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
_SELECT = f"SELECT id, household_id, {COLUMNS} FROM follow_ups"


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
        follow_up.need_id,
        follow_up.referral_id,
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
        need_id=raw[6],
        referral_id=raw[7],
    )


def follow_ups_for(conn: Connection, household_id: int) -> list[FollowUp]:
    """Return a household's follow-ups by due date."""
    rows = conn.execute(
        f"{_SELECT} WHERE household_id = ? ORDER BY due_on, id",
        (household_id,),
    ).fetchall()
    return [_from_row(r) for r in rows]


class FollowUpLinkError(UserFacingError):
    """A follow-up was linked to a need or referral of another household."""

    def __init__(self) -> None:
        super().__init__(
            _("This follow-up can only be about one of this family's needs or referrals."),
            hint=_("Choose what it is about again, from this family's list."),
        )


def check_links(conn: Connection, household_id: int, follow_up: FollowUp) -> None:
    """Refuse a need or referral that does not belong to ``household_id``.

    Raises:
        FollowUpLinkError: it belongs to another household (or does not exist).
    """
    for table, record_id in (("needs", follow_up.need_id), ("referrals", follow_up.referral_id)):
        if record_id is None:
            continue
        row = conn.execute(
            f"SELECT household_id FROM {table} WHERE id = ?", (record_id,)
        ).fetchone()
        if row is None or int(row[0]) != household_id:
            raise FollowUpLinkError()


class FollowUpRepository(Repository):
    """Follow-ups across all households.

    Every write passes the consent guard like the other records of a household: a
    household without a current case-record consent (or past its review date) is
    read-only, follow-ups included.
    """

    def add(self, household_id: int, follow_up: FollowUp) -> FollowUp:
        """Add a follow-up for a household."""
        with writing(self._conn) as conn:
            require_fields(conn, self._audit, household_id, follow_up_fields(follow_up))
            check_links(conn, household_id, follow_up)
            stored = insert_follow_up(conn, household_id, follow_up)
            self._audit.append(AuditAction.CREATE, ENTITY, stored.id)
        return stored

    def update(self, follow_up: FollowUp) -> FollowUp:
        """Save a changed follow-up (what, due date, done date, what it is about)."""
        follow_up_id = require_id(follow_up.id)
        with writing(self._conn) as conn:
            household_id = household_of(conn, "follow_ups", follow_up_id)
            require_fields(conn, self._audit, household_id, follow_up_fields(follow_up))
            check_links(conn, household_id, follow_up)
            cursor = conn.execute(
                "UPDATE follow_ups SET what = ?, due_on = ?, done_on = ?, source = ?,"
                " need_id = ?, referral_id = ? WHERE id = ?",
                (*params(follow_up), follow_up_id),
            )
            require_found(cursor.rowcount)
            self._audit.append(AuditAction.UPDATE, ENTITY, follow_up_id)
        return dataclasses.replace(follow_up, household_id=household_id)

    def mark_done(self, follow_up_id: int, on: date) -> None:
        """Tick a follow-up off."""
        self._set(follow_up_id, "done_on", on)

    def reschedule(self, follow_up_id: int, due_on: date) -> None:
        """Move an open follow-up to another day."""
        self._set(follow_up_id, "due_on", due_on)

    def _set(self, follow_up_id: int, column: str, value: date) -> None:
        with writing(self._conn) as conn:
            require_writable(conn, self._audit, household_of(conn, "follow_ups", follow_up_id))
            cursor = conn.execute(
                f"UPDATE follow_ups SET {column} = ? WHERE id = ?",
                (value.isoformat(), follow_up_id),
            )
            require_found(cursor.rowcount)
            self._audit.append(AuditAction.UPDATE, ENTITY, follow_up_id)

    def get(self, follow_up_id: int) -> FollowUp | None:
        """Return one follow-up."""
        raw = self._conn.execute(f"{_SELECT} WHERE id = ?", (follow_up_id,)).fetchone()
        return None if raw is None else _from_row(raw)

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

    def due_for_worker(
        self, worker: str | None, today: date, until: date, *, limit: int = 500
    ) -> list[DueFollowUp]:
        """Return open follow-ups due from ``today`` to ``until`` for one worker's households.

        ``worker`` None: everyone's. Closed households are left out (nobody visits them).
        """
        condition = "f.due_on >= ? AND f.due_on <= ? AND h.status = 'open'"
        args: tuple[Any, ...] = (today.isoformat(), until.isoformat())
        if worker is not None:
            condition += " AND h.assigned_worker = ?"
            args += (worker,)
        # Walk the week's open follow-ups in due order and stop at ``limit``; left to
        # itself the planner walks every open household instead (150 ms at 100k).
        return self._query(
            condition, args, today, limit, source="follow_ups f INDEXED BY follow_ups_open_due"
        )

    def _query(
        self,
        condition: str,
        args: tuple[Any, ...],
        today: date,
        limit: int,
        *,
        source: str = "follow_ups f",
    ) -> list[DueFollowUp]:
        rows = self._conn.execute(
            f"SELECT f.id, f.household_id, f.what, f.due_on, f.done_on, f.source, f.need_id,"
            f" f.referral_id, h.reference, h.alias"
            f" FROM {source} JOIN households h ON h.id = f.household_id"
            f" WHERE f.done_on IS NULL AND {condition} ORDER BY f.due_on, f.id LIMIT ?",
            (*args, limit),
        ).fetchall()
        result = []
        for raw in rows:
            item = _from_row(raw[:8])
            result.append(DueFollowUp(item, raw[8], raw[9], item.due_on < today))
        return result
