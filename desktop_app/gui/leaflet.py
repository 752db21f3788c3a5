"""The one-page leaflet a family takes home from the intake meeting, in their language.

It says who their key contact at school is, which services they were signposted or
referred to and how to reach each one, and when the next meeting is. The fixed texts
come from the ``family`` catalog of the *family's* language
(:func:`desktop_app.i18n.family.family_texts`), while the staff member's screen stays in
theirs; without a catalog for that language the leaflet is in English and the wizard
says so. Right-to-left languages get a right-to-left document and the bundled font of
their script.

Rendered by the family documents' renderer (:mod:`desktop_app.gui.documents.render`),
shrunk until it fits one page, onto a :class:`QPdfWriter` or a :class:`QPrinter`.
Nothing is written anywhere the person did not choose.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtGui import QPagedPaintDevice

from desktop_app.gui.documents import render as r
from desktop_app.gui.documents.common import format_family_date
from desktop_app.i18n import isolate
from desktop_app.i18n.family import FN_, FamilyTexts, family_texts

__all__ = [
    "LeafletContent",
    "LeafletService",
    "leaflet_document",
    "render_leaflet",
    "write_leaflet_pdf",
]


# Fixed texts of the leaflet: translated into the family's language at render time.
TITLE = FN_("Welcome to school: who to contact and where to find help")
KEY_CONTACT_HEADING = FN_("Your contact at school")
KEY_CONTACT_TEXT = FN_(
    "{name} is your contact at school. You can ask them anything about school. "
    "You can ask for an interpreter."
)
SCHOOL_TEXT = FN_("School: {school}")
NEXT_MEETING_HEADING = FN_("Your next meeting")
NEXT_MEETING_TEXT = FN_("We will meet again on {date}.")
SERVICES_HEADING = FN_("Places that can help you")
NO_SERVICES_TEXT = FN_("Ask your contact at school if you need help with anything.")
REFERRAL_TEXT = FN_("We asked this service to contact you.")
SIGNPOSTED_TEXT = FN_("You can contact this service yourself.")
SPEAKS_LANGUAGE_TEXT = FN_("They can help in your language.")
PHONE_TEXT = FN_("Phone: {phone}")
EMAIL_TEXT = FN_("E-mail: {email}")
WEBSITE_TEXT = FN_("Website: {website}")
ADDRESS_TEXT = FN_("Address: {address}")
OPENING_TEXT = FN_("Open: {times}")
FOOTER_TEXT = FN_(
    "Keep this page. If anything changes for your family, please tell us: we are here to help."
)


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


def _service_lines(service: LeafletService, texts: FamilyTexts) -> str:
    t = texts.gettext
    status = t(REFERRAL_TEXT if service.referral else SIGNPOSTED_TEXT)
    if service.speaks_language:
        status = f"{status} {t(SPEAKS_LANGUAGE_TEXT)}"

    def joined(items: tuple[tuple[str, str, str], ...]) -> str:
        return " · ".join(
            t(template).format(**{key: isolate(value)}) for template, value, key in items if value
        )

    reach = joined(
        (
            (PHONE_TEXT, service.phone, "phone"),
            (EMAIL_TEXT, service.email, "email"),
            (WEBSITE_TEXT, service.website, "website"),
        )
    )
    where = joined(
        ((ADDRESS_TEXT, service.address, "address"), (OPENING_TEXT, service.opening_times, "times"))
    )
    return "\n".join(line for line in (status, reach, where) if line)


def leaflet_document(content: LeafletContent) -> tuple[r.FamilyDocument, FamilyTexts]:
    """Return the leaflet as a one-page family document, and the texts it is in."""
    texts = family_texts(content.language)
    t = texts.gettext
    blocks: list[r.Block] = [
        r.title(t(TITLE)),
        r.heading(t(KEY_CONTACT_HEADING)),
        r.paragraph(t(KEY_CONTACT_TEXT).format(name=isolate(content.key_contact)), bold=True),
    ]
    if content.school:
        blocks.append(r.paragraph(t(SCHOOL_TEXT).format(school=isolate(content.school))))
    meeting = isolate(format_family_date(content.next_meeting, texts, "full"))
    blocks += [
        r.heading(t(NEXT_MEETING_HEADING)),
        r.paragraph(t(NEXT_MEETING_TEXT).format(date=meeting), bold=True),
        r.heading(t(SERVICES_HEADING)),
    ]
    if not content.services:
        blocks.append(r.paragraph(t(NO_SERVICES_TEXT)))
    for service in content.services:
        blocks.append(r.paragraph(_service_lines(service, texts), lead=service.name))
    blocks.append(r.paragraph(t(FOOTER_TEXT), bold=True))
    document = r.FamilyDocument(
        title="Hearth leaflet",
        sections=(r.Section(texts.language, tuple(blocks), (content.language,)),),
        one_page=True,
        point_size=12.0,
    )
    return document, texts


def render_leaflet(content: LeafletContent, device: QPagedPaintDevice) -> str:
    """Paint the leaflet on one page of ``device`` (a PDF writer or a printer).

    Returns:
        The language the fixed texts are in (``"en"`` when there is no catalog).
    """
    document, texts = leaflet_document(content)
    r.render(document, device)
    return texts.language


def write_leaflet_pdf(content: LeafletContent, path: Path) -> str:
    """Write the leaflet as a one-page PDF; return the language its texts are in."""
    document, texts = leaflet_document(content)
    r.write_pdf(document, path)
    return texts.language
