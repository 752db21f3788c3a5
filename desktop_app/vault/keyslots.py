"""Keyslots: the data key, wrapped once per staff member and once for the recovery code.

The file ``keyslots.json`` beside the database holds no secret in the clear. Each
passphrase slot runs the passphrase (NFKC-normalised once) through Argon2id and uses the
result to wrap the 32-byte data key with AES-256-GCM; the slot's metadata (kind, label,
Argon2id parameters, salt) and the vault's id are the associated data, so editing any of
them breaks the unlock instead of weakening it. The recovery slot does the same with a
key derived by HKDF-SHA256 from a 256-bit recovery code (a random code that long needs
no slow derivation). The exact format is in ``docs/vault-format.md``.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import hmac
import json
import math
import os
import secrets
import time
import unicodedata
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, TypeGuard

# cryptography is imported where it is used: the unlock screen reads the user names from
# this file at start, and loading OpenSSL then would slow every start for nothing.
from desktop_app.i18n import _
from desktop_app.vault.errors import (
    ChooseUserError,
    DamagedVaultError,
    WrongPassphraseError,
    WrongRecoveryCodeError,
)

FORMAT: Final = "hearth-keyslots"
FORMAT_VERSION: Final = 1
DATA_KEY_BYTES: Final = 32
SALT_BYTES: Final = 16
NONCE_BYTES: Final = 12
RECOVERY_INFO: Final = b"hearth recovery slot v1"
RECOVERY_DATA_CHARS: Final = 52  # 256 bits in base32 (the last character carries 1 bit)
RECOVERY_CHECK_CHARS: Final = 4  # 20 bits of SHA-256 to catch typing mistakes
RECOVERY_GROUP: Final = 4
CROCKFORD: Final = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
TARGET_SECONDS: Final = 0.5
KDF_PROFILE_ENV: Final = "HEARTH_KDF_PROFILE"
"""``fast`` skips calibration and uses the floor parameters (tests, demo vaults)."""

#: Never weaker than RFC 9106's second recommendation; a slot below is refused.
FLOOR_MEMORY_KIB: Final = 64 * 1024
FLOOR_ITERATIONS: Final = 3
MAX_MEMORY_KIB: Final = 4 * 1024 * 1024
MAX_ITERATIONS: Final = 64

KIND_PASSPHRASE: Final = "passphrase"
KIND_RECOVERY: Final = "recovery"


@dataclass(frozen=True, slots=True)
class KdfParams:
    """Argon2id cost: memory in KiB, iterations (t) and lanes (p)."""

    memory_kib: int = 256 * 1024
    iterations: int = 3
    lanes: int = 4

    @classmethod
    def floor(cls) -> KdfParams:
        """Return the weakest parameters Hearth accepts (m=64 MiB, t=3, p=4)."""
        return cls(memory_kib=FLOOR_MEMORY_KIB, iterations=FLOOR_ITERATIONS, lanes=4)

    def acceptable(self) -> bool:
        """Return whether these parameters are within Hearth's floor and sane ceilings."""
        return (
            FLOOR_MEMORY_KIB <= self.memory_kib <= MAX_MEMORY_KIB
            and FLOOR_ITERATIONS <= self.iterations <= MAX_ITERATIONS
            and 1 <= self.lanes <= 16
            and self.memory_kib >= 8 * self.lanes
        )


def normalise_passphrase(passphrase: str) -> bytes:
    """NFKC once, then UTF-8: the same passphrase typed on any keyboard gives the same key."""
    return unicodedata.normalize("NFKC", passphrase).encode("utf-8")


def derive_passphrase_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    """Run Argon2id over the normalised passphrase; return a 32-byte wrapping key."""
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    kdf = Argon2id(
        salt=salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(normalise_passphrase(passphrase))


def derive_recovery_key(code_bytes: bytes, salt: bytes) -> bytes:
    """Derive the recovery slot's wrapping key from the code's 32 random bytes."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=RECOVERY_INFO).derive(
        code_bytes
    )


def calibrate(
    target_seconds: float = TARGET_SECONDS, start: KdfParams | None = None
) -> tuple[KdfParams, float]:
    """Find Argon2id parameters that take at least ``target_seconds`` on this machine.

    Starts from the default (m=256 MiB, t=3, p=4) and raises the iteration count in
    proportion to the measured time; the memory stays put so a small laptop is not
    pushed into swap. Returns the parameters and the last measured duration.
    """
    params = start or KdfParams()
    salt = secrets.token_bytes(SALT_BYTES)
    while True:
        began = time.perf_counter()
        derive_passphrase_key("calibration", salt, params)
        elapsed = time.perf_counter() - began
        if elapsed >= target_seconds or params.iterations >= MAX_ITERATIONS:
            return params, elapsed
        factor = target_seconds / max(elapsed, 1e-3)
        iterations = min(
            MAX_ITERATIONS,
            max(params.iterations + 1, math.ceil(params.iterations * factor * 1.05)),
        )
        params = dataclasses.replace(params, iterations=iterations)


def creation_params() -> KdfParams:
    """Return the parameters for a new slot: calibrated, or the floor in ``fast`` mode."""
    if os.environ.get(KDF_PROFILE_ENV) == "fast":
        return KdfParams.floor()
    params, _elapsed = calibrate()
    return params


# ------------------------------------------------------------------ recovery codes
def _b32encode(data: bytes) -> str:
    bits = int.from_bytes(data, "big")
    total_bits = len(data) * 8
    chars = math.ceil(total_bits / 5)
    bits <<= chars * 5 - total_bits
    return "".join(CROCKFORD[(bits >> (5 * (chars - 1 - i))) & 31] for i in range(chars))


def _b32decode(text: str, nbytes: int) -> bytes | None:
    value = 0
    for char in text:
        index = CROCKFORD.find(char)
        if index < 0:
            return None
        value = (value << 5) | index
    spare = len(text) * 5 - nbytes * 8
    if spare < 0 or value & ((1 << spare) - 1):
        return None
    return (value >> spare).to_bytes(nbytes, "big")


def _check_chars(code_bytes: bytes) -> str:
    digest = hashlib.sha256(b"hearth recovery check" + code_bytes).digest()
    return _b32encode(digest[:3])[:RECOVERY_CHECK_CHARS]


def format_recovery_code(code_bytes: bytes) -> str:
    """Show 32 code bytes as 14 groups of 4 Crockford base32 characters."""
    text = _b32encode(code_bytes) + _check_chars(code_bytes)
    return " ".join(text[i : i + RECOVERY_GROUP] for i in range(0, len(text), RECOVERY_GROUP))


def parse_recovery_code(text: str) -> bytes:
    """Read a typed recovery code: any case, spaces or dashes, O for 0 and I/L for 1.

    Raises:
        WrongRecoveryCodeError: the code is the wrong length or fails its check
            characters (``typo=True``), so a typing mistake is named as one.
    """
    cleaned = unicodedata.normalize("NFKC", text).upper()
    cleaned = "".join(ch for ch in cleaned if not ch.isspace() and ch not in "-–—")
    cleaned = cleaned.translate(str.maketrans("OIL", "011"))
    if len(cleaned) != RECOVERY_DATA_CHARS + RECOVERY_CHECK_CHARS:
        raise WrongRecoveryCodeError(typo=True)
    code_bytes = _b32decode(cleaned[:RECOVERY_DATA_CHARS], DATA_KEY_BYTES)
    if code_bytes is None or not hmac.compare_digest(
        _check_chars(code_bytes), cleaned[RECOVERY_DATA_CHARS:]
    ):
        raise WrongRecoveryCodeError(typo=True)
    return code_bytes


# ------------------------------------------------------------------ slots and file
def _is_int(value: Any) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any, size: int | None = None) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    data = base64.b64decode(text.encode("ascii"), validate=True)
    if size is not None and len(data) != size:
        raise ValueError("wrong length")
    return data


@dataclass(frozen=True, slots=True)
class Slot:
    """One wrapped copy of the data key."""

    kind: str
    label: str
    salt: bytes
    nonce: bytes
    wrapped_key: bytes
    kdf: KdfParams | None = None  # None for the recovery slot

    def metadata(self) -> dict[str, Any]:
        """Return the slot's fields that are bound as associated data."""
        meta: dict[str, Any] = {"kind": self.kind, "label": self.label, "salt": _b64(self.salt)}
        if self.kdf is not None:
            meta["kdf"] = {
                "name": "argon2id",
                "version": 19,
                "memory_kib": self.kdf.memory_kib,
                "iterations": self.kdf.iterations,
                "lanes": self.kdf.lanes,
            }
        return meta

    def to_json(self) -> dict[str, Any]:
        """Return the slot as stored in the file."""
        return {
            **self.metadata(),
            "nonce": _b64(self.nonce),
            "wrapped_key": _b64(self.wrapped_key),
        }

    @classmethod
    def from_json(cls, raw: Any) -> Slot:
        """Read one slot; raise ``ValueError`` on any malformed field."""
        if not isinstance(raw, dict):
            raise ValueError("slot is not an object")
        kind = raw.get("kind")
        label = raw.get("label")
        if kind not in (KIND_PASSPHRASE, KIND_RECOVERY) or not isinstance(label, str):
            raise ValueError("bad slot kind or label")
        kdf: KdfParams | None = None
        if kind == KIND_PASSPHRASE:
            k = raw.get("kdf")
            if not isinstance(k, dict) or k.get("name") != "argon2id" or k.get("version") != 19:
                raise ValueError("bad kdf")
            memory, iterations, lanes = (k.get("memory_kib"), k.get("iterations"), k.get("lanes"))
            if not (_is_int(memory) and _is_int(iterations) and _is_int(lanes)):
                raise ValueError("bad kdf numbers")
            kdf = KdfParams(memory_kib=memory, iterations=iterations, lanes=lanes)
        return cls(
            kind=kind,
            label=label,
            salt=_unb64(raw.get("salt"), SALT_BYTES),
            nonce=_unb64(raw.get("nonce"), NONCE_BYTES),
            wrapped_key=_unb64(raw.get("wrapped_key"), DATA_KEY_BYTES + 16),
            kdf=kdf,
        )


def associated_data(vault_id: str, slot: Slot) -> bytes:
    """Return the bytes bound to a slot's wrapped key (see docs/vault-format.md)."""
    document = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "vault_id": vault_id,
        "slot": slot.metadata(),
    }
    return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode(
        "ascii"
    )


def _seal(
    vault_id: str,
    kind: str,
    label: str,
    salt: bytes,
    kdf: KdfParams | None,
    wrapping_key: bytes,
    data_key: bytes,
) -> Slot:
    draft = Slot(
        kind=kind, label=label, salt=salt, nonce=b"\0" * NONCE_BYTES, wrapped_key=b"", kdf=kdf
    )
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = secrets.token_bytes(NONCE_BYTES)
    wrapped = AESGCM(wrapping_key).encrypt(nonce, data_key, associated_data(vault_id, draft))
    return dataclasses.replace(draft, nonce=nonce, wrapped_key=wrapped)


def _open(vault_id: str, slot: Slot, wrapping_key: bytes) -> bytes | None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(wrapping_key).decrypt(
            slot.nonce, slot.wrapped_key, associated_data(vault_id, slot)
        )
    except InvalidTag:
        return None


def same_user(a: str, b: str) -> bool:
    """Compare user names as people type them: NFKC, case-insensitive, trimmed."""
    return _user_key(a) == _user_key(b)


def _user_key(name: str) -> str:
    return unicodedata.normalize("NFKC", name).strip().casefold()


@dataclass(frozen=True, slots=True)
class Keyslots:
    """The whole keyslot file: the vault's id and its slots."""

    vault_id: str
    slots: tuple[Slot, ...]

    @classmethod
    def new(cls) -> Keyslots:
        """Return an empty keyslot set with a fresh vault id."""
        return cls(vault_id=uuid.uuid4().hex, slots=())

    # ---------------------------------------------------------------- queries
    def users(self) -> list[str]:
        """Return the labels of the passphrase slots, in the order they were added."""
        return [s.label for s in self.slots if s.kind == KIND_PASSPHRASE]

    def find_user(self, user: str) -> Slot | None:
        """Return the passphrase slot of ``user`` (matched as :func:`same_user`)."""
        for slot in self.slots:
            if slot.kind == KIND_PASSPHRASE and same_user(slot.label, user):
                return slot
        return None

    def recovery_slot(self) -> Slot | None:
        """Return the recovery slot, if there is one."""
        return next((s for s in self.slots if s.kind == KIND_RECOVERY), None)

    # ---------------------------------------------------------------- unwrap
    def unlock(self, user: str | None, passphrase: str) -> tuple[str, bytes]:
        """Return ``(user label, data key)`` for a user's passphrase.

        An unknown user costs the same Argon2id work as a wrong passphrase and gives
        the same error, so the door does not tell who has a slot.

        Raises:
            ChooseUserError: ``user`` is None and several users share the vault.
            WrongPassphraseError: unknown user or wrong passphrase.
        """
        users = self.users()
        if user is None or not user.strip():
            if len(users) != 1:
                raise ChooseUserError()
            user = users[0]
        slot = self.find_user(user)
        if slot is None:
            # Same work as a real attempt: the first slot's parameters, a random salt.
            template = next((s for s in self.slots if s.kdf is not None), None)
            params = template.kdf if template and template.kdf else KdfParams()
            if params.acceptable():
                derive_passphrase_key(passphrase, secrets.token_bytes(SALT_BYTES), params)
            raise WrongPassphraseError()
        assert slot.kdf is not None
        if not slot.kdf.acceptable():
            raise DamagedVaultError(
                _(
                    "The vault's key file has been changed: a user's key is below Hearth's "
                    "minimum strength."
                )
            )
        data_key = _open(
            self.vault_id, slot, derive_passphrase_key(passphrase, slot.salt, slot.kdf)
        )
        if data_key is None:
            raise WrongPassphraseError()
        return slot.label, data_key

    def unlock_recovery(self, code: str) -> bytes:
        """Return the data key for a typed recovery code.

        Raises:
            WrongRecoveryCodeError: the code has a typo or does not open this vault.
        """
        code_bytes = parse_recovery_code(code)
        slot = self.recovery_slot()
        if slot is None:
            raise WrongRecoveryCodeError()
        data_key = _open(self.vault_id, slot, derive_recovery_key(code_bytes, slot.salt))
        if data_key is None:
            raise WrongRecoveryCodeError()
        return data_key

    def check_data_key(self, user: str, passphrase: str, data_key: bytes) -> bool:
        """Return whether ``passphrase`` opens ``user``'s slot to ``data_key``."""
        try:
            _label, key = self.unlock(user, passphrase)
        except (WrongPassphraseError, ChooseUserError):
            return False
        return hmac.compare_digest(key, data_key)

    # ---------------------------------------------------------------- changes
    def with_user(
        self, user: str, passphrase: str, data_key: bytes, params: KdfParams | None = None
    ) -> Keyslots:
        """Return a copy where ``user`` has a slot for ``passphrase`` (added or replaced)."""
        params = params or creation_params()
        if not params.acceptable():
            raise ValueError("Argon2id parameters below Hearth's floor")
        salt = secrets.token_bytes(SALT_BYTES)
        existing = self.find_user(user)
        label = existing.label if existing else unicodedata.normalize("NFKC", user).strip()
        slot = _seal(
            self.vault_id,
            KIND_PASSPHRASE,
            label,
            salt,
            params,
            derive_passphrase_key(passphrase, salt, params),
            data_key,
        )
        if existing is None:
            return dataclasses.replace(self, slots=(*self.slots, slot))
        return dataclasses.replace(
            self, slots=tuple(slot if s is existing else s for s in self.slots)
        )

    def without_user(self, user: str) -> Keyslots:
        """Return a copy with ``user``'s slot removed."""
        existing = self.find_user(user)
        return dataclasses.replace(self, slots=tuple(s for s in self.slots if s is not existing))

    def with_new_recovery(self, data_key: bytes) -> tuple[Keyslots, str]:
        """Return a copy with a fresh recovery slot, and the code to show once."""
        code_bytes = secrets.token_bytes(DATA_KEY_BYTES)
        salt = secrets.token_bytes(SALT_BYTES)
        slot = _seal(
            self.vault_id,
            KIND_RECOVERY,
            "recovery",
            salt,
            None,
            derive_recovery_key(code_bytes, salt),
            data_key,
        )
        others = tuple(s for s in self.slots if s.kind != KIND_RECOVERY)
        return dataclasses.replace(self, slots=(*others, slot)), format_recovery_code(code_bytes)

    # ---------------------------------------------------------------- file
    def to_bytes(self) -> bytes:
        """Serialise as the keyslot file's bytes."""
        document = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "vault_id": self.vault_id,
            "slots": [s.to_json() for s in self.slots],
        }
        return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> Keyslots:
        """Parse a keyslot file.

        Raises:
            DamagedVaultError: the file is not a keyslot file or is damaged.
        """
        try:
            raw = json.loads(data.decode("utf-8"))
            if not isinstance(raw, dict) or raw.get("format") != FORMAT:
                raise ValueError("not a keyslot file")
            if raw.get("format_version") != FORMAT_VERSION:
                raise ValueError("unknown version")
            vault_id = raw.get("vault_id")
            slots_raw = raw.get("slots")
            if not isinstance(vault_id, str) or not isinstance(slots_raw, list):
                raise ValueError("bad structure")
            slots = tuple(Slot.from_json(s) for s in slots_raw)
        except (ValueError, RecursionError) as error:  # RecursionError: absurd nesting
            raise DamagedVaultError(
                _("The vault's key file (keyslots.json) is damaged or not a Hearth key file.")
            ) from error
        return cls(vault_id=vault_id, slots=slots)

    @classmethod
    def load(cls, path: Path) -> Keyslots:
        """Read and parse the keyslot file at ``path``."""
        try:
            data = path.read_bytes()
        except FileNotFoundError as error:
            raise DamagedVaultError(
                _("The vault's key file (keyslots.json) is missing.")
            ) from error
        return cls.from_bytes(data)

    def save(self, path: Path) -> None:
        """Write atomically: a temp file beside it, fsync, rename, fsync the folder."""
        write_atomically(path, self.to_bytes())


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so a crash leaves either the old or the new file."""
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def fsync_dir(folder: Path) -> None:
    """Flush a folder's entries (a rename is durable only after this)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some filesystems do not support fsync on folders
    finally:
        os.close(fd)


# ------------------------------------------------------------------ backoff
class Backoff:
    """Slows repeated failed unlocks: free tries first, then doubling waits, capped.

    It never wipes anything: a forgotten passphrase must not destroy a family's record.
    """

    def __init__(
        self, free_attempts: int = 3, first_wait: float = 2.0, max_wait: float = 60.0
    ) -> None:
        self._free = free_attempts
        self._first = first_wait
        self._max = max_wait
        self._failures = 0

    @property
    def failures(self) -> int:
        """Failures since the last success."""
        return self._failures

    def record_failure(self) -> float:
        """Count a failure; return the seconds to wait before the next try."""
        self._failures += 1
        over = self._failures - self._free
        if over <= 0:
            return 0.0
        return float(min(self._max, self._first * 2 ** (over - 1)))

    def record_success(self) -> None:
        """Forget earlier failures."""
        self._failures = 0
