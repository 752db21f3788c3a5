"""Repositories against a real SQLCipher vault."""

from __future__ import annotations

import dataclasses
import json
from datetime import date, timedelta
from pathlib import Path

import pytest
import sqlcipher3

from desktop_app.core import models as m
from desktop_app.vault.audit import entries, verify_chain
from desktop_app.vault.connection import transaction
from desktop_app.vault.repositories import (
    ChampionRepository,
    ConsentRepository,
    ContactRepository,
    DraftRepository,
    DuplicateReferenceError,
    EventRepository,
    FollowUpRepository,
    HouseholdRepository,
    NeedRepository,
    RecordNotFoundError,
    ReferralConsentError,
    ReferralRepository,
    ServiceRepository,
    SettingsRepository,
    UnknownNoticeError,
    bulk_insert_households,
)
from tests.vault.dbutil import audit_for, open_vault, sample_aggregate, save_notice

TODAY = date(2026, 3, 10)


@pytest.fixture
def vault(tmp_path: Path):
    conn, _ = open_vault(tmp_path)
    return conn, audit_for(conn)


def test_create_and_read_back_the_whole_aggregate(vault) -> None:
    conn, audit = vault
    notice = save_notice(conn, audit)
    households = HouseholdRepository(conn, audit)
    service = ServiceRepository(conn, audit).add(m.Service("Uniform bank"))
    new = dataclasses.replace(
        sample_aggregate(notice_hash=notice),
        referrals=(m.Referral(need_id=1, service_id=service.id or 0, consent_to_share=True),),
    )
    stored = households.create(new)
    assert stored.household.reference.startswith("HH-")
    assert len(stored.household.reference) == 7
    assert stored.referrals[0].need_id == stored.needs[1].id  # index → stored id
    again = households.get(stored.household.id or 0)
    assert again == stored
    assert households.get_by_reference(stored.household.reference.lower()) == stored
    assert households.get(12345) is None


def test_duplicate_reference_is_refused(vault) -> None:
    conn, audit = vault
    households = HouseholdRepository(conn, audit)
    households.create(sample_aggregate(reference="HH-2345"))
    with pytest.raises(DuplicateReferenceError):
        households.create(sample_aggregate(reference="HH-2345"))
    assert households.count() == 1


def test_update_close_reopen(vault) -> None:
    conn, audit = vault
    households = HouseholdRepository(conn, audit)
    hid = households.create(sample_aggregate()).household.id or 0
    aggregate = households.get(hid)
    assert aggregate is not None
    changed = households.update(
        dataclasses.replace(aggregate.household, alias="New alias", visit_cadence_days=7)
    )
    assert changed.alias == "New alias"
    # Cadence change moves the next due date: contact 2026-02-01 + 7 days.
    row = households.row(hid, today=TODAY)
    assert row is not None
    assert row.next_contact_due == date(2026, 2, 8)
    households.close(hid, m.ClosedReason.NEEDS_MET, TODAY)
    closed = households.get(hid)
    assert closed is not None
    assert closed.household.status is m.HouseholdStatus.CLOSED
    assert closed.household.closed_on == TODAY
    households.reopen(hid)
    reopened = households.get(hid)
    assert reopened is not None
    assert reopened.household.status is m.HouseholdStatus.OPEN
    assert reopened.household.closed_reason is None
    with pytest.raises(RecordNotFoundError):
        households.close(999, m.ClosedReason.OTHER, TODAY)
    household_entries = [e.action for e in entries(conn) if e.entity == "household"]
    assert household_entries == ["create", "update", "close", "reopen"]


def test_people_add_update_remove(vault) -> None:
    conn, audit = vault
    households = HouseholdRepository(conn, audit)
    hid = households.create(sample_aggregate()).household.id or 0
    baby = households.add_person(hid, m.Person(m.Role.CHILD, age_band=m.AgeBand.UNDER_5))
    households.update_person(dataclasses.replace(baby, given_name="Lina"))
    agg = households.get(hid)
    assert agg is not None
    assert [p.given_name for p in agg.people] == ["Amina", "Yusuf", "Lina"]
    households.remove_person(baby.id or 0)
    agg = households.get(hid)
    assert agg is not None
    assert len(agg.people) == 2


def _families(households: HouseholdRepository) -> dict[str, int]:
    """Four households with different schools, needs and contact dates."""
    ids = {}
    specs = [
        ("HH-AAAA", "Riverside Primary", date(2026, 3, 1), None),  # due 03-15
        ("HH-BBBB", "Hillside Academy", date(2026, 2, 1), None),  # due 02-15: overdue
        ("HH-CCCC", "Riverside Primary", None, None),  # no contact: no due date
        ("HH-DDDD", "Hillside Academy", date(2026, 3, 5), date(2026, 3, 20)),
    ]
    for ref, school, contact_on, next_due in specs:
        agg = sample_aggregate(reference=ref, school=school)
        contacts: tuple[m.Contact, ...] = ()
        if contact_on:
            contacts = (m.Contact(m.ContactKind.HOME_VISIT, contact_on, next_contact_due=next_due),)
        agg = dataclasses.replace(agg, contacts=contacts, follow_ups=())
        ids[ref] = households.create(agg).household.id or 0
    return ids


def test_families_list_sorts_filters_and_pages(vault) -> None:
    conn, audit = vault
    households = HouseholdRepository(conn, audit)
    ids = _families(households)
    page = households.list_page(0, 10, today=TODAY)
    assert [r.reference for r in page] == ["HH-AAAA", "HH-BBBB", "HH-CCCC", "HH-DDDD"]
    by_due = households.list_page(0, 10, sort=m.HouseholdSort.NEXT_CONTACT_DUE, today=TODAY)
    assert [r.reference for r in by_due] == ["HH-BBBB", "HH-AAAA", "HH-DDDD", "HH-CCCC"]
    assert [r.next_contact_due for r in by_due][:3] == [
        date(2026, 2, 15),
        date(2026, 3, 15),
        date(2026, 3, 20),
    ]
    # Paging across the dated/undated boundary.
    pages = [
        households.list_page(i, 2, sort=m.HouseholdSort.NEXT_CONTACT_DUE, today=TODAY)
        for i in (0, 2)
    ]
    assert [r.reference for p in pages for r in p] == [r.reference for r in by_due]
    last = households.list_page(3, 5, sort=m.HouseholdSort.NEXT_CONTACT_DUE, today=TODAY)
    assert [r.reference for r in last] == ["HH-CCCC"]
    desc = households.list_page(
        0, 10, sort=m.HouseholdSort.NEXT_CONTACT_DUE, descending=True, today=TODAY
    )
    assert [r.reference for r in desc] == ["HH-DDDD", "HH-AAAA", "HH-BBBB", "HH-CCCC"]
    by_school = households.list_page(0, 10, sort=m.HouseholdSort.SCHOOL, today=TODAY)
    assert [r.school for r in by_school] == ["Hillside Academy"] * 2 + ["Riverside Primary"] * 2

    overdue = m.HouseholdFilters(overdue=True)
    assert [r.reference for r in households.list_page(0, 10, filters=overdue, today=TODAY)] == [
        "HH-BBBB"
    ]
    assert households.count(overdue, today=TODAY) == 1
    riverside = m.HouseholdFilters(school="Riverside Primary")
    assert households.count(riverside) == 2
    # An overdue follow-up also makes a household overdue.
    FollowUpRepository(conn, audit).add(
        ids["HH-CCCC"], m.FollowUp("Phone about school place", date(2026, 3, 1))
    )
    assert households.count(overdue, today=TODAY) == 2
    # Need-category filter counts open needs only.
    need_id = households.get(ids["HH-AAAA"]).needs[0].id  # type: ignore[union-attr]
    NeedRepository(conn, audit).change_status(need_id or 0, m.NeedStatus.MET, TODAY)
    uniform = m.HouseholdFilters(need_category=m.NeedCategory.SCHOOL_UNIFORM)
    assert households.count(uniform) == 3
    households.close(ids["HH-DDDD"], m.ClosedReason.MOVED_AWAY, TODAY)
    closed = m.HouseholdFilters(status=m.HouseholdStatus.CLOSED)
    assert [r.reference for r in households.list_page(0, 10, filters=closed)] == ["HH-DDDD"]
    both = m.HouseholdFilters(
        school="Riverside Primary", need_category=m.NeedCategory.SCHOOL_UNIFORM
    )
    assert households.count(both) == 1
    row = households.row(ids["HH-AAAA"], today=TODAY)
    assert row is not None
    assert (row.open_needs, row.days_since_last_contact) == (1, 9)
    assert households.schools() == ["Hillside Academy", "Riverside Primary"]


def test_families_list_text_query_combines_with_filters(vault) -> None:
    conn, audit = vault
    households = HouseholdRepository(conn, audit)
    ids = _families(households)
    households.update(
        dataclasses.replace(
            households.get(ids["HH-CCCC"]).household,  # type: ignore[union-attr]
            alias="عائلة الحديقة",
        )
    )
    by_code = m.HouseholdFilters(query="hh-bbb")
    assert [r.reference for r in households.list_page(0, 10, filters=by_code)] == ["HH-BBBB"]
    assert households.count(by_code) == 1
    arabic = m.HouseholdFilters(query="عائ", school="Riverside Primary")
    assert [r.reference for r in households.list_page(0, 10, filters=arabic)] == ["HH-CCCC"]
    wrong_school = m.HouseholdFilters(query="عائ", school="Hillside Academy")
    assert households.count(wrong_school) == 0
    # Paging a text-filtered list through the nullable-sort path.
    amina = m.HouseholdFilters(query="amin")
    dated = households.list_page(0, 10, sort=m.HouseholdSort.NEXT_CONTACT_DUE, filters=amina)
    assert len(dated) == households.count(amina) == 4
    # FTS syntax and punctuation are safe; punctuation alone filters nothing.
    for text in ['"', "*", "(", "AND", "-", "NEAR(", "a:b"]:
        households.count(m.HouseholdFilters(query=text))
    assert households.count(m.HouseholdFilters(query="  -- ")) == 4


def test_new_reference_alphabet_and_seeded_rng() -> None:
    import random

    ref = m.new_reference()
    assert ref.startswith("HH-")
    assert len(ref) == 7
    assert set(ref[3:]) <= set(m.REFERENCE_ALPHABET)
    assert not set("01ILOU") & set(m.REFERENCE_ALPHABET)
    assert m.new_reference(random.Random(7)) == m.new_reference(random.Random(7))
    assert len(m.new_reference(length=6)) == 9
    assert m.HouseholdRecord is m.HouseholdAggregate


def test_need_status_history(vault) -> None:
    conn, audit = vault
    hid = HouseholdRepository(conn, audit).create(sample_aggregate()).household.id or 0
    needs = NeedRepository(conn, audit)
    need = needs.add(hid, m.Need(m.NeedCategory.HOUSING, identified_on=date(2026, 3, 1)))
    needs.change_status(need.id or 0, m.NeedStatus.SIGNPOSTED, date(2026, 3, 2))
    done = needs.change_status(need.id or 0, m.NeedStatus.MET, date(2026, 3, 9))
    assert done.status is m.NeedStatus.MET
    assert done.status_changed_on == date(2026, 3, 9)
    assert [(c.status, c.changed_on.day) for c in done.history] == [
        (m.NeedStatus.IDENTIFIED, 1),
        (m.NeedStatus.SIGNPOSTED, 2),
        (m.NeedStatus.MET, 9),
    ]
    assert not done.status.is_open
    assert len(needs.list_for_household(hid)) == 3


def test_contacts_timeline_and_next_due(vault) -> None:
    conn, audit = vault
    households = HouseholdRepository(conn, audit)
    hid = households.create(sample_aggregate()).household.id or 0
    contacts = ContactRepository(conn, audit)
    visit = contacts.add(
        hid,
        m.Contact(
            m.ContactKind.HOME_VISIT,
            date(2026, 3, 3),
            interpreter_mode=m.InterpreterMode.CHILD,
            topics=(m.NeedCategory.HOUSING, m.NeedCategory.FOOD),
            next_contact_due=date(2026, 3, 31),
        ),
    )
    timeline = contacts.timeline(hid)
    assert [c.contact_on for c in timeline] == [date(2026, 3, 3), date(2026, 2, 1)]
    assert timeline[0].topics == (m.NeedCategory.HOUSING, m.NeedCategory.FOOD)
    assert timeline[0].interpreter_mode.needs_warning
    row = households.row(hid, today=TODAY)
    assert row is not None
    assert (row.last_contact_on, row.next_contact_due) == (date(2026, 3, 3), date(2026, 3, 31))
    contacts.update(dataclasses.replace(visit, next_contact_due=None))
    row = households.row(hid, today=TODAY)
    assert row is not None
    assert row.next_contact_due == date(2026, 3, 17)  # falls back to the 14-day cadence
    assert contacts.get(visit.id or 0) == dataclasses.replace(visit, next_contact_due=None)


def test_follow_ups_due_and_overdue_as_of_a_date(vault) -> None:
    conn, audit = vault
    hid = HouseholdRepository(conn, audit).create(sample_aggregate()).household.id or 0
    follow_ups = FollowUpRepository(conn, audit)
    # sample_aggregate holds one due 2026-02-15.
    soon = follow_ups.add(hid, m.FollowUp("Bring forms", TODAY + timedelta(days=2)))
    today_item = follow_ups.add(hid, m.FollowUp("Call", TODAY))
    assert [d.follow_up.what for d in follow_ups.overdue(TODAY)] == [
        "Check uniform grant application"
    ]
    due = follow_ups.due(TODAY)
    assert [(d.follow_up.what, d.overdue) for d in due] == [
        ("Check uniform grant application", True),
        ("Call", False),
    ]
    assert due[0].reference.startswith("HH-")
    assert len(follow_ups.due(TODAY, within_days=2)) == 3
    follow_ups.mark_done(today_item.id or 0, TODAY)
    assert [d.follow_up.id for d in follow_ups.due(TODAY, within_days=7)][1:] == [soon.id]
    assert follow_ups.list_for_household(hid)[1].done_on == TODAY


def test_services_directory(vault) -> None:
    conn, audit = vault
    services = ServiceRepository(conn, audit)
    food = services.add(
        m.Service(
            "Food bank",
            categories=(m.NeedCategory.FOOD,),
            languages=("en", "fa-AF"),
            access=m.ServiceAccess.REFERRAL,
        )
    )
    services.add(m.Service("ESOL at the library", categories=(m.NeedCategory.ESOL_FOR_PARENTS,)))
    assert [s.name for s in services.search(category=m.NeedCategory.FOOD)] == ["Food bank"]
    assert [s.name for s in services.search(language="fa")] == ["Food bank"]
    assert services.search(language="fr") == []
    assert [s.name for s in services.search(text="libr")] == ["ESOL at the library"]
    services.update(dataclasses.replace(food, opening_times="Tue 10-12"))
    assert services.get(food.id or 0) == dataclasses.replace(food, opening_times="Tue 10-12")
    services.archive(food.id or 0)
    assert [s.name for s in services.list()] == ["ESOL at the library"]
    assert len(services.directory(include_archived=True)) == 2
    assert services.search(category=m.NeedCategory.FOOD) == []


def test_referral_needs_consent_to_share(vault) -> None:
    conn, audit = vault
    agg = HouseholdRepository(conn, audit).create(sample_aggregate())
    service = ServiceRepository(conn, audit).add(m.Service("Legal advice"))
    referrals = ReferralRepository(conn, audit)
    need_id = agg.needs[0].id or 0
    with pytest.raises(ReferralConsentError):
        referrals.add(m.Referral(need_id, service.id or 0, False, status=m.ReferralStatus.REFERRED))
    suggested = referrals.add(m.Referral(need_id, service.id or 0, consent_to_share=False))
    with pytest.raises(ReferralConsentError):
        referrals.change_status(suggested.id or 0, m.ReferralStatus.REFERRED, TODAY)
    ok = referrals.add(m.Referral(need_id, service.id or 0, consent_to_share=True))
    moved = referrals.change_status(
        ok.id or 0, m.ReferralStatus.REFERRED, TODAY, follow_up_on=TODAY + timedelta(days=14)
    )
    assert moved.referred_on == TODAY
    done = referrals.change_status(
        ok.id or 0, m.ReferralStatus.COMPLETED, TODAY, outcome="Advice given"
    )
    assert referrals.get(ok.id or 0) == done
    assert done.follow_up_on == TODAY + timedelta(days=14)
    withdrawn = referrals.withdraw_consent(suggested.id or 0)
    assert (withdrawn.consent_to_share, withdrawn.status) == (False, m.ReferralStatus.DECLINED)
    assert len(referrals.list_for_household(agg.household.id or 0)) == 2
    # A service with referrals cannot be deleted, only archived.
    with pytest.raises(sqlcipher3.IntegrityError):
        conn.execute("DELETE FROM services WHERE id = ?", (service.id,))


def test_consent_is_append_only(vault) -> None:
    conn, audit = vault
    notice = save_notice(conn, audit)
    consent = ConsentRepository(conn, audit)
    at_intake = (m.ConsentPurpose.CASE_RECORD, m.ConsentPurpose.CONTACT_CHANNELS)
    only_record = sample_aggregate(purposes=at_intake)
    hid = HouseholdRepository(conn, audit).create(only_record).household.id or 0

    def event(decision: m.ConsentDecision, purpose: m.ConsentPurpose) -> m.ConsentEvent:
        return m.ConsentEvent(
            purpose,
            decision,
            notice,
            "ar",
            m.ConsentMethod.PAPER_FORM,
            m.DecidedBy.CAREGIVER,
            "Ms Patel",
            paper_reference="P-17",
            review_on=date(2026, 3, 1),
        )

    consent.record(hid, event(m.ConsentDecision.GIVEN, m.ConsentPurpose.STATISTICS))
    consent.record(hid, event(m.ConsentDecision.GIVEN, m.ConsentPurpose.CASE_RECORD))
    assert consent.has_consent(hid, m.ConsentPurpose.STATISTICS)
    assert consent.households_with_consent(m.ConsentPurpose.STATISTICS) == {hid}
    assert len(consent.due_for_review(TODAY)) == 2
    consent.record(hid, event(m.ConsentDecision.WITHDRAWN, m.ConsentPurpose.STATISTICS))
    assert not consent.has_consent(hid, m.ConsentPurpose.STATISTICS)
    assert consent.households_with_consent(m.ConsentPurpose.STATISTICS) == set()
    assert [e.purpose for e in consent.due_for_review(TODAY)] == [m.ConsentPurpose.CASE_RECORD]
    assert [e.decision for e in consent.history(hid)] == [
        m.ConsentDecision.GIVEN,  # the case record, at intake
        m.ConsentDecision.GIVEN,  # contact by messaging, at intake
        m.ConsentDecision.GIVEN,
        m.ConsentDecision.GIVEN,
        m.ConsentDecision.WITHDRAWN,
    ]
    assert not hasattr(consent, "delete")
    assert not hasattr(consent, "update")
    with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
        conn.execute("UPDATE consent_events SET decision = 'given'")
    with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
        conn.execute("DELETE FROM consent_events")
    with pytest.raises(UnknownNoticeError):
        consent.record(
            hid,
            dataclasses.replace(
                event(m.ConsentDecision.GIVEN, m.ConsentPurpose.STATISTICS), notice_hash="0" * 64
            ),
        )
    stored = consent.notice(notice)
    assert stored is not None
    assert stored.text.startswith("We keep")


def test_champions_suggest_match_and_check_in(vault) -> None:
    conn, audit = vault
    households = HouseholdRepository(conn, audit)
    established = households.create(sample_aggregate(alias="Established")).household.id or 0
    other_school = (
        households.create(
            sample_aggregate(alias="Elsewhere", school="Hillside Academy")
        ).household.id
        or 0
    )
    newcomer = households.create(sample_aggregate(alias="Newcomer")).household.id or 0
    champions = ChampionRepository(conn, audit)
    near = champions.add(
        m.Champion(
            established,
            languages=("ar",),
            school="Riverside Primary",
            year_groups=("Year 3",),
            max_families=1,
        )
    )
    far = champions.add(m.Champion(other_school, languages=("so",), school="Hillside Academy"))
    suggestions = champions.suggest(newcomer)
    assert [s.champion.id for s in suggestions] == [near.id]
    assert suggestions[0].shared_languages == ("ar",)
    assert suggestions[0].shared_year_groups == ("Year 3",)
    assert far.id not in {s.champion.id for s in suggestions}
    match = champions.match(m.ChampionMatch(near.id or 0, newcomer))
    champions.set_match_status(match.id or 0, m.ChampionMatchStatus.INTRODUCED, introduced_on=TODAY)
    champions.add_check_in(match.id or 0, m.ChampionCheckIn(TODAY, "Met at the gate"))
    (stored,) = champions.matches_for_household(newcomer)
    assert stored.status is m.ChampionMatchStatus.INTRODUCED
    assert stored.introduced_on == TODAY
    assert stored.check_ins == (m.ChampionCheckIn(TODAY, "Met at the gate"),)
    assert champions.matches_for_champion(near.id or 0) == [stored]
    # The champion is now full (max_families=1).
    assert champions.suggest(other_school) == []
    champions.update(dataclasses.replace(near, active=False))
    assert [c.id for c in champions.champions()] == [far.id]


def test_events_and_attendance(vault) -> None:
    conn, audit = vault
    hid = HouseholdRepository(conn, audit).create(sample_aggregate()).household.id or 0
    events = EventRepository(conn, audit)
    coffee = events.add(m.Event("Coffee morning", m.EventKind.COFFEE_MORNING, TODAY))
    events.record_attendance(m.EventAttendance(coffee.id or 0, hid, 2))
    events.record_attendance(m.EventAttendance(coffee.id or 0, hid, 3))  # a correction
    assert [a.people_count for a in events.attendance(coffee.id or 0)] == [3]
    assert events.attended_by(hid) == [coffee]
    assert events.between(TODAY, TODAY) == [coffee]
    events.update(dataclasses.replace(coffee, title="Welcome coffee"))
    assert events.get(coffee.id or 0) == dataclasses.replace(coffee, title="Welcome coffee")


def test_drafts_and_settings(vault) -> None:
    conn, audit = vault
    drafts = DraftRepository(conn, audit)
    payload = json.dumps({"note": "half-typed"}).encode()
    drafts.save(m.Draft("contact_form", "HH-7F3K", payload))
    loaded = drafts.load("contact_form", "HH-7F3K")
    assert loaded is not None
    assert loaded.payload == payload
    assert [d.key for d in drafts.saved("contact_form")] == ["HH-7F3K"]
    drafts.delete("contact_form", "HH-7F3K")
    assert drafts.load("contact_form", "HH-7F3K") is None
    settings = SettingsRepository(conn, audit)
    settings.set("retention_months", "24")
    settings.set("retention_months", "18")
    assert settings.get("retention_months") == "18"
    assert settings.get("missing", "x") == "x"
    settings.delete("retention_months")
    assert settings.all() == {}


def test_several_repositories_in_one_transaction(vault) -> None:
    conn, audit = vault
    households = HouseholdRepository(conn, audit)
    hid = households.create(sample_aggregate()).household.id or 0
    needs = NeedRepository(conn, audit)

    def intake_with_a_bad_step() -> None:
        with transaction(conn):
            needs.add(hid, m.Need(m.NeedCategory.FOOD))
            needs.change_status(424242, m.NeedStatus.MET, TODAY)

    with pytest.raises(RecordNotFoundError):
        intake_with_a_bad_step()
    assert len(needs.list_for_household(hid)) == 2  # the whole save rolled back
    with transaction(conn):
        needs.add(hid, m.Need(m.NeedCategory.FOOD))
        ContactRepository(conn, audit).add(hid, m.Contact(m.ContactKind.CHECK_IN_CALL, TODAY))
    assert len(needs.list_for_household(hid)) == 3
    assert verify_chain(conn) == []


def test_bulk_insert(vault) -> None:
    conn, audit = vault
    notice = save_notice(conn, audit)
    service = ServiceRepository(conn, audit).add(m.Service("Uniform bank"))
    HouseholdRepository(conn, audit).create(sample_aggregate(reference="HH-ZZZZ"))

    def stream():
        for i in range(25):
            agg = sample_aggregate(given_name=f"Name{i}", notice_hash=notice)
            yield dataclasses.replace(
                agg,
                referrals=(m.Referral(0, service.id or 0, True, m.ReferralStatus.REFERRED),),
            )

    ids = bulk_insert_households(conn, stream(), batch_size=10, audit=audit)
    assert len(ids) == 25
    households = HouseholdRepository(conn, audit)
    assert households.count() == 26
    agg = households.get(ids[7])
    assert agg is not None
    assert agg.people[0].given_name == "Name7"
    assert agg.referrals[0].need_id == agg.needs[0].id
    assert agg.needs[0].history[0].status is m.NeedStatus.IDENTIFIED
    created = households.create(sample_aggregate())  # ids continue after the bulk rows
    assert created.household.id == ids[-1] + 1
    # Search and the derived list columns match what the one-by-one path computes.
    assert [r.id for r in households.search("Name7")] == [ids[7]]
    row = households.row(ids[7], today=TODAY)
    reference_row = households.row(created.household.id or 0, today=TODAY)
    assert reference_row is not None
    assert row == dataclasses.replace(
        reference_row,
        id=ids[7],
        reference=agg.household.reference,
    )
    bulk_entries = [e for e in entries(conn) if e.action == "bulk_import"]
    assert len(bulk_entries) == 3  # one per batch
    assert verify_chain(conn) == []
