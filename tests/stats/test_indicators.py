"""Indicators on a crafted vault: exact counts, consent, areas, and what the payload holds."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from desktop_app.core import models as m
from desktop_app.stats.indicators import (
    INDICATORS,
    LANGUAGE_GROUPS,
    indicator,
    interpreter_group,
    language_group,
)
from desktop_app.stats.release import Statistics
from desktop_app.vault.consent_lifecycle import households_in_statistics
from desktop_app.vault.repositories import bulk_insert_households
from desktop_app.vault.repositories.aggregates import PeriodCounts
from desktop_app.vault.services import VaultServices
from tests.helpers.vaults import consent_to_everything, vault_services

OCTOBER = (date(2026, 10, 1), date(2026, 11, 1))
TODAY = date(2026, 11, 15)


def _at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 10, tzinfo=UTC)


def _consents(services: VaultServices, *, statistics: bool) -> tuple[m.ConsentEvent, ...]:
    events = consent_to_everything(services)
    if statistics:
        return events
    return tuple(
        dataclasses.replace(e, decision=m.ConsentDecision.REFUSED, review_on=None)
        if e.purpose is m.ConsentPurpose.STATISTICS
        else e
        for e in events
    )


def _household(
    services: VaultServices,
    alias: str,
    *,
    language: str,
    area: str,
    created: date,
    statistics: bool = True,
    arrival: m.YearMonth | None = None,
    closed_on: date | None = None,
    people: tuple[m.Person, ...] = (),
    needs: tuple[m.Need, ...] = (),
    contacts: tuple[m.Contact, ...] = (),
    referrals: tuple[m.Referral, ...] = (),
) -> m.HouseholdAggregate:
    return m.HouseholdAggregate(
        household=m.Household(
            reference="",
            alias=alias,
            school="Riverside Primary School",
            area=area,
            arrival_month=arrival,
            preferred_language=language,
            status=m.HouseholdStatus.CLOSED if closed_on else m.HouseholdStatus.OPEN,
            closed_reason=m.ClosedReason.NEEDS_MET if closed_on else None,
            closed_on=closed_on,
            created_at=_at(created),
        ),
        people=people or (m.Person(m.Role.CAREGIVER, given_name=f"{alias} parent"),),
        needs=needs,
        contacts=contacts,
        referrals=referrals,
        consents=_consents(services, statistics=statistics),
    )


def _need(category: m.NeedCategory, identified: date, status: m.NeedStatus, changed: date | None):
    return m.Need(
        category,
        status=status,
        note=f"Crafted note about {category.value} for this family",
        identified_on=identified,
        status_changed_on=changed,
    )


def _contact(kind: m.ContactKind, day: date, mode: m.InterpreterMode) -> m.Contact:
    return m.Contact(kind, day, interpreter_mode=mode, note="Crafted contact note, private")


@pytest.fixture
def crafted(tmp_path: Path) -> Iterator[tuple[VaultServices, list[int]]]:
    with vault_services(tmp_path / "vault") as services:
        service = services.services.add(m.Service("Brackenford Housing Advice"))
        assert service.id is not None
        N, C = m.NeedStatus, m.ContactKind  # noqa: N806 - short names keep the table readable
        q = m.InterpreterMode
        one = _household(
            services,
            "Crafted Alpha family",
            language="ar",
            area="NORTH",
            created=date(2026, 10, 5),
            arrival=m.YearMonth(2026, 10),
            people=(
                m.Person(m.Role.CAREGIVER, given_name="Zainab"),
                m.Person(m.Role.CHILD, given_name="Omar", school_year="Year 3"),
                m.Person(m.Role.CHILD, given_name="Huda"),
            ),
            needs=(
                _need(m.NeedCategory.HOUSING, date(2026, 10, 2), N.REFERRED, date(2026, 10, 4)),
                _need(m.NeedCategory.FOOD, date(2026, 9, 1), N.MET, date(2026, 10, 10)),
            ),
            contacts=(
                _contact(C.INTAKE_MEETING, date(2026, 9, 30), q.NONE),
                _contact(C.HOME_VISIT, date(2026, 10, 3), q.QUALIFIED_IN_PERSON),
                _contact(C.CHECK_IN_CALL, date(2026, 10, 20), q.CHILD),
            ),
            referrals=(
                m.Referral(
                    0,
                    service.id,
                    True,
                    m.ReferralStatus.COMPLETED,
                    referred_on=date(2026, 10, 4),
                    status_changed_on=date(2026, 10, 25),
                ),
            ),
        )
        two = _household(
            services,
            "Crafted Bravo family",
            language="fa-AF",
            area="NORTH",
            created=date(2026, 8, 1),
            needs=(
                # met only after the period: still open on its last day
                _need(m.NeedCategory.HOUSING, date(2026, 8, 1), N.MET, date(2026, 11, 5)),
                _need(m.NeedCategory.SCHOOL_UNIFORM, date(2026, 5, 1), N.MET, date(2026, 10, 20)),
            ),
            contacts=(_contact(C.HOME_VISIT, date(2026, 10, 7), q.FAMILY_MEMBER),),
        )
        refused = _household(
            services,
            "Crafted Charlie family",
            language="bo",
            area="SOUTH",
            created=date(2026, 10, 10),
            statistics=False,
            needs=(_need(m.NeedCategory.HOUSING, date(2026, 10, 10), N.IDENTIFIED, None),),
            contacts=(_contact(C.HOME_VISIT, date(2026, 10, 8), q.CHILD),),
        )
        closed = _household(
            services,
            "Crafted Delta family",
            language="ar",
            area="SOUTH",
            created=date(2026, 1, 5),
            closed_on=date(2026, 9, 15),
        )
        ids = bulk_insert_households(
            services.vault.connection, [one, two, refused, closed], audit=services.audit
        )
        yield services, ids


EXPECTED = PeriodCounts(
    households_in_scope=3,
    new_households_by_language={"ar": 1},
    supported_households_by_language={"ar": 1, "fa-AF": 1},
    open_need_households_by_category={"housing": 2},
    open_need_households=2,
    referrals_made_by_category={"housing": 1},
    referrals_completed_by_category={"housing": 1},
    contacts_by_kind_and_interpreter={
        ("home_visit", "qualified_in_person"): 1,
        ("check_in_call", "child"): 1,
        ("home_visit", "family_member"): 1,
    },
    champion_introductions=0,
    attendance_by_event_kind={},
    needs_met_by_category_and_timeliness={("food", "yes"): 1, ("school_uniform", "no"): 1},
    arrived_children_by_school_place={"recorded": 1, "not_recorded": 1},
)


def test_counts_are_exact(crafted: tuple[VaultServices, list[int]]) -> None:
    services, _ids = crafted
    assert services.aggregates.period_counts(*OCTOBER) == EXPECTED


def test_an_area_counts_only_its_households(crafted: tuple[VaultServices, list[int]]) -> None:
    services, _ids = crafted
    south = services.aggregates.period_counts(*OCTOBER, area="SOUTH")
    assert south.households_in_scope == 1  # the closed one; the other refused
    assert south.contacts_by_kind_and_interpreter == {}
    north = services.aggregates.period_counts(*OCTOBER, area="NORTH")
    assert north == dataclasses.replace(EXPECTED, households_in_scope=2)


def test_events_and_champion_introductions(crafted: tuple[VaultServices, list[int]]) -> None:
    services, ids = crafted
    one, two, refused, closed = ids
    event = services.events.add(
        m.Event("Coffee morning", m.EventKind.COFFEE_MORNING, date(2026, 10, 9))
    )
    later = services.events.add(m.Event("Workshop", m.EventKind.WORKSHOP, date(2026, 11, 3)))
    assert event.id is not None
    assert later.id is not None
    for household in (one, two, refused):
        services.events.record_attendance(m.EventAttendance(event.id, household, 2))
    services.events.record_attendance(m.EventAttendance(later.id, one, 1))
    champion = services.champions.add(m.Champion(closed))
    assert champion.id is not None
    services.champions.match(
        m.ChampionMatch(champion.id, one, m.ChampionMatchStatus.INTRODUCED, date(2026, 10, 12))
    )
    services.champions.match(
        m.ChampionMatch(champion.id, refused, m.ChampionMatchStatus.INTRODUCED, date(2026, 10, 12))
    )
    counts = services.aggregates.period_counts(*OCTOBER)
    assert counts.attendance_by_event_kind == {"coffee_morning": 2}
    assert counts.champion_introductions == 1


def test_withdrawn_statistics_consent_leaves_the_next_aggregates(
    crafted: tuple[VaultServices, list[int]],
) -> None:
    services, ids = crafted
    statistics = next(
        e for e in consent_to_everything(services) if e.purpose is m.ConsentPurpose.STATISTICS
    )
    services.consent.withdraw(
        ids[0],
        dataclasses.replace(
            statistics, decision=m.ConsentDecision.WITHDRAWN, review_on=None, decided_at=m.utc_now()
        ),
    )
    after = services.aggregates.period_counts(*OCTOBER)
    assert after.households_in_scope == 2
    assert after.new_households_by_language == {}
    assert after.open_need_households_by_category == {"housing": 1}
    assert after.contacts_by_kind_and_interpreter == {("home_visit", "family_member"): 1}
    assert after.referrals_made_by_category == {}
    assert after.arrived_children_by_school_place == {}
    # Statistics.compute sees the same thing.
    stats = Statistics(services.aggregates, services.settings, today=lambda: TODAY)
    report = stats.compute("2026-10")
    contacts_total = next(
        v for v in report.payload.values if v.indicator == "contacts" and not v.dimensions
    )
    assert contacts_total.value is None  # 1 contact: a small count, hidden


def test_consent_scope_is_the_consent_lifecycle_set(tmp_path: Path) -> None:
    # The repository's faster scope query must pick exactly households_in_statistics.
    with vault_services(tmp_path / "demo", households=400) as services:
        conn = services.vault.connection
        counts = services.aggregates.period_counts(*OCTOBER)
        assert counts.households_in_scope == len(households_in_statistics(conn))
        withdrawn = conn.execute(
            "SELECT count(DISTINCT household_id) FROM consent_events"
            " WHERE purpose = 'statistics' AND decision = 'withdrawn'"
        ).fetchone()[0]
        refused = conn.execute(
            "SELECT count(*) FROM consent_events"
            " WHERE purpose = 'statistics' AND decision = 'refused'"
        ).fetchone()[0]
        assert withdrawn + refused > 0  # the demo has both, so the test means something


def test_tables_follow_the_declarations(crafted: tuple[VaultServices, list[int]]) -> None:
    services, _ids = crafted
    counts = services.aggregates.period_counts(*OCTOBER)
    contacts = indicator("contacts").table(counts)
    assert contacts.values[()] == 3
    assert contacts.values[(("contact_kind", "home_visit"),)] == 2
    assert contacts.values[(("interpreter", "qualified"),)] == 1
    assert contacts.values[(("interpreter", "child"),)] == 1
    assert all(len(key) <= 1 for key in contacts.values)  # margins only, no cross cells
    by_category = indicator("households_with_open_need_by_category").table(counts)
    assert () not in by_category.values
    assert by_category.relations == ()
    new = indicator("new_households").table(counts)
    assert new.values[(("language_group", "ar"),)] == 1
    assert sum(v for k, v in new.values.items() if k) == new.values[()]


def test_every_indicator_is_declared_once_with_a_definition() -> None:
    ids = [ind.id for ind in INDICATORS]
    assert len(ids) == len(set(ids))
    for ind in INDICATORS:
        assert ind.title
        assert ind.definition
        assert ind.version >= 1
        assert re.fullmatch(r"[a-z][a-z0-9_]*", ind.id)


def test_language_and_interpreter_groups() -> None:
    assert language_group("fa-AF") == "fa"
    assert language_group("prs") == "fa"
    assert language_group("AR") == "ar"
    assert language_group("bo") == "other"
    assert language_group("") == "other"
    assert "other" in LANGUAGE_GROUPS
    assert interpreter_group("qualified_phone") == "qualified"
    assert interpreter_group("child") == "child"


def test_the_payload_holds_nothing_about_any_household(tmp_path: Path) -> None:
    with vault_services(tmp_path / "demo", households=300) as services:
        conn = services.vault.connection
        stats = Statistics(services.aggregates, services.settings, today=lambda: TODAY)
        payload = stats.release_period("2026-10").payload.to_json()
        payload += stats.release_period("2026Q3").payload.to_json()
        secrets: set[str] = set()
        for sql in (
            "SELECT reference FROM households",
            "SELECT alias FROM households WHERE alias != ''",
            "SELECT key_contact FROM households WHERE key_contact != ''",
            "SELECT given_name FROM people WHERE given_name != ''",
            "SELECT note FROM needs WHERE note != ''",
            "SELECT note FROM contacts WHERE note != ''",
            "SELECT interpreter_name FROM contacts WHERE interpreter_name != ''",
            "SELECT staff_member FROM contacts WHERE staff_member != ''",
            "SELECT identified_on FROM needs",
            "SELECT contact_on FROM contacts",
            "SELECT substr(created_at, 1, 10) FROM households",
            "SELECT referred_on FROM referrals WHERE referred_on IS NOT NULL",
        ):
            secrets |= {str(row[0]) for row in conn.execute(sql)}
        assert len(secrets) > 1000
        found = [s for s in secrets if s.encode("utf-8") in payload]
        assert found == []
        # No full date of any kind, in any spelling the payload could carry.
        assert re.search(rb"\d{4}-\d{2}-\d{2}", payload) is None
        assert b"HH-" not in payload
