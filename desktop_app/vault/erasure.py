"""Erasure: a household leaves every table, the search index, the WAL and free pages.

DESIGN §3: "the erased text cannot be found in any file afterwards". That takes four
things, all here:

1. ``DELETE`` the household; ``ON DELETE CASCADE`` removes everything under it
   (people, needs and their history, contacts, follow-ups, referrals, consent events,
   champion records and matches, event attendance).
2. Remove its FTS5 row, then ``optimize`` the index: FTS5 deletes by tombstone and
   keeps the old terms inside older segments until they are merged away.
3. ``secure_delete=ON`` (set on every connection) zero-fills the freed pages.
4. After COMMIT, checkpoint the WAL with TRUNCATE so the pre-erasure page images in
   the WAL are gone too.

The audit log keeps one entry — action ``erase``, entity ``household``, its integer id —
and nothing about the family.
"""

from __future__ import annotations

from desktop_app.vault import search as fts
from desktop_app.vault.audit import AuditAction, AuditLog
from desktop_app.vault.connection import Connection, checkpoint_truncate, transaction
from desktop_app.vault.repositories._base import require_found


def erase_household(conn: Connection, audit: AuditLog, household_id: int) -> bool:
    """Erase a household completely, in one transaction, then checkpoint.

    Must be called outside any transaction: the WAL can only be truncated after the
    erasure has committed.

    Returns:
        ``True`` when the WAL was fully checkpointed and truncated; ``False`` when
        another connection's open read kept old pages in the WAL (they are removed by
        the next checkpoint once that reader is gone — call :func:`finish_erasure`).

    Raises:
        RecordNotFoundError: there is no such household.
    """
    if conn.in_transaction:
        raise RuntimeError("erase_household must run outside a transaction")
    with transaction(conn):
        erase_rows(conn, audit, household_id)
    return finish_erasure(conn)


def erase_rows(
    conn: Connection, audit: AuditLog, household_id: int, *, optimize: bool = True
) -> None:
    """Do the erasure's writes inside the caller's transaction.

    For callers that erase as part of a larger change (a case-record withdrawal, the
    retention purge); they must call :func:`finish_erasure` after COMMIT. With
    ``optimize=False`` the caller runs ``search.purge_deleted`` once after many erasures.

    Raises:
        RecordNotFoundError: there is no such household.
    """
    row = conn.execute("SELECT reference FROM households WHERE id = ?", (household_id,)).fetchone()
    require_found(0 if row is None else 1)
    fts.remove_household(conn, household_id)
    conn.execute("DELETE FROM households WHERE id = ?", (household_id,))
    # A form left open on this household may have been saved as a draft on lock.
    conn.execute("DELETE FROM drafts WHERE key IN (?, ?)", (str(row[0]), str(household_id)))
    audit.append(AuditAction.ERASE, "household", household_id)
    if optimize:
        fts.purge_deleted(conn)


def finish_erasure(conn: Connection) -> bool:
    """Checkpoint and truncate the WAL; return whether it fully succeeded."""
    checkpoint_truncate(conn)
    busy, log_frames, _checkpointed = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return bool(busy == 0 and log_frames == 0)
