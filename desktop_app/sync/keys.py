"""Keys: this vault's device key, a coordinator's receiver key, fingerprints and key files.

* The **device key** (Ed25519) signs this laptop's bundles. It is made on first use and
  its private half lives only inside the encrypted vault. ``device_id`` is the
  fingerprint of its public key.
* A **receiver key** (X25519) is a coordinator's: devices seal bundles to its public
  half; its private half lives only in the coordinator's vault.
* A **fingerprint** is the first 80 bits of SHA-256 over a domain tag, the algorithm
  name and the raw public key, as five groups of four hex digits
  (``3f2a-91c0-77de-0a1b-c4e2``) — short enough to read aloud over the phone.

Public keys travel as small JSON text files (``docs/bundle-format.md``); adding one is a
two-step affair: :func:`read_key_file` shows its fingerprint, and only
``trust_…(…, confirm=True)`` stores it.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric import ed25519, x25519
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from desktop_app.i18n import _
from desktop_app.sync.errors import FingerprintNotConfirmedError, KeyFileError
from desktop_app.vault.repositories.sync import OwnKeyPurpose, SyncRepository

KEY_FILE_FORMAT = "hearth-public-key/1"
_FINGERPRINT_TAG = b"hearth-key-fingerprint/1\x00"
_KEY_FILE_LIMIT = 16 * 1024


class KeyKind(StrEnum):
    """What a public key is for."""

    DEVICE = "device"  # Ed25519, verifies a device's bundles
    RECEIVER = "receiver"  # X25519, bundles are sealed to it


_ALGORITHM = {KeyKind.DEVICE: "Ed25519", KeyKind.RECEIVER: "X25519"}


def fingerprint(kind: KeyKind, public_key: bytes) -> str:
    """Return the readable fingerprint of a raw 32-byte public key."""
    digest = hashlib.sha256(
        _FINGERPRINT_TAG + _ALGORITHM[kind].encode("ascii") + b"\x00" + public_key
    ).hexdigest()[:20]
    return "-".join(digest[i : i + 4] for i in range(0, 20, 4))


def _raw_public(key: ed25519.Ed25519PublicKey | x25519.X25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def _raw_private(key: ed25519.Ed25519PrivateKey | x25519.X25519PrivateKey) -> bytes:
    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


@dataclass(frozen=True, slots=True)
class PublicKeyFile:
    """A public key as read from (or written to) a key file."""

    kind: KeyKind
    public_key: bytes
    label: str = ""

    @property
    def fingerprint(self) -> str:
        """The fingerprint the user compares with the one the key's owner reads out."""
        return fingerprint(self.kind, self.public_key)

    def to_bytes(self) -> bytes:
        """Return the key file's text."""
        data = {
            "format": KEY_FILE_FORMAT,
            "kind": self.kind.value,
            "algorithm": _ALGORITHM[self.kind],
            "key": base64.b64encode(self.public_key).decode("ascii"),
            "fingerprint": self.fingerprint,
            "label": self.label,
        }
        return (json.dumps(data, indent=2, sort_keys=True) + "\n").encode("utf-8")


def _bad_key_file() -> KeyFileError:
    return KeyFileError(
        _("This file is not a Hearth public key."),
        hint=_("Ask the key's owner to export it again from Hearth, then choose that file."),
    )


def parse_key_file(data: bytes, expected: KeyKind) -> PublicKeyFile:
    """Read a public key file's bytes.

    Raises:
        KeyFileError: not a key file, a key of the other kind, or a fingerprint that does
            not match the key it is written beside.
    """
    try:
        raw = json.loads(data.decode("utf-8"))
        if not isinstance(raw, dict) or raw.get("format") != KEY_FILE_FORMAT:
            raise ValueError
        kind = KeyKind(raw["kind"])
        public = base64.b64decode(str(raw["key"]), validate=True)
        label = str(raw.get("label", ""))
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, binascii.Error) as error:
        raise _bad_key_file() from error
    if kind is not expected:
        if expected is KeyKind.RECEIVER:
            raise KeyFileError(
                _("This is a device's key, not a coordinator's."),
                hint=_("Ask the coordinator for the key Hearth exports for receiving."),
            )
        raise KeyFileError(
            _("This is a coordinator's key, not a device's."),
            hint=_("Ask the device's user to export their device key from Hearth."),
        )
    if raw.get("algorithm") != _ALGORITHM[kind] or len(public) != 32:
        raise _bad_key_file()
    key = PublicKeyFile(kind, public, label)
    stated = raw.get("fingerprint")
    if stated is not None and stated != key.fingerprint:
        raise KeyFileError(
            _("The fingerprint written in this key file does not match its key."),
            hint=_("The file was changed. Ask for the key again, by a channel you trust."),
        )
    return key


def read_key_file(path: Path, expected: KeyKind) -> PublicKeyFile:
    """Read a public key file from disk (see :func:`parse_key_file`)."""
    try:
        with path.open("rb") as handle:
            data = handle.read(_KEY_FILE_LIMIT + 1)
    except OSError as error:
        raise KeyFileError(
            _("The key file could not be read."),
            hint=_("Check that the file exists and that you may open it."),
        ) from error
    if len(data) > _KEY_FILE_LIMIT:
        raise _bad_key_file()
    return parse_key_file(data, expected)


def _require_confirmed(confirm: bool) -> None:
    if not confirm:
        raise FingerprintNotConfirmedError(
            _("The key's fingerprint was not confirmed, so the key was not added."),
            hint=_("Compare the fingerprint with the one its owner reads to you, then confirm."),
        )


def trust_receiver(repo: SyncRepository, key: PublicKeyFile, *, confirm: bool) -> str:
    """Trust a coordinator's key once the user confirmed its fingerprint; return it."""
    if key.kind is not KeyKind.RECEIVER:
        raise ValueError("not a receiver key")
    _require_confirmed(confirm)
    repo.add_receiver(key.fingerprint, key.public_key, key.label)
    return key.fingerprint


def enrol_device(repo: SyncRepository, key: PublicKeyFile, *, confirm: bool) -> str:
    """Accept a device's bundles once the user confirmed its fingerprint; return its id."""
    if key.kind is not KeyKind.DEVICE:
        raise ValueError("not a device key")
    _require_confirmed(confirm)
    repo.enrol_device(key.fingerprint, key.public_key, key.label)
    return key.fingerprint


class DeviceIdentity:
    """This vault's signing key and the device id derived from it."""

    def __init__(self, private_key: ed25519.Ed25519PrivateKey) -> None:
        self._private = private_key
        self.public_key: bytes = _raw_public(private_key.public_key())
        self.device_id: str = fingerprint(KeyKind.DEVICE, self.public_key)

    @classmethod
    def of_vault(cls, repo: SyncRepository) -> DeviceIdentity:
        """Return the vault's device identity, making its key on first use."""
        raw = repo.own_key(OwnKeyPurpose.DEVICE)
        if raw is None:
            made = _raw_private(ed25519.Ed25519PrivateKey.generate())
            raw = repo.store_own_key(OwnKeyPurpose.DEVICE, made)
        return cls(ed25519.Ed25519PrivateKey.from_private_bytes(raw))

    def sign(self, message: bytes) -> bytes:
        """Return the 64-byte Ed25519 signature of ``message``."""
        return self._private.sign(message)

    def public_key_file(self, label: str = "") -> PublicKeyFile:
        """Return the key file a coordinator needs to enrol this device."""
        return PublicKeyFile(KeyKind.DEVICE, self.public_key, label)


class ReceiverIdentity:
    """A coordinator's key pair for opening the bundles sealed to it."""

    def __init__(self, private_key: x25519.X25519PrivateKey) -> None:
        self.private_key = private_key
        self.public_key: bytes = _raw_public(private_key.public_key())
        self.fingerprint: str = fingerprint(KeyKind.RECEIVER, self.public_key)

    @classmethod
    def of_vault(cls, repo: SyncRepository) -> ReceiverIdentity:
        """Return the vault's receiver identity, making its key on first use."""
        raw = repo.own_key(OwnKeyPurpose.RECEIVER)
        if raw is None:
            made = _raw_private(x25519.X25519PrivateKey.generate())
            raw = repo.store_own_key(OwnKeyPurpose.RECEIVER, made)
        return cls(x25519.X25519PrivateKey.from_private_bytes(raw))

    def public_key_file(self, label: str = "") -> PublicKeyFile:
        """Return the key file devices add to seal their bundles to this coordinator."""
        return PublicKeyFile(KeyKind.RECEIVER, self.public_key, label)
