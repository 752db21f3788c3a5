"""The consent guard every repository write passes (minimal data, DESIGN §4–§5).

Before a write to an existing household, the repositories ask :func:`require_fields`
(or :func:`require_writable`): the household's current consent decides which fields may
be stored (:func:`desktop_app.core.consent.check_fields`), and a case-record consent
past its review date makes the whole household read-only until it is renewed.
"Today" is the day of the audit log's clock, so tests pin it with a fixed clock.
"""

from __future__ import annotations

from collections.abc import Iterable

from desktop_app.core.consent import check_fields, check_writable
from desktop_app.core.models import ConsentEvent, ConsentPurpose
from desktop_app.vault.audit import AuditLog
from desktop_app.vault.connection import Connection
from desktop_app.vault.repositories._base import require_found


def require_writable(
    conn: Connection, audit: AuditLog, household_id: int
) -> dict[ConsentPurpose, ConsentEvent]:
    """Refuse writes to a missing household or one without current case-record consent.

    Returns:
        The household's latest consent event per purpose.

    Raises:
        RecordNotFoundError: no such household.
        ConsentRequiredError: no current case-record consent.
        ConsentExpiredError: the case-record consent is past its review date.
    """
    from desktop_app.vault.repositories.consent import current_events

    row = conn.execute("SELECT 1 FROM households WHERE id = ?", (household_id,)).fetchone()
    require_found(0 if row is None else 1)
    latest = current_events(conn, household_id)
    check_writable(latest, audit.today())
    return latest


def require_fields(
    conn: Connection, audit: AuditLog, household_id: int, used: Iterable[str]
) -> None:
    """Refuse a write that would store ``used`` fields without their purpose.

    Raises:
        RecordNotFoundError, ConsentRequiredError, ConsentExpiredError.
    """
    latest = require_writable(conn, audit, household_id)
    check_fields(used, latest, audit.today())


def household_of(conn: Connection, table: str, record_id: int) -> int:
    """Return the household a record of ``table`` belongs to.

    Raises:
        RecordNotFoundError: no such record.
    """
    row = conn.execute(f"SELECT household_id FROM {table} WHERE id = ?", (record_id,)).fetchone()
    require_found(0 if row is None else 1)
    return int(row[0])
