"""Reading PDFs back the way a family's reader (or a screen reader) would: poppler-utils."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
ARABIC = re.compile("[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]")
ETHIOPIC = re.compile("[\u1200-\u137f]")
EASTERN_DIGITS = re.compile("[\u0660-\u0669\u06f0-\u06f9]")
A4_WIDTH_PT = 595.0
A4_HEIGHT_PT = 842.0
MARGIN_PT = 16 / 25.4 * 72  # the documents' 16 mm margin


def _tool(name: str) -> str:
    exe = shutil.which(name)
    assert exe, f"poppler-utils' {name} is missing: run scripts/system-deps --install"
    return exe


def pdftotext(path: Path, *args: str) -> str:
    """The text of a PDF, NFKC-normalised (Arabic presentation forms → letters)."""
    result = subprocess.run(
        [_tool("pdftotext"), *args, str(path), "-"], capture_output=True, check=True
    )
    text = unicodedata.normalize("NFKC", result.stdout.decode("utf-8"))
    return BIDI_CONTROLS.sub("", text)  # pdftotext marks right-to-left runs with these


def flat_text(path: Path) -> str:
    """The text with every run of white space made one space."""
    return " ".join(pdftotext(path).split())


def line_boxes(
    path: Path, page: int | None = None, *, footer: bool = True
) -> list[tuple[float, float, str]]:
    """Return (xMin, xMax, words) of every text line, from ``pdftotext -bbox-layout``.

    ``footer=False`` leaves out the page footer (below the bottom margin's text area).
    """
    args = ["-bbox-layout"] + (["-f", str(page), "-l", str(page)] if page else [])
    layout = pdftotext(path, *args)
    limit = A4_HEIGHT_PT - MARGIN_PT - 20
    return [
        (float(x0), float(x1), re.sub(r"<[^>]+>", " ", words))
        for x0, y0, x1, words in re.findall(
            r'<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">(.*?)</line>',
            layout,
            re.DOTALL,
        )
        if footer or float(y0) < limit
    ]


def rows(path: Path, page: int, *, footer: bool = False) -> list[tuple[float, float, str]]:
    """Return (xMin, xMax, text) of every visual row of words on a page, top to bottom.

    pdftotext may cut one printed line into several "lines" where the direction
    changes (a Latin name inside Arabic); words on the same baseline are one row here.
    """
    layout = pdftotext(path, "-bbox", "-f", str(page), "-l", str(page))
    limit = A4_HEIGHT_PT - MARGIN_PT - 20
    words = sorted(
        (float(y0), float(y1), float(x0), float(x1), word)
        for x0, y0, x1, y1, word in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>',
            layout,
        )
        if footer or float(y0) < limit
    )
    # Words whose boxes overlap vertically by more than half are on the same row
    # (glyphs of another font in the row have other ascents and descents).
    grouped: list[list[tuple[float, float, float, float, str]]] = []
    for word in words:
        if grouped:
            top = min(w[0] for w in grouped[-1])
            bottom = max(w[1] for w in grouped[-1])
            overlap = min(bottom, word[1]) - max(top, word[0])
            if overlap > 0.5 * min(bottom - top, word[1] - word[0]):
                grouped[-1].append(word)
                continue
        grouped.append([word])
    return [
        (min(w[2] for w in row), max(w[3] for w in row), " ".join(w[4] for w in row))
        for row in grouped
    ]


def pages(path: Path) -> int:
    """The number of pages."""
    info = subprocess.run([_tool("pdfinfo"), str(path)], capture_output=True, check=True, text=True)
    match = re.search(r"^Pages:\s+(\d+)", info.stdout, re.MULTILINE)
    assert match
    return int(match.group(1))


def fonts(path: Path) -> dict[str, bool]:
    """Font name (subset tag removed) → embedded, from ``pdffonts``."""
    result = subprocess.run(
        [_tool("pdffonts"), str(path)], capture_output=True, check=True, text=True
    )
    found: dict[str, bool] = {}
    for line in result.stdout.splitlines()[2:]:
        parts = line.split()
        if len(parts) < 5:
            continue
        name = parts[0].split("+", 1)[-1]
        # Columns from the right: object ID (2), uni, sub, emb.
        found[name] = parts[-5] == "yes"
    return found


def images(path: Path) -> int:
    """The number of images drawn in the PDF."""
    result = subprocess.run(
        [_tool("pdfimages"), "-list", str(path)], capture_output=True, check=True, text=True
    )
    # A picture with transparency is listed twice: the image and its "smask".
    return sum(1 for line in result.stdout.splitlines()[2:] if line.split()[2] == "image")


def squash(text: str) -> str:
    """Letters and digits only, in order: how extracted Arabic is compared.

    pdftotext puts the punctuation and the spaces around a right-to-left run where its
    own reordering leaves them ("في 16مارس"), and may emit a vowel mark before its
    letter; the letters themselves keep their order. So both sides drop white space,
    punctuation and combining marks before comparing.
    """
    text = BIDI_CONTROLS.sub("", unicodedata.normalize("NFKC", text))
    return "".join(ch for ch in text if unicodedata.category(ch)[0] in "LN" and ch != "\u0640")


def contains(haystack: str, needle: str) -> bool:
    """Whether ``needle``'s letters appear in order in ``haystack`` (see :func:`squash`)."""
    return squash(needle) in squash(haystack)
