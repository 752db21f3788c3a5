"""The subject-access PDF (GDPR Art. 15): everything Hearth holds, readable, in their language.

Rendered from the export of :func:`desktop_app.vault.subject_access.subject_access_export`
(the same dictionary that is saved as JSON beside it): the household, its people,
needs with what happened to each, referrals, meetings and calls, follow-ups, every
consent decision with the exact text the family was shown (in the language it was
shown in), parent-champion registration and matches, and events attended. Headings,
field labels and coded values (``"referred"``) are in the family's words; free text
staff wrote (notes) is printed as written. Empty fields are left out; an empty section
says so, so the family sees nothing was skipped.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from desktop_app.core.models import (
    AgeBand,
    ChampionMatchStatus,
    Channel,
    ClosedReason,
    ConsentDecision,
    ConsentMethod,
    ConsentPurpose,
    ContactKind,
    DecidedBy,
    EnglishProficiency,
    EsolLevel,
    EventKind,
    HouseholdStatus,
    InterpreterMode,
    NeedCategory,
    NeedStatus,
    PlatformConfidence,
    PriorSchooling,
    ReferralStatus,
    Role,
)
from desktop_app.gui.documents import render as r
from desktop_app.gui.documents.common import (
    FOOTER_REFERENCE,
    LABEL_VALUE,
    PAGE_LABEL,
    WrittenDocument,
    format_family_date,
    language_in,
    yes_no,
)
from desktop_app.gui.documents.words import PURPOSES, word_for
from desktop_app.i18n import isolate
from desktop_app.i18n.family import FN_, FNP_, FamilyTexts, family_texts

TITLE = FN_("Everything we keep about your family")
INTRO = FN_("You asked to see everything we keep about your family. This is all of it, on {date}.")
ABOUT_HEARTH = FN_(
    "We keep it in Hearth, the computer program the school team uses to plan help for "
    "families. It is locked with a password. Only staff who work with your family can open it."
)
CORRECT_TEXT = FN_(
    "If something here is wrong, tell us and we will correct it. You can also ask us to delete it."
)
NOTHING = FN_("We keep nothing here.")

FAMILY_HEADING = FN_("Your family")
PEOPLE_HEADING = FN_("People in your family")
PERSON_HEADING = FN_("Person {number}")
NEEDS_HEADING = FN_("Help you asked for")
REFERRALS_HEADING = FN_("Services we asked to help you")
CONTACTS_HEADING = FN_("Meetings and calls")
FOLLOW_UPS_HEADING = FN_("Things we planned to do")
CONSENT_HEADING = FN_("Your choices about your information")
NOTICES_HEADING = FN_("The texts you were shown")
SIGNATURES_HEADING = FN_("Your signatures")
CHAMPION_HEADING = FN_("Parent champions")
EVENTS_HEADING = FN_("Events you came to")

REFERENCE = FN_("Your reference")
ALIAS = FN_("The name we use for your family")
SCHOOL = FN_("School")
# TRANSLATORS: the part of town the family lives in.
AREA = FN_("Area")
ARRIVED = FN_("Month you arrived")
LANGUAGE = FN_("Your language")
INTERPRETER_LANGUAGE = FN_("Language of the interpreter")
CHANNEL = FN_("Best way to contact you")
PLATFORMS = FN_("Using the school's apps and websites")
KEY_CONTACT = FN_("Your contact at school")
# TRANSLATORS: label: where something stands, e.g. "Status: Sent to the service".
STATUS = FN_("Status")
CLOSED_REASON = FN_("Why we stopped")
CLOSED_ON = FN_("Stopped on")
VISITS = FN_("Home visits")
VISITS_EVERY = FNP_("Every {count} day", "Every {count} days")
STARTED = FN_("Record started")
CHANGED = FN_("Last changed")

# TRANSLATORS: label: a person's place in the family, e.g. "Who: Child".
ROLE = FN_("Who")
GIVEN_NAME = FN_("First name")
AGE = FN_("Age")
BIRTH_YEAR = FN_("Year of birth")
SCHOOL_YEAR = FN_("School year")
CLASS = FN_("Class")
ENGLISH = FN_("English")
PRIOR_SCHOOLING = FN_("School before coming here")
ESOL_LEVEL = FN_("English level (ESOL)")
WANTS_ESOL = FN_("Would like English classes")

NOTE = FN_("Note")
# TRANSLATORS: label: the date a need was first noted.
SINCE = FN_("Since")
HISTORY = FN_("What happened")
# TRANSLATORS: one step in the story of a need, e.g. "3 March 2026: We asked a service to help".
HISTORY_LINE = FN_("{date}: {status}")

SERVICE = FN_("Service")
FOR_NEED = FN_("For")
# TRANSLATORS: label: what came of a referral (a note staff wrote).
OUTCOME = FN_("Result")
SHARING = FN_("You agreed that we share your details")
REFERRED_ON = FN_("Sent on")
CHECK_AGAIN = FN_("We check again on")

# TRANSLATORS: label: what kind of meeting, event or task, e.g. "What: Home visit".
KIND = FN_("What")
DATE = FN_("Date")
DURATION = FN_("How long")
MINUTES = FNP_("{count} minute", "{count} minutes")
CONTACT_LANGUAGE = FN_("Language")
INTERPRETER = FN_("Interpreter")
INTERPRETER_NAME = FN_("Interpreter's name")
TOPICS = FN_("We talked about")
NEXT_CONTACT = FN_("Next contact")
STAFF = FN_("Staff member")

# TRANSLATORS: label: the date a planned task should be done by.
DUE = FN_("By")
DONE_ON = FN_("Done on")

# TRANSLATORS: label: what a consent decision is about.
ABOUT = FN_("About")
CHOICE = FN_("Your choice")
METHOD = FN_("How")
DECIDED_BY = FN_("Who decided")
REVIEW = FN_("We ask you again on")
PAPER = FN_("Paper form number")
TEXT_LANGUAGE = FN_("Language of the text")
# TRANSLATORS: label: a code that identifies the exact text shown (12 letters and digits).
TEXT_VERSION = FN_("Text version")
SIGNED_ON = FN_("Signed on {date}")

LANGUAGES = FN_("Languages")
YEAR_GROUPS = FN_("School years")
# TRANSLATORS: label: when a parent champion is free, e.g. "When: weekday mornings".
AVAILABILITY = FN_("When")
MAX_FAMILIES = FN_("Families at most")
# TRANSLATORS: label, answered Yes or No: whether a parent champion still helps families.
ACTIVE = FN_("Active")
YOU_AS_CHAMPION = FN_("You as a parent champion")
INTRODUCTION = FN_("Introduction {number}")
INTRODUCED_ON = FN_("Met on")
# TRANSLATORS: label: short meetings to see how an introduction is going.
CHECK_INS = FN_("Check-ins")
EVENT = FN_("Event")

_Row = tuple[str, str]


def _date(value: object, texts: FamilyTexts) -> str:
    """An ISO date or instant from the export, as the family's language writes it."""
    if not isinstance(value, str) or not value:
        return ""
    try:
        parsed: date | datetime = (
            datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)
        )
    except ValueError:
        return value
    return format_family_date(parsed, texts)


def _month(value: object, texts: FamilyTexts) -> str:
    """A ``YYYY-MM`` month ("March 2026" in the family's language)."""
    if not isinstance(value, str) or len(value) != 7:
        return str(value or "")
    from babel.dates import format_date

    from desktop_app.gui.documents.common import babel_locale

    try:
        return str(
            format_date(
                date.fromisoformat(f"{value}-01"), "LLLL y", locale=babel_locale(texts.locale)
            )
        )
    except (ValueError, LookupError):
        return value


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value if v)
    return str(value)


def _languages(value: object, texts: FamilyTexts) -> str:
    codes = value if isinstance(value, list | tuple) else [value] if value else []
    return ", ".join(language_in(str(c), texts) for c in codes if c)


class _Builder:
    """Collects the blocks of the export in one language."""

    def __init__(self, export: Mapping[str, Any], texts: FamilyTexts) -> None:
        self.export = export
        self.texts = texts
        self.t = texts.gettext
        self.blocks: list[r.Block] = []

    def word(self, kind: type[StrEnum], code: object) -> str:
        return word_for(kind, code, self.texts)

    def fields(self, rows: Iterable[_Row]) -> None:
        block = r.fields(rows, self.t(LABEL_VALUE))
        if block.rows:
            self.blocks.append(block)

    def section(self, heading: str, records: list[Any], each: Callable[[int, Any], None]) -> None:
        self.blocks.append(r.heading(self.t(heading)))
        if not records:
            self.blocks.append(r.paragraph(self.t(NOTHING)))
            return
        for number, record in enumerate(records, start=1):
            each(number, record)

    # --------------------------------------------------------------- the parts
    def intro(self) -> None:
        t = self.t
        when = isolate(_date(self.export.get("exported_at"), self.texts))
        self.blocks += [
            r.title(t(TITLE)),
            r.paragraph(t(INTRO).format(date=when)),
            r.paragraph(t(ABOUT_HEARTH)),
            r.paragraph(t(CORRECT_TEXT), bold=True),
        ]

    def household(self) -> None:
        t, texts = self.t, self.texts
        h: Mapping[str, Any] = self.export.get("household") or {}
        self.blocks.append(r.heading(t(FAMILY_HEADING)))
        cadence = h.get("visit_cadence_days")
        self.fields(
            [
                (t(REFERENCE), _text(h.get("reference"))),
                (t(ALIAS), _text(h.get("alias"))),
                (t(SCHOOL), _text(h.get("school"))),
                (t(AREA), _text(h.get("area"))),
                (t(ARRIVED), _month(h.get("arrival_month"), texts)),
                (t(LANGUAGE), _languages(h.get("preferred_language"), texts)),
                (t(INTERPRETER_LANGUAGE), _languages(h.get("interpreter_language"), texts)),
                (t(CHANNEL), self.word(Channel, h.get("preferred_channel"))),
                (t(PLATFORMS), self.word(PlatformConfidence, h.get("online_platform_confidence"))),
                (t(KEY_CONTACT), _text(h.get("key_contact"))),
                (t(STATUS), self.word(HouseholdStatus, h.get("status"))),
                (t(CLOSED_REASON), self.word(ClosedReason, h.get("closed_reason"))),
                (t(CLOSED_ON), _date(h.get("closed_on"), texts)),
                (
                    t(VISITS),
                    texts.ngettext(*VISITS_EVERY, int(cadence)).format(count=cadence)
                    if isinstance(cadence, int)
                    else "",
                ),
                (t(STARTED), _date(h.get("created_at"), texts)),
                (t(CHANGED), _date(h.get("updated_at"), texts)),
            ]
        )

    def person(self, number: int, p: Mapping[str, Any]) -> None:
        t = self.t
        self.blocks.append(r.subheading(t(PERSON_HEADING).format(number=number)))
        self.fields(
            [
                (t(ROLE), self.word(Role, p.get("role"))),
                (t(GIVEN_NAME), _text(p.get("given_name"))),
                (t(AGE), self.word(AgeBand, p.get("age_band"))),
                (t(BIRTH_YEAR), _text(p.get("birth_year"))),
                (t(SCHOOL_YEAR), _text(p.get("school_year"))),
                (t(CLASS), _text(p.get("class_name"))),
                (t(ENGLISH), self.word(EnglishProficiency, p.get("english_proficiency"))),
                (t(PRIOR_SCHOOLING), self.word(PriorSchooling, p.get("prior_schooling"))),
                (t(ESOL_LEVEL), self.word(EsolLevel, p.get("esol_level"))),
                (t(WANTS_ESOL), yes_no(p.get("wants_esol"), self.texts)),
            ]
        )

    def need(self, _number: int, n: Mapping[str, Any]) -> None:
        t, texts = self.t, self.texts
        self.blocks.append(r.subheading(self.word(NeedCategory, n.get("category"))))
        self.fields(
            [
                (t(STATUS), self.word(NeedStatus, n.get("status"))),
                (t(SINCE), _date(n.get("identified_on"), texts)),
                (t(NOTE), _text(n.get("note"))),
            ]
        )
        history = [
            t(HISTORY_LINE).format(
                date=isolate(_date(change.get("changed_on"), texts)),
                status=self.word(NeedStatus, change.get("status")),
            )
            for change in n.get("history") or []
            if isinstance(change, Mapping)
        ]
        if history:
            self.blocks += [r.paragraph(t(HISTORY), bold=True), r.bullets(history)]

    def referral(self, _number: int, ref: Mapping[str, Any]) -> None:
        t, texts = self.t, self.texts
        needs = {n.get("id"): n for n in self.export.get("needs") or [] if isinstance(n, Mapping)}
        need = needs.get(ref.get("need_id")) or {}
        self.blocks.append(r.subheading(_text(ref.get("service_name")) or t(SERVICE)))
        self.fields(
            [
                (t(FOR_NEED), self.word(NeedCategory, need.get("category"))),
                (t(STATUS), self.word(ReferralStatus, ref.get("status"))),
                (t(SHARING), yes_no(ref.get("consent_to_share"), texts)),
                (t(REFERRED_ON), _date(ref.get("referred_on"), texts)),
                (t(CHECK_AGAIN), _date(ref.get("follow_up_on"), texts)),
                (t(CLOSED_ON), _date(ref.get("blocked_on"), texts)),
                (t(OUTCOME), _text(ref.get("outcome"))),
            ]
        )

    def contact(self, _number: int, c: Mapping[str, Any]) -> None:
        t, texts = self.t, self.texts
        minutes = c.get("duration_minutes")
        heading = f"{_date(c.get('contact_on'), texts)} · {self.word(ContactKind, c.get('kind'))}"
        self.blocks.append(r.subheading(heading))
        topics = ", ".join(self.word(NeedCategory, code) for code in c.get("topics") or [])
        mode = c.get("interpreter_mode")
        self.fields(
            [
                (
                    t(DURATION),
                    texts.ngettext(*MINUTES, int(minutes)).format(count=minutes)
                    if isinstance(minutes, int)
                    else "",
                ),
                (t(CONTACT_LANGUAGE), _languages(c.get("language"), texts)),
                (t(INTERPRETER), self.word(InterpreterMode, mode) if mode != "none" else ""),
                (t(INTERPRETER_NAME), _text(c.get("interpreter_name"))),
                (t(TOPICS), topics),
                (t(NOTE), _text(c.get("note"))),
                (t(NEXT_CONTACT), _date(c.get("next_contact_due"), texts)),
                (t(STAFF), _text(c.get("staff_member"))),
            ]
        )

    def follow_up(self, _number: int, f: Mapping[str, Any]) -> None:
        t, texts = self.t, self.texts
        self.fields(
            [
                (t(KIND), _text(f.get("what"))),
                (t(DUE), _date(f.get("due_on"), texts)),
                (t(DONE_ON), _date(f.get("done_on"), texts)),
            ]
        )

    def consent_event(self, _number: int, e: Mapping[str, Any]) -> None:
        t, texts = self.t, self.texts
        try:
            purpose = t(PURPOSES[ConsentPurpose(str(e.get("purpose")))])
        except ValueError:
            purpose = _text(e.get("purpose"))
        heading = f"{_date(e.get('decided_at'), texts)} · {purpose}"
        self.blocks.append(r.subheading(heading))
        mode = e.get("interpreter_mode")
        self.fields(
            [
                (t(CHOICE), self.word(ConsentDecision, e.get("decision"))),
                (t(METHOD), self.word(ConsentMethod, e.get("method"))),
                (t(PAPER), _text(e.get("paper_reference"))),
                (t(DECIDED_BY), self.word(DecidedBy, e.get("decided_by"))),
                (t(INTERPRETER), self.word(InterpreterMode, mode) if mode != "none" else ""),
                (t(INTERPRETER_NAME), _text(e.get("interpreter_name"))),
                (t(INTERPRETER_LANGUAGE), _languages(e.get("interpreter_language"), texts)),
                (t(STAFF), _text(e.get("staff_member"))),
                (t(REVIEW), _date(e.get("review_on"), texts)),
                (t(TEXT_LANGUAGE), _languages(e.get("language"), texts)),
                (t(TEXT_VERSION), _text(e.get("notice_hash"))[:12]),
            ]
        )

    def consent(self) -> None:
        t = self.t
        consent: Mapping[str, Any] = self.export.get("consent") or {}
        history = [e for e in consent.get("history") or [] if isinstance(e, Mapping)]
        self.section(CONSENT_HEADING, history, self.consent_event)
        notices = consent.get("notices") or {}
        if isinstance(notices, Mapping) and notices:
            self.blocks.append(r.heading(t(NOTICES_HEADING)))
            for version, notice in notices.items():
                if not isinstance(notice, Mapping):
                    continue
                language = str(notice.get("language") or "en")
                self.fields(
                    [
                        (t(TEXT_VERSION), str(version)[:12]),
                        (t(TEXT_LANGUAGE), _languages(language, self.texts)),
                    ]
                )
                # The text exactly as shown, in its own language and direction.
                self.blocks.append(r.paragraph(_text(notice.get("text")), language=language))
        self.signatures(consent, history)

    def signatures(self, consent: Mapping[str, Any], history: list[Mapping[str, Any]]) -> None:
        signatures = consent.get("signatures") or {}
        if not isinstance(signatures, Mapping) or not signatures:
            return
        when = {str(e.get("id")): e.get("decided_at") for e in history}
        seen: set[bytes] = set()
        shown: list[r.Block] = []
        for event_id, encoded in signatures.items():
            try:
                png = base64.b64decode(str(encoded), validate=True)
            except (binascii.Error, ValueError):
                continue
            if png in seen:  # one signature covers every decision of that meeting
                continue
            seen.add(png)
            caption = self.t(SIGNED_ON).format(
                date=isolate(_date(when.get(str(event_id)), self.texts))
            )
            shown.append(r.image(png, caption=caption, width=0.3))
        if shown:
            self.blocks += [r.heading(self.t(SIGNATURES_HEADING)), *shown]

    def champion(self) -> None:
        t, texts = self.t, self.texts
        registration = self.export.get("champion")
        matches = [m for m in self.export.get("champion_matches") or [] if isinstance(m, Mapping)]
        self.blocks.append(r.heading(t(CHAMPION_HEADING)))
        if not isinstance(registration, Mapping) and not matches:
            self.blocks.append(r.paragraph(t(NOTHING)))
            return
        if isinstance(registration, Mapping):
            self.blocks.append(r.subheading(t(YOU_AS_CHAMPION)))
            self.fields(
                [
                    (t(LANGUAGES), _languages(registration.get("languages"), texts)),
                    (t(SCHOOL), _text(registration.get("school"))),
                    (t(YEAR_GROUPS), _text(registration.get("year_groups"))),
                    (t(AVAILABILITY), _text(registration.get("availability"))),
                    (t(MAX_FAMILIES), _text(registration.get("max_families"))),
                    (t(ACTIVE), yes_no(registration.get("active"), texts)),
                ]
            )
        for number, match in enumerate(matches, start=1):
            self.blocks.append(r.subheading(t(INTRODUCTION).format(number=number)))
            check_ins = [
                " — ".join(
                    p for p in (_date(c.get("checked_on"), texts), _text(c.get("note"))) if p
                )
                for c in match.get("check_ins") or []
                if isinstance(c, Mapping)
            ]
            self.fields(
                [
                    (t(STATUS), self.word(ChampionMatchStatus, match.get("status"))),
                    (t(INTRODUCED_ON), _date(match.get("introduced_on"), texts)),
                    (t(CHECK_INS), "; ".join(check_ins)),
                ]
            )

    def event(self, _number: int, e: Mapping[str, Any]) -> None:
        t, texts = self.t, self.texts
        self.fields(
            [
                (t(EVENT), _text(e.get("title"))),
                (t(KIND), self.word(EventKind, e.get("kind"))),
                (t(DATE), _date(e.get("held_on"), texts)),
                (t(SCHOOL), _text(e.get("school"))),
            ]
        )

    def build(self) -> list[r.Block]:
        export = self.export

        def records(key: str) -> list[Any]:
            return [x for x in export.get(key) or [] if isinstance(x, Mapping)]

        self.intro()
        self.household()
        self.section(PEOPLE_HEADING, records("people"), self.person)
        self.section(NEEDS_HEADING, records("needs"), self.need)
        self.section(REFERRALS_HEADING, records("referrals"), self.referral)
        self.section(CONTACTS_HEADING, records("contacts"), self.contact)
        self.section(FOLLOW_UPS_HEADING, records("follow_ups"), self.follow_up)
        self.consent()
        self.champion()
        self.section(EVENTS_HEADING, records("events_attended"), self.event)
        return self.blocks


def subject_access_document(
    export: Mapping[str, Any], language: str
) -> tuple[r.FamilyDocument, FamilyTexts]:
    """Return the export as a document in ``language`` (English without a catalog)."""
    texts = family_texts(language or "en")
    blocks = _Builder(export, texts).build()
    reference = _text((export.get("household") or {}).get("reference"))
    document = r.FamilyDocument(
        title="Hearth subject access export",
        sections=(r.Section(texts.language, tuple(blocks), (texts.requested,)),),
        footer=texts.gettext(FOOTER_REFERENCE).format(reference=reference) if reference else "",
        page_label=texts.gettext(PAGE_LABEL),
    )
    return document, texts


def write_subject_access_pdf(export: dict[str, Any], language: str, path: Path) -> None:
    """Write the readable subject-access PDF at ``path`` (the Consent tab's writer).

    Safe to call off the GUI thread (no widgets).

    Raises:
        OSError: the file could not be written there.
    """
    write_subject_access_document(export, language, path)


def write_subject_access_document(
    export: Mapping[str, Any], language: str, path: Path
) -> WrittenDocument:
    """Like :func:`write_subject_access_pdf`, and say which language it is in."""
    document, texts = subject_access_document(export, language)
    pages = r.write_pdf(document, path)
    return WrittenDocument(path, pages, texts.requested, texts.language)
