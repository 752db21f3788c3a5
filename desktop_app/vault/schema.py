"""The vault's tables, as the SQL of each released schema version.

Each released version is frozen here as the DDL that *creates* it from the previous one
(:mod:`desktop_app.vault.migrations` chains them). Never edit a released step: add a
new one. Vocabulary columns carry CHECK constraints built from the enums in
:mod:`desktop_app.core.models`, so the database refuses a value the code cannot read.

Lists that are only ever read whole (a contact's topics, a service's languages) are
stored as comma-separated text framed by commas (``",food,housing,"``) so that
``instr(col, ',food,')`` finds one without a join table; they are short and bounded.
"""

from __future__ import annotations

from enum import StrEnum

from desktop_app.core import models as m


def _check(column: str, enum: type[StrEnum], *, nullable: bool = False) -> str:
    values = ", ".join(f"'{member.value}'" for member in enum)
    clause = f"{column} IN ({values})"
    if nullable:
        clause = f"({column} IS NULL OR {clause})"
    return f"CHECK ({clause})"


# The FTS table is contentless (content=''): it keeps only the inverted index, never a
# second copy of the text, and contentless_delete=1 lets erasure remove a household's
# row by rowid. Text is normalised in Python before it is indexed or queried
# (see desktop_app.vault.search), so Arabic vowel marks and tatweel do not split words.
SEARCH_TABLE = "household_search"

SCHEMA_V1: tuple[str, ...] = (
    """
    CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) WITHOUT ROWID
    """,
    """
    CREATE TABLE drafts (
        kind     TEXT NOT NULL,
        key      TEXT NOT NULL,
        payload  BLOB NOT NULL,
        saved_at TEXT NOT NULL,
        PRIMARY KEY (kind, key)
    ) WITHOUT ROWID
    """,
    f"""
    CREATE TABLE households (
        id                         INTEGER PRIMARY KEY,
        reference                  TEXT NOT NULL UNIQUE,
        alias                      TEXT NOT NULL DEFAULT '',
        school                     TEXT NOT NULL DEFAULT '',
        area                       TEXT NOT NULL DEFAULT '',
        arrival_month              TEXT,
        preferred_language         TEXT NOT NULL DEFAULT '',
        interpreter_language       TEXT,
        preferred_channel          TEXT NOT NULL {_check("preferred_channel", m.Channel)},
        online_platform_confidence TEXT NOT NULL
            {_check("online_platform_confidence", m.PlatformConfidence)},
        key_contact                TEXT NOT NULL DEFAULT '',
        status                     TEXT NOT NULL {_check("status", m.HouseholdStatus)},
        closed_reason              TEXT {_check("closed_reason", m.ClosedReason, nullable=True)},
        closed_on                  TEXT,
        visit_cadence_days         INTEGER CHECK (visit_cadence_days IS NULL
                                                  OR visit_cadence_days > 0),
        created_at                 TEXT NOT NULL,
        updated_at                 TEXT NOT NULL,
        -- Kept up to date by the repositories so the Families list can sort and
        -- filter 100k households through an index instead of aggregating contacts.
        last_contact_on            TEXT,
        next_contact_due           TEXT,
        CHECK ((status = 'open') = (closed_on IS NULL))
    )
    """,
    "CREATE INDEX households_next_due ON households (next_contact_due, reference)",
    "CREATE INDEX households_status ON households (status, reference)",
    "CREATE INDEX households_school ON households (school, reference)",
    "CREATE INDEX households_last_contact ON households (last_contact_on, reference)",
    "CREATE INDEX households_created ON households (created_at)",
    f"""
    CREATE TABLE people (
        id                  INTEGER PRIMARY KEY,
        household_id        INTEGER NOT NULL REFERENCES households (id) ON DELETE CASCADE,
        role                TEXT NOT NULL {_check("role", m.Role)},
        given_name          TEXT NOT NULL DEFAULT '',
        age_band            TEXT {_check("age_band", m.AgeBand, nullable=True)},
        birth_year          INTEGER,
        school_year         TEXT NOT NULL DEFAULT '',
        class_name          TEXT NOT NULL DEFAULT '',
        english_proficiency TEXT
            {_check("english_proficiency", m.EnglishProficiency, nullable=True)},
        prior_schooling     TEXT {_check("prior_schooling", m.PriorSchooling, nullable=True)},
        esol_level          TEXT {_check("esol_level", m.EsolLevel, nullable=True)},
        wants_esol          INTEGER CHECK (wants_esol IS NULL OR wants_esol IN (0, 1))
    )
    """,
    "CREATE INDEX people_household ON people (household_id)",
    f"""
    CREATE TABLE needs (
        id                INTEGER PRIMARY KEY,
        household_id      INTEGER NOT NULL REFERENCES households (id) ON DELETE CASCADE,
        category          TEXT NOT NULL {_check("category", m.NeedCategory)},
        status            TEXT NOT NULL {_check("status", m.NeedStatus)},
        note              TEXT NOT NULL DEFAULT '',
        identified_on     TEXT NOT NULL,
        status_changed_on TEXT
    )
    """,
    "CREATE INDEX needs_household ON needs (household_id, status)",
    "CREATE INDEX needs_category ON needs (category, status, household_id)",
    # Monthly aggregates select by date; without these they scan every row.
    "CREATE INDEX needs_identified ON needs (identified_on)",
    f"""
    CREATE TABLE need_status_changes (
        id         INTEGER PRIMARY KEY,
        need_id    INTEGER NOT NULL REFERENCES needs (id) ON DELETE CASCADE,
        status     TEXT NOT NULL {_check("status", m.NeedStatus)},
        changed_on TEXT NOT NULL
    )
    """,
    "CREATE INDEX need_status_changes_need ON need_status_changes (need_id, id)",
    f"""
    CREATE TABLE services (
        id            INTEGER PRIMARY KEY,
        name          TEXT NOT NULL,
        categories    TEXT NOT NULL DEFAULT ',',
        languages     TEXT NOT NULL DEFAULT ',',
        phone         TEXT NOT NULL DEFAULT '',
        email         TEXT NOT NULL DEFAULT '',
        website       TEXT NOT NULL DEFAULT '',
        address       TEXT NOT NULL DEFAULT '',
        opening_times TEXT NOT NULL DEFAULT '',
        access        TEXT NOT NULL {_check("access", m.ServiceAccess)},
        notes         TEXT NOT NULL DEFAULT '',
        archived      INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
    )
    """,
    "CREATE INDEX services_name ON services (archived, name)",
    f"""
    CREATE TABLE referrals (
        id                INTEGER PRIMARY KEY,
        household_id      INTEGER NOT NULL REFERENCES households (id) ON DELETE CASCADE,
        need_id           INTEGER NOT NULL REFERENCES needs (id) ON DELETE CASCADE,
        -- A service with referrals is archived, never deleted.
        service_id        INTEGER NOT NULL REFERENCES services (id) ON DELETE RESTRICT,
        consent_to_share  INTEGER NOT NULL CHECK (consent_to_share IN (0, 1)),
        status            TEXT NOT NULL {_check("status", m.ReferralStatus)},
        outcome           TEXT NOT NULL DEFAULT '',
        referred_on       TEXT,
        status_changed_on TEXT,
        follow_up_on      TEXT,
        -- Set when the family withdrew consent to share: blocked and flagged.
        blocked_on        TEXT
    )
    """,
    "CREATE INDEX referrals_household ON referrals (household_id)",
    "CREATE INDEX referrals_need ON referrals (need_id)",
    "CREATE INDEX referrals_service ON referrals (service_id)",
    "CREATE INDEX referrals_referred ON referrals (referred_on)",
    f"""
    CREATE TABLE contacts (
        id               INTEGER PRIMARY KEY,
        household_id     INTEGER NOT NULL REFERENCES households (id) ON DELETE CASCADE,
        kind             TEXT NOT NULL {_check("kind", m.ContactKind)},
        contact_on       TEXT NOT NULL,
        duration_minutes INTEGER CHECK (duration_minutes IS NULL OR duration_minutes >= 0),
        language         TEXT NOT NULL DEFAULT '',
        interpreter_mode TEXT NOT NULL {_check("interpreter_mode", m.InterpreterMode)},
        interpreter_name TEXT NOT NULL DEFAULT '',
        topics           TEXT NOT NULL DEFAULT ',',
        note             TEXT NOT NULL DEFAULT '',
        next_contact_due TEXT,
        staff_member     TEXT NOT NULL DEFAULT ''
    )
    """,
    "CREATE INDEX contacts_household ON contacts (household_id, contact_on)",
    "CREATE INDEX contacts_date ON contacts (contact_on)",
    f"""
    CREATE TABLE follow_ups (
        id           INTEGER PRIMARY KEY,
        household_id INTEGER NOT NULL REFERENCES households (id) ON DELETE CASCADE,
        what         TEXT NOT NULL,
        due_on       TEXT NOT NULL,
        done_on      TEXT,
        source       TEXT NOT NULL {_check("source", m.FollowUpSource)}
    )
    """,
    "CREATE INDEX follow_ups_household ON follow_ups (household_id, due_on)",
    # The Today view only ever looks at open items: a partial index stays small.
    "CREATE INDEX follow_ups_open_due ON follow_ups (due_on) WHERE done_on IS NULL",
    """
    CREATE TABLE champions (
        id           INTEGER PRIMARY KEY,
        household_id INTEGER NOT NULL UNIQUE REFERENCES households (id) ON DELETE CASCADE,
        languages    TEXT NOT NULL DEFAULT ',',
        school       TEXT NOT NULL DEFAULT '',
        year_groups  TEXT NOT NULL DEFAULT ',',
        availability TEXT NOT NULL DEFAULT '',
        max_families INTEGER NOT NULL CHECK (max_families >= 0),
        active       INTEGER NOT NULL CHECK (active IN (0, 1))
    )
    """,
    "CREATE INDEX champions_school ON champions (active, school)",
    f"""
    CREATE TABLE champion_matches (
        id            INTEGER PRIMARY KEY,
        champion_id   INTEGER NOT NULL REFERENCES champions (id) ON DELETE CASCADE,
        household_id  INTEGER NOT NULL REFERENCES households (id) ON DELETE CASCADE,
        status        TEXT NOT NULL {_check("status", m.ChampionMatchStatus)},
        introduced_on TEXT,
        UNIQUE (champion_id, household_id)
    )
    """,
    "CREATE INDEX champion_matches_household ON champion_matches (household_id)",
    """
    CREATE TABLE champion_check_ins (
        id         INTEGER PRIMARY KEY,
        match_id   INTEGER NOT NULL REFERENCES champion_matches (id) ON DELETE CASCADE,
        checked_on TEXT NOT NULL,
        note       TEXT NOT NULL DEFAULT ''
    )
    """,
    "CREATE INDEX champion_check_ins_match ON champion_check_ins (match_id, checked_on)",
    f"""
    CREATE TABLE events (
        id        INTEGER PRIMARY KEY,
        title     TEXT NOT NULL,
        kind      TEXT NOT NULL {_check("kind", m.EventKind)},
        held_on   TEXT NOT NULL,
        school    TEXT NOT NULL DEFAULT '',
        languages TEXT NOT NULL DEFAULT ','
    )
    """,
    "CREATE INDEX events_held_on ON events (held_on)",
    """
    CREATE TABLE event_attendance (
        id           INTEGER PRIMARY KEY,
        event_id     INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        household_id INTEGER NOT NULL REFERENCES households (id) ON DELETE CASCADE,
        people_count INTEGER NOT NULL CHECK (people_count >= 1),
        UNIQUE (event_id, household_id)
    )
    """,
    "CREATE INDEX event_attendance_household ON event_attendance (household_id)",
    f"""
    CREATE TABLE consent_notices (
        version_hash TEXT PRIMARY KEY,
        purpose      TEXT NOT NULL {_check("purpose", m.ConsentPurpose)},
        language     TEXT NOT NULL,
        text         TEXT NOT NULL
    ) WITHOUT ROWID
    """,
    # Every version a family was ever shown stays readable: notices are never changed
    # or removed (a changed text is a new version with its own hash).
    """
    CREATE TRIGGER consent_notices_no_update BEFORE UPDATE ON consent_notices
    BEGIN
        SELECT RAISE(ABORT, 'consent notices are never changed');
    END
    """,
    """
    CREATE TRIGGER consent_notices_no_delete BEFORE DELETE ON consent_notices
    BEGIN
        SELECT RAISE(ABORT, 'consent notices are never changed');
    END
    """,
    f"""
    CREATE TABLE consent_events (
        id                   INTEGER PRIMARY KEY,
        household_id         INTEGER NOT NULL REFERENCES households (id) ON DELETE CASCADE,
        purpose              TEXT NOT NULL {_check("purpose", m.ConsentPurpose)},
        decision             TEXT NOT NULL {_check("decision", m.ConsentDecision)},
        notice_hash          TEXT NOT NULL REFERENCES consent_notices (version_hash),
        language             TEXT NOT NULL,
        method               TEXT NOT NULL {_check("method", m.ConsentMethod)},
        paper_reference      TEXT NOT NULL DEFAULT '',
        decided_by           TEXT NOT NULL {_check("decided_by", m.DecidedBy)},
        interpreter_name     TEXT NOT NULL DEFAULT '',
        interpreter_language TEXT NOT NULL DEFAULT '',
        interpreter_mode     TEXT NOT NULL {_check("interpreter_mode", m.InterpreterMode)},
        staff_member         TEXT NOT NULL,
        decided_at           TEXT NOT NULL,
        review_on            TEXT,
        -- Random, per event: the audit entry holds SHA-256(salt, id, household, fields),
        -- which says nothing about the family once the row is erased.
        salt                 TEXT NOT NULL CHECK (length(salt) = 32)
    )
    """,
    "CREATE INDEX consent_events_household ON consent_events (household_id, purpose, id)",
    # Covers "each household's latest decision per purpose" for the monthly aggregates
    # without touching the table (measured at 100k households: 2.7 s → 22 ms).
    "CREATE INDEX consent_events_purpose ON consent_events (purpose, household_id, id, decision)",
    "CREATE INDEX consent_events_review ON consent_events (review_on)",
    # Consent history is evidence: never rewritten. Rows go only when their household
    # is erased (the cascade runs after the household row is gone).
    """
    CREATE TRIGGER consent_events_no_update BEFORE UPDATE ON consent_events
    BEGIN
        SELECT RAISE(ABORT, 'consent events are append-only');
    END
    """,
    """
    CREATE TRIGGER consent_events_no_delete BEFORE DELETE ON consent_events
    WHEN EXISTS (SELECT 1 FROM households WHERE id = OLD.household_id)
    BEGIN
        SELECT RAISE(ABORT, 'consent events are append-only');
    END
    """,
    """
    CREATE TABLE audit_log (
        seq       INTEGER PRIMARY KEY,
        at        TEXT NOT NULL,
        actor     TEXT NOT NULL,
        action    TEXT NOT NULL,
        entity    TEXT NOT NULL,
        entity_id INTEGER,
        -- A digest binding the entry to a record's content (consent events), or ''.
        detail    TEXT NOT NULL DEFAULT '',
        prev_hash TEXT NOT NULL,
        hash      TEXT NOT NULL
    )
    """,
    """
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN
        SELECT RAISE(ABORT, 'the audit log is append-only');
    END
    """,
    """
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN
        SELECT RAISE(ABORT, 'the audit log is append-only');
    END
    """,
    f"""
    CREATE VIRTUAL TABLE {SEARCH_TABLE} USING fts5 (
        codes, names, notes,
        content = '', contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '1 2 3'
    )
    """,
)

#: Every table a household's data lives in (checked by the erasure tests).
HOUSEHOLD_TABLES: tuple[str, ...] = (
    "households",
    "people",
    "needs",
    "need_status_changes",
    "referrals",
    "contacts",
    "follow_ups",
    "champions",
    "champion_matches",
    "champion_check_ins",
    "event_attendance",
    "consent_events",
)
