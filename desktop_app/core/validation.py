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
#: A child's year group ("Year 4", "Reception") or class ("4B", "Oak class").
MAX_SHORT_CHARS = 40
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


def not_after_today(value: date, *, today: date | None = None) -> str | None:
    """Refuse a date after today for something recorded as done (closing, a status)."""
    if value > (today or date.today()):
        return _("This date is in the future. Pick today or an earlier day.")
    return None


def not_before(value: date, earliest: date) -> str | None:
    """Refuse a date before ``earliest`` (a next contact before the contact itself)."""
    if value < earliest:
        return _("This date is before {earliest}. Pick a later date.").format(
            earliest=format_day(earliest)
        )
    return None


def format_day(value: date) -> str:
    """Return a date as people read it in the UI language ("3 Nov 2026")."""
    from babel.dates import format_date

    from desktop_app.i18n import current_language

    try:
        return str(format_date(value, format="medium", locale=current_language()))
    except (ValueError, LookupError):
        return value.isoformat()


#: Age bands as (youngest, oldest) ages; ``None``: no upper end.
_BAND_AGES: dict[str, tuple[int, int | None]] = {
    "0-4": (0, 4),
    "5-10": (5, 10),
    "11-15": (11, 15),
    "16-17": (16, 17),
    "18-24": (18, 24),
    "25-39": (25, 39),
    "40-59": (40, 59),
    "60+": (60, None),
}


def birth_year_in_band(text: str, band: str, *, today: date | None = None) -> str | None:
    """Refuse a birth year that cannot fit the age band also recorded (either is optional).

    Only the year is known, so someone born in 2016 is 9 or 10 in 2026: a year fits a
    band if either age does.
    """
    value = ascii_digits(text.strip())
    if not value or not band or band not in _BAND_AGES:
        return None
    if not (value.isascii() and value.isdigit() and len(value) == 4):
        return None  # birth_year() explains the format
    this_year = (today or date.today()).year
    oldest_age, youngest_age = this_year - int(value), this_year - int(value) - 1
    low, high = _BAND_AGES[band]
    if oldest_age < low or (high is not None and youngest_age > high):
        return _(
            "Someone born in {year} is about {age} now, which is not in the age band "
            "{band}. Check the year or the age band."
        ).format(year=value, age=max(oldest_age, 0), band=band)
    return None


def person_rules(
    field: str, *, child: bool, age_band: str = "", today: date | None = None
) -> list[Rule]:
    """Return the rules for one field of a person (the same in the intake and the record).

    Args:
        field: ``given_name``, ``birth_year``, ``school_year`` or ``class_name``.
        child: whether the person is a child (a child is born within 25 years).
        age_band: the age band recorded for them, if any (the birth year must fit it).
        today: the reference date (tests pass one).
    """
    if field == "given_name":
        return [max_length(MAX_NAME_CHARS)]
    if field == "birth_year":
        return [
            lambda text: birth_year(text, today=today, child=child),
            lambda text: birth_year_in_band(text, age_band, today=today),
        ]
    if field in ("school_year", "class_name"):
        return [max_length(MAX_SHORT_CHARS)]
    raise KeyError(field)


def person_problem(
    *,
    role_is_child: bool,
    given_name: str,
    birth_year_text: str,
    age_band: str,
    school_year: str,
    class_name: str,
    today: date | None = None,
) -> tuple[str, str] | None:
    """Return ``(field, message)`` for the first problem with a person, or ``None``."""
    values = {
        "given_name": given_name,
        "birth_year": birth_year_text,
        "school_year": school_year if role_is_child else "",
        "class_name": class_name if role_is_child else "",
    }
    for name, text in values.items():
        found = first_problem(
            text, person_rules(name, child=role_is_child, age_band=age_band, today=today)
        )
        if found is not None:
            return name, found
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
