"""The visit rhythm: how often a household should be seen, and when that slipped.

A steady relationship between the visitor and the family is one of the most important
factors in a home-visiting programme's success, and infrequent visits undermine it
(DESIGN §1, seeds). This module turns that into a rule staff can see, with no Qt and no
SQL, so the vault, the lists and the forms all agree:

* **Cadence**: every :data:`EARLY_CADENCE_DAYS` days while the relationship is new (the
  first :data:`EARLY_MONTHS` months after the family arrived or joined, whichever is
  later), then every :data:`SETTLED_CADENCE_DAYS` days. A household's own
  ``visit_cadence_days`` overrides both.
* **Next visit due**: the date the latest contact asked for, else that contact's date
  plus the cadence in force on it. No contact yet: unknown.
* **Overdue**: today is after the next visit due.
* **Slipped**: overdue by a whole cycle — no contact for one full cadence past the due
  date (the rhythm broke, not just a late visit). :func:`slips_on` is the first such day;
  the vault stores it so a list of slipped households is an index range.

Every function takes the day it is asked about (``today``, ``on``): nothing here reads
the clock, so tests pass a fake one.

The vault's schema v2 migration computes the same dates in SQL for households stored
before this rule existed (:mod:`desktop_app.vault.schema_v2.visits`); a test holds the
two to each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from desktop_app.core.consent import add_months
from desktop_app.core.models import Household, HouseholdStatus, YearMonth

#: Days between visits while the relationship is new.
EARLY_CADENCE_DAYS = 14
#: Days between visits once the family is settled.
SETTLED_CADENCE_DAYS = 30
#: How long the relationship counts as new, in calendar months.
EARLY_MONTHS = 3
#: The longest cadence a household may be given (a visit at least every quarter).
MAX_CADENCE_DAYS = 91


def rhythm_start(arrival_month: YearMonth | None, joined_on: date) -> date:
    """Return the day the relationship started: arrival or joining, whichever is later.

    Args:
        arrival_month: the month the family arrived (the first of it counts), if known.
        joined_on: the day the household was recorded (the intake).
    """
    if arrival_month is None:
        return joined_on
    return max(date(arrival_month.year, arrival_month.month, 1), joined_on)


def early_period_ends(start: date) -> date:
    """Return the first day after the early, more frequent period."""
    return add_months(start, EARLY_MONTHS)


def cadence_on(day: date, *, start: date, override: int | None = None) -> int:
    """Return the cadence (days between visits) in force on ``day``.

    Args:
        day: the day asked about (a contact's date, a due date, today).
        start: :func:`rhythm_start` of the household.
        override: the household's own ``visit_cadence_days``, if set.
    """
    if override:
        return override
    return EARLY_CADENCE_DAYS if day < early_period_ends(start) else SETTLED_CADENCE_DAYS


def next_visit_due(
    last_contact_on: date | None,
    asked_for: date | None,
    *,
    start: date,
    override: int | None = None,
) -> date | None:
    """Return when the next visit is due.

    Args:
        last_contact_on: the latest contact's date (None: never seen).
        asked_for: the next-contact date that contact recorded, if any.
        start: :func:`rhythm_start` of the household.
        override: the household's own cadence, if set.
    """
    if asked_for is not None:
        return asked_for
    if last_contact_on is None:
        return None
    return last_contact_on + timedelta(
        days=cadence_on(last_contact_on, start=start, override=override)
    )


def slips_on(next_due: date | None, *, start: date, override: int | None = None) -> date | None:
    """Return the first day a household counts as slipped (a whole cycle past due)."""
    if next_due is None:
        return None
    return next_due + timedelta(days=cadence_on(next_due, start=start, override=override))


def household_start(household: Household) -> date:
    """Return :func:`rhythm_start` for a stored household (joined: its creation day, UTC)."""
    return rhythm_start(household.arrival_month, _day(household.created_at))


def _day(instant: datetime) -> date:
    # Instants are stored as UTC; the vault's SQL takes the date part of the same text.
    return instant.date()


@dataclass(frozen=True, slots=True)
class Schedule:
    """The dates the vault keeps on a household row (recomputed after every change)."""

    last_contact_on: date | None
    next_due: date | None
    slips_on: date | None


def schedule(
    household: Household, last_contact_on: date | None, asked_for: date | None
) -> Schedule:
    """Return the stored visit dates of ``household`` given its latest contact."""
    start = household_start(household)
    override = household.visit_cadence_days
    due = next_visit_due(last_contact_on, asked_for, start=start, override=override)
    return Schedule(last_contact_on, due, slips_on(due, start=start, override=override))


@dataclass(frozen=True, slots=True)
class VisitRhythm:
    """Where a household stands in its rhythm on a given day (what the screens say)."""

    cadence_days: int  # in force today
    is_default: bool  # False: the household has its own cadence
    early: bool  # the early, more frequent period applies today (default cadence only)
    last_contact_on: date | None
    days_since_last_contact: int | None
    next_due: date | None
    days_overdue: int  # 0 unless overdue
    overdue: bool
    slipped: bool


def rhythm(
    household: Household,
    last_contact_on: date | None,
    next_due: date | None,
    today: date,
) -> VisitRhythm:
    """Return the rhythm of ``household`` on ``today``.

    Args:
        household: the household (its arrival, creation day, cadence override, status).
        last_contact_on: its latest contact's date.
        next_due: its next visit due (as :func:`next_visit_due` computed it).
        today: the day asked about.

    A closed household is never overdue or slipped.
    """
    start = household_start(household)
    override = household.visit_cadence_days
    cadence = cadence_on(today, start=start, override=override)
    open_case = household.status is HouseholdStatus.OPEN
    overdue = open_case and next_due is not None and today > next_due
    slip = slips_on(next_due, start=start, override=override)
    return VisitRhythm(
        cadence_days=cadence,
        is_default=not override,
        early=not override and today < early_period_ends(start),
        last_contact_on=last_contact_on,
        days_since_last_contact=None if last_contact_on is None else (today - last_contact_on).days,
        next_due=next_due,
        days_overdue=(today - next_due).days if overdue and next_due is not None else 0,
        overdue=overdue,
        slipped=open_case and slip is not None and today >= slip,
    )


def is_slipped(status: HouseholdStatus, slipped_on: date | None, today: date) -> bool:
    """Whether a household row (with its stored first slipped day) has slipped by ``today``."""
    return status is HouseholdStatus.OPEN and slipped_on is not None and today >= slipped_on


def default_next_contact(household: Household, contact_on: date) -> date:
    """Return the next-contact date a new contact on ``contact_on`` should propose."""
    start = household_start(household)
    return contact_on + timedelta(
        days=cadence_on(contact_on, start=start, override=household.visit_cadence_days)
    )
