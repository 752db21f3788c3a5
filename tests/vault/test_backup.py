"""Backups, restore, key rotation and passphrase changes through the vault facade."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import pytest

from desktop_app.vault import backup as backup_module
from desktop_app.vault import migrations
from desktop_app.vault.backup import BackupError, create_backup, restore_backup
from desktop_app.vault.connection import open_connection
from desktop_app.vault.errors import (
    DamagedVaultError,
    LastUserError,
    UnknownUserError,
    WrongPassphraseError,
    WrongRecoveryCodeError,
)
from desktop_app.vault.keyslots import Keyslots
from desktop_app.vault.services import VaultServices
from desktop_app.vault.vault import PENDING_KEYSLOTS_NAME, Vault
from tests.helpers.vaults import add_family, consent_to_everything

PASS = "lantern orchard whistle seventeen"
BOB = "bob walks the long canal path"
CANARY = "Zebulon-Canary-7731 كناري"


def snapshot(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def aliases(vault: Vault) -> list[str]:
    return [str(r[0]) for r in vault.connection.execute("SELECT alias FROM households ORDER BY id")]


@pytest.fixture
def made(tmp_path: Path) -> tuple[Path, str]:
    folder = tmp_path / "vault"
    vault, code = Vault.create(folder, "Amina", PASS)
    services = VaultServices.from_vault(vault)
    consent_to_everything(services)
    add_family(services, alias=CANARY)
    vault.close()
    return folder, code


def by_passphrase(user: str, passphrase: str):
    return lambda slots: slots.unlock(user, passphrase)


def test_backup_is_encrypted_and_restores_into_the_vault(
    made: tuple[Path, str], tmp_path: Path
) -> None:
    folder, _code = made
    with Vault.unlock(folder, "Amina", PASS) as vault:
        archive = create_backup(vault, tmp_path / "usb" / "b.hearth-backup")
        add_family(VaultServices.from_vault(vault), alias="After the backup")
    raw = archive.read_bytes()
    for text in (CANARY, "Zebulon"):
        assert text.encode("utf-8") not in raw
        assert text.encode("utf-16-le") not in raw
    with zipfile.ZipFile(archive) as zf:
        assert sorted(zf.namelist()) == ["hearth.db", "keyslots.json", "manifest.json"]
        assert not zf.read("hearth.db").startswith(b"SQLite format 3")
    restored = restore_backup(archive, folder, by_passphrase("Amina", PASS))
    with restored:
        assert aliases(restored) == [CANARY]
        assert restored.verify().ok
        actions = [r[0] for r in restored.connection.execute("SELECT action FROM audit_log")]
        assert actions[-1] == "restore"
    leftovers = [p.name for p in folder.iterdir() if p.name.startswith(".")]
    assert leftovers == []


def test_restore_into_an_empty_folder_with_the_recovery_code(
    made: tuple[Path, str], tmp_path: Path
) -> None:
    folder, code = made
    with Vault.unlock(folder, "Amina", PASS) as vault:
        archive = create_backup(vault, tmp_path / "b.hearth-backup")
    target = tmp_path / "new-laptop"
    restored = restore_backup(archive, target, lambda s: ("recovery code", s.unlock_recovery(code)))
    with restored:
        assert aliases(restored) == [CANARY]
    Vault.unlock(target, "Amina", PASS).close()


@pytest.mark.parametrize("damage", ["wrong passphrase", "flipped byte", "not a zip", "no manifest"])
def test_a_bad_restore_changes_nothing(made: tuple[Path, str], tmp_path: Path, damage: str) -> None:
    folder, _code = made
    with Vault.unlock(folder, "Amina", PASS) as vault:
        archive = create_backup(vault, tmp_path / "b.hearth-backup")
    if damage == "flipped byte":
        with zipfile.ZipFile(archive) as zf:
            info = zf.getinfo("hearth.db")
        data = bytearray(archive.read_bytes())
        data[info.header_offset + 200 + 30] ^= 0x01  # inside the stored database
        archive.write_bytes(bytes(data))
    elif damage == "not a zip":
        archive.write_bytes(b"this is not a backup")
    elif damage == "no manifest":
        with zipfile.ZipFile(archive, "w") as zf:
            zf.writestr("hearth.db", b"x")
    before = snapshot(folder)
    passphrase = "not it" if damage == "wrong passphrase" else PASS
    expected = (
        WrongPassphraseError if damage == "wrong passphrase" else (BackupError, DamagedVaultError)
    )
    with pytest.raises(expected):
        restore_backup(archive, folder, by_passphrase("Amina", passphrase))
    assert snapshot(folder) == before


def test_a_failure_after_the_swap_puts_the_old_vault_back(
    made: tuple[Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, _code = made
    with Vault.unlock(folder, "Amina", PASS) as vault:
        archive = create_backup(vault, tmp_path / "b.hearth-backup")
        add_family(VaultServices.from_vault(vault), alias="Only in the current vault")
    before = snapshot(folder)
    real_open = Vault.open_with_key.__func__  # type: ignore[attr-defined]
    calls = {"n": 0}

    def failing(cls: type[Vault], target: Path, key: bytes, actor: str) -> Vault:
        calls["n"] += 1
        if calls["n"] == 2:  # the first opens the staged copy, the second the swapped-in one
            raise DamagedVaultError("simulated failure after the swap")
        return real_open(cls, target, key, actor)

    monkeypatch.setattr(Vault, "open_with_key", classmethod(failing))
    with pytest.raises(DamagedVaultError):
        restore_backup(archive, folder, by_passphrase("Amina", PASS))
    assert calls["n"] == 2
    assert snapshot(folder) == before
    monkeypatch.undo()
    with Vault.unlock(folder, "Amina", PASS) as vault:
        assert "Only in the current vault" in aliases(vault)


def test_changing_a_passphrase_leaves_the_other_slots(made: tuple[Path, str]) -> None:
    folder, code = made
    with Vault.unlock(folder, "Amina", PASS) as vault:
        vault.add_user("Bob", BOB)
        vault.set_passphrase("Amina", "a completely new phrase 2026")
    with pytest.raises(WrongPassphraseError):
        Vault.unlock(folder, "Amina", PASS)
    Vault.unlock(folder, "Amina", "a completely new phrase 2026").close()
    Vault.unlock(folder, "Bob", BOB).close()
    Vault.recover(folder, code).close()


def test_recovery_then_a_new_passphrase(made: tuple[Path, str]) -> None:
    folder, code = made
    with Vault.recover(folder, code) as vault:
        assert vault.actor == "recovery code"
        vault.set_passphrase("Amina", "remembered at last 4455")
        assert vault.actor == "Amina"
    Vault.unlock(folder, None, "remembered at last 4455").close()
    with Vault.unlock(folder, None, "remembered at last 4455") as vault:
        new_code = vault.new_recovery_code()
    with pytest.raises(WrongRecoveryCodeError):
        Vault.recover(folder, code)
    Vault.recover(folder, new_code).close()


def test_users_can_be_added_and_removed_but_not_the_last(made: tuple[Path, str]) -> None:
    folder, _code = made
    with Vault.unlock(folder, "Amina", PASS) as vault:
        vault.add_user("Bob", BOB)
        with pytest.raises(UnknownUserError):
            vault.remove_user("Carol")
        vault.remove_user("Bob")
        with pytest.raises(LastUserError):
            vault.remove_user("Amina")
    with pytest.raises(WrongPassphraseError):
        Vault.unlock(folder, "Bob", BOB)


def test_rekey_rotates_the_database_key(made: tuple[Path, str]) -> None:
    folder, old_code = made
    with Vault.unlock(folder, "Amina", PASS) as vault:
        vault.add_user("Bob", BOB)
        old_key = vault.data_key()
        with pytest.raises(WrongPassphraseError):
            vault.rekey({"Amina": "wrong"})
        assert vault.data_key() == old_key  # a wrong passphrase changed nothing
        new_code = vault.rekey({"Amina": PASS})
        new_key = vault.data_key()
    assert new_key != old_key
    with pytest.raises(Exception, match="not a database"):
        open_connection(folder / "hearth.db", old_key)
    with Vault.unlock(folder, "Amina", PASS) as vault:
        assert aliases(vault) == [CANARY]
        assert vault.verify().ok
    with pytest.raises(WrongPassphraseError):
        Vault.unlock(folder, "Bob", BOB)
    with pytest.raises(WrongRecoveryCodeError):
        Vault.recover(folder, old_code)
    Vault.recover(folder, new_code).close()


def test_a_rotation_cut_short_still_opens(made: tuple[Path, str]) -> None:
    """Crash after ``PRAGMA rekey`` but before the keyslot file was renamed."""
    folder, _code = made
    with Vault.unlock(folder, "Amina", PASS) as vault:
        old = Keyslots.load(folder / "keyslots.json")
        new_key = bytes(reversed(vault.data_key()))
        pending = Keyslots(vault_id=old.vault_id, slots=()).with_user("Amina", PASS, new_key)
        pending.save(folder / PENDING_KEYSLOTS_NAME)
        vault.connection.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
    with Vault.unlock(folder, "Amina", PASS) as vault:
        assert vault.data_key() == new_key
        assert aliases(vault) == [CANARY]
    assert not (folder / PENDING_KEYSLOTS_NAME).exists()
    assert Keyslots.load(folder / "keyslots.json").unlock("Amina", PASS)[1] == new_key


def test_a_rotation_that_never_reached_the_database_is_forgotten(
    made: tuple[Path, str],
) -> None:
    folder, _code = made
    stale = Keyslots.new().with_user("Amina", PASS, bytes(32))
    stale.save(folder / PENDING_KEYSLOTS_NAME)
    with Vault.unlock(folder, "Amina", PASS) as vault:
        assert aliases(vault) == [CANARY]
    assert not (folder / PENDING_KEYSLOTS_NAME).exists()


def test_a_migration_takes_a_backup_first(
    made: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Simulate a release with a schema v2: opening a v1 vault backs it up, then migrates."""
    folder, _code = made

    def add_v2(conn: object) -> None:
        conn.execute("CREATE TABLE v2_probe (id INTEGER PRIMARY KEY)")  # type: ignore[attr-defined]

    monkeypatch.setattr(migrations, "STEPS", (*migrations.STEPS, add_v2))
    with Vault.unlock(folder, "Amina", PASS) as vault:
        assert migrations.schema_version(vault.connection) == 2
        vault.connection.execute("SELECT count(*) FROM v2_probe").fetchone()
    backups = list((folder / "backups").glob("pre-migration-v1-to-v2-*.hearth-backup"))
    assert len(backups) == 1
    manifest = backup_module.read_manifest(backups[0])
    assert manifest["schema_version"] == 1
    # If the backup cannot be written, nothing is migrated.
    monkeypatch.setattr(migrations, "STEPS", (*migrations.STEPS, add_v2))
    monkeypatch.setattr(
        backup_module, "create_backup", lambda *a, **k: (_ for _ in ()).throw(OSError("disk full"))
    )
    with pytest.raises(OSError, match="disk full"), Vault.unlock(folder, "Amina", PASS):
        pass
    with open_connection(folder / "hearth.db", _key(folder)) as conn:
        assert migrations.schema_version(conn) == 2


def _key(folder: Path) -> bytes:
    return Keyslots.load(folder / "keyslots.json").unlock("Amina", PASS)[1]
