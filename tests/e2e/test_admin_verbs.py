"""The admin verbs end to end: real vaults, passphrases piped on stdin, exit codes."""

from __future__ import annotations

import hashlib
import io
import re
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.core.consent_notices import load_notice
from desktop_app.core.models import (
    ConsentDecision,
    ConsentEvent,
    ConsentMethod,
    ConsentPurpose,
    DecidedBy,
    Household,
    HouseholdAggregate,
)
from desktop_app.vault.errors import WrongPassphraseError, WrongRecoveryCodeError
from desktop_app.vault.services import VaultServices
from desktop_app.vault.vault import Vault

AMINA = "Amina's kettle sings at seven 47"
BOB = "Bob walks the long canal path 12"
CODE_RE = re.compile(r"^\s+((?:[0-9A-Z]{4} ){13}[0-9A-Z]{4})\s*$", re.M)


def run(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    *argv: str,
    stdin: str = "",
) -> tuple[int, str, str]:
    """Run ``hearth`` in-process with ``stdin`` piped (not a terminal)."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def snapshot(folder: Path) -> dict[str, str]:
    """Hash every file under ``folder`` (to prove a failure changed nothing)."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def init_vault(
    folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> str:
    """Run ``hearth init`` for Amina in ``folder``; return what it printed."""
    code, out, err = run(
        monkeypatch,
        capsys,
        "init",
        "--vault",
        str(folder),
        "--user",
        "Amina",
        stdin=f"{AMINA}\n{AMINA}\n",
    )
    assert code == 0, err
    return out


@pytest.fixture
def vault_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Path:
    folder = tmp_path / "vault"
    out = init_vault(folder, monkeypatch, capsys)
    assert CODE_RE.search(out), out
    return folder


def recovery_code(out: str) -> str:
    match = CODE_RE.search(out)
    assert match, out
    return match.group(1)


def add_household(folder: Path, alias: str) -> None:
    with Vault.unlock(folder, "Amina", AMINA) as vault:
        VaultServices.from_vault(vault).households.create(
            HouseholdAggregate(
                household=Household(reference="", alias=alias, preferred_language="ar"),
                consents=(
                    ConsentEvent(
                        ConsentPurpose.CASE_RECORD,
                        ConsentDecision.GIVEN,
                        load_notice(ConsentPurpose.CASE_RECORD, "ar").version_hash,
                        "ar",
                        ConsentMethod.SIGNED_ON_SCREEN,
                        DecidedBy.CAREGIVER,
                        "Amina",
                    ),
                ),
            )
        )


def aliases(folder: Path, user: str, passphrase: str) -> list[str]:
    with Vault.unlock(folder, user, passphrase) as vault:
        return [str(r[0]) for r in vault.connection.execute("SELECT alias FROM households")]


def test_init_creates_a_vault_and_prints_the_recovery_code_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "v"
    code, out, _ = run(
        monkeypatch,
        capsys,
        "init",
        "--vault",
        str(folder),
        "--user",
        "Amina",
        stdin=f"{AMINA}\n{AMINA}\n",
    )
    assert code == 0
    words = recovery_code(out)
    assert Vault.users(folder) == ["Amina"]
    with Vault.recover(folder, words) as vault:
        assert vault.verify().ok
    # The code is not stored anywhere in the vault folder.
    compact = words.replace(" ", "").encode()
    for path in folder.rglob("*"):
        if path.is_file():
            assert compact not in path.read_bytes()
            assert words.encode() not in path.read_bytes()


def test_init_refuses_an_existing_vault_and_changes_nothing(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(vault_dir)
    code, _out, err = run(
        monkeypatch,
        capsys,
        "init",
        "--vault",
        str(vault_dir),
        "--user",
        "Bob",
        stdin=f"{BOB}\n{BOB}\n",
    )
    assert code == 3
    assert "already a Hearth vault" in err
    assert snapshot(vault_dir) == before


@pytest.mark.parametrize(
    ("stdin", "expected"),
    [
        ("password1\npassword1\n", "common"),
        (f"{AMINA}\n{AMINA}x\n", "different"),
        (f"{AMINA}\n", "input ended"),
    ],
)
def test_init_refuses_weak_mismatched_or_missing_passphrases(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    stdin: str,
    expected: str,
) -> None:
    folder = tmp_path / "v"
    code, _out, err = run(
        monkeypatch, capsys, "init", "--vault", str(folder), "--user", "Amina", stdin=stdin
    )
    assert code == 9
    assert expected in err.lower()
    assert not Vault.exists(folder)


def test_verify_reports_a_sound_vault_and_a_tampered_page(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for n in range(40):
        add_household(vault_dir, f"Family {n} " + "x" * 300)
    code, out, _ = run(monkeypatch, capsys, "verify", "--vault", str(vault_dir), stdin=f"{AMINA}\n")
    assert code == 0
    assert "The vault is sound." in out
    db = vault_dir / "hearth.db"
    data = bytearray(db.read_bytes())
    assert len(data) > 8 * 4096
    data[5 * 4096 + 100] ^= 0x01  # one bit in a page well past the schema
    db.write_bytes(bytes(data))
    code, out, err = run(
        monkeypatch, capsys, "verify", "--vault", str(vault_dir), stdin=f"{AMINA}\n"
    )
    assert code in (6, 10), (out, err)
    assert "PROBLEM" in out or "damaged" in err


def test_wrong_passphrase_and_missing_vault_have_clear_exit_codes(
    vault_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _out, err = run(
        monkeypatch, capsys, "verify", "--vault", str(vault_dir), stdin="not it at all\n"
    )
    assert code == 4
    assert err.startswith("hearth: That name and passphrase do not open this vault.")
    code, _out, err = run(
        monkeypatch, capsys, "verify", "--vault", str(tmp_path / "none"), stdin=f"{AMINA}\n"
    )
    assert code == 3
    assert "There is no Hearth vault" in err


def test_user_add_list_remove(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(
        monkeypatch,
        capsys,
        "user",
        "add",
        "Bob",
        "--vault",
        str(vault_dir),
        stdin=f"{AMINA}\n{BOB}\n{BOB}\n",
    )
    assert code == 0
    code, out, _ = run(monkeypatch, capsys, "user", "list", "--vault", str(vault_dir))
    assert out.split() == ["Amina", "Bob"]
    add_household(vault_dir, "Shared family")
    assert aliases(vault_dir, "bob", BOB) == ["Shared family"]
    # With two users the verbs need --user.
    code, _out, err = run(
        monkeypatch, capsys, "verify", "--vault", str(vault_dir), stdin=f"{AMINA}\n"
    )
    assert code == 7
    assert "--user" in err
    code, _, _ = run(
        monkeypatch,
        capsys,
        "user",
        "remove",
        "Bob",
        "--vault",
        str(vault_dir),
        "--user",
        "Amina",
        stdin=f"{AMINA}\n",
    )
    assert code == 0
    with pytest.raises(WrongPassphraseError):
        Vault.unlock(vault_dir, "Bob", BOB)
    code, _out, err = run(
        monkeypatch,
        capsys,
        "user",
        "remove",
        "Amina",
        "--vault",
        str(vault_dir),
        stdin=f"{AMINA}\n",
    )
    assert code == 7
    assert "last user" in err
    assert Vault.users(vault_dir) == ["Amina"]


def test_passwd_rewraps_one_slot_and_leaves_the_others(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    run(
        monkeypatch,
        capsys,
        "user",
        "add",
        "Bob",
        "--vault",
        str(vault_dir),
        stdin=f"{AMINA}\n{BOB}\n{BOB}\n",
    )
    new = "A brand new phrase for Amina 2026"
    code, out, _ = run(
        monkeypatch,
        capsys,
        "passwd",
        "--vault",
        str(vault_dir),
        "--user",
        "Amina",
        stdin=f"{AMINA}\n{new}\n{new}\n",
    )
    assert code == 0
    assert "was changed" in out
    with pytest.raises(WrongPassphraseError):
        Vault.unlock(vault_dir, "Amina", AMINA)
    Vault.unlock(vault_dir, "Amina", new).close()
    Vault.unlock(vault_dir, "Bob", BOB).close()


def test_passwd_with_the_recovery_code_and_a_new_recovery_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "v"
    out = init_vault(folder, monkeypatch, capsys)
    old_code = recovery_code(out)
    forgotten_fix = "I forgot mine so here is another"
    code, out, _ = run(
        monkeypatch,
        capsys,
        "passwd",
        "--recovery-code",
        "--vault",
        str(folder),
        stdin=f"{old_code.lower()}\n{forgotten_fix}\n{forgotten_fix}\n",
    )
    assert code == 0
    Vault.unlock(folder, None, forgotten_fix).close()
    code, out, _ = run(
        monkeypatch,
        capsys,
        "passwd",
        "--new-recovery-code",
        "--vault",
        str(folder),
        stdin=f"{forgotten_fix}\n",
    )
    assert code == 0
    new_code = recovery_code(out)
    assert new_code != old_code
    with pytest.raises(WrongRecoveryCodeError):
        Vault.recover(folder, old_code)
    Vault.recover(folder, new_code).close()


def test_backup_then_restore_round_trip(
    vault_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    add_household(vault_dir, "Before the backup")
    out_dir = tmp_path / "usb"
    code, out, _ = run(
        monkeypatch,
        capsys,
        "backup",
        "--vault",
        str(vault_dir),
        "-o",
        str(out_dir),
        stdin=f"{AMINA}\n",
    )
    assert code == 0
    backups = list(out_dir.glob("*.hearth-backup"))
    assert len(backups) == 1
    assert str(backups[0]) in out
    add_household(vault_dir, "After the backup")
    code, out, _ = run(
        monkeypatch,
        capsys,
        "restore",
        str(backups[0]),
        "--vault",
        str(vault_dir),
        stdin=f"{AMINA}\n",
    )
    assert code == 0, out
    assert aliases(vault_dir, "Amina", AMINA) == ["Before the backup"]
    # A wrong passphrase leaves the vault exactly as it was.
    before = snapshot(vault_dir)
    code, _out, _err = run(
        monkeypatch,
        capsys,
        "restore",
        str(backups[0]),
        "--vault",
        str(vault_dir),
        stdin="wrong passphrase here\n",
    )
    assert code == 4
    assert snapshot(vault_dir) == before


def test_rekey_rotates_the_key_keeps_chosen_users_and_replaces_the_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "v"
    out = init_vault(folder, monkeypatch, capsys)
    old_code = recovery_code(out)
    run(
        monkeypatch,
        capsys,
        "user",
        "add",
        "Bob",
        "--vault",
        str(folder),
        stdin=f"{AMINA}\n{BOB}\n{BOB}\n",
    )
    add_household(folder, "Kept through the rotation")
    with Vault.unlock(folder, "Amina", AMINA) as vault:
        old_key = vault.data_key()
    code, out, _ = run(
        monkeypatch,
        capsys,
        "rekey",
        "--vault",
        str(folder),
        "--user",
        "Amina",
        stdin=f"{AMINA}\n{AMINA}\n\n",
    )
    assert code == 0
    new_code = recovery_code(out)
    assert "Bob can no longer unlock" in out
    assert Vault.users(folder) == ["Amina"]
    with Vault.unlock(folder, "Amina", AMINA) as vault:
        assert vault.data_key() != old_key
        assert vault.verify().ok
    assert aliases(folder, "Amina", AMINA) == ["Kept through the rotation"]
    with pytest.raises(WrongRecoveryCodeError):
        Vault.recover(folder, old_code)
    Vault.recover(folder, new_code).close()


def test_piped_passphrases_through_the_real_command(tmp_path: Path) -> None:
    """The installed entry point reads one passphrase per line from a pipe."""
    folder = tmp_path / "v"
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "init", "--vault", str(folder), "--user", "Amina"],
        input=f"{AMINA}\n{AMINA}\n",
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert recovery_code(result.stdout)
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--vault", str(folder), "verify"],
        input="wrong\n",
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 4
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("hearth: ")
