"""Reading, writing and compiling catalogs without losing Hearth's own header lines.

Babel keeps only the standard header fields of a ``.po`` file and silently drops the
others when it writes a catalog back or compiles it. Hearth's catalogs carry one of
their own, ``X-Hearth-Review`` (has a native speaker checked this translation?), which
must survive ``scripts/update_catalogs``, ``scripts/catalog_todo`` and compilation to
``.mo`` (a frozen build ships only the ``.mo``, and Settings reads the header from it).

This module imports nothing from Hearth (only the standard library and Babel), so the
wheel build hook (``build/hatch_compile_catalogs.py``) can load it on its own.
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

# The header entry: msgid "" then msgstr "" followed by one quoted string per line.
_HEADER = re.compile(r'^msgid ""\s*\nmsgstr\s+((?:"(?:[^"\\]|\\.)*"[ \t]*\n?)+)', re.MULTILINE)
_QUOTED = re.compile(r'"((?:[^"\\]|\\.)*)"')
_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "r": "\r"}


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), m.group(1)), text)


def header_fields(po_text: str) -> dict[str, str]:
    """Return the header fields of a ``.po`` file's text, names as written.

    Comment lines before the header are skipped; a file without a header gives ``{}``.
    """
    body = "\n".join(line for line in po_text.splitlines() if not line.startswith("#"))
    match = _HEADER.search(body)
    if match is None:
        return {}
    raw = _unescape("".join(_QUOTED.findall(match.group(1))))
    fields: dict[str, str] = {}
    for line in raw.split("\n"):
        name, colon, value = line.partition(":")
        if colon and name.strip():
            fields[name.strip()] = value.strip()
    return fields


class HeaderKeepingCatalog(Catalog):
    """A Babel catalog that also writes the ``X-…`` header fields it was read with."""

    extra_headers: list[tuple[str, str]]

    def _get_mime_headers(self) -> list[tuple[str, str]]:
        headers: list[tuple[str, str]] = super()._get_mime_headers()
        extra = list(getattr(self, "extra_headers", []))
        if not extra:
            return headers
        # Babel ends the header with Generated-By, whose value carries the final
        # newline: the extra fields go before it.
        return [*headers[:-1], *extra, headers[-1]]


def keep_headers(catalog: Catalog, fields: dict[str, str]) -> HeaderKeepingCatalog:
    """Make ``catalog`` write the ``X-…`` fields of ``fields`` (in place; returned)."""
    catalog.__class__ = HeaderKeepingCatalog
    assert isinstance(catalog, HeaderKeepingCatalog)
    catalog.extra_headers = [(k, v) for k, v in fields.items() if k.lower().startswith("x-")]
    return catalog


def set_header(catalog: Catalog, name: str, value: str) -> HeaderKeepingCatalog:
    """Set (or replace) one ``X-…`` header field of ``catalog``."""
    keeping = catalog if isinstance(catalog, HeaderKeepingCatalog) else keep_headers(catalog, {})
    others = [(k, v) for k, v in keeping.extra_headers if k.lower() != name.lower()]
    keeping.extra_headers = [*others, (name, value)]
    return keeping


def extra_headers(catalog: Catalog) -> dict[str, str]:
    """Return the ``X-…`` header fields a catalog will write."""
    return dict(getattr(catalog, "extra_headers", []))


def read_catalog(path: Path, *, locale: str | None = None, domain: str | None = None) -> Catalog:
    """Read a ``.po``/``.pot`` file, keeping its ``X-…`` header fields."""
    data = path.read_bytes()
    catalog = read_po(io.BytesIO(data), locale=locale, domain=domain)
    return keep_headers(catalog, header_fields(data.decode("utf-8", errors="replace")))


def write_catalog(path: Path, catalog: Catalog, **options: Any) -> None:
    """Write a catalog the way Hearth's files are laid out (width 100, sorted by file)."""
    settings: dict[str, Any] = {"width": 100, "sort_by_file": True, **options}
    out = io.BytesIO()
    write_po(out, catalog, **settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(out.getvalue())


def compile_catalog(po: Path, domain: str | None = None) -> bytes:
    """Compile a ``.po`` file to ``.mo`` bytes (fuzzy entries left out, headers kept)."""
    catalog = read_catalog(po, locale=po.parent.parent.name, domain=domain or po.stem)
    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()
