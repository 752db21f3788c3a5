"""Opening the SQLCipher database with a raw data key and Hearth's safety pragmas.

Every connection: key → prove the key is right and the file is really encrypted →
``journal_mode=WAL``, ``synchronous=FULL``, ``temp_store=MEMORY`` (read back: a file
temp store was measured writing plaintext rows to /var/tmp), ``secure_delete=ON``,
``foreign_keys=ON``. Connections run in autocommit mode; writes go through
:func:`transaction`, so a save is only reported after COMMIT returned.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3

from desktop_app.vault.errors import VaultBusyError, VaultFullError

Connection = Any  # sqlcipher3.dbapi2.Connection: the module ships no type information

KEY_BYTES = 32


class ConnectionSetupError(RuntimeError):
    """A pragma did not take effect: the connection is not safe to use."""


def _raw_key_pragma(key: bytes) -> str:
    if len(key) != KEY_BYTES:
        raise ValueError("the data key must be 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def open_connection(db_path: Path, key: bytes) -> Connection:
    """Open ``db_path`` with the raw ``key`` and apply the safety pragmas.

    Raises:
        sqlcipher3.DatabaseError: the key is wrong or the file is not a database
            (the vault layer turns this into a friendly error).
        ConnectionSetupError: a required pragma did not read back as set.
    """
    conn = sqlcipher3.connect(str(db_path), isolation_level=None, check_same_thread=False)
    try:
        # SQLCipher logs decryption failures to stderr itself; Hearth reports them in
        # plain words instead (and a log line is not the place for page numbers).
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(_raw_key_pragma(key))
        # Reading the schema forces SQLCipher to decrypt page 1: a wrong key fails here.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        _apply_pragmas(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def _apply_pragmas(conn: Connection) -> None:
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise ConnectionSetupError("journal_mode")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA foreign_keys = ON")
    # A larger page cache keeps the encrypted overhead near plaintext speed (REFERENCE.md).
    conn.execute("PRAGMA cache_size = -65536")
    expected = {"synchronous": 2, "temp_store": 2, "secure_delete": 1, "foreign_keys": 1}
    for pragma, value in expected.items():
        got = conn.execute(f"PRAGMA {pragma}").fetchone()[0]
        if got != value:
            raise ConnectionSetupError(pragma)


@contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """Run a block in one write transaction: all of it commits, or none of it.

    ``BEGIN IMMEDIATE`` takes the write lock up front, so a busy vault fails at the
    start of a save rather than half-way through.
    """
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlcipher3.OperationalError as error:
        raise _known(error) from error
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException as error:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if isinstance(error, sqlcipher3.OperationalError):
            raise _known(error) from error
        raise


def _known(error: Exception) -> Exception:
    """The user-facing error for a full disk or a busy vault; else ``error`` itself.

    SQLite reports both as OperationalError, whose text is SQLite's own English (and
    never holds data); a save that meets one must say what to do, not crash.
    """
    text = str(error).lower()
    if "full" in text:  # SQLITE_FULL: "database or disk is full"
        return VaultFullError()
    if "locked" in text or "busy" in text:
        return VaultBusyError()
    return error


def checkpoint_truncate(conn: Connection) -> None:
    """Move the WAL into the database and truncate it, so erased pages leave the WAL."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
