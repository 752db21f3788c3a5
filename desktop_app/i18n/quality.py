"""How far a language's catalog can be trusted, read from the catalog's own header.

The language picker says, next to each language, whether a native speaker has reviewed
its texts. The catalog says so itself, so the note cannot drift from the file:

* ``X-Hearth-Review: machine`` — machine translation, not reviewed;
* ``X-Hearth-Review: unreviewed`` (or ``draft``) — translated, not yet reviewed;
* ``X-Hearth-Review: reviewed`` — reviewed by a native speaker;
* without that header, a ``Last-Translator`` saying "not yet reviewed" counts as
  unreviewed, and machine translation is recognised in the same way.

Anything else is *unknown*: the picker never claims a review that the catalog does not
state. Babel's ``.mo`` compiler drops unknown (``X-``) headers, so an installed build
without ``.po`` files falls back to ``Last-Translator``, which it keeps.

Pure Python: no Qt.
"""

from __future__ import annotations

import gettext
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from desktop_app.i18n import _
from desktop_app.i18n.catalog import catalog_path

REVIEW_HEADER = "x-hearth-review"
SOURCE_LANGUAGE = "en"
# Enough for any catalog header; the header is the first entry of a .po file.
_HEADER_LIMIT = 16 * 1024


class Review(StrEnum):
    """What a catalog says about its own review."""

    SOURCE = "source"  # the language Hearth is written in
    MACHINE = "machine"
    UNREVIEWED = "unreviewed"
    REVIEWED = "reviewed"
    UNKNOWN = "unknown"


_REVIEW_WORDS = {
    "machine": Review.MACHINE,
    "machine-translated": Review.MACHINE,
    "unreviewed": Review.UNREVIEWED,
    "draft": Review.UNREVIEWED,
    "not reviewed": Review.UNREVIEWED,
    "reviewed": Review.REVIEWED,
    "native-reviewed": Review.REVIEWED,
}


@dataclass(frozen=True, slots=True)
class CatalogQuality:
    """A language's review state and the note the picker shows."""

    language: str
    review: Review

    @property
    def note(self) -> str:
        """Say in plain words, in the UI language, how far the texts can be trusted."""
        return review_note(self.review)


def review_note(review: Review) -> str:
    """Return the picker's note for a review state (translated now)."""
    if review is Review.SOURCE:
        return _("The original texts of Hearth")
    if review is Review.MACHINE:
        return _("Machine translation, not yet reviewed by a native speaker")
    if review is Review.UNREVIEWED:
        return _("Translated, not yet reviewed by a native speaker")
    if review is Review.REVIEWED:
        return _("Reviewed by a native speaker")
    return _("Not known whether a native speaker reviewed this translation")


def parse_po_header(text: str) -> dict[str, str]:
    """Return the header fields of a ``.po`` file's text (names in lower case).

    Reads only the first entry (``msgid ""``): its ``msgstr`` lines joined, split at
    the escaped newlines.
    """
    lines = text.splitlines()
    collected: list[str] = []
    state = "seek"
    for raw in lines:
        line = raw.strip()
        if state == "seek":
            if line == 'msgid ""':
                state = "msgid"
            elif line.startswith("msgid "):
                return {}  # the first entry is not a header
            continue
        if state == "msgid":
            if line.startswith('msgstr "'):
                state = "msgstr"
                collected.append(_unquote(line[len("msgstr ") :]))
            elif line.startswith('"') and line != '""':
                return {}  # msgid "" continued with text: not a header
            continue
        if line.startswith('"'):
            collected.append(_unquote(line))
        else:
            break
    fields: dict[str, str] = {}
    for entry in "".join(collected).split("\n"):
        name, sep, value = entry.partition(":")
        if sep and name.strip():
            fields[name.strip().lower()] = value.strip()
    return fields


def _unquote(quoted: str) -> str:
    body = quoted.strip()
    if len(body) >= 2 and body[0] == body[-1] == '"':
        body = body[1:-1]
    out: list[str] = []
    chars = iter(body)
    escapes = {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}
    for char in chars:
        if char == "\\":
            nxt = next(chars, "")
            out.append(escapes.get(nxt, nxt))
        else:
            out.append(char)
    return "".join(out)


def review_from_header(fields: dict[str, str]) -> Review:
    """Judge a catalog from its header fields (lower-case names)."""
    stated = fields.get(REVIEW_HEADER, "").strip().lower()
    if stated:
        return _REVIEW_WORDS.get(stated, Review.UNKNOWN)
    translator = fields.get("last-translator", "").lower()
    if "machine" in translator:
        return Review.MACHINE
    if "not yet reviewed" in translator or "not reviewed" in translator:
        return Review.UNREVIEWED
    return Review.UNKNOWN


def header_fields(language: str, root: Path | None = None) -> dict[str, str]:
    """Return a language's catalog header (from the ``.po``, else the ``.mo``)."""
    po = catalog_path(language, ".po", root)
    if po.is_file():
        try:
            with po.open("r", encoding="utf-8", errors="replace") as handle:
                return parse_po_header(handle.read(_HEADER_LIMIT))
        except OSError:
            return {}
    mo = catalog_path(language, ".mo", root)
    if mo.is_file():
        try:
            with mo.open("rb") as handle:
                return {k.lower(): v for k, v in gettext.GNUTranslations(handle).info().items()}
        except (OSError, ValueError):
            return {}
    return {}


def catalog_quality(language: str, root: Path | None = None) -> CatalogQuality:
    """Return what ``language``'s catalog says about its review."""
    if language == SOURCE_LANGUAGE:
        return CatalogQuality(language, Review.SOURCE)
    return CatalogQuality(language, review_from_header(header_fields(language, root)))
