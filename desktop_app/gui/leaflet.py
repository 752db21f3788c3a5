"""The one-page leaflet a family takes home from the intake meeting, in their language.

It says who their key contact at school is, which services they were signposted or
referred to and how to reach each one, and when the next meeting is. The fixed texts
come from the gettext catalog of the *family's* language (``gettext_for``), while the
staff member's screen stays in theirs; without a catalog for that language the leaflet
is in English and the wizard says so. Right-to-left languages get a right-to-left
document and a font with their script.

Rendered with :class:`QTextDocument` onto a paged device: a :class:`QPdfWriter` for a
PDF, or a :class:`QPrinter`. Nothing is written anywhere the person did not choose.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextOption,
)

from desktop_app.i18n import N_, gettext_for, text_direction

# Fixed texts of the leaflet: translated into the family's language at render time.
TITLE = N_("Welcome to school: who to contact and where to find help")
KEY_CONTACT_HEADING = N_("Your contact at school")
KEY_CONTACT_TEXT = N_(
    "{name} is your contact at school. You can ask them anything about school. "
    "You can ask for an interpreter."
)
SCHOOL_TEXT = N_("School: {school}")
NEXT_MEETING_HEADING = N_("Your next meeting")
NEXT_MEETING_TEXT = N_("We will meet again on {date}.")
SERVICES_HEADING = N_("Places that can help you")
NO_SERVICES_TEXT = N_("Ask your contact at school if you need help with anything.")
REFERRAL_TEXT = N_("We asked this service to contact you.")
SIGNPOSTED_TEXT = N_("You can contact this service yourself.")
SPEAKS_LANGUAGE_TEXT = N_("They can help in your language.")
PHONE_TEXT = N_("Phone: {phone}")
EMAIL_TEXT = N_("E-mail: {email}")
WEBSITE_TEXT = N_("Website: {website}")
ADDRESS_TEXT = N_("Address: {address}")
OPENING_TEXT = N_("Open: {times}")
FOOTER_TEXT = N_(
    "Keep this page. If anything changes for your family, please tell us: we are here to help."
)

PAGE_MARGIN_MM = 16.0
_LARGEST_POINT_SIZE = 12.0
_SMALLEST_POINT_SIZE = 7.0

# Fonts that hold the glyphs of a script, best first (Debian: fonts-noto-core,
# fonts-dejavu-core; see scripts/system-deps). Qt falls back per glyph for the rest.
_RTL_FONTS = ("Noto Naskh Arabic", "Noto Sans Arabic", "DejaVu Sans")
_LTR_FONTS = ("Noto Sans", "DejaVu Sans")


@dataclass(frozen=True, slots=True)
class LeafletService:
    """A service as the family needs it: how to reach it, and what happens next."""

    name: str
    phone: str = ""
    email: str = ""
    website: str = ""
    address: str = ""
    opening_times: str = ""
    referral: bool = False
    speaks_language: bool = False


@dataclass(frozen=True, slots=True)
class LeafletContent:
    """Everything on a leaflet (no family names, no reference: it may get lost)."""

    language: str
    key_contact: str
    next_meeting: date
    school: str = ""
    services: tuple[LeafletService, ...] = ()


@cache
def _installed_families() -> frozenset[str]:
    return frozenset(QFontDatabase.families())


def leaflet_font(language: str) -> QFont:
    """Return a font that has the glyphs of ``language``'s script."""
    wanted = _RTL_FONTS if text_direction(language) == "rtl" else _LTR_FONTS
    installed = _installed_families()
    family = next((f for f in wanted if f in installed), "")
    font = QFont(family) if family else QFont()
    font.setPointSizeF(_LARGEST_POINT_SIZE)
    return font


def format_meeting_date(value: date, language: str) -> str:
    """Return a date in full in ``language`` ("Thursday, 14 May 2026"), else ISO."""
    from babel.dates import format_date

    # Hearth serves UK schools: English dates read "Monday, 16 March 2026".
    tag = "en_GB" if language == "en" else language.replace("-", "_")
    for locale in (tag, language.split("-")[0], "en_GB"):
        try:
            return str(format_date(value, format="full", locale=locale))
        except (ValueError, LookupError):
            continue
    return value.isoformat()


def isolate(value: str) -> str:
    """Wrap data in a Unicode first-strong isolate, so its own direction holds.

    Without it, a phone number such as "01632 960185" inside an Arabic sentence is
    shown as "960185 01632" (digit runs take the paragraph's right-to-left order).
    """
    return f"\u2068{value}\u2069"


def leaflet_html(content: LeafletContent, gettext: Callable[[str], str], language: str) -> str:
    """Return the leaflet as Qt rich text, with fixed texts through ``gettext``."""
    e = html.escape
    rtl = text_direction(language) == "rtl"
    direction = "rtl" if rtl else "ltr"
    align = "right" if rtl else "left"
    block = f'dir="{direction}" align="{align}"'
    key_contact = gettext(KEY_CONTACT_TEXT).format(name=isolate(content.key_contact))
    parts = [
        f'<h1 {block} style="font-size: 150%;">{e(gettext(TITLE))}</h1>',
        f"<h2 {block}>{e(gettext(KEY_CONTACT_HEADING))}</h2>",
        f"<p {block}><b>{e(key_contact)}</b></p>",
    ]
    if content.school:
        parts.append(
            f"<p {block}>{e(gettext(SCHOOL_TEXT).format(school=isolate(content.school)))}</p>"
        )
    meeting = isolate(format_meeting_date(content.next_meeting, language))
    parts += [
        f"<h2 {block}>{e(gettext(NEXT_MEETING_HEADING))}</h2>",
        f"<p {block}><b>{e(gettext(NEXT_MEETING_TEXT).format(date=meeting))}</b></p>",
        f"<h2 {block}>{e(gettext(SERVICES_HEADING))}</h2>",
    ]
    if not content.services:
        parts.append(f"<p {block}>{e(gettext(NO_SERVICES_TEXT))}</p>")
    for service in content.services:
        status = gettext(REFERRAL_TEXT if service.referral else SIGNPOSTED_TEXT)
        if service.speaks_language:
            status = f"{status} {gettext(SPEAKS_LANGUAGE_TEXT)}"
        reach = [
            gettext(template).format(**{key: isolate(value)})
            for template, value, key in (
                (PHONE_TEXT, service.phone, "phone"),
                (EMAIL_TEXT, service.email, "email"),
                (WEBSITE_TEXT, service.website, "website"),
            )
            if value
        ]
        where = [
            gettext(template).format(**{key: isolate(value)})
            for template, value, key in (
                (ADDRESS_TEXT, service.address, "address"),
                (OPENING_TEXT, service.opening_times, "times"),
            )
            if value
        ]
        lines = [status, *(" · ".join(group) for group in (reach, where) if group)]
        body = "<br/>".join(e(line) for line in lines)
        parts.append(
            f'<p {block} style="margin-top: 6px;"><b>{e(isolate(service.name))}</b><br/>{body}</p>'
        )
    parts.append(f'<p {block} style="margin-top: 16px;"><i>{e(gettext(FOOTER_TEXT))}</i></p>')
    return f'<html><body dir="{direction}">{"".join(parts)}</body></html>'


def build_document(content: LeafletContent, device: QPagedPaintDevice) -> tuple[QTextDocument, str]:
    """Lay out the leaflet for ``device``'s page; return it and the language it is in.

    The font shrinks until everything fits on one page.
    """
    gettext, used = gettext_for(content.language)
    # Dates and direction follow the language the texts are actually in.
    language = content.language if used != "en" else "en"
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    option = QTextOption()
    if text_direction(language) == "rtl":
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        option.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
    else:
        option.setTextDirection(Qt.LayoutDirection.LeftToRight)
        option.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    paint_rect = device.pageLayout().paintRectPixels(device.logicalDpiX())
    document.setPageSize(QSizeF(paint_rect.width(), paint_rect.height()))
    document.setDocumentMargin(0)
    font = leaflet_font(language)
    markup = leaflet_html(content, gettext, language)
    size = _LARGEST_POINT_SIZE
    while True:
        font.setPointSizeF(size)
        document.setDefaultFont(font)
        document.setHtml(markup)
        if document.pageCount() <= 1 or size <= _SMALLEST_POINT_SIZE:
            break
        size -= 0.5
    return document, used


def render_leaflet(content: LeafletContent, device: QPagedPaintDevice) -> str:
    """Paint the leaflet on one page of ``device`` (a PDF writer or a printer).

    Returns:
        The language the fixed texts are in (``"en"`` when there is no catalog).
    """
    device.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    document, used = build_document(content, device)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("could not start painting the leaflet")
    try:
        document.drawContents(painter)
    finally:
        painter.end()
    return used


def write_leaflet_pdf(content: LeafletContent, path: Path) -> str:
    """Write the leaflet as a one-page PDF; return the language its texts are in."""
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setTitle("Hearth leaflet")  # never a family name: PDF titles show in viewers
    writer.setCreator("Hearth")
    used = render_leaflet(content, writer)
    del writer  # the file is finished when the writer goes away
    return used
