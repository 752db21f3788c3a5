"""The Day-1 intake meeting as data: what the wizard collects, and what the vault stores.

The intake wizard keeps everything typed in an :class:`IntakeState` (plain strings,
numbers and lists, so it round-trips through JSON for encrypted drafts), and turns it
into one :class:`~desktop_app.core.models.HouseholdAggregate` when the meeting ends.
Pure Python: no Qt, no SQL.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field, fields
from datetime import date, timedelta
from typing import Any

from desktop_app.core.models import (
    AgeBand,
    Channel,
    ConsentEvent,
    Contact,
    ContactKind,
    EnglishProficiency,
    EsolLevel,
    FollowUp,
    FollowUpSource,
    Household,
    HouseholdAggregate,
    InterpreterMode,
    Need,
    NeedCategory,
    NeedStatus,
    NeedStatusChange,
    Person,
    PlatformConfidence,
    PriorSchooling,
    Referral,
    ReferralStatus,
    Role,
    Service,
    YearMonth,
)

DRAFT_KIND = "intake"
"""The kind of intake drafts in the vault's drafts table."""

DRAFT_VERSION = 1
"""Bumped when the payload's shape changes; older drafts are read as far as they fit."""

DEFAULT_CHECK_IN_DAYS = 14
"""The next check-in after an intake meeting: two weeks, unless staff pick another day."""


@dataclass(slots=True)
class PersonEntry:
    """One caregiver or child as typed (strings: a draft keeps even half-typed values)."""

    role: str = Role.CHILD.value
    given_name: str = ""
    age_band: str = ""
    birth_year: str = ""
    school_year: str = ""
    class_name: str = ""
    english_proficiency: str = ""
    prior_schooling: str = ""
    esol_level: str = ""
    wants_esol: bool = False


@dataclass(slots=True)
class NeedEntry:
    """A ticked need and its short note."""

    category: str
    note: str = ""


@dataclass(slots=True)
class ServiceChoice:
    """A service picked for a need: signposted (details given) or a referral."""

    category: str
    service_id: int
    referral: bool = False


@dataclass(slots=True)
class IntakeState:
    """Everything the intake wizard holds; the payload of an intake draft."""

    language: str = ""
    interpreter_mode: str = InterpreterMode.NONE.value
    interpreter_name: str = ""
    consent: dict[str, Any] = field(default_factory=dict)  # owned by the consent page
    alias: str = ""
    school: str = ""
    arrival_month: str = ""  # "YYYY-MM", or "" when not known
    preferred_channel: str = Channel.IN_PERSON.value
    platform_confidence: str = PlatformConfidence.UNKNOWN.value
    people: list[PersonEntry] = field(default_factory=list)
    needs: list[NeedEntry] = field(default_factory=list)
    choices: list[ServiceChoice] = field(default_factory=list)
    key_contact: str = ""
    next_check_in: str = ""  # ISO date, "" for the default
    page: int = 0  # the step on screen when the draft was saved

    # ------------------------------------------------------------------ drafts
    def to_payload(self) -> bytes:
        """Return the state as UTF-8 JSON for an encrypted draft."""
        data = asdict(self)
        data["version"] = DRAFT_VERSION
        return json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8")

    @classmethod
    def from_payload(cls, payload: bytes) -> IntakeState:
        """Read a draft payload; unknown keys are ignored, missing ones take defaults."""
        data = json.loads(payload.decode("utf-8"))
        if not isinstance(data, dict):
            raise ValueError("an intake draft is a JSON object")
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        values["people"] = [_entry(PersonEntry, p) for p in data.get("people", [])]
        values["needs"] = [_entry(NeedEntry, n) for n in data.get("needs", [])]
        values["choices"] = [_entry(ServiceChoice, c) for c in data.get("choices", [])]
        return cls(**values)

    def is_blank(self) -> bool:
        """Whether nothing worth keeping was typed yet (no draft needed)."""
        typed = (
            self.language,
            self.interpreter_name.strip(),
            self.alias.strip(),
            self.school.strip(),
            self.arrival_month,
            self.people,
            self.needs,
            self.choices,
        )
        return not any(typed) and True not in self.consent.values()

    # ----------------------------------------------------------------- helpers
    def need_categories(self) -> list[NeedCategory]:
        """Return the ticked needs in checklist order."""
        return [NeedCategory(n.category) for n in self.needs]

    def choices_for(self, category: NeedCategory) -> list[ServiceChoice]:
        """Return the services picked for one need."""
        return [c for c in self.choices if c.category == category.value]

    def check_in_date(self, today: date) -> date:
        """Return the next check-in day (two weeks after ``today`` unless changed)."""
        if self.next_check_in:
            return date.fromisoformat(self.next_check_in)
        return today + timedelta(days=DEFAULT_CHECK_IN_DAYS)


def _entry(cls: Any, raw: Any) -> Any:
    if not isinstance(raw, dict):
        raise ValueError("malformed intake draft")
    known = {f.name for f in fields(cls)}
    return cls(**{k: v for k, v in raw.items() if k in known})


def offers_language(service: Service, language: str) -> bool:
    """Whether a service offers ``language`` (or its base: ``fa`` ~ ``fa-AF``)."""
    if not language:
        return False
    base = language.split("-")[0]
    return any(
        offered == language or offered.split("-")[0] == base for offered in service.languages
    )


def language_first(services: Iterable[Service], language: str) -> list[Service]:
    """Order services: those offering the family's language first, then by name."""
    return sorted(services, key=lambda s: (not offers_language(s, language), s.name.casefold()))


def _enum_or_none(kind: Any, value: str) -> Any:
    return kind(value) if value else None


def build_person(entry: PersonEntry) -> Person:
    """Turn a typed person into a record (the form has validated the birth year)."""
    role = Role(entry.role)
    child = role is Role.CHILD
    return Person(
        role=role,
        given_name=entry.given_name.strip(),
        age_band=_enum_or_none(AgeBand, entry.age_band),
        birth_year=int(entry.birth_year) if entry.birth_year.strip() else None,
        school_year=entry.school_year.strip() if child else "",
        class_name=entry.class_name.strip() if child else "",
        english_proficiency=(
            _enum_or_none(EnglishProficiency, entry.english_proficiency) if child else None
        ),
        prior_schooling=_enum_or_none(PriorSchooling, entry.prior_schooling) if child else None,
        esol_level=None if child else _enum_or_none(EsolLevel, entry.esol_level),
        wants_esol=None if child else entry.wants_esol,
    )


def build_aggregate(
    state: IntakeState,
    *,
    staff_member: str,
    today: date,
    consents: Sequence[ConsentEvent],
    sharing_consent: bool,
    follow_up_text: str,
) -> HouseholdAggregate:
    """Return the new household, as the vault's ``HouseholdRepository.create`` takes it.

    The meeting itself becomes an intake-meeting contact (language, interpreter, topics
    and the next check-in), the check-in a follow-up, each picked service a referral:
    *suggested* when the family was only given the details (signposted), *referred* when
    staff refer them (which needs ``sharing_consent``; the vault refuses it otherwise).

    Args:
        state: what the wizard collected.
        staff_member: who ran the meeting.
        today: the day of the meeting.
        consents: the consent events recorded in the meeting.
        sharing_consent: whether the family agreed to share details for referrals.
        follow_up_text: what the follow-up says, in the staff member's language.
    """
    mode = InterpreterMode(state.interpreter_mode)
    check_in = state.check_in_date(today)
    household = Household(
        reference="",
        alias=state.alias.strip(),
        school=state.school.strip(),
        arrival_month=YearMonth.parse(state.arrival_month) if state.arrival_month else None,
        preferred_language=state.language,
        interpreter_language=(
            state.language if mode is not InterpreterMode.NONE and state.language else None
        ),
        preferred_channel=Channel(state.preferred_channel),
        online_platform_confidence=PlatformConfidence(state.platform_confidence),
        key_contact=state.key_contact.strip(),
    )
    needs: list[Need] = []
    referrals: list[Referral] = []
    for position, entry in enumerate(state.needs):
        category = NeedCategory(entry.category)
        picked = state.choices_for(category)
        status = NeedStatus.IDENTIFIED
        if any(c.referral for c in picked):
            status = NeedStatus.REFERRED
        elif picked:
            status = NeedStatus.SIGNPOSTED
        history = [NeedStatusChange(NeedStatus.IDENTIFIED, today)]
        if status is not NeedStatus.IDENTIFIED:
            history.append(NeedStatusChange(status, today))
        needs.append(
            Need(
                category=category,
                status=status,
                note=entry.note.strip(),
                identified_on=today,
                status_changed_on=None if status is NeedStatus.IDENTIFIED else today,
                history=tuple(history),
            )
        )
        for choice in picked:
            referrals.append(
                Referral(
                    need_id=position,
                    service_id=choice.service_id,
                    consent_to_share=choice.referral and sharing_consent,
                    status=ReferralStatus.REFERRED if choice.referral else ReferralStatus.SUGGESTED,
                    referred_on=today if choice.referral else None,
                    status_changed_on=today,
                    follow_up_on=check_in if choice.referral else None,
                )
            )
    contact = Contact(
        kind=ContactKind.INTAKE_MEETING,
        contact_on=today,
        language=state.language,
        interpreter_mode=mode,
        interpreter_name=state.interpreter_name.strip(),
        topics=tuple(state.need_categories()),
        next_contact_due=check_in,
        staff_member=staff_member,
    )
    return HouseholdAggregate(
        household=household,
        people=tuple(build_person(p) for p in state.people),
        needs=tuple(needs),
        contacts=(contact,),
        follow_ups=(FollowUp(what=follow_up_text, due_on=check_in, source=FollowUpSource.CONTACT),),
        referrals=tuple(referrals),
        consents=tuple(consents),
    )
