"""Consent and withdrawal receipts: what the family decided, on paper, in their language.

A consent receipt says, per purpose, what was agreed and what was not, in plain words;
when and how it was recorded (signed on screen, said through the interpreter — who, in
which language —, a paper form and its number), who decided, who wrote it down, when we
will ask again, and how to change one's mind and whom to tell. A withdrawal receipt says
what was taken back, when, and what happened at once ("your record is deleted").

Both are in the family's language, followed by the same in the staff member's language
when that differs (the school keeps the same wording). A signature drawn on screen is
printed on the family's copy: it is their own, and it shows the decision was theirs.

The content is captured when the receipt is prepared (:class:`ReceiptContent`), so a
withdrawal that erases the household can still be printed afterwards.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from desktop_app.core.models import (
    ConsentEvent,
    ConsentMethod,
    ConsentPurpose,
    HouseholdAggregate,
    InterpreterMode,
)
from desktop_app.gui.documents import render as r
from desktop_app.gui.documents.common import (
    FOOTER_REFERENCE,
    LABEL_VALUE,
    PAGE_LABEL,
    STAFF_COPY_HEADING,
    WrittenDocument,
    copies,
    format_family_date,
    language_in,
)
from desktop_app.gui.documents.words import (
    METHOD_SENTENCES,
    PURPOSES,
    RECEIPT_DECISIONS,
    WITHDRAWAL_EFFECTS,
    word,
)
from desktop_app.i18n import current_language, isolate
from desktop_app.i18n.family import FN_, FamilyTexts
from desktop_app.i18n.locales import native_name

CONSENT_TITLE = FN_("Your choices about your family's information")
CONSENT_INTRO = FN_(
    "On {date} you told us what you agree to. This page shows your choices. Please keep it."
)
REFERENCE_LABEL = FN_("Your reference")
SCHOOL_LABEL = FN_("School")
CHOICES_HEADING = FN_("What you chose")
HOW_HEADING = FN_("How you told us")
DECIDED_BY_LABEL = FN_("Who decided")
INTERPRETER_LABEL = FN_("Interpreter")
# TRANSLATORS: {name} is the interpreter or agency, {how} e.g. "An interpreter, by phone".
INTERPRETER_VALUE = FN_("{name} ({how})")
INTERPRETER_LANGUAGE_LABEL = FN_("Language of the interpreter")
# TRANSLATORS: the staff member who recorded the decision.
STAFF_LABEL = FN_("Written down by")
REVIEW_TEXT = FN_("We will ask you again on {date}. You can change your mind before then.")
CHANGE_HEADING = FN_("How to change your mind")
CHANGE_TEXT = FN_(
    "You can change your mind at any time. It is free. It does not change your children's "
    "place at school."
)
CONTACT_NAMED_SCHOOL = FN_("Tell {name} at {school}, or any member of staff.")
CONTACT_NAMED = FN_("Tell {name}, or any member of staff.")
CONTACT_SCHOOL = FN_("Tell any member of staff at {school}.")
CONTACT_ANYONE = FN_("Tell any member of staff who works with you.")
SEE_TEXT = FN_("You can ask to see everything we keep about you.")
SIGNATURE_CAPTION = FN_("Your signature")

WITHDRAWAL_TITLE = FN_("You took back your agreement")
WITHDRAWAL_INTRO = FN_(
    "On {date} you told us that you do not agree any more to the things below. We did what "
    "you asked straight away."
)
WITHDRAWN_HEADING = FN_("What you took back, and what happens now")
AGAIN_HEADING = FN_("If you change your mind again")
AGAIN_TEXT = FN_("If you want to agree again one day, tell us.")
KEEP_TEXT = FN_("Keep this page. It shows what you asked for.")

#: Writes a receipt to a path; the result says which language it is in.
ReceiptWriter = Callable[[Path], WrittenDocument]


@dataclass(frozen=True, slots=True)
class ReceiptContent:
    """Everything a receipt says, captured when it is prepared."""

    reference: str
    family_language: str
    events: tuple[ConsentEvent, ...]
    school: str = ""
    key_contact: str = ""
    signature_png: bytes = b""
    staff_language: str | None = None  # None: the UI language when written


def receipt_content(
    aggregate: HouseholdAggregate,
    events: Iterable[ConsentEvent],
    *,
    signature_png: bytes = b"",
    staff_language: str | None = None,
) -> ReceiptContent:
    """Capture a receipt's content from a household and the decisions it is about."""
    household = aggregate.household
    order = list(ConsentPurpose)
    chosen = sorted(events, key=lambda e: order.index(e.purpose))
    return ReceiptContent(
        reference=household.reference,
        family_language=household.preferred_language or (chosen[0].language if chosen else "en"),
        events=tuple(chosen),
        school=household.school,
        key_contact=household.key_contact,
        signature_png=signature_png,
        staff_language=staff_language,
    )


# ------------------------------------------------------------------------ contents


def _contact(content: ReceiptContent, t: Callable[[str], str]) -> str:
    name, school = isolate(content.key_contact), isolate(content.school)
    if name and school:
        return t(CONTACT_NAMED_SCHOOL).format(name=name, school=school)
    if name:
        return t(CONTACT_NAMED).format(name=name)
    if school:
        return t(CONTACT_SCHOOL).format(school=school)
    return t(CONTACT_ANYONE)


def _decided_on(content: ReceiptContent) -> date | None:
    times = [e.decided_at for e in content.events]
    return max(times).astimezone().date() if times else None


def _review_on(content: ReceiptContent) -> date | None:
    for event in content.events:
        if event.purpose is ConsentPurpose.CASE_RECORD and event.review_on is not None:
            return event.review_on
    dates = [e.review_on for e in content.events if e.review_on is not None]
    return min(dates) if dates else None


def _how(content: ReceiptContent, texts: FamilyTexts) -> list[r.Block]:
    t = texts.gettext
    first = content.events[0]
    sentence = t(METHOD_SENTENCES[first.method])
    if first.method is ConsentMethod.PAPER_FORM:
        sentence = sentence.format(reference=isolate(first.paper_reference))
    rows = [(t(DECIDED_BY_LABEL), word(first.decided_by, texts))]
    if first.interpreter_mode is not InterpreterMode.NONE:
        how = word(first.interpreter_mode, texts)
        name = first.interpreter_name
        rows.append(
            (t(INTERPRETER_LABEL), t(INTERPRETER_VALUE).format(name=name, how=how) if name else how)
        )
        rows.append((t(INTERPRETER_LANGUAGE_LABEL), language_in(first.interpreter_language, texts)))
    rows.append((t(STAFF_LABEL), first.staff_member))
    return [r.heading(t(HOW_HEADING)), r.paragraph(sentence), r.fields(rows, t(LABEL_VALUE))]


def _who(content: ReceiptContent, texts: FamilyTexts) -> r.Block:
    t = texts.gettext
    return r.fields(
        [(t(REFERENCE_LABEL), content.reference), (t(SCHOOL_LABEL), content.school)],
        t(LABEL_VALUE),
    )


def _copy_heading(index: int, texts: FamilyTexts) -> list[r.Block]:
    if index == 0:
        return []
    language = native_name(texts.language)
    heading = texts.gettext(STAFF_COPY_HEADING).format(language=language)
    return [r.page_break(), r.small(heading), r.rule()]


def _consent_blocks(content: ReceiptContent, texts: FamilyTexts, index: int) -> list[r.Block]:
    t = texts.gettext
    day = format_family_date(_decided_on(content), texts)
    blocks = [
        *_copy_heading(index, texts),
        r.title(t(CONSENT_TITLE)),
        r.paragraph(t(CONSENT_INTRO).format(date=isolate(day))),
        _who(content, texts),
        r.heading(t(CHOICES_HEADING)),
        r.fields(
            [(t(PURPOSES[e.purpose]), t(RECEIPT_DECISIONS[e.decision])) for e in content.events],
            t(LABEL_VALUE),
        ),
        *_how(content, texts),
    ]
    review = _review_on(content)
    if review is not None:
        when = isolate(format_family_date(review, texts))
        blocks.append(r.paragraph(t(REVIEW_TEXT).format(date=when), bold=True))
    blocks += [
        r.heading(t(CHANGE_HEADING)),
        r.paragraph(t(CHANGE_TEXT)),
        r.paragraph(_contact(content, t), bold=True),
        r.paragraph(t(SEE_TEXT)),
    ]
    if index == 0 and content.signature_png:
        blocks.append(r.image(content.signature_png, caption=t(SIGNATURE_CAPTION), width=0.35))
    return blocks


def _withdrawal_blocks(content: ReceiptContent, texts: FamilyTexts, index: int) -> list[r.Block]:
    t = texts.gettext
    day = format_family_date(_decided_on(content), texts)
    blocks = [
        *_copy_heading(index, texts),
        r.title(t(WITHDRAWAL_TITLE)),
        r.paragraph(t(WITHDRAWAL_INTRO).format(date=isolate(day))),
        _who(content, texts),
        r.heading(t(WITHDRAWN_HEADING)),
    ]
    for event in content.events:
        blocks += [
            r.subheading(t(PURPOSES[event.purpose])),
            r.paragraph(t(WITHDRAWAL_EFFECTS[event.purpose])),
        ]
    blocks += [
        *_how(content, texts),
        r.heading(t(AGAIN_HEADING)),
        r.paragraph(t(AGAIN_TEXT)),
        r.paragraph(_contact(content, t), bold=True),
        r.paragraph(t(KEEP_TEXT)),
    ]
    return blocks


def _document(
    content: ReceiptContent,
    build: Callable[[ReceiptContent, FamilyTexts, int], list[r.Block]],
    metadata_title: str,
) -> tuple[r.FamilyDocument, FamilyTexts]:
    if not content.events:
        raise ValueError("a receipt needs at least one decision")
    staff = content.staff_language or current_language()
    texts = copies(content.family_language, staff)
    sections = tuple(
        r.Section(copy.language, tuple(build(content, copy, i)), (content.family_language,))
        for i, copy in enumerate(texts)
    )
    main = texts[0]
    document = r.FamilyDocument(
        title=metadata_title,
        sections=sections,
        footer=main.gettext(FOOTER_REFERENCE).format(reference=content.reference),
        page_label=main.gettext(PAGE_LABEL),
    )
    return document, main


def consent_receipt_document(content: ReceiptContent) -> r.FamilyDocument:
    """Return the consent receipt (family's copy, then the staff's when different)."""
    return _document(content, _consent_blocks, "Hearth consent receipt")[0]


def withdrawal_receipt_document(content: ReceiptContent) -> r.FamilyDocument:
    """Return the withdrawal receipt (family's copy, then the staff's when different)."""
    return _document(content, _withdrawal_blocks, "Hearth withdrawal receipt")[0]


def write_consent_receipt(content: ReceiptContent, path: Path) -> WrittenDocument:
    """Write the consent receipt PDF at ``path`` (nowhere else)."""
    document, main = _document(content, _consent_blocks, "Hearth consent receipt")
    pages = r.write_pdf(document, path)
    return WrittenDocument(path, pages, content.family_language, main.language)


def write_withdrawal_receipt(content: ReceiptContent, path: Path) -> WrittenDocument:
    """Write the withdrawal receipt PDF at ``path`` (nowhere else)."""
    document, main = _document(content, _withdrawal_blocks, "Hearth withdrawal receipt")
    pages = r.write_pdf(document, path)
    return WrittenDocument(path, pages, content.family_language, main.language)


# ---------------------------------------------------------------- wiring the dialogs


def _signature(services: Any, events: Iterable[ConsentEvent]) -> bytes:
    for event in events:
        if event.id is not None and event.method is ConsentMethod.SIGNED_ON_SCREEN:
            png = services.consent.signature(event.id)
            if png:
                return bytes(png)
    return b""


def consent_receipts(
    services: Any, household_id: int, events: list[ConsentEvent]
) -> ReceiptWriter | None:
    """The Consent tab's ``ReceiptFactory`` for recorded decisions (after COMMIT)."""
    aggregate = services.households.get(household_id)
    if aggregate is None or not events:
        return None
    content = receipt_content(
        aggregate,
        events,
        signature_png=_signature(services, events),
        staff_language=current_language(),
    )
    return lambda path: write_consent_receipt(content, path)


def withdrawal_receipts(
    services: Any, household_id: int, events: list[ConsentEvent]
) -> ReceiptWriter | None:
    """The Consent tab's ``ReceiptFactory`` for a withdrawal (called before it happens).

    Everything is captured now: after an erasure there is nothing left to read.
    """
    aggregate = services.households.get(household_id)
    if aggregate is None or not events:
        return None
    content = receipt_content(aggregate, events, staff_language=current_language())
    return lambda path: write_withdrawal_receipt(content, path)
