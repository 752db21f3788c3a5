"""Encrypted backups of a vault, and restoring one without risking the current vault.

A backup is one zip archive (stored, not compressed: the content is ciphertext):

* ``manifest.json`` — format, schema version, creation time, SHA-256 of the other members;
* ``hearth.db`` — a copy made with ``sqlcipher_export`` into a database keyed with the
  same raw data key (never an empty key: ``ATTACH … KEY ''`` writes plaintext);
* ``keyslots.json`` — the keyslot file as it was, so the same passphrases and recovery
  code open the backup.

Restore unpacks into a staging folder beside the vault, opens the copy with the person's
passphrase (or recovery code) *from the backup's own keyslots*, runs both integrity
checks and the audit-chain check, and only then swaps the files in. The replaced vault
is kept aside until the restored one has opened; if anything fails it is put back.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import secrets
import shutil
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import sqlcipher3

from desktop_app.i18n import _
from desktop_app.vault import migrations
from desktop_app.vault.connection import checkpoint_truncate
from desktop_app.vault.errors import DamagedVaultError, VaultError
from desktop_app.vault.keyslots import Keyslots, fsync_dir

if TYPE_CHECKING:
    from desktop_app.vault.vault import Vault

BACKUP_FORMAT: Final = "hearth-backup"
BACKUP_VERSION: Final = 1
MANIFEST: Final = "manifest.json"
MEMBERS: Final = ("hearth.db", "keyslots.json")
BACKUP_SUFFIX: Final = ".hearth-backup"


class BackupError(VaultError):
    """A backup file is unreadable, damaged or not a Hearth backup."""

    exit_code = 6

    def __init__(self, message: str | None = None) -> None:
        super().__init__(
            message or _("This file is not a Hearth backup, or it is damaged."),
            hint=_("Nothing was changed. Choose another backup file."),
        )


def default_backup_name(now: datetime | None = None) -> str:
    """Return a file name like ``hearth-20261122-0930.hearth-backup``."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S")
    return f"hearth-{stamp}{BACKUP_SUFFIX}"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def create_backup(vault: Vault, destination: Path) -> Path:
    """Write an encrypted backup of ``vault`` to ``destination``; return the path.

    The archive is assembled in a scratch folder beside the destination and renamed
    into place, so a crash never leaves a half-written file under the final name.
    """
    from desktop_app.vault.vault import keyslots_path

    destination = Path(destination)
    destination.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    scratch = destination.parent / f".hearth-backup-{secrets.token_hex(6)}"
    scratch.mkdir(mode=0o700)
    try:
        copy = scratch / "hearth.db"
        key_hex = vault.data_key().hex()
        conn = vault.connection
        checkpoint_truncate(conn)
        # The copy is keyed with the same raw key: it is as encrypted as the vault.
        conn.execute(f"ATTACH DATABASE ? AS backup KEY \"x'{key_hex}'\"", (str(copy),))
        try:
            conn.execute("SELECT sqlcipher_export('backup')")
            version = migrations.schema_version(conn)
            conn.execute(f"PRAGMA backup.user_version = {int(version)}")
        finally:
            conn.execute("DETACH DATABASE backup")
        shutil.copyfile(keyslots_path(vault.folder), scratch / "keyslots.json")
        manifest = {
            "format": BACKUP_FORMAT,
            "format_version": BACKUP_VERSION,
            "schema_version": version,
            "created": datetime.now(UTC).isoformat(timespec="seconds"),
            "sha256": {name: _sha256(scratch / name) for name in MEMBERS},
        }
        archive = scratch / "archive.zip"
        archive.touch(mode=0o600)  # owner-only: it holds the keyslots, like the vault
        with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_STORED) as zf:
            zf.writestr(MANIFEST, json.dumps(manifest, indent=2))
            for name in MEMBERS:
                zf.write(scratch / name, name)
        with archive.open("rb") as handle:
            os.fsync(handle.fileno())
        os.replace(archive, destination)
        fsync_dir(destination.parent)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return destination


def read_manifest(archive: Path) -> dict[str, Any]:
    """Return a backup's manifest after checking it is a Hearth backup."""
    try:
        with zipfile.ZipFile(archive) as zf:
            manifest = json.loads(zf.read(MANIFEST).decode("utf-8"))
            names = set(zf.namelist())
    except FileNotFoundError as error:
        raise BackupError(_("There is no file at {path}.").format(path=archive)) from error
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise BackupError() from error
    if (
        not isinstance(manifest, dict)
        or manifest.get("format") != BACKUP_FORMAT
        or not set(MEMBERS) <= names
        or not isinstance(manifest.get("sha256"), dict)
    ):
        raise BackupError()
    if manifest.get("format_version") != BACKUP_VERSION:
        raise BackupError(_("This backup was made by a newer Hearth."))
    return manifest


def _unpack(archive: Path, staging: Path) -> None:
    manifest = read_manifest(archive)
    try:
        with zipfile.ZipFile(archive) as zf:
            for name in MEMBERS:
                # Owner-only from the start: these become the vault's own files.
                fd = os.open(staging / name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                with os.fdopen(fd, "wb") as target, zf.open(name) as source:
                    shutil.copyfileobj(source, target, 1 << 20)
    except (zipfile.BadZipFile, KeyError) as error:  # e.g. a CRC mismatch: damaged in transit
        raise BackupError(
            _("The backup file is damaged (a part does not match its checksum).")
        ) from error
    for name in MEMBERS:
        if _sha256(staging / name) != manifest["sha256"].get(name):
            raise BackupError(_("The backup file is damaged (a part does not match its checksum)."))


KeyFinder = Callable[[Keyslots], tuple[str, bytes]]


def restore_backup(archive: Path, folder: Path, finder: KeyFinder) -> Vault:
    """Replace the vault in ``folder`` with the backup in ``archive``; return it unlocked.

    Args:
        archive: the backup file.
        folder: the vault folder (it may be empty or hold a vault to be replaced).
        finder: unwraps the data key from the *backup's* keyslots, e.g.
            ``lambda slots: slots.unlock(user, passphrase)``.

    Raises:
        BackupError: the archive is not a readable Hearth backup.
        WrongPassphraseError / WrongRecoveryCodeError: the secret does not open it.
        DamagedVaultError: the copy inside fails an integrity check.
    """
    from desktop_app.vault.vault import DB_NAME, KEYSLOTS_NAME, Vault

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    staging = folder / f".restore-{secrets.token_hex(6)}"
    staging.mkdir(mode=0o700)
    aside = folder / f".replaced-{secrets.token_hex(6)}"
    moved: list[str] = []
    try:
        _unpack(Path(archive), staging)
        # Check the copy fully before anything in the vault folder is touched.
        slots = Keyslots.load(staging / KEYSLOTS_NAME)
        actor, key = finder(slots)
        with contextlib.closing(Vault.open_with_key(staging, key, actor)) as copy:
            report = copy.verify()
        if not report.ok:
            raise DamagedVaultError(
                _("The backup's database failed its checks: {problems}").format(
                    problems=" ".join(report.problems)
                )
            )
        aside.mkdir(mode=0o700)
        try:
            for name in (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", KEYSLOTS_NAME):
                if (folder / name).exists():
                    os.replace(folder / name, aside / name)
                    moved.append(name)
            for name in (DB_NAME, KEYSLOTS_NAME):
                os.replace(staging / name, folder / name)
            fsync_dir(folder)
            vault = Vault.open_with_key(folder, key, actor)
        except BaseException:
            # Put the replaced vault back exactly as it was.
            for name in (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", KEYSLOTS_NAME):
                if name not in moved or (aside / name).exists():
                    (folder / name).unlink(missing_ok=True)
            for name in moved:
                os.replace(aside / name, folder / name)
            moved.clear()
            fsync_dir(folder)
            raise
        vault.audit().append("restore", "vault")
        moved.clear()  # the restore succeeded: the replaced vault can go
        return vault
    except sqlcipher3.DatabaseError as error:
        raise DamagedVaultError(_("The backup's database is damaged.")) from error
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        if not moved:
            shutil.rmtree(aside, ignore_errors=True)
