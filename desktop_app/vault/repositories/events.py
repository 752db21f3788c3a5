"""Group events (coffee mornings, workshops) and who attended."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date
from typing import Any

from desktop_app.core.models import Event, EventAttendance, EventKind
from desktop_app.vault.audit import AuditAction
from desktop_app.vault.repositories._base import (
    Repository,
    list2s,
    require_found,
    require_id,
    s2d_req,
    s2list,
    writing,
)
from desktop_app.vault.repositories._guard import require_writable


def _from_row(raw: Sequence[Any]) -> Event:
    return Event(
        id=raw[0],
        title=raw[1],
        kind=EventKind(raw[2]),
        held_on=s2d_req(raw[3]),
        school=raw[4],
        languages=s2list(raw[5]),
    )


class EventRepository(Repository):
    """Events and attendance."""

    def add(self, event: Event) -> Event:
        """Create an event."""
        with writing(self._conn) as conn:
            cursor = conn.execute(
                "INSERT INTO events (title, kind, held_on, school, languages)"
                " VALUES (?, ?, ?, ?, ?)",
                (
                    event.title,
                    event.kind.value,
                    event.held_on.isoformat(),
                    event.school,
                    list2s(event.languages),
                ),
            )
            stored = dataclasses.replace(event, id=int(cursor.lastrowid))
            self._audit.append(AuditAction.CREATE, "event", stored.id)
        return stored

    def update(self, event: Event) -> Event:
        """Save a changed event."""
        event_id = require_id(event.id)
        with writing(self._conn) as conn:
            cursor = conn.execute(
                "UPDATE events SET title = ?, kind = ?, held_on = ?, school = ?, languages = ?"
                " WHERE id = ?",
                (
                    event.title,
                    event.kind.value,
                    event.held_on.isoformat(),
                    event.school,
                    list2s(event.languages),
                    event_id,
                ),
            )
            require_found(cursor.rowcount)
            self._audit.append(AuditAction.UPDATE, "event", event_id)
        return event

    def get(self, event_id: int) -> Event | None:
        """Return one event."""
        raw = self._conn.execute(
            "SELECT id, title, kind, held_on, school, languages FROM events WHERE id = ?",
            (event_id,),
        ).fetchone()
        return None if raw is None else _from_row(raw)

    def between(self, start: date, end: date) -> list[Event]:
        """Return events held from ``start`` to ``end`` inclusive, by date."""
        rows = self._conn.execute(
            "SELECT id, title, kind, held_on, school, languages FROM events"
            " WHERE held_on BETWEEN ? AND ? ORDER BY held_on, id",
            (start.isoformat(), end.isoformat()),
        ).fetchall()
        return [_from_row(r) for r in rows]

    def record_attendance(self, attendance: EventAttendance) -> EventAttendance:
        """Record (or correct) that a household attended an event."""
        with writing(self._conn) as conn:
            require_writable(conn, self._audit, attendance.household_id)
            conn.execute(
                "INSERT INTO event_attendance (event_id, household_id, people_count)"
                " VALUES (?, ?, ?) ON CONFLICT (event_id, household_id)"
                " DO UPDATE SET people_count = excluded.people_count",
                (attendance.event_id, attendance.household_id, attendance.people_count),
            )
            attendance_id = conn.execute(
                "SELECT id FROM event_attendance WHERE event_id = ? AND household_id = ?",
                (attendance.event_id, attendance.household_id),
            ).fetchone()[0]
            self._audit.append(AuditAction.CREATE, "event_attendance", attendance_id)
        return dataclasses.replace(attendance, id=attendance_id)

    def attendance(self, event_id: int) -> list[EventAttendance]:
        """Return who attended an event."""
        return [
            EventAttendance(id=r[0], event_id=r[1], household_id=r[2], people_count=r[3])
            for r in self._conn.execute(
                "SELECT id, event_id, household_id, people_count FROM event_attendance"
                " WHERE event_id = ? ORDER BY id",
                (event_id,),
            )
        ]

    def attended_by(self, household_id: int) -> list[Event]:
        """Return the events a household attended, newest first."""
        rows = self._conn.execute(
            "SELECT e.id, e.title, e.kind, e.held_on, e.school, e.languages FROM events e"
            " JOIN event_attendance a ON a.event_id = e.id WHERE a.household_id = ?"
            " ORDER BY e.held_on DESC, e.id DESC",
            (household_id,),
        ).fetchall()
        return [_from_row(r) for r in rows]
