"""Backups and checks on a connection of their own, as the Settings page runs them."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from desktop_app.vault.backup import BackupError, restore_backup
from desktop_app.vault.errors import (
    DamagedVaultError,
    UserExistsError,
    WrongPassphraseError,
    WrongRecoveryCodeError,
)
from desktop_app.vault.maintenance import (
    add_user_confirmed,
    back_up_and_check,
    change_own_passphrase,
    check_backup,
    new_recovery_code_confirmed,
    verify_vault,
)
from desktop_app.vault.vault import Vault
from tests.helpers.vaults import PASSPHRASE, add_family, vault_services


def test_a_backup_is_written_checked_and_restorable(tmp_path: Path) -> None:
    with vault_services(tmp_path / "vault") as services:
        add_family(services, alias="Family Backup-Canary")
        vault = services.vault
        result = back_up_and_check(
            vault.folder, vault.data_key(), vault.actor, tmp_path / "out" / "b.hearth-backup"
        )
        # The session's own connection still works after the other one closed.
        assert services.households.list_page(0, 10)
    assert result.path.is_file()
    assert result.report.ok, result.report.problems
    assert "audit log is complete" in " ".join(result.report.checked)
    assert not list((tmp_path / "out").glob(".hearth-*"))  # no scratch left behind
    restored = restore_backup(
        result.path, tmp_path / "restored", lambda slots: slots.unlock(None, PASSPHRASE)
    )
    with restored:
        aliases = [str(r[0]) for r in restored.connection.execute("SELECT alias FROM households")]
    assert aliases == ["Family Backup-Canary"]


def test_the_backup_is_audited(tmp_path: Path) -> None:
    with vault_services(tmp_path / "vault") as services:
        vault = services.vault
        back_up_and_check(vault.folder, vault.data_key(), vault.actor, tmp_path / "b.zip")
        actions = [str(r[0]) for r in vault.connection.execute("SELECT action FROM audit_log")]
    assert "backup" in actions


def test_a_damaged_backup_is_reported(tmp_path: Path) -> None:
    with vault_services(tmp_path / "vault") as services:
        vault = services.vault
        result = back_up_and_check(vault.folder, vault.data_key(), vault.actor, tmp_path / "b.zip")
        key, actor = vault.data_key(), vault.actor
    damaged = tmp_path / "damaged.zip"
    with zipfile.ZipFile(result.path) as source, zipfile.ZipFile(damaged, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "hearth.db":
                data = data[:5000] + bytes([data[5000] ^ 1]) + data[5001:]
            target.writestr(item, data)
    with pytest.raises(BackupError, match="checksum"):
        check_backup(damaged, key, actor)
    not_a_backup = tmp_path / "x.zip"
    not_a_backup.write_bytes(b"PK nothing")
    with pytest.raises(BackupError):
        check_backup(not_a_backup, key, actor)


def test_a_backup_checked_with_another_key_does_not_pass(tmp_path: Path) -> None:
    with vault_services(tmp_path / "vault") as services:
        vault = services.vault
        result = back_up_and_check(vault.folder, vault.data_key(), vault.actor, tmp_path / "b.zip")
    with pytest.raises(DamagedVaultError):
        check_backup(result.path, bytes(32), "Staff")


def test_verify_runs_on_its_own_connection(tmp_path: Path) -> None:
    with vault_services(tmp_path / "vault") as services:
        vault = services.vault
        report = verify_vault(vault.folder, vault.data_key(), vault.actor)
        assert report.ok
        assert services.settings.all() is not None  # the session connection is untouched


def test_verify_reports_a_broken_audit_chain(tmp_path: Path) -> None:
    with vault_services(tmp_path / "vault") as services:
        add_family(services, alias="Family A")
        conn = services.vault.connection
        triggers = [
            str(r[0])
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'"
            )
        ]
        for name in triggers:
            conn.execute(f'DROP TRIGGER "{name}"')
        conn.execute("UPDATE audit_log SET actor = 'Someone else' WHERE seq = 1")
        report = verify_vault(services.vault.folder, services.vault.data_key(), "Staff")
    assert not report.ok
    assert report.problems


# ---------------------------------------------------------------- staff changes

NEW = "otter lantern basket ninety"


def _keyslots(services) -> bytes:
    return (services.vault.folder / "keyslots.json").read_bytes()


def test_adding_a_user_needs_the_signed_in_passphrase(tmp_path: Path) -> None:
    with vault_services(tmp_path / "vault") as services:
        vault = services.vault
        before = _keyslots(services)
        with pytest.raises(WrongPassphraseError):
            add_user_confirmed(vault.folder, vault.data_key(), vault.actor, "wrong", "Bo", NEW)
        assert _keyslots(services) == before
        stored = add_user_confirmed(
            vault.folder, vault.data_key(), vault.actor, PASSPHRASE, "Bo", NEW
        )
        assert stored == "Bo"
        assert vault.list_users() == ["Staff", "Bo"]
        with pytest.raises(UserExistsError):
            add_user_confirmed(vault.folder, vault.data_key(), vault.actor, PASSPHRASE, "bo", NEW)
    Vault.unlock(tmp_path / "vault", "Bo", NEW).close()


def test_changing_my_passphrase_checks_the_current_one(tmp_path: Path) -> None:
    with vault_services(tmp_path / "vault") as services:
        vault = services.vault
        before = _keyslots(services)
        with pytest.raises(WrongPassphraseError):
            change_own_passphrase(vault.folder, vault.data_key(), vault.actor, "nope", NEW)
        with pytest.raises(WrongPassphraseError):
            change_own_passphrase(vault.folder, vault.data_key(), vault.actor, "", NEW)
        assert _keyslots(services) == before
        change_own_passphrase(vault.folder, vault.data_key(), vault.actor, PASSPHRASE, NEW)
    Vault.unlock(tmp_path / "vault", "Staff", NEW).close()
    with pytest.raises(WrongPassphraseError):
        Vault.unlock(tmp_path / "vault", "Staff", PASSPHRASE)


def test_a_new_recovery_code_replaces_the_old_one(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    vault, old_code = Vault.create(folder, "Staff", PASSPHRASE)
    with vault:
        with pytest.raises(WrongPassphraseError):
            new_recovery_code_confirmed(folder, vault.data_key(), vault.actor, "wrong")
        Vault.recover(folder, old_code).close()  # the wrong passphrase changed nothing
        code = new_recovery_code_confirmed(folder, vault.data_key(), vault.actor, PASSPHRASE)
    Vault.recover(folder, code).close()
    with pytest.raises(WrongRecoveryCodeError):
        Vault.recover(folder, old_code)
