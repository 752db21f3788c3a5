"""Interoperability: an independent SQLCipher build, and the documented key format.

(a) The vault's database opens with a second, separately built SQLCipher 4 (the
``sqlcipher3-binary`` wheel), given only the raw data key. That wheel also provides the
module ``sqlcipher3``, so it is installed with ``pip --target`` into a cache folder
beside the venv (never into it) and used from a subprocess.

(b) ``docs/vault-format.md`` is precise enough to open a vault: the data key is
unwrapped here from ``keyslots.json`` with only ``json``, ``base64`` and
``cryptography``, following the document, not Hearth's keyslot module.
"""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Mapping
from pathlib import Path

import pytest
import sqlcipher3
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop_app.vault.services import VaultServices
from desktop_app.vault.vault import Vault
from tests.helpers.vaults import add_family, consent_to_everything

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / ".venv" / "interop-sqlcipher3-binary"
PASS = "lantern orchard whistle seventeen"
ALIAS = "Interop family عائلة"
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


@pytest.fixture
def made(tmp_path: Path) -> tuple[Path, bytes, str]:
    folder = tmp_path / "vault"
    vault, code = Vault.create(folder, "Amina", PASS)
    services = VaultServices.from_vault(vault)
    consent_to_everything(services)
    add_family(services, alias=ALIAS)
    key = vault.data_key()
    vault.close()
    return folder, key, code


def _independent_build() -> Path:
    """Install ``sqlcipher3-binary`` into the cache once (whole, or not at all); reuse it."""
    if not (CACHE / "sqlcipher3").is_dir():
        partial = CACHE.with_name(CACHE.name + ".partial")
        shutil.rmtree(partial, ignore_errors=True)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                "--target",
                str(partial),
                "sqlcipher3-binary",
            ],
            check=True,
            timeout=600,
        )
        shutil.rmtree(CACHE, ignore_errors=True)
        partial.rename(CACHE)
    return CACHE


def test_the_database_opens_with_an_independent_sqlcipher_build(
    made: tuple[Path, bytes, str],
) -> None:
    folder, key, _code = made
    probe = (
        "import sqlcipher3, sys\n"
        "c = sqlcipher3.connect(sys.argv[1])\n"
        'c.execute("PRAGMA key = \\"x\'" + sys.argv[2] + "\'\\"")\n'
        "print(sqlcipher3.__file__)\n"
        "print(c.execute('PRAGMA cipher_version').fetchone()[0])\n"
        "print(c.execute('SELECT count(*) FROM households').fetchone()[0])\n"
        "print(c.execute('SELECT alias FROM households').fetchone()[0])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, str(folder / "hearth.db"), key.hex()],
        env={"PYTHONPATH": str(_independent_build()), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    module_file, version, count, alias = result.stdout.strip().splitlines()
    assert module_file.startswith(str(CACHE))
    ours = sqlcipher3.connect(":memory:").execute("PRAGMA cipher_version").fetchone()[0]
    assert version.startswith("4.")
    assert version != ours, "the second build must really be another SQLCipher"
    assert count == "1"
    assert alias == ALIAS


def _ad(document: Mapping[str, object], slot: Mapping[str, object]) -> bytes:
    meta = {k: v for k, v in slot.items() if k not in ("nonce", "wrapped_key")}
    return json.dumps(
        {
            "format": document["format"],
            "format_version": document["format_version"],
            "vault_id": document["vault_id"],
            "slot": meta,
        },
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=True,
    ).encode("ascii")


def _unwrap(wrap_key: bytes, document: dict[str, object], slot: dict[str, str]) -> bytes:
    return AESGCM(wrap_key).decrypt(
        base64.b64decode(slot["nonce"]), base64.b64decode(slot["wrapped_key"]), _ad(document, slot)
    )


def _read_rows(folder: Path, key: bytes) -> list[str]:
    conn = sqlcipher3.connect(str(folder / "hearth.db"))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    rows = [str(r[0]) for r in conn.execute("SELECT alias FROM households")]
    conn.close()
    return rows


def test_the_documented_format_opens_the_vault_with_the_recovery_code(
    made: tuple[Path, bytes, str],
) -> None:
    folder, key, code = made
    document = json.loads((folder / "keyslots.json").read_text("utf-8"))
    slot = next(s for s in document["slots"] if s["kind"] == "recovery")
    assert "kdf" not in slot
    text = code.upper().replace(" ", "").replace("-", "")
    assert len(text) == 56
    value = 0
    for char in text[:52]:
        value = value * 32 + ALPHABET.index(char)
    code_bytes = (value >> 4).to_bytes(32, "big")
    # The 4 check characters, as the document defines them.
    digest = hashlib.sha256(b"hearth recovery check" + code_bytes).digest()[:3]
    check_value = int.from_bytes(digest, "big") << 1  # 24 bits padded to 25 (5 characters)
    check = "".join(ALPHABET[(check_value >> (5 * (4 - i))) & 31] for i in range(5))[:4]
    assert text[52:] == check
    wrap = HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=base64.b64decode(slot["salt"]),
        info=b"hearth recovery slot v1",
    ).derive(code_bytes)
    assert _unwrap(wrap, document, slot) == key
    assert _read_rows(folder, key) == [ALIAS]


def test_the_documented_format_opens_the_vault_with_a_passphrase(
    made: tuple[Path, bytes, str],
) -> None:
    folder, key, _code = made
    document = json.loads((folder / "keyslots.json").read_text("utf-8"))
    slot = next(s for s in document["slots"] if s["kind"] == "passphrase")
    assert slot["label"] == "Amina"
    kdf = slot["kdf"]
    assert (kdf["name"], kdf["version"]) == ("argon2id", 19)
    assert kdf["memory_kib"] >= 65536
    assert kdf["iterations"] >= 3
    wrap = Argon2id(
        salt=base64.b64decode(slot["salt"]),
        length=32,
        iterations=kdf["iterations"],
        lanes=kdf["lanes"],
        memory_cost=kdf["memory_kib"],
    ).derive(unicodedata.normalize("NFKC", PASS).encode("utf-8"))
    assert _unwrap(wrap, document, slot) == key
    assert _read_rows(folder, key) == [ALIAS]


def test_the_constants_used_here_are_the_documented_ones() -> None:
    """The two tests above follow docs/vault-format.md: its text names these exact values."""
    doc = (ROOT / "docs" / "vault-format.md").read_text("utf-8")
    for phrase in (
        ALPHABET,
        'info = "hearth recovery slot v1"',
        'SHA-256("hearth recovery check" || code_bytes)[0:3] )[0:4]',
        'json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=True)',
        '"format": "hearth-keyslots"',
        '"format_version": 1',
        "without** `nonce` and `wrapped_key`",
        "UTF-8( NFKC( passphrase ) )",
        "PRAGMA key = \"x'<64 lowercase hex digits of the data key>'\"",
    ):
        assert phrase in doc, phrase
