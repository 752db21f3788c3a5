"""Hearth's data model: immutable records and the vocabularies they use.

This module is the shared contract between the vault (which stores these records), the
demo generator (which builds them) and the GUI (which shows and edits them). It is pure
Python: no SQL, no Qt.

Conventions:
    * Every record is a frozen, slotted dataclass; change one with
      :func:`dataclasses.replace` and hand it back to its repository.
    * ``id`` is the integer primary key, ``None`` until the record is stored. Ids are
      never shown to families; the human-facing handle of a household is its
      pseudonymous ``reference`` (``HH-7F3K``).
    * Dates are :class:`datetime.date`, instants are timezone-aware UTC
      :class:`datetime.datetime`; the vault stores both as ISO 8601 text.
    * Languages are BCP 47 tags (``"ar"``, ``"ti"``, ``"uk"``, ``"fa-AF"``).
    * Minimal by design (DESIGN §4): only what lets staff help. Free-text fields are
      short notes, not case histories.
"""

from __future__ import annotations

import hashlib
import random
import secrets
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum

# --------------------------------------------------------------------------- vocabularies


class Role(StrEnum):
    """A person's place in the household."""

    CAREGIVER = "caregiver"
    CHILD = "child"
    OTHER = "other"


class HouseholdStatus(StrEnum):
    """Whether staff are still working with the household."""

    OPEN = "open"
    CLOSED = "closed"


class ClosedReason(StrEnum):
    """Why a case was closed (kept for outcome statistics, not as a narrative)."""

    NEEDS_MET = "needs_met"
    MOVED_AWAY = "moved_away"
    FAMILY_REQUEST = "family_request"
    LOST_CONTACT = "lost_contact"
    CONSENT_WITHDRAWN = "consent_withdrawn"
    OTHER = "other"


class Channel(StrEnum):
    """How the family prefers to be contacted."""

    IN_PERSON = "in_person"
    PHONE = "phone"
    SMS = "sms"
    MESSAGING = "messaging"
    LETTER_HOME_LANGUAGE = "letter_home_language"


class PlatformConfidence(StrEnum):
    """Confidence with the school's online platforms (apps, portals, email)."""

    NONE = "none"
    WITH_HELP = "with_help"
    CONFIDENT = "confident"
    UNKNOWN = "unknown"


class AgeBand(StrEnum):
    """Age band, used instead of a date of birth (minimal data)."""

    UNDER_5 = "0-4"
    AGE_5_10 = "5-10"
    AGE_11_15 = "11-15"
    AGE_16_17 = "16-17"
    AGE_18_24 = "18-24"
    AGE_25_39 = "25-39"
    AGE_40_59 = "40-59"
    AGE_60_PLUS = "60+"


class EnglishProficiency(StrEnum):
    """DfE proficiency in English scale for pupils (codes A–E)."""

    A = "A"  # new to English
    B = "B"  # early acquisition
    C = "C"  # developing competence
    D = "D"  # competent
    E = "E"  # fluent


class PriorSchooling(StrEnum):
    """A child's schooling before arrival."""

    NONE = "none"
    INTERRUPTED = "interrupted"
    CONTINUOUS = "continuous"
    UNKNOWN = "unknown"


class EsolLevel(StrEnum):
    """An adult's English (ESOL) level, on the national ESOL levels."""

    PRE_ENTRY = "pre_entry"
    ENTRY_1 = "entry_1"
    ENTRY_2 = "entry_2"
    ENTRY_3 = "entry_3"
    LEVEL_1 = "level_1"
    LEVEL_2 = "level_2"
    UNKNOWN = "unknown"


class NeedCategory(StrEnum):
    """The wider needs staff signpost (exactly DESIGN §4)."""

    HOUSING = "housing"
    ESOL_FOR_PARENTS = "esol_for_parents"
    IMMIGRATION_LEGAL_ADVICE = "immigration_legal_advice"
    FOOD = "food"
    SCHOOL_UNIFORM = "school_uniform"
    DIGITAL_DEVICE_INTERNET = "digital_device_internet"
    PHYSICAL_HEALTH = "physical_health"
    MENTAL_HEALTH_WELLBEING = "mental_health_wellbeing"
    EMPLOYMENT_TRAINING = "employment_training"
    EDUCATION_SYSTEM_GUIDANCE = "education_system_guidance"
    TUTORING = "tutoring"
    TRANSPORT = "transport"
    CHILDCARE_YOUNGER_SIBLINGS = "childcare_younger_siblings"
    SOCIAL_CONNECTION = "social_connection"
    SAFETY = "safety"


class NeedStatus(StrEnum):
    """identified → signposted → referred → met / declined / no longer needed."""

    IDENTIFIED = "identified"
    SIGNPOSTED = "signposted"
    REFERRED = "referred"
    MET = "met"
    DECLINED = "declined"
    NO_LONGER_NEEDED = "no_longer_needed"

    @property
    def is_open(self) -> bool:
        """Whether staff still have something to do about this need."""
        return self in _OPEN_NEED_STATUSES


_OPEN_NEED_STATUSES = frozenset({NeedStatus.IDENTIFIED, NeedStatus.SIGNPOSTED, NeedStatus.REFERRED})
OPEN_NEED_STATUSES: frozenset[NeedStatus] = _OPEN_NEED_STATUSES


class ServiceAccess(StrEnum):
    """How a family gets to a service."""

    WALK_IN = "walk_in"
    REFERRAL = "referral"
    EITHER = "either"


class ReferralStatus(StrEnum):
    """suggested → referred → accepted → completed / declined / no response."""

    SUGGESTED = "suggested"
    REFERRED = "referred"
    ACCEPTED = "accepted"
    COMPLETED = "completed"
    DECLINED = "declined"
    NO_RESPONSE = "no_response"


class ContactKind(StrEnum):
    """What kind of contact took place."""

    INTAKE_MEETING = "intake_meeting"
    HOME_VISIT = "home_visit"
    CHECK_IN_CALL = "check_in_call"
    SCHOOL_EVENT = "school_event"  # includes coffee mornings
    WORKSHOP = "workshop"


class InterpreterMode(StrEnum):
    """Who interpreted, and how. A child interpreting is recorded and warned about."""

    NONE = "none"
    QUALIFIED_IN_PERSON = "qualified_in_person"
    QUALIFIED_PHONE = "qualified_phone"
    QUALIFIED_VIDEO = "qualified_video"
    FAMILY_MEMBER = "family_member"
    CHILD = "child"

    @property
    def is_qualified(self) -> bool:
        """Whether a qualified interpreter was used (an indicator in §6)."""
        return self in {
            InterpreterMode.QUALIFIED_IN_PERSON,
            InterpreterMode.QUALIFIED_PHONE,
            InterpreterMode.QUALIFIED_VIDEO,
        }

    @property
    def needs_warning(self) -> bool:
        """Whether the forms should warn (children should not interpret)."""
        return self is InterpreterMode.CHILD


class FollowUpSource(StrEnum):
    """What created a follow-up."""

    MANUAL = "manual"
    CONTACT = "contact"
    REFERRAL = "referral"
    CONSENT_REVIEW = "consent_review"


class ChampionMatchStatus(StrEnum):
    """Where an introduction to a parent champion stands."""

    SUGGESTED = "suggested"
    INTRODUCED = "introduced"
    ACTIVE = "active"
    ENDED = "ended"
    DECLINED = "declined"


class EventKind(StrEnum):
    """Group events that families attend."""

    COFFEE_MORNING = "coffee_morning"
    WORKSHOP = "workshop"
    SCHOOL_EVENT = "school_event"
    ESOL_SESSION = "esol_session"  # English classes for parents (schema v2)
    CELEBRATION = "celebration"  # a graduation or celebration families come to (v2)
    OTHER = "other"


class ConsentPurpose(StrEnum):
    """The default consent purposes (DESIGN §5)."""

    CASE_RECORD = "case_record"
    REFERRAL_SHARING = "referral_sharing"
    STATISTICS = "statistics"
    CONTACT_CHANNELS = "contact_channels"
    CHAMPION_INTRODUCTION = "champion_introduction"


class ConsentDecision(StrEnum):
    """A decision recorded in a consent event."""

    GIVEN = "given"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"
    RENEWED = "renewed"

    @property
    def grants(self) -> bool:
        """Whether this decision leaves consent in place."""
        return self in {ConsentDecision.GIVEN, ConsentDecision.RENEWED}


class ConsentMethod(StrEnum):
    """How the decision was captured (demonstrable consent)."""

    SIGNED_ON_SCREEN = "signed_on_screen"
    VERBAL_VIA_INTERPRETER = "verbal_via_interpreter"
    PAPER_FORM = "paper_form"


class DecidedBy(StrEnum):
    """Who made the consent decision."""

    CAREGIVER = "caregiver"
    GUARDIAN = "guardian"
    YOUNG_PERSON = "young_person"


# ------------------------------------------------------------------------------ helpers

#: Reference alphabet: digits and capitals without 0/O, 1/I/L and U, which are misread
#: aloud and on paper (Crockford's choice, minus U).
REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
REFERENCE_PREFIX = "HH-"


def new_reference(rng: random.Random | None = None, *, length: int = 4) -> str:
    """Return a fresh random household reference such as ``HH-7F3K``.

    Args:
        rng: a seeded generator for reproducible references (the demo); by default the
            operating system's CSPRNG, so references reveal nothing about order or time.
        length: number of code characters; the vault lengthens codes when short ones
            collide.

    Uniqueness is enforced by the vault, which retries (and lengthens) on collision.
    """
    choose = secrets.choice if rng is None else rng.choice
    return REFERENCE_PREFIX + "".join(choose(REFERENCE_ALPHABET) for _ in range(length))


def utc_now() -> datetime:
    """Return the current instant, timezone-aware UTC, to whole seconds."""
    return datetime.now(UTC).replace(microsecond=0)


@dataclass(frozen=True, slots=True, order=True)
class YearMonth:
    """A month such as an arrival month (no day: minimal data)."""

    year: int
    month: int

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12:
            raise ValueError("month must be 1..12")
        if not 1900 <= self.year <= 2200:
            raise ValueError("year out of range")

    def isoformat(self) -> str:
        """Return ``YYYY-MM``."""
        return f"{self.year:04d}-{self.month:02d}"

    @classmethod
    def parse(cls, text: str) -> YearMonth:
        """Parse ``YYYY-MM``."""
        year, month = text.split("-")
        return cls(int(year), int(month))


# ------------------------------------------------------------------------------ records


@dataclass(frozen=True, slots=True)
class Household:
    """A family known to Hearth under a pseudonymous reference."""

    reference: str
    alias: str = ""
    school: str = ""
    area: str = ""
    arrival_month: YearMonth | None = None
    preferred_language: str = ""
    interpreter_language: str | None = None  # None: no interpreter needed
    preferred_channel: Channel = Channel.IN_PERSON
    online_platform_confidence: PlatformConfidence = PlatformConfidence.UNKNOWN
    key_contact: str = ""  # the staff member at school the family knows
    status: HouseholdStatus = HouseholdStatus.OPEN
    closed_reason: ClosedReason | None = None
    closed_on: date | None = None
    visit_cadence_days: int | None = None  # e.g. 14: a home visit every fortnight
    # The staff member (their sign-in name) who visits the family; by default whoever
    # ran the intake or, failing that, the latest contact (see core.cadence).
    assigned_worker: str = ""
    created_at: datetime = field(default_factory=utc_now)
    updated_at: datetime = field(default_factory=utc_now)
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Person:
    """A member of a household; children and adults use different optional fields."""

    role: Role
    given_name: str = ""
    age_band: AgeBand | None = None
    birth_year: int | None = None
    # children
    school_year: str = ""  # e.g. "Year 4", "Reception"
    class_name: str = ""
    english_proficiency: EnglishProficiency | None = None
    prior_schooling: PriorSchooling | None = None
    # adults
    esol_level: EsolLevel | None = None
    wants_esol: bool | None = None
    household_id: int | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class NeedStatusChange:
    """One step in a need's history."""

    status: NeedStatus
    changed_on: date


@dataclass(frozen=True, slots=True)
class Need:
    """A wider need of the household that staff help with."""

    category: NeedCategory
    status: NeedStatus = NeedStatus.IDENTIFIED
    note: str = ""
    identified_on: date = field(default_factory=date.today)
    status_changed_on: date | None = None  # None: unchanged since identified_on
    history: tuple[NeedStatusChange, ...] = ()  # oldest first, includes the first status
    household_id: int | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Service:
    """An entry in the offline signposting directory (HSDS-shaped on import/export)."""

    name: str
    categories: tuple[NeedCategory, ...] = ()
    languages: tuple[str, ...] = ()
    phone: str = ""
    email: str = ""
    website: str = ""
    address: str = ""
    opening_times: str = ""
    access: ServiceAccess = ServiceAccess.EITHER
    notes: str = ""
    archived: bool = False
    organization: str = ""  # who runs it ("" when the name says enough)
    what_to_bring: str = ""  # printed on the referral slip (documents, proof of address…)
    # The service's identifier in Open Referral (HSDS) exchanges: a UUID, kept across
    # exports and imports so a re-imported directory updates its services.
    hsds_id: str = ""
    id: int | None = None


@dataclass(frozen=True, slots=True)
class ReferralStatusChange:
    """One step in a referral's history."""

    status: ReferralStatus
    changed_on: date


@dataclass(frozen=True, slots=True)
class Referral:
    """A need referred to a service.

    In a *new* :class:`HouseholdAggregate` (needs not stored yet), ``need_id`` holds the
    0-based position of the need in ``HouseholdAggregate.needs``; the repository swaps
    in the stored id.
    """

    need_id: int
    service_id: int
    consent_to_share: bool
    status: ReferralStatus = ReferralStatus.SUGGESTED
    outcome: str = ""
    referred_on: date | None = None
    status_changed_on: date | None = None
    follow_up_on: date | None = None
    # The day the family withdrew consent to share: the referral is blocked (it cannot
    # move on) and flagged, so staff tell the service. None: not blocked.
    blocked_on: date | None = None
    history: tuple[ReferralStatusChange, ...] = ()  # oldest first
    household_id: int | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Contact:
    """One contact with the family: a meeting, visit, call, event or workshop."""

    kind: ContactKind
    contact_on: date
    duration_minutes: int | None = None
    language: str = ""
    interpreter_mode: InterpreterMode = InterpreterMode.NONE
    interpreter_name: str = ""
    topics: tuple[NeedCategory, ...] = ()
    note: str = ""
    next_contact_due: date | None = None
    staff_member: str = ""
    household_id: int | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class FollowUp:
    """Something to do for a household by a date (the *Today* view)."""

    what: str
    due_on: date
    done_on: date | None = None
    source: FollowUpSource = FollowUpSource.MANUAL
    # What the follow-up is about, when it is one of the household's needs or referrals
    # (None: about the family in general).
    need_id: int | None = None
    referral_id: int | None = None
    household_id: int | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Champion:
    """An established, consenting family who welcomes newcomers ("Friendly Faces")."""

    household_id: int
    languages: tuple[str, ...] = ()
    school: str = ""
    year_groups: tuple[str, ...] = ()
    availability: str = ""  # e.g. "school drop-off, weekday mornings"
    max_families: int = 2
    active: bool = True  # False: paused (or retired, or their consent was withdrawn)
    retired_on: date | None = None  # stopped being a champion (schema v2)
    id: int | None = None


@dataclass(frozen=True, slots=True)
class ChampionCheckIn:
    """A check-in on how a champion match is going."""

    checked_on: date
    note: str = ""


@dataclass(frozen=True, slots=True)
class ChampionMatch:
    """A newcomer household introduced to a champion."""

    champion_id: int
    household_id: int
    status: ChampionMatchStatus = ChampionMatchStatus.SUGGESTED
    introduced_on: date | None = None
    check_ins: tuple[ChampionCheckIn, ...] = ()
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """A group event (coffee morning, workshop) families can attend."""

    title: str
    kind: EventKind
    held_on: date
    school: str = ""
    languages: tuple[str, ...] = ()
    id: int | None = None


@dataclass(frozen=True, slots=True)
class EventAttendance:
    """A household attending an event."""

    event_id: int
    household_id: int
    people_count: int = 1
    id: int | None = None


def consent_notice_hash(purpose: ConsentPurpose, language: str, text: str) -> str:
    """Return the version hash of a consent notice text (hex SHA-256)."""
    digest = hashlib.sha256()
    for part in (str(purpose), language, text):
        encoded = part.encode("utf-8")
        # Length-prefixed so ("a", "bc") and ("ab", "c") never collide.
        digest.update(len(encoded).to_bytes(8, "big") + encoded)
    return digest.hexdigest()


@dataclass(frozen=True, slots=True)
class ConsentNotice:
    """The exact text a family was shown for one purpose, in one language."""

    purpose: ConsentPurpose
    language: str
    text: str
    version_hash: str = ""  # filled in from the text when empty

    def __post_init__(self) -> None:
        expected = consent_notice_hash(self.purpose, self.language, self.text)
        if not self.version_hash:
            object.__setattr__(self, "version_hash", expected)
        elif self.version_hash != expected:
            raise ValueError("consent notice hash does not match its text")


@dataclass(frozen=True, slots=True)
class ConsentEvent:
    """One consent decision; consent history is append-only."""

    purpose: ConsentPurpose
    decision: ConsentDecision
    notice_hash: str
    language: str
    method: ConsentMethod
    decided_by: DecidedBy
    staff_member: str
    decided_at: datetime = field(default_factory=utc_now)
    paper_reference: str = ""
    interpreter_name: str = ""
    interpreter_language: str = ""
    interpreter_mode: InterpreterMode = InterpreterMode.NONE
    review_on: date | None = None
    household_id: int | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Draft:
    """An unfinished form saved into the vault (e.g. on auto-lock)."""

    kind: str  # e.g. "intake_wizard", "contact_form"
    key: str  # e.g. a household reference or "new"
    payload: bytes  # JSON, UTF-8
    saved_at: datetime = field(default_factory=utc_now)


# ------------------------------------------------------------------- aggregates and rows


@dataclass(frozen=True, slots=True)
class HouseholdAggregate:
    """A household with everything that belongs to it (deleted with it)."""

    household: Household
    people: tuple[Person, ...] = ()
    needs: tuple[Need, ...] = ()
    contacts: tuple[Contact, ...] = ()
    follow_ups: tuple[FollowUp, ...] = ()
    referrals: tuple[Referral, ...] = ()
    consents: tuple[ConsentEvent, ...] = ()


#: The name the vault API uses for a full household read / bulk-insert unit.
HouseholdRecord = HouseholdAggregate


@dataclass(frozen=True, slots=True)
class HouseholdRow:
    """One line of the Families list (and of search results)."""

    id: int
    reference: str
    alias: str
    school: str
    preferred_language: str
    open_needs: int
    next_contact_due: date | None
    status: HouseholdStatus
    last_contact_on: date | None
    days_since_last_contact: int | None  # relative to the ``today`` of the query
    closed_on: date | None = None  # when a closed case was closed
    # Overdue by a whole visit cycle on the ``today`` of the query (core.cadence).
    slipped: bool = False
    assigned_worker: str = ""


class HouseholdSort(StrEnum):
    """Orderings of the Families list."""

    REFERENCE = "reference"
    NEXT_CONTACT_DUE = "next_contact_due"
    STATUS = "status"
    SCHOOL = "school"
    LAST_CONTACT = "last_contact"


@dataclass(frozen=True, slots=True)
class HouseholdFilters:
    """Filters of the Families list; ``None``/``False`` means "don't filter"."""

    school: str | None = None
    need_category: NeedCategory | None = None
    overdue: bool = False  # next contact due before today, or an overdue follow-up
    slipped: bool = False  # overdue by a whole visit cycle (core.cadence)
    status: HouseholdStatus | None = None
    query: str = ""  # search text (references, names, notes); blank: no text filter
