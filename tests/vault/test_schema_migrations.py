"""Schema creation, the migration chain, and every released fixture vault."""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

import pytest
import sqlcipher3

from desktop_app.core import models as m
from desktop_app.vault import migrations
from desktop_app.vault.audit import verify_chain
from desktop_app.vault.connection import Connection, open_connection
from desktop_app.vault.consent_log import verify_consent_events
from desktop_app.vault.migrations import (
    CURRENT_VERSION,
    NewerVaultError,
    NotAVaultError,
    migrate,
    schema_version,
)
from desktop_app.vault.repositories import (
    ChampionRepository,
    ConsentRepository,
    DraftRepository,
    HouseholdRepository,
    SettingsRepository,
)
from desktop_app.vault.schema import HOUSEHOLD_TABLES
from tests.vault.dbutil import audit_for, open_vault, sample_aggregate, save_notice

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
FIXTURE_DBS = sorted(FIXTURES.glob("vault-v*.db"), key=lambda p: int(p.stem.split("-v")[1]))


def _open_fixture(fixture: Path, tmp_path: Path) -> Connection:
    copy = tmp_path / fixture.name
    shutil.copy(fixture, copy)
    key = bytes.fromhex(fixture.with_suffix(".key").read_text(encoding="ascii").strip())
    return open_connection(copy, key)


def test_new_database_is_created_at_current_version(tmp_path: Path) -> None:
    conn = open_connection(tmp_path / "v.db", os.urandom(32))
    calls: list[tuple[int, int]] = []
    assert migrate(conn, before_migrate=lambda a, b: calls.append((a, b))) == CURRENT_VERSION
    assert schema_version(conn) == CURRENT_VERSION
    assert calls == [], "a brand-new vault needs no backup before migrating"
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert set(HOUSEHOLD_TABLES) | {"audit_log", "settings", "drafts", "services"} <= tables
    # Running again is a no-op and still does not call the hook.
    assert migrate(conn, before_migrate=lambda a, b: calls.append((a, b))) == CURRENT_VERSION
    assert calls == []
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_newer_database_is_refused_without_change(tmp_path: Path) -> None:
    conn, _ = open_vault(tmp_path)
    conn.execute(f"PRAGMA user_version = {CURRENT_VERSION + 1}")
    with pytest.raises(NewerVaultError, match="newer Hearth"):
        migrate(conn)
    assert schema_version(conn) == CURRENT_VERSION + 1


def test_foreign_database_is_not_taken_for_a_vault(tmp_path: Path) -> None:
    conn = open_connection(tmp_path / "other.db", os.urandom(32))
    conn.execute("CREATE TABLE something (x)")
    with pytest.raises(NotAVaultError):
        migrate(conn)


def test_vocabulary_checks_refuse_unknown_values(tmp_path: Path) -> None:
    conn, _ = open_vault(tmp_path)
    with pytest.raises(sqlcipher3.IntegrityError):
        conn.execute(
            "INSERT INTO households (reference, preferred_channel, online_platform_confidence,"
            " status, created_at, updated_at) VALUES ('HH-2222', 'pigeon', 'none', 'open', '', '')"
        )


def test_household_delete_cascades_to_every_household_table(tmp_path: Path) -> None:
    conn, _ = open_vault(tmp_path)
    audit = audit_for(conn)
    notice = save_notice(conn, audit)
    households = HouseholdRepository(conn, audit)
    agg = households.create(sample_aggregate(notice_hash=notice))
    other = households.create(sample_aggregate(alias="Other"))
    hid = agg.household.id or 0
    champions = ChampionRepository(conn, audit)
    champ = champions.add(m.Champion(hid, languages=("ar",)))
    champions.match(
        m.ChampionMatch(
            champ.id or 0,
            other.household.id or 0,
            check_ins=(m.ChampionCheckIn(date(2026, 3, 1)),),
        )
    )
    conn.execute("DELETE FROM households WHERE id = ?", (hid,))
    for table in HOUSEHOLD_TABLES:
        column = {"champion_check_ins": "match_id", "need_status_changes": "need_id"}.get(table)
        if column:
            continue
        key = "id" if table == "households" else "household_id"
        n = conn.execute(f"SELECT count(*) FROM {table} WHERE {key} = ?", (hid,))
        assert n.fetchone()[0] == 0, table
    # The match belonged to the erased champion: it and its check-in went too.
    assert conn.execute("SELECT count(*) FROM champion_matches").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM champion_check_ins").fetchone()[0] == 0
    remaining_needs = conn.execute("SELECT count(*) FROM needs").fetchone()[0]
    assert (
        conn.execute("SELECT count(DISTINCT need_id) FROM need_status_changes").fetchone()[0]
        == remaining_needs
    )


def test_there_is_a_fixture_for_the_current_version() -> None:
    assert (FIXTURES / f"vault-v{CURRENT_VERSION}.db").exists()
    versions = [int(p.stem.split("-v")[1]) for p in FIXTURE_DBS]
    assert versions == list(range(1, CURRENT_VERSION + 1)), "one fixture per released version"


@pytest.mark.parametrize("fixture", FIXTURE_DBS, ids=lambda p: p.stem)
def test_fixture_opens_migrates_and_reads_back(fixture: Path, tmp_path: Path) -> None:
    conn = _open_fixture(fixture, tmp_path)
    found = schema_version(conn)
    calls: list[tuple[int, int]] = []
    assert migrate(conn, before_migrate=lambda a, b: calls.append((a, b))) == CURRENT_VERSION
    assert calls == ([] if found == CURRENT_VERSION else [(found, CURRENT_VERSION)])
    _assert_fixture_content(conn)


def _assert_fixture_content(conn: Connection) -> None:
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
    assert verify_chain(conn) == []
    assert verify_consent_events(conn) == []
    audit = audit_for(conn)
    households = HouseholdRepository(conn, audit)
    first = households.get_by_reference("HH-7F3K")
    assert first is not None
    assert first.household.alias == "Family near the library"
    assert first.household.arrival_month == m.YearMonth(2025, 9)
    assert [p.given_name for p in first.people] == ["Samira", "Omar"]
    assert first.people[1].english_proficiency is m.EnglishProficiency.A
    uniform = first.needs[0]
    assert uniform.status is m.NeedStatus.REFERRED
    assert [c.status for c in uniform.history] == [m.NeedStatus.IDENTIFIED, m.NeedStatus.REFERRED]
    assert [c.kind for c in first.contacts] == [
        m.ContactKind.HOME_VISIT,
        m.ContactKind.INTAKE_MEETING,
    ]
    assert first.referrals[0].status is m.ReferralStatus.REFERRED
    assert first.consents[0].decision is m.ConsentDecision.GIVEN
    notice = ConsentRepository(conn, audit).notice(first.consents[0].notice_hash)
    assert notice is not None
    assert notice.language == "ar"
    second = households.get_by_reference("HH-Q9WD")
    assert second is not None
    assert second.household.status is m.HouseholdStatus.CLOSED
    assert second.household.closed_reason is m.ClosedReason.MOVED_AWAY
    rows = households.list_page(0, 10, today=date(2025, 11, 10))
    assert [r.reference for r in rows] == ["HH-7F3K", "HH-Q9WD"]
    assert rows[0].next_contact_due == date(2025, 11, 3)
    assert rows[0].open_needs == 2
    assert [r.reference for r in households.search("سامي")] == []  # not a name in there
    assert [r.reference for r in households.search("Олен")] == ["HH-Q9WD"]
    assert [r.reference for r in households.search("7F3")] == ["HH-7F3K"]
    matches = ChampionRepository(conn, audit).matches_for_household(first.household.id or 0)
    assert matches[0].check_ins[0].note == "Going well"
    assert DraftRepository(conn, audit).load("contact_form", "HH-7F3K") is not None
    assert SettingsRepository(conn, audit).get("visit_cadence_default_days") == "14"


def _v2_add_column(conn: Connection) -> None:
    # What a real step looks like: additive change plus backfill.
    conn.execute("ALTER TABLE households ADD COLUMN pronoun_of_address TEXT NOT NULL DEFAULT ''")
    conn.execute("UPDATE households SET pronoun_of_address = 'formal'")


def test_chain_runs_a_new_step_on_the_v1_fixture(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(migrations, "STEPS", (*migrations.STEPS, _v2_add_column))
    target = len(migrations.STEPS)
    conn = _open_fixture(FIXTURES / "vault-v1.db", tmp_path)
    calls: list[tuple[int, int]] = []
    assert migrate(conn, before_migrate=lambda a, b: calls.append((a, b))) == target
    assert calls == [(1, target)]
    assert schema_version(conn) == target
    values = {r[0] for r in conn.execute("SELECT pronoun_of_address FROM households")}
    assert values == {"formal"}
    _assert_fixture_content(conn)  # the repositories still read everything
    assert migrate(conn, before_migrate=lambda a, b: calls.append((a, b))) == target
    assert len(calls) == 1


def test_a_failing_step_leaves_the_old_version_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(conn: Connection) -> None:
        conn.execute("ALTER TABLE households ADD COLUMN half_done TEXT")
        raise RuntimeError("power cut")

    monkeypatch.setattr(migrations, "STEPS", (*migrations.STEPS, broken))
    conn = _open_fixture(FIXTURES / "vault-v1.db", tmp_path)
    with pytest.raises(RuntimeError, match="power cut"):
        migrate(conn)
    assert schema_version(conn) == 1
    columns = {r[1] for r in conn.execute("PRAGMA table_info(households)")}
    assert "half_done" not in columns


def test_backup_hook_failure_stops_the_migration(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(migrations, "STEPS", (*migrations.STEPS, _v2_add_column))
    conn = _open_fixture(FIXTURES / "vault-v1.db", tmp_path)

    def no_space(_from: int, _to: int) -> None:
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        migrate(conn, before_migrate=no_space)
    assert schema_version(conn) == 1
