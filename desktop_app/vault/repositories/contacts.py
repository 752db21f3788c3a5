"""Contacts with a household: the timeline, and the next-contact-due dates it drives."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from desktop_app.core.models import Contact, ContactKind, InterpreterMode, NeedCategory
from desktop_app.vault import search as fts
from desktop_app.vault.audit import AuditAction
from desktop_app.vault.connection import Connection
from desktop_app.vault.repositories._base import (
    Repository,
    d2s,
    list2s,
    require_found,
    require_id,
    s2d,
    s2d_req,
    s2list,
    writing,
)
from desktop_app.vault.repositories._guard import household_of, require_writable
from desktop_app.vault.repositories.households import refresh_contact_dates

ENTITY = "contact"
COLUMNS = (
    "kind, contact_on, duration_minutes, language, interpreter_mode, interpreter_name,"
    " topics, note, next_contact_due, staff_member"
)
INSERT = (
    f"INSERT INTO contacts (id, household_id, {COLUMNS})"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def params(contact: Contact) -> tuple[Any, ...]:
    """Return a contact's column values in ``COLUMNS`` order."""
    c = contact
    return (
        c.kind.value,
        c.contact_on.isoformat(),
        c.duration_minutes,
        c.language,
        c.interpreter_mode.value,
        c.interpreter_name,
        list2s(t.value for t in c.topics),
        c.note,
        d2s(c.next_contact_due),
        c.staff_member,
    )


def insert_contact(conn: Connection, household_id: int, contact: Contact) -> Contact:
    """Insert a contact row (no date refresh, no indexing); return it with ids."""
    contact_id = int(conn.execute(INSERT, (None, household_id, *params(contact))).lastrowid)
    return dataclasses.replace(contact, id=contact_id, household_id=household_id)


def _from_row(raw: Sequence[Any]) -> Contact:
    return Contact(
        id=raw[0],
        household_id=raw[1],
        kind=ContactKind(raw[2]),
        contact_on=s2d_req(raw[3]),
        duration_minutes=raw[4],
        language=raw[5],
        interpreter_mode=InterpreterMode(raw[6]),
        interpreter_name=raw[7],
        topics=tuple(NeedCategory(t) for t in s2list(raw[8])),
        note=raw[9],
        next_contact_due=s2d(raw[10]),
        staff_member=raw[11],
    )


def contacts_for(conn: Connection, household_id: int, limit: int = -1) -> list[Contact]:
    """Return a household's contacts, newest first (``limit`` -1: all)."""
    rows = conn.execute(
        f"SELECT id, household_id, {COLUMNS} FROM contacts WHERE household_id = ?"
        " ORDER BY contact_on DESC, id DESC LIMIT ?",
        (household_id, limit),
    ).fetchall()
    return [_from_row(r) for r in rows]


class ContactRepository(Repository):
    """Meetings, visits, calls, events and workshops with a household."""

    def add(self, household_id: int, contact: Contact) -> Contact:
        """Log a contact; updates the household's last/next contact dates."""
        with writing(self._conn) as conn:
            require_writable(conn, self._audit, household_id)
            stored = insert_contact(conn, household_id, contact)
            self._audit.append(AuditAction.CREATE, ENTITY, stored.id)
            refresh_contact_dates(conn, household_id)
            fts.index_household(conn, household_id)
        return stored

    def update(self, contact: Contact) -> Contact:
        """Save a corrected contact."""
        contact_id = require_id(contact.id)
        with writing(self._conn) as conn:
            require_writable(conn, self._audit, household_of(conn, "contacts", contact_id))
            assignments = ", ".join(f"{c.strip()} = ?" for c in COLUMNS.split(","))
            cursor = conn.execute(
                f"UPDATE contacts SET {assignments} WHERE id = ?", (*params(contact), contact_id)
            )
            require_found(cursor.rowcount)
            household_id = conn.execute(
                "SELECT household_id FROM contacts WHERE id = ?", (contact_id,)
            ).fetchone()[0]
            self._audit.append(AuditAction.UPDATE, ENTITY, contact_id)
            refresh_contact_dates(conn, household_id)
            fts.index_household(conn, household_id)
        return dataclasses.replace(contact, household_id=household_id)

    def get(self, contact_id: int) -> Contact | None:
        """Return one contact."""
        raw = self._conn.execute(
            f"SELECT id, household_id, {COLUMNS} FROM contacts WHERE id = ?", (contact_id,)
        ).fetchone()
        return None if raw is None else _from_row(raw)

    def timeline(self, household_id: int, limit: int = -1) -> list[Contact]:
        """Return a household's contacts, newest first."""
        return contacts_for(self._conn, household_id, limit)
