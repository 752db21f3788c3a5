"""The vault facade: create, unlock, recover, verify and administer one vault folder.

A vault folder holds ``hearth.db`` (SQLCipher 4, keyed with the raw 32-byte data key),
``keyslots.json`` (the data key wrapped per user and for the recovery code) and
``backups/`` (automatic pre-migration backups). Everything here raises
:class:`~desktop_app.vault.errors.VaultError` subclasses for known failures: a wrong
passphrase, a file that is not a vault, a damaged or missing part. Nothing is ever
changed on the way to such an error.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Final

import sqlcipher3

from desktop_app.i18n import _, ngettext
from desktop_app.vault.connection import (
    KEY_BYTES,
    Connection,
    checkpoint_truncate,
    open_connection,
)
from desktop_app.vault.errors import (
    DamagedVaultError,
    LastUserError,
    NotAVaultFileError,
    NoVaultError,
    UnknownUserError,
    UserExistsError,
    VaultBusyError,
    VaultExistsError,
    WrongPassphraseError,
)
from desktop_app.vault.keyslots import KdfParams, Keyslots, fsync_dir

if TYPE_CHECKING:
    from desktop_app.vault.audit import AuditLog

# The schema, migrations and audit modules import the whole data model; the unlock
# screen only needs exists()/users() at start, so they are imported where used.

DB_NAME: Final = "hearth.db"
KEYSLOTS_NAME: Final = "keyslots.json"
PENDING_KEYSLOTS_NAME: Final = "keyslots.next.json"
BACKUPS_DIR: Final = "backups"
PAGE_SIZE: Final = 4096
SQLITE_MAGIC: Final = b"SQLite format 3\x00"
RECOVERY_ACTOR: Final = "recovery code"

KeyFinder = Callable[[Keyslots], tuple[str, bytes]]
"""Unwraps the data key from a keyslot set: returns ``(actor, data key)``."""


@dataclass(frozen=True, slots=True)
class VerifyReport:
    """What ``hearth verify`` found, as plain sentences."""

    problems: list[str] = field(default_factory=list)
    checked: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Whether every check passed."""
        return not self.problems


def db_path(folder: Path) -> Path:
    """Return the database file of the vault in ``folder``."""
    return Path(folder) / DB_NAME


def keyslots_path(folder: Path) -> Path:
    """Return the keyslot file of the vault in ``folder``."""
    return Path(folder) / KEYSLOTS_NAME


def _check_database_file(path: Path) -> None:
    """Refuse files that cannot be a Hearth vault before giving them to SQLCipher."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    except FileNotFoundError as error:
        raise DamagedVaultError(_("The vault's database file (hearth.db) is missing.")) from error
    if head == SQLITE_MAGIC:
        raise NotAVaultFileError()  # a plain, unencrypted SQLite database
    if size == 0 or size % PAGE_SIZE:
        raise DamagedVaultError(
            _("The vault's database file is cut short (it was not copied or saved whole).")
        )


def _connect(folder: Path, key: bytes) -> Connection:
    path = db_path(folder)
    _check_database_file(path)
    try:
        return open_connection(path, key)
    except sqlcipher3.OperationalError as error:
        if "locked" in str(error) or "busy" in str(error):
            raise VaultBusyError() from error
        raise DamagedVaultError(
            _("The vault's database is damaged or does not belong to its key file.")
        ) from error
    except sqlcipher3.DatabaseError as error:
        # The key came out of an authenticated keyslot, so a refusal here means the
        # database itself was changed, damaged or swapped.
        raise DamagedVaultError(
            _("The vault's database is damaged or does not belong to its key file.")
        ) from error


class Vault:
    """An unlocked vault: its connection, who unlocked it, and the admin operations."""

    def __init__(self, folder: Path, key: bytes, actor: str, connection: Connection) -> None:
        self.folder = Path(folder)
        self._key: bytes | None = key
        self.actor = actor
        self._connection: Connection | None = connection

    # ------------------------------------------------------------ discovery
    @staticmethod
    def exists(folder: Path) -> bool:
        """Return whether ``folder`` holds a vault (or the remains of one)."""
        folder = Path(folder)
        return keyslots_path(folder).exists() or db_path(folder).exists()

    @staticmethod
    def users(folder: Path) -> list[str]:
        """Return the names of the people who can unlock the vault in ``folder``."""
        return Vault._load_keyslots(Path(folder)).users()

    @staticmethod
    def _load_keyslots(folder: Path) -> Keyslots:
        if not keyslots_path(folder).exists():
            if db_path(folder).exists():
                raise DamagedVaultError(_("The vault's key file (keyslots.json) is missing."))
            raise NoVaultError(str(folder))
        return Keyslots.load(keyslots_path(folder))

    # ------------------------------------------------------------ opening
    @classmethod
    def create(
        cls, folder: Path, user: str, passphrase: str, *, kdf: KdfParams | None = None
    ) -> tuple[Vault, str]:
        """Create a new vault for ``user``; return it and the recovery code (show once).

        Raises:
            VaultExistsError: the folder already holds a vault.
        """
        from desktop_app.vault import migrations
        from desktop_app.vault.audit import AuditLog

        folder = Path(folder)
        if cls.exists(folder):
            raise VaultExistsError(str(folder))
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        data_key = secrets.token_bytes(KEY_BYTES)
        keyslots = Keyslots.new().with_user(user, passphrase, data_key, kdf)
        keyslots, code = keyslots.with_new_recovery(data_key)
        label = keyslots.users()[0]
        database = db_path(folder)
        # Owner-only, like keyslots.json; SQLite gives the -wal and -shm files this mode too.
        os.close(os.open(database, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        try:
            connection = open_connection(database, data_key)
        except BaseException:
            database.unlink(missing_ok=True)
            raise
        try:
            migrations.migrate(connection)
            AuditLog(connection, label).append("create", "vault")
            checkpoint_truncate(connection)
            keyslots.save(keyslots_path(folder))
        except BaseException:
            connection.close()
            for name in (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm"):
                (folder / name).unlink(missing_ok=True)
            raise
        return cls(folder, data_key, label, connection), code

    @classmethod
    def unlock(cls, folder: Path, user: str | None, passphrase: str) -> Vault:
        """Open the vault with a user's passphrase (``user`` may be None for one user).

        Raises:
            WrongPassphraseError: unknown user or wrong passphrase (same time, same words).
            ChooseUserError, NoVaultError, DamagedVaultError, NotAVaultFileError.
        """
        return cls._open(Path(folder), lambda slots: slots.unlock(user, passphrase))

    @classmethod
    def recover(cls, folder: Path, code: str) -> Vault:
        """Open the vault with its recovery code (then set a new passphrase)."""

        def finder(slots: Keyslots) -> tuple[str, bytes]:
            return RECOVERY_ACTOR, slots.unlock_recovery(code)

        return cls._open(Path(folder), finder)

    @classmethod
    def open_with_key(cls, folder: Path, key: bytes, actor: str) -> Vault:
        """Open with a data key already in hand (tests, benchmarks, restore checks)."""
        folder = Path(folder)
        return cls._finish_open(folder, key, actor)

    @classmethod
    def _open(cls, folder: Path, finder: KeyFinder) -> Vault:
        slots = cls._load_keyslots(folder)
        _check_database_file(db_path(folder))
        actor, key = finder(slots)
        pending = folder / PENDING_KEYSLOTS_NAME
        try:
            vault = cls._finish_open(folder, key, actor)
        except DamagedVaultError:
            if not pending.exists():
                raise
            # A key rotation was cut short after the database took the new key.
            next_slots = Keyslots.load(pending)
            actor, key = finder(next_slots)
            vault = cls._finish_open(folder, key, actor)
            os.replace(pending, keyslots_path(folder))
            fsync_dir(folder)
            return vault
        # The database still has the old key: an unfinished rotation never happened.
        pending.unlink(missing_ok=True)
        return vault

    @classmethod
    def _finish_open(cls, folder: Path, key: bytes, actor: str) -> Vault:
        from desktop_app.vault import migrations

        connection = _connect(folder, key)
        vault = cls(folder, key, actor, connection)
        try:
            migrations.migrate(connection, before_migrate=vault._backup_before_migration)
        except BaseException:
            vault.close()
            raise
        return vault

    def _backup_before_migration(self, from_version: int, to_version: int) -> None:
        from desktop_app.vault.backup import create_backup

        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        name = f"pre-migration-v{from_version}-to-v{to_version}-{stamp}.hearth-backup"
        create_backup(self, self.folder / BACKUPS_DIR / name)

    # ------------------------------------------------------------ session
    @property
    def connection(self) -> Connection:
        """The open SQLCipher connection (raises after :meth:`close`)."""
        if self._connection is None:
            raise RuntimeError("the vault is locked")
        return self._connection

    @property
    def is_open(self) -> bool:
        """Whether the vault is still unlocked."""
        return self._connection is not None

    def audit(self) -> AuditLog:
        """Return the audit log writer for the person who unlocked the vault."""
        from desktop_app.vault.audit import AuditLog

        return AuditLog(self.connection, self.actor)

    def data_key(self) -> bytes:
        """Return the raw data key (backup and key rotation need it; never log it)."""
        if self._key is None:
            raise RuntimeError("the vault is locked")
        return self._key

    def close(self) -> None:
        """Checkpoint, close the connection and drop the key."""
        connection, self._connection = self._connection, None
        self._key = None
        if connection is not None:
            with contextlib.suppress(sqlcipher3.Error):
                checkpoint_truncate(connection)
            connection.close()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------ users
    def _slots(self) -> Keyslots:
        return Keyslots.load(keyslots_path(self.folder))

    def _save_slots(self, slots: Keyslots) -> None:
        slots.save(keyslots_path(self.folder))

    def list_users(self) -> list[str]:
        """Return the users who have a passphrase slot."""
        return self._slots().users()

    def add_user(self, user: str, passphrase: str, *, kdf: KdfParams | None = None) -> str:
        """Give ``user`` a slot; return the name as stored.

        Raises:
            UserExistsError: the user already has a slot.
        """
        slots = self._slots()
        if not user.strip():
            raise ValueError("empty user name")
        if slots.find_user(user) is not None:
            raise UserExistsError(user)
        slots = slots.with_user(user, passphrase, self.data_key(), kdf)
        self._save_slots(slots)
        self.audit().append("add_user", "keyslot")
        return slots.users()[-1]

    def remove_user(self, user: str) -> None:
        """Remove ``user``'s slot (never the last one).

        Raises:
            UnknownUserError, LastUserError.
        """
        slots = self._slots()
        if slots.find_user(user) is None:
            raise UnknownUserError(user)
        if len(slots.users()) == 1:
            raise LastUserError()
        self._save_slots(slots.without_user(user))
        self.audit().append("remove_user", "keyslot")

    def set_passphrase(self, user: str, passphrase: str, *, kdf: KdfParams | None = None) -> None:
        """Re-wrap ``user``'s slot under a new passphrase (other slots are untouched).

        After recovery this is how a forgotten passphrase is replaced.

        Raises:
            UnknownUserError: the user has no slot.
        """
        slots = self._slots()
        existing = slots.find_user(user)
        if existing is None:
            raise UnknownUserError(user)
        self._save_slots(slots.with_user(user, passphrase, self.data_key(), kdf or existing.kdf))
        self.audit().append("change_passphrase", "keyslot")
        if self.actor == RECOVERY_ACTOR:
            self.actor = existing.label

    reset_passphrase = set_passphrase

    def new_recovery_code(self) -> str:
        """Replace the recovery slot; return the new code (the old one stops working)."""
        slots, code = self._slots().with_new_recovery(self.data_key())
        self._save_slots(slots)
        self.audit().append("new_recovery_code", "keyslot")
        return code

    def rekey(self, keep: Mapping[str, str], *, kdf: KdfParams | None = None) -> str:
        """Rotate the data key; return the new recovery code.

        Args:
            keep: the users who keep a slot, each with their current passphrase (checked
                before anything changes). Users not named lose their slot and must be
                added again; the old recovery code stops working.
            kdf: Argon2id parameters for the new slots (default: each user's current ones).

        Raises:
            WrongPassphraseError: a passphrase in ``keep`` does not open that user's slot.
            UnknownUserError: a name in ``keep`` has no slot.
            LastUserError: ``keep`` is empty.
        """
        if not keep:
            raise LastUserError()
        old = self._slots()
        old_key = self.data_key()
        for user, passphrase in keep.items():
            slot = old.find_user(user)
            if slot is None:
                raise UnknownUserError(user)
            if not old.check_data_key(user, passphrase, old_key):
                raise WrongPassphraseError()
        new_key = secrets.token_bytes(KEY_BYTES)
        fresh = Keyslots(vault_id=old.vault_id, slots=())
        for user, passphrase in keep.items():
            slot = old.find_user(user)
            assert slot is not None
            fresh = fresh.with_user(slot.label, passphrase, new_key, kdf or slot.kdf)
        fresh, code = fresh.with_new_recovery(new_key)
        # The pending file is written first: whatever moment a crash comes, one of the
        # two keyslot files opens the database (see docs/vault-format.md).
        pending = self.folder / PENDING_KEYSLOTS_NAME
        fresh.save(pending)
        connection = self.connection
        checkpoint_truncate(connection)
        connection.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
        checkpoint_truncate(connection)
        try:
            os.replace(pending, keyslots_path(self.folder))
        except FileNotFoundError:
            # Another Hearth process unlocked meanwhile: before the rekey it took the
            # pending file for a stale one and deleted it, or after it promoted it. The
            # database now has the new key either way, so write its keyslots from memory.
            fresh.save(keyslots_path(self.folder))
        fsync_dir(self.folder)
        self._key = new_key
        if self.actor not in fresh.users():
            self.actor = fresh.users()[0]
        self.audit().append("rekey", "vault")
        return code

    # ------------------------------------------------------------ checks
    def verify(self) -> VerifyReport:
        """Check every page's HMAC, SQLite's structure and the audit chain."""
        from desktop_app.vault.audit import verify_chain

        report = VerifyReport()
        conn = self.connection
        try:
            bad_pages = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
        except sqlcipher3.DatabaseError:
            bad_pages = ["unreadable"]
        if bad_pages:
            report.problems.append(
                ngettext(
                    "{count} page of the database failed its tamper check.",
                    "{count} pages of the database failed their tamper check.",
                    len(bad_pages),
                ).format(count=len(bad_pages))
            )
        else:
            report.checked.append(_("Every page of the database passed its tamper check."))
        try:
            result = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
        except sqlcipher3.DatabaseError:
            result = ["unreadable"]
        if result == ["ok"]:
            report.checked.append(_("The database structure is sound."))
        else:
            report.problems.append(_("The database structure is damaged."))
        try:
            from desktop_app.vault.consent_log import verify_consent_events

            audit_problems = verify_chain(conn) + verify_consent_events(conn)
        except sqlcipher3.DatabaseError:
            audit_problems = [_("The audit log could not be read.")]
        if audit_problems:
            report.problems.extend(audit_problems)
        else:
            report.checked.append(_("The audit log is complete and unaltered."))
        return report

    # ------------------------------------------------------------ confirmation
    def confirm_passphrase(self, passphrase: str) -> bool:
        """Whether ``passphrase`` is the unlocking user's own (asked again before an erasure).

        Checks the slot of :attr:`actor` against the data key in hand; nothing changes.
        A vault opened with the recovery code has no passphrase to confirm: ``False``.
        """
        slots = self._slots()
        if slots.find_user(self.actor) is None:
            return False
        return slots.check_data_key(self.actor, passphrase, self.data_key())


@contextlib.contextmanager
def unlocked(folder: Path, user: str | None, passphrase: str) -> Iterator[Vault]:
    """Unlock for the length of a block, then close (admin verbs, scripts)."""
    vault = Vault.unlock(folder, user, passphrase)
    try:
        yield vault
    finally:
        vault.close()
