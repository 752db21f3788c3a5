"""docs/bundle-format.md is enough: open and verify a bundle following the page alone."""

from __future__ import annotations

import hashlib
import json
import struct
from pathlib import Path

from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric import ed25519

from desktop_app.sync.bundle import seal_bundle
from desktop_app.sync.hub import Hub
from desktop_app.sync.keys import DeviceIdentity
from tests.sync.conftest import make_payload

DOC = Path(__file__).resolve().parents[2] / "docs" / "bundle-format.md"


def _fingerprint(algorithm: bytes, raw: bytes) -> str:
    digest = hashlib.sha256(b"hearth-key-fingerprint/1\x00" + algorithm + b"\x00" + raw)
    text = digest.hexdigest()[:20]
    return "-".join(text[i : i + 4] for i in range(0, 20, 4))


def test_a_bundle_opens_and_verifies_as_the_page_describes(
    paired: DeviceIdentity, hub: Hub
) -> None:
    data = seal_bundle(make_payload(), paired, hub.identity.public_key).data

    assert data[:16] == b"HEARTH-BUNDLE/1\n"
    (length,) = struct.unpack(">I", data[16:20])
    header_bytes = data[20 : 20 + length]
    header = json.loads(header_bytes)
    assert header_bytes == json.dumps(header, sort_keys=True, separators=(",", ":")).encode()
    assert header["suite"] == "DHKEM(X25519,HKDF-SHA256)/HKDF-SHA256/ChaCha20Poly1305"
    assert header["receiver"] == _fingerprint(b"X25519", hub.identity.public_key)
    assert header["sender"] == _fingerprint(b"Ed25519", paired.public_key)

    suite = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305)
    info = b"hearth-bundle/1 hpke-info\x00" + header_bytes
    plaintext = suite.decrypt(data[20 + length :], hub.identity.private_key, info=info)
    signature, payload = plaintext[:64], plaintext[64:]
    message = b"hearth-bundle/1 signature\x00" + struct.pack(">I", length) + header_bytes + payload
    ed25519.Ed25519PublicKey.from_public_bytes(paired.public_key).verify(signature, message)

    body = json.loads(payload)
    assert body["format"] == "hearth-aggregates/1"
    assert (body["device_id"], body["period"], body["revision"]) == (
        header["sender"],
        header["period"],
        header["revision"],
    )


def test_the_page_states_the_constants_the_code_uses() -> None:
    text = DOC.read_text("utf-8")
    for constant in (
        '"hearth-bundle/1"',
        '"hearth-public-key/1"',
        '"hearth-key-fingerprint/1" || 0x00',
        '"hearth-bundle/1 hpke-info" || 0x00 || header',
        '"hearth-bundle/1 signature" || 0x00 || uint32_be(H) || header || payload',
        "HEARTH-BUNDLE/1",
    ):
        assert constant in text, constant
