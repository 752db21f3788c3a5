"""People rows (part of the household aggregate; used by HouseholdRepository)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from desktop_app.core.models import (
    AgeBand,
    EnglishProficiency,
    EsolLevel,
    Person,
    PriorSchooling,
    Role,
)
from desktop_app.vault.connection import Connection
from desktop_app.vault.repositories._base import b2i, enum_or_none, i2b

COLUMNS = (
    "role, given_name, age_band, birth_year, school_year, class_name, english_proficiency,"
    " prior_schooling, esol_level, wants_esol"
)
INSERT = (
    f"INSERT INTO people (id, household_id, {COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _v(value: Any) -> Any:
    return None if value is None else value.value


def params(person: Person) -> tuple[Any, ...]:
    """Return the column values of a person, in ``COLUMNS`` order."""
    p = person
    return (
        p.role.value,
        p.given_name,
        _v(p.age_band),
        p.birth_year,
        p.school_year,
        p.class_name,
        _v(p.english_proficiency),
        _v(p.prior_schooling),
        _v(p.esol_level),
        b2i(p.wants_esol),
    )


def insert(conn: Connection, household_id: int, person: Person) -> int:
    """Insert a person; return the new id."""
    return int(conn.execute(INSERT, (None, household_id, *params(person))).lastrowid)


def update(conn: Connection, person_id: int, person: Person) -> int | None:
    """Update a person; return their household id, or ``None`` if there is no such person."""
    assignments = ", ".join(f"{c.strip()} = ?" for c in COLUMNS.split(","))
    conn.execute(f"UPDATE people SET {assignments} WHERE id = ?", (*params(person), person_id))
    row = conn.execute("SELECT household_id FROM people WHERE id = ?", (person_id,)).fetchone()
    return None if row is None else int(row[0])


def from_row(raw: Sequence[Any]) -> Person:
    """Build a person from ``id, household_id, COLUMNS``."""
    return Person(
        id=raw[0],
        household_id=raw[1],
        role=Role(raw[2]),
        given_name=raw[3],
        age_band=enum_or_none(AgeBand, raw[4]),
        birth_year=raw[5],
        school_year=raw[6],
        class_name=raw[7],
        english_proficiency=enum_or_none(EnglishProficiency, raw[8]),
        prior_schooling=enum_or_none(PriorSchooling, raw[9]),
        esol_level=enum_or_none(EsolLevel, raw[10]),
        wants_esol=i2b(raw[11]),
    )


def people_for(conn: Connection, household_id: int) -> list[Person]:
    """Return the people of a household, in the order they were added."""
    rows = conn.execute(
        f"SELECT id, household_id, {COLUMNS} FROM people WHERE household_id = ? ORDER BY id",
        (household_id,),
    ).fetchall()
    return [from_row(r) for r in rows]
