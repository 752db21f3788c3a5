"""Two vaults for sync tests: a device that reports and a coordinator that receives."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.stats.payload import Payload, PublishedValue, Suppression
from desktop_app.sync.hub import Hub
from desktop_app.sync.keys import DeviceIdentity, enrol_device, trust_receiver
from desktop_app.vault.services import VaultServices
from tests.helpers.vaults import vault_services


def make_payload(
    period: str = "2026-10",
    revision: int = 0,
    *,
    area: str = "RIVERSIDE",
    device_id: str = "",
    new_households: int = 12,
) -> Payload:
    """A hand-made release: a total, a table by need with one suppressed cell."""
    return Payload(
        period=period,
        area=area,
        software_version="0.test",
        indicator_version="1",
        device_id=device_id,
        revision=revision,
        values=(
            PublishedValue("new_households", (), new_households),
            PublishedValue("needs_open_by_category", (("need_category", "housing"),), 7),
            PublishedValue("needs_open_by_category", (("need_category", "school_place"),), 9),
            PublishedValue(
                "needs_open_by_category",
                (("need_category", "health"),),
                None,
                Suppression.PRIMARY,
            ),
        ),
    )


@pytest.fixture
def device(tmp_path: Path) -> Iterator[VaultServices]:
    """A reporting device's unlocked vault."""
    with vault_services(tmp_path / "device") as services:
        yield services


@pytest.fixture
def coordinator(tmp_path: Path) -> Iterator[VaultServices]:
    """A coordinator's unlocked vault."""
    with vault_services(tmp_path / "coordinator") as services:
        yield services


@pytest.fixture
def hub(coordinator: VaultServices) -> Hub:
    """The coordinator's hub."""
    return Hub(coordinator.sync)


@pytest.fixture
def paired(device: VaultServices, coordinator: VaultServices, hub: Hub) -> DeviceIdentity:
    """The device trusts the coordinator's key and the coordinator enrolled the device."""
    trust_receiver(device.sync, hub.identity.public_key_file(), confirm=True)
    identity = DeviceIdentity.of_vault(device.sync)
    enrol_device(coordinator.sync, identity.public_key_file(), confirm=True)
    return identity
