"""The referral slip: one service, how to get there, and whom to ask at school.

Given to a family when staff signpost or refer them: what the service is and what it
helps with, whether we asked it to contact them or they can go themselves, how to get
there (address, phone, website, e-mail, opening times; walk in or referral first),
whether it speaks their language, anything good to know, and their key contact at
school. In the family's language, on one or two pages. No family name is printed: the
slip may be shown at the service's door.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from desktop_app.core.intake import offers_language
from desktop_app.core.models import (
    HouseholdAggregate,
    Referral,
    ReferralStatus,
    Service,
)
from desktop_app.gui.documents import render as r
from desktop_app.gui.documents.common import (
    LABEL_VALUE,
    PAGE_LABEL,
    WrittenDocument,
    format_family_date,
)
from desktop_app.gui.documents.words import word
from desktop_app.i18n import isolate
from desktop_app.i18n.family import FN_, FamilyTexts, family_texts

SLIP_TITLE = FN_("A service that can help you")
HELPS_WITH_LABEL = FN_("It can help with")
# TRANSLATORS: label: the need this service is for, e.g. "For: Food".
FOR_LABEL = FN_("For")
STATUS_REFERRED = FN_("We asked this service to help you. They may contact you.")
STATUS_SUGGESTED = FN_("You can contact this service yourself.")
STATUS_DONE = FN_("This service has helped you. You can contact them again.")
STATUS_NOT_ACCEPTED = FN_("You can still contact this service yourself.")
REACH_HEADING = FN_("How to get there")
ADDRESS_LABEL = FN_("Address")
PHONE_LABEL = FN_("Phone")
WEBSITE_LABEL = FN_("Website")
EMAIL_LABEL = FN_("E-mail")
# TRANSLATORS: label before opening times, e.g. "Open: Mon–Fri 9:00–17:00".
OPEN_LABEL = FN_("Open")
SPEAKS_LANGUAGE = FN_("They can help in your language.")
WHAT_TO_BRING_HEADING = FN_("What to bring")
GOOD_TO_KNOW_HEADING = FN_("Good to know")
CONTACT_HEADING = FN_("Your contact at school")
CONTACT_TEXT = FN_(
    "{name} is your contact at school. You can ask them anything about school. "
    "You can ask for an interpreter."
)
SCHOOL_TEXT = FN_("School: {school}")
QUESTIONS_TEXT = FN_("If you have a question about this service, ask your contact at school.")
WRITTEN_ON = FN_("Written on {date}.")

#: What a service can tell a family beyond how to reach it, one heading per field, in
#: the order printed. Each entry: (heading, the field's text). A new ``Service`` field
#: a family needs is one more entry here.
SERVICE_DETAILS: tuple[tuple[str, Callable[[Service], str]], ...] = (
    (WHAT_TO_BRING_HEADING, lambda service: service.what_to_bring),
    (GOOD_TO_KNOW_HEADING, lambda service: service.notes),
)

_REFERRED = frozenset({ReferralStatus.REFERRED, ReferralStatus.ACCEPTED})
_NOT_ACCEPTED = frozenset({ReferralStatus.DECLINED, ReferralStatus.NO_RESPONSE})


def _status(referral: Referral, t: Callable[[str], str]) -> str:
    if referral.blocked_on is not None or referral.status in _NOT_ACCEPTED:
        return t(STATUS_NOT_ACCEPTED)
    if referral.status in _REFERRED and referral.consent_to_share:
        return t(STATUS_REFERRED)
    if referral.status is ReferralStatus.COMPLETED:
        return t(STATUS_DONE)
    return t(STATUS_SUGGESTED)


def referral_slip_document(
    household: HouseholdAggregate,
    referral: Referral,
    service: Service,
    language: str,
    *,
    today: date | None = None,
) -> tuple[r.FamilyDocument, FamilyTexts]:
    """Return the slip's document and the texts it is in."""
    texts = family_texts(language or household.household.preferred_language or "en")
    t = texts.gettext
    need = next((n for n in household.needs if n.id == referral.need_id), None)
    helps = ", ".join(word(category, texts) for category in service.categories)
    blocks: list[r.Block] = [
        r.title(t(SLIP_TITLE)),
        r.heading(service.name),
        r.fields(
            [
                (t(HELPS_WITH_LABEL), helps),
                (t(FOR_LABEL), word(need.category, texts) if need is not None else ""),
            ],
            t(LABEL_VALUE),
        ),
        r.paragraph(_status(referral, t), bold=True),
        r.paragraph(word(service.access, texts)),
    ]
    if offers_language(service, texts.requested):
        blocks.append(r.paragraph(t(SPEAKS_LANGUAGE)))
    blocks += [
        r.heading(t(REACH_HEADING)),
        r.fields(
            [
                (t(ADDRESS_LABEL), service.address),
                (t(PHONE_LABEL), service.phone),
                (t(WEBSITE_LABEL), service.website),
                (t(EMAIL_LABEL), service.email),
                (t(OPEN_LABEL), service.opening_times),
            ],
            t(LABEL_VALUE),
        ),
    ]
    for detail_heading, text_of in SERVICE_DETAILS:
        text = text_of(service).strip()
        if text:
            blocks += [r.heading(t(detail_heading)), r.data(text)]
    key_contact = household.household.key_contact
    school = household.household.school
    blocks.append(r.heading(t(CONTACT_HEADING)))
    if key_contact:
        blocks.append(r.paragraph(t(CONTACT_TEXT).format(name=isolate(key_contact)), bold=True))
    if school:
        blocks.append(r.paragraph(t(SCHOOL_TEXT).format(school=isolate(school))))
    blocks.append(r.paragraph(t(QUESTIONS_TEXT)))
    written = isolate(format_family_date(today or date.today(), texts))
    blocks.append(r.small(t(WRITTEN_ON).format(date=written)))
    document = r.FamilyDocument(
        title="Hearth referral slip",
        sections=(r.Section(texts.language, tuple(blocks), (texts.requested,)),),
        page_label=t(PAGE_LABEL),
    )
    return document, texts


def write_referral_slip(
    path: Path, household: HouseholdAggregate, referral: Referral, service: Service, language: str
) -> None:
    """Write the referral slip PDF at ``path`` in ``language`` (English without a catalog).

    Raises:
        OSError: the file could not be written there.
    """
    write_referral_slip_document(path, household, referral, service, language)


def write_referral_slip_document(
    path: Path, household: HouseholdAggregate, referral: Referral, service: Service, language: str
) -> WrittenDocument:
    """Like :func:`write_referral_slip`, and say which language the slip is in."""
    document, texts = referral_slip_document(household, referral, service, language)
    pages = r.write_pdf(document, path)
    return WrittenDocument(path, pages, texts.requested, texts.language)
