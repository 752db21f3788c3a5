"""Backups, checks and staff changes from the Settings page, each on a connection of its own.

The GUI runs these on a pool thread while the window keeps working with the session's
connection, so each opens the vault again with the data key in hand (SQLite connections
are not shared across threads here) and closes it when done. In WAL mode the second
connection reads a consistent snapshot while the first one carries on.

After writing a backup, :func:`back_up_and_check` opens the copy the way a restore
would — checksums, the key, both integrity checks and the audit chain — in a scratch
folder beside it, so "Backup written" is only said of a backup that opens.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import secrets
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3

from desktop_app.i18n import _
from desktop_app.vault.backup import MANIFEST, MEMBERS, BackupError, create_backup, read_manifest
from desktop_app.vault.errors import DamagedVaultError, UserExistsError, WrongPassphraseError
from desktop_app.vault.keyslots import same_user
from desktop_app.vault.vault import Vault, VerifyReport

_BUSY_TIMEOUT_MS = 10_000


@dataclass(frozen=True, slots=True)
class BackupResult:
    """Where the backup went and what checking it found."""

    path: Path
    report: VerifyReport


def _open_own(folder: Path, key: bytes, actor: str) -> Vault:
    vault = Vault.open_with_key(folder, key, actor)
    # This connection may meet the session's write lock: wait for it a little.
    vault.connection.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS}")
    return vault


def verify_vault(folder: Path, key: bytes, actor: str) -> VerifyReport:
    """Run ``Vault.verify`` on a connection of its own (safe on a pool thread)."""
    with _open_own(folder, key, actor) as vault:
        return vault.verify()


def check_backup(archive: Path, key: bytes, actor: str) -> VerifyReport:
    """Open a backup as a restore would and run every check; change nothing.

    Raises:
        BackupError: not a Hearth backup, or a part does not match its checksum.
        DamagedVaultError: the copy inside does not open with ``key``.
    """
    archive = Path(archive)
    manifest = read_manifest(archive)
    scratch = archive.parent / f".hearth-check-{secrets.token_hex(6)}"
    scratch.mkdir(mode=0o700)
    try:
        with zipfile.ZipFile(archive) as zf:
            for name in MEMBERS:
                fd = os.open(scratch / name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                digest = hashlib.sha256()
                with os.fdopen(fd, "wb") as target, zf.open(name) as source:
                    for chunk in iter(lambda: source.read(1 << 20), b""):
                        digest.update(chunk)
                        target.write(chunk)
                if digest.hexdigest() != manifest["sha256"].get(name):
                    raise BackupError(
                        _("The backup file is damaged (a part does not match its checksum).")
                    )
            json.loads(zf.read(MANIFEST).decode("utf-8"))
        try:
            with contextlib.closing(Vault.open_with_key(scratch, key, actor)) as copy:
                return copy.verify()
        except sqlcipher3.DatabaseError as error:
            raise DamagedVaultError(_("The backup's database is damaged.")) from error
    except (zipfile.BadZipFile, KeyError) as error:
        raise BackupError(
            _("The backup file is damaged (a part does not match its checksum).")
        ) from error
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def back_up_and_check(folder: Path, key: bytes, actor: str, destination: Path) -> BackupResult:
    """Write an encrypted backup of the vault in ``folder`` to ``destination``, then check it.

    A backup that fails its check is left in place (it may still help an expert) and
    the report says what is wrong.
    """
    with _open_own(folder, key, actor) as vault:
        path = create_backup(vault, destination)
        vault.audit().append("backup", "vault")
    return BackupResult(path, check_backup(path, key, actor))


# ---------------------------------------------------------------- staff (keyslots)
# Each asks for the signed-in person's passphrase again: an unlocked laptop left
# unattended must not let a passer-by add themselves, or take a new recovery code.


def _confirmed(vault: Vault, passphrase: str) -> None:
    if not passphrase or not vault.confirm_passphrase(passphrase):
        raise WrongPassphraseError()


def add_user_confirmed(
    folder: Path, key: bytes, actor: str, own_passphrase: str, user: str, passphrase: str
) -> str:
    """Add ``user`` once ``own_passphrase`` proved who is at the keyboard; return the name.

    Raises:
        WrongPassphraseError: ``own_passphrase`` is not the signed-in user's (nothing
            changes). UserExistsError: ``user`` already has a slot.
    """
    with _open_own(folder, key, actor) as vault:
        _confirmed(vault, own_passphrase)
        if any(same_user(user, other) for other in vault.list_users()):
            raise UserExistsError(user)
        return vault.add_user(user, passphrase)


def change_own_passphrase(
    folder: Path, key: bytes, actor: str, current: str, new_passphrase: str
) -> None:
    """Re-wrap the signed-in user's slot under ``new_passphrase`` after checking ``current``.

    Raises:
        WrongPassphraseError: ``current`` is wrong; the keyslot file is not touched.
    """
    with _open_own(folder, key, actor) as vault:
        _confirmed(vault, current)
        vault.set_passphrase(actor, new_passphrase)


def new_recovery_code_confirmed(folder: Path, key: bytes, actor: str, own_passphrase: str) -> str:
    """Replace the recovery code once ``own_passphrase`` is confirmed; return the new code.

    Raises:
        WrongPassphraseError: the passphrase is wrong; the old code keeps working.
    """
    with _open_own(folder, key, actor) as vault:
        _confirmed(vault, own_passphrase)
        return vault.new_recovery_code()
