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


def native_name(language: str) -> str:
    """Return the language's name in its own script (e.g. "العربية"), or the code."""
    locale = _locale(language)
    if locale is None or not locale.display_name:
        return language
    name = str(locale.display_name)
    # CLDR gives some names in lower case ("français"); a picker reads better capitalised.
    return name[:1].upper() + name[1:]


def resolve_language(
    requested: str | None, saved: str | None, system: str | None, available: list[str]
) -> str:
    """Pick the UI language: the one asked for, else the saved one, else the system's.

    Each candidate is tried as given and then as its bare language (``fr_CA`` → ``fr``);
    anything without a catalog falls back to English, the source language.
    """
    for candidate in (requested, saved, system):
        if not candidate:
            continue
        normalised = candidate.replace("-", "_")
        for option in (normalised, normalised.split("_")[0]):
            if option in available:
                return option
    return "en"
