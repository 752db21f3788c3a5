"""A pseudo-language for developers: every message accented, longer, and fenced.

``./hearth --lang x-pseudo`` (or :func:`desktop_app.i18n.set_language`) shows the whole
interface in a language generated from the template ``resources/translations/hearth.pot``
— the Python strings and the Designer forms' strings alike — where "Save changes"
reads ``⟦Šåṽé çĥåñĝéš ōñé ţŵö⟧``:

* every Latin letter is accented, so a string that bypasses the catalog (not wrapped
  in ``_()``, built by concatenation, hard-coded in a form with ``notr``) stands out
  as plain ASCII;
* about 40 % longer (filler words at the end, breakable like real words), as German,
  Greek or Ukrainian often are, so a label that would be cut off in those languages is
  cut off here;
* fenced by :data:`START` and :data:`END`, so text that is clipped or elided shows it
  (the end marker is missing) and text glued together from several messages shows
  the seams.

What a program or a translator must keep intact is kept: ``{named}`` placeholders and
``{{``/``}}``, keyboard mnemonics (``&`` and the ASCII letter after it, so the access
keys stay typeable and their clashes are the English ones), ``&&``, HTML tags and
entities, line breaks, web addresses and file patterns (``*.pdf``). Plural messages
get both forms. The pseudo-language is never listed to users (it has no catalog
folder); dates, numbers and language names follow English (:data:`FORMATS_LIKE`).

Pure Python and Babel (no Qt).
"""

from __future__ import annotations

import io
import math
import re
from functools import cache
from pathlib import Path

from desktop_app.core.resources import translations_dir

#: The pseudo-language's tag (BCP 47 private use: no real language has it).
PSEUDO_LANGUAGE = "x-pseudo"
#: The language whose locale data (dates, numbers, names) the pseudo-language uses.
FORMATS_LIKE = "en"
#: Fence posts around every pseudo-translated message.
START = "⟦"
END = "⟧"
#: How much longer a message becomes (before the fence posts).
GROWTH = 0.4

_ACCENTED = dict(
    zip(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
        strict=True,
    )
)
# Breakable filler, as a longer translation has more words rather than one long one.
_FILLER = " ōñé ţŵö ţĥŕéé ƒōûŕ ƒîṽé šîẋ šéṽéñ éîĝĥţ ñîñé ţéñ"

# What passes through untouched, tried in order at each position.
_KEEP = re.compile(
    r"""
      \{\{ | \}\}                        # literal braces in a str.format message
    | \{[^{}]*\}                         # a named placeholder
    | https?://[^\s<>"]+                 # a web address
    | \*\.[\w-]+ | \(\*\)                # file patterns in a file dialog's filter
    | <[A-Za-z/!][^<>]*>                 # an HTML tag
    | &(?:[A-Za-z]+|\#[0-9]+|\#x[0-9A-Fa-f]+);   # an HTML entity
    | &&                                 # a literal ampersand (Qt)
    | &[A-Za-z0-9]                       # a mnemonic and its key
    """,
    re.VERBOSE,
)
_LEADING_TAGS = re.compile(r"^(?:\s*<[A-Za-z!][^<>]*>)*")
_TRAILING_TAGS = re.compile(r"(?:</?[A-Za-z][^<>]*>\s*)*$")


def accent(text: str) -> str:
    """Accent the Latin letters of ``text``, keeping placeholders, markup and mnemonics."""
    out: list[str] = []
    position = 0
    while position < len(text):
        kept = _KEEP.match(text, position)
        if kept is not None:
            out.append(kept.group())
            position = kept.end()
            continue
        char = text[position]
        out.append(_ACCENTED.get(char, char))
        position += 1
    return "".join(out)


def _visible_length(text: str) -> int:
    """How many characters of ``text`` a person reads (placeholders and tags left out)."""
    bare = re.sub(r"<[A-Za-z/!][^<>]*>|\{[^{}]*\}|&(?=[^&])", "", text)
    return len(bare)


def pseudo_text(message: str) -> str:
    """Return ``message`` in the pseudo-language (``""`` stays empty)."""
    if not message:
        return message
    accented = accent(message)
    extra = math.ceil(_visible_length(message) * GROWTH)
    if extra < 3:
        filler = "ō" * extra  # a short word just gets longer
    else:
        filler = (_FILLER * (extra // len(_FILLER) + 1))[:extra].rstrip()
    lead = _LEADING_TAGS.match(accented)
    start = lead.end() if lead else 0
    trail = _TRAILING_TAGS.search(accented, start)
    end = trail.start() if trail else len(accented)
    return accented[:start] + START + accented[start:end] + filler + END + accented[end:]


def is_pseudo(text: str) -> bool:
    """Whether ``text`` holds a whole pseudo-translated message (both fence posts)."""
    return START in text and END in text


@cache
def pseudo_mo(template: Path | None = None) -> bytes:
    """Compile the pseudo-language's catalog from the template, as ``.mo`` bytes."""
    # Imported here: the pseudo-language's constants are read at every start-up, and
    # Babel's catalog machinery costs ~20 ms there.
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    pot = template or translations_dir() / "hearth.pot"
    with pot.open("rb") as handle:
        catalog = read_po(handle, locale=FORMATS_LIKE)
    for message in catalog:
        if not message.id:
            continue
        if isinstance(message.id, tuple | list):
            message.string = tuple(pseudo_text(form) for form in message.id)
        else:
            message.string = pseudo_text(message.id)
        message.flags.discard("fuzzy")
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    return buffer.getvalue()
