"""The visit rhythm (core.cadence): pure rules, a fake clock, no Qt and no database."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from desktop_app.core import cadence
from desktop_app.core import models as m


def _household(
    *,
    joined: date = date(2026, 1, 10),
    arrival: m.YearMonth | None = None,
    override: int | None = None,
    status: m.HouseholdStatus = m.HouseholdStatus.OPEN,
) -> m.Household:
    return m.Household(
        reference="HH-TEST",
        arrival_month=arrival,
        visit_cadence_days=override,
        status=status,
        closed_on=date(2026, 6, 1) if status is m.HouseholdStatus.CLOSED else None,
        created_at=datetime(joined.year, joined.month, joined.day, 9, tzinfo=UTC),
    )


def test_fortnightly_for_the_first_three_months_then_monthly() -> None:
    start = date(2026, 1, 10)
    assert cadence.cadence_on(start, start=start) == 14
    assert cadence.cadence_on(date(2026, 4, 9), start=start) == 14  # the last early day
    assert cadence.cadence_on(date(2026, 4, 10), start=start) == 30  # three months on
    assert cadence.cadence_on(date(2027, 1, 1), start=start) == 30


def test_three_months_from_a_month_end_is_clamped() -> None:
    # 30 November + 3 months is 28 February (not 2 March).
    assert cadence.early_period_ends(date(2026, 11, 30)) == date(2027, 2, 28)
    assert cadence.early_period_ends(date(2027, 11, 30)) == date(2028, 2, 29)


def test_the_rhythm_starts_at_arrival_or_joining_whichever_is_later() -> None:
    joined = date(2026, 3, 15)
    # Arrived long before joining: the relationship is new from the intake.
    assert cadence.rhythm_start(m.YearMonth(2024, 5), joined) == joined
    # Recorded before the family arrived (booked ahead): from the arrival month.
    assert cadence.rhythm_start(m.YearMonth(2026, 5), joined) == date(2026, 5, 1)
    assert cadence.rhythm_start(None, joined) == joined


def test_a_household_cadence_overrides_the_default() -> None:
    start = date(2026, 1, 10)
    assert cadence.cadence_on(start, start=start, override=7) == 7
    assert cadence.cadence_on(date(2027, 1, 1), start=start, override=21) == 21


def test_next_visit_due_prefers_what_the_contact_asked_for() -> None:
    start = date(2026, 1, 10)
    asked = date(2026, 1, 20)
    assert cadence.next_visit_due(date(2026, 1, 12), asked, start=start) == asked
    assert cadence.next_visit_due(date(2026, 1, 12), None, start=start) == date(2026, 1, 26)
    # Once settled, a month after the last contact.
    assert cadence.next_visit_due(date(2026, 6, 1), None, start=start) == date(2026, 7, 1)
    assert cadence.next_visit_due(None, None, start=start) is None


def test_slipped_is_a_whole_cycle_past_due() -> None:
    household = _household(joined=date(2026, 1, 10))
    last, due = date(2026, 1, 12), date(2026, 1, 26)
    assert cadence.slips_on(due, start=date(2026, 1, 10)) == date(2026, 2, 9)
    on_time = cadence.rhythm(household, last, due, date(2026, 1, 26))
    assert not on_time.overdue
    assert not on_time.slipped
    late = cadence.rhythm(household, last, due, date(2026, 1, 27))
    assert late.overdue
    assert late.days_overdue == 1
    assert not late.slipped
    almost = cadence.rhythm(household, last, due, date(2026, 2, 8))
    assert almost.overdue
    assert not almost.slipped
    slipped = cadence.rhythm(household, last, due, date(2026, 2, 9))
    assert slipped.slipped
    assert slipped.days_overdue == 14
    assert slipped.days_since_last_contact == 28
    assert cadence.is_slipped(m.HouseholdStatus.OPEN, date(2026, 2, 9), date(2026, 2, 9))
    assert not cadence.is_slipped(m.HouseholdStatus.OPEN, date(2026, 2, 9), date(2026, 2, 8))


def test_a_settled_family_slips_after_a_month_past_due() -> None:
    household = _household(joined=date(2025, 1, 10))
    due = date(2026, 3, 1)
    assert not cadence.rhythm(household, date(2026, 1, 30), due, date(2026, 3, 30)).slipped
    assert cadence.rhythm(household, date(2026, 1, 30), due, date(2026, 3, 31)).slipped


def test_closed_households_never_slip() -> None:
    household = _household(status=m.HouseholdStatus.CLOSED)
    state = cadence.rhythm(household, date(2026, 1, 12), date(2026, 1, 26), date(2026, 9, 1))
    assert not state.overdue
    assert not state.slipped
    assert not cadence.is_slipped(m.HouseholdStatus.CLOSED, date(2026, 2, 9), date(2026, 9, 1))


def test_never_seen_has_no_due_date_and_does_not_slip() -> None:
    state = cadence.rhythm(_household(), None, None, date(2026, 9, 1))
    assert state.next_due is None
    assert state.days_since_last_contact is None
    assert not state.overdue
    assert not state.slipped


def test_the_rhythm_says_which_cadence_applies_on_the_day() -> None:
    household = _household(joined=date(2026, 1, 10))
    early = cadence.rhythm(household, None, None, date(2026, 2, 1))
    assert (early.cadence_days, early.is_default, early.early) == (14, True, True)
    settled = cadence.rhythm(household, None, None, date(2026, 5, 1))
    assert (settled.cadence_days, settled.early) == (30, False)
    own = cadence.rhythm(_household(override=21), None, None, date(2026, 2, 1))
    assert (own.cadence_days, own.is_default, own.early) == (21, False, False)


def test_schedule_and_the_default_next_contact_follow_the_rule() -> None:
    household = _household(joined=date(2026, 1, 10), arrival=m.YearMonth(2025, 12))
    dates = cadence.schedule(household, date(2026, 4, 9), None)
    assert dates.next_due == date(2026, 4, 23)  # the last early day: 14 days
    assert dates.slips_on == date(2026, 5, 23)  # due after the early period: 30 more
    assert cadence.default_next_contact(household, date(2026, 4, 10)) == date(2026, 5, 10)
    assert cadence.schedule(household, None, None) == cadence.Schedule(None, None, None)


def test_a_fake_clock_moves_a_household_from_due_to_slipped() -> None:
    household = _household(joined=date(2026, 1, 10))
    dates = cadence.schedule(household, date(2026, 1, 12), None)
    clock = date(2026, 1, 20)
    states = []
    for _ in range(4):
        states.append(cadence.rhythm(household, date(2026, 1, 12), dates.next_due, clock))
        clock += timedelta(days=7)
    assert [(s.overdue, s.slipped) for s in states] == [
        (False, False),  # 20 Jan: due on the 26th
        (True, False),  # 27 Jan: a day late
        (True, False),  # 3 Feb
        (True, True),  # 10 Feb: a whole fortnight past due
    ]
