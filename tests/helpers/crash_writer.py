"""Child process of the crash-safety test: save transactions, acknowledge after COMMIT.

Usage: ``python tests/helpers/crash_writer.py <db path> <hex key> <first tx>``

Each transaction writes ``ROWS`` rows sharing one transaction number, through Hearth's
own ``open_connection`` (same pragmas as the app) and ``transaction`` (BEGIN IMMEDIATE …
COMMIT). Only after COMMIT returned does it print ``ack <tx>``: the parent kills it with
SIGKILL at random moments and then checks that every acknowledged transaction is whole.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop_app.vault.connection import open_connection, transaction  # noqa: E402

ROWS = 5
CANARY = "CRASH-CANARY-payload"


def main() -> int:
    db, key_hex, first = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    conn = open_connection(db, bytes.fromhex(key_hex))
    conn.execute("CREATE TABLE IF NOT EXISTS crash_probe (tx INTEGER, part INTEGER, payload TEXT)")
    tx = first
    while True:
        with transaction(conn):
            for part in range(ROWS):
                conn.execute(
                    "INSERT INTO crash_probe VALUES (?, ?, ?)",
                    (tx, part, f"{CANARY} {tx}/{part} " + "x" * 200),
                )
        sys.stdout.write(f"ack {tx}\n")
        sys.stdout.flush()
        tx += 1


if __name__ == "__main__":
    raise SystemExit(main())
