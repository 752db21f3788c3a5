"""Translations for Hearth, through one gettext catalog per language.

Import the functions explicitly (``from desktop_app.i18n import _``); never install
``_`` into builtins. Translate first, then format with named placeholders::

    _("Saved {count} records").format(count=n)   # right: the placeholder is in the msgid
    _("Saved") + f" {n} " + _("records")            # wrong: translators cannot reorder it

Module-level strings use ``N_()`` to be extracted but translated later, at use.

This is the staff UI's domain (``hearth``). Texts of documents handed to a family
(leaflets, receipts, referral slips, the subject-access export) live in their own
domain, ``family``: mark them with ``FN_`` from :mod:`desktop_app.i18n.family`.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop_app.i18n.catalog import Catalog, SourceCatalog, available_languages, load_catalog
from desktop_app.i18n.locales import text_direction
from desktop_app.i18n.pseudo import FORMATS_LIKE, PSEUDO_LANGUAGE

__all__ = [
    "N_",
    "_",
    "active_catalog",
    "available_languages",
    "current_language",
    "gettext_for",
    "isolate",
    "ngettext",
    "npgettext",
    "pgettext",
    "set_language",
    "text_direction",
]

_state: dict[str, Catalog | SourceCatalog | str] = {"catalog": SourceCatalog(), "language": "en"}


def isolate(text: str) -> str:
    """Wrap data of unknown direction (a name, a code, a number) in a Unicode isolate.

    An Arabic name inside an English sentence (or a Latin reference code or phone
    number inside an Arabic one) then keeps its own order and cannot reorder the
    words and punctuation around it. Empty text stays empty.
    """
    return f"\u2068{text}\u2069" if text else text


def set_language(language: str) -> None:
    """Make ``language`` the active UI language for every later lookup.

    The pseudo-language (``x-pseudo``, :mod:`desktop_app.i18n.pseudo`) translates every
    message; its dates, numbers and language names are English ones.
    """
    _state["catalog"] = load_catalog(language)
    _state["language"] = FORMATS_LIKE if language == PSEUDO_LANGUAGE else language


def current_language() -> str:
    """Return the active UI language code (whose dates, numbers and names the UI uses)."""
    language = _state["language"]
    assert isinstance(language, str)
    return language


def active_catalog() -> Catalog | SourceCatalog:
    """Return the active catalog (used by the Qt translator bridge)."""
    catalog = _state["catalog"]
    assert not isinstance(catalog, str)
    return catalog


def _(message: str) -> str:
    """Translate ``message`` into the active language."""
    return active_catalog().gettext(message)


def N_(message: str) -> str:  # noqa: N802 - the gettext convention
    """Mark ``message`` for extraction without translating it yet."""
    return message


def ngettext(singular: str, plural: str, n: int) -> str:
    """Translate a message whose form depends on the number ``n``."""
    return active_catalog().ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """Translate a short message whose meaning depends on ``context``."""
    return active_catalog().pgettext(context, message)


def npgettext(context: str, singular: str, plural: str, n: int) -> str:
    """Translate a plural message with a disambiguating context."""
    return active_catalog().npgettext(context, singular, plural, n)


def gettext_for(language: str) -> tuple[Callable[[str], str], str]:
    """Return a translation function bound to ``language``, without switching the UI.

    UI strings in another staff language. Documents handed to a family use their own
    domain instead: :func:`desktop_app.i18n.family.family_texts`.

    Returns:
        ``(gettext, language_used)``: ``language_used`` is ``language`` (or its base,
        ``fa-AF`` → ``fa``) when a catalog exists, else ``"en"`` (the source texts).
    """
    available = available_languages()
    for option in (language.replace("-", "_"), language.split("-")[0].split("_")[0]):
        if option in available:
            catalog = _state["catalog"] if option == current_language() else load_catalog(option)
            assert not isinstance(catalog, str)
            return catalog.gettext, option
    return SourceCatalog().gettext, "en"
