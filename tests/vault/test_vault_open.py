"""Opening a vault: every way it can fail gives a clear error and changes nothing."""

from __future__ import annotations

import json
import shutil
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.vault.errors import (
    ChooseUserError,
    DamagedVaultError,
    NotAVaultFileError,
    NoVaultError,
    VaultError,
    VaultExistsError,
    WrongPassphraseError,
)
from desktop_app.vault.services import VaultServices
from desktop_app.vault.vault import Vault
from tests.helpers.snapshots import snapshot
from tests.helpers.vaults import add_family, consent_to_everything

PASS = "lantern orchard whistle seventeen"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "vault"
    vault, _code = Vault.create(path, "Amina", PASS)
    services = VaultServices.from_vault(vault)
    consent_to_everything(services)
    for n in range(60):
        add_family(services, alias=f"Family {n} " + "long note " * 30)
    vault.close()
    return path


def flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


def truncate(path: Path, size: int) -> None:
    path.write_bytes(path.read_bytes()[:size])


def plain_sqlite(path: Path) -> None:
    path.unlink()
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE households (id INTEGER PRIMARY KEY, alias TEXT)")


def edit_wrapped_key(folder: Path) -> None:
    path = folder / "keyslots.json"
    text = path.read_text()
    start = text.index('"wrapped_key": "') + len('"wrapped_key": "')
    replacement = "B" if text[start] != "B" else "C"
    path.write_text(text[:start] + replacement + text[start + 1 :])


def weaken_kdf(folder: Path) -> None:
    path = folder / "keyslots.json"
    document = json.loads(path.read_text("utf-8"))
    document["slots"][0]["kdf"]["memory_kib"] = 1024
    path.write_text(json.dumps(document), "utf-8")


def swap_in_another_vault(folder: Path) -> None:
    other = folder.parent / "other"
    vault, _code = Vault.create(other, "Amina", PASS)
    vault.close()
    shutil.copy(other / "hearth.db", folder / "hearth.db")
    shutil.rmtree(other)


def empty_the_folder(folder: Path) -> None:
    for path in folder.iterdir():
        path.unlink()


def keep_whole_pages(folder: Path) -> None:
    db = folder / "hearth.db"
    truncate(db, db.stat().st_size - 3 * 4096)  # no odd size to give it away


Case = tuple[str, Callable[[Path], object], str, str, type[VaultError], str]
NOTHING: Callable[[Path], object] = lambda f: None  # noqa: E731
CASES: list[Case] = [
    # name, damage, user, passphrase, error, words in the message
    (
        "wrong passphrase",
        NOTHING,
        "Amina",
        "not the passphrase",
        WrongPassphraseError,
        "do not open",
    ),
    ("unknown user", NOTHING, "Nobody", PASS, WrongPassphraseError, "do not open"),
    ("tampered keyslot", edit_wrapped_key, "Amina", PASS, WrongPassphraseError, "do not open"),
    (
        "keyslot not json",
        lambda f: (f / "keyslots.json").write_text("{oops"),
        "Amina",
        PASS,
        DamagedVaultError,
        "keyslots.json",
    ),
    ("keyslot below floor", weaken_kdf, "Amina", PASS, DamagedVaultError, "minimum strength"),
    (
        "keyslot missing",
        lambda f: (f / "keyslots.json").unlink(),
        "Amina",
        PASS,
        DamagedVaultError,
        "missing",
    ),
    (
        "database missing",
        lambda f: (f / "hearth.db").unlink(),
        "Amina",
        PASS,
        DamagedVaultError,
        "missing",
    ),
    (
        "page 1 tampered",
        lambda f: flip(f / "hearth.db", 100),
        "Amina",
        PASS,
        DamagedVaultError,
        "damaged",
    ),
    (
        "salt tampered",
        lambda f: flip(f / "hearth.db", 3),
        "Amina",
        PASS,
        DamagedVaultError,
        "damaged",
    ),
    ("another vault's db", swap_in_another_vault, "Amina", PASS, DamagedVaultError, "belong"),
    (
        "truncated",
        lambda f: truncate(f / "hearth.db", 4096 * 3 + 17),
        "Amina",
        PASS,
        DamagedVaultError,
        "cut short",
    ),
    ("truncated at a page", keep_whole_pages, "Amina", PASS, DamagedVaultError, "damaged"),
    (
        "emptied",
        lambda f: truncate(f / "hearth.db", 0),
        "Amina",
        PASS,
        DamagedVaultError,
        "cut short",
    ),
    (
        "plain SQLite",
        lambda f: plain_sqlite(f / "hearth.db"),
        "Amina",
        PASS,
        NotAVaultFileError,
        "not a Hearth",
    ),
    ("empty folder", empty_the_folder, "Amina", PASS, NoVaultError, "no Hearth vault"),
]


@pytest.mark.parametrize(
    ("name", "damage", "user", "passphrase", "error", "words"), CASES, ids=[c[0] for c in CASES]
)
def test_each_failure_is_clear_and_changes_nothing(
    folder: Path,
    name: str,
    damage: Callable[[Path], object],
    user: str,
    passphrase: str,
    error: type[VaultError],
    words: str,
) -> None:
    damage(folder)
    before = snapshot(folder)
    with pytest.raises(error) as caught:
        Vault.unlock(folder, user, passphrase)
    message = str(caught.value)
    assert type(caught.value) is error, name
    assert words in message
    assert "Family" not in message
    assert "Traceback" not in message
    assert "hearth.db-wal" not in message
    assert snapshot(folder) == before, "a failed unlock must not touch, add or remove a file"


def test_recovery_on_a_damaged_vault_changes_nothing(folder: Path) -> None:
    with Vault.unlock(folder, "Amina", PASS) as vault:
        code = vault.new_recovery_code()
    flip(folder / "hearth.db", 100)
    before = snapshot(folder)
    with pytest.raises(DamagedVaultError):
        Vault.recover(folder, code)
    assert snapshot(folder) == before


def test_unknown_user_reads_exactly_like_a_wrong_passphrase(folder: Path) -> None:
    with pytest.raises(WrongPassphraseError) as unknown:
        Vault.unlock(folder, "Nobody", PASS)
    with pytest.raises(WrongPassphraseError) as wrong:
        Vault.unlock(folder, "Amina", "not it")
    assert str(unknown.value) == str(wrong.value)


def test_a_tampered_later_page_is_caught_by_verify(folder: Path) -> None:
    """Decision: unlock checks page 1 (and the schema), ``verify`` checks every page.

    Checking every page's HMAC at each unlock costs about 3 ms per MB here (40 ms at 1k
    households, 0.22 s at 10k, about 2 s at the 100k the budget is set for), on every
    unlock after an auto-lock. SQLCipher checks each page's HMAC whenever it reads it, so
    a tampered page is never *used*; ``hearth verify`` finds it without waiting for that.
    """
    db = folder / "hearth.db"
    pages = db.stat().st_size // 4096
    assert pages > 10
    flip(db, (pages - 2) * 4096 + 300)
    before = snapshot(folder)
    with Vault.unlock(folder, "Amina", PASS) as vault:
        report = vault.verify()
        assert not report.ok
        assert "1 page of the database failed its tamper check." in report.problems
        assert "Every page of the database passed its tamper check." not in report.checked
    assert snapshot(folder) == before  # neither unlock nor verify repairs or rewrites


def test_empty_folder_and_existing_vault(tmp_path: Path, folder: Path) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(NoVaultError):
        Vault.unlock(tmp_path / "empty", None, PASS)
    assert not Vault.exists(tmp_path / "empty")
    before = snapshot(folder)
    with pytest.raises(VaultExistsError):
        Vault.create(folder, "Bob", PASS)
    assert snapshot(folder) == before


def test_users_and_choosing_who_you_are(folder: Path) -> None:
    assert Vault.users(folder) == ["Amina"]
    with Vault.unlock(folder, None, PASS) as vault:
        assert vault.actor == "Amina"
        vault.add_user("Bob", "bob walks the long canal path")
    with pytest.raises(ChooseUserError):
        Vault.unlock(folder, None, PASS)
    with Vault.unlock(folder, "BOB", "bob walks the long canal path") as vault:
        assert vault.actor == "Bob"


def test_every_connection_has_the_safety_pragmas(folder: Path) -> None:
    with Vault.unlock(folder, "Amina", PASS) as vault:
        conn = vault.connection
        values = {
            name: conn.execute(f"PRAGMA {name}").fetchone()[0]
            for name in (
                "journal_mode",
                "synchronous",
                "temp_store",
                "secure_delete",
                "foreign_keys",
            )
        }
    assert values == {
        "journal_mode": "wal",
        "synchronous": 2,
        "temp_store": 2,
        "secure_delete": 1,
        "foreign_keys": 1,
    }


def test_the_database_file_is_encrypted(folder: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.db"
    shutil.copy(folder / "hearth.db", copy)
    assert not copy.read_bytes().startswith(b"SQLite format 3")
    assert b"Family 1" not in copy.read_bytes()
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(copy).execute("SELECT count(*) FROM sqlite_master").fetchone()


def test_a_new_vault_is_owner_only(tmp_path: Path) -> None:
    folder = tmp_path / "fresh"
    with Vault.create(folder, "Amina", PASS)[0]:
        modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in folder.iterdir()}
    assert modes == {
        "hearth.db": 0o600,
        "hearth.db-wal": 0o600,
        "hearth.db-shm": 0o600,
        "keyslots.json": 0o600,
    }
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
