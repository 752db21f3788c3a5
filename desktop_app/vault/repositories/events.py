"""Group events (coffee mornings, workshops, ESOL sessions, celebrations) and who attended."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
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
from desktop_app.vault.repositories._guard import household_of, require_writable

_EVENT_COLUMNS = "e.id, e.title, e.kind, e.held_on, e.school, e.languages"


@dataclass(frozen=True, slots=True)
class EventSummary:
    """One line of the Events page: an event and how many came."""

    event: Event
    households: int
    people: int


@dataclass(frozen=True, slots=True)
class AttendanceRow:
    """One household at an event, with its handle for the list."""

    attendance: EventAttendance
    reference: str
    alias: str


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

    def delete(self, event_id: int) -> None:
        """Remove an event entered by mistake, with its attendance."""
        with writing(self._conn) as conn:
            cursor = conn.execute("DELETE FROM events WHERE id = ?", (event_id,))
            require_found(cursor.rowcount)
            self._audit.append(AuditAction.DELETE, "event", event_id)

    def summaries(self, today: date, *, upcoming: bool, limit: int = 500) -> list[EventSummary]:
        """Return upcoming events (from ``today``, soonest first) or past ones (newest first)."""
        condition, order = (
            ("e.held_on >= ?", "e.held_on, e.id")
            if upcoming
            else ("e.held_on < ?", "e.held_on DESC, e.id DESC")
        )
        rows = self._conn.execute(
            f"SELECT {_EVENT_COLUMNS}, count(a.id), coalesce(sum(a.people_count), 0)"
            " FROM events e LEFT JOIN event_attendance a ON a.event_id = e.id"
            f" WHERE {condition} GROUP BY e.id ORDER BY {order} LIMIT ?",
            (today.isoformat(), limit),
        ).fetchall()
        return [EventSummary(_from_row(r[:6]), int(r[6]), int(r[7])) for r in rows]

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

    def attendance_rows(self, event_id: int) -> list[AttendanceRow]:
        """Return who attended an event with each household's reference and alias."""
        return [
            AttendanceRow(EventAttendance(r[1], r[2], r[3], id=r[0]), r[4], r[5])
            for r in self._conn.execute(
                "SELECT a.id, a.event_id, a.household_id, a.people_count, h.reference, h.alias"
                " FROM event_attendance a JOIN households h ON h.id = a.household_id"
                " WHERE a.event_id = ? ORDER BY h.reference",
                (event_id,),
            )
        ]

    def remove_attendance(self, attendance_id: int) -> None:
        """Remove an attendance entry (a household recorded by mistake)."""
        with writing(self._conn) as conn:
            owner = household_of(conn, "event_attendance", attendance_id)
            require_writable(conn, self._audit, owner)
            conn.execute("DELETE FROM event_attendance WHERE id = ?", (attendance_id,))
            self._audit.append(AuditAction.DELETE, "event_attendance", attendance_id)

    def attended_by(self, household_id: int) -> list[Event]:
        """Return the events a household attended, newest first."""
        rows = self._conn.execute(
            "SELECT e.id, e.title, e.kind, e.held_on, e.school, e.languages FROM events e"
            " JOIN event_attendance a ON a.event_id = e.id WHERE a.household_id = ?"
            " ORDER BY e.held_on DESC, e.id DESC",
            (household_id,),
        ).fetchall()
        return [_from_row(r) for r in rows]
