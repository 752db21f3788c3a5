"""The data model's vocabularies in the words a family reads (the ``family`` domain).

Staff see "Signposted" (``gui/labels.py``, domain ``hearth``); a family reads "We told
you where to get help". Every value that can appear in a family document — in a receipt
or in the subject-access export — has its plain-words text here, marked with ``FN_``.
"""

from __future__ import annotations

from enum import StrEnum

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
from desktop_app.i18n.family import FN_, FamilyTexts

#: What each consent purpose lets Hearth do, as a family reads it.
PURPOSES: dict[ConsentPurpose, str] = {
    ConsentPurpose.CASE_RECORD: FN_("Keep a short record about your family"),
    ConsentPurpose.REFERRAL_SHARING: FN_("Give your details to a service, so that it can help you"),
    ConsentPurpose.STATISTICS: FN_("Count your family in numbers that have no names"),
    ConsentPurpose.CONTACT_CHANNELS: FN_("Phone you, or send you text messages or app messages"),
    ConsentPurpose.CHAMPION_INTRODUCTION: FN_(
        "Introduce you to a parent who knows the school well"
    ),
}

#: A receipt's answer per purpose.
RECEIPT_DECISIONS: dict[ConsentDecision, str] = {
    ConsentDecision.GIVEN: FN_("Yes, you agreed."),
    ConsentDecision.RENEWED: FN_("Yes, you agreed."),
    ConsentDecision.REFUSED: FN_("No, you did not agree."),
    ConsentDecision.WITHDRAWN: FN_("No. You took back your agreement."),
}

#: What happens at once when a family takes back its agreement to a purpose.
WITHDRAWAL_EFFECTS: dict[ConsentPurpose, str] = {
    ConsentPurpose.CASE_RECORD: FN_(
        "We have deleted everything we kept about your family. We keep only a note that a "
        "record was deleted. The note has no names in it."
    ),
    ConsentPurpose.REFERRAL_SHARING: FN_(
        "We will not give your details to any service. We stopped the referrals that were waiting."
    ),
    ConsentPurpose.STATISTICS: FN_("From today, your family is not counted in our numbers."),
    ConsentPurpose.CONTACT_CHANNELS: FN_(
        "We will not phone you or send you messages. We will talk to you in person, or "
        "send you a letter."
    ),
    ConsentPurpose.CHAMPION_INTRODUCTION: FN_("The introductions to a parent champion have ended."),
}

#: How a decision was recorded, as a sentence on a receipt.
METHOD_SENTENCES: dict[ConsentMethod, str] = {
    ConsentMethod.SIGNED_ON_SCREEN: FN_("You signed on the screen."),
    ConsentMethod.VERBAL_VIA_INTERPRETER: FN_("You told us, through the interpreter."),
    ConsentMethod.PAPER_FORM: FN_("You signed a paper form. Its number is {reference}."),
}

_WORDS: tuple[tuple[StrEnum, str], ...] = (
    (ConsentDecision.GIVEN, FN_("You agreed")),
    (ConsentDecision.REFUSED, FN_("You did not agree")),
    (ConsentDecision.WITHDRAWN, FN_("You took back your agreement")),
    (ConsentDecision.RENEWED, FN_("You agreed again")),
    (ConsentMethod.SIGNED_ON_SCREEN, FN_("Signed on the screen")),
    (ConsentMethod.VERBAL_VIA_INTERPRETER, FN_("Said out loud, through an interpreter")),
    (ConsentMethod.PAPER_FORM, FN_("Signed a paper form")),
    (DecidedBy.CAREGIVER, FN_("A parent or carer")),
    (DecidedBy.GUARDIAN, FN_("A legal guardian")),
    (DecidedBy.YOUNG_PERSON, FN_("The young person, for their own record")),
    (InterpreterMode.NONE, FN_("No interpreter")),
    (InterpreterMode.QUALIFIED_IN_PERSON, FN_("An interpreter, in the room")),
    (InterpreterMode.QUALIFIED_PHONE, FN_("An interpreter, by phone")),
    (InterpreterMode.QUALIFIED_VIDEO, FN_("An interpreter, by video")),
    (InterpreterMode.FAMILY_MEMBER, FN_("A family member")),
    (InterpreterMode.CHILD, FN_("A child")),
    (NeedCategory.HOUSING, FN_("A place to live")),
    (NeedCategory.ESOL_FOR_PARENTS, FN_("English classes for parents")),
    (NeedCategory.IMMIGRATION_LEGAL_ADVICE, FN_("Advice about immigration or the law")),
    (NeedCategory.FOOD, FN_("Food")),
    (NeedCategory.SCHOOL_UNIFORM, FN_("School uniform")),
    (NeedCategory.DIGITAL_DEVICE_INTERNET, FN_("A computer, a tablet or the internet")),
    (NeedCategory.PHYSICAL_HEALTH, FN_("Health and doctors")),
    (NeedCategory.MENTAL_HEALTH_WELLBEING, FN_("Feelings and worries")),
    (NeedCategory.EMPLOYMENT_TRAINING, FN_("Work or training")),
    (NeedCategory.EDUCATION_SYSTEM_GUIDANCE, FN_("How school works here")),
    (NeedCategory.TUTORING, FN_("Extra help with school work")),
    (NeedCategory.TRANSPORT, FN_("Getting from place to place")),
    (NeedCategory.CHILDCARE_YOUNGER_SIBLINGS, FN_("Care for younger children")),
    (NeedCategory.SOCIAL_CONNECTION, FN_("Meeting other people")),
    (NeedCategory.SAFETY, FN_("Feeling safe")),
    (NeedStatus.IDENTIFIED, FN_("You told us about it")),
    (NeedStatus.SIGNPOSTED, FN_("We told you where to get help")),
    (NeedStatus.REFERRED, FN_("We asked a service to help")),
    (NeedStatus.MET, FN_("Done: you got help")),
    (NeedStatus.DECLINED, FN_("You did not want help with this")),
    (NeedStatus.NO_LONGER_NEEDED, FN_("Not needed any more")),
    (ReferralStatus.SUGGESTED, FN_("Not sent yet")),
    (ReferralStatus.REFERRED, FN_("Sent to the service")),
    (ReferralStatus.ACCEPTED, FN_("The service said yes")),
    # TRANSLATORS: a referral that is finished.
    (ReferralStatus.COMPLETED, FN_("Finished")),
    (ReferralStatus.DECLINED, FN_("The service said no")),
    (ReferralStatus.NO_RESPONSE, FN_("No answer from the service")),
    (ContactKind.INTAKE_MEETING, FN_("First meeting at school")),
    (ContactKind.HOME_VISIT, FN_("Visit to your home")),
    (ContactKind.CHECK_IN_CALL, FN_("Phone call")),
    (ContactKind.SCHOOL_EVENT, FN_("School event or coffee morning")),
    (ContactKind.WORKSHOP, FN_("Workshop")),
    (Role.CAREGIVER, FN_("Parent or carer")),
    (Role.CHILD, FN_("Child")),
    (Role.OTHER, FN_("Someone else in the family")),
    (Channel.IN_PERSON, FN_("Talking in person")),
    (Channel.PHONE, FN_("Phone calls")),
    (Channel.SMS, FN_("Text messages (SMS)")),
    (Channel.MESSAGING, FN_("A messaging app")),
    (Channel.LETTER_HOME_LANGUAGE, FN_("Letters in your language")),
    (PlatformConfidence.NONE, FN_("Not yet")),
    (PlatformConfidence.WITH_HELP, FN_("With some help")),
    (PlatformConfidence.CONFIDENT, FN_("Yes, easily")),
    (PlatformConfidence.UNKNOWN, FN_("We do not know")),
    (HouseholdStatus.OPEN, FN_("We are working with you")),
    (HouseholdStatus.CLOSED, FN_("We have stopped working with you")),
    (ClosedReason.NEEDS_MET, FN_("You have the help you needed")),
    (ClosedReason.MOVED_AWAY, FN_("You moved away")),
    (ClosedReason.FAMILY_REQUEST, FN_("You asked us to stop")),
    (ClosedReason.LOST_CONTACT, FN_("We lost contact with you")),
    (ClosedReason.CONSENT_WITHDRAWN, FN_("You took back your agreement")),
    (ClosedReason.OTHER, FN_("Another reason")),
    (EnglishProficiency.A, FN_("New to English")),
    (EnglishProficiency.B, FN_("Starting to learn English")),
    (EnglishProficiency.C, FN_("Getting better at English")),
    (EnglishProficiency.D, FN_("Good at English")),
    (EnglishProficiency.E, FN_("Fluent in English")),
    (PriorSchooling.NONE, FN_("No school before")),
    (PriorSchooling.INTERRUPTED, FN_("Some school, with gaps")),
    (PriorSchooling.CONTINUOUS, FN_("School without gaps")),
    (PriorSchooling.UNKNOWN, FN_("We do not know")),
    # TRANSLATORS: the national levels of English classes for adults (ESOL) in England.
    (EsolLevel.PRE_ENTRY, FN_("Pre-entry")),
    (EsolLevel.ENTRY_1, FN_("Entry 1")),
    (EsolLevel.ENTRY_2, FN_("Entry 2")),
    (EsolLevel.ENTRY_3, FN_("Entry 3")),
    (EsolLevel.LEVEL_1, FN_("Level 1")),
    (EsolLevel.LEVEL_2, FN_("Level 2")),
    (EsolLevel.UNKNOWN, FN_("We do not know")),
    # TRANSLATORS: an introduction to a parent champion that was suggested.
    (ChampionMatchStatus.SUGGESTED, FN_("Suggested")),
    (ChampionMatchStatus.INTRODUCED, FN_("You have met")),
    (ChampionMatchStatus.ACTIVE, FN_("You meet regularly")),
    # TRANSLATORS: an introduction to a parent champion that has ended.
    (ChampionMatchStatus.ENDED, FN_("Ended")),
    (ChampionMatchStatus.DECLINED, FN_("You said no, thank you")),
    (EventKind.COFFEE_MORNING, FN_("Coffee morning")),
    (EventKind.WORKSHOP, FN_("Workshop")),
    (EventKind.SCHOOL_EVENT, FN_("School event")),
    (EventKind.OTHER, FN_("Another event")),
    (ServiceAccess.WALK_IN, FN_("You can just go there. You do not need an appointment.")),
    (ServiceAccess.REFERRAL, FN_("This service needs a referral first.")),
    (ServiceAccess.EITHER, FN_("You can go there yourself, or we can refer you.")),
)

AGE_RANGE = FN_("{low} to {high} years old")
AGE_AND_OVER = FN_("{low} years old or more")

# StrEnum members compare as their values ("none" is both InterpreterMode.NONE and
# PlatformConfidence.NONE), so key by (type, value).
_TABLE: dict[tuple[type, str], str] = {(type(m), m.value): w for m, w in _WORDS}


def word(value: StrEnum, texts: FamilyTexts) -> str:
    """Return a vocabulary value in the family's words (its code if it has none)."""
    if isinstance(value, AgeBand):
        return age_band(value, texts)
    text = _TABLE.get((type(value), value.value))
    return texts.gettext(text) if text is not None else str(value.value)


def word_for(kind: type[StrEnum], code: object, texts: FamilyTexts) -> str:
    """Return the family's word for a stored code (``"referred"``), "" for none.

    Codes the data model does not know (a newer export) come back unchanged.
    """
    if code is None or code == "":
        return ""
    try:
        member = kind(str(code))
    except ValueError:
        return str(code)
    return word(member, texts)


def age_band(band: AgeBand, texts: FamilyTexts) -> str:
    """Return an age band as words ("5 to 10 years old")."""
    value = band.value
    if value.endswith("+"):
        return texts.gettext(AGE_AND_OVER).format(low=value[:-1])
    low, _dash, high = value.partition("-")
    return texts.gettext(AGE_RANGE).format(low=low, high=high)


def every_word() -> list[str]:
    """Return every vocabulary text (for tests: each has a translation)."""
    return [
        *PURPOSES.values(),
        *RECEIPT_DECISIONS.values(),
        *WITHDRAWAL_EFFECTS.values(),
        *METHOD_SENTENCES.values(),
        *(w for _m, w in _WORDS),
        AGE_RANGE,
        AGE_AND_OVER,
    ]
