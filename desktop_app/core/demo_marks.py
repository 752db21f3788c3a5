"""Marking the demo's free text, so that data can never pass for the user interface's words.

The pseudo-locale check (``tests/gui/test_pseudo_locale.py``) looks for Latin words
that the catalog did not translate. The demo's families, schools, notes and services
are written in English or transliterated into Latin letters, and would look exactly
like untranslated interface text; :func:`mark_record` rewrites every free-text field
of a record with a marking function (:func:`non_latin` turns Latin letters into
Cyrillic ones), leaving codes alone: references, language tags, e-mail addresses,
web addresses, phone numbers, HSDS ids and the vocabularies' storage values.

Pure Python (no SQL, no Qt).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from enum import Enum
from typing import Any, TypeVar

T = TypeVar("T")

#: The names of the free-text fields of the data model's records (``core.models``):
#: words a person typed. Every other string field is a code.
FREE_TEXT_FIELDS = frozenset(
    {
        # Household, Person
        "alias",
        "school",
        "key_contact",
        "assigned_worker",
        "given_name",
        "school_year",
        "class_name",
        # Need, Referral, Contact, FollowUp, Champion, check-ins, Event
        "note",
        "outcome",
        "interpreter_name",
        "staff_member",
        "what",
        "availability",
        "title",
        "year_groups",
        # Service
        "name",
        "address",
        "opening_times",
        "notes",
        "organization",
        "what_to_bring",
        # ConsentEvent
        "paper_reference",
    }
)

# Latin letter → a Cyrillic letter of about the same width and sound.
_CYRILLIC = dict(
    zip(
        "abcdefghijklmnopqrstuvwxyz",
        "абцдефгхийклмнопярстувшжыз",
        strict=True,
    )
)


def non_latin(text: str) -> str:
    """Write ``text``'s Latin letters in Cyrillic ("Riverside" → "Ривэрсиде"-like).

    Digits, punctuation and letters of other scripts are kept, so the text stays as
    long and as breakable as before, and reads as obviously made up.
    """
    out = []
    for char in text:
        lower = char.lower()
        mapped = _CYRILLIC.get(lower) if char.isascii() else None
        if mapped is None:
            out.append(char)
        else:
            out.append(mapped.upper() if char != lower else mapped)
    return "".join(out)


def _mark_value(value: Any, mark: Callable[[str], str], free: bool) -> Any:
    if isinstance(value, Enum):
        return value
    if isinstance(value, str):
        return mark(value) if free else value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return mark_record(value, mark)
    if isinstance(value, tuple):
        return tuple(_mark_value(item, mark, free) for item in value)
    if isinstance(value, list):
        return [_mark_value(item, mark, free) for item in value]
    return value


def mark_record(record: T, mark: Callable[[str], str]) -> T:
    """Return ``record`` (a dataclass, nested records included) with its free text marked."""
    if not dataclasses.is_dataclass(record) or isinstance(record, type):
        return record
    changes = {}
    for field in dataclasses.fields(record):
        value = getattr(record, field.name)
        marked = _mark_value(value, mark, field.name in FREE_TEXT_FIELDS)
        if marked is not value:
            changes[field.name] = marked
    return dataclasses.replace(record, **changes) if changes else record
