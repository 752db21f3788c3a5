"""Bundles: sealed by a device, opened only by its coordinator, refused when anything is off."""

from __future__ import annotations

import json
import struct

import pytest

from desktop_app.stats.payload import Payload
from desktop_app.sync.bundle import MAGIC, open_bundle, read_header, seal_bundle
from desktop_app.sync.errors import (
    DuplicateBundleError,
    NotABundleError,
    OutdatedRevisionError,
    TamperedBundleError,
    UnknownDeviceError,
    WrongReceiverError,
    WrongSignerError,
)
from desktop_app.sync.hub import Hub
from desktop_app.sync.keys import DeviceIdentity, ReceiverIdentity, enrol_device
from desktop_app.vault.services import VaultServices
from tests.helpers.vaults import vault_services
from tests.sync.conftest import make_payload


def _seal(device: DeviceIdentity, hub: Hub, payload: Payload | None = None) -> bytes:
    return seal_bundle(payload or make_payload(), device, hub.identity.public_key).data


def _header_span(data: bytes) -> tuple[int, int]:
    (length,) = struct.unpack(">I", data[len(MAGIC) : len(MAGIC) + 4])
    start = len(MAGIC) + 4
    return start, start + length


def test_a_sealed_bundle_opens_to_the_signed_payload(paired: DeviceIdentity, hub: Hub) -> None:
    payload = make_payload()
    data = _seal(paired, hub, payload)
    opened = hub.open(data)
    assert opened.payload.device_id == paired.device_id  # filled in at sealing
    assert opened.payload.values == payload.values
    assert opened.header.receiver == hub.identity.fingerprint
    assert (opened.header.period, opened.header.revision) == ("2026-10", 0)
    # Sealed: no value or area is readable in the file.
    assert b"RIVERSIDE" not in data
    assert b"needs_open_by_category" not in data
    assert read_header(data).file_name == f"hearth-2026-10-r0-{paired.device_id}.hearth-bundle"


def test_sealing_twice_gives_different_bytes_that_open_the_same(
    paired: DeviceIdentity, hub: Hub
) -> None:
    first, second = _seal(paired, hub), _seal(paired, hub)
    assert first != second  # a fresh HPKE key each time
    assert hub.open(first).payload_bytes == hub.open(second).payload_bytes


@pytest.mark.parametrize("where", ["first ciphertext byte", "last byte", "middle"])
def test_a_changed_byte_in_the_sealed_part_is_refused_as_tampered(
    paired: DeviceIdentity, hub: Hub, where: str
) -> None:
    data = bytearray(_seal(paired, hub))
    _start, end = _header_span(bytes(data))
    index = {"first ciphertext byte": end, "last byte": len(data) - 1}.get(
        where, (end + len(data)) // 2
    )
    data[index] ^= 0x01
    with pytest.raises(TamperedBundleError, match="changed after it was sealed"):
        hub.open(bytes(data))


def test_a_cut_short_bundle_is_refused(paired: DeviceIdentity, hub: Hub) -> None:
    data = _seal(paired, hub)
    with pytest.raises(TamperedBundleError):
        hub.open(data[:-10])
    with pytest.raises(NotABundleError, match="not a Hearth bundle"):
        hub.open(data[: len(MAGIC) + 6])


def test_an_edited_header_is_refused_because_it_is_bound_to_the_seal(
    paired: DeviceIdentity, hub: Hub
) -> None:
    data = _seal(paired, hub, make_payload(revision=1))
    start, end = _header_span(data)
    header = json.loads(data[start:end])
    header["revision"] = 7  # same length: only the binding can notice
    edited = json.dumps(header, sort_keys=True, separators=(",", ":")).encode()
    assert len(edited) == end - start
    with pytest.raises(TamperedBundleError):
        hub.open(data[:start] + edited + data[end:])


def test_a_header_swapped_from_another_bundle_is_refused(paired: DeviceIdentity, hub: Hub) -> None:
    october = _seal(paired, hub, make_payload("2026-10"))
    november = _seal(paired, hub, make_payload("2026-11"))
    s1, e1 = _header_span(october)
    s2, e2 = _header_span(november)
    swapped = november[:s2] + october[s1:e1] + november[e2:]
    with pytest.raises(TamperedBundleError):
        hub.open(swapped)


def test_a_bundle_signed_by_another_device_is_refused(
    paired: DeviceIdentity, hub: Hub, coordinator: VaultServices, tmp_path
) -> None:
    # A second enrolled device signs a bundle that claims to come from the first.
    with vault_services(tmp_path / "other") as other_vault:
        other = DeviceIdentity.of_vault(other_vault.sync)
    enrol_device(coordinator.sync, other.public_key_file(), confirm=True)

    class Impostor:
        device_id = paired.device_id
        sign = staticmethod(other.sign)

    data = seal_bundle(make_payload(), Impostor(), hub.identity.public_key).data  # type: ignore[arg-type]
    with pytest.raises(WrongSignerError, match="not signed by the device it names") as caught:
        hub.open(data)
    assert paired.device_id in str(caught.value)
    # The same impostor under its own name is fine: only the claim was false.
    assert hub.open(_seal(other, hub)).header.sender == other.device_id


def test_a_bundle_from_a_device_that_is_not_enrolled_is_refused(
    hub: Hub, tmp_path, coordinator: VaultServices
) -> None:
    with vault_services(tmp_path / "stranger") as stranger_vault:
        stranger = DeviceIdentity.of_vault(stranger_vault.sync)
    with pytest.raises(UnknownDeviceError, match="not enrolled") as caught:
        hub.open(_seal(stranger, hub))
    assert stranger.device_id in str(caught.value)


def test_a_bundle_sealed_to_another_coordinator_is_refused(
    paired: DeviceIdentity, hub: Hub, tmp_path
) -> None:
    with vault_services(tmp_path / "elsewhere") as elsewhere_vault:
        elsewhere = ReceiverIdentity.of_vault(elsewhere_vault.sync)
    data = seal_bundle(make_payload(), paired, elsewhere.public_key).data
    with pytest.raises(WrongReceiverError, match="another coordinator's key") as caught:
        hub.open(data)
    assert elsewhere.fingerprint in str(caught.value)
    assert hub.identity.fingerprint in str(caught.value)


def test_relabelling_a_foreign_bundle_with_our_fingerprint_does_not_open_it(
    paired: DeviceIdentity, hub: Hub, tmp_path
) -> None:
    with vault_services(tmp_path / "elsewhere") as elsewhere_vault:
        elsewhere = ReceiverIdentity.of_vault(elsewhere_vault.sync)
    data = seal_bundle(make_payload(), paired, elsewhere.public_key).data
    start, end = _header_span(data)
    relabelled = data[start:end].replace(
        elsewhere.fingerprint.encode(), hub.identity.fingerprint.encode()
    )
    with pytest.raises(TamperedBundleError):
        hub.open(data[:start] + relabelled + data[end:])


def test_a_replayed_bundle_is_refused_as_a_duplicate(paired: DeviceIdentity, hub: Hub) -> None:
    data = _seal(paired, hub)
    hub.import_bundle(data)
    with pytest.raises(DuplicateBundleError, match="already imported") as caught:
        hub.import_bundle(data)
    assert "2026-10" in str(caught.value)
    assert paired.device_id in str(caught.value)
    # A fresh sealing of the same release is the same release.
    with pytest.raises(DuplicateBundleError):
        hub.import_bundle(_seal(paired, hub))


def test_an_older_revision_after_a_newer_one_is_refused(paired: DeviceIdentity, hub: Hub) -> None:
    older = _seal(paired, hub, make_payload(revision=0))
    hub.import_bundle(_seal(paired, hub, make_payload(revision=2, new_households=14)))
    with pytest.raises(OutdatedRevisionError, match="newer revision") as caught:
        hub.import_bundle(older)
    assert "(2)" in str(caught.value)
    # A newer one still goes in.
    hub.import_bundle(_seal(paired, hub, make_payload(revision=3, new_households=15)))


def test_random_bytes_and_other_files_are_not_bundles(hub: Hub) -> None:
    for junk in (b"", b"hello", MAGIC + b"\xff\xff\xff\xff", MAGIC + b"\x00\x00\x00\x02{}x"):
        with pytest.raises(NotABundleError):
            hub.open(junk)


def test_a_signed_payload_that_disagrees_with_its_label_is_refused(
    paired: DeviceIdentity, hub: Hub
) -> None:
    # A (buggy or dishonest) device signs and seals October's numbers labelled November.
    from cryptography.hazmat.primitives.asymmetric import x25519

    from desktop_app.sync import bundle as b

    payload = make_payload("2026-10", device_id=paired.device_id)
    header = b.BundleHeader(hub.identity.fingerprint, paired.device_id, "2026-11", 0)
    header_bytes = header.to_bytes()
    signature = paired.sign(b._signed_message(header_bytes, payload.to_json()))
    sealed = b._SUITE.encrypt(
        signature + payload.to_json(),
        x25519.X25519PublicKey.from_public_bytes(hub.identity.public_key),
        info=b._INFO_TAG + header_bytes,
    )
    data = MAGIC + struct.pack(">I", len(header_bytes)) + header_bytes + sealed
    with pytest.raises(TamperedBundleError, match="do not match its label"):
        open_bundle(data, hub.identity, lambda _d: paired.public_key)


def test_sealing_refuses_a_payload_of_another_device(paired: DeviceIdentity, hub: Hub) -> None:
    with pytest.raises(ValueError, match="another device"):
        seal_bundle(
            make_payload(device_id="aaaa-bbbb-cccc-dddd-eeee"), paired, hub.identity.public_key
        )
