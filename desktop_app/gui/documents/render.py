"""One renderer for every document handed to a family: blocks → QTextDocument → pages.

A :class:`FamilyDocument` is a list of :class:`Section` s, each in one language (its
direction, alignment and fonts follow that language), made of simple :class:`Block` s:
a title, headings, paragraphs, "label: value" fields, bullet lists, an image (an
on-screen signature), a rule. The builders (leaflet, receipts, referral slip,
subject-access export) decide *what* a document says, in the family's words; this
module alone decides how it looks, so every document is right-to-left and shaped where
it must be, embeds the bundled fonts, and escapes and isolates data the same way.

Data inside a sentence (a name, a phone number, a reference code) is wrapped in a
Unicode first-strong isolate (:func:`isolate`), so "01632 960185" inside Arabic keeps
its order and an Arabic name inside English cannot reorder the words around it.

Pages: A4 with 16 mm margins; a footer on every page (a reference and "page 2 of 3" in
the document's main language). :func:`write_pdf` writes straight to the chosen path
with :class:`QPdfWriter` (no temporary files); :func:`render` paints on any paged
device (a printer). Works off the GUI thread too (no widgets are involved).
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextOption,
)

from desktop_app.gui.documents.fonts import (
    document_font,
    font_families,
    load_bundled_fonts,
    size_scale,
)
from desktop_app.i18n import isolate, text_direction

PAGE_MARGIN_MM = 16.0
BODY_POINT_SIZE = 11.0
_SMALLEST_POINT_SIZE = 7.0
_FOOTER_POINT_SIZE = 8.0
_RESOLUTION = 300

BlockKind = Literal[
    "title",
    "heading",
    "subheading",
    "paragraph",
    "small",
    "fields",
    "bullets",
    "image",
    "rule",
    "page_break",
]


@dataclass(frozen=True, slots=True)
class Block:
    """One piece of a document. Build them with the functions below."""

    kind: BlockKind
    text: str = ""
    rows: tuple[tuple[str, str], ...] = ()  # fields: (label, value)
    items: tuple[str, ...] = ()  # bullets
    template: str = "{label}: {value}"  # fields: the translated "label: value"
    image: bytes = b""  # image: PNG bytes
    width: float = 0.4  # image: fraction of the text width
    bold: bool = False
    language: str | None = None  # text in another language than its section (a notice)
    data: bool = False  # free text someone typed: each line keeps its own direction
    lead: str = ""  # paragraph: a bold first line (a service's name), isolated


def title(text: str) -> Block:
    """The document's title (large, bold)."""
    return Block("title", text)


def heading(text: str) -> Block:
    """A section heading."""
    return Block("heading", text)


def subheading(text: str) -> Block:
    """A smaller heading (one record inside a section)."""
    return Block("subheading", text)


def paragraph(
    text: str, *, bold: bool = False, language: str | None = None, lead: str = ""
) -> Block:
    """A paragraph; line breaks in ``text`` are kept; ``lead`` is a bold first line."""
    return Block("paragraph", text, bold=bold, language=language, lead=lead)


def data(text: str) -> Block:
    """A paragraph of free text someone typed (a note), in whatever language it is.

    Each line is isolated, so an English note in an Arabic document keeps its word and
    punctuation order while the paragraph stays aligned with the document.
    """
    return Block("paragraph", text, data=True)


def small(text: str) -> Block:
    """Small print."""
    return Block("small", text)


def fields(rows: Iterable[tuple[str, str]], template: str = "{label}: {value}") -> Block:
    """Lines of "label: value"; rows with an empty value are left out. Values are isolated."""
    kept = tuple((label, value) for label, value in rows if value)
    return Block("fields", rows=kept, template=template)


def bullets(items: Iterable[str]) -> Block:
    """A bulleted list."""
    return Block("bullets", items=tuple(i for i in items if i))


def image(png: bytes, *, caption: str = "", width: float = 0.4) -> Block:
    """An image (PNG bytes), with an optional caption above it."""
    return Block("image", caption, image=png, width=width)


def rule() -> Block:
    """A horizontal line between parts of a document."""
    return Block("rule")


def page_break() -> Block:
    """Start the next block on a new page (a receipt's second copy)."""
    return Block("page_break")


@dataclass(frozen=True, slots=True)
class Section:
    """Blocks whose fixed texts are in one language.

    ``data_languages`` are the languages data inside may be written in (a family's
    names and notes): their fonts come right after the section's own.
    """

    language: str
    blocks: tuple[Block, ...]
    data_languages: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class FamilyDocument:
    """A whole document: sections, and what every page's footer says."""

    title: str  # PDF metadata only, and never a family's name: viewers show it
    sections: tuple[Section, ...]
    footer: str = ""  # e.g. the household's reference (already translated)
    page_label: str = "{page} / {pages}"  # translated "Page {page} of {pages}"
    one_page: bool = False  # shrink the text until it fits one page (the leaflet)
    point_size: float = BODY_POINT_SIZE

    @property
    def language(self) -> str:
        """The main language (the first section's)."""
        return self.sections[0].language if self.sections else "en"

    @property
    def languages(self) -> list[str]:
        """Every language in the document, main first."""
        found: list[str] = []
        for section in self.sections:
            for language in (section.language, *section.data_languages):
                if language not in found:
                    found.append(language)
        return found


# ---------------------------------------------------------------------------- HTML


def _direction(language: str) -> str:
    return "rtl" if text_direction(language) == "rtl" else "ltr"


def _families_css(languages: Sequence[str]) -> str:
    return ", ".join(f"'{family}'" for family in font_families(languages))


def _lines(text: str) -> str:
    return "<br/>".join(html.escape(line) for line in text.split("\n"))


def _data_lines(text: str) -> str:
    """Data of unknown direction (a note typed in English inside Arabic): each line isolated."""
    return "<br/>".join(html.escape(isolate(line)) for line in text.split("\n"))


def _image_name(section_index: int, block_index: int) -> str:
    return f"hearth-image-{section_index}-{block_index}"


def _block_html(
    block: Block, section: Section, name: str, text_width: float, point_size: float
) -> str:
    language = block.language or section.language
    direction = _direction(language)
    align = "right" if direction == "rtl" else "left"
    fonts = _families_css([language, *section.data_languages])
    attributes = f'dir="{direction}" align="{align}"'
    scale = size_scale(language)

    def style(percent: float, extra: str = "") -> str:
        # Qt's rich text ignores percentages: sizes in points, from the body size.
        size = point_size * percent / 100 * scale
        return f'style="font-family: {fonts}; font-size: {size:.1f}pt;{extra}"'

    kind = block.kind
    if kind == "title":
        return f"<h1 {attributes} {style(150)}>{_lines(block.text)}</h1>"
    if kind == "heading":
        return f"<h2 {attributes} {style(120, ' margin-top: 14px;')}>{_lines(block.text)}</h2>"
    if kind == "subheading":
        return f"<h3 {attributes} {style(105, ' margin-top: 8px;')}>{_lines(block.text)}</h3>"
    if kind in ("paragraph", "small"):
        body = _data_lines(block.text) if block.data else _lines(block.text)
        if block.bold:
            body = f"<b>{body}</b>"
        if block.lead:
            body = f"<b>{_data_lines(block.lead)}</b><br/>{body}"
        return f"<p {attributes} {style(85 if kind == 'small' else 100)}>{body}</p>"
    if kind == "fields":
        lines = [
            html.escape(block.template).format(
                label=f"<b>{html.escape(label)}</b>", value=_data_lines(value)
            )
            for label, value in block.rows
        ]
        return f"<p {attributes} {style(100)}>{'<br/>'.join(lines)}</p>"
    if kind == "bullets":
        # Paragraphs with a bullet at their logical start rather than <ul>: Qt draws a
        # list's bullets on the left even in a right-to-left list.
        side = "right" if direction == "rtl" else "left"
        return "".join(
            f"<p {attributes} {style(100, f' margin-{side}: 60px; margin-top: 0;')}>"
            f"\u2022 {_lines(item)}</p>"
            for item in block.items
        )
    if kind == "image":
        caption = f"{_lines(block.text)}<br/>" if block.text else ""
        width = int(text_width * block.width)
        return f'<p {attributes} {style(100)}>{caption}<img src="{name}" width="{width}"/></p>'
    if kind == "rule":
        return "<hr/>"
    if kind == "page_break":
        return '<p style="page-break-after: always; margin: 0;"></p>'
    raise ValueError(f"unknown block kind {kind!r}")


def document_html(
    document: FamilyDocument, *, text_width: float = 1000.0, point_size: float | None = None
) -> str:
    """Return the document as Qt rich text (images referred to by resource name)."""
    size = point_size or document.point_size
    parts = []
    for s, section in enumerate(document.sections):
        direction = _direction(section.language)
        blocks = "".join(
            _block_html(block, section, _image_name(s, b), text_width, size)
            for b, block in enumerate(section.blocks)
            if block.kind != "image" or block.image
        )
        parts.append(f'<div dir="{direction}">{blocks}</div>')
    body_direction = _direction(document.language)
    return f'<html><body dir="{body_direction}">{"".join(parts)}</body></html>'


# --------------------------------------------------------------------------- pages


def _page_layout() -> QPageLayout:
    margin = PAGE_MARGIN_MM
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(margin, margin, margin, margin),
        QPageLayout.Unit.Millimeter,
    )


def build_text_document(
    document: FamilyDocument, device: QPagedPaintDevice
) -> tuple[QTextDocument, float]:
    """Lay ``document`` out for ``device``'s pages; return it and the footer height."""
    load_bundled_fonts()
    text = QTextDocument()
    text.documentLayout().setPaintDevice(device)
    rtl = _direction(document.language) == "rtl"
    option = QTextOption()
    option.setTextDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    option.setAlignment(
        (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        | Qt.AlignmentFlag.AlignAbsolute
    )
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    text.setDefaultTextOption(option)
    paint_rect = device.pageLayout().paintRectPixels(device.logicalDpiX())
    dpi = device.logicalDpiY()
    # A footer on every page (the reference, "page 2 of 3"); a one-page leaflet has none.
    has_footer = bool(document.footer) or not document.one_page
    footer_height = _FOOTER_POINT_SIZE / 72.0 * dpi * 3.0 if has_footer else 0.0
    text.setPageSize(QSizeF(paint_rect.width(), paint_rect.height() - footer_height))
    text.setDocumentMargin(0)
    for s, section in enumerate(document.sections):
        for b, block in enumerate(section.blocks):
            if block.kind == "image" and block.image:
                picture = QImage.fromData(block.image)
                if not picture.isNull():
                    text.addResource(
                        QTextDocument.ResourceType.ImageResource, QUrl(_image_name(s, b)), picture
                    )
    size = document.point_size
    while True:
        text.setDefaultFont(document_font(document.languages, size))
        text.setHtml(document_html(document, text_width=paint_rect.width(), point_size=size))
        if not document.one_page or text.pageCount() <= 1 or size <= _SMALLEST_POINT_SIZE:
            break
        size -= 0.5
    return text, footer_height


def _paint_footer(
    painter: QPainter,
    document: FamilyDocument,
    rect: QRectF,
    page: int,
    pages: int,
) -> None:
    label = document.page_label.format(page=page, pages=pages) if pages > 1 else ""
    parts = [p for p in (isolate(document.footer) if document.footer else "", label) if p]
    if not parts:
        return
    font: QFont = document_font([document.language], _FOOTER_POINT_SIZE)
    painter.save()
    painter.setFont(font)
    rtl = _direction(document.language) == "rtl"
    painter.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    painter.setPen(Qt.GlobalColor.darkGray)
    painter.drawText(
        rect, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom), "  ·  ".join(parts)
    )
    painter.restore()


def render(document: FamilyDocument, device: QPagedPaintDevice) -> int:
    """Paint ``document`` on ``device`` (a PDF writer or a printer); return its pages."""
    device.setPageLayout(_page_layout())
    text, footer_height = build_text_document(document, device)
    page_height = text.pageSize().height()
    width = text.pageSize().width()
    pages = text.pageCount()
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("could not start painting the document")
    try:
        for page in range(pages):
            if page:
                device.newPage()
            painter.save()
            painter.translate(0, -page * page_height)
            text.drawContents(painter, QRectF(0, page * page_height, width, page_height))
            painter.restore()
            if footer_height:
                footer = QRectF(0, page_height, width, footer_height)
                _paint_footer(painter, document, footer, page + 1, pages)
    finally:
        painter.end()
    return pages


def write_pdf(document: FamilyDocument, path: Path) -> int:
    """Write ``document`` as a PDF at ``path`` (nowhere else); return its page count.

    Raises:
        OSError: the file could not be written there.
    """
    # QPdfWriter says nothing when it cannot create the file: check the folder first.
    if not path.parent.is_dir():
        raise FileNotFoundError(f"no such folder: {path.parent.name}")
    writer = QPdfWriter(str(path))
    writer.setResolution(_RESOLUTION)
    writer.setTitle(document.title)  # never a family name: PDF titles show in viewers
    writer.setCreator("Hearth")
    try:
        pages = render(document, writer)
    finally:
        del writer  # the file is finished when the writer goes away
    if not path.is_file() or path.stat().st_size == 0:
        raise OSError("the PDF could not be written")
    return pages
