"""The coordinator view: key, enrolment, folder imports, merged tables, charts, exports."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop_app.gui.coordinator_page import CoordinatorPage
from desktop_app.stats.payload import Payload
from desktop_app.sync.formats import Dhis2Mapping
from desktop_app.sync.hub import Hub
from desktop_app.sync.keys import DeviceIdentity, KeyKind, read_key_file, trust_receiver
from desktop_app.sync.service import SyncService
from desktop_app.sync.targets import FolderTarget, save_target
from desktop_app.vault.repositories.sync import OwnKeyPurpose
from desktop_app.vault.services import VaultServices
from tests.helpers.qt import visible_texts
from tests.helpers.vaults import vault_services
from tests.sync.conftest import make_payload

TIMEOUT = 20_000


@pytest.fixture
def coordinator(tmp_path: Path) -> Iterator[VaultServices]:
    with vault_services(tmp_path / "coordinator") as opened:
        yield opened


@pytest.fixture
def page(qtbot, coordinator: VaultServices) -> CoordinatorPage:
    widget = CoordinatorPage()
    qtbot.addWidget(widget)
    widget.resize(1000, 900)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_services(coordinator)
    return widget


def _patch(monkeypatch: pytest.MonkeyPatch, name: str, answer: Any) -> list[tuple[Any, ...]]:
    asked: list[tuple[Any, ...]] = []

    def ask(cls: Any, *args: Any) -> Any:
        asked.append(args)
        return answer

    monkeypatch.setattr(CoordinatorPage, name, classmethod(ask))
    return asked


def _make_key(qtbot, page: CoordinatorPage) -> None:
    with qtbot.waitSignal(page.merged_ready, timeout=TIMEOUT):
        qtbot.mouseClick(page.ui.make_key_button, Qt.MouseButton.LeftButton)


def _device_bundle(
    tmp_path: Path, name: str, coordinator: VaultServices, drop: Path, payload: Payload
) -> DeviceIdentity:
    """A reporting laptop that trusts the coordinator and drops one bundle in ``drop``."""
    with vault_services(tmp_path / name) as device:
        hub = Hub(coordinator.sync)
        trust_receiver(device.sync, hub.identity.public_key_file(), confirm=True)
        save_target(device.sync, FolderTarget("usb", drop, hub.identity.fingerprint))
        assert SyncService(device.sync).sync("usb", payload).ok
        return DeviceIdentity.of_vault(device.sync)


def _enrol(qtbot, page: CoordinatorPage, monkeypatch, key_file: Path, *, confirm: bool) -> None:
    _patch(monkeypatch, "ask_open_path", key_file)
    _patch(monkeypatch, "ask_fingerprint", confirm)
    qtbot.mouseClick(page.ui.enrol_button, Qt.MouseButton.LeftButton)


def test_a_laptop_becomes_a_coordinator_only_when_asked(
    qtbot, page: CoordinatorPage, coordinator: VaultServices, tmp_path: Path, monkeypatch
) -> None:
    assert coordinator.sync.own_key(OwnKeyPurpose.RECEIVER) is None  # showing made nothing
    assert page.fingerprint() == ""
    assert not page.ui.import_button.isEnabled()
    assert not page.ui.enrol_button.isEnabled()
    _make_key(qtbot, page)
    fingerprint = Hub(coordinator.sync).identity.fingerprint
    assert page.fingerprint() == fingerprint
    assert not page.ui.make_key_button.isVisible()
    out = tmp_path / "coordinator-key.json"
    _patch(monkeypatch, "ask_save_path", out)
    qtbot.mouseClick(page.ui.export_key_button, Qt.MouseButton.LeftButton)
    assert read_key_file(out, KeyKind.RECEIVER).fingerprint == fingerprint
    assert fingerprint in page.ui.key_hint_label.text()


def test_a_laptop_is_enrolled_only_after_its_fingerprint_is_confirmed(
    qtbot, page: CoordinatorPage, coordinator: VaultServices, tmp_path: Path, monkeypatch
) -> None:
    _make_key(qtbot, page)
    with vault_services(tmp_path / "laptop") as device:
        identity = DeviceIdentity.of_vault(device.sync)
        key_file = tmp_path / "laptop-key.json"
        key_file.write_bytes(identity.public_key_file("Amina's laptop").to_bytes())
    asked = _patch(monkeypatch, "ask_fingerprint", False)
    _patch(monkeypatch, "ask_open_path", key_file)
    qtbot.mouseClick(page.ui.enrol_button, Qt.MouseButton.LeftButton)
    assert asked[0][1:] == (identity.device_id, "Amina's laptop")
    assert coordinator.sync.devices() == []
    assert "not enrolled" in page.ui.import_summary_label.text()
    _enrol(qtbot, page, monkeypatch, key_file, confirm=True)
    (enrolled,) = coordinator.sync.devices()
    assert enrolled.fingerprint == identity.device_id
    assert identity.device_id in page.ui.devices_list.item(0).text()
    # A coordinator's key offered as a laptop's is refused in words.
    other = tmp_path / "wrong-kind.json"
    other.write_bytes(Hub(coordinator.sync).identity.public_key_file().to_bytes())
    _enrol(qtbot, page, monkeypatch, other, confirm=True)
    assert "coordinator's key, not a device's" in page.ui.import_summary_label.text()


def test_a_folder_of_bundles_is_imported_merged_and_charted(
    qtbot, page: CoordinatorPage, coordinator: VaultServices, tmp_path: Path, monkeypatch
) -> None:
    _make_key(qtbot, page)
    drop = tmp_path / "usb"
    drop.mkdir()
    north = _device_bundle(tmp_path, "north", coordinator, drop, make_payload(new_households=12))
    south = _device_bundle(tmp_path, "south", coordinator, drop, make_payload(new_households=8))
    _device_bundle(tmp_path, "stranger", coordinator, drop, make_payload(new_households=30))
    for identity in (north, south):
        key_file = tmp_path / f"{identity.device_id}.json"
        key_file.write_bytes(identity.public_key_file().to_bytes())
        _enrol(qtbot, page, monkeypatch, key_file, confirm=True)
    # A changed bundle is refused on its own; the others still import.
    (original,) = (b for b in drop.iterdir() if north.device_id in b.name)
    tampered = drop / ("tampered-" + original.name)
    data = bytearray(original.read_bytes())
    data[-5] ^= 0x01
    tampered.write_bytes(bytes(data))
    _patch(monkeypatch, "ask_folder", drop)
    with qtbot.waitSignal(page.merged_ready, timeout=TIMEOUT):
        qtbot.mouseClick(page.ui.import_button, Qt.MouseButton.LeftButton)
    lines = [
        page.ui.import_results_list.item(i).text()
        for i in range(page.ui.import_results_list.count())
    ]
    assert len(lines) == 4
    assert sum(": Imported. " in line for line in lines) == 2
    refused = [line for line in lines if ": Refused. " in line]
    assert len(refused) == 2  # the stranger's laptop and the changed file
    assert sum("not enrolled here" in line for line in refused) == 1  # the stranger
    assert sum(line.startswith("tampered-") and "changed" in line for line in refused) == 1
    assert "2 bundles imported; 2 refused" in page.ui.import_summary_label.text()
    # Merged: the two enrolled laptops' numbers added up, the hidden cell still hidden.
    cells = {(c.indicator, c.dimensions): c for c in page.merged_cells()}
    assert cells[("new_households", ())].value == 20
    housing = cells[("needs_open_by_category", (("need_category", "housing"),))]
    assert housing.value == 14
    health = cells[("needs_open_by_category", (("need_category", "health"),))]
    assert health.value is None
    tree = page.ui.merged_tree
    shown = {}
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        assert top is not None
        for j in range(top.childCount()):
            child = top.child(j)
            assert child is not None
            shown[child.text(0)] = child.text(1)
    assert shown["Total"] == "20"
    page.ui.chart_indicator_combo.setCurrentIndex(
        page.ui.chart_indicator_combo.findData("needs_open_by_category")
    )
    chart = dict(zip(page.chart.categories(), page.chart.values(), strict=True))
    assert chart == {"Housing": 14, "school_place": 18}  # the hidden health cell is not drawn
    assert "1 hidden number is not drawn" in page.chart.chart().title()
    # Importing the same folder again: every bundle is already here.
    with qtbot.waitSignal(page.import_done, timeout=TIMEOUT):
        page.import_bundles()
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=TIMEOUT)
    again = [
        page.ui.import_results_list.item(i).text()
        for i in range(page.ui.import_results_list.count())
    ]
    assert sum(": Already here. " in line for line in again) == 2


def test_the_merged_tables_export_as_csv_adx_and_dhis2_json(
    qtbot, page: CoordinatorPage, coordinator: VaultServices, tmp_path: Path, monkeypatch
) -> None:
    _make_key(qtbot, page)
    drop = tmp_path / "usb"
    drop.mkdir()
    identity = _device_bundle(tmp_path, "north", coordinator, drop, make_payload())
    key_file = tmp_path / "north.json"
    key_file.write_bytes(identity.public_key_file().to_bytes())
    _enrol(qtbot, page, monkeypatch, key_file, confirm=True)
    _patch(monkeypatch, "ask_folder", drop)
    with qtbot.waitSignal(page.merged_ready, timeout=TIMEOUT):
        page.import_bundles()
    hub = Hub(coordinator.sync)
    combo = page.ui.export_format_combo
    for data, expected in (("csv", hub.export_csv()), ("adx", None)):
        out = tmp_path / f"merged.{data}"
        _patch(monkeypatch, "ask_save_path", out)
        combo.setCurrentIndex(combo.findData(data))
        qtbot.mouseClick(page.ui.export_button, Qt.MouseButton.LeftButton)
        if expected is not None:
            assert out.read_bytes() == expected
        else:
            assert b"urn:ihe:qrph:adx:2015" in out.read_bytes()
        assert str(out) in page.ui.export_result_label.text()
    mapping = Dhis2Mapping(
        "HeArThDs001",
        {"RIVERSIDE": "OrgUnitRv01"},
        {"new_households": ("DeNewHh0001", None)},
        skip_unmapped=True,
    )
    mapping_file = tmp_path / "mapping.json"
    mapping_file.write_text(json.dumps(mapping.to_dict()))
    out = tmp_path / "merged.dhis2.json"
    _patch(monkeypatch, "ask_open_path", mapping_file)
    _patch(monkeypatch, "ask_save_path", out)
    combo.setCurrentIndex(combo.findData("dhis2:"))
    qtbot.mouseClick(page.ui.export_button, Qt.MouseButton.LeftButton)
    assert out.read_bytes() == hub.export_dhis2(mapping)


def test_locking_clears_the_coordinator_view(
    qtbot, page: CoordinatorPage, coordinator: VaultServices, tmp_path: Path, monkeypatch
) -> None:
    _make_key(qtbot, page)
    drop = tmp_path / "usb"
    drop.mkdir()
    identity = _device_bundle(tmp_path, "north", coordinator, drop, make_payload())
    key_file = tmp_path / "north.json"
    key_file.write_bytes(identity.public_key_file().to_bytes())
    _enrol(qtbot, page, monkeypatch, key_file, confirm=True)
    _patch(monkeypatch, "ask_folder", drop)
    with qtbot.waitSignal(page.merged_ready, timeout=TIMEOUT):
        page.import_bundles()
    assert page.ui.merged_tree.topLevelItemCount() > 0
    page.set_services(None)
    assert page.fingerprint() == ""
    assert page.ui.merged_tree.topLevelItemCount() == 0
    assert page.ui.devices_list.count() == 0
    assert page.ui.import_results_list.count() == 0
    assert page.chart.categories() == []
    assert page.merged_cells() == []
    texts = " ".join(visible_texts(page))
    assert identity.device_id not in texts
