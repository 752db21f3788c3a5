"""The append-only, hash-chained audit log.

Each entry says *who did what to which record, when* — never *what the record says*:
the entity is named by type and integer id only, so an erased household leaves no
personal data behind in its history. Entries are chained: ``hash`` is SHA-256 over the
canonical bytes of the previous entry's hash and this entry's fields, so editing,
deleting or reordering any entry breaks the chain from that point on. Triggers refuse
UPDATE and DELETE; :func:`verify_chain` catches someone who dropped them first.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from desktop_app.core.models import utc_now
from desktop_app.i18n import _
from desktop_app.vault.connection import Connection, transaction

#: The ``prev_hash`` of the first entry.
GENESIS_HASH = "0" * 64


class AuditAction(StrEnum):
    """What was done (free strings are accepted too, for new verbs)."""

    CREATE = "create"
    UPDATE = "update"
    CLOSE = "close"
    REOPEN = "reopen"
    STATUS_CHANGE = "status_change"
    ARCHIVE = "archive"
    DELETE = "delete"
    ERASE = "erase"
    BULK_IMPORT = "bulk_import"
    MIGRATE = "migrate"


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One stored audit entry."""

    seq: int
    at: str
    actor: str
    action: str
    entity: str
    entity_id: int | None
    prev_hash: str
    hash: str


def entry_hash(
    prev_hash: str,
    seq: int,
    at: str,
    actor: str,
    action: str,
    entity: str,
    entity_id: int | None,
) -> str:
    """Return the hex SHA-256 of an entry's canonical bytes.

    Canonical form: a compact JSON array (UTF-8, no escaping of non-ASCII), which is
    unambiguous about field boundaries and types, unlike plain concatenation.
    """
    canonical = json.dumps(
        [prev_hash, seq, at, actor, action, entity, entity_id],
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode("utf-8")
    return hashlib.sha256(canonical).hexdigest()


class AuditLog:
    """Appends entries for one staff member (the ``actor``) on one connection."""

    def __init__(
        self,
        conn: Connection,
        actor: str,
        *,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self._conn = conn
        self.actor = actor
        self._clock = clock

    def append(self, action: str, entity: str, entity_id: int | None = None) -> int:
        """Append an entry and return its sequence number.

        Call it inside the transaction that makes the change, so the change and its
        entry commit together; outside a transaction it opens its own.
        """
        if not self._conn.in_transaction:
            with transaction(self._conn):
                return self._append(action, entity, entity_id)
        return self._append(action, entity, entity_id)

    def _append(self, action: str, entity: str, entity_id: int | None) -> int:
        last = self._conn.execute(
            "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        seq, prev = (1, GENESIS_HASH) if last is None else (int(last[0]) + 1, str(last[1]))
        at = self._clock().isoformat()
        action, entity = str(action), str(entity)
        digest = entry_hash(prev, seq, at, self.actor, action, entity, entity_id)
        self._conn.execute(
            "INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, prev_hash, hash)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (seq, at, self.actor, action, entity, entity_id, prev, digest),
        )
        return seq


def entries(conn: Connection, *, after_seq: int = 0, limit: int = 1000) -> list[AuditEntry]:
    """Return up to ``limit`` entries with ``seq > after_seq``, oldest first."""
    rows = conn.execute(
        "SELECT seq, at, actor, action, entity, entity_id, prev_hash, hash FROM audit_log"
        " WHERE seq > ? ORDER BY seq LIMIT ?",
        (after_seq, limit),
    ).fetchall()
    return [AuditEntry(*row) for row in rows]


def verify_chain(conn: Connection) -> list[str]:
    """Check the whole chain; return the problems in plain words (empty: all fine).

    Reports a missing entry (a gap in the sequence), an entry whose link to the one
    before is broken, and an entry whose content no longer matches its hash.
    """
    problems: list[str] = []
    expected_seq = 1
    prev = GENESIS_HASH
    cursor = conn.execute(
        "SELECT seq, at, actor, action, entity, entity_id, prev_hash, hash FROM audit_log"
        " ORDER BY seq"
    )
    for seq, at, actor, action, entity, entity_id, prev_hash, stored in cursor:
        if seq != expected_seq:
            problems.append(
                _("Audit entries {first} to {last} are missing.").format(
                    first=expected_seq, last=seq - 1
                )
            )
        if prev_hash != prev:
            problems.append(
                _("Audit entry {seq} does not follow on from the entry before it.").format(seq=seq)
            )
        if entry_hash(prev_hash, seq, at, actor, action, entity, entity_id) != stored:
            problems.append(
                _("Audit entry {seq} has been changed after it was written.").format(seq=seq)
            )
        expected_seq = seq + 1
        prev = stored
    return problems
