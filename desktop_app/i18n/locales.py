"""Facts about languages, from Babel's CLDR data rather than hand-kept lists."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from babel import Locale


# Hearth's source and most common staff languages: skip loading CLDR data for them.
_KNOWN_LTR = frozenset({"en"})


@cache
def _locale(language: str) -> Locale | None:
    # Babel's CLDR machinery is imported on first use: it costs start-up time.
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return None


def text_direction(language: str) -> Literal["ltr", "rtl"]:
    """Return ``"rtl"`` for right-to-left languages (ar, fa, ps, ur, ckb, …)."""
    if language.split("_")[0] in _KNOWN_LTR:
        return "ltr"
    locale = _locale(language)
    if locale is None:
        return "ltr"
    return "rtl" if locale.text_direction == "rtl" else "ltr"


@cache
def writing_script(language: str) -> str:
    """Return the ISO 15924 script a language is usually written in ("Arab", "Ethi").

    From CLDR's likely subtags (``ar`` → ``ar_Arab_EG``); an explicit script subtag
    wins (``sr-Latn``). Unknown tags give ``"Latn"``.
    """
    from babel.core import get_global

    parts = [p for p in language.replace("-", "_").split("_") if p]
    for part in parts[1:]:
        if len(part) == 4 and part.isalpha():
            return part.title()
    likely = get_global("likely_subtags")
    for key in ("_".join(parts), parts[0] if parts else ""):
        found = likely.get(key) if key else None
        if found:
            script = next((p for p in found.split("_")[1:] if len(p) == 4), None)
            if script:
                return str(script)
    return "Latn"


def native_name(language: str) -> str:
    """Return the language's name in its own script (e.g. "العربية"), or the code."""
    return language_name(language, language)


#: Languages families commonly speak, offered first by the family-language picker
#: (BCP 47; ``fa-AF`` is Dari). Any other tag Babel knows can still be stored.
FAMILY_LANGUAGES = (
    "ar", "fa-AF", "fa", "ps", "uk", "ti", "so", "ckb", "ku", "ur", "pl", "ro", "ru",
    "en", "fr", "es", "pt", "am", "ta", "sq", "tr", "bn", "pa", "vi", "zh", "sw", "om",
    "ln", "ne", "my", "hi", "it", "de", "bg", "lt",
)  # fmt: skip


def language_name(language: str, in_language: str) -> str:
    """Return ``language``'s name as written in ``in_language`` ("Arabic", "العربية").

    Region-qualified tags use CLDR's own name when it has one (``fa-AF`` is "Dari",
    "دری"), not "Persian (Afghanistan)". Unknown tags come back unchanged.
    """
    locale = _locale(language)
    display = _locale(in_language) or _locale("en")
    if locale is None or display is None:
        return language
    name = display.languages.get(str(locale)) or locale.get_display_name(display)
    if not name:
        return language
    # CLDR gives some names in lower case ("français"); a picker reads better capitalised.
    return str(name[:1].upper() + name[1:])


def resolve_language(
    requested: str | None, saved: str | None, system: str | None, available: list[str]
) -> str:
    """Pick the UI language: the one asked for, else the saved one, else the system's.

    Each candidate is tried as given and then as its bare language (``fr_CA`` → ``fr``);
    anything without a catalog falls back to English, the source language. The
    developers' pseudo-language (``x-pseudo``) is only ever taken when asked for.
    """
    from desktop_app.i18n.pseudo import PSEUDO_LANGUAGE

    if requested == PSEUDO_LANGUAGE:
        return requested
    for candidate in (requested, saved, system):
        if not candidate:
            continue
        normalised = candidate.replace("-", "_")
        for option in (normalised, normalised.split("_")[0]):
            if option in available:
                return option
    return "en"
