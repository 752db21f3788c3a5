"""Administering a vault: users, passphrases, recovery codes, key rotation, migrations."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import sqlcipher3

from desktop_app.vault import backup as backup_module
from desktop_app.vault import migrations
from desktop_app.vault.connection import Connection, checkpoint_truncate, open_connection
from desktop_app.vault.errors import (
    LastUserError,
    UnknownUserError,
    UserExistsError,
    WrongPassphraseError,
    WrongRecoveryCodeError,
)
from desktop_app.vault.keyslots import Keyslots
from desktop_app.vault.repositories import HouseholdRepository
from desktop_app.vault.services import VaultServices
from desktop_app.vault.vault import PENDING_KEYSLOTS_NAME, Vault
from tests.helpers.snapshots import snapshot
from tests.helpers.vaults import add_family, consent_to_everything

PASS = "lantern orchard whistle seventeen"
BOB = "bob walks the long canal path"
CANARY = "Zebulon-Canary-7731 كناري"
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def aliases(vault: Vault) -> list[str]:
    return [str(r[0]) for r in vault.connection.execute("SELECT alias FROM households ORDER BY id")]


def slot_key(folder: Path, user: str = "Amina", passphrase: str = PASS) -> bytes:
    return Keyslots.load(folder / "keyslots.json").unlock(user, passphrase)[1]


@pytest.fixture
def made(tmp_path: Path) -> tuple[Path, str]:
    folder = tmp_path / "vault"
    vault, code = Vault.create(folder, "Amina", PASS)
    services = VaultServices.from_vault(vault)
    consent_to_everything(services)
    add_family(services, alias=CANARY)
    vault.close()
    return folder, code


# ---------------------------------------------------------------- users and passphrases
def test_users_can_be_added_and_removed_but_not_the_last(made: tuple[Path, str]) -> None:
    folder, _code = made
    with Vault.unlock(folder, "Amina", PASS) as vault:
        assert vault.add_user(" Bob ", BOB) == "Bob"
        with pytest.raises(UserExistsError):
            vault.add_user("BOB", "another long passphrase here")
        assert vault.list_users() == ["Amina", "Bob"]
    assert Vault.users(folder) == ["Amina", "Bob"]
    with Vault.unlock(folder, "Bob", BOB) as vault:
        assert vault.actor == "Bob"
        assert aliases(vault) == [CANARY]  # the same data key
        with pytest.raises(UnknownUserError):
            vault.remove_user("Carol")
        vault.remove_user("Bob")  # one may remove oneself while another user remains
        with pytest.raises(LastUserError):
            vault.remove_user("Amina")
        actions = [r[0] for r in vault.connection.execute("SELECT action FROM audit_log")]
        assert actions[-2:] == ["add_user", "remove_user"]
    assert Vault.users(folder) == ["Amina"]
    with pytest.raises(WrongPassphraseError):
        Vault.unlock(folder, "Bob", BOB)
    Vault.unlock(folder, "Amina", PASS).close()


def test_changing_a_passphrase_leaves_the_other_slots(made: tuple[Path, str]) -> None:
    folder, code = made
    with Vault.unlock(folder, "Amina", PASS) as vault:
        vault.add_user("Bob", BOB)
        before = Keyslots.load(folder / "keyslots.json")
        vault.set_passphrase("Amina", "a completely new phrase 2026")
        with pytest.raises(UnknownUserError):
            vault.set_passphrase("Carol", "whatever long enough")
    after = Keyslots.load(folder / "keyslots.json")
    # Only Amina's slot was re-wrapped: Bob's and the recovery slot are byte-identical.
    assert after.find_user("Bob") == before.find_user("Bob")
    assert after.recovery_slot() == before.recovery_slot()
    assert after.find_user("Amina") != before.find_user("Amina")
    with pytest.raises(WrongPassphraseError):
        Vault.unlock(folder, "Amina", PASS)
    Vault.unlock(folder, "Amina", "a completely new phrase 2026").close()
    Vault.unlock(folder, "Bob", BOB).close()
    Vault.recover(folder, code).close()


def test_recovery_then_a_new_passphrase(made: tuple[Path, str]) -> None:
    folder, code = made
    with Vault.recover(folder, code) as vault:
        assert vault.actor == "recovery code"
        assert aliases(vault) == [CANARY]
        vault.set_passphrase("Amina", "remembered at last 4455")
        assert vault.actor == "Amina"
    with pytest.raises(WrongPassphraseError):
        Vault.unlock(folder, None, PASS)
    Vault.unlock(folder, None, "remembered at last 4455").close()
    Vault.recover(folder, code).close()  # the recovery code still works until replaced


def test_a_new_recovery_code_retires_the_old_one(made: tuple[Path, str]) -> None:
    folder, code = made
    with Vault.unlock(folder, None, PASS) as vault:
        new_code = vault.new_recovery_code()
    assert new_code != code
    with pytest.raises(WrongRecoveryCodeError) as caught:
        Vault.recover(folder, code)
    assert "does not open" in str(caught.value)
    with Vault.recover(folder, new_code) as vault:
        assert aliases(vault) == [CANARY]
    Vault.unlock(folder, None, PASS).close()  # passphrases are untouched


# ---------------------------------------------------------------- key rotation
def test_rekey_rotates_the_database_key(made: tuple[Path, str]) -> None:
    folder, old_code = made
    with Vault.unlock(folder, "Amina", PASS) as vault:
        vault.add_user("Bob", BOB)
        old_key = vault.data_key()
        new_code = vault.rekey({"amina": PASS})
        new_key = vault.data_key()
        assert vault.actor == "Amina"
        assert aliases(vault) == [CANARY]  # the open session goes on with the new key
    assert new_key != old_key
    with pytest.raises(sqlcipher3.DatabaseError, match="not a database"):
        open_connection(folder / "hearth.db", old_key)
    open_connection(folder / "hearth.db", new_key).close()
    assert not (folder / PENDING_KEYSLOTS_NAME).exists()
    with Vault.unlock(folder, "Amina", PASS) as vault:
        assert vault.data_key() == new_key
        assert aliases(vault) == [CANARY]
        assert vault.verify().ok
    assert Vault.users(folder) == ["Amina"]
    with pytest.raises(WrongPassphraseError):
        Vault.unlock(folder, "Bob", BOB)  # not in ``keep``: lost access
    with pytest.raises(WrongRecoveryCodeError):
        Vault.recover(folder, old_code)
    Vault.recover(folder, new_code).close()


def test_rekey_with_a_wrong_passphrase_changes_nothing(made: tuple[Path, str]) -> None:
    folder, code = made
    with Vault.unlock(folder, "Amina", PASS) as vault:
        vault.add_user("Bob", BOB)
        vault.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        before = snapshot(folder)
        old_key = vault.data_key()
        with pytest.raises(WrongPassphraseError):
            vault.rekey({"Amina": PASS, "Bob": "not bob's passphrase"})
        with pytest.raises(UnknownUserError):
            vault.rekey({"Carol": PASS})
        with pytest.raises(LastUserError):
            vault.rekey({})
        assert vault.data_key() == old_key
        assert snapshot(folder) == before
    Vault.unlock(folder, "Bob", BOB).close()
    Vault.recover(folder, code).close()


def test_a_rotation_cut_short_still_opens(made: tuple[Path, str]) -> None:
    """Crash after ``PRAGMA rekey`` but before the pending keyslot file was renamed."""
    folder, _code = made
    with Vault.unlock(folder, "Amina", PASS) as vault:
        old = Keyslots.load(folder / "keyslots.json")
        old_key = vault.data_key()
        new_key = bytes(reversed(old_key))
        pending = Keyslots(vault_id=old.vault_id, slots=()).with_user("Amina", PASS, new_key)
        pending.save(folder / PENDING_KEYSLOTS_NAME)
        vault.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        vault.connection.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
    assert slot_key(folder) == old_key  # keyslots.json still holds the old key
    with Vault.unlock(folder, "Amina", PASS) as vault:
        assert vault.data_key() == new_key
        assert aliases(vault) == [CANARY]
    assert not (folder / PENDING_KEYSLOTS_NAME).exists()
    assert slot_key(folder) == new_key  # promoted


def test_a_rotation_that_never_reached_the_database_is_forgotten(
    made: tuple[Path, str],
) -> None:
    folder, _code = made
    old_key = slot_key(folder)
    stale = Keyslots.new().with_user("Amina", PASS, bytes(32))
    stale.save(folder / PENDING_KEYSLOTS_NAME)
    with Vault.unlock(folder, "Amina", PASS) as vault:
        assert vault.data_key() == old_key
        assert aliases(vault) == [CANARY]
    assert not (folder / PENDING_KEYSLOTS_NAME).exists()
    assert slot_key(folder) == old_key


def test_a_rotation_survives_another_unlock_taking_its_pending_file_for_stale(
    made: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another Hearth (say, the window while ``hearth rekey`` runs) unlocks mid-rotation.

    Its unlock still opens with the old key, so it deletes the pending file as a stale
    one; the rotation then re-encrypts the database and must still leave keyslots that
    open it (before the fix it failed on the missing pending file: nobody could unlock).
    """
    folder, _code = made
    interfered: list[bool] = []

    def checkpoint_then_interfere(conn: Connection) -> None:
        checkpoint_truncate(conn)
        if (folder / PENDING_KEYSLOTS_NAME).exists() and not interfered:
            interfered.append(True)
            Vault.unlock(folder, "Amina", PASS).close()  # a second, independent unlock

    with Vault.unlock(folder, "Amina", PASS) as vault:
        monkeypatch.setattr(
            "desktop_app.vault.vault.checkpoint_truncate", checkpoint_then_interfere
        )
        new_code = vault.rekey({"Amina": PASS})
        new_key = vault.data_key()
        monkeypatch.undo()
    assert interfered == [True]
    assert slot_key(folder) == new_key
    with Vault.unlock(folder, "Amina", PASS) as vault:
        assert aliases(vault) == [CANARY]
    Vault.recover(folder, new_code).close()


# ---------------------------------------------------------------- migrations
def _fixture_vault(tmp_path: Path) -> Path:
    """The released v1 fixture database, given a keyslot file for its raw key."""
    folder = tmp_path / "old-vault"
    folder.mkdir()
    shutil.copy(FIXTURES / "vault-v1.db", folder / "hearth.db")
    key = bytes.fromhex((FIXTURES / "vault-v1.key").read_text("ascii").strip())
    Keyslots.new().with_user("Amina", PASS, key).save(folder / "keyslots.json")
    return folder


def _fixture_alias(vault: Vault) -> str | None:
    found = HouseholdRepository(vault.connection, vault.audit()).get_by_reference("HH-7F3K")
    return found.household.alias if found else None


def test_the_released_v1_fixture_migrates_through_the_facade(tmp_path: Path) -> None:
    folder = _fixture_vault(tmp_path)
    with Vault.unlock(folder, None, PASS) as vault:
        assert migrations.schema_version(vault.connection) == migrations.CURRENT_VERSION
        assert _fixture_alias(vault) == "Family near the library"
        assert vault.verify().ok
    # The upgrade took its backup first, of the v1 vault as it was.
    backups = list((folder / "backups").iterdir())
    assert [
        b.name.startswith(f"pre-migration-v1-to-v{migrations.CURRENT_VERSION}-") for b in backups
    ] == [True]
    assert backup_module.read_manifest(backups[0])["schema_version"] == 1
    # Nothing left to migrate: a second unlock takes no second backup.
    Vault.unlock(folder, None, PASS).close()
    assert len(list((folder / "backups").iterdir())) == 1


NEXT = migrations.CURRENT_VERSION + 1


def _add_next(conn: Connection) -> None:
    conn.execute("ALTER TABLE households ADD COLUMN pronoun_of_address TEXT NOT NULL DEFAULT ''")


def test_a_migration_takes_a_backup_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A simulated next schema step run on a current vault through ``Vault.unlock``.

    What this proves: the facade calls the backup hook before any existing vault is
    upgraded, the backup holds the *old* version and opens with the old passphrase, and
    a failing backup stops the upgrade. The next step itself is made up for the test.
    """
    folder = _fixture_vault(tmp_path)
    Vault.unlock(folder, "Amina", PASS).close()  # brought to the current version
    shutil.rmtree(folder / "backups")
    monkeypatch.setattr(migrations, "STEPS", (*migrations.STEPS, _add_next))
    with Vault.unlock(folder, "Amina", PASS) as vault:
        assert migrations.schema_version(vault.connection) == NEXT
        columns = {r[1] for r in vault.connection.execute("PRAGMA table_info(households)")}
        assert "pronoun_of_address" in columns
        assert _fixture_alias(vault) == "Family near the library"
    current = migrations.CURRENT_VERSION
    backups = list(
        (folder / "backups").glob(f"pre-migration-v{current}-to-v{NEXT}-*.hearth-backup")
    )
    assert len(backups) == 1
    assert backup_module.read_manifest(backups[0])["schema_version"] == current
    monkeypatch.undo()  # back to the real chain: the backup is a vault this code opens
    restored = backup_module.restore_backup(
        backups[0], tmp_path / "restored", lambda slots: slots.unlock("Amina", PASS)
    )
    with restored:
        assert migrations.schema_version(restored.connection) == current
        assert _fixture_alias(restored) == "Family near the library"
    # Unlocking again at the next version needs no second backup.
    monkeypatch.setattr(migrations, "STEPS", (*migrations.STEPS, _add_next))
    Vault.unlock(folder, "Amina", PASS).close()
    assert len(list((folder / "backups").iterdir())) == 1


def test_no_migration_without_its_backup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _fixture_vault(tmp_path)
    key = slot_key(folder)

    def disk_full(*_args: object, **_kwargs: object) -> Path:
        raise OSError("disk full")

    monkeypatch.setattr(migrations, "STEPS", (*migrations.STEPS, _add_next))
    monkeypatch.setattr(backup_module, "create_backup", disk_full)
    with pytest.raises(OSError, match="disk full"):
        Vault.unlock(folder, "Amina", PASS)
    conn = open_connection(folder / "hearth.db", key)
    try:
        assert migrations.schema_version(conn) == 1
        columns = {r[1] for r in conn.execute("PRAGMA table_info(households)")}
        assert "pronoun_of_address" not in columns
    finally:
        conn.close()
