"""Canary: family text never reaches a file in plaintext, and erasure really erases.

A unique canary (ASCII and Arabic) is written into every kind of household record,
searched, edited, re-read after reopening the vault, then erased. Every file under the
vault folder and the system temp folder is scanned for it (UTF-8, UTF-16-LE/BE) before
erasure (encryption) and after. After erasure the database is also *decrypted* — every
page, including free pages, decrypted here with AES-256-CBC the way SQLCipher 4 lays
pages out; all rows of all tables incl. FTS5 shadow tables; and a plaintext
``sqlcipher_export`` copy (only inside this test's tmp dir) — and the canary is gone.
A second household's canary that is *not* erased is found each time: the scans can see.
"""

from __future__ import annotations

import base64
import dataclasses
import mmap
import os
import stat
import tempfile
import time
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import Protocol

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from desktop_app.core import models as m
from desktop_app.vault.connection import Connection, open_connection
from desktop_app.vault.erasure import erase_household
from desktop_app.vault.migrations import migrate
from desktop_app.vault.repositories import (
    ChampionRepository,
    ConsentRepository,
    ContactRepository,
    DraftRepository,
    FollowUpRepository,
    HouseholdRepository,
    NeedRepository,
    ServiceRepository,
)
from tests.vault.dbutil import NOTICE_TEXT, audit_for, sample_aggregate, save_notice

PAGE_SIZE = 4096  # SQLCipher 4 default
RESERVE = 80  # IV (16) + HMAC-SHA512 (64) at the end of every page
MAX_SCAN_BYTES = 1 << 30


def _needles(*texts: str) -> list[bytes]:
    out = []
    for text in texts:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            out.append(text.encode(encoding))
    return out


def _scan_files(roots: list[Path], needles: list[bytes]) -> list[str]:
    hits = []
    for root in roots:
        for dirpath, _dirs, files in os.walk(root, followlinks=False):
            for name in files:
                path = Path(dirpath) / name
                try:
                    if not path.is_file() or path.is_symlink():
                        continue
                    size = path.stat().st_size
                    if size == 0 or size > MAX_SCAN_BYTES:
                        continue
                    with (
                        path.open("rb") as fh,
                        mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mm,
                    ):
                        hits += [f"{path}: {n!r}" for n in needles if mm.find(n) != -1]
                except (OSError, ValueError):
                    continue  # vanished, unreadable or special: not ours
    return hits


def _decrypt_pages(db: Path, key: bytes) -> Iterator[bytes]:
    """Decrypt every page of the database file and every frame of its WAL."""
    data = db.read_bytes()

    def decrypt(page: bytes, first: bool) -> bytes:
        iv = page[PAGE_SIZE - RESERVE : PAGE_SIZE - RESERVE + 16]
        start = 16 if first else 0  # page 1 starts with the plaintext salt
        body = page[start : PAGE_SIZE - RESERVE]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        return decryptor.update(body) + decryptor.finalize()

    for index in range(len(data) // PAGE_SIZE):
        yield decrypt(data[index * PAGE_SIZE : (index + 1) * PAGE_SIZE], index == 0)
    wal = db.with_name(db.name + "-wal")
    if wal.exists() and wal.stat().st_size > 32:
        frames = wal.read_bytes()[32:]
        step = 24 + PAGE_SIZE
        for offset in range(0, len(frames) - step + 1, step):
            page_no = int.from_bytes(frames[offset : offset + 4], "big")
            yield decrypt(frames[offset + 24 : offset + step], page_no == 1)


def _all_rows_text(conn: Connection) -> bytes:
    names = [
        r[0]
        for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        if r[0] != "household_search"  # contentless: its shadow tables are read instead
    ]
    chunks = []
    for name in names:
        for row in conn.execute(f'SELECT * FROM "{name}"'):
            for value in row:
                if isinstance(value, bytes):
                    chunks.append(value)
                elif value is not None:
                    chunks.append(str(value).encode("utf-8"))
    return b"\n".join(chunks)


class _Repositories(Protocol):
    """What :func:`_populate_through` writes through: a ``VaultServices`` has all of it."""

    @property
    def households(self) -> HouseholdRepository: ...
    @property
    def services(self) -> ServiceRepository: ...
    @property
    def contacts(self) -> ContactRepository: ...
    @property
    def needs(self) -> NeedRepository: ...
    @property
    def follow_ups(self) -> FollowUpRepository: ...
    @property
    def consent(self) -> ConsentRepository: ...
    @property
    def champions(self) -> ChampionRepository: ...
    @property
    def drafts(self) -> DraftRepository: ...


def _populate(conn: Connection, ascii_canary: str, arabic_canary: str) -> int:
    audit = audit_for(conn)
    repos = SimpleNamespace(
        households=HouseholdRepository(conn, audit),
        services=ServiceRepository(conn, audit),
        contacts=ContactRepository(conn, audit),
        needs=NeedRepository(conn, audit),
        follow_ups=FollowUpRepository(conn, audit),
        consent=ConsentRepository(conn, audit),
        champions=ChampionRepository(conn, audit),
        drafts=DraftRepository(conn, audit),
    )
    return _populate_through(repos, save_notice(conn, audit), ascii_canary, arabic_canary)


def _populate_through(
    repos: _Repositories, notice: str, ascii_canary: str, arabic_canary: str
) -> int:
    """Write the canaries into every kind of household record; return the household id."""
    service = repos.services.add(m.Service("Advice centre"))
    agg = repos.households.create(
        dataclasses.replace(
            sample_aggregate(
                alias=ascii_canary,
                given_name=arabic_canary,
                note=f"{ascii_canary} {arabic_canary}",
                notice_hash=notice,
            ),
            referrals=(
                m.Referral(
                    0, service.id or 0, True, m.ReferralStatus.REFERRED, outcome=ascii_canary
                ),
            ),
        )
    )
    hid = agg.household.id or 0
    repos.contacts.add(
        hid,
        m.Contact(
            m.ContactKind.HOME_VISIT,
            date(2026, 3, 1),
            note=f"زيارة {arabic_canary}",
            interpreter_name=ascii_canary,
        ),
    )
    repos.needs.add(hid, m.Need(m.NeedCategory.HOUSING, note=arabic_canary))
    repos.follow_ups.add(hid, m.FollowUp(f"Ring {ascii_canary}", date(2026, 4, 1)))
    repos.consent.record(
        hid,
        m.ConsentEvent(
            m.ConsentPurpose.STATISTICS,
            m.ConsentDecision.GIVEN,
            notice,
            "ar",
            m.ConsentMethod.PAPER_FORM,
            m.DecidedBy.CAREGIVER,
            "Ms Patel",
            paper_reference=ascii_canary,
            interpreter_name=arabic_canary,
        ),
    )
    repos.champions.add(m.Champion(hid, availability=ascii_canary))
    repos.drafts.save(
        m.Draft("contact_form", agg.household.reference, f'{{"note": "{arabic_canary}"}}'.encode())
    )
    return hid


def test_canary_is_encrypted_and_erased(tmp_path: Path) -> None:
    token = uuid.uuid4().hex
    ascii_canary, arabic_canary = f"CANARY-{token}", f"كناري{token}"
    keep_token = uuid.uuid4().hex
    keep_canary = f"KEEPME-{keep_token}"  # a household that is not erased: the control
    folder = tmp_path / "vault"
    folder.mkdir()
    db = folder / "vault.db"
    key = os.urandom(32)

    conn = open_connection(db, key)
    migrate(conn)
    hid = _populate(conn, ascii_canary, arabic_canary)
    households = HouseholdRepository(conn, audit_for(conn))
    households.create(sample_aggregate(alias=keep_canary, given_name=keep_canary, note=""))
    # Feature tour: search, sort (temp b-trees must stay in memory), edit.
    assert [r.id for r in households.search(f"CANARY-{token[:6]}")] == [hid]
    assert [r.id for r in households.search(arabic_canary[:8])] == [hid]
    households.list_page(0, 50, sort=m.HouseholdSort.LAST_CONTACT)
    stored = households.get(hid)
    assert stored is not None
    households.update(dataclasses.replace(stored.household, alias=f"{ascii_canary} edited"))
    conn.close()

    conn = open_connection(db, key)
    migrate(conn)
    households = HouseholdRepository(conn, audit_for(conn))
    assert [r.id for r in households.search(token[:10])] == [hid]

    secret = _needles(ascii_canary, arabic_canary, token, keep_canary)
    roots = [folder, Path(tempfile.gettempdir())]
    assert _scan_files(roots, secret) == [], "plaintext on disk while the vault is in use"

    assert erase_household(conn, audit_for(conn), hid) is True
    assert _scan_files(roots, secret) == []
    assert households.search(token[:10]) == []

    # Decrypt every page (free pages too) and every WAL frame.
    pages = b"".join(_decrypt_pages(db, key))
    assert keep_canary.encode() in pages, "control: decryption must reveal live data"
    for needle in _needles(ascii_canary, arabic_canary, token):
        assert needle not in pages

    # Every row of every table, FTS5 shadow tables included.
    rows = _all_rows_text(conn)
    assert keep_canary.encode() in rows
    for needle in _needles(ascii_canary, arabic_canary, token):
        assert needle not in rows

    # A plaintext export, written only inside this test's tmp dir, scanned raw.
    plain = tmp_path / "plain-export.db"
    conn.execute(f"ATTACH DATABASE '{plain}' AS plain KEY ''")
    conn.execute("SELECT sqlcipher_export('plain')")
    conn.execute("DETACH DATABASE plain")
    raw = plain.read_bytes()
    assert raw.startswith(b"SQLite format 3\x00")
    assert keep_canary.encode() in raw
    for needle in _needles(ascii_canary, arabic_canary, token):
        assert needle not in raw
    plain.unlink()
    conn.close()


def test_household_erased_by_withdrawing_case_record_consent_leaves_no_trace(
    tmp_path: Path,
) -> None:
    """Withdrawing *keep a case record* erases for real: no file holds the canary after."""
    token = uuid.uuid4().hex
    ascii_canary, arabic_canary = f"WITHDRAWN-{token}", f"سحب{token}"
    keep_canary = f"KEEPME-{uuid.uuid4().hex}"
    folder = tmp_path / "vault"
    folder.mkdir()
    db = folder / "vault.db"
    key = os.urandom(32)
    conn = open_connection(db, key)
    migrate(conn)
    hid = _populate(conn, ascii_canary, arabic_canary)
    audit = audit_for(conn)
    HouseholdRepository(conn, audit).create(
        sample_aggregate(alias=keep_canary, given_name=keep_canary, note="")
    )
    secret = _needles(ascii_canary, arabic_canary, token)
    assert _scan_files([folder], secret) == [], "plaintext on disk while the vault is in use"

    notice = m.ConsentNotice(m.ConsentPurpose.CASE_RECORD, "ar", "نص موافقة للاختبار")
    ConsentRepository(conn, audit).save_notice(notice)
    result = ConsentRepository(conn, audit).withdraw(
        hid,
        m.ConsentEvent(
            m.ConsentPurpose.CASE_RECORD,
            m.ConsentDecision.WITHDRAWN,
            notice.version_hash,
            "ar",
            m.ConsentMethod.VERBAL_VIA_INTERPRETER,
            m.DecidedBy.CAREGIVER,
            "Ms Patel",
            interpreter_name=arabic_canary,  # even the withdrawal's own details go
            paper_reference=ascii_canary,
        ),
    )
    assert result.household_erased
    assert result.wal_clean
    assert _scan_files([folder, Path(tempfile.gettempdir())], secret) == []
    pages = b"".join(_decrypt_pages(db, key))
    assert keep_canary.encode() in pages, "control: decryption must reveal live data"
    rows = _all_rows_text(conn)
    assert keep_canary.encode() in rows
    for needle in secret:
        assert needle not in pages
        assert needle not in rows
    conn.close()
    assert _scan_files([folder], secret) == []


def _new_files_since(root: Path, started: float) -> list[Path]:
    """Regular files under ``root`` changed since ``started`` (the system temp folder)."""
    found = []
    for dirpath, _dirs, files in os.walk(root, followlinks=False):
        for name in files:
            path = Path(dirpath) / name
            try:
                info = path.lstat()
            except OSError:
                continue
            if stat.S_ISREG(info.st_mode) and max(info.st_mtime, info.st_ctime) >= started:
                found.append(path)
    return found


def test_canary_through_the_vault_facade_backup_and_lock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same tour through the real Vault and its services: create, save, search, edit,
    back up (into the vault folder), lock, unlock, erase — and no plaintext anywhere."""
    from desktop_app.vault.backup import create_backup
    from desktop_app.vault.erasure import finish_erasure
    from desktop_app.vault.services import VaultServices
    from desktop_app.vault.vault import Vault

    started = time.time() - 1  # filesystem timestamps can be coarse
    system_tmp = Path(tempfile.gettempdir())
    scratch_tmp = tmp_path / "tmp"
    scratch_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch_tmp))
    monkeypatch.setattr(tempfile, "tempdir", None)  # re-read TMPDIR
    assert Path(tempfile.gettempdir()) == scratch_tmp
    token = uuid.uuid4().hex
    ascii_canary, arabic_canary = f"FACADE-{token}", f"واجهة{token}"
    passphrase = f"passphrase-{uuid.uuid4().hex}"
    folder = tmp_path / "vault"
    vault, code = Vault.create(folder, "Amina", passphrase)
    services = VaultServices.from_vault(vault)
    notice = services.consent.save_notice(
        m.ConsentNotice(m.ConsentPurpose.CASE_RECORD, "ar", NOTICE_TEXT)
    )
    hid = _populate_through(services, notice, ascii_canary, arabic_canary)
    keep_token = uuid.uuid4().hex  # a household that stays: the scans' control
    services.households.create(
        sample_aggregate(alias=f"KEEP-{keep_token}", given_name="Omar", note="", notice_hash=notice)
    )
    # Search (ASCII and Arabic), sort, edit through the services.
    assert [r.id for r in services.households.search(token[:8])] == [hid]
    assert [r.id for r in services.households.search(arabic_canary[:7])] == [hid]
    services.households.list_page(0, 50, sort=m.HouseholdSort.LAST_CONTACT)
    stored = services.households.get(hid)
    assert stored is not None
    services.households.update(
        dataclasses.replace(stored.household, alias=f"{ascii_canary} edited")
    )
    services.households.update_person(
        dataclasses.replace(stored.people[0], given_name=f"{arabic_canary} عدّل")
    )
    edited = services.households.get(hid)
    assert edited is not None
    assert edited.household.alias == f"{ascii_canary} edited"
    backup = create_backup(vault, folder / "backups" / "b.hearth-backup")
    data_key = vault.data_key()
    vault.close()  # the lock drops the key

    secret = _needles(ascii_canary, arabic_canary, token)
    control = _needles(f"KEEP-{keep_token}")
    roots = [folder, scratch_tmp]
    assert backup.exists()
    assert _scan_files(roots, secret + control) == [], "plaintext on disk after backup and lock"
    recent = _new_files_since(system_tmp, started)
    assert _scan_files_list(recent, secret + control) == []
    keyslots = (folder / "keyslots.json").read_bytes()
    for needle in (
        *_needles(passphrase),
        data_key,
        data_key.hex().encode(),
        data_key.hex().upper().encode(),
        base64.b64encode(data_key),
        base64.urlsafe_b64encode(data_key),
        code.encode(),
        code.replace(" ", "").encode(),
    ):
        assert needle not in keyslots

    vault = Vault.unlock(folder, "Amina", passphrase)
    services = VaultServices.from_vault(vault)
    assert [r.id for r in services.households.search(token[:8])] == [hid]  # it was saved
    assert erase_household(vault.connection, services.audit, hid) is True
    finish_erasure(vault.connection)
    assert services.households.search(token[:8]) == []
    assert services.households.search(keep_token[:8]) != []
    vault.close()
    backup.unlink()  # the old backup is the user's to delete
    assert _scan_files(roots, secret) == []
    assert _scan_files_list(_new_files_since(system_tmp, started), secret) == []
    pages = b"".join(_decrypt_pages(folder / "hearth.db", data_key))
    assert f"KEEP-{keep_token}".encode() in pages, "control: decryption must reveal live data"
    for needle in secret:
        assert needle not in pages


def _scan_files_list(paths: list[Path], needles: list[bytes]) -> list[str]:
    hits = []
    for path in paths:
        try:
            data = path.read_bytes()
        except OSError:
            continue  # vanished or unreadable: not ours
        hits += [f"{path}: {n!r}" for n in needles if n in data]
    return hits
