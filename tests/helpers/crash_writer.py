"""Child process of the crash-safety test: save families, acknowledge after COMMIT.

Usage: ``python tests/helpers/crash_writer.py <db path> <hex key> <first tx>``

Each transaction is one ``HouseholdRepository.create``: a household with its people,
needs, contact, consent events, search index and audit entries — many rows in several
tables, written through Hearth's own ``open_connection`` (same pragmas as the app) and
repositories (BEGIN IMMEDIATE … COMMIT). Only after ``create`` returned, i.e. after
COMMIT returned, does it print ``ack <tx>``: the parent kills it with SIGKILL at random
moments and then checks that every acknowledged family is there, whole.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop_app.core import models as m  # noqa: E402
from desktop_app.core.consent_notices import load_notice  # noqa: E402
from desktop_app.vault.audit import AuditLog  # noqa: E402
from desktop_app.vault.connection import open_connection  # noqa: E402
from desktop_app.vault.repositories import ConsentRepository, HouseholdRepository  # noqa: E402
from tests.vault.dbutil import sample_aggregate  # noqa: E402

CANARY = "CRASH-CANARY-payload"
#: Rows each family has in these tables (sample_aggregate: two people, two needs, one
#: contact, a consent decision for every purpose).
ROWS = {"people": 2, "needs": 2, "contacts": 1, "consent_events": len(m.ConsentPurpose)}


def alias(tx: int) -> str:
    """The family alias that carries the transaction number."""
    return f"{CANARY} {tx}"


def main() -> int:
    db, key_hex, first = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    conn = open_connection(db, bytes.fromhex(key_hex))
    audit = AuditLog(conn, "crash writer")
    consent = ConsentRepository(conn, audit)
    for purpose in m.ConsentPurpose:
        consent.save_notice(load_notice(purpose, "ar"))  # stored once, then a no-op
    households = HouseholdRepository(conn, audit)
    tx = first
    while True:
        households.create(sample_aggregate(alias=alias(tx), note=f"{CANARY} note {tx}"))
        sys.stdout.write(f"ack {tx}\n")
        sys.stdout.flush()
        tx += 1


if __name__ == "__main__":
    raise SystemExit(main())
