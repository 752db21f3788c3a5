"""Bundles: a payload signed by the device and sealed to one coordinator.

The byte layout is specified in ``docs/bundle-format.md``. In short::

    "HEARTH-BUNDLE/1" LF | header length (4 bytes, big-endian) | header (canonical JSON)
    | HPKE ciphertext of ( Ed25519 signature (64 bytes) | payload (canonical JSON) )

HPKE is RFC 9180 base mode, DHKEM(X25519, HKDF-SHA256) / HKDF-SHA256 /
ChaCha20-Poly1305, from ``cryptography.hazmat.primitives.hpke``. The header's exact
bytes are HPKE's ``info`` (so a swapped or edited header makes opening fail) and are
covered by the signature (so a coordinator cannot re-label a device's signed payload).
"""

from __future__ import annotations

import dataclasses
import json
import re
import struct
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric import ed25519, x25519

from desktop_app.i18n import _
from desktop_app.stats.payload import Payload
from desktop_app.sync.errors import (
    DuplicateBundleError,
    NotABundleError,
    OutdatedRevisionError,
    TamperedBundleError,
    UnknownDeviceError,
    WrongReceiverError,
    WrongSignerError,
)
from desktop_app.sync.keys import DeviceIdentity, KeyKind, ReceiverIdentity, fingerprint

MAGIC = b"HEARTH-BUNDLE/1\n"
BUNDLE_FORMAT = "hearth-bundle/1"
SUITE_NAME = "DHKEM(X25519,HKDF-SHA256)/HKDF-SHA256/ChaCha20Poly1305"
FILE_SUFFIX = ".hearth-bundle"
_INFO_TAG = b"hearth-bundle/1 hpke-info\x00"
_SIGNATURE_TAG = b"hearth-bundle/1 signature\x00"
_SIGNATURE_SIZE = 64
_HEADER_LIMIT = 4096
_SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305)
_PERIOD = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$|^\d{4}Q[1-4]$")
_FINGERPRINT = re.compile(r"^[0-9a-f]{4}(-[0-9a-f]{4}){4}$")


@dataclass(frozen=True, slots=True)
class BundleHeader:
    """The bundle's clear-text label (authenticated only once the bundle is opened)."""

    receiver: str
    sender: str
    period: str
    revision: int

    def to_bytes(self) -> bytes:
        """Return the canonical header bytes (sorted keys, no spaces, UTF-8)."""
        data = {
            "format": BUNDLE_FORMAT,
            "suite": SUITE_NAME,
            "receiver": self.receiver,
            "sender": self.sender,
            "period": self.period,
            "revision": self.revision,
        }
        return json.dumps(data, sort_keys=True, separators=(",", ":")).encode("utf-8")

    @property
    def file_name(self) -> str:
        """A file name that says what the bundle is — period, revision, device; no data."""
        return f"hearth-{self.period}-r{self.revision}-{self.sender}{FILE_SUFFIX}"


@dataclass(frozen=True, slots=True)
class SealedBundle:
    """A sealed bundle's bytes and its header."""

    header: BundleHeader
    data: bytes


@dataclass(frozen=True, slots=True)
class OpenedBundle:
    """A bundle that passed every check: the verified payload and its exact bytes."""

    header: BundleHeader
    payload: Payload
    payload_bytes: bytes


def _signed_message(header_bytes: bytes, payload_bytes: bytes) -> bytes:
    return _SIGNATURE_TAG + struct.pack(">I", len(header_bytes)) + header_bytes + payload_bytes


def seal_bundle(
    payload: Payload, device: DeviceIdentity, receiver_public_key: bytes
) -> SealedBundle:
    """Sign ``payload`` with the device key and seal it to a coordinator's X25519 key.

    A payload built for preview carries no device id; it is filled in here. A payload
    naming another device is a programming error.
    """
    if payload.device_id == "":
        payload = dataclasses.replace(payload, device_id=device.device_id)
    elif payload.device_id != device.device_id:
        raise ValueError("the payload names another device")
    header = BundleHeader(
        receiver=fingerprint(KeyKind.RECEIVER, receiver_public_key),
        sender=device.device_id,
        period=payload.period,
        revision=payload.revision,
    )
    header_bytes = header.to_bytes()
    payload_bytes = payload.to_json()
    signature = device.sign(_signed_message(header_bytes, payload_bytes))
    sealed = _SUITE.encrypt(
        signature + payload_bytes,
        x25519.X25519PublicKey.from_public_bytes(receiver_public_key),
        info=_INFO_TAG + header_bytes,
    )
    data = MAGIC + struct.pack(">I", len(header_bytes)) + header_bytes + sealed
    return SealedBundle(header, data)


def _not_a_bundle() -> NotABundleError:
    return NotABundleError(
        _("This file is not a Hearth bundle, or it is incomplete."),
        hint=_("Copy the file again from where it was sent; nothing was imported."),
    )


def _split(data: bytes) -> tuple[BundleHeader, bytes, bytes]:
    if not data.startswith(MAGIC) or len(data) < len(MAGIC) + 4:
        raise _not_a_bundle()
    (length,) = struct.unpack(">I", data[len(MAGIC) : len(MAGIC) + 4])
    start = len(MAGIC) + 4
    if length > _HEADER_LIMIT or len(data) < start + length + 1:
        raise _not_a_bundle()
    header_bytes = data[start : start + length]
    try:
        raw: Any = json.loads(header_bytes.decode("utf-8"))
        if not isinstance(raw, dict) or raw.get("format") != BUNDLE_FORMAT:
            raise ValueError
        header = BundleHeader(
            receiver=str(raw["receiver"]),
            sender=str(raw["sender"]),
            period=str(raw["period"]),
            revision=raw["revision"],
        )
        if (
            raw.get("suite") != SUITE_NAME
            or not isinstance(header.revision, int)
            or isinstance(header.revision, bool)
            or header.revision < 0
            or not _PERIOD.match(header.period)
            or not _FINGERPRINT.match(header.sender)
            or not _FINGERPRINT.match(header.receiver)
        ):
            raise ValueError
    except (UnicodeDecodeError, ValueError, KeyError, TypeError) as error:
        raise _not_a_bundle() from error
    return header, header_bytes, data[start + length :]


def read_header(data: bytes) -> BundleHeader:
    """Return a bundle's clear-text header without opening it (not yet authenticated)."""
    return _split(data)[0]


def open_bundle(
    data: bytes,
    receiver: ReceiverIdentity,
    device_key: Callable[[str], bytes | None],
    imported_revisions: Callable[[str, str], list[int]] = lambda _device, _period: [],
) -> OpenedBundle:
    """Open and verify a bundle; every refusal says why.

    Args:
        data: the bundle file's bytes.
        receiver: this coordinator's key pair.
        device_key: the enrolled Ed25519 public key of a device id, or ``None``.
        imported_revisions: the revisions already imported for a device and period.

    Raises:
        NotABundleError: not a bundle, or cut short.
        WrongReceiverError: sealed to another coordinator's key.
        UnknownDeviceError: the sending device is not enrolled here.
        TamperedBundleError: changed after sealing, or a header that was swapped.
        WrongSignerError: not signed by the device it names.
        DuplicateBundleError: this device, period and revision were already imported.
        OutdatedRevisionError: a newer revision of the period was already imported.
    """
    header, header_bytes, sealed = _split(data)
    if header.receiver != receiver.fingerprint:
        raise WrongReceiverError(
            _(
                "This bundle was sealed for another coordinator's key ({theirs}); "
                "this vault's key is {ours}."
            ).format(theirs=header.receiver, ours=receiver.fingerprint),
            hint=_("Ask the device's user to add this coordinator's key and send it again."),
        )
    public = device_key(header.sender)
    if public is None:
        raise UnknownDeviceError(
            _("This bundle comes from a device that is not enrolled here ({device}).").format(
                device=header.sender
            ),
            hint=_(
                "Enrol the device's key (check its fingerprint with its user), then import again."
            ),
        )
    try:
        opened = _SUITE.decrypt(sealed, receiver.private_key, info=_INFO_TAG + header_bytes)
    except InvalidTag as error:
        raise TamperedBundleError(
            _("This bundle was changed after it was sealed, so it cannot be trusted."),
            hint=_("Ask the device's user to send it again; nothing was imported."),
        ) from error
    signature, payload_bytes = opened[:_SIGNATURE_SIZE], opened[_SIGNATURE_SIZE:]
    try:
        ed25519.Ed25519PublicKey.from_public_bytes(public).verify(
            signature, _signed_message(header_bytes, payload_bytes)
        )
    except InvalidSignature as error:
        raise WrongSignerError(
            _("This bundle is not signed by the device it names ({device}).").format(
                device=header.sender
            ),
            hint=_("Do not use it. Ask that device's user to send it again; nothing was imported."),
        ) from error
    try:
        payload = Payload.from_json(payload_bytes)
    except ValueError as error:
        raise _not_a_bundle() from error
    if (payload.device_id, payload.period, payload.revision) != (
        header.sender,
        header.period,
        header.revision,
    ):
        raise TamperedBundleError(
            _("This bundle's contents do not match its label."),
            hint=_("Ask the device's user to send it again; nothing was imported."),
        )
    done = imported_revisions(header.sender, header.period)
    if header.revision in done:
        raise DuplicateBundleError(
            _(
                "This release was already imported (device {device}, period {period}, "
                "revision {revision})."
            ).format(device=header.sender, period=header.period, revision=header.revision),
            hint=_("Nothing to do: the values are already here."),
        )
    if done and max(done) > header.revision:
        raise OutdatedRevisionError(
            _(
                "A newer revision ({newer}) of period {period} from device {device} is "
                "already here; revision {revision} is older."
            ).format(
                newer=max(done),
                period=header.period,
                device=header.sender,
                revision=header.revision,
            ),
            hint=_("Nothing to do: the newer values are kept."),
        )
    return OpenedBundle(header, payload, payload_bytes)
