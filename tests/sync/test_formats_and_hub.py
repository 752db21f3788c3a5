"""ADX/DHIS2/CSV shapes, and a coordinator importing, deduplicating, merging, exporting."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop_app.stats.payload import Suppression
from desktop_app.sync.bundle import seal_bundle
from desktop_app.sync.errors import TargetError
from desktop_app.sync.formats import (
    ADX_NAMESPACE,
    Cell,
    Dhis2Mapping,
    adx_period,
    adx_xml,
    cells_of,
    csv_text,
    dhis2_data_value_set,
    dhis2_period,
)
from desktop_app.sync.hub import Hub, ImportStatus, merge
from desktop_app.sync.keys import DeviceIdentity, ReceiverIdentity, enrol_device
from desktop_app.vault.services import VaultServices
from tests.helpers.vaults import vault_services
from tests.sync.conftest import make_payload

NS = {"adx": ADX_NAMESPACE}
ADX_PERIOD = re.compile(r"^\d{4}-\d{2}-\d{2}/P(1M|3M|1Y)$")


# ------------------------------------------------------------------------- periods
@pytest.mark.parametrize(
    ("hearth", "dhis2", "adx"),
    [
        ("2026-01", "202601", "2026-01-01/P1M"),
        ("2026-10", "202610", "2026-10-01/P1M"),
        ("2026Q1", "2026Q1", "2026-01-01/P3M"),
        ("2026Q4", "2026Q4", "2026-10-01/P3M"),
    ],
)
def test_periods_in_each_format(hearth: str, dhis2: str, adx: str) -> None:
    assert dhis2_period(hearth) == dhis2
    assert adx_period(hearth) == adx


@pytest.mark.parametrize("bad", ["2026-13", "2026-1", "2026Q5", "202610", "October"])
def test_other_periods_are_refused(bad: str) -> None:
    with pytest.raises(TargetError):
        dhis2_period(bad)
    with pytest.raises(TargetError):
        adx_period(bad)


# ----------------------------------------------------------------------------- ADX
def _validate_adx(document: bytes) -> ET.Element:
    """The ADX profile's structure: namespace, exported stamp, groups, numeric values."""
    root = ET.fromstring(document)
    assert root.tag == f"{{{ADX_NAMESPACE}}}adx"
    datetime.fromisoformat(root.attrib["exported"])
    assert set(root.attrib) == {"exported"}
    groups = root.findall("adx:group", NS)
    assert groups
    assert len(root) == len(groups)  # nothing but groups under the root
    for group in groups:
        assert {"dataSet", "orgUnit", "period"} <= set(group.attrib)
        assert ADX_PERIOD.match(group.attrib["period"])
        values = group.findall("adx:dataValue", NS)
        assert values
        assert len(group) == len(values)
        for value in values:
            assert value.attrib["dataElement"]
            assert re.fullmatch(r"-?\d+(\.\d+)?", value.attrib["value"])
    return root


def test_adx_output_is_structurally_valid_and_leaves_suppressed_cells_out() -> None:
    exported = datetime(2026, 11, 3, 9, 30, tzinfo=UTC)
    document = adx_xml(cells_of(make_payload()), data_set="HEARTH", exported=exported)
    assert document.startswith(b"<?xml version='1.0' encoding='utf-8'?>")
    root = _validate_adx(document)
    assert root.attrib["exported"] == "2026-11-03T09:30:00+00:00"
    (group,) = root.findall("adx:group", NS)
    assert group.attrib == {"dataSet": "HEARTH", "orgUnit": "RIVERSIDE", "period": "2026-10-01/P1M"}
    values = [v.attrib for v in group.findall("adx:dataValue", NS)]
    assert {"dataElement": "new_households", "value": "12"} in values
    assert {
        "dataElement": "needs_open_by_category",
        "need_category": "housing",
        "value": "7",
    } in values
    assert not any(v.get("need_category") == "health" for v in values)  # suppressed


def test_adx_groups_per_period_and_area() -> None:
    cells = cells_of(make_payload("2026-10")) + cells_of(make_payload("2026Q4", area="HILL"))
    root = _validate_adx(adx_xml(cells))
    assert [(g.attrib["orgUnit"], g.attrib["period"]) for g in root] == [
        ("RIVERSIDE", "2026-10-01/P1M"),
        ("HILL", "2026-10-01/P3M"),
    ]


def test_adx_refuses_a_dimension_that_is_not_an_xml_name() -> None:
    cell = Cell("2026-10", "A", "x", (("bad name", "o"),), 6)
    with pytest.raises(TargetError, match="cannot be written as ADX"):
        adx_xml([cell])
    with pytest.raises(TargetError):
        adx_xml([Cell("2026-10", "A", "x", (("value", "o"),), 6)])


# --------------------------------------------------------------------------- DHIS2
def test_a_merged_table_of_several_areas_carries_period_and_org_unit_per_value() -> None:
    mapping = Dhis2Mapping(
        "HeArThDs001",
        {"RIVERSIDE": "OrgUnitRv01", "HILL": "OrgUnitHl01"},
        {"new_households": ("DeNewHh0001", None)},
        skip_unmapped=True,
    )
    cells = cells_of(make_payload()) + cells_of(make_payload(area="HILL", new_households=5))
    body = dhis2_data_value_set(cells, mapping)
    assert "period" not in body
    assert body["dataValues"] == [
        {"dataElement": "DeNewHh0001", "value": "12", "period": "202610", "orgUnit": "OrgUnitRv01"},
        {"dataElement": "DeNewHh0001", "value": "5", "period": "202610", "orgUnit": "OrgUnitHl01"},
    ]


def test_dhis2_mappings_refuse_what_dhis2_would_refuse() -> None:
    with pytest.raises(TargetError, match="not a DHIS2 identifier"):
        Dhis2Mapping("short", {}, {}).check()
    mapping = Dhis2Mapping("HeArThDs001", {}, {"new_households": ("DeNewHh0001", None)})
    with pytest.raises(TargetError, match="no DHIS2 organisation unit"):
        dhis2_data_value_set(cells_of(make_payload()), mapping)
    assert Dhis2Mapping.from_dict(mapping.to_dict()) == mapping


def test_csv_shows_suppressed_cells_with_their_reason() -> None:
    rows = list(csv.DictReader(io.StringIO(csv_text(cells_of(make_payload())))))
    health = next(r for r in rows if r["dimensions"] == "need_category=health")
    assert health["value"] == ""
    assert health["suppressed"] == "primary"
    assert rows[0] == {
        "period": "2026-10",
        "area": "RIVERSIDE",
        "indicator": "new_households",
        "dimensions": "",
        "value": "12",
        "suppressed": "",
    }


# ------------------------------------------------------------------------------ hub
def test_merging_adds_devices_of_an_area_and_keeps_suppression() -> None:
    a = make_payload(new_households=12)
    b = make_payload(new_households=6)
    other_area = make_payload(area="HILL", new_households=30)
    merged = {(c.area, c.indicator, c.dimensions): c for c in merge([a, b, other_area])}
    assert merged[("RIVERSIDE", "new_households", ())].value == 18
    assert merged[("HILL", "new_households", ())].value == 30
    housing = merged[("RIVERSIDE", "needs_open_by_category", (("need_category", "housing"),))]
    assert housing.value == 14
    health = merged[("RIVERSIDE", "needs_open_by_category", (("need_category", "health"),))]
    assert (health.value, health.suppressed) == (None, Suppression.PRIMARY)


def _as_merged(cells):
    return list(cells)


def test_a_hub_imports_a_folder_keeping_the_latest_revision_of_each_device(
    tmp_path: Path, coordinator: VaultServices
) -> None:
    # Merging is tested here; the statistics layer's re-protection is a pass-through.
    hub = Hub(coordinator.sync, disclosure=_as_merged)
    devices = []
    for name in ("one", "two"):
        with vault_services(tmp_path / name) as services:
            devices.append(DeviceIdentity.of_vault(services.sync))
    for identity in devices:
        enrol_device(coordinator.sync, identity.public_key_file(), confirm=True)
    with vault_services(tmp_path / "stranger") as services:
        stranger = DeviceIdentity.of_vault(services.sync)
        elsewhere = ReceiverIdentity.of_vault(services.sync)
    one, two = devices
    inbox = tmp_path / "inbox"
    inbox.mkdir()

    def drop(data: bytes, name: str) -> None:
        (inbox / name).write_bytes(data)

    key = hub.identity.public_key
    # Revision 1 sorts before revision 0 by name: the import still goes oldest first.
    drop(seal_bundle(make_payload(revision=1, new_households=20), one, key).data, "a.hearth-bundle")
    drop(seal_bundle(make_payload(revision=0, new_households=10), one, key).data, "b.hearth-bundle")
    drop(seal_bundle(make_payload(new_households=7), two, key).data, "c.hearth-bundle")
    shutil.copy(inbox / "c.hearth-bundle", inbox / "z-copy.hearth-bundle")
    drop(seal_bundle(make_payload(), stranger, key).data, "d.hearth-bundle")
    drop(seal_bundle(make_payload(), one, elsewhere.public_key).data, "e.hearth-bundle")
    tampered = bytearray(seal_bundle(make_payload("2026-11"), two, key).data)
    tampered[-1] ^= 1
    drop(bytes(tampered), "f.hearth-bundle")
    drop(b"not a bundle", "g.hearth-bundle")
    drop(b"ignored: not a bundle name", "notes.txt")

    report = hub.import_folder(inbox)
    statuses = {r.file_name: r.status for r in report.results}
    assert statuses == {
        "a.hearth-bundle": ImportStatus.IMPORTED,
        "b.hearth-bundle": ImportStatus.IMPORTED,
        "c.hearth-bundle": ImportStatus.IMPORTED,
        "z-copy.hearth-bundle": ImportStatus.DUPLICATE,
        "d.hearth-bundle": ImportStatus.REFUSED,
        "e.hearth-bundle": ImportStatus.REFUSED,
        "f.hearth-bundle": ImportStatus.REFUSED,
        "g.hearth-bundle": ImportStatus.REFUSED,
    }
    messages = {r.file_name: r.message for r in report.results}
    assert "not enrolled" in messages["d.hearth-bundle"]
    assert "another coordinator's key" in messages["e.hearth-bundle"]
    assert "changed after it was sealed" in messages["f.hearth-bundle"]

    # Importing the same folder again: every release is already here.
    again = hub.import_folder(inbox)
    assert again.count(ImportStatus.IMPORTED) == 0
    assert again.count(ImportStatus.DUPLICATE) == 4

    merged = {(c.indicator, c.dimensions): c.value for c in hub.merged("2026-10")}
    assert merged[("new_households", ())] == 27  # one's revision 1 (20) + two's 7
    assert hub.periods() == ["2026-10"]

    csv_rows = list(csv.DictReader(io.StringIO(hub.export_csv("2026-10").decode())))
    assert next(r for r in csv_rows if r["indicator"] == "new_households")["value"] == "27"
    _validate_adx(hub.export_adx("2026-10"))
    mapping = Dhis2Mapping(
        "HeArThDs001",
        {"RIVERSIDE": "OrgUnitRv01"},
        {"new_households": ("DeNewHh0001", None)},
        skip_unmapped=True,
    )
    body = json.loads(hub.export_dhis2(mapping, "2026-10"))
    assert body["dataValues"] == [{"dataElement": "DeNewHh0001", "value": "27"}]


def test_the_hub_applies_the_disclosure_hook_to_merged_cells(
    paired: DeviceIdentity, coordinator: VaultServices
) -> None:
    seen: list[int] = []

    def protect(cells):  # stands in for the statistics layer's function
        seen.append(len(cells))
        return [c for c in cells if c.indicator != "new_households"]

    hub = Hub(coordinator.sync, disclosure=protect)
    hub.import_bundle(seal_bundle(make_payload(), paired, hub.identity.public_key).data)
    assert all(c.indicator != "new_households" for c in hub.merged())
    assert seen == [4]


def test_the_default_hub_reapplies_the_statistics_layers_disclosure_control() -> None:
    """Two devices' sevens are safe, but a sum of 3 new households must not leave the hub."""
    from desktop_app.sync import hub as hub_module

    cells = cells_of(make_payload(new_households=3))
    protected = {
        (c.indicator, c.dimensions): c for c in hub_module.reapply_disclosure_control(cells)
    }
    small = protected[("new_households", ())]
    assert (small.value, small.suppressed) == (None, Suppression.PRIMARY)
    assert protected[("needs_open_by_category", (("need_category", "housing"),))].value == 7
    assert protected[("needs_open_by_category", (("need_category", "health"),))].value is None
