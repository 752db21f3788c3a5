"""Field rules shared by every form: plain functions that return a message or ``None``.

Each rule takes what a person typed and answers with a short, translated sentence that
says what is wrong and what to do, or ``None`` when the value is fine. The GUI shows the
message next to the field (``desktop_app.gui.validation``); nothing here knows about Qt.

Limits are deliberately small: Hearth keeps short notes, not case histories
(DESIGN §4, minimal data).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import date

from desktop_app.i18n import _

#: Names, aliases, schools, key contacts, interpreter names.
MAX_NAME_CHARS = 80
#: Short free-text notes on a need or a contact.
MAX_NOTE_CHARS = 500
#: Nobody Hearth records was born more than this many years ago.
MAX_AGE_YEARS = 110

Rule = Callable[[str], str | None]


def required(text: str) -> str | None:
    """Refuse an empty (or only blank) value."""
    if not text.strip():
        return _("This field is needed. Please fill it in.")
    return None


def max_length(limit: int) -> Rule:
    """Return a rule refusing text longer than ``limit`` characters."""

    def rule(text: str) -> str | None:
        if len(text) > limit:
            return _("Please shorten this to {limit} characters (it has {count}).").format(
                limit=limit, count=len(text)
            )
        return None

    return rule


def ascii_digits(text: str) -> str:
    """Return ``text`` with every decimal digit as 0–9 ("٢٠١٧" and "۲۰۱۷" → "2017").

    Arabic and Persian keyboards type their own digits; a year is the same year in any.
    """
    out = []
    for char in text:
        value = unicodedata.decimal(char, None)
        out.append(str(value) if value is not None else char)
    return "".join(out)


def birth_year(text: str, *, today: date | None = None, child: bool = False) -> str | None:
    """Check an optional birth year: four digits, not in the future, not impossibly old.

    Args:
        text: what was typed; blank is fine (the birth year is optional).
        today: the reference date (tests pass one).
        child: a child must have been born within the last 25 years.
    """
    value = ascii_digits(text.strip())
    if not value:
        return None
    this_year = (today or date.today()).year
    if not (value.isascii() and value.isdigit() and len(value) == 4):
        return _("Write the birth year as four digits, for example {example}.").format(
            example=this_year - 8
        )
    year = int(value)
    if year > this_year:
        return _("This year is in the future. Check the birth year.")
    if year < this_year - MAX_AGE_YEARS:
        return _("This birth year is too long ago. Check it, or use an age band instead.")
    if child and year < this_year - 25:
        return _(
            "A child born in {year} would be an adult now. Check the year or the role."
        ).format(year=year)
    return None


def not_in_future(value: date, *, today: date | None = None) -> str | None:
    """Refuse a date after today (something that already happened, like a contact)."""
    if value > (today or date.today()):
        return _("This date is in the future. A contact is recorded once it has happened.")
    return None


def not_before(value: date, earliest: date) -> str | None:
    """Refuse a date before ``earliest`` (a next contact before the contact itself)."""
    if value < earliest:
        return _("This date is before {earliest}. Pick a later date.").format(
            earliest=earliest.isoformat()
        )
    return None


def first_problem(text: str, rules: list[Rule]) -> str | None:
    """Return the message of the first rule ``text`` breaks, or ``None``."""
    for rule in rules:
        message = rule(text)
        if message is not None:
            return message
    return None


def parse_birth_year(text: str) -> int | None:
    """Return the birth year typed (already checked by :func:`birth_year`), or ``None``."""
    value = ascii_digits(text.strip())
    return int(value) if value else None
