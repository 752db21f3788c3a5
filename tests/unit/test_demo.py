"""The demo generator: deterministic, plausible, obviously fictional, internally consistent."""

from __future__ import annotations

import hashlib
import os
import re
import statistics
import subprocess
import sys
from collections import Counter
from datetime import date

import pytest

from desktop_app.core.demo import (
    DEFAULT_TODAY,
    SCHOOLS,
    demo_consent_notices,
    demo_services,
    generate_households,
)
from desktop_app.core.models import (
    ContactKind,
    EnglishProficiency,
    HouseholdAggregate,
    HouseholdStatus,
    InterpreterMode,
    NeedStatus,
    ReferralStatus,
    Role,
    YearMonth,
)

SAMPLE = 1500


@pytest.fixture(scope="module")
def sample() -> list[HouseholdAggregate]:
    return list(generate_households(SAMPLE, seed=11))


def _digest(households: list[HouseholdAggregate]) -> str:
    return hashlib.sha256(repr(households).encode("utf-8")).hexdigest()


# --------------------------------------------------------------------------- determinism


def test_same_seed_gives_identical_households() -> None:
    assert list(generate_households(40, seed=3)) == list(generate_households(40, seed=3))


def test_different_seeds_differ() -> None:
    first = list(generate_households(40, seed=3))
    second = list(generate_households(40, seed=4))
    assert first != second
    assert {h.household.reference for h in first} != {h.household.reference for h in second}


def test_a_shorter_run_is_a_prefix_of_a_longer_one() -> None:
    assert list(generate_households(10, seed=5)) == list(generate_households(30, seed=5))[:10]


def test_output_does_not_depend_on_hash_randomisation_or_the_clock() -> None:
    code = (
        "import hashlib; from desktop_app.core.demo import generate_households; "
        "print(hashlib.sha256(repr(list(generate_households(25, seed=9))).encode()).hexdigest())"
    )
    digests = set()
    for hash_seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        result = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
        )
        digests.add(result.stdout.strip())
    assert digests == {_digest(list(generate_households(25, seed=9)))}


def test_today_moves_the_whole_world() -> None:
    later = list(generate_households(20, seed=1, today=date(2030, 3, 1)))
    assert all(h.household.arrival_month >= YearMonth(2028, 3) for h in later)  # type: ignore[operator]


def test_zero_and_negative_counts() -> None:
    assert list(generate_households(0, seed=1)) == []
    with pytest.raises(ValueError, match="negative"):
        list(generate_households(-1, seed=1))


# ------------------------------------------------------------------------- distributions


def test_people_and_contacts_per_household_match_the_performance_model(
    sample: list[HouseholdAggregate],
) -> None:
    # DESIGN §9: 100k households ≈ 400k people ≈ 1M contacts.
    people = statistics.mean(len(h.people) for h in sample)
    contacts = statistics.mean(len(h.contacts) for h in sample)
    assert 3.6 <= people <= 4.6
    assert 8.5 <= contacts <= 12.5


def test_household_shape(sample: list[HouseholdAggregate]) -> None:
    for aggregate in sample:
        roles = Counter(p.role for p in aggregate.people)
        assert 1 <= roles[Role.CAREGIVER] <= 3
        assert 1 <= roles[Role.CHILD] <= 5
        assert aggregate.household.school in SCHOOLS
        assert aggregate.household.reference.startswith("HH-")
    references = [h.household.reference for h in sample]
    assert len(set(references)) == len(references)


def test_children_have_consistent_ages_and_school_years(sample: list[HouseholdAggregate]) -> None:
    year = re.compile(r"^(Nursery|Reception|Year (1[0-3]|[1-9]))?$")
    for aggregate in sample:
        for person in aggregate.people:
            if person.role is not Role.CHILD:
                assert person.birth_year is None
                continue
            assert person.birth_year is not None
            age = DEFAULT_TODAY.year - person.birth_year
            assert 0 <= age <= 18
            assert year.match(person.school_year), person.school_year
            if person.school_year.startswith("Year "):
                # Year N is for children turning N + 5 in the school year: allow the cut-off.
                n = int(person.school_year.split()[1])
                assert n + 3 <= age <= n + 6
            if not person.school_year or person.school_year == "Nursery":
                assert person.english_proficiency is None


def test_recent_arrivals_are_mostly_new_to_english(sample: list[HouseholdAggregate]) -> None:
    recent = Counter(
        p.english_proficiency
        for h in sample
        if h.household.arrival_month is not None and h.household.arrival_month >= YearMonth(2026, 6)
        for p in h.people
        if p.english_proficiency is not None
    )
    early = recent[EnglishProficiency.A] + recent[EnglishProficiency.B]
    assert early / sum(recent.values()) >= 0.7


def test_arrivals_span_the_last_two_years(sample: list[HouseholdAggregate]) -> None:
    months = {h.household.arrival_month for h in sample}
    assert min(m for m in months if m) >= YearMonth(2024, 11)
    assert max(m for m in months if m) <= YearMonth(2026, 10)
    assert len(months) >= 20


def test_needs_and_statuses_are_varied(sample: list[HouseholdAggregate]) -> None:
    categories = Counter(n.category for h in sample for n in h.needs)
    statuses = Counter(n.status for h in sample for n in h.needs)
    assert len(categories) == 15
    assert set(statuses) == set(NeedStatus)
    assert 2.5 <= sum(categories.values()) / SAMPLE <= 5.5


def test_some_households_are_closed(sample: list[HouseholdAggregate]) -> None:
    closed = [h for h in sample if h.household.status is HouseholdStatus.CLOSED]
    assert 0.08 <= len(closed) / SAMPLE <= 0.3
    for aggregate in closed:
        assert aggregate.household.closed_on is not None
        assert aggregate.household.closed_reason is not None
        assert max(c.contact_on for c in aggregate.contacts) <= aggregate.household.closed_on
        assert not any(n.status.is_open for n in aggregate.needs)


def test_child_interpreting_is_rare_but_present(sample: list[HouseholdAggregate]) -> None:
    modes = Counter(c.interpreter_mode for h in sample for c in h.contacts)
    share = modes[InterpreterMode.CHILD] / sum(modes.values())
    assert 0 < share < 0.05
    assert modes[InterpreterMode.QUALIFIED_IN_PERSON] > modes[InterpreterMode.CHILD]


# ------------------------------------------------------------------------- chronology


def test_timelines_are_in_order_and_never_in_the_future(sample: list[HouseholdAggregate]) -> None:
    for aggregate in sample:
        household = aggregate.household
        contacts = aggregate.contacts
        assert contacts[0].kind is ContactKind.INTAKE_MEETING
        assert all(c.kind is not ContactKind.INTAKE_MEETING for c in contacts[1:])
        days = [c.contact_on for c in contacts]
        assert days == sorted(days)
        assert days[-1] < DEFAULT_TODAY
        assert household.arrival_month is not None
        assert (household.arrival_month.year, household.arrival_month.month) <= (
            days[0].year,
            days[0].month,
        )
        assert household.created_at.date() == days[0]
        assert household.updated_at.date() < DEFAULT_TODAY
        for need in aggregate.needs:
            steps = [change.changed_on for change in need.history]
            assert steps == sorted(steps)
            assert need.history[0].status is NeedStatus.IDENTIFIED
            assert need.history[-1].status is need.status
            assert steps[-1] < DEFAULT_TODAY
        for event in aggregate.consents:
            assert event.decided_at.date() < DEFAULT_TODAY


def test_some_follow_ups_are_overdue(sample: list[HouseholdAggregate]) -> None:
    open_households = [h for h in sample if h.household.status is HouseholdStatus.OPEN]
    overdue = [
        h
        for h in open_households
        if any(f.done_on is None and f.due_on < DEFAULT_TODAY for f in h.follow_ups)
    ]
    assert 0.05 <= len(overdue) / len(open_households) <= 0.6


# ----------------------------------------------------------------- scripts and fiction


def _has(text: str, first: int, last: int) -> bool:
    return any(first <= ord(ch) <= last for ch in text)


def test_names_use_the_scripts_the_families_use(sample: list[HouseholdAggregate]) -> None:
    names = [h.household.alias for h in sample] + [p.given_name for h in sample for p in h.people]
    assert any(_has(n, 0x0600, 0x06FF) for n in names)  # Arabic, Persian, Pashto, Urdu, Sorani
    assert any(_has(n, 0x0400, 0x04FF) for n in names)  # Cyrillic (Ukrainian)
    assert any(_has(n, 0x1200, 0x137F) for n in names)  # Ethiopic (Tigrinya)
    assert any(re.fullmatch(r"[A-Za-z' -]+", n) for n in names if n)  # Latin
    assert any(ch in n for n in names for ch in "ڕێۆڵە")  # Sorani letters
    assert any(ch in n for n in names for ch in "ځښګڼۍ")  # Pashto letters
    assert any(ch in n for n in names for ch in "ہے")  # Urdu letters


def test_preferred_language_matches_the_script_of_the_names(
    sample: list[HouseholdAggregate],
) -> None:
    script_of = {
        "uk": (0x0400, 0x04FF),
        "ti": (0x1200, 0x137F),
        "ar": (0x0600, 0x06FF),
        "fa-AF": (0x0600, 0x06FF),
        "ps": (0x0600, 0x06FF),
        "ur": (0x0600, 0x06FF),
        "ckb": (0x0600, 0x06FF),
    }
    for aggregate in sample:
        household = aggregate.household
        language = household.preferred_language
        names = [household.alias, *(p.given_name for p in aggregate.people)]
        if language == "so" or household.alias.endswith(" family"):
            assert not any(_has(n, 0x0400, 0x137F) for n in names)
            continue
        first, last = script_of[language]
        assert _has(household.alias, first, last), (language, household.alias)


def test_the_directory_is_fictional() -> None:
    services = demo_services()
    assert 20 <= len(services) <= 30
    for service in services:
        digits = re.sub(r"\D", "", service.phone)
        # Ofcom's ranges for drama: 01632 960000–960999 and 07700 900000–900999.
        assert re.fullmatch(r"01632960\d{3}|07700900\d{3}", digits), service.phone
        assert service.email.endswith(".example")
        assert ".example" in service.website
        assert service.categories
        assert service.opening_times
        assert "en" in service.languages


def test_no_phone_numbers_or_e_mail_addresses_in_household_text(
    sample: list[HouseholdAggregate],
) -> None:
    looks_private = re.compile(r"\d{5,}|\+\d|@")
    for aggregate in sample:
        texts = [aggregate.household.alias, aggregate.household.key_contact]
        texts += [c.note for c in aggregate.contacts] + [n.note for n in aggregate.needs]
        texts += [f.what for f in aggregate.follow_ups] + [r.outcome for r in aggregate.referrals]
        for text in texts:
            assert not looks_private.search(text), text


# -------------------------------------------------------------- referential integrity


def test_referrals_point_at_demo_services_for_the_right_need(
    sample: list[HouseholdAggregate],
) -> None:
    services = {i: s for i, s in enumerate(demo_services(), start=1)}
    referrals = [(h, r) for h in sample for r in h.referrals]
    assert len(referrals) >= SAMPLE // 2
    for aggregate, referral in referrals:
        assert referral.service_id in services
        assert 0 <= referral.need_id < len(aggregate.needs)
        need = aggregate.needs[referral.need_id]
        assert need.category in services[referral.service_id].categories
        if referral.status is not ReferralStatus.SUGGESTED:
            assert referral.consent_to_share  # details are only shared with consent
        if referral.consent_to_share:
            assert referral.referred_on is not None
            assert NeedStatus.REFERRED in {c.status for c in need.history}


def test_referrals_use_the_services_given() -> None:
    from dataclasses import replace

    stored = [replace(s, id=100 + i) for i, s in enumerate(demo_services())]
    ids = {s.id for s in stored}
    households = list(generate_households(200, seed=2, services=stored))
    assert {r.service_id for h in households for r in h.referrals} <= ids
    with pytest.raises(ValueError, match="ids"):
        list(generate_households(1, seed=2, services=demo_services()))


def test_consent_events_refer_to_demo_notices(sample: list[HouseholdAggregate]) -> None:
    hashes = {n.version_hash for n in demo_consent_notices()}
    assert {e.notice_hash for h in sample for e in h.consents} <= hashes
    for aggregate in sample:
        purposes = {e.purpose for e in aggregate.consents}
        assert len(purposes) == 5  # every purpose asked at intake
