"""Words for the vocabularies of the data model, and dates as people read them.

The enum values in :mod:`desktop_app.core.models` are storage codes; these are the
translated words staff see. Module-level strings are marked with ``N_`` and translated
at use, so a language switch takes effect on the next repaint.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from functools import lru_cache

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
    ServiceAccess,
)
from desktop_app.i18n import N_, _, current_language, text_direction
from desktop_app.i18n.locales import native_name

_WORDS: tuple[tuple[StrEnum, str], ...] = (
    (HouseholdStatus.OPEN, N_("Open")),
    (HouseholdStatus.CLOSED, N_("Closed")),
    (ClosedReason.NEEDS_MET, N_("Needs met")),
    (ClosedReason.MOVED_AWAY, N_("Moved away")),
    (ClosedReason.FAMILY_REQUEST, N_("The family asked to close")),
    (ClosedReason.LOST_CONTACT, N_("Lost contact")),
    (ClosedReason.CONSENT_WITHDRAWN, N_("Consent withdrawn")),
    (ClosedReason.OTHER, N_("Other reason")),
    (NeedStatus.IDENTIFIED, N_("Identified")),
    (NeedStatus.SIGNPOSTED, N_("Signposted")),
    (NeedStatus.REFERRED, N_("Referred")),
    (NeedStatus.MET, N_("Met")),
    (NeedStatus.DECLINED, N_("Declined")),
    (NeedStatus.NO_LONGER_NEEDED, N_("No longer needed")),
    (NeedCategory.HOUSING, N_("Housing")),
    (NeedCategory.ESOL_FOR_PARENTS, N_("English classes (ESOL) for parents")),
    (NeedCategory.IMMIGRATION_LEGAL_ADVICE, N_("Immigration or legal advice")),
    (NeedCategory.FOOD, N_("Food")),
    (NeedCategory.SCHOOL_UNIFORM, N_("School uniform")),
    (NeedCategory.DIGITAL_DEVICE_INTERNET, N_("Device or internet")),
    (NeedCategory.PHYSICAL_HEALTH, N_("Physical health")),
    (NeedCategory.MENTAL_HEALTH_WELLBEING, N_("Mental health and wellbeing")),
    (NeedCategory.EMPLOYMENT_TRAINING, N_("Employment or training")),
    (NeedCategory.EDUCATION_SYSTEM_GUIDANCE, N_("Understanding the school system")),
    (NeedCategory.TUTORING, N_("Tutoring")),
    (NeedCategory.TRANSPORT, N_("Transport")),
    (NeedCategory.CHILDCARE_YOUNGER_SIBLINGS, N_("Childcare for younger siblings")),
    (NeedCategory.SOCIAL_CONNECTION, N_("Social connection")),
    (NeedCategory.SAFETY, N_("Safety")),
    (ContactKind.INTAKE_MEETING, N_("Intake meeting")),
    (ContactKind.HOME_VISIT, N_("Home visit")),
    (ContactKind.CHECK_IN_CALL, N_("Check-in call")),
    (ContactKind.SCHOOL_EVENT, N_("School event or coffee morning")),
    (ContactKind.WORKSHOP, N_("Workshop")),
    (InterpreterMode.NONE, N_("No interpreter")),
    (InterpreterMode.QUALIFIED_IN_PERSON, N_("Qualified interpreter, in person")),
    (InterpreterMode.QUALIFIED_PHONE, N_("Qualified interpreter, by phone")),
    (InterpreterMode.QUALIFIED_VIDEO, N_("Qualified interpreter, by video")),
    (InterpreterMode.FAMILY_MEMBER, N_("A family member (adult)")),
    (InterpreterMode.CHILD, N_("A child")),
    (ReferralStatus.SUGGESTED, N_("Suggested")),
    (ReferralStatus.REFERRED, N_("Referred")),
    (ReferralStatus.ACCEPTED, N_("Accepted")),
    (ReferralStatus.COMPLETED, N_("Completed")),
    (ReferralStatus.DECLINED, N_("Declined")),
    (ReferralStatus.NO_RESPONSE, N_("No response")),
    (ConsentPurpose.CASE_RECORD, N_("Keep a case record")),
    (ConsentPurpose.REFERRAL_SHARING, N_("Share details for a referral")),
    (ConsentPurpose.STATISTICS, N_("Anonymised statistics")),
    (ConsentPurpose.CONTACT_CHANNELS, N_("Contact by phone, SMS or messaging")),
    (ConsentPurpose.CHAMPION_INTRODUCTION, N_("Introduce to a parent champion")),
    (ConsentDecision.GIVEN, N_("Given")),
    (ConsentDecision.REFUSED, N_("Refused")),
    (ConsentDecision.WITHDRAWN, N_("Withdrawn")),
    (ConsentDecision.RENEWED, N_("Renewed")),
    (ConsentMethod.SIGNED_ON_SCREEN, N_("Signed on screen")),
    (ConsentMethod.VERBAL_VIA_INTERPRETER, N_("Said aloud, through the interpreter")),
    (ConsentMethod.PAPER_FORM, N_("Signed a paper form")),
    (DecidedBy.CAREGIVER, N_("A parent or carer")),
    (DecidedBy.GUARDIAN, N_("A legal guardian")),
    (DecidedBy.YOUNG_PERSON, N_("The young person, for their own record")),
    (Role.CAREGIVER, N_("Caregiver")),
    (Role.CHILD, N_("Child")),
    (Role.OTHER, N_("Other")),
    (Channel.IN_PERSON, N_("In person")),
    (Channel.PHONE, N_("Phone")),
    (Channel.SMS, N_("SMS")),
    (Channel.MESSAGING, N_("Messaging app")),
    (Channel.LETTER_HOME_LANGUAGE, N_("Letter in their language")),
    (PlatformConfidence.NONE, N_("Not yet")),
    (PlatformConfidence.WITH_HELP, N_("With help")),
    (PlatformConfidence.CONFIDENT, N_("Confident")),
    (PlatformConfidence.UNKNOWN, N_("Not known")),
    (ServiceAccess.WALK_IN, N_("Walk in")),
    (ServiceAccess.REFERRAL, N_("By referral only")),
    (ServiceAccess.EITHER, N_("Walk in or by referral")),
    (EventKind.COFFEE_MORNING, N_("Coffee morning")),
    (EventKind.WORKSHOP, N_("Workshop")),
    (EventKind.SCHOOL_EVENT, N_("School event")),
    (EventKind.ESOL_SESSION, N_("ESOL session for parents")),
    (EventKind.CELEBRATION, N_("Graduation or celebration")),
    (EventKind.OTHER, N_("Other event")),
    (ChampionMatchStatus.SUGGESTED, N_("Suggested")),
    (ChampionMatchStatus.INTRODUCED, N_("Introduced")),
    (ChampionMatchStatus.ACTIVE, N_("Under way")),
    (ChampionMatchStatus.ENDED, N_("Ended")),
    (ChampionMatchStatus.DECLINED, N_("Declined")),
)


#: The DfE English proficiency codes with what they mean (the intake and the record).
ENGLISH_LEVELS: dict[EnglishProficiency, str] = {
    EnglishProficiency.A: N_("A: new to English"),
    EnglishProficiency.B: N_("B: early acquisition"),
    EnglishProficiency.C: N_("C: developing competence"),
    EnglishProficiency.D: N_("D: competent"),
    EnglishProficiency.E: N_("E: fluent"),
}
PRIOR_SCHOOLING: dict[PriorSchooling, str] = {
    PriorSchooling.CONTINUOUS: N_("Continuous"),
    PriorSchooling.INTERRUPTED: N_("Interrupted"),
    PriorSchooling.NONE: N_("None"),
    PriorSchooling.UNKNOWN: N_("Not known"),
}
ESOL_LEVELS: dict[EsolLevel, str] = {
    EsolLevel.PRE_ENTRY: N_("Pre-entry"),
    EsolLevel.ENTRY_1: N_("Entry 1"),
    EsolLevel.ENTRY_2: N_("Entry 2"),
    EsolLevel.ENTRY_3: N_("Entry 3"),
    EsolLevel.LEVEL_1: N_("Level 1"),
    EsolLevel.LEVEL_2: N_("Level 2"),
    EsolLevel.UNKNOWN: N_("Not known"),
}
#: What an empty choice says ("not given" rather than a blank line).
NOT_GIVEN = N_("Not given")


# StrEnum members hash and compare as their values ("none" is both
# InterpreterMode.NONE and PlatformConfidence.NONE), so key by (type, value).
_LABELS: dict[tuple[type, str], str] = {}
for _member, _word in _WORDS:
    _LABELS[(type(_member), _member.value)] = _word


def label(value: StrEnum) -> str:
    """Return the translated word for a vocabulary value."""
    if isinstance(value, AgeBand | EnglishProficiency):
        return str(value.value)
    text = _LABELS.get((type(value), value.value))
    return _(text) if text is not None else str(value.value)


def in_ui_direction(text: str) -> str:
    """Start ``text`` with a mark of the UI's direction.

    A line that opens with a name in another script then still reads in the UI's order.
    """
    mark = "\u200f" if text_direction(current_language()) == "rtl" else "\u200e"
    return mark + text


def language_name(code: str) -> str:
    """Return a language in its own script ("العربية"), or "" for no language."""
    return native_name(code) if code else ""


@lru_cache(maxsize=4096)
def _format_date(value: date, language: str) -> str:
    from babel.dates import format_date

    try:
        return str(format_date(value, format="medium", locale=language))
    except (ValueError, LookupError):
        return value.isoformat()


def format_day(value: date | None) -> str:
    """Return a date as people read it in the UI language ("3 Nov 2026"), "" for none."""
    if value is None:
        return ""
    return _format_date(value, current_language())
