"""Storage limitation (GDPR Art. 5(1)(e)): closed households are erased after a while.

A closed household is kept for the retention period (default 24 months, the vault
setting ``retention.closed_months``) after the day it closed, then erased like any
other erasure (:mod:`.erasure`). :func:`purge_expired` does it; the GUI calls
:func:`purge_on_unlock` after every unlock and ``hearth purge`` runs it headless. Both
report counts only, never names or references.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from desktop_app.core.consent import DEFAULT_RETENTION_MONTHS, erase_after
from desktop_app.vault import search as fts
from desktop_app.vault.audit import AuditLog
from desktop_app.vault.connection import Connection, transaction
from desktop_app.vault.erasure import erase_rows, finish_erasure

if TYPE_CHECKING:
    from desktop_app.vault.services import VaultServices

#: The vault setting holding the retention period in months.
RETENTION_SETTING = "retention.closed_months"
#: The shortest retention period a setting may ask for (a typo must not erase a year).
MIN_RETENTION_MONTHS = 1


@dataclass(frozen=True, slots=True)
class PurgeReport:
    """What a purge found and did: counts only."""

    retention_months: int
    due: int  # closed households past the retention period
    erased: int  # 0 on a dry run
    dry_run: bool
    wal_clean: bool = True


def retention_months(conn: Connection) -> int:
    """Return the vault's retention period in months (the default if unset or invalid)."""
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (RETENTION_SETTING,)).fetchone()
    try:
        months = int(row[0]) if row is not None else DEFAULT_RETENTION_MONTHS
    except ValueError:
        return DEFAULT_RETENTION_MONTHS
    return months if months >= MIN_RETENTION_MONTHS else DEFAULT_RETENTION_MONTHS


def due_for_erasure(conn: Connection, today: date, months: int | None = None) -> list[int]:
    """Return the ids of closed households kept for the whole retention period."""
    months = retention_months(conn) if months is None else months
    rows = conn.execute(
        "SELECT id, closed_on FROM households WHERE status = 'closed' AND closed_on IS NOT NULL"
        " ORDER BY id"
    ).fetchall()
    return [
        int(hid)
        for hid, closed_on in rows
        if today >= erase_after(date.fromisoformat(closed_on), months)
    ]


def purge_expired(
    conn: Connection, audit: AuditLog, today: date, *, dry_run: bool = False
) -> PurgeReport:
    """Erase every closed household past the retention period, in one transaction.

    Must run outside a transaction (the WAL is truncated after COMMIT). A dry run
    only counts: it writes nothing, not even an audit entry.
    """
    months = retention_months(conn)
    due = due_for_erasure(conn, today, months)
    if dry_run or not due:
        return PurgeReport(months, len(due), 0, dry_run)
    if conn.in_transaction:
        raise RuntimeError("purge_expired must run outside a transaction")
    with transaction(conn):
        for household_id in due:
            erase_rows(conn, audit, household_id, optimize=False)
        fts.purge_deleted(conn)
        audit.append("purge", "household", None)
    clean = finish_erasure(conn)
    return PurgeReport(months, len(due), len(due), False, clean)


def purge_on_unlock(services: VaultServices) -> PurgeReport:
    """Run the retention purge for a freshly unlocked session (the GUI shows the counts)."""
    return purge_expired(services.vault.connection, services.audit, services.audit.today())
