"""Folder and ADX targets, the outbox, frozen releases, keys and key files."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop_app.sync.errors import FingerprintNotConfirmedError, KeyFileError, TargetError
from desktop_app.sync.hub import Hub
from desktop_app.sync.keys import (
    DeviceIdentity,
    KeyKind,
    ReceiverIdentity,
    parse_key_file,
    read_key_file,
    trust_receiver,
)
from desktop_app.sync.service import ReleaseChangedError, SyncService
from desktop_app.sync.targets import AdxTarget, FolderTarget, load_target, save_target
from desktop_app.vault.repositories.sync import OutboxStatus, OwnKeyPurpose
from desktop_app.vault.services import VaultServices
from desktop_app.vault.vault import Vault
from tests.helpers.vaults import PASSPHRASE, vault_services
from tests.sync.conftest import make_payload

FINGERPRINT = re.compile(r"^[0-9a-f]{4}(-[0-9a-f]{4}){4}$")


# ------------------------------------------------------------------------- keys
def test_the_device_key_is_made_once_and_lives_only_inside_the_encrypted_vault(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "v"
    with vault_services(folder) as services:
        first = DeviceIdentity.of_vault(services.sync)
        assert DeviceIdentity.of_vault(services.sync).device_id == first.device_id
        private = services.sync.own_key(OwnKeyPurpose.DEVICE)
    assert FINGERPRINT.match(first.device_id)
    assert private is not None
    # Neither half of the key is readable in any file of the vault folder.
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert private not in data
            assert first.public_key not in data
    vault = Vault.unlock(folder, "Staff", PASSPHRASE)
    try:
        again = DeviceIdentity.of_vault(VaultServices.from_vault(vault).sync)
    finally:
        vault.close()
    assert again.device_id == first.device_id


def test_a_key_file_round_trips_and_shows_the_same_fingerprint(device: VaultServices) -> None:
    identity = DeviceIdentity.of_vault(device.sync)
    read = parse_key_file(identity.public_key_file("Riverside laptop").to_bytes(), KeyKind.DEVICE)
    assert read.fingerprint == identity.device_id
    assert read.label == "Riverside laptop"


def test_a_key_is_trusted_only_after_its_fingerprint_is_confirmed(
    device: VaultServices, coordinator: VaultServices, tmp_path: Path
) -> None:
    path = tmp_path / "coordinator.key"
    receiver = ReceiverIdentity.of_vault(coordinator.sync)
    path.write_bytes(receiver.public_key_file().to_bytes())
    key = read_key_file(path, KeyKind.RECEIVER)
    assert key.fingerprint == receiver.fingerprint  # what the user is shown
    with pytest.raises(FingerprintNotConfirmedError):
        trust_receiver(device.sync, key, confirm=False)
    assert device.sync.receivers() == []
    assert trust_receiver(device.sync, key, confirm=True) == receiver.fingerprint
    assert [r.fingerprint for r in device.sync.receivers()] == [receiver.fingerprint]


def test_key_files_of_the_wrong_kind_or_edited_are_refused(coordinator: VaultServices) -> None:
    good = ReceiverIdentity.of_vault(coordinator.sync).public_key_file().to_bytes()
    with pytest.raises(KeyFileError, match="coordinator's key, not a device's"):
        parse_key_file(good, KeyKind.DEVICE)
    edited = good.replace(b'"key": "', b'"key": "A', 1)
    with pytest.raises(KeyFileError):
        parse_key_file(edited, KeyKind.RECEIVER)
    with pytest.raises(KeyFileError, match="not a Hearth public key"):
        parse_key_file(b"-----BEGIN PUBLIC KEY-----", KeyKind.RECEIVER)


# ------------------------------------------------------------------ folder target
def _folder_target(device: VaultServices, hub: Hub, folder: Path) -> None:
    save_target(device.sync, FolderTarget("usb", folder, hub.identity.fingerprint))


def test_a_folder_target_needs_a_trusted_receiver(device: VaultServices, tmp_path: Path) -> None:
    with pytest.raises(TargetError, match="not among this vault's receiver keys"):
        save_target(device.sync, FolderTarget("usb", tmp_path, "0000-0000-0000-0000-0000"))
    with pytest.raises(TargetError, match="no target called"):
        load_target(device.sync, "usb")


def test_a_folder_sync_writes_one_sealed_bundle_the_coordinator_imports(
    paired: DeviceIdentity, device: VaultServices, hub: Hub, tmp_path: Path
) -> None:
    drop = tmp_path / "usb"
    drop.mkdir()
    _folder_target(device, hub, drop)
    report = SyncService(device.sync).sync("usb", make_payload())
    assert report.ok
    files = sorted(p.name for p in drop.iterdir())
    assert files == [f"hearth-2026-10-r0-{paired.device_id}.hearth-bundle"]  # no temp left
    imported = hub.import_folder(drop)
    assert [r.status.value for r in imported.results] == ["imported"]


def test_an_unplugged_folder_keeps_the_bundle_in_the_outbox_for_the_next_sync(
    paired: DeviceIdentity, device: VaultServices, hub: Hub, tmp_path: Path
) -> None:
    drop = tmp_path / "usb"
    _folder_target(device, hub, drop)
    service = SyncService(device.sync)
    report = service.sync("usb", make_payload())
    assert not report.ok
    assert "is not available" in report.deliveries[0].message
    (item,) = service.pending("usb")

    drop.mkdir()  # plugged in again
    assert service.sync("usb").ok
    (written,) = drop.iterdir()
    assert written.read_bytes() == item.content  # the very bundle kept in the outbox
    assert service.pending("usb") == []
    assert device.sync.outbox("usb")[0].status is OutboxStatus.SENT


def test_different_numbers_under_a_prepared_revision_are_refused(
    paired: DeviceIdentity, device: VaultServices, hub: Hub, tmp_path: Path
) -> None:
    _folder_target(device, hub, tmp_path)
    service = SyncService(device.sync)
    service.sync("usb", make_payload())
    with pytest.raises(ReleaseChangedError, match="different numbers"):
        service.sync("usb", make_payload(new_households=13))
    assert service.sync("usb", make_payload(revision=1, new_households=13)).ok


def test_a_release_stays_in_the_outbox_when_nothing_is_synced(
    paired: DeviceIdentity, device: VaultServices, hub: Hub, tmp_path: Path
) -> None:
    drop = tmp_path / "usb"
    _folder_target(device, hub, drop)
    SyncService(device.sync).prepare("usb", make_payload())
    drop.mkdir()
    # Preparing, reopening the service, listing: none of it delivers.
    service = SyncService(device.sync)
    assert len(service.pending("usb")) == 1
    assert list(drop.iterdir()) == []


# --------------------------------------------------------------------- ADX target
def test_an_adx_target_writes_an_adx_file(device: VaultServices, tmp_path: Path) -> None:
    save_target(device.sync, AdxTarget("adx", tmp_path, "HEARTH_DS"))
    report = SyncService(device.sync).sync("adx", make_payload("2026Q4"))
    assert report.ok
    (written,) = tmp_path.glob("*.adx.xml")
    text = written.read_text("utf-8")
    assert 'period="2026-10-01/P3M"' in text
    assert 'dataSet="HEARTH_DS"' in text
