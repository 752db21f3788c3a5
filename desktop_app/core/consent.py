"""Consent rules (DESIGN §4–§5): what each purpose lets Hearth store, review, retention.

Pure functions over the records of :mod:`desktop_app.core.models`; the vault calls them
before every write, the forms call them to disable fields, and the tests call them
without a database.

Every stored personal field is named ``"<record>.<field>"`` (``"person.given_name"``)
and belongs to exactly one purpose in :data:`PURPOSE_FIELDS`. Two names are not columns
but uses: ``"household.remote_channel"`` (a preferred channel of phone, SMS or
messaging) and ``"statistics.included"`` (being counted in anonymised aggregates).

Without *keep a case record* nothing at all is stored; each other purpose adds fields
on top of it.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from datetime import date

from desktop_app.core.errors import UserFacingError
from desktop_app.core.models import (
    Champion,
    ChampionMatch,
    Channel,
    ConsentDecision,
    ConsentEvent,
    ConsentPurpose,
    Contact,
    EventAttendance,
    FollowUp,
    Household,
    HouseholdAggregate,
    Need,
    Person,
    Referral,
    ReferralStatus,
)
from desktop_app.i18n import N_, _

#: Months until a decision should be reviewed with the family (the default review date).
DEFAULT_REVIEW_MONTHS = 12
#: Months a closed household is kept before it is erased (vault setting overrides).
DEFAULT_RETENTION_MONTHS = 24
#: Preferred channels that need *contact by phone, SMS or messaging*.
REMOTE_CHANNELS: frozenset[Channel] = frozenset({Channel.PHONE, Channel.SMS, Channel.MESSAGING})
#: Referral statuses under which named details go (or went) to the service.
SHARING_STATUSES: frozenset[ReferralStatus] = frozenset(
    {ReferralStatus.REFERRED, ReferralStatus.ACCEPTED, ReferralStatus.COMPLETED}
)
#: Referral statuses that are still pending (withdrawal of sharing blocks them).
PENDING_REFERRAL_STATUSES: frozenset[ReferralStatus] = frozenset(
    {ReferralStatus.SUGGESTED, ReferralStatus.REFERRED, ReferralStatus.ACCEPTED}
)

# Record fields that are bookkeeping, not personal data (ids, links, timestamps).
_NOT_PERSONAL = frozenset({"id", "household_id", "created_at", "updated_at"})


def _names(record: str, cls: type, *, leave_out: Iterable[str] = ()) -> frozenset[str]:
    skip = _NOT_PERSONAL | set(leave_out)
    return frozenset(f"{record}.{f.name}" for f in fields(cls) if f.name not in skip)


#: Exactly which fields each purpose allows Hearth to store.
PURPOSE_FIELDS: Mapping[ConsentPurpose, frozenset[str]] = {
    ConsentPurpose.CASE_RECORD: (
        _names("household", Household)
        | _names("person", Person)
        | _names("need", Need)
        | _names("contact", Contact)
        | _names("follow_up", FollowUp)
        | _names("referral", Referral, leave_out={"consent_to_share"})
        | _names("event_attendance", EventAttendance)
    ),
    ConsentPurpose.REFERRAL_SHARING: frozenset(
        {"referral.consent_to_share", "referral.shared_details"}
    ),
    ConsentPurpose.STATISTICS: frozenset({"statistics.included"}),
    ConsentPurpose.CONTACT_CHANNELS: frozenset({"household.remote_channel"}),
    ConsentPurpose.CHAMPION_INTRODUCTION: (
        _names("champion", Champion) | _names("champion_match", ChampionMatch)
    ),
}

#: The purpose each field belongs to.
FIELD_PURPOSE: Mapping[str, ConsentPurpose] = {
    name: purpose for purpose, names in PURPOSE_FIELDS.items() for name in names
}

_PURPOSE_NAMES: Mapping[ConsentPurpose, str] = {
    ConsentPurpose.CASE_RECORD: N_("Keep a case record"),
    ConsentPurpose.REFERRAL_SHARING: N_("Share details for a referral"),
    ConsentPurpose.STATISTICS: N_("Anonymised statistics"),
    ConsentPurpose.CONTACT_CHANNELS: N_("Contact by phone, SMS or messaging"),
    ConsentPurpose.CHAMPION_INTRODUCTION: N_("Introduce to a parent champion"),
}


def purpose_name(purpose: ConsentPurpose) -> str:
    """Return a purpose's short name in the staff member's language."""
    return _(_PURPOSE_NAMES[ConsentPurpose(purpose)])


# --------------------------------------------------------------------------- errors


class ConsentRequiredError(UserFacingError):
    """A write needs a consent purpose the family has not given."""

    def __init__(self, purpose: ConsentPurpose) -> None:
        self.purpose = ConsentPurpose(purpose)
        super().__init__(
            _("This needs the family's consent: “{purpose}”.").format(
                purpose=purpose_name(self.purpose)
            ),
            hint=_("Record their consent first, or leave this out."),
        )


class ConsentExpiredError(UserFacingError):
    """The case-record consent passed its review date: the household is read-only."""

    def __init__(self) -> None:
        super().__init__(
            _("The family's consent to keep a record is past its review date."),
            hint=_(
                "The record is read-only until you review consent with the family and "
                "record their renewal."
            ),
        )


# --------------------------------------------------------------------------- state


def latest_events(events: Iterable[ConsentEvent]) -> dict[ConsentPurpose, ConsentEvent]:
    """Return the latest event per purpose (events oldest first, as the vault lists them)."""
    latest: dict[ConsentPurpose, ConsentEvent] = {}
    for event in events:
        latest[event.purpose] = event
    return latest


def is_expired(event: ConsentEvent, today: date) -> bool:
    """Whether a granting decision has passed its review date (the day itself is fine)."""
    return event.decision.grants and event.review_on is not None and event.review_on < today


def granted_purposes(
    decisions: Mapping[ConsentPurpose, ConsentDecision | ConsentEvent],
    today: date | None = None,
) -> frozenset[ConsentPurpose]:
    """Return the purposes whose current decision grants consent.

    Args:
        decisions: the current decision (or latest event) per purpose.
        today: when given, a consent past its review date no longer counts.
    """
    granted = set()
    for purpose, value in decisions.items():
        if isinstance(value, ConsentEvent):
            if value.decision.grants and not (today is not None and is_expired(value, today)):
                granted.add(ConsentPurpose(purpose))
        elif ConsentDecision(value).grants:
            granted.add(ConsentPurpose(purpose))
    return frozenset(granted)


def fields_allowed(
    decisions: Mapping[ConsentPurpose, ConsentDecision | ConsentEvent],
    today: date | None = None,
) -> frozenset[str]:
    """Return every field Hearth may store given these decisions.

    Nothing is allowed without *keep a case record*: the other purposes only add to it.
    """
    granted = granted_purposes(decisions, today)
    if ConsentPurpose.CASE_RECORD not in granted:
        return frozenset()
    return frozenset().union(*(PURPOSE_FIELDS[p] for p in granted))


# ------------------------------------------------------------------ fields in use


def _set(record: str, obj: object) -> set[str]:
    """Names of ``obj``'s personal fields that hold a value (not None, empty or blank)."""
    used = set()
    for f in fields(obj):  # type: ignore[arg-type]
        if f.name in _NOT_PERSONAL:
            continue
        value = getattr(obj, f.name)
        if value is None or (isinstance(value, str | tuple) and not value):
            continue
        used.add(f"{record}.{f.name}")
    return used


def household_fields(household: Household) -> frozenset[str]:
    """Return the fields a household row uses (``reference`` always)."""
    used = _set("household", household) | {"household.reference"}
    if household.preferred_channel in REMOTE_CHANNELS:
        used.add("household.remote_channel")
    return frozenset(used)


def person_fields(person: Person) -> frozenset[str]:
    """Return the fields a person uses."""
    return frozenset(_set("person", person) | {"person.role"})


def follow_up_fields(follow_up: FollowUp) -> frozenset[str]:
    """Return the fields a follow-up uses."""
    return frozenset(_set("follow_up", follow_up) | {"follow_up.what"})


def referral_fields(referral: Referral) -> frozenset[str]:
    """Return the fields a referral uses; sharing statuses use ``shared_details``."""
    used = _set("referral", referral) - {"referral.consent_to_share"}
    used |= {"referral.need_id", "referral.service_id", "referral.status"}
    if referral.consent_to_share:
        used.add("referral.consent_to_share")
    if referral.status in SHARING_STATUSES:
        used.add("referral.shared_details")
    return frozenset(used)


def champion_fields(champion: Champion) -> frozenset[str]:
    """Return the fields a champion registration uses."""
    return frozenset(_set("champion", champion) | {"champion.active"})


def match_fields(match: ChampionMatch) -> frozenset[str]:
    """Return the fields a champion match uses."""
    return frozenset(
        _set("champion_match", match) | {"champion_match.champion_id", "champion_match.status"}
    )


def aggregate_fields(aggregate: HouseholdAggregate) -> frozenset[str]:
    """Return every field a whole household uses (consent events are not data fields)."""
    used = set(household_fields(aggregate.household))
    for person in aggregate.people:
        used |= person_fields(person)
    for need in aggregate.needs:
        used |= _set("need", need) | {"need.category", "need.status"}
    for contact in aggregate.contacts:
        used |= _set("contact", contact) | {"contact.kind"}
    for follow_up in aggregate.follow_ups:
        used |= follow_up_fields(follow_up)
    for referral in aggregate.referrals:
        used |= referral_fields(referral)
    return frozenset(used)


# ------------------------------------------------------------------------- checks


_ORDER = list(ConsentPurpose)


def check_fields(
    used: Iterable[str],
    decisions: Mapping[ConsentPurpose, ConsentDecision | ConsentEvent],
    today: date | None = None,
) -> None:
    """Refuse fields whose purpose was not given.

    Raises:
        ConsentRequiredError: naming the first purpose (in the order of
            :class:`ConsentPurpose`) that is needed and missing.
    """
    allowed = fields_allowed(decisions, today)
    missing = {FIELD_PURPOSE[name] for name in used if name not in allowed}
    if missing:
        raise ConsentRequiredError(min(missing, key=_ORDER.index))


def check_household(
    aggregate: HouseholdAggregate,
    decisions: Mapping[ConsentPurpose, ConsentDecision | ConsentEvent] | None = None,
    today: date | None = None,
) -> None:
    """Refuse a household that stores fields without their consent purpose.

    Args:
        aggregate: the household as it would be stored.
        decisions: the current decisions; by default the latest of ``aggregate.consents``.
        today: when given, consent past its review date does not count.

    Raises:
        ConsentRequiredError: naming the purpose needed.
    """
    if decisions is None:
        decisions = latest_events(aggregate.consents)
    check_fields(aggregate_fields(aggregate), decisions, today)


def check_writable(latest: Mapping[ConsentPurpose, ConsentEvent], today: date) -> None:
    """Refuse changes to a household whose case-record consent is missing or expired.

    Raises:
        ConsentRequiredError: there is no current case-record consent.
        ConsentExpiredError: it is past its review date (renew it to write again).
    """
    event = latest.get(ConsentPurpose.CASE_RECORD)
    if event is None or not event.decision.grants:
        raise ConsentRequiredError(ConsentPurpose.CASE_RECORD)
    if is_expired(event, today):
        raise ConsentExpiredError()


# ------------------------------------------------------------------ dates


def add_months(day: date, months: int) -> date:
    """Return ``day`` plus ``months`` calendar months (31 Jan + 1 month → 28/29 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def default_review_date(decided_on: date, months: int = DEFAULT_REVIEW_MONTHS) -> date:
    """Return the default review date of a decision made on ``decided_on``."""
    return add_months(decided_on, months)


def erase_after(closed_on: date, months: int = DEFAULT_RETENTION_MONTHS) -> date:
    """Return the day a household closed on ``closed_on`` is due for erasure."""
    return add_months(closed_on, months)


def retention_expired(
    closed_on: date | None, today: date, months: int = DEFAULT_RETENTION_MONTHS
) -> bool:
    """Whether a closed household has been kept for the whole retention period."""
    return closed_on is not None and today >= erase_after(closed_on, months)


@dataclass(frozen=True, slots=True)
class PurposeSummary:
    """One line of the "what we will store" summary of the consent step."""

    purpose: ConsentPurpose
    granted: bool
    fields: frozenset[str]


def storage_summary(
    decisions: Mapping[ConsentPurpose, ConsentDecision | ConsentEvent],
) -> list[PurposeSummary]:
    """Return, per purpose, whether it is granted and which fields it allows."""
    granted = granted_purposes(decisions)
    return [PurposeSummary(p, p in granted, PURPOSE_FIELDS[p]) for p in ConsentPurpose]


# ------------------------------------------------------- "what we will store" wording

#: The stored fields in plain words, per purpose: what the consent step's "what we will
#: store" panel lists. Every field of :data:`PURPOSE_FIELDS` is in exactly one group
#: (a test holds us to it), so the summary can never leave a field out.
FIELD_GROUPS: tuple[tuple[ConsentPurpose, str, frozenset[str]], ...] = (
    (
        ConsentPurpose.CASE_RECORD,
        N_("A reference code, the school and area, and a name or alias if given"),
        frozenset(
            {"household.reference", "household.alias", "household.school", "household.area"}
        ),
    ),
    (
        ConsentPurpose.CASE_RECORD,
        N_("Languages, interpreter needs and the key contact at school"),
        frozenset(
            {
                "household.preferred_language",
                "household.interpreter_language",
                "household.key_contact",
            }
        ),
    ),
    (
        ConsentPurpose.CASE_RECORD,
        N_("Arrival month, how the family prefers to be contacted, how often to visit"),
        frozenset(
            {
                "household.arrival_month",
                "household.preferred_channel",
                "household.online_platform_confidence",
                "household.visit_cadence_days",
            }
        ),
    ),
    (
        ConsentPurpose.CASE_RECORD,
        N_("The staff member who visits the family"),
        frozenset({"household.assigned_worker"}),
    ),
    (
        ConsentPurpose.CASE_RECORD,
        N_("Whether the case is open or closed, and why"),
        frozenset({"household.status", "household.closed_on", "household.closed_reason"}),
    ),
    (
        ConsentPurpose.CASE_RECORD,
        N_(
            "Family members: first name if given, role, age band or birth year, school year "
            "and class, English level, past schooling, English classes for parents"
        ),
        PURPOSE_FIELDS[ConsentPurpose.CASE_RECORD] & _names("person", Person),
    ),
    (
        ConsentPurpose.CASE_RECORD,
        N_("The family's needs, short notes about them, and how they are going"),
        PURPOSE_FIELDS[ConsentPurpose.CASE_RECORD] & _names("need", Need),
    ),
    (
        ConsentPurpose.CASE_RECORD,
        N_("Meetings, visits and calls: when, in which language, short notes"),
        PURPOSE_FIELDS[ConsentPurpose.CASE_RECORD] & _names("contact", Contact),
    ),
    (
        ConsentPurpose.CASE_RECORD,
        N_("Things staff must follow up, and when"),
        PURPOSE_FIELDS[ConsentPurpose.CASE_RECORD] & _names("follow_up", FollowUp),
    ),
    (
        ConsentPurpose.CASE_RECORD,
        N_("Services suggested to the family, and what happened"),
        PURPOSE_FIELDS[ConsentPurpose.CASE_RECORD] & _names("referral", Referral),
    ),
    (
        ConsentPurpose.CASE_RECORD,
        N_("School events the family came to"),
        PURPOSE_FIELDS[ConsentPurpose.CASE_RECORD] & _names("event_attendance", EventAttendance),
    ),
    (
        ConsentPurpose.REFERRAL_SHARING,
        N_("The details shared with a service the family is referred to"),
        PURPOSE_FIELDS[ConsentPurpose.REFERRAL_SHARING],
    ),
    (
        ConsentPurpose.STATISTICS,
        N_("Being counted, without names, in anonymous numbers"),
        PURPOSE_FIELDS[ConsentPurpose.STATISTICS],
    ),
    (
        ConsentPurpose.CONTACT_CHANNELS,
        N_("Phone, SMS or messaging as a way to contact the family"),
        PURPOSE_FIELDS[ConsentPurpose.CONTACT_CHANNELS],
    ),
    (
        ConsentPurpose.CHAMPION_INTRODUCTION,
        N_("Introductions to a parent champion, and how they go"),
        PURPOSE_FIELDS[ConsentPurpose.CHAMPION_INTRODUCTION],
    ),
)


def storage_lines(
    decisions: Mapping[ConsentPurpose, ConsentDecision | ConsentEvent],
) -> list[tuple[str, bool]]:
    """Return the "what we will store" lines: ``(plain words, stored?)`` per field group.

    A group is stored when its purpose is granted and (for the purposes other than the
    case record) the case record is granted too — nothing is stored without it.
    """
    allowed = fields_allowed(decisions)
    return [(_(text), bool(names) and names <= allowed) for _purpose, text, names in FIELD_GROUPS]
