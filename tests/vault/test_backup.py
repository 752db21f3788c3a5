"""Encrypted backups and restore: verified before anything is replaced, undone on failure."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import stat
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlcipher3

from desktop_app.vault.backup import BackupError, create_backup, restore_backup
from desktop_app.vault.connection import Connection
from desktop_app.vault.errors import DamagedVaultError, VaultError, WrongPassphraseError
from desktop_app.vault.keyslots import Keyslots
from desktop_app.vault.services import VaultServices
from desktop_app.vault.vault import Vault
from tests.helpers.snapshots import snapshot
from tests.helpers.vaults import add_family, consent_to_everything

PASS = "lantern orchard whistle seventeen"
CANARY = "Zebulon-Canary-7731 كناري"
PAGE = 4096
Finder = Callable[[Keyslots], tuple[str, bytes]]


def aliases(vault: Vault) -> list[str]:
    return [str(r[0]) for r in vault.connection.execute("SELECT alias FROM households ORDER BY id")]


def dump(conn: Connection) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table except the audit log (compared on its own)."""
    names = [
        str(r[0])
        for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        if r[0] != "audit_log"
    ]
    return {
        name: sorted(map(tuple, conn.execute(f'SELECT * FROM "{name}"')), key=repr)
        for name in names
    }


def audit_rows(conn: Connection) -> list[tuple[object, ...]]:
    return [tuple(r) for r in conn.execute("SELECT * FROM audit_log ORDER BY seq")]


def by_passphrase(user: str, passphrase: str) -> Finder:
    return lambda slots: slots.unlock(user, passphrase)


@pytest.fixture
def made(tmp_path: Path) -> tuple[Path, str]:
    folder = tmp_path / "vault"
    vault, code = Vault.create(folder, "Amina", PASS)
    services = VaultServices.from_vault(vault)
    consent_to_everything(services)
    add_family(services, alias=CANARY)
    for n in range(15):
        add_family(services, alias=f"Family {n} " + "a long note " * 40)
    vault.close()
    return folder, code


@pytest.fixture
def archive(made: tuple[Path, str], tmp_path: Path) -> Path:
    folder, _code = made
    with Vault.unlock(folder, "Amina", PASS) as vault:
        return create_backup(vault, tmp_path / "usb" / "b.hearth-backup")


def rewrite(archive: Path, db: bytes, *, fix_checksum: bool) -> None:
    """Replace the archive's database; optionally update the manifest's checksum too."""
    with zipfile.ZipFile(archive) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        keyslots = zf.read("keyslots.json")
    if fix_checksum:
        manifest["sha256"]["hearth.db"] = hashlib.sha256(db).hexdigest()
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("manifest.json", json.dumps(manifest))
        zf.writestr("hearth.db", db)
        zf.writestr("keyslots.json", keyslots)


def inner_db(archive: Path) -> bytes:
    with zipfile.ZipFile(archive) as zf:
        return zf.read("hearth.db")


def flipped(data: bytes, offset: int) -> bytes:
    changed = bytearray(data)
    changed[offset] ^= 0x01
    return bytes(changed)


# ---------------------------------------------------------------- round trips
def test_backup_restores_into_the_existing_vault(made: tuple[Path, str], tmp_path: Path) -> None:
    folder, _code = made
    with Vault.unlock(folder, "Amina", PASS) as vault:
        archive = create_backup(vault, tmp_path / "usb" / "b.hearth-backup")
        data_before = dump(vault.connection)
        audit_before = audit_rows(vault.connection)
        add_family(VaultServices.from_vault(vault), alias="After the backup")
    with zipfile.ZipFile(archive) as zf:
        assert sorted(zf.namelist()) == ["hearth.db", "keyslots.json", "manifest.json"]
    restored = restore_backup(archive, folder, by_passphrase("Amina", PASS))
    with restored:
        assert restored.actor == "Amina"
        assert dump(restored.connection) == data_before
        audit = audit_rows(restored.connection)
        assert audit[: len(audit_before)] == audit_before
        assert len(audit) == len(audit_before) + 1
        last = restored.connection.execute(
            "SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1"
        ).fetchone()[0]
        assert last == "restore"
        assert restored.verify().ok  # the chain, extended by the restore entry, verifies
        assert "After the backup" not in aliases(restored)
    assert sorted(p.name for p in folder.iterdir()) == ["hearth.db", "keyslots.json"]
    with Vault.unlock(folder, "Amina", PASS) as vault:
        assert dump(vault.connection) == data_before


def test_restore_into_an_empty_folder_with_the_recovery_code(
    made: tuple[Path, str], archive: Path, tmp_path: Path
) -> None:
    folder, code = made
    with Vault.unlock(folder, "Amina", PASS) as vault:
        expected = dump(vault.connection)
    target = tmp_path / "new-laptop"
    restored = restore_backup(archive, target, lambda s: ("recovery code", s.unlock_recovery(code)))
    with restored:
        assert dump(restored.connection) == expected
        assert restored.verify().ok
    assert sorted(p.name for p in target.iterdir()) == ["hearth.db", "keyslots.json"]
    with Vault.unlock(target, "Amina", PASS) as vault:  # the same passphrases open it
        assert CANARY in aliases(vault)


def test_the_backup_is_encrypted(archive: Path, tmp_path: Path) -> None:
    raw = archive.read_bytes()
    for text in (CANARY, "Zebulon", "كناري", "a long note"):
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            assert text.encode(encoding) not in raw, (text, encoding)
    copy = tmp_path / "inner.db"
    copy.write_bytes(inner_db(archive))
    assert not copy.read_bytes().startswith(b"SQLite format 3")
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(copy).execute("SELECT count(*) FROM sqlite_master").fetchone()
    no_key = sqlcipher3.connect(str(copy))
    with pytest.raises(sqlcipher3.DatabaseError):
        no_key.execute("SELECT count(*) FROM sqlite_master").fetchone()
    no_key.close()
    wrong_key = sqlcipher3.connect(str(copy))
    wrong_key.execute(f"PRAGMA key = \"x'{'00' * 32}'\"")
    with pytest.raises(sqlcipher3.DatabaseError):
        wrong_key.execute("SELECT count(*) FROM sqlite_master").fetchone()
    wrong_key.close()


# ---------------------------------------------------------------- failures change nothing
def _wrong_passphrase(archive: Path) -> None:
    pass


def _flip_stored_byte(archive: Path) -> None:
    # The zip's own CRC catches it before the manifest's SHA-256 is even read.
    with zipfile.ZipFile(archive) as zf:
        info = zf.getinfo("hearth.db")
    offset = info.header_offset + 30 + len(info.filename) + 5000
    archive.write_bytes(flipped(archive.read_bytes(), offset))


def _checksum_mismatch(archive: Path) -> None:
    # A well-formed zip (fresh CRC) whose database no longer matches the manifest.
    rewrite(archive, flipped(inner_db(archive), 5000), fix_checksum=False)


def _tampered_page_one(archive: Path) -> None:
    # Checksums made to match: only the database's own tamper seal can tell.
    rewrite(archive, flipped(inner_db(archive), 100), fix_checksum=True)


def _tampered_later_page(archive: Path) -> None:
    db = inner_db(archive)
    rewrite(archive, flipped(db, len(db) - 2 * PAGE + 300), fix_checksum=True)


def _not_a_zip(archive: Path) -> None:
    archive.write_bytes(b"this is not a backup")


def _no_manifest(archive: Path) -> None:
    db = inner_db(archive)
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("hearth.db", db)


def _missing(archive: Path) -> None:
    archive.unlink()


BAD: list[tuple[str, Callable[[Path], None], type[VaultError], str]] = [
    ("wrong passphrase", _wrong_passphrase, WrongPassphraseError, "do not open"),
    ("flipped stored byte", _flip_stored_byte, BackupError, "checksum"),
    ("checksum mismatch", _checksum_mismatch, BackupError, "checksum"),
    ("tampered page 1", _tampered_page_one, DamagedVaultError, "damaged"),
    ("tampered later page", _tampered_later_page, DamagedVaultError, "tamper check"),
    ("not a zip", _not_a_zip, BackupError, "not a Hearth backup"),
    ("no manifest", _no_manifest, BackupError, "not a Hearth backup"),
    ("missing file", _missing, BackupError, "There is no file"),
]


@pytest.mark.parametrize(("name", "damage", "error", "words"), BAD, ids=[b[0] for b in BAD])
def test_a_bad_restore_changes_nothing(
    made: tuple[Path, str],
    archive: Path,
    name: str,
    damage: Callable[[Path], None],
    error: type[VaultError],
    words: str,
) -> None:
    folder, _code = made
    damage(archive)
    before = snapshot(folder)
    passphrase = "not the passphrase" if name == "wrong passphrase" else PASS
    with pytest.raises(error) as caught:
        restore_backup(archive, folder, by_passphrase("Amina", passphrase))
    message = str(caught.value)
    assert words in message
    assert "Traceback" not in message
    assert "Family" not in message
    assert snapshot(folder) == before, "a refused restore must not touch the vault folder"
    Vault.unlock(folder, "Amina", PASS).close()


def test_a_bad_restore_into_a_new_folder_leaves_no_staging(archive: Path, tmp_path: Path) -> None:
    _checksum_mismatch(archive)
    target = tmp_path / "new-laptop"
    with pytest.raises(BackupError):
        restore_backup(archive, target, by_passphrase("Amina", PASS))
    assert list(target.iterdir()) == []
    assert not Vault.exists(target)


def test_a_failure_after_the_swap_puts_the_old_vault_back(
    made: tuple[Path, str], archive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, _code = made
    with Vault.unlock(folder, "Amina", PASS) as vault:
        add_family(VaultServices.from_vault(vault), alias="Only in the current vault")
    before = snapshot(folder)
    real_open = Vault.open_with_key.__func__  # type: ignore[attr-defined]
    calls = {"n": 0}

    def failing(cls: type[Vault], target: Path, key: bytes, actor: str) -> Vault:
        calls["n"] += 1
        if calls["n"] == 2:  # the first opens the staged copy, the second the swapped-in one
            raise DamagedVaultError("simulated failure after the swap")
        vault: Vault = real_open(cls, target, key, actor)
        return vault

    monkeypatch.setattr(Vault, "open_with_key", classmethod(failing))
    with pytest.raises(DamagedVaultError, match="simulated failure"):
        restore_backup(archive, folder, by_passphrase("Amina", PASS))
    assert calls["n"] == 2
    assert snapshot(folder) == before  # no .restore-*/.replaced-* left, the files as they were
    monkeypatch.undo()
    with Vault.unlock(folder, "Amina", PASS) as vault:
        assert "Only in the current vault" in aliases(vault)


def test_backups_and_restored_files_are_owner_only(
    made: tuple[Path, str], archive: Path, tmp_path: Path
) -> None:
    """The archive holds the keyslots (a passphrase could be guessed offline from them)."""
    assert stat.S_IMODE(archive.stat().st_mode) == 0o600
    target = tmp_path / "new-laptop"
    with restore_backup(archive, target, by_passphrase("Amina", PASS)) as restored:
        assert (target / "hearth.db-wal").exists()  # open: the WAL files exist too
        modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in target.iterdir()}
        assert restored.is_open
    assert modes == {
        "hearth.db": 0o600,
        "hearth.db-wal": 0o600,
        "hearth.db-shm": 0o600,
        "keyslots.json": 0o600,
    }
    assert stat.S_IMODE(target.stat().st_mode) == 0o700
