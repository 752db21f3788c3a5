"""Needs and their dated status history."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date
from typing import Any

from desktop_app.core.models import Need, NeedCategory, NeedStatus, NeedStatusChange
from desktop_app.vault import search as fts
from desktop_app.vault.audit import AuditAction
from desktop_app.vault.connection import Connection
from desktop_app.vault.repositories._base import (
    Repository,
    d2s,
    require_found,
    s2d,
    s2d_req,
    writing,
)
from desktop_app.vault.repositories._guard import household_of, require_writable

ENTITY = "need"
COLUMNS = "category, status, note, identified_on, status_changed_on"


def insert_need(conn: Connection, household_id: int, need: Need) -> Need:
    """Insert a need and its history; return it with ids.

    A need without history gets one entry: its current status on the day it was
    identified (or last changed).
    """
    need_id = int(
        conn.execute(
            f"INSERT INTO needs (household_id, {COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)",
            (
                household_id,
                need.category.value,
                need.status.value,
                need.note,
                need.identified_on.isoformat(),
                d2s(need.status_changed_on),
            ),
        ).lastrowid
    )
    history = need.history or (
        NeedStatusChange(need.status, need.status_changed_on or need.identified_on),
    )
    conn.executemany(
        "INSERT INTO need_status_changes (need_id, status, changed_on) VALUES (?, ?, ?)",
        [(need_id, c.status.value, c.changed_on.isoformat()) for c in history],
    )
    return dataclasses.replace(need, id=need_id, household_id=household_id, history=history)


def _from_row(raw: Sequence[Any], history: tuple[NeedStatusChange, ...]) -> Need:
    return Need(
        id=raw[0],
        household_id=raw[1],
        category=NeedCategory(raw[2]),
        status=NeedStatus(raw[3]),
        note=raw[4],
        identified_on=s2d_req(raw[5]),
        status_changed_on=s2d(raw[6]),
        history=history,
    )


def needs_for(conn: Connection, household_id: int) -> list[Need]:
    """Return a household's needs with their histories, oldest first."""
    rows = conn.execute(
        f"SELECT id, household_id, {COLUMNS} FROM needs WHERE household_id = ? ORDER BY id",
        (household_id,),
    ).fetchall()
    histories: dict[int, list[NeedStatusChange]] = {r[0]: [] for r in rows}
    for need_id, status, changed_on in conn.execute(
        "SELECT c.need_id, c.status, c.changed_on FROM need_status_changes c"
        " JOIN needs n ON n.id = c.need_id WHERE n.household_id = ? ORDER BY c.id",
        (household_id,),
    ):
        histories[need_id].append(NeedStatusChange(NeedStatus(status), s2d_req(changed_on)))
    return [_from_row(r, tuple(histories[r[0]])) for r in rows]


class NeedRepository(Repository):
    """A household's wider needs."""

    def add(self, household_id: int, need: Need) -> Need:
        """Record a need for a household."""
        with writing(self._conn) as conn:
            require_writable(conn, self._audit, household_id)
            stored = insert_need(conn, household_id, need)
            self._audit.append(AuditAction.CREATE, ENTITY, stored.id)
            fts.index_household(conn, household_id)
        return stored

    def get(self, need_id: int) -> Need | None:
        """Return one need with its history."""
        row = self._conn.execute(
            "SELECT household_id FROM needs WHERE id = ?", (need_id,)
        ).fetchone()
        if row is None:
            return None
        return next(n for n in needs_for(self._conn, row[0]) if n.id == need_id)

    def list_for_household(self, household_id: int) -> list[Need]:
        """Return a household's needs."""
        return needs_for(self._conn, household_id)

    def change_status(self, need_id: int, status: NeedStatus, on: date) -> Need:
        """Move a need to ``status`` on date ``on``, adding to its history."""
        with writing(self._conn) as conn:
            require_writable(conn, self._audit, household_of(conn, "needs", need_id))
            cursor = conn.execute(
                "UPDATE needs SET status = ?, status_changed_on = ? WHERE id = ?",
                (status.value, on.isoformat(), need_id),
            )
            require_found(cursor.rowcount)
            conn.execute(
                "INSERT INTO need_status_changes (need_id, status, changed_on) VALUES (?, ?, ?)",
                (need_id, status.value, on.isoformat()),
            )
            self._audit.append(AuditAction.STATUS_CHANGE, ENTITY, need_id)
        need = self.get(need_id)
        assert need is not None
        return need

    def update_note(self, need_id: int, note: str) -> None:
        """Replace a need's short note."""
        with writing(self._conn) as conn:
            require_writable(conn, self._audit, household_of(conn, "needs", need_id))
            cursor = conn.execute("UPDATE needs SET note = ? WHERE id = ?", (note, need_id))
            require_found(cursor.rowcount)
            self._audit.append(AuditAction.UPDATE, ENTITY, need_id)
            household_id = conn.execute(
                "SELECT household_id FROM needs WHERE id = ?", (need_id,)
            ).fetchone()[0]
            fts.index_household(conn, household_id)
