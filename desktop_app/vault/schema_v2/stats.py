"""Schema version 2: the stats tables (see the package docstring).

``stat_releases`` freezes what left the laptop: one row per period, area and revision,
holding the released payload byte for byte, the disclosure settings it was made with
and the differential-privacy budget it spent. Nothing in it is about one household (the
payload is counts that already passed disclosure control), so it does not reference
``households``. Releases are never changed or deleted: asking for a released period
again returns the same bytes (no differencing, DESIGN §6).

The indexes let one period's indicators be read from indexes alone instead of from the
(encrypted, much larger) tables.
"""

from __future__ import annotations

STATEMENTS: tuple[str, ...] = (
    """
    CREATE TABLE stat_releases (
        id                INTEGER PRIMARY KEY,
        period            TEXT NOT NULL CHECK (length(period) BETWEEN 6 AND 7),
        area              TEXT NOT NULL,
        revision          INTEGER NOT NULL CHECK (revision >= 0),
        indicator_version TEXT NOT NULL,
        threshold         INTEGER NOT NULL CHECK (threshold >= 3),
        rounding_base     INTEGER NOT NULL CHECK (rounding_base >= 1),
        epsilon           REAL NOT NULL DEFAULT 0 CHECK (epsilon >= 0),
        payload_json      BLOB NOT NULL,
        released_at       TEXT NOT NULL,
        UNIQUE (period, area, revision)
    )
    """,
    """
    CREATE TRIGGER stat_releases_no_update BEFORE UPDATE ON stat_releases
    BEGIN
        SELECT RAISE(ABORT, 'statistics releases are frozen');
    END
    """,
    """
    CREATE TRIGGER stat_releases_no_delete BEFORE DELETE ON stat_releases
    BEGIN
        SELECT RAISE(ABORT, 'statistics releases are frozen');
    END
    """,
    # Covering indexes: each query of a period's indicators (AggregatesRepository) reads
    # one of these alone instead of the (encrypted, much larger) table rows.
    "CREATE INDEX stats_households_period ON households (created_at, closed_on,"
    " preferred_language, area)",
    "CREATE INDEX stats_households_area ON households (area)",
    "CREATE INDEX stats_households_arrival ON households (arrival_month)",
    "CREATE INDEX stats_contacts_period ON contacts (contact_on, household_id, kind,"
    " interpreter_mode)",
    "CREATE INDEX stats_needs_status ON needs (status, status_changed_on, identified_on,"
    " category, household_id)",
    "CREATE INDEX stats_referrals_period ON referrals (referred_on, household_id, need_id)",
    "CREATE INDEX stats_referrals_status ON referrals (status, status_changed_on,"
    " household_id, need_id)",
)
