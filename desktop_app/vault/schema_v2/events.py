"""Schema version 2: two more kinds of event (ESOL sessions for parents, celebrations).

SQLite cannot change a CHECK constraint in place, so ``events`` is rebuilt with the new
list of kinds, and ``event_attendance`` (which references it) with it: both are copied
row for row (ids kept) into new tables, the old ones dropped — attendance first, so no
cascade deletes anything — and the new ones renamed, which also renames the reference.
The kinds are written out here, not taken from :class:`~desktop_app.core.models.EventKind`,
so this released step keeps its text when the vocabulary grows again.

This module runs first in version 2, so indexes other modules add to these tables are
made on the rebuilt ones.
"""

from __future__ import annotations

KINDS = ("coffee_morning", "workshop", "school_event", "esol_session", "celebration", "other")

_KIND_CHECK = "CHECK (kind IN ({}))".format(", ".join(f"'{kind}'" for kind in KINDS))

STATEMENTS: tuple[str, ...] = (
    f"""
    CREATE TABLE events_v2 (
        id        INTEGER PRIMARY KEY,
        title     TEXT NOT NULL,
        kind      TEXT NOT NULL {_KIND_CHECK},
        held_on   TEXT NOT NULL,
        school    TEXT NOT NULL DEFAULT '',
        languages TEXT NOT NULL DEFAULT ','
    )
    """,
    "INSERT INTO events_v2 (id, title, kind, held_on, school, languages)"
    " SELECT id, title, kind, held_on, school, languages FROM events",
    """
    CREATE TABLE event_attendance_v2 (
        id           INTEGER PRIMARY KEY,
        event_id     INTEGER NOT NULL REFERENCES events_v2 (id) ON DELETE CASCADE,
        household_id INTEGER NOT NULL REFERENCES households (id) ON DELETE CASCADE,
        people_count INTEGER NOT NULL CHECK (people_count >= 1),
        UNIQUE (event_id, household_id)
    )
    """,
    "INSERT INTO event_attendance_v2 (id, event_id, household_id, people_count)"
    " SELECT id, event_id, household_id, people_count FROM event_attendance",
    "DROP TABLE event_attendance",
    "DROP TABLE events",
    "ALTER TABLE events_v2 RENAME TO events",
    "ALTER TABLE event_attendance_v2 RENAME TO event_attendance",
    "CREATE INDEX events_held_on ON events (held_on)",
    "CREATE INDEX event_attendance_household ON event_attendance (household_id)",
)
