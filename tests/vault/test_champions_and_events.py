"""Champions (suggestions, load, introductions, retiring) and events against a real vault."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.core import models as m
from desktop_app.core.champions import Load, SchoolPlace
from desktop_app.core.consent import ConsentRequiredError
from desktop_app.core.consent_notices import load_notice
from desktop_app.vault.connection import Connection
from desktop_app.vault.repositories import (
    ChampionRepository,
    ConsentRepository,
    EventRepository,
    HouseholdRepository,
)
from desktop_app.vault.repositories.champions import (
    AlreadyChampionError,
    AlreadyIntroducedError,
    ChampionUnavailableError,
    MatchEndedError,
)
from tests.vault.dbutil import audit_for, open_vault, sample_aggregate

P = m.ConsentPurpose
TODAY = date(2026, 3, 2)  # audit_for's clock
SCHOOL = "Riverside Primary"


@pytest.fixture
def vault(tmp_path: Path):
    conn, _ = open_vault(tmp_path)
    return conn, audit_for(conn)


def _family(
    conn: Connection,
    audit,
    alias: str,
    *,
    school: str = SCHOOL,
    language: str = "ar",
    children: tuple[tuple[str, str, int], ...] = (("Year 3", "3B", 2017),),
    purposes: tuple[m.ConsentPurpose, ...] | None = None,
) -> int:
    base = sample_aggregate(alias=alias, school=school, purposes=purposes)
    household = dataclasses.replace(
        base.household,
        preferred_language=language,
        interpreter_language=language,
        preferred_channel=m.Channel.IN_PERSON,
    )
    people = (
        base.people[0],
        *(
            m.Person(m.Role.CHILD, school_year=year, class_name=name, birth_year=born)
            for year, name, born in children
        ),
    )
    aggregate = dataclasses.replace(base, household=household, people=people)
    stored = HouseholdRepository(conn, audit).create(aggregate)
    return stored.household.id or 0


def _decision(purpose: m.ConsentPurpose, decision: m.ConsentDecision) -> m.ConsentEvent:
    return m.ConsentEvent(
        purpose,
        decision,
        load_notice(purpose, "ar").version_hash,
        "ar",
        m.ConsentMethod.VERBAL_VIA_INTERPRETER,
        m.DecidedBy.CAREGIVER,
        "Ms Patel",
        decided_at=datetime(2026, 3, 1, 10, tzinfo=UTC),
    )


def test_suggestions_rank_language_and_class_above_closeness_of_age(vault) -> None:
    conn, audit = vault
    champions = ChampionRepository(conn, audit)
    newcomer = _family(conn, audit, "Newcomer")  # Riverside, Arabic, Year 3 class 3B
    # Same school, not Arabic, a child a year older in another class: close in age only.
    close = _family(conn, audit, "Close in age", language="uk", children=(("Year 4", "4A", 2016),))
    # Another school, Arabic, children much older.
    arabic = _family(
        conn,
        audit,
        "Speaks Arabic",
        school="Hillside Academy",
        children=(("Year 10", "10C", 2010),),
    )
    # Same school, Tigrinya, a child in the same class.
    classmate = _family(conn, audit, "Same class", language="ti")
    ids = {}
    for name, hid, language, school in (
        ("close", close, "uk", SCHOOL),
        ("arabic", arabic, "ar", "Hillside Academy"),
        ("classmate", classmate, "ti", SCHOOL),
    ):
        ids[name] = champions.add(m.Champion(hid, languages=(language,), school=school)).id
    suggestions = champions.suggest(newcomer)
    assert [s.champion.id for s in suggestions] == [ids["classmate"], ids["arabic"], ids["close"]]
    first, second, third = suggestions
    assert first.match.place is SchoolPlace.SAME_CLASS
    assert second.shared_languages == ("ar",)
    assert not second.same_school
    assert third.match.age_gap == 1
    assert third.points < second.points
    assert first.alias == "Same class"


def test_full_paused_own_and_unconsenting_champions_are_not_suggested(vault) -> None:
    conn, audit = vault
    champions = ChampionRepository(conn, audit)
    newcomer = _family(conn, audit, "Newcomer")
    second_newcomer = _family(conn, audit, "Second newcomer")
    full_family = _family(conn, audit, "Full")
    full = champions.add(m.Champion(full_family, languages=("ar",), school=SCHOOL, max_families=1))
    champions.introduce(full.id or 0, second_newcomer, TODAY)
    paused_family = _family(conn, audit, "Paused")
    champions.add(m.Champion(paused_family, languages=("ar",), school=SCHOOL, active=False))
    withdrawn_family = _family(conn, audit, "Withdrew")
    champions.add(m.Champion(withdrawn_family, languages=("ar",), school=SCHOOL))
    consent = ConsentRepository(conn, audit)
    consent.withdraw(
        withdrawn_family, _decision(P.CHAMPION_INTRODUCTION, m.ConsentDecision.WITHDRAWN)
    )
    # The newcomer is a champion too: never suggested to themselves.
    own = champions.add(m.Champion(newcomer, languages=("ar",), school=SCHOOL))
    assert champions.suggest(newcomer) == []
    ready_family = _family(conn, audit, "Ready")
    ready = champions.add(m.Champion(ready_family, languages=("ar",), school=SCHOOL))
    found = [s.champion.id for s in champions.suggest(newcomer)]
    assert found == [ready.id]
    assert own.id not in found
    assert full.id not in found
    # A champion whose own consent passed its review date is not suggested either.
    expired = _family(conn, audit, "Expired")
    champions.add(m.Champion(expired, languages=("ar",), school=SCHOOL))
    consent.record(
        expired,
        dataclasses.replace(
            _decision(P.CHAMPION_INTRODUCTION, m.ConsentDecision.RENEWED),
            review_on=TODAY - timedelta(days=1),
        ),
    )
    assert [s.champion.id for s in champions.suggest(newcomer)] == [ready.id]


def test_suggesting_needs_the_newcomers_consent_first(vault) -> None:
    conn, audit = vault
    champions = ChampionRepository(conn, audit)
    established = _family(conn, audit, "Established")
    champions.add(m.Champion(established, languages=("ar",), school=SCHOOL))
    newcomer = _family(
        conn, audit, "Not yet", purposes=(P.CASE_RECORD, P.STATISTICS, P.CONTACT_CHANNELS)
    )
    with pytest.raises(ConsentRequiredError) as caught:
        champions.suggest(newcomer)
    assert caught.value.purpose is P.CHAMPION_INTRODUCTION
    with pytest.raises(ConsentRequiredError):
        champions.introduce(1, newcomer, TODAY)


def test_registering_needs_the_champion_familys_consent(vault) -> None:
    conn, audit = vault
    champions = ChampionRepository(conn, audit)
    refused = _family(conn, audit, "Said no", purposes=(P.CASE_RECORD, P.STATISTICS))
    with pytest.raises(ConsentRequiredError) as caught:
        champions.add(m.Champion(refused, languages=("ar",), school=SCHOOL))
    assert caught.value.purpose is P.CHAMPION_INTRODUCTION
    assert "Introduce to a parent champion" in str(caught.value)
    assert conn.execute("SELECT count(*) FROM champions").fetchone()[0] == 0
    agreed = _family(conn, audit, "Said yes")
    champions.add(m.Champion(agreed, languages=("ar",)))
    with pytest.raises(AlreadyChampionError):
        champions.add(m.Champion(agreed, languages=("so",)))


def test_introduction_check_ins_and_end(vault) -> None:
    conn, audit = vault
    champions = ChampionRepository(conn, audit)
    champion = champions.add(
        m.Champion(_family(conn, audit, "Champion"), languages=("ar",), max_families=2)
    )
    newcomer = _family(conn, audit, "Newcomer")
    match = champions.introduce(champion.id or 0, newcomer, TODAY)
    assert match.status is m.ChampionMatchStatus.INTRODUCED
    assert match.introduced_on == TODAY
    with pytest.raises(AlreadyIntroducedError):
        champions.introduce(champion.id or 0, newcomer, TODAY)
    (load,) = champions.loads()
    assert (load.live_matches, load.load) == (1, Load.HAS_ROOM)
    after = champions.check_in(match.id or 0, m.ChampionCheckIn(TODAY, "Met at the gate"))
    assert after.status is m.ChampionMatchStatus.ACTIVE
    again = champions.check_in(match.id or 0, m.ChampionCheckIn(TODAY + timedelta(7), "Coffee"))
    assert [c.note for c in again.check_ins] == ["Met at the gate", "Coffee"]
    champions.set_match_status(match.id or 0, m.ChampionMatchStatus.ENDED)
    with pytest.raises(MatchEndedError):
        champions.check_in(match.id or 0, m.ChampionCheckIn(TODAY, "late"))
    (row,) = champions.introductions(champion_id=champion.id)
    assert row.match.status is m.ChampionMatchStatus.ENDED
    assert row.household_alias == "Newcomer"
    assert row.champion_alias == "Champion"
    assert champions.loads()[0].live_matches == 0


def test_load_full_and_overloaded(vault) -> None:
    conn, audit = vault
    champions = ChampionRepository(conn, audit)
    champion = champions.add(
        m.Champion(_family(conn, audit, "Champion"), languages=("ar",), max_families=2)
    )
    first = _family(conn, audit, "First")
    second = _family(conn, audit, "Second")
    champions.introduce(champion.id or 0, first, TODAY)
    champions.introduce(champion.id or 0, second, TODAY)
    assert champions.loads()[0].load is Load.FULL
    with pytest.raises(ChampionUnavailableError):
        champions.introduce(champion.id or 0, _family(conn, audit, "Third"), TODAY)
    # They can take fewer families now: over capacity, flagged.
    champions.update(dataclasses.replace(champion, max_families=1))
    (load,) = champions.loads()
    assert (load.live_matches, load.load) == (2, Load.OVERLOADED)


def test_retiring_ends_introductions_and_hides_the_champion(vault) -> None:
    conn, audit = vault
    champions = ChampionRepository(conn, audit)
    champion = champions.add(m.Champion(_family(conn, audit, "Champion"), languages=("ar",)))
    newcomer = _family(conn, audit, "Newcomer")
    champions.introduce(champion.id or 0, newcomer, TODAY)
    assert champions.retire(champion.id or 0, TODAY) == 1
    stored = champions.get(champion.id or 0)
    assert stored is not None
    assert (stored.active, stored.retired_on) == (False, TODAY)
    assert champions.loads() == []
    assert [c.champion.id for c in champions.loads(include_retired=True)] == [champion.id]
    (match,) = champions.matches_for_household(newcomer)
    assert match.status is m.ChampionMatchStatus.ENDED


def test_withdrawn_champion_consent_shows_in_the_load(vault) -> None:
    conn, audit = vault
    champions = ChampionRepository(conn, audit)
    family = _family(conn, audit, "Champion")
    champions.add(m.Champion(family, languages=("ar",)))
    assert champions.loads()[0].consent_given
    ConsentRepository(conn, audit).withdraw(
        family, _decision(P.CHAMPION_INTRODUCTION, m.ConsentDecision.WITHDRAWN)
    )
    (load,) = champions.loads()
    assert not load.consent_given
    assert not load.champion.active
    # A consent past its review date is not current either; a fresh one is.
    expired = _family(conn, audit, "Expired")
    current = _family(conn, audit, "Current")
    for hid in (expired, current):
        champions.add(m.Champion(hid, languages=("ar",)))
    ConsentRepository(conn, audit).record(
        expired,
        dataclasses.replace(
            _decision(P.CHAMPION_INTRODUCTION, m.ConsentDecision.RENEWED),
            review_on=TODAY - timedelta(days=1),
        ),
    )
    given = {c.champion.household_id: c.consent_given for c in champions.loads()}
    assert given == {family: False, expired: False, current: True}


# ------------------------------------------------------------------ events


def test_events_upcoming_past_attendance_and_removal(vault) -> None:
    conn, audit = vault
    events = EventRepository(conn, audit)
    hid = _family(conn, audit, "Family")
    other = _family(conn, audit, "Other family")
    past = events.add(m.Event("Coffee morning", m.EventKind.COFFEE_MORNING, TODAY - timedelta(7)))
    esol = events.add(
        m.Event(
            "English for parents",
            m.EventKind.ESOL_SESSION,
            TODAY + timedelta(3),
            languages=("ar", "uk"),
        )
    )
    party = events.add(
        m.Event("Summer celebration", m.EventKind.CELEBRATION, TODAY + timedelta(30))
    )
    events.record_attendance(m.EventAttendance(past.id or 0, hid, 3))
    events.record_attendance(m.EventAttendance(past.id or 0, other, 1))
    upcoming = events.summaries(TODAY, upcoming=True)
    assert [s.event.id for s in upcoming] == [esol.id, party.id]
    assert upcoming[0].event.languages == ("ar", "uk")
    (gone,) = events.summaries(TODAY, upcoming=False)
    assert (gone.event.id, gone.households, gone.people) == (past.id, 2, 4)
    rows = events.attendance_rows(past.id or 0)
    assert sorted(r.alias for r in rows) == ["Family", "Other family"]
    events.remove_attendance(next(r.attendance.id for r in rows if r.alias == "Family") or 0)
    assert [r.alias for r in events.attendance_rows(past.id or 0)] == ["Other family"]
    events.delete(party.id or 0)
    assert events.get(party.id or 0) is None


def test_attendance_needs_a_current_case_record(vault) -> None:
    conn, audit = vault
    events = EventRepository(conn, audit)
    event = events.add(m.Event("Workshop", m.EventKind.WORKSHOP, TODAY))
    hid = _family(conn, audit, "Family")
    ConsentRepository(conn, audit).record(
        hid,
        dataclasses.replace(
            _decision(P.CASE_RECORD, m.ConsentDecision.RENEWED),
            review_on=TODAY - timedelta(days=1),
        ),
    )
    from desktop_app.core.consent import ConsentExpiredError

    with pytest.raises(ConsentExpiredError):
        events.record_attendance(m.EventAttendance(event.id or 0, hid, 2))


# ------------------------------------------------------------------ schema v2


def test_a_v1_vault_takes_the_new_event_kinds_and_keeps_its_attendance(tmp_path: Path) -> None:
    import shutil

    import sqlcipher3

    from desktop_app.vault.connection import open_connection
    from desktop_app.vault.migrations import migrate

    fixture = Path(__file__).resolve().parent.parent / "fixtures" / "vault-v1.db"
    copy = tmp_path / fixture.name
    shutil.copy(fixture, copy)
    key = bytes.fromhex(fixture.with_suffix(".key").read_text(encoding="ascii").strip())
    conn = open_connection(copy, key)
    before = conn.execute(
        "SELECT e.id, e.title, e.kind, a.id, a.household_id, a.people_count"
        " FROM events e JOIN event_attendance a ON a.event_id = e.id ORDER BY a.id"
    ).fetchall()
    assert before, "the v1 fixture has an event with attendance"
    with pytest.raises(sqlcipher3.IntegrityError):  # v1 refuses the new kinds
        conn.execute(
            "INSERT INTO events (title, kind, held_on) VALUES ('x', 'esol_session', '2026-01-01')"
        )
    migrate(conn)
    after = conn.execute(
        "SELECT e.id, e.title, e.kind, a.id, a.household_id, a.people_count"
        " FROM events e JOIN event_attendance a ON a.event_id = e.id ORDER BY a.id"
    ).fetchall()
    assert after == before
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    audit = audit_for(conn)
    events = EventRepository(conn, audit)
    esol = events.add(m.Event("English for parents", m.EventKind.ESOL_SESSION, TODAY))
    events.add(m.Event("Graduation", m.EventKind.CELEBRATION, TODAY))
    assert events.get(esol.id or 0) == esol
    # The reference survived the rebuild: erasing an event still takes its attendance.
    event_id = before[0][0]
    events.delete(event_id)
    assert conn.execute(
        "SELECT count(*) FROM event_attendance WHERE event_id = ?", (event_id,)
    ).fetchone() == (0,)
    # A paused champion from v1 reads back, not retired.
    for champion in ChampionRepository(conn, audit).champions(active_only=False):
        assert champion.retired_on is None


def test_reading_the_school_first_gives_the_same_suggestions_as_ranking_everyone(
    vault, monkeypatch
) -> None:
    import random

    from desktop_app.core.champions import rank

    conn, audit = vault
    champions = ChampionRepository(conn, audit)
    rng = random.Random(5)
    schools = (SCHOOL, "Hillside Academy", "Canal Side Primary")
    years = ("Reception", "Year 1", "Year 3", "Year 5", "Year 8")
    for i in range(45):
        school = rng.choice(schools)
        language = rng.choice(("ar", "uk", "ti", "fa-AF"))
        year = rng.choice(years)
        hid = _family(
            conn,
            audit,
            f"Champion {i}",
            school=school,
            language=language,
            children=((year, rng.choice(("Oak", "Elm", "3B")), 2026 - 5 - years.index(year)),),
        )
        champions.add(
            m.Champion(
                hid,
                languages=(language, *(("ar",) if rng.random() < 0.3 else ())),
                school=school,
                year_groups=(year,),
                max_families=rng.choice((1, 2)),
            )
        )
    newcomers = [
        _family(
            conn,
            audit,
            f"Newcomer {i}",
            school=rng.choice(schools),
            language=rng.choice(("ar", "uk", "ti", "fa")),
            children=((rng.choice(years), rng.choice(("Oak", "Elm")), 2018),),
        )
        for i in range(12)
    ]
    passes: list[bool | None] = []
    read = ChampionRepository._candidates

    def counting(self, family, today, **kwargs):
        passes.append(kwargs.get("at_school"))
        return read(self, family, today, **kwargs)

    monkeypatch.setattr(ChampionRepository, "_candidates", counting)
    skipped = 0
    for limit in (1, 3, 5, 12):
        for newcomer in newcomers:
            family = champions.family_profile(newcomer, today=TODAY)
            everyone = champions._candidates(family, TODAY)
            expected = rank(
                family,
                everyone,
                limit=limit,
                accept=lambda p: champions._champion_consents(p.household_id, TODAY),
            )
            passes.clear()
            found = champions.suggest(newcomer, limit=limit, today=TODAY)
            assert [s.match for s in found] == expected
            skipped += passes == [True]
    # Both roads were taken: the school alone was enough for some, not for others.
    assert 0 < skipped < 4 * len(newcomers)
