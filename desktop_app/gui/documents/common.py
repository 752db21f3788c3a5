"""What every family document shares: dates, language names, copies, the staff's note.

Digits: every document uses the Western digits CLDR gives Arabic, Urdu and the other
family languages' dates by default ("16 مارس 2026"), the same digits as the phone
numbers, reference codes and the staff copy beside them, so a date can be checked
across both copies of a receipt and a number can be dialled as printed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from desktop_app.i18n import _, current_language
from desktop_app.i18n.family import FN_, FamilyTexts, family_texts
from desktop_app.i18n.locales import language_name

#: "Label: value" (translators choose the punctuation: French writes "{label} : {value}").
# TRANSLATORS: one line of a form, e.g. "School: Riverside Primary".
LABEL_VALUE = FN_("{label}: {value}")
#: Every page's number, in the document's main language.
PAGE_LABEL = FN_("Page {page} of {pages}")
#: A household's reference in the footer of every page.
FOOTER_REFERENCE = FN_("Reference: {reference}")
#: Heading of a receipt's second copy, written in the staff member's language.
# TRANSLATORS: starts the school's copy of a receipt; {language} is its name.
STAFF_COPY_HEADING = FN_("For the school: the same, in {language}")
YES = FN_("Yes")
NO = FN_("No")


def babel_locale(language: str) -> str:
    """Return the Babel locale for a tag (English documents use British forms)."""
    if language.split("-")[0].split("_")[0] == "en":
        return "en_GB"
    return language.replace("-", "_")


def format_family_date(
    value: date | datetime | None, texts: FamilyTexts, form: str = "long"
) -> str:
    """Return a date as the family's language writes it ("16 مارس 2026"), "" for none.

    An instant (a decision's time, stored in UTC) is shown as the local calendar day.
    """
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.astimezone().date() if value.tzinfo else value.date()
    from babel.dates import format_date

    for locale in (babel_locale(texts.locale), texts.locale.split("-")[0], "en_GB"):
        try:
            return str(format_date(value, format=form, locale=locale))
        except (ValueError, LookupError):
            continue
    return value.isoformat()


def language_in(language: str, texts: FamilyTexts) -> str:
    """Return a language's name in the texts' language ("الأوكرانية"), "" for none."""
    if not language:
        return ""
    return language_name(language, babel_locale(texts.locale))


def yes_no(value: object, texts: FamilyTexts) -> str:
    """Return "Yes"/"No" for a boolean, "" for None."""
    if value is None or value == "":
        return ""
    return texts.gettext(YES if value else NO)


def copies(family_language: str, staff_language: str | None = None) -> list[FamilyTexts]:
    """Return the texts of a receipt's copies: the family's, then the staff's if different.

    The staff copy is in the staff member's UI language (by default the current one),
    or English when that has no family catalog; it is left out when it would be in the
    same language as the family's copy.
    """
    family = family_texts(family_language or "en")
    staff = family_texts(staff_language or current_language())
    if staff.language == family.language:
        return [family]
    return [family, staff]


@dataclass(frozen=True, slots=True)
class WrittenDocument:
    """A document that was written: where, how long, and in which language."""

    path: Path
    pages: int
    requested: str  # the family's language
    language: str  # the language its texts are really in

    @property
    def fell_back(self) -> bool:
        """Whether the texts are not in the family's language."""
        return family_texts(self.requested).fell_back

    @property
    def staff_note(self) -> str:
        """What to tell the staff member about the language ("" when all is well)."""
        return language_note(self.requested)


def language_note(family_language: str) -> str:
    """Tell the staff member, in their language, when documents are not in the family's.

    Returns "" when the family's language has a family catalog.
    """
    texts = family_texts(family_language or "en")
    if not texts.fell_back:
        return ""
    staff = current_language()
    wanted = language_name(family_language, staff)
    if texts.language == "en":
        return _(
            "Hearth has no translation into {language} of this document yet, so it is in "
            "English. Ask the interpreter to read it with the family."
        ).format(language=wanted)
    return _(
        "Hearth has no translation into {language} of this document yet, so it is in "
        "{used}. Check with the family that they can read it."
    ).format(language=wanted, used=language_name(texts.language, staff))
