"""Crash safety: SIGKILL at random moments never loses an acknowledged save.

A child process saves families through Hearth's connection (``synchronous=FULL``, WAL)
and repositories — each one transaction of many rows in several tables — and
acknowledges each only after COMMIT returned. The parent kills it with SIGKILL after a
random number (0-20) of acknowledgements plus a random few milliseconds (a seeded RNG;
waits are reads of the child's pipe with ``select`` timeouts, never blind sleeps),
``HEARTH_CRASH_KILLS`` times (default 50). Afterwards every acknowledged family is present
and whole, no family is partial, the audit chain and both integrity checks pass, and no
file holds the families' text in plaintext — scanned after every kill, while the killed
writer's WAL is still there, and again at the end.

SIGKILL tests process crashes; power loss is covered by ``synchronous=FULL`` (see
REFERENCE.md), which this harness cannot simulate.
"""

from __future__ import annotations

import os
import random
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

from desktop_app.vault.audit import verify_chain
from desktop_app.vault.connection import open_connection
from desktop_app.vault.vault import Vault, db_path
from tests.helpers.crash_writer import CANARY, ROWS

WRITER = Path(__file__).resolve().parents[1] / "helpers" / "crash_writer.py"


def _take_lines(buffer: bytearray) -> list[int]:
    """Remove the complete ``ack <tx>`` lines from ``buffer``; return their numbers."""
    *lines, rest = bytes(buffer).split(b"\n")
    buffer[:] = rest
    return [int(line.split()[1]) for line in lines if line.strip()]


def _read_acks(proc: subprocess.Popen[bytes], wanted: int, buffer: bytearray) -> list[int]:
    """Read ack lines until ``wanted`` arrived; return the transaction numbers seen."""
    assert proc.stdout is not None
    seen: list[int] = []
    fd = proc.stdout.fileno()
    while len(seen) < wanted:
        ready, _, _ = select.select([fd], [], [], 30)
        assert ready, "the writer stopped acknowledging"
        chunk = os.read(fd, 4096)
        if not chunk:
            break
        buffer.extend(chunk)
        seen += _take_lines(buffer)
    return seen


def _watch_pipe(proc: subprocess.Popen[bytes], seconds: float, buffer: bytearray) -> list[int]:
    """Keep reading the pipe for ``seconds`` (no blind sleep): the kill then lands anywhere."""
    assert proc.stdout is not None
    seen: list[int] = []
    fd = proc.stdout.fileno()
    deadline = time.monotonic() + seconds
    while (left := deadline - time.monotonic()) > 0:
        ready, _, _ = select.select([fd], [], [], left)
        if not ready:
            break
        chunk = os.read(fd, 4096)
        if not chunk:
            break
        buffer.extend(chunk)
        seen += _take_lines(buffer)
    return seen


def _drain(proc: subprocess.Popen[bytes], buffer: bytearray) -> list[int]:
    """After the kill: every ack the child managed to write before dying."""
    assert proc.stdout is not None
    buffer.extend(proc.stdout.read())
    buffer.extend(b"\n")
    return _take_lines(buffer)


def _assert_no_plaintext(folder: Path) -> int:
    """No file in the vault folder holds the canary; return the bytes of WAL scanned."""
    wal = 0
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert CANARY.encode() not in data, f"plaintext in {path.name}"
            assert CANARY.encode("utf-16-le") not in data, f"plaintext in {path.name}"
            if path.name.endswith("-wal"):
                wal += len(data)
    return wal


def test_sigkill_never_loses_an_acknowledged_transaction(tmp_path: Path) -> None:
    kills = int(os.environ.get("HEARTH_CRASH_KILLS", "50"))
    rng = random.Random(2026)
    folder = tmp_path / "vault"
    vault, _code = Vault.create(folder, "Amina", "lantern orchard whistle seventeen")
    key_hex = vault.data_key().hex()
    vault.close()
    db = db_path(folder)

    acknowledged: set[int] = set()
    next_tx = 1
    wal_scanned = 0
    for _ in range(kills):
        proc = subprocess.Popen(
            [sys.executable, str(WRITER), str(db), key_hex, str(next_tx)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        buffer = bytearray()
        seen = _read_acks(proc, rng.randint(0, 20), buffer)
        # A random extra moment (0.1-4 ms), so the kill lands anywhere inside a transaction.
        seen += _watch_pipe(proc, rng.uniform(0.0001, 0.004), buffer)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        seen += _drain(proc, buffer)
        assert proc.stdout is not None
        proc.stdout.close()
        assert proc.returncode == -signal.SIGKILL
        acknowledged.update(seen)
        next_tx = max([next_tx - 1, *seen]) + 1000  # fresh numbers per run
        # The killed writer's WAL is left behind un-checkpointed: scan it as it is.
        wal_scanned += _assert_no_plaintext(folder)
    assert wal_scanned > 0, "no write-ahead log was left to scan"

    conn = open_connection(db, bytes.fromhex(key_hex))
    try:
        families = {
            int(str(alias).rsplit(" ", 1)[1]): int(hid)
            for hid, alias in conn.execute("SELECT id, alias FROM households")
        }
        # The harness really saved: about six acknowledged families per run.
        assert len(acknowledged) >= 2 * kills
        missing = sorted(acknowledged - set(families))
        assert missing == [], f"acknowledged families lost: {missing[:10]}"
        for table, rows in ROWS.items():
            counts = dict(conn.execute(f"SELECT household_id, count(*) FROM {table} GROUP BY 1"))
            partial = {hid: counts.get(hid, 0) for hid in families.values()}
            partial = {hid: n for hid, n in partial.items() if n != rows}
            assert partial == {}, f"a family was half-saved ({table})"
        assert list(conn.execute("PRAGMA cipher_integrity_check")) == []
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert verify_chain(conn) == []
    finally:
        conn.close()
    _assert_no_plaintext(folder)
