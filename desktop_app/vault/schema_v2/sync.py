"""Schema version 2: the sync tables (see the package docstring).

Nothing here is about a household: the device's own key, the public keys of the
coordinators it reports to (and, on a coordinator, of the devices it accepts), the
configured targets, the outbox of releases not yet delivered, and — on a coordinator —
the payloads it has opened. Private keys live only here, inside the encrypted vault.
"""

from __future__ import annotations

STATEMENTS: tuple[str, ...] = (
    # The per-vault keys, created on first use: the Ed25519 key that signs this
    # device's bundles, and (on a coordinator) the X25519 key bundles are sealed to.
    """
    CREATE TABLE sync_own_keys (
        purpose     TEXT PRIMARY KEY CHECK (purpose IN ('device', 'receiver')),
        private_key BLOB NOT NULL CHECK (length(private_key) = 32),
        created_at  TEXT NOT NULL
    )
    """,
    # Coordinators this device seals bundles to (X25519), confirmed by fingerprint.
    """
    CREATE TABLE sync_receivers (
        fingerprint TEXT PRIMARY KEY,
        label       TEXT NOT NULL DEFAULT '',
        public_key  BLOB NOT NULL UNIQUE CHECK (length(public_key) = 32),
        added_at    TEXT NOT NULL
    )
    """,
    # Devices a coordinator accepts bundles from (Ed25519), confirmed by fingerprint.
    """
    CREATE TABLE sync_devices (
        device_id   TEXT PRIMARY KEY,
        label       TEXT NOT NULL DEFAULT '',
        public_key  BLOB NOT NULL UNIQUE CHECK (length(public_key) = 32),
        enrolled_at TEXT NOT NULL
    )
    """,
    """
    CREATE TABLE sync_targets (
        name       TEXT PRIMARY KEY CHECK (length(name) > 0),
        kind       TEXT NOT NULL CHECK (kind IN ('folder', 'dhis2', 'adx')),
        config     TEXT NOT NULL,
        created_at TEXT NOT NULL
    )
    """,
    # What a sync made for a target, kept byte for byte so a retry sends the same
    # content; 'pending' until delivered, then 'sent' with the receiver's answer.
    """
    CREATE TABLE sync_outbox (
        id         INTEGER PRIMARY KEY,
        target     TEXT NOT NULL REFERENCES sync_targets (name) ON DELETE CASCADE,
        period     TEXT NOT NULL,
        revision   INTEGER NOT NULL CHECK (revision >= 0),
        payload    BLOB NOT NULL,
        content    BLOB NOT NULL,
        status     TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent')),
        attempts   INTEGER NOT NULL DEFAULT 0,
        last_error TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        sent_at    TEXT,
        UNIQUE (target, period, revision)
    )
    """,
    "CREATE INDEX sync_outbox_pending ON sync_outbox (target, status)",
    # A coordinator's opened bundles: one row per device, period and revision.
    """
    CREATE TABLE hub_imports (
        device_id   TEXT NOT NULL REFERENCES sync_devices (device_id),
        period      TEXT NOT NULL,
        revision    INTEGER NOT NULL CHECK (revision >= 0),
        area        TEXT NOT NULL,
        payload     BLOB NOT NULL,
        imported_at TEXT NOT NULL,
        PRIMARY KEY (device_id, period, revision)
    )
    """,
)
