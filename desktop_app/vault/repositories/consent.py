"""Consent notices and the append-only history of consent decisions (DESIGN §5).

There is deliberately no method to change or delete a consent event: a triggers-backed
table refuses it, and only erasure of the whole household removes them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date
from typing import Any

from desktop_app.core.errors import UserFacingError
from desktop_app.core.models import (
    ConsentDecision,
    ConsentEvent,
    ConsentMethod,
    ConsentNotice,
    ConsentPurpose,
    DecidedBy,
    InterpreterMode,
)
from desktop_app.i18n import _
from desktop_app.vault.audit import AuditAction
from desktop_app.vault.connection import Connection
from desktop_app.vault.repositories._base import Repository, d2s, dt2s, s2d, s2dt, writing

ENTITY = "consent_event"
COLUMNS = (
    "purpose, decision, notice_hash, language, method, paper_reference, decided_by,"
    " interpreter_name, interpreter_language, interpreter_mode, staff_member, decided_at,"
    " review_on"
)
INSERT = (
    f"INSERT INTO consent_events (id, household_id, {COLUMNS})"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


class UnknownNoticeError(UserFacingError):
    """A consent event names a notice text that is not stored."""


def params(event: ConsentEvent) -> tuple[Any, ...]:
    """Return a consent event's column values in ``COLUMNS`` order."""
    e = event
    return (
        e.purpose.value,
        e.decision.value,
        e.notice_hash,
        e.language,
        e.method.value,
        e.paper_reference,
        e.decided_by.value,
        e.interpreter_name,
        e.interpreter_language,
        e.interpreter_mode.value,
        e.staff_member,
        dt2s(e.decided_at),
        d2s(e.review_on),
    )


def insert_consent_event(conn: Connection, household_id: int, event: ConsentEvent) -> ConsentEvent:
    """Insert a consent event; its notice must be stored already."""
    known = conn.execute(
        "SELECT 1 FROM consent_notices WHERE version_hash = ?", (event.notice_hash,)
    ).fetchone()
    if known is None:
        raise UnknownNoticeError(
            _("The consent text shown to the family is not in the vault."),
            hint=_("Save the consent notice first, then record the decision."),
        )
    new_id = int(conn.execute(INSERT, (None, household_id, *params(event))).lastrowid)
    return dataclasses.replace(event, id=new_id, household_id=household_id)


def _from_row(raw: Sequence[Any]) -> ConsentEvent:
    return ConsentEvent(
        id=raw[0],
        household_id=raw[1],
        purpose=ConsentPurpose(raw[2]),
        decision=ConsentDecision(raw[3]),
        notice_hash=raw[4],
        language=raw[5],
        method=ConsentMethod(raw[6]),
        paper_reference=raw[7],
        decided_by=DecidedBy(raw[8]),
        interpreter_name=raw[9],
        interpreter_language=raw[10],
        interpreter_mode=InterpreterMode(raw[11]),
        staff_member=raw[12],
        decided_at=s2dt(raw[13]),
        review_on=s2d(raw[14]),
    )


def consent_history(conn: Connection, household_id: int) -> list[ConsentEvent]:
    """Return every consent event of a household, oldest first."""
    rows = conn.execute(
        f"SELECT id, household_id, {COLUMNS} FROM consent_events WHERE household_id = ?"
        " ORDER BY id",
        (household_id,),
    ).fetchall()
    return [_from_row(r) for r in rows]


class ConsentRepository(Repository):
    """Consent notices (versioned texts) and decisions (append-only events)."""

    def save_notice(self, notice: ConsentNotice) -> str:
        """Store a notice text if it is new; return its version hash."""
        with writing(self._conn) as conn:
            cursor = conn.execute(
                "INSERT OR IGNORE INTO consent_notices (version_hash, purpose, language, text)"
                " VALUES (?, ?, ?, ?)",
                (notice.version_hash, notice.purpose.value, notice.language, notice.text),
            )
            if cursor.rowcount:
                self._audit.append(AuditAction.CREATE, "consent_notice", None)
        return notice.version_hash

    def notice(self, version_hash: str) -> ConsentNotice | None:
        """Return the exact text a family was shown."""
        raw = self._conn.execute(
            "SELECT purpose, language, text, version_hash FROM consent_notices"
            " WHERE version_hash = ?",
            (version_hash,),
        ).fetchone()
        return (
            None if raw is None else ConsentNotice(ConsentPurpose(raw[0]), raw[1], raw[2], raw[3])
        )

    def record(self, household_id: int, event: ConsentEvent) -> ConsentEvent:
        """Append a consent decision for a household."""
        with writing(self._conn) as conn:
            stored = insert_consent_event(conn, household_id, event)
            self._audit.append(AuditAction.CREATE, ENTITY, stored.id)
        return stored

    def history(self, household_id: int) -> list[ConsentEvent]:
        """Return every decision of a household, oldest first."""
        return consent_history(self._conn, household_id)

    def current(self, household_id: int) -> dict[ConsentPurpose, ConsentEvent]:
        """Return the latest decision per purpose."""
        latest: dict[ConsentPurpose, ConsentEvent] = {}
        for event in consent_history(self._conn, household_id):
            latest[event.purpose] = event
        return latest

    def has_consent(self, household_id: int, purpose: ConsentPurpose) -> bool:
        """Whether the latest decision for ``purpose`` grants it."""
        event = self.current(household_id).get(purpose)
        return event is not None and event.decision.grants

    def households_with_consent(self, purpose: ConsentPurpose) -> set[int]:
        """Return the ids of households whose latest decision for ``purpose`` grants it."""
        rows = self._conn.execute(
            "SELECT household_id, decision FROM consent_events e WHERE purpose = ?"
            " AND id = (SELECT max(id) FROM consent_events WHERE household_id = e.household_id"
            " AND purpose = e.purpose)",
            (purpose.value,),
        ).fetchall()
        return {hid for hid, decision in rows if ConsentDecision(decision).grants}

    def due_for_review(self, today: date) -> list[ConsentEvent]:
        """Return current (latest per purpose) granting decisions whose review date passed."""
        rows = self._conn.execute(
            f"SELECT id, household_id, {COLUMNS} FROM consent_events e"
            " WHERE review_on IS NOT NULL AND review_on <= ? AND decision IN ('given', 'renewed')"
            " AND id = (SELECT max(id) FROM consent_events WHERE household_id = e.household_id"
            " AND purpose = e.purpose) ORDER BY review_on, id",
            (today.isoformat(),),
        ).fetchall()
        return [_from_row(r) for r in rows]
