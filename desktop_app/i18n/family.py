"""The ``family`` gettext domain: the fixed texts of documents handed to a family.

Staff read Hearth in their language (domain ``hearth``); families read what they take
home — the intake leaflet, consent and withdrawal receipts, referral slips, the
subject-access export — in *theirs*, which is often one no staff member reads. The two
sets of languages differ, so the documents' texts are a domain of their own
(``resources/translations/family.pot``, one ``<folder>/LC_MESSAGES/family.po`` per
language) that holds nothing but those texts (~250 short sentences and words).

Rules for these strings: mark them with :func:`FN_` (or :func:`FNP_` for a plural) where
they are defined, translate them at render time with the :class:`FamilyTexts` of the
family's language, named placeholders only, written plainly (a reading age of about 9).

Languages are BCP 47 tags (``ar``, ``fa-AF`` for Dari, ``ckb`` for Kurdish Sorani); a
catalog's folder is the tag with ``_`` for ``-`` (gettext's convention: ``fa_AF``). A
family language without a catalog falls back along its tag (``fa-AF`` → ``fa``, the
Persian most Dari readers read) and then to English; :attr:`FamilyTexts.fell_back` lets
the staff member be told. Adding a language is adding its ``family.po`` (and its consent
notices under ``resources/consent/``): nothing else.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from desktop_app.i18n.catalog import (
    FAMILY_DOMAIN,
    Catalog,
    CatalogReview,
    SourceCatalog,
    available_languages,
    catalog_path,
    catalog_review,
    load_catalog,
)

__all__ = [
    "FAMILY_DOCUMENT_LANGUAGES",
    "FAMILY_DOMAIN",
    "FNP_",
    "FN_",
    "STAFF_COPY_LANGUAGES",
    "FamilyTexts",
    "catalog_folder",
    "family_catalog_languages",
    "family_gettext",
    "family_review",
    "family_texts",
]

#: The languages family documents are written for (issue 7): families read them.
FAMILY_DOCUMENT_LANGUAGES: tuple[str, ...] = (
    "ar", "fa-AF", "fa", "ps", "ckb", "ur", "uk", "ru", "ti", "am", "so", "tr", "fr", "es",
    "pt", "en",
)  # fmt: skip
#: The staff UI languages: a receipt's second copy is in the staff member's language,
#: so these need a ``family.po`` too.
STAFF_COPY_LANGUAGES: tuple[str, ...] = (
    "en", "fr", "de", "es", "nl", "it", "pt", "el", "pl", "ar", "uk",
)  # fmt: skip


def FN_(message: str) -> str:  # noqa: N802 - the gettext convention
    """Mark a family-document text for the ``family`` catalog; translate it at use."""
    return message


def FNP_(singular: str, plural: str) -> tuple[str, str]:  # noqa: N802
    """Mark a family-document text with a plural; use it as ``ngettext(*pair, n)``."""
    return singular, plural


def catalog_folder(language: str) -> str:
    """Return a language tag's catalog folder (``fa-AF`` → ``fa_AF``)."""
    return language.strip().replace("-", "_")


def _tag(folder: str) -> str:
    return folder.replace("_", "-")


def _candidates(language: str) -> list[str]:
    """Folders to try for a tag, most specific first (``zh-Hant-TW``, ``zh-Hant``, ``zh``)."""
    parts = [p for p in catalog_folder(language).split("_") if p]
    return ["_".join(parts[:n]) for n in range(len(parts), 0, -1)]


def family_catalog_languages(root: Path | None = None) -> list[str]:
    """Return the language tags that have a family catalog, plus English (the source)."""
    return sorted(_tag(f) for f in available_languages(root, FAMILY_DOMAIN))


@dataclass(frozen=True, slots=True)
class FamilyTexts:
    """The family documents' texts in one language, without touching the UI language."""

    requested: str  # the tag asked for (the family's language)
    language: str  # the tag the texts are really in: ``requested``, a parent, or "en"
    catalog: Catalog | SourceCatalog

    def gettext(self, message: str) -> str:
        """Translate a text marked with :func:`FN_`."""
        return self.catalog.gettext(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        """Translate a text with a plural (marked with :func:`FNP_`)."""
        return self.catalog.ngettext(singular, plural, n)

    @property
    def fell_back(self) -> bool:
        """Whether the texts are not in the language asked for (a parent, or English)."""
        return catalog_folder(self.language).lower() != catalog_folder(self.requested).lower()

    @property
    def locale(self) -> str:
        """The tag to format dates with: the family's own when the texts share its base.

        A Dari family reading Persian texts still gets Dari month names (``مارچ``); a
        Tigrinya family whose texts fell back to English gets English dates.
        """
        base = _candidates(self.requested)[-1] if self.requested else ""
        if self.language == "en" and base != "en":
            return "en"
        if base and base == _candidates(self.language)[-1]:
            return self.requested
        return self.language


@lru_cache(maxsize=64)
def _load(folder: str, root: Path | None, stamp: float) -> Catalog | SourceCatalog:
    del stamp  # part of the cache key only: an edited catalog is read again
    return load_catalog(folder, root, FAMILY_DOMAIN)


def _stamp(folder: str, root: Path | None) -> float | None:
    """The newest modification time of a folder's family catalog, None if it has none."""
    times = [
        path.stat().st_mtime
        for suffix in (".po", ".mo")
        if (path := catalog_path(folder, suffix, root, FAMILY_DOMAIN)).is_file()
    ]
    return max(times) if times else None


def family_texts(language: str, root: Path | None = None) -> FamilyTexts:
    """Return the family-document texts for ``language`` (BCP 47), with fallback.

    ``fa-AF`` uses ``fa_AF`` when shipped, else ``fa``; anything without a catalog gets
    the English source texts. English itself needs no catalog.
    """
    requested = language.strip() or "en"
    for folder in _candidates(requested):
        if folder.lower() == "en":
            break
        stamp = _stamp(folder, root)
        if stamp is not None:
            return FamilyTexts(requested, _tag(folder), _load(folder, root, stamp))
    return FamilyTexts(requested, "en", SourceCatalog())


def family_gettext(
    language: str,
) -> tuple[Callable[[str], str], Callable[[str, str, int], str], str]:
    """Return ``(gettext, ngettext, language_used)`` for a family language.

    ``language_used`` is the tag the texts are really in (``"en"`` without a catalog).
    """
    texts = family_texts(language)
    return texts.gettext, texts.ngettext, texts.language


def family_review(language: str, root: Path | None = None) -> CatalogReview | None:
    """Return whether a native speaker checked a language's family catalog.

    None when that exact language has no family catalog (English: the source texts).
    """
    return catalog_review(catalog_folder(language), FAMILY_DOMAIN, root)
