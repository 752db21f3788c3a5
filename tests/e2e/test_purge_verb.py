"""``hearth purge``: ``--dry-run`` changes nothing; a real purge erases and prints counts."""

from __future__ import annotations

import hashlib
import io
import sys
from datetime import date
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.core import models as m
from desktop_app.core.consent_notices import load_notice
from desktop_app.vault.services import VaultServices
from desktop_app.vault.vault import Vault

PASSPHRASE = "Amina's kettle sings at seven 47"


def _run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *argv: str):
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{PASSPHRASE}\n"))
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out


def _snapshot(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _family(services: VaultServices, alias: str) -> int:
    consent = m.ConsentEvent(
        m.ConsentPurpose.CASE_RECORD,
        m.ConsentDecision.GIVEN,
        load_notice(m.ConsentPurpose.CASE_RECORD, "uk").version_hash,
        "uk",
        m.ConsentMethod.SIGNED_ON_SCREEN,
        m.DecidedBy.CAREGIVER,
        "Amina",
    )
    stored = services.households.create(
        m.HouseholdAggregate(
            household=m.Household(reference="", alias=alias, preferred_language="uk"),
            people=(m.Person(m.Role.CAREGIVER, given_name=alias),),
            consents=(consent,),
        )
    )
    return stored.household.id or 0


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "vault"
    vault, _code = Vault.create(folder, "Amina", PASSPHRASE)
    with vault:
        services = VaultServices.from_vault(vault)
        long_ago = [_family(services, f"Closed long ago {i}") for i in range(3)]
        recent = _family(services, "Closed last month")
        _family(services, "Still open")
        for hid in long_ago:
            services.households.close(hid, m.ClosedReason.MOVED_AWAY, date(2020, 1, 15))
        services.households.close(recent, m.ClosedReason.NEEDS_MET, date.today())
    return folder


def test_dry_run_changes_nothing(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _snapshot(vault_dir)
    code, out = _run(monkeypatch, capsys, "purge", "--dry-run", "--vault", str(vault_dir))
    assert code == 0
    assert "3 closed households would be erased. Nothing was changed." in out
    assert "24 months" in out
    assert _snapshot(vault_dir) == before
    assert "Closed long ago" not in out  # counts, never names
    assert "HH-" not in out


def test_purge_erases_and_prints_counts(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = _run(monkeypatch, capsys, "purge", "--vault", str(vault_dir))
    assert code == 0
    assert "3 closed households were erased." in out
    assert "Closed long ago" not in out
    with Vault.unlock(vault_dir, "Amina", PASSPHRASE) as vault:
        aliases = {r[0] for r in vault.connection.execute("SELECT alias FROM households")}
        assert aliases == {"Closed last month", "Still open"}
        assert vault.verify().ok
    code, out = _run(monkeypatch, capsys, "purge", "--vault", str(vault_dir))
    assert "0 closed households were erased." in out


def test_export_household_writes_everything_held(
    vault_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with Vault.unlock(vault_dir, "Amina", PASSPHRASE) as vault:
        reference = str(
            vault.connection.execute(
                "SELECT reference FROM households WHERE alias = 'Still open'"
            ).fetchone()[0]
        )
    target = tmp_path / "export.json"
    code, out = _run(
        monkeypatch,
        capsys,
        "export-household",
        reference,
        "--output",
        str(target),
        "--vault",
        str(vault_dir),
    )
    assert code == 0, out
    assert reference in out
    text = target.read_text(encoding="utf-8")
    assert '"alias": "Still open"' in text
    assert '"language": "uk"' in text
    assert target.stat().st_mode & 0o077 == 0  # readable by the person who asked only
    code, _out = _run(
        monkeypatch,
        capsys,
        "export-household",
        "HH-ZZZZ",
        "--output",
        str(tmp_path / "none.json"),
        "--vault",
        str(vault_dir),
    )
    assert code != 0
    assert not (tmp_path / "none.json").exists()
