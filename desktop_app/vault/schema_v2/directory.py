"""Schema version 2: the signposting directory and referral histories.

``services`` gains three columns:

* ``organization`` — who runs the service (HSDS ``organizations.name``);
* ``what_to_bring`` — the short text the referral slip prints (HSDS
  ``required_documents.document``);
* ``hsds_id`` — the service's identifier in Open Referral (HSDS) exchanges, a UUID that
  survives export and import, so importing a council's directory again updates the
  services it brought instead of adding them twice. Services stored under version 1
  get a random (version 4) UUID here.

``referral_status_changes`` is a referral's dated history (suggested → referred →
accepted → completed, …), like ``need_status_changes`` for needs. It hangs off
``referrals``, which hangs off ``households``: erasing a household takes it along.
Referrals stored under version 1 get the steps their dates tell.
"""

from __future__ import annotations

# A version 4 UUID from SQLite's CSPRNG: 8-4-4-4-12 hex digits, "4" as the version
# nibble and one of 8, 9, a, b as the variant nibble.
_UUID4_SQL = (
    "lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'"
    " || substr(lower(hex(randomblob(2))), 2) || '-'"
    " || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2)"
    " || '-' || lower(hex(randomblob(6)))"
)

_REFERRAL_STATUSES = "'suggested', 'referred', 'accepted', 'completed', 'declined', 'no_response'"

STATEMENTS: tuple[str, ...] = (
    "ALTER TABLE services ADD COLUMN organization TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE services ADD COLUMN what_to_bring TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE services ADD COLUMN hsds_id TEXT NOT NULL DEFAULT ''",
    f"UPDATE services SET hsds_id = {_UUID4_SQL} WHERE hsds_id = ''",
    "CREATE UNIQUE INDEX services_hsds_id ON services (hsds_id) WHERE hsds_id != ''",
    f"""
    CREATE TABLE referral_status_changes (
        id          INTEGER PRIMARY KEY,
        referral_id INTEGER NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
        status      TEXT NOT NULL CHECK (status IN ({_REFERRAL_STATUSES})),
        changed_on  TEXT NOT NULL
    )
    """,
    "CREATE INDEX referral_status_changes_referral ON referral_status_changes (referral_id, id)",
    # Version 1 kept only the day a referral was made and the day of its last change.
    """
    INSERT INTO referral_status_changes (referral_id, status, changed_on)
    SELECT id, 'referred', referred_on FROM referrals WHERE referred_on IS NOT NULL
    """,
    """
    INSERT INTO referral_status_changes (referral_id, status, changed_on)
    SELECT id, status, coalesce(status_changed_on, referred_on) FROM referrals
    WHERE coalesce(status_changed_on, referred_on) IS NOT NULL
      AND NOT (status = 'referred' AND referred_on IS NOT NULL)
    """,
)
