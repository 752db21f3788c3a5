"""The visit rhythm in the vault: stored dates, who visits, follow-ups, and migration."""

from __future__ import annotations

import dataclasses
import os
import random
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.core import cadence
from desktop_app.core import models as m
from desktop_app.core.consent import ConsentExpiredError
from desktop_app.vault import migrations
from desktop_app.vault.audit import AuditLog
from desktop_app.vault.connection import open_connection, transaction
from desktop_app.vault.repositories import (
    ContactRepository,
    FollowUpRepository,
    HouseholdRepository,
    ServiceRepository,
)
from desktop_app.vault.repositories.bulk import bulk_insert_households
from desktop_app.vault.repositories.follow_ups import FollowUpLinkError
from tests.vault.dbutil import audit_for, open_vault, sample_aggregate

TODAY = date(2026, 3, 2)  # audit_for's clock


@pytest.fixture
def vault(tmp_path: Path):
    conn, _key = open_vault(tmp_path)
    yield conn, audit_for(conn)
    conn.close()


def _create(
    households: HouseholdRepository,
    *,
    reference: str = "",
    contacts: tuple[m.Contact, ...] = (),
    override: int | None = None,
    worker: str = "",
    joined: date = date(2026, 1, 5),
) -> int:
    aggregate = sample_aggregate(reference=reference)
    household = dataclasses.replace(
        aggregate.household,
        visit_cadence_days=override,
        assigned_worker=worker,
        arrival_month=None,
        created_at=datetime(joined.year, joined.month, joined.day, 9, tzinfo=UTC),
    )
    stored = households.create(
        dataclasses.replace(aggregate, household=household, contacts=contacts, follow_ups=())
    )
    return stored.household.id or 0


def _visit(on: date, *, staff: str = "", asked_for: date | None = None) -> m.Contact:
    return m.Contact(m.ContactKind.HOME_VISIT, on, staff_member=staff, next_contact_due=asked_for)


def test_a_contact_sets_next_due_from_the_default_rhythm_and_the_day_it_slips(vault) -> None:
    conn, audit = vault
    households = HouseholdRepository(conn, audit)
    hid = _create(households, joined=date(2026, 1, 5))
    row = households.row(hid, today=TODAY)
    assert row is not None
    assert row.next_contact_due is None
    ContactRepository(conn, audit).add(hid, _visit(date(2026, 1, 20), staff="Sam"))
    row = households.row(hid, today=TODAY)
    assert row is not None
    assert row.next_contact_due == date(2026, 2, 3)  # early period: a fortnight
    assert row.days_since_last_contact == 41
    assert row.slipped  # due 3 Feb, slipped from 17 Feb
    assert row.assigned_worker == "Sam"  # nobody was assigned: the visitor is
    assert households.row(hid, today=date(2026, 2, 16)).slipped is False  # type: ignore[union-attr]
    # A contact that asks for a date wins; the slipped day follows it.
    ContactRepository(conn, audit).add(
        hid, _visit(date(2026, 3, 1), staff="Jo", asked_for=date(2026, 3, 10))
    )
    row = households.row(hid, today=TODAY)
    assert row is not None
    assert (row.next_contact_due, row.slipped) == (date(2026, 3, 10), False)
    assert row.assigned_worker == "Sam"  # once assigned, it stays


def test_the_households_own_cadence_and_the_worker_are_saved_and_used(vault) -> None:
    conn, audit = vault
    households = HouseholdRepository(conn, audit)
    hid = _create(households, contacts=(_visit(date(2026, 2, 20), staff="Sam"),))
    stored = households.get(hid)
    assert stored is not None
    assert stored.household.assigned_worker == "Sam"
    households.update(
        dataclasses.replace(stored.household, visit_cadence_days=7, assigned_worker=" Jo ")
    )
    again = households.get(hid)
    assert again is not None
    assert (again.household.visit_cadence_days, again.household.assigned_worker) == (7, "Jo")
    row = households.row(hid, today=TODAY)
    assert row is not None
    assert row.next_contact_due == date(2026, 2, 27)
    assert households.count_slipped(date(2026, 3, 6)) == 1  # 27 Feb + 7 days
    assert households.count_slipped(date(2026, 3, 5)) == 0


def test_visits_due_and_slipped_lists_per_worker(vault) -> None:
    conn, audit = vault
    households = HouseholdRepository(conn, audit)
    late = _create(
        households, reference="HH-AAAA", contacts=(_visit(date(2026, 1, 10), staff="Sam"),)
    )
    soon = _create(
        households, reference="HH-BBBB", contacts=(_visit(date(2026, 2, 20), staff="Sam"),)
    )
    jos = _create(
        households, reference="HH-CCCC", contacts=(_visit(date(2026, 2, 22), staff="Jo"),)
    )
    closed = _create(
        households, reference="HH-DDDD", contacts=(_visit(date(2026, 1, 2), staff="Sam"),)
    )
    households.close(closed, m.ClosedReason.MOVED_AWAY, TODAY)
    until = TODAY + timedelta(days=7)
    assert [r.id for r in households.visits_due(until, worker="Sam", today=TODAY)] == [late, soon]
    assert [r.id for r in households.visits_due(until, today=TODAY)] == [late, soon, jos]
    assert households.count_visits_due(until, worker="Jo") == 1
    assert [r.id for r in households.slipped(TODAY, worker="Sam")] == [late]
    assert households.count_slipped(TODAY) == 1  # the closed one never slips
    assert households.workers() == ["Jo", "Sam"]
    assert households.has_assigned("Jo")
    assert not households.has_assigned("Nobody")
    slipped_only = households.list_page(
        0, 10, filters=m.HouseholdFilters(slipped=True), today=TODAY
    )
    assert [r.id for r in slipped_only] == [late]


def test_the_today_queries_read_the_partial_indexes(vault) -> None:
    """Each Today query walks its index in order: no scan, no sort of every household."""
    conn, audit = vault
    households = HouseholdRepository(conn, audit)
    _create(households, contacts=(_visit(date(2026, 2, 20), staff="Sam"),))
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    until = TODAY + timedelta(days=7)
    calls = {
        "households_open_due": lambda: households.visits_due(until, today=TODAY),
        "households_worker_due": lambda: households.visits_due(until, worker="Sam", today=TODAY),
        "households_slipped": lambda: households.slipped(TODAY),
        "households_worker_slipped": lambda: households.count_slipped(TODAY, worker="Sam"),
    }
    for index, call in calls.items():
        statements.clear()
        call()
        conn.set_trace_callback(None)
        [sql] = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
        plan = " ".join(str(r[-1]) for r in conn.execute(f"EXPLAIN QUERY PLAN {sql}"))
        conn.set_trace_callback(statements.append)
        assert f"USING INDEX {index}" in plan or f"USING COVERING INDEX {index}" in plan, plan
        assert "TEMP B-TREE" not in plan, plan  # read in index order, no sort
    conn.set_trace_callback(None)


def test_bulk_insert_stores_the_same_dates_as_one_by_one(vault) -> None:
    conn, audit = vault
    households = HouseholdRepository(conn, audit)
    contacts = (
        _visit(date(2026, 1, 10), staff="Sam"),
        _visit(date(2026, 2, 3), staff=""),
        _visit(date(2026, 2, 3), staff="Jo"),
    )
    one = _create(households, reference="HH-ONE2", contacts=contacts)
    aggregate = households.get(one)
    assert aggregate is not None
    fresh = dataclasses.replace(
        aggregate,
        household=dataclasses.replace(aggregate.household, reference="HH-TWO3", assigned_worker=""),
        contacts=contacts,
        referrals=(),
    )
    [two] = bulk_insert_households(conn, [fresh], audit=audit)
    first, second = households.row(one, today=TODAY), households.row(two, today=TODAY)
    assert first is not None
    assert second is not None
    assert (first.next_contact_due, first.slipped, first.assigned_worker) == (
        second.next_contact_due,
        second.slipped,
        second.assigned_worker,
    )
    assert second.assigned_worker == "Jo"  # the latest contact with a staff member
    stored = conn.execute(
        "SELECT slipped_on FROM households WHERE id IN (?, ?)", (one, two)
    ).fetchall()
    assert stored[0] == stored[1]


# --------------------------------------------------------------------- follow-ups


def test_a_follow_up_about_a_need_or_referral_of_this_family(vault) -> None:
    conn, audit = vault
    households = HouseholdRepository(conn, audit)
    service = ServiceRepository(conn, audit).add(m.Service("Food bank"))
    mine = households.create(
        dataclasses.replace(
            sample_aggregate(reference="HH-MINE"),
            referrals=(m.Referral(need_id=0, service_id=service.id or 0, consent_to_share=True),),
        )
    )
    other = households.create(sample_aggregate(reference="HH-OTHR"))
    hid = mine.household.id or 0
    follow_ups = FollowUpRepository(conn, audit)
    need_id, referral_id = mine.needs[0].id, mine.referrals[0].id
    about_need = follow_ups.add(hid, m.FollowUp("Ask about the grant", TODAY, need_id=need_id))
    about_referral = follow_ups.add(
        hid,
        m.FollowUp(
            "Did the food bank call?",
            TODAY,
            source=m.FollowUpSource.REFERRAL,
            referral_id=referral_id,
        ),
    )
    assert follow_ups.get(about_need.id or 0) == about_need
    assert follow_ups.get(about_referral.id or 0) == about_referral
    # Another family's need cannot be linked (nor a need that does not exist).
    with pytest.raises(FollowUpLinkError):
        follow_ups.add(hid, m.FollowUp("x", TODAY, need_id=other.needs[0].id))
    with pytest.raises(FollowUpLinkError):
        follow_ups.update(dataclasses.replace(about_need, need_id=None, referral_id=999_999))
    assert follow_ups.get(about_need.id or 0) == about_need  # nothing changed
    # The link goes with the referral; the follow-up stays (about the family in general).
    conn.execute("DELETE FROM referrals WHERE id = ?", (referral_id,))
    assert follow_ups.get(about_referral.id or 0).referral_id is None  # type: ignore[union-attr]


def test_complete_and_reschedule(vault) -> None:
    conn, audit = vault
    households = HouseholdRepository(conn, audit)
    hid = _create(households, contacts=(_visit(date(2026, 2, 20), staff="Sam"),))
    follow_ups = FollowUpRepository(conn, audit)
    item = follow_ups.add(hid, m.FollowUp("Bring the uniform voucher", TODAY + timedelta(days=2)))
    week = TODAY + timedelta(days=7)
    assert [d.follow_up.id for d in follow_ups.due_for_worker("Sam", TODAY, week)] == [item.id]
    assert follow_ups.due_for_worker("Jo", TODAY, week) == []
    follow_ups.reschedule(item.id or 0, TODAY + timedelta(days=10))
    assert follow_ups.due_for_worker("Sam", TODAY, week) == []
    assert follow_ups.get(item.id or 0).due_on == TODAY + timedelta(days=10)  # type: ignore[union-attr]
    follow_ups.mark_done(item.id or 0, TODAY)
    assert follow_ups.get(item.id or 0).done_on == TODAY  # type: ignore[union-attr]
    assert follow_ups.due(TODAY, within_days=30) == []


def test_follow_ups_of_a_read_only_household_are_refused(vault) -> None:
    conn, audit = vault
    households = HouseholdRepository(conn, audit)
    hid = _create(households)  # consent to review on 2027-02-01
    item = FollowUpRepository(conn, audit).add(hid, m.FollowUp("Call", TODAY))
    later = AuditLog(conn, "Sam", clock=lambda: datetime(2027, 2, 2, 9, 0, tzinfo=UTC))
    follow_ups = FollowUpRepository(conn, later)
    for attempt in (
        lambda: follow_ups.add(hid, m.FollowUp("Another", date(2027, 2, 5))),
        lambda: follow_ups.mark_done(item.id or 0, date(2027, 2, 2)),
        lambda: follow_ups.reschedule(item.id or 0, date(2027, 2, 9)),
    ):
        with pytest.raises(ConsentExpiredError):
            attempt()
    assert follow_ups.get(item.id or 0) == item


def test_contact_and_follow_up_commit_together_or_not_at_all(vault) -> None:
    conn, audit = vault
    households = HouseholdRepository(conn, audit)
    other = households.create(sample_aggregate(reference="HH-OTHR"))
    hid = _create(households)
    contacts, follow_ups = ContactRepository(conn, audit), FollowUpRepository(conn, audit)

    def save_both() -> None:
        with transaction(conn):
            contacts.add(hid, _visit(TODAY, staff="Sam"))
            follow_ups.add(hid, m.FollowUp("x", TODAY, need_id=other.needs[0].id))

    with pytest.raises(FollowUpLinkError):
        save_both()
    assert contacts.timeline(hid) == []
    assert households.row(hid, today=TODAY).assigned_worker == ""  # type: ignore[union-attr]


# ---------------------------------------------------------------------- migration

_V1_HOUSEHOLD = (
    "INSERT INTO households (id, reference, preferred_channel, online_platform_confidence,"
    " status, closed_on, arrival_month, visit_cadence_days, created_at, updated_at,"
    " last_contact_on, next_contact_due) VALUES (?, ?, 'in_person', 'unknown', ?, ?, ?, ?, ?, ?,"
    " ?, ?)"
)
_V1_CONTACT = (
    "INSERT INTO contacts (household_id, kind, contact_on, interpreter_mode, next_contact_due,"
    " staff_member) VALUES (?, 'home_visit', ?, 'none', ?, ?)"
)


def _month_of(day: date, shift: int) -> m.YearMonth:
    year, month = divmod(day.year * 12 + day.month - 1 + shift, 12)
    return m.YearMonth(year, month + 1)


def test_version_1_households_get_the_dates_the_rule_gives(tmp_path: Path) -> None:
    """The migration's SQL and core.cadence agree, including month ends and leap days."""
    conn = open_connection(tmp_path / "v1.db", os.urandom(32))
    with transaction(conn):
        migrations.STEPS[0](conn)
        conn.execute("PRAGMA user_version = 1")
    rng = random.Random(7)
    edge_days = [date(2025, 11, 30), date(2026, 1, 31), date(2027, 11, 30), date(2024, 2, 29)]
    expected: dict[int, tuple[date | None, date | None, str]] = {}
    with transaction(conn):
        for hid in range(1, 301):
            joined = (
                edge_days[hid % 4]
                if hid <= 40
                else date(2024, 1, 1) + timedelta(rng.randrange(900))
            )
            arrival = None if hid % 3 == 0 else _month_of(joined, rng.randint(-20, 3))
            override = 21 if hid % 7 == 0 else None
            created = datetime(joined.year, joined.month, joined.day, 23, 30, tzinfo=UTC)
            visits = sorted(joined + timedelta(rng.randrange(200)) for _ in range(rng.randrange(4)))
            if hid <= 40 and visits:
                # The last visit on the early period's last day, or its first day after.
                boundary = cadence.early_period_ends(
                    cadence.rhythm_start(arrival, joined)
                ) - timedelta(days=hid % 2)
                visits = [v for v in visits if v < boundary] + [boundary]
            asked = visits[-1] + timedelta(days=5) if visits and hid % 5 == 0 else None
            staff = ["", "Sam", "Jo"]
            household = m.Household(
                reference="", arrival_month=arrival, visit_cadence_days=override, created_at=created
            )
            # Version 1's own rule: asked for, else last + the household's cadence.
            v1_due = asked
            if visits and v1_due is None and override:
                v1_due = visits[-1] + timedelta(days=override)
            closed = hid % 11 == 0
            conn.execute(
                _V1_HOUSEHOLD,
                (
                    hid,
                    f"HH-{hid:04d}",
                    "closed" if closed else "open",
                    "2026-01-01" if closed else None,
                    None if arrival is None else arrival.isoformat(),
                    override,
                    created.isoformat(),
                    created.isoformat(),
                    visits[-1].isoformat() if visits else None,
                    None if v1_due is None else v1_due.isoformat(),
                ),
            )
            worker = ""
            for index, day in enumerate(visits):
                who = staff[(hid + index) % 3]
                worker = who or worker
                last = index == len(visits) - 1
                conn.execute(
                    _V1_CONTACT,
                    (hid, day.isoformat(), asked.isoformat() if last and asked else None, who),
                )
            dates = cadence.schedule(household, visits[-1] if visits else None, asked)
            expected[hid] = (dates.next_due, dates.slips_on, worker)
    assert migrations.migrate(conn) == migrations.CURRENT_VERSION
    stored = {
        r[0]: (
            None if r[1] is None else date.fromisoformat(r[1]),
            None if r[2] is None else date.fromisoformat(r[2]),
            r[3],
        )
        for r in conn.execute(
            "SELECT id, next_contact_due, slipped_on, assigned_worker FROM households"
        )
    }
    diff = {k: (stored[k], expected[k]) for k in expected if stored[k] != expected[k]}
    assert diff == {}
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()


def test_consent_reviews_for_the_today_page_can_be_limited(vault) -> None:
    from desktop_app.vault.repositories import ConsentRepository

    conn, audit = vault
    _create(HouseholdRepository(conn, audit))  # five purposes to review on 2027-02-01
    consent = ConsentRepository(conn, audit)
    everything = consent.due_for_review(date(2027, 2, 2))
    assert len(everything) == 5
    assert consent.due_for_review(date(2027, 2, 2), limit=2) == everything[:2]
