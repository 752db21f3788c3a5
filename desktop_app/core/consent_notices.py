"""The consent notices shipped with Hearth, as data (``resources/consent/``).

One file per purpose and family language (``<purpose>/<language>.txt``): a few
``key: value`` header lines, a blank line, then the text the family is shown. The
version of a notice is :func:`~desktop_app.core.models.consent_notice_hash` of its
*normalised* text, so re-saving a file with other line endings or trailing spaces keeps
the version, while any change a reader could see makes a new one. The vault stores
every version it ever showed (``ConsentRepository.save_notice``).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from desktop_app.core.models import ConsentNotice, ConsentPurpose
from desktop_app.core.resources import resource_dir

#: The family languages every purpose has a notice in (DESIGN §5, issue 6).
NOTICE_LANGUAGES: tuple[str, ...] = ("en", "ar", "uk", "fa", "ps", "ti", "so", "fr")

#: The ``review:`` header of a machine-written translation nobody has checked yet.
NEEDS_REVIEW = "needs native-speaker review"


@dataclass(frozen=True, slots=True)
class ShippedNotice:
    """A notice file: the notice itself, and how far its wording has been checked."""

    notice: ConsentNotice
    review: str  # "source text", "needs native-speaker review", or who checked it

    @property
    def needs_review(self) -> bool:
        """Whether a native speaker still has to check this text."""
        return self.review == NEEDS_REVIEW

    @property
    def title(self) -> str:
        """The first line of the text (its heading)."""
        return self.notice.text.split("\n", 1)[0]


def consent_dir() -> Path:
    """Return the folder of the shipped consent notices."""
    return resource_dir() / "consent"


def normalise_text(text: str) -> str:
    r"""Return ``text`` as it is hashed and stored.

    NFC (so the same letters typed differently hash alike), ``\n`` line ends, no
    trailing spaces on a line, no blank lines at either end, a single blank line between
    paragraphs.
    """
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.rstrip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if not line and (not out or not out[-1]):
            continue
        out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)


def make_notice(purpose: ConsentPurpose, language: str, text: str) -> ConsentNotice:
    """Return the notice for a text, normalised, with its version hash."""
    return ConsentNotice(ConsentPurpose(purpose), language, normalise_text(text))


def parse_notice_file(content: str) -> tuple[dict[str, str], str]:
    """Split a notice file into its header fields and its text."""
    content = content.lstrip("\ufeff").replace("\r\n", "\n")
    head, separator, body = content.partition("\n\n")
    if not separator:
        raise ValueError("a consent notice file needs header lines, a blank line, then text")
    fields: dict[str, str] = {}
    for line in head.split("\n"):
        key, colon, value = line.partition(":")
        if not colon:
            raise ValueError(f"not a header line: {line!r}")
        fields[key.strip().lower()] = value.strip()
    return fields, body


def read_notice_file(path: Path) -> ShippedNotice:
    """Read one notice file; its header must agree with its place in the folder."""
    fields, body = parse_notice_file(path.read_text(encoding="utf-8"))
    purpose = ConsentPurpose(fields.get("purpose", path.parent.name))
    language = fields.get("language", path.stem)
    if purpose.value != path.parent.name or language != path.stem:
        raise ValueError(f"{path}: header does not match the file's place")
    if not normalise_text(body):
        raise ValueError(f"{path}: the notice text is empty")
    return ShippedNotice(make_notice(purpose, language, body), fields.get("review", ""))


@cache
def _shipped(root: Path) -> dict[tuple[ConsentPurpose, str], ShippedNotice]:
    found: dict[tuple[ConsentPurpose, str], ShippedNotice] = {}
    for purpose in ConsentPurpose:
        folder = root / purpose.value
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.txt")):
            shipped = read_notice_file(path)
            found[(purpose, shipped.notice.language)] = shipped
    return found


def shipped_notices(root: Path | None = None) -> dict[tuple[ConsentPurpose, str], ShippedNotice]:
    """Return every shipped notice, keyed by ``(purpose, language)``."""
    return dict(_shipped(root or consent_dir()))


def notice_languages(purpose: ConsentPurpose, root: Path | None = None) -> list[str]:
    """Return the languages a purpose has a notice in."""
    return sorted(lang for p, lang in shipped_notices(root) if p is purpose)


def find_shipped(purpose: ConsentPurpose, language: str, root: Path | None = None) -> ShippedNotice:
    """Return the notice for ``purpose`` in ``language``, or the nearest we have.

    ``fa-AF`` falls back to ``fa``; a language without a notice falls back to English
    (the staff member then reads it through the interpreter).
    """
    notices = _shipped(root or consent_dir())
    base = language.replace("_", "-").split("-")[0].lower()
    for option in (language, base, "en"):
        found = notices.get((ConsentPurpose(purpose), option))
        if found is not None:
            return found
    raise LookupError(f"no consent notice for {purpose}")


def load_notice(purpose: ConsentPurpose, language: str, root: Path | None = None) -> ConsentNotice:
    """Return the notice a family is shown for ``purpose`` in (or nearest to) ``language``."""
    return find_shipped(purpose, language, root).notice


def notice_by_hash(version_hash: str, root: Path | None = None) -> ConsentNotice | None:
    """Return the shipped notice with this version, if this Hearth ships it."""
    for shipped in _shipped(root or consent_dir()).values():
        if shipped.notice.version_hash == version_hash:
            return shipped.notice
    return None
