"""The append-only, hash-chained audit log.

Each entry says *who did what to which record, when* — never *what the record says*:
the entity is named by type and integer id only, so an erased household leaves no
personal data behind in its history. Entries are chained: ``hash`` is SHA-256 over the
canonical bytes of the previous entry's hash and this entry's fields, so editing,
deleting or reordering any entry breaks the chain from that point on. Triggers refuse
UPDATE and DELETE; :func:`verify_chain` catches someone who dropped them first.

An entry may carry a ``detail``: a digest that binds it to the content of the record it
names (each consent event's entry holds a salted SHA-256 of the event, see
:mod:`desktop_app.vault.consent_log`), so the record cannot change without breaking the
chain either. A detail never holds readable data.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
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
    detail: str = ""


def entry_hash(
    prev_hash: str,
    seq: int,
    at: str,
    actor: str,
    action: str,
    entity: str,
    entity_id: int | None,
    detail: str = "",
) -> str:
    """Return the hex SHA-256 of an entry's canonical bytes.

    Canonical form: a compact JSON array (UTF-8, no escaping of non-ASCII), which is
    unambiguous about field boundaries and types, unlike plain concatenation. A
    non-empty ``detail`` is appended as an eighth element.
    """
    fields: list[object] = [prev_hash, seq, at, actor, action, entity, entity_id]
    if detail:
        fields.append(detail)
    canonical = json.dumps(
        fields,
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

    def now(self) -> datetime:
        """Return the instant this log stamps entries with (tests pass a fixed clock)."""
        return self._clock()

    def today(self) -> date:
        """Return the day of :meth:`now`: the repositories' "today" for consent rules."""
        return self._clock().date()

    def append(
        self, action: str, entity: str, entity_id: int | None = None, *, detail: str = ""
    ) -> int:
        """Append an entry and return its sequence number.

        Call it inside the transaction that makes the change, so the change and its
        entry commit together; outside a transaction it opens its own.
        """
        if not self._conn.in_transaction:
            with transaction(self._conn):
                return self.append_many([(action, entity, entity_id, detail)])
        return self.append_many([(action, entity, entity_id, detail)])

    def append_many(self, items: Sequence[tuple[str, str, int | None, str]]) -> int:
        """Append ``(action, entity, entity_id, detail)`` entries in one go (bulk loads).

        Must run inside the caller's transaction. Returns the last sequence number.
        """
        last = self._conn.execute(
            "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        seq, prev = (0, GENESIS_HASH) if last is None else (int(last[0]), str(last[1]))
        at = self._clock().isoformat()
        rows = []
        for action, entity, entity_id, detail in items:
            seq += 1
            action, entity = str(action), str(entity)
            digest = entry_hash(prev, seq, at, self.actor, action, entity, entity_id, detail)
            rows.append((seq, at, self.actor, action, entity, entity_id, detail, prev, digest))
            prev = digest
        self._conn.executemany(
            "INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, detail,"
            " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        return seq


def entries(conn: Connection, *, after_seq: int = 0, limit: int = 1000) -> list[AuditEntry]:
    """Return up to ``limit`` entries with ``seq > after_seq``, oldest first."""
    rows = conn.execute(
        "SELECT seq, at, actor, action, entity, entity_id, prev_hash, hash, detail"
        " FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?",
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
        "SELECT seq, at, actor, action, entity, entity_id, prev_hash, hash, detail"
        " FROM audit_log ORDER BY seq"
    )
    for seq, at, actor, action, entity, entity_id, prev_hash, stored, detail in cursor:
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
        if entry_hash(prev_hash, seq, at, actor, action, entity, entity_id, detail) != stored:
            problems.append(
                _("Audit entry {seq} has been changed after it was written.").format(seq=seq)
            )
        expected_seq = seq + 1
        prev = stored
    return problems
