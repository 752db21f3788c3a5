"""Words for the Reports page: periods, indicator cells, and why a cell has no number.

Payload cells name their breakdown by codes (``need_category=housing``,
``interpreter=qualified``); staff read words. Vocabulary values the data model knows go
through :func:`desktop_app.gui.labels.label`; the reporting groups the statistics layer
adds (language groups, interpreter groups, "met within 90 days", …) are named here.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from desktop_app.core.models import ContactKind, EventKind, NeedCategory, ReferralStatus
from desktop_app.gui.labels import label
from desktop_app.i18n import N_, _, current_language, pgettext
from desktop_app.i18n.locales import language_name
from desktop_app.stats.indicators import INDICATORS, OTHER, Indicator
from desktop_app.stats.payload import PublishedValue, Suppression
from desktop_app.stats.periods import Period

_GROUP_WORDS: dict[tuple[str, str], str] = {
    ("interpreter", "qualified"): N_("A qualified interpreter"),
    ("interpreter", "family_member"): N_("A family member (adult)"),
    ("interpreter", "child"): N_("A child interpreted"),
    ("interpreter", "none"): N_("No interpreter"),
    ("met_within_90_days", "yes"): N_("Met within 90 days"),
    ("met_within_90_days", "no"): N_("Met after more than 90 days"),
    ("school_place", "recorded"): N_("School year or class recorded"),
    ("school_place", "not_recorded"): N_("No school year or class recorded yet"),
}

_ENUMS: dict[str, type[StrEnum]] = {
    "need_category": NeedCategory,
    "contact_kind": ContactKind,
    # Every kind of event, the ones added later (ESOL sessions, celebrations) included.
    "event_kind": EventKind,
}

_INDICATORS: dict[str, Indicator] = {ind.id: ind for ind in INDICATORS}


def option_text(dimension: str, option: str) -> str:
    """Return one breakdown option in words ("Housing", "A qualified interpreter")."""
    enum = _ENUMS.get(dimension)
    if enum is not None:
        try:
            return label(enum(option))
        except ValueError:
            return option
    if dimension == "language_group":
        if option == OTHER:
            return _("Other languages")
        return language_name(option, current_language())
    word = _GROUP_WORDS.get((dimension, option))
    return _(word) if word is not None else option


def cell_text(dimensions: tuple[tuple[str, str], ...]) -> str:
    """Return a cell's breakdown in words; the grand total is "Total"."""
    if not dimensions:
        return pgettext("statistics", "Total")
    return " · ".join(option_text(d, o) for d, o in dimensions)


def indicator_title(indicator_id: str) -> str:
    """Return an indicator's translated title (its id if it is not one of ours)."""
    found = _INDICATORS.get(indicator_id)
    return _(found.title) if found is not None else indicator_id


def indicator_definition(indicator_id: str) -> str:
    """Return what an indicator counts, in words ("" if it is not one of ours)."""
    found = _INDICATORS.get(indicator_id)
    return _(found.definition) if found is not None else ""


def suppression_note(reason: Suppression, threshold: int) -> str:
    """Why a cell carries no number, in plain words."""
    if reason is Suppression.PRIMARY:
        return _("Hidden: a small number (fewer than {threshold})").format(threshold=threshold)
    if reason is Suppression.SECONDARY:
        return _("Hidden so that another hidden number cannot be worked out")
    return ""


def value_note(value: PublishedValue, threshold: int, rounding_base: int, noisy: bool) -> str:
    """The note beside one published cell: why hidden, or how its number was changed."""
    if value.value is None:
        note = suppression_note(value.suppressed, threshold)
        if noisy:
            note += " " + _("(after noise was added)")
        return note
    notes = []
    if noisy:
        notes.append(_("Noise added"))
    if rounding_base > 1 and value.value:
        notes.append(_("Rounded to a multiple of {base}").format(base=rounding_base))
    return "; ".join(notes)


def value_text(value: PublishedValue) -> str:
    """The number as sent, or a dash for a hidden cell."""
    return "—" if value.value is None else str(value.value)


def referral_status_text(status: str) -> str:
    """A referral status in words."""
    try:
        return label(ReferralStatus(status))
    except ValueError:
        return status


# ------------------------------------------------------------------ periods


def _format_date(day: date, pattern: str) -> str:
    from babel.dates import format_date

    try:
        return str(format_date(day, format=pattern, locale=current_language()))
    except (ValueError, LookupError):
        return day.isoformat()


def month_text(month: str) -> str:
    """``2026-10`` → "October 2026" in the UI language."""
    year, number = (int(part) for part in month.split("-"))
    from babel.dates import format_skeleton

    day = date(year, number, 1)
    try:
        return str(format_skeleton("yMMMM", day, locale=current_language()))
    except (ValueError, LookupError, KeyError):
        return _format_date(day, "MMMM y")


def short_month_text(month: str) -> str:
    """``2026-10`` → "Oct 2026" (for chart axes)."""
    year, number = (int(part) for part in month.split("-"))
    from babel.dates import format_skeleton

    day = date(year, number, 1)
    try:
        return str(format_skeleton("yMMM", day, locale=current_language()))
    except (ValueError, LookupError, KeyError):
        return _format_date(day, "MMM y")


def period_text(code: str) -> str:
    """``2026-10`` → "October 2026"; ``2026Q4`` → "October to December 2026 (Q4)"."""
    period = Period.parse(code)
    if period.is_month:
        return month_text(code)
    last = date(period.start.year, period.start.month + 2, 1)
    return _("{first} to {last} {year} (quarter {quarter})").format(
        first=_format_date(period.start, "LLLL"),
        last=_format_date(last, "LLLL"),
        year=period.start.year,
        quarter=(period.start.month - 1) // 3 + 1,
    )
