"""The fonts Hearth bundles (``resources/fonts``) and which one a language is set in.

Families read documents in scripts a school laptop may have no font for (Ge'ez for
Tigrinya, Arabic for Pashto); without one, a PDF shows empty boxes. So Hearth carries
Noto Sans (Latin, Cyrillic, Greek), Noto Sans Arabic (every Arabic-script language,
Urdu included: see ``resources/fonts/README.md``) and Noto Sans Ethiopic, registers them
with Qt at the first unlock (about 1 ms), and every document asks for an explicit list
of families: the language's own first, then the others, so a name or a note in another
script still has glyphs. PDFs embed the glyphs they use.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase

from desktop_app.core.resources import resource_dir
from desktop_app.i18n.locales import writing_script

SANS = "Noto Sans"
ARABIC_SANS = "Noto Sans Arabic"
ETHIOPIC = "Noto Sans Ethiopic"
#: Every bundled family, in the order a document falls back through them.
BUNDLED_FAMILIES: tuple[str, ...] = (SANS, ARABIC_SANS, ETHIOPIC)
#: The bundled files (regular and bold of each family; the licence is OFL.txt).
FONT_FILES: tuple[str, ...] = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSansArabic-Regular.ttf",
    "NotoSansArabic-Bold.ttf",
    "NotoSansEthiopic-Regular.ttf",
    "NotoSansEthiopic-Bold.ttf",
)
#: The family for an ISO 15924 script (``desktop_app.i18n.locales.writing_script``).
SCRIPT_FONTS: dict[str, str] = {
    "Latn": SANS,
    "Cyrl": SANS,
    "Grek": SANS,
    "Arab": ARABIC_SANS,
    "Ethi": ETHIOPIC,
}
#: A language set in another family than its script's (none yet; Urdu in Nastaliq would
#: be ``"ur": "Noto Nastaliq Urdu"`` with its files added to FONT_FILES). Check a new
#: Arabic-script font's text layer first (``tests/gui/test_family_documents.py``): Noto
#: Naskh Arabic drew lam-alef right but left it out of the PDF's text, so a screen
#: reader read "ولا يغيّر" (does not change) as "و يغيّر" (changes).
LANGUAGE_FONTS: dict[str, str] = {}

#: Arabic letters are small for their point size beside Latin ones: Arabic-script text
#: is set this much larger, so a family reads it as easily as the English copy.
SCRIPT_SCALE: dict[str, float] = {"Arab": 1.1}

_state: dict[str, tuple[str, ...]] = {}


def font_dir() -> Path:
    """Return the folder of the bundled fonts."""
    return resource_dir() / "fonts"


def load_bundled_fonts() -> tuple[str, ...]:
    """Register the bundled fonts with Qt once; return the families now available.

    Needs a QGuiApplication. Safe to call again (it does nothing then). A missing file
    (a packager who left the fonts out) is skipped: Qt then falls back to what the
    system has.
    """
    if "families" in _state:
        return _state["families"]
    families: list[str] = []
    for name in FONT_FILES:
        path = font_dir() / name
        if not path.is_file():
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    _state["families"] = tuple(families)
    return _state["families"]


def primary_family(language: str) -> str:
    """Return the bundled family a language's text is set in."""
    base = language.replace("_", "-").split("-")[0].lower()
    return (
        LANGUAGE_FONTS.get(language)
        or LANGUAGE_FONTS.get(base)
        or SCRIPT_FONTS.get(writing_script(language), SANS)
    )


def size_scale(language: str) -> float:
    """Return how much larger than the body size a language's text is set."""
    return SCRIPT_SCALE.get(writing_script(language), 1.0)


def font_families(languages: Iterable[str]) -> list[str]:
    """Return the families for text in ``languages``: theirs first, then every other."""
    ordered: list[str] = []
    for language in languages:
        family = primary_family(language)
        if family not in ordered:
            ordered.append(family)
    ordered += [f for f in BUNDLED_FAMILIES if f not in ordered]
    return ordered


def document_font(languages: Iterable[str], point_size: float) -> QFont:
    """Return a font for a document in ``languages`` (loading the bundled fonts)."""
    load_bundled_fonts()
    font = QFont()
    font.setFamilies(font_families(languages))
    font.setPointSizeF(point_size)
    return font
