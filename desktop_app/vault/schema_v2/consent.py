"""Schema version 2: the signature drawn on screen for a consent decision.

A decision made "signed on screen" keeps the drawing as a PNG beside its event, so the
school can show what the family signed. Like the events, signatures are never changed;
they go only with their household.
"""

from __future__ import annotations

STATEMENTS: tuple[str, ...] = (
    """
    CREATE TABLE consent_signatures (
        event_id     INTEGER PRIMARY KEY REFERENCES consent_events (id) ON DELETE CASCADE,
        household_id INTEGER NOT NULL REFERENCES households (id) ON DELETE CASCADE,
        png          BLOB NOT NULL CHECK (length(png) > 0),
        sha256       TEXT NOT NULL CHECK (length(sha256) = 64)
    )
    """,
    "CREATE INDEX consent_signatures_household ON consent_signatures (household_id)",
    """
    CREATE TRIGGER consent_signatures_no_update BEFORE UPDATE ON consent_signatures
    BEGIN
        SELECT RAISE(ABORT, 'consent signatures are never changed');
    END
    """,
    """
    CREATE TRIGGER consent_signatures_no_delete BEFORE DELETE ON consent_signatures
    WHEN EXISTS (SELECT 1 FROM households WHERE id = OLD.household_id)
    BEGIN
        SELECT RAISE(ABORT, 'consent signatures are never changed');
    END
    """,
)
