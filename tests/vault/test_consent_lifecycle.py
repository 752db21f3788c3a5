"""The consent lifecycle in a real SQLCipher vault: seals, withdrawal, expiry, retention."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.core import models as m
from desktop_app.core.consent import ConsentExpiredError, ConsentRequiredError
from desktop_app.core.consent_notices import load_notice
from desktop_app.vault.audit import AuditLog, entries, verify_chain
from desktop_app.vault.connection import Connection
from desktop_app.vault.consent_lifecycle import expired_case_records, households_in_statistics
from desktop_app.vault.consent_log import verify_consent_events
from desktop_app.vault.repositories import (
    ChampionRepository,
    ConsentRepository,
    ContactRepository,
    HouseholdRepository,
    NeedRepository,
    ReferralRepository,
    ServiceRepository,
    SettingsRepository,
)
from desktop_app.vault.repositories.consent import PNG_MAGIC, SignatureRequiredError
from desktop_app.vault.retention import RETENTION_SETTING, purge_expired
from desktop_app.vault.subject_access import subject_access_export
from desktop_app.vault.vault import Vault
from tests.vault.dbutil import audit_for, open_vault, sample_aggregate

P = m.ConsentPurpose
TODAY = date(2026, 3, 2)  # the day of audit_for's clock


@pytest.fixture
def vault(tmp_path: Path):
    conn, _ = open_vault(tmp_path)
    yield conn, audit_for(conn)
    conn.close()


def _decision(
    purpose: m.ConsentPurpose,
    decision: m.ConsentDecision,
    *,
    review_on: date | None = None,
    language: str = "ar",
) -> m.ConsentEvent:
    return m.ConsentEvent(
        purpose,
        decision,
        load_notice(purpose, language).version_hash,
        language,
        m.ConsentMethod.VERBAL_VIA_INTERPRETER,
        m.DecidedBy.CAREGIVER,
        "Ms Patel",
        decided_at=datetime(2026, 3, 2, 11, 0, tzinfo=UTC),
        interpreter_name="Language Line",
        interpreter_language=language,
        interpreter_mode=m.InterpreterMode.QUALIFIED_PHONE,
        review_on=review_on,
    )


def _family(conn: Connection, audit: AuditLog, **kwargs: object) -> int:
    return HouseholdRepository(conn, audit).create(sample_aggregate(**kwargs)).household.id or 0  # type: ignore[arg-type]


# ------------------------------------------------------------------ seals in the audit chain


def test_each_event_is_sealed_into_the_audit_chain(vault) -> None:
    conn, audit = vault
    hid = _family(conn, audit)
    consent = ConsentRepository(conn, audit)
    consent.record(hid, _decision(P.STATISTICS, m.ConsentDecision.RENEWED))
    sealed = [e for e in entries(conn) if e.entity == "consent_event"]
    assert len(sealed) == len(consent.history(hid)) == 6
    assert all(e.detail.startswith(f"household={hid} sha256=") for e in sealed)
    # The notices shown were stored the first time a decision referred to them.
    stored = {n.version_hash for n in consent.notices()}
    assert {e.notice_hash for e in consent.history(hid)} <= stored
    assert verify_chain(conn) == []
    assert verify_consent_events(conn) == []
    # The seal says nothing readable about the family.
    audit_text = " ".join(str(v) for r in conn.execute("SELECT * FROM audit_log") for v in r)
    for secret in ("Language Line", "Ms Patel", "verbal_via_interpreter"):
        assert secret not in audit_text


def _drop_guards(conn: Connection) -> None:
    for trigger in ("consent_events_no_update", "consent_events_no_delete"):
        conn.execute(f"DROP TRIGGER {trigger}")


def test_a_changed_event_is_caught(vault) -> None:
    conn, audit = vault
    hid = _family(conn, audit)
    _drop_guards(conn)
    first = ConsentRepository(conn, audit).history(hid)[1]
    conn.execute("UPDATE consent_events SET decision = 'refused' WHERE id = ?", (first.id,))
    assert verify_consent_events(conn) == [
        f"Consent record {first.id} has been changed after it was written."
    ]
    assert verify_chain(conn) == []  # the audit log itself is intact: the seal catches it


def test_a_deleted_or_slipped_in_event_is_caught(vault) -> None:
    conn, audit = vault
    hid = _family(conn, audit)
    _drop_guards(conn)
    history = ConsentRepository(conn, audit).history(hid)
    conn.execute("DELETE FROM consent_events WHERE id = ?", (history[-1].id,))
    assert verify_consent_events(conn) == [f"Consent record {history[-1].id} is missing."]
    conn.execute(
        "INSERT INTO consent_events SELECT 99, household_id, purpose, 'given', notice_hash,"
        " language, method, paper_reference, decided_by, interpreter_name,"
        " interpreter_language, interpreter_mode, staff_member, decided_at, review_on, salt"
        " FROM consent_events WHERE id = ?",
        (history[0].id,),
    )
    assert "Consent record 99 is not in the audit log." in verify_consent_events(conn)


def test_notices_are_never_changed(vault) -> None:
    conn, audit = vault
    _family(conn, audit)
    with pytest.raises(Exception, match="never changed"):
        conn.execute("UPDATE consent_notices SET text = 'other'")
    with pytest.raises(Exception, match="never changed"):
        conn.execute("DELETE FROM consent_notices")
    conn.execute("DROP TRIGGER consent_notices_no_update")
    conn.execute("UPDATE consent_notices SET text = text || '!' WHERE language = 'ar'")
    assert "A consent text has been changed after families were shown it." in (
        verify_consent_events(conn)
    )


def test_vault_verify_covers_consent_and_confirms_the_passphrase(tmp_path: Path) -> None:
    vault, _code = Vault.create(tmp_path / "v", "Ms Patel", "a long passphrase 12345")
    try:
        conn = vault.connection
        _family(conn, vault.audit())
        assert vault.verify().ok
        conn.execute("DROP TRIGGER consent_events_no_update")
        conn.execute("UPDATE consent_events SET staff_member = 'Mallory'")
        report = vault.verify()
        assert not report.ok
        assert any("changed after it was written" in p for p in report.problems)
        assert vault.confirm_passphrase("a long passphrase 12345")
        assert not vault.confirm_passphrase("a long passphrase 12346")
    finally:
        vault.close()


# ------------------------------------------------------------------ minimal data in the vault


def test_the_vault_refuses_fields_without_their_purpose(vault) -> None:
    conn, audit = vault
    households = HouseholdRepository(conn, audit)
    with pytest.raises(ConsentRequiredError):
        households.create(sample_aggregate(purposes=()))
    with pytest.raises(ConsentRequiredError) as caught:
        households.create(sample_aggregate(purposes=(P.CASE_RECORD,)))  # messaging channel
    assert caught.value.purpose is P.CONTACT_CHANNELS
    assert conn.execute("SELECT count(*) FROM households").fetchone()[0] == 0
    hid = _family(conn, audit, purposes=(P.CASE_RECORD, P.CONTACT_CHANNELS))
    need = NeedRepository(conn, audit).list_for_household(hid)[0]
    service = ServiceRepository(conn, audit).add(m.Service("Advice centre"))
    referrals = ReferralRepository(conn, audit)
    with pytest.raises(ConsentRequiredError):
        referrals.add(m.Referral(need.id or 0, service.id or 0, True))
    referrals.add(m.Referral(need.id or 0, service.id or 0, False))  # signposting is fine
    champions = ChampionRepository(conn, audit)
    other = _family(conn, audit, alias="Established")
    champion = champions.add(m.Champion(other, languages=("ar",)))
    with pytest.raises(ConsentRequiredError):
        champions.match(m.ChampionMatch(champion.id or 0, hid))
    with pytest.raises(ConsentRequiredError):
        champions.add(m.Champion(hid))


# ------------------------------------------------------------------ withdrawal, per purpose


def test_withdrawing_statistics_leaves_every_future_aggregate(vault) -> None:
    conn, audit = vault
    hid, other = _family(conn, audit), _family(conn, audit, alias="Other")
    assert households_in_statistics(conn) == {hid, other}
    result = ConsentRepository(conn, audit).withdraw(
        hid, _decision(P.STATISTICS, m.ConsentDecision.WITHDRAWN)
    )
    assert result.event is not None
    assert households_in_statistics(conn) == {other}
    assert HouseholdRepository(conn, audit).get(hid) is not None  # nothing else changes


def test_withdrawing_sharing_blocks_and_flags_pending_referrals(vault) -> None:
    conn, audit = vault
    hid = _family(conn, audit)
    needs = NeedRepository(conn, audit).list_for_household(hid)
    service = ServiceRepository(conn, audit).add(m.Service("Advice centre"))
    referrals = ReferralRepository(conn, audit)
    referred = referrals.add(
        m.Referral(needs[0].id or 0, service.id or 0, True, m.ReferralStatus.REFERRED)
    )
    accepted = referrals.add(
        m.Referral(needs[1].id or 0, service.id or 0, True, m.ReferralStatus.ACCEPTED)
    )
    done = referrals.add(
        m.Referral(needs[1].id or 0, service.id or 0, True, m.ReferralStatus.COMPLETED)
    )
    result = ConsentRepository(conn, audit).withdraw(
        hid, _decision(P.REFERRAL_SHARING, m.ConsentDecision.WITHDRAWN)
    )
    assert result.referrals_blocked == 2
    after = {r.id: r for r in referrals.list_for_household(hid)}
    assert after[referred.id].status is m.ReferralStatus.DECLINED
    assert after[accepted.id].status is m.ReferralStatus.ACCEPTED  # tell the service
    for blocked in (after[referred.id], after[accepted.id]):
        assert (blocked.consent_to_share, blocked.blocked_on) == (False, TODAY)
    assert after[done.id].blocked_on is None  # finished: nothing pending to stop
    assert {r.id for r in referrals.blocked()} == {referred.id, accepted.id}
    with pytest.raises(ConsentRequiredError):
        referrals.add(m.Referral(needs[0].id or 0, service.id or 0, True))
    with pytest.raises(Exception, match="consent to share"):
        referrals.change_status(accepted.id or 0, m.ReferralStatus.COMPLETED, TODAY)


def test_withdrawing_contact_clears_the_channel(vault) -> None:
    conn, audit = vault
    hid = _family(conn, audit)
    households = HouseholdRepository(conn, audit)
    result = ConsentRepository(conn, audit).withdraw(
        hid, _decision(P.CONTACT_CHANNELS, m.ConsentDecision.WITHDRAWN)
    )
    assert result.channel_cleared
    household = households.get(hid)
    assert household is not None
    assert household.household.preferred_channel is m.Channel.IN_PERSON
    with pytest.raises(ConsentRequiredError):
        households.update(dataclasses.replace(household.household, preferred_channel=m.Channel.SMS))
    households.update(dataclasses.replace(household.household, alias="Still editable"))


def test_withdrawing_champion_ends_matches(vault) -> None:
    conn, audit = vault
    newcomer, established = _family(conn, audit), _family(conn, audit, alias="Established")
    champions = ChampionRepository(conn, audit)
    champion = champions.add(m.Champion(established, languages=("ar",)))
    match = champions.match(
        m.ChampionMatch(champion.id or 0, newcomer, m.ChampionMatchStatus.INTRODUCED)
    )
    consent = ConsentRepository(conn, audit)
    result = consent.withdraw(
        newcomer, _decision(P.CHAMPION_INTRODUCTION, m.ConsentDecision.WITHDRAWN)
    )
    assert result.matches_ended == 1
    (ended,) = champions.matches_for_household(newcomer)
    assert ended.status is m.ChampionMatchStatus.ENDED
    with pytest.raises(ConsentRequiredError):
        champions.set_match_status(match.id or 0, m.ChampionMatchStatus.ACTIVE)
    # The champion family withdrawing: deactivated, its matches end too.
    third = _family(conn, audit, alias="Third")
    champions.match(m.ChampionMatch(champion.id or 0, third))
    result = consent.withdraw(
        established, _decision(P.CHAMPION_INTRODUCTION, m.ConsentDecision.WITHDRAWN)
    )
    assert (result.matches_ended, result.champion_deactivated) == (1, True)
    assert champions.get(champion.id or 0).active is False  # type: ignore[union-attr]


def test_refusing_through_record_acts_too_but_never_erases(vault) -> None:
    conn, audit = vault
    hid = _family(conn, audit)
    consent = ConsentRepository(conn, audit)
    consent.record(hid, _decision(P.CONTACT_CHANNELS, m.ConsentDecision.REFUSED))
    household = HouseholdRepository(conn, audit).get(hid)
    assert household is not None
    assert household.household.preferred_channel is m.Channel.IN_PERSON
    with pytest.raises(ValueError, match="withdraw"):
        consent.record(hid, _decision(P.CASE_RECORD, m.ConsentDecision.WITHDRAWN))
    with pytest.raises(ValueError, match="must not grant"):
        consent.withdraw(hid, _decision(P.STATISTICS, m.ConsentDecision.GIVEN))


def test_withdrawing_the_case_record_erases_the_household(vault) -> None:
    conn, audit = vault
    hid, other = _family(conn, audit), _family(conn, audit, alias="Other")
    result = ConsentRepository(conn, audit).withdraw(
        hid, _decision(P.CASE_RECORD, m.ConsentDecision.WITHDRAWN)
    )
    assert (result.household_erased, result.event, result.wal_clean) == (True, None, True)
    assert HouseholdRepository(conn, audit).get(hid) is None
    for table in ("people", "needs", "contacts", "consent_events", "follow_ups"):
        count = conn.execute(f"SELECT count(*) FROM {table} WHERE household_id = ?", (hid,))
        assert count.fetchone()[0] == 0, table
    assert HouseholdRepository(conn, audit).get(other) is not None
    last = entries(conn)[-2:]
    assert [(e.action, e.entity, e.entity_id) for e in last][-1] == ("erase", "household", hid)
    assert verify_chain(conn) == []
    assert verify_consent_events(conn) == []  # the seals of erased events are accounted for


# ------------------------------------------------------------------ review and expiry


def test_reviews_due_and_expired_case_record_is_read_only(tmp_path: Path) -> None:
    conn, _ = open_vault(tmp_path)
    audit = audit_for(conn)  # today: 2026-03-02
    hid = _family(conn, audit)  # every consent to review on 2027-02-01
    consent = ConsentRepository(conn, audit)
    assert consent.reviews_due(TODAY, within_days=30) == []
    assert len(consent.reviews_due(date(2027, 1, 10), within_days=30)) == 5
    assert expired_case_records(conn, TODAY) == []

    later = AuditLog(conn, "Sam", clock=lambda: datetime(2027, 2, 2, 9, 0, tzinfo=UTC))
    assert expired_case_records(conn, later.today()) == [hid]
    assert ConsentRepository(conn, later).is_expired(hid, P.CASE_RECORD)
    contacts = ContactRepository(conn, later)
    visit = m.Contact(m.ContactKind.HOME_VISIT, date(2027, 2, 2))
    with pytest.raises(ConsentExpiredError):
        contacts.add(hid, visit)
    with pytest.raises(ConsentExpiredError):
        NeedRepository(conn, later).add(hid, m.Need(m.NeedCategory.FOOD))
    households = HouseholdRepository(conn, later)
    stored = households.get(hid)
    assert stored is not None
    with pytest.raises(ConsentExpiredError):
        households.update(dataclasses.replace(stored.household, alias="Changed"))
    # Reading still works, and so does renewing.
    ConsentRepository(conn, later).record(
        hid,
        _decision(P.CASE_RECORD, m.ConsentDecision.RENEWED, review_on=date(2028, 2, 2)),
    )
    contacts.add(hid, visit)
    assert expired_case_records(conn, later.today()) == []


# ------------------------------------------------------------------ retention


def test_purge_erases_closed_households_after_the_retention_period(vault) -> None:
    conn, audit = vault
    households = HouseholdRepository(conn, audit)
    old, recent, still_open = (_family(conn, audit, alias=a) for a in ("Old", "Recent", "Open"))
    households.close(old, m.ClosedReason.MOVED_AWAY, date(2024, 3, 1))
    households.close(recent, m.ClosedReason.NEEDS_MET, date(2025, 1, 1))
    before = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    dry = purge_expired(conn, audit, TODAY, dry_run=True)
    assert (dry.due, dry.erased, dry.retention_months) == (1, 0, 24)
    assert conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] == before
    report = purge_expired(conn, audit, TODAY)
    assert (report.due, report.erased) == (1, 1)
    assert households.get(old) is None
    assert households.get(recent) is not None
    assert households.get(still_open) is not None
    SettingsRepository(conn, audit).set(RETENTION_SETTING, "12")
    assert purge_expired(conn, audit, TODAY).erased == 1
    assert households.get(recent) is None
    SettingsRepository(conn, audit).set(RETENTION_SETTING, "nonsense")
    assert purge_expired(conn, audit, TODAY, dry_run=True).retention_months == 24
    assert verify_chain(conn) == []
    assert verify_consent_events(conn) == []


# ------------------------------------------------------------------ subject access


def test_subject_access_export_holds_everything(vault) -> None:
    conn, audit = vault
    hid = _family(conn, audit)
    ConsentRepository(conn, audit).withdraw(
        hid, _decision(P.STATISTICS, m.ConsentDecision.WITHDRAWN)
    )
    export = subject_access_export(conn, hid, audit)
    text = json.dumps(export, ensure_ascii=False)
    assert export["household"]["alias"] == "Family by the park"
    assert [p["given_name"] for p in export["people"]] == ["Amina", "Yusuf"]
    assert export["needs"][0]["history"][0]["status"] == "identified"
    assert export["contacts"][0]["interpreter_name"] == "Interpreter R"
    assert len(export["consent"]["history"]) == 6
    assert export["consent"]["current"]["statistics"]["decision"] == "withdrawn"
    shown = export["consent"]["notices"]
    assert all(n["language"] == "ar" for n in shown.values())
    assert load_notice(P.CASE_RECORD, "ar").text in [n["text"] for n in shown.values()]
    assert "عائلتكم" in text  # the family's language, not escaped
    assert entries(conn)[-1].action == "subject_access_export"
    assert entries(conn)[-1].entity_id == hid
    assert timedelta(0) <= datetime.now(UTC) - datetime.fromisoformat(export["exported_at"])


def test_a_signed_decision_keeps_its_signature_and_never_changes(vault) -> None:
    conn, audit = vault
    hid = _family(conn, audit)
    consent = ConsentRepository(conn, audit)
    signed = dataclasses.replace(
        _decision(P.STATISTICS, m.ConsentDecision.RENEWED),
        method=m.ConsentMethod.SIGNED_ON_SCREEN,
    )
    with pytest.raises(SignatureRequiredError):
        consent.record_decisions(hid, [signed])
    with pytest.raises(SignatureRequiredError):
        consent.record_decisions(hid, [signed], signature_png=b"not a png")
    assert len(consent.history(hid)) == 5, "nothing recorded without the signature"
    png = PNG_MAGIC + b"\x00" * 64
    (stored,) = consent.record_decisions(hid, [signed], signature_png=png)
    assert consent.signature(stored.id or 0) == png
    with pytest.raises(Exception, match="never changed"):
        conn.execute("UPDATE consent_signatures SET png = x'00'")
    with pytest.raises(Exception, match="never changed"):
        conn.execute("DELETE FROM consent_signatures")
    # Erasing the household takes its signatures along (the trigger lets that through).
    HouseholdRepository(conn, audit).erase(hid)
    assert consent.signature(stored.id or 0) is None
