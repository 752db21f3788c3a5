"""Loading gettext catalogs for one language.

Catalogs ship as ``.po`` sources in git; an installed build also carries compiled
``.mo`` files. When no ``.mo`` is present (running from a checkout), the ``.po`` is
compiled in memory with Babel, so git never needs to hold binaries used at run time.
"""

from __future__ import annotations

import gettext
import io
from pathlib import Path

from desktop_app.core.resources import translations_dir

DOMAIN = "hearth"

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


def catalog_path(language: str, suffix: str, root: Path | None = None) -> Path:
    """Return the path of a language's catalog file with the given suffix."""
    base = root if root is not None else translations_dir()
    return base / language / "LC_MESSAGES" / f"{DOMAIN}{suffix}"


def available_languages(root: Path | None = None) -> list[str]:
    """Return the language codes that have a catalog, plus English (the source)."""
    base = root if root is not None else translations_dir()
    found = {"en"}
    if base.is_dir():
        for child in base.iterdir():
            if (child / "LC_MESSAGES" / f"{DOMAIN}.po").is_file() or (
                child / "LC_MESSAGES" / f"{DOMAIN}.mo"
            ).is_file():
                found.add(child.name)
    return sorted(found)


def load_catalog(language: str, root: Path | None = None) -> Catalog | SourceCatalog:
    """Load the catalog for ``language`` (compiled if shipped, else from the .po).

    Unknown languages give the source catalog, so the UI falls back to English
    rather than failing.
    """
    mo = catalog_path(language, ".mo", root)
    po = catalog_path(language, ".po", root)
    # A checkout may hold a .mo older than an edited .po: the source wins then.
    if mo.is_file() and (not po.is_file() or mo.stat().st_mtime >= po.stat().st_mtime):
        with mo.open("rb") as fp:
            return Catalog(fp)
    if po.is_file():
        return Catalog(io.BytesIO(compile_po(po)))
    return SourceCatalog()


def compile_po(po: Path) -> bytes:
    """Compile a ``.po`` file to ``.mo`` bytes, leaving out fuzzy entries."""
    # Imported here: Babel's catalog machinery costs ~20 ms at start-up otherwise.
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po.open("rb") as fp:
        catalog = read_po(fp, locale=po.parent.parent.name, domain=DOMAIN)
    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


def compile_all(root: Path | None = None) -> list[Path]:
    """Compile every ``.po`` under the translations folder to a ``.mo`` beside it."""
    base = root if root is not None else translations_dir()
    written = []
    for po in sorted(base.glob(f"*/LC_MESSAGES/{DOMAIN}.po")):
        mo = po.with_suffix(".mo")
        mo.write_bytes(compile_po(po))
        written.append(mo)
    return written
