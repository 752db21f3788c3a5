"""The hash-chained, append-only audit log."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlcipher3

from desktop_app.vault.audit import GENESIS_HASH, AuditLog, entries, entry_hash, verify_chain
from desktop_app.vault.connection import transaction
from desktop_app.vault.repositories import HouseholdRepository
from tests.vault.dbutil import audit_for, open_vault, sample_aggregate


def _filled(tmp_path: Path, n: int = 5):
    conn, _ = open_vault(tmp_path)
    audit = audit_for(conn)
    for i in range(n):
        audit.append("update", "household", i + 1)
    return conn, audit


def test_entries_chain_from_genesis(tmp_path: Path) -> None:
    conn, _ = _filled(tmp_path, 3)
    rows = entries(conn)
    assert [e.seq for e in rows] == [1, 2, 3]
    assert rows[0].prev_hash == GENESIS_HASH
    assert rows[1].prev_hash == rows[0].hash
    first = rows[0]
    assert first.hash == entry_hash(
        GENESIS_HASH, 1, first.at, first.actor, "update", "household", 1
    )
    assert verify_chain(conn) == []


def test_update_and_delete_are_refused(tmp_path: Path) -> None:
    conn, _ = _filled(tmp_path)
    with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
        conn.execute("UPDATE audit_log SET actor = 'someone else' WHERE seq = 2")
    with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
        conn.execute("DELETE FROM audit_log WHERE seq = 2")
    assert verify_chain(conn) == []


def _drop_triggers(conn) -> None:
    # What an attacker holding the key would do first.
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("DROP TRIGGER audit_log_no_delete")


def test_tampered_entry_is_reported_at_its_seq(tmp_path: Path) -> None:
    conn, _ = _filled(tmp_path)
    _drop_triggers(conn)
    conn.execute("UPDATE audit_log SET entity_id = 99 WHERE seq = 3")
    problems = verify_chain(conn)
    assert problems == ["Audit entry 3 has been changed after it was written."]


def test_rehashed_entry_breaks_the_next_link(tmp_path: Path) -> None:
    conn, _ = _filled(tmp_path)
    _drop_triggers(conn)
    e = entries(conn)[2]
    forged = entry_hash(e.prev_hash, e.seq, e.at, "Mallory", e.action, e.entity, e.entity_id)
    conn.execute("UPDATE audit_log SET actor = 'Mallory', hash = ? WHERE seq = 3", (forged,))
    assert verify_chain(conn) == ["Audit entry 4 does not follow on from the entry before it."]


def test_deleted_entry_is_reported_as_missing(tmp_path: Path) -> None:
    conn, _ = _filled(tmp_path)
    _drop_triggers(conn)
    conn.execute("DELETE FROM audit_log WHERE seq = 2")
    problems = verify_chain(conn)
    assert "Audit entries 2 to 2 are missing." in problems
    assert "Audit entry 3 does not follow on from the entry before it." in problems


def test_entry_rolls_back_with_its_change(tmp_path: Path) -> None:
    conn, _ = open_vault(tmp_path)
    audit = audit_for(conn)
    households = HouseholdRepository(conn, audit)

    def crash_mid_save() -> None:
        with transaction(conn):
            households.create(sample_aggregate())
            raise RuntimeError("crash before commit")

    with pytest.raises(RuntimeError):
        crash_mid_save()
    assert entries(conn) == []
    assert conn.execute("SELECT count(*) FROM households").fetchone()[0] == 0


def test_entries_hold_ids_not_content(tmp_path: Path) -> None:
    conn, _ = open_vault(tmp_path)
    audit = AuditLog(conn, "Ms Patel")
    agg = HouseholdRepository(conn, audit).create(sample_aggregate(alias="Secret alias"))
    (entry,) = [e for e in entries(conn) if e.entity == "household"]
    assert (entry.action, entry.entity, entry.entity_id) == (
        "create",
        "household",
        agg.household.id,
    )
    stored = " ".join(str(v) for v in conn.execute("SELECT * FROM audit_log").fetchone())
    assert "Secret alias" not in stored
    assert agg.household.reference not in stored
