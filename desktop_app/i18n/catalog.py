"""Loading gettext catalogs for one language, in one of Hearth's two domains.

* ``hearth``: the staff user interface (Python strings and Designer forms).
* ``family``: only the fixed texts of documents handed to a family (leaflets, receipts,
  referral slips, the subject-access export); see :mod:`desktop_app.i18n.family`.

Both live side by side: ``resources/translations/<folder>/LC_MESSAGES/<domain>.po``,
templates ``resources/translations/<domain>.pot``. Catalogs ship as ``.po`` sources in
git; an installed build also carries compiled ``.mo`` files. When no ``.mo`` is present
(running from a checkout), the ``.po`` is compiled in memory with Babel, so git never
needs to hold binaries used at run time.
"""

from __future__ import annotations

import gettext
import io
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desktop_app.core.resources import translations_dir
from desktop_app.i18n.pseudo import PSEUDO_LANGUAGE, pseudo_mo

#: Says whether a native speaker reviewed a catalog: ``machine`` (nobody has yet) or
#: ``reviewed by <who> on <YYYY-MM-DD>``. The same header in every domain.
REVIEW_HEADER = "X-Hearth-Review"
#: The review value of a catalog nobody has checked yet.
MACHINE = "machine"

DOMAIN = "hearth"
FAMILY_DOMAIN = "family"
#: Every gettext domain Hearth ships, each compiled and checked the same way.
DOMAINS: tuple[str, ...] = (DOMAIN, FAMILY_DOMAIN)

# gettext joins a message context and its id with EOT in compiled catalogs.
_CONTEXT_SEPARATOR = "\x04"


class Catalog(gettext.GNUTranslations):
    """A gettext catalog that can also say whether it holds a message at all."""

    def lookup(self, context: str | None, msgid: str) -> str | None:
        """Return the translation of ``msgid`` in ``context``, or None when absent.

        Qt's translator chain needs "not mine" (None) to be told apart from a
        translation that happens to equal the source text.
        """
        key = f"{context}{_CONTEXT_SEPARATOR}{msgid}" if context else msgid
        value = self._catalog.get(key)  # type: ignore[attr-defined]
        if not isinstance(value, str) or not value:
            return None
        return value


class SourceCatalog(gettext.NullTranslations):
    """The catalog of the source language: every lookup falls through."""

    def lookup(self, context: str | None, msgid: str) -> str | None:
        """Return None: the source language has no translations of its own."""
        return None


def catalog_path(
    language: str, suffix: str, root: Path | None = None, domain: str = DOMAIN
) -> Path:
    """Return the path of a language's catalog file with the given suffix."""
    base = root if root is not None else translations_dir()
    return base / language / "LC_MESSAGES" / f"{domain}{suffix}"


def available_languages(root: Path | None = None, domain: str = DOMAIN) -> list[str]:
    """Return the catalog folders that hold ``domain``, plus English (the source)."""
    base = root if root is not None else translations_dir()
    found = {"en"}
    if base.is_dir():
        for child in base.iterdir():
            if (child / "LC_MESSAGES" / f"{domain}.po").is_file() or (
                child / "LC_MESSAGES" / f"{domain}.mo"
            ).is_file():
                found.add(child.name)
    return sorted(found)


def load_catalog(
    language: str, root: Path | None = None, domain: str = DOMAIN
) -> Catalog | SourceCatalog:
    """Load the catalog for ``language`` (compiled if shipped, else from the .po).

    Unknown languages give the source catalog, so the UI falls back to English
    rather than failing. The pseudo-language (:mod:`desktop_app.i18n.pseudo`) is
    generated from the template.
    """
    if language == PSEUDO_LANGUAGE and domain == DOMAIN and root is None:
        return Catalog(io.BytesIO(pseudo_mo()))
    mo = catalog_path(language, ".mo", root, domain)
    po = catalog_path(language, ".po", root, domain)
    # A checkout may hold a .mo older than an edited .po: the source wins then.
    if mo.is_file() and (not po.is_file() or mo.stat().st_mtime >= po.stat().st_mtime):
        with mo.open("rb") as fp:
            return Catalog(fp)
    if po.is_file():
        return Catalog(io.BytesIO(compile_po(po, domain)))
    return SourceCatalog()


def compile_po(po: Path, domain: str | None = None) -> bytes:
    """Compile a ``.po`` file to ``.mo`` bytes, leaving out fuzzy entries.

    The ``X-Hearth-Review`` header goes into the ``.mo`` too: a frozen build has no
    ``.po`` to read it from.
    """
    # Imported here: Babel's catalog machinery costs ~20 ms at start-up otherwise.
    from desktop_app.i18n.pofiles import compile_catalog

    return compile_catalog(po, domain or po.stem)


def compile_all(root: Path | None = None) -> list[Path]:
    """Compile every ``.po`` of every domain to a ``.mo`` beside it."""
    base = root if root is not None else translations_dir()
    written = []
    for domain in DOMAINS:
        for po in sorted(base.glob(f"*/LC_MESSAGES/{domain}.po")):
            mo = po.with_suffix(".mo")
            mo.write_bytes(compile_po(po, domain))
            written.append(mo)
    return written


# ------------------------------------------------------------------ review status

_REVIEWED = re.compile(r"^reviewed by (?P<who>.+?)(?: on (?P<on>\d{4}-\d{2}-\d{2}))?$", re.I)


@dataclass(frozen=True, slots=True)
class CatalogReview:
    """Whether a native speaker checked a catalog (its ``X-Hearth-Review`` header).

    ``value`` is the header as written: ``machine`` (nobody has checked it yet: a
    machine-assisted or non-native translation), ``reviewed by <who> on <YYYY-MM-DD>``,
    or ``""`` when a catalog lacks the header (treated as not reviewed).
    """

    value: str
    reviewer: str = ""
    reviewed_on: date | None = None

    @property
    def reviewed(self) -> bool:
        """Whether a native speaker has checked the translation."""
        return bool(self.reviewer)


def parse_review(value: str | None) -> CatalogReview:
    """Read an ``X-Hearth-Review`` value (pure; unknown wording counts as not reviewed)."""
    text = (value or "").strip()
    match = _REVIEWED.match(text)
    if match is None or text.lower() == MACHINE:
        return CatalogReview(text)
    on = match.group("on")
    try:
        day = date.fromisoformat(on) if on else None
    except ValueError:
        day = None
    return CatalogReview(text, reviewer=match.group("who").strip(), reviewed_on=day)


def catalog_review(
    language: str, domain: str = DOMAIN, root: Path | None = None
) -> CatalogReview | None:
    """Return the review status of a language's catalog, or None without a catalog.

    English is the source language and has no catalog: None. Reads the ``.po`` when
    present, else the header of the compiled ``.mo`` (frozen builds ship only that).
    """
    po = catalog_path(language, ".po", root, domain)
    if po.is_file():
        from desktop_app.i18n.pofiles import header_fields

        fields = header_fields(po.read_text(encoding="utf-8", errors="replace"))
        return parse_review(fields.get(REVIEW_HEADER))
    mo = catalog_path(language, ".mo", root, domain)
    if mo.is_file():
        with mo.open("rb") as fp:
            info = Catalog(fp).info()
        return parse_review(info.get(REVIEW_HEADER.lower()))
    return None
