"""DHIS2: dry run then import over verified HTTPS, plain-words summaries, faults, outbox."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.sync.dhis2 import Dhis2Client, Dhis2Server, parse_import_summary
from desktop_app.sync.errors import TargetError
from desktop_app.sync.formats import Dhis2Mapping
from desktop_app.sync.service import SyncService
from desktop_app.sync.targets import Dhis2Target, save_target
from desktop_app.vault.repositories.sync import OutboxStatus
from desktop_app.vault.services import VaultServices
from tests.helpers.dhis2_server import TOKEN, Dhis2State, dhis2_server
from tests.sync.conftest import make_payload

MAPPING = Dhis2Mapping(
    data_set="HeArThDs001",
    org_units={"RIVERSIDE": "OrgUnitRv01"},
    data_elements={
        "new_households": ("DeNewHh0001", None),
        "needs_open_by_category|need_category=housing": ("DeNeedOp001", "CocHousin01"),
        "needs_open_by_category|need_category=school_place": ("DeNeedOp001", "CocSchool01"),
        "needs_open_by_category|need_category=health": ("DeNeedOp001", "CocHealth01"),
    },
)


def _state() -> Dhis2State:
    return Dhis2State(
        data_elements={"DeNewHh0001", "DeNeedOp001"},
        combos={"CocHousin01", "CocSchool01", "CocHealth01"},
    )


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, Dhis2State, Path]]:
    with dhis2_server(tmp_path / "tls", _state()) as (url, state, tls):
        yield url, state, tls.ca_file


class Sleeps(list[float]):
    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def _configure(
    device: VaultServices,
    url: str,
    ca_file: Path | None,
    *,
    token: str = TOKEN,
    mapping: Dhis2Mapping = MAPPING,
    retries: int = 2,
    timeout: float = 5.0,
) -> None:
    server = Dhis2Server(url, token, ca_file, timeout=timeout, retries=retries)
    save_target(device.sync, Dhis2Target("district", server, mapping))


def _service(device: VaultServices, sleeps: Sleeps | None = None) -> SyncService:
    return SyncService(device.sync, sleep=sleeps if sleeps is not None else Sleeps())


# ---------------------------------------------------------------------- the happy path
def test_sync_runs_a_dry_run_then_imports_the_same_body(device: VaultServices, server) -> None:
    url, state, ca = server
    _configure(device, url, ca)
    report = _service(device).sync("district", make_payload())

    assert report.ok
    assert [r.dry_run for r in state.requests] == [True, False]
    assert state.requests[0].body == state.requests[1].body
    for request in state.requests:
        assert request.path == "/api/dataValueSets"
        assert request.query["importStrategy"] == ["CREATE_AND_UPDATE"]
        assert request.headers["Authorization"] == f"ApiToken {TOKEN}"
    body = json.loads(state.requests[1].body)
    assert body["dataSet"] == "HeArThDs001"
    assert body["period"] == "202610"
    assert body["orgUnit"] == "OrgUnitRv01"
    # The suppressed cell (health) is not sent; the rest is, as DHIS2 strings.
    assert state.stored == {
        ("202610", "OrgUnitRv01", "DeNewHh0001", "default"): "12",
        ("202610", "OrgUnitRv01", "DeNeedOp001", "CocHousin01"): "7",
        ("202610", "OrgUnitRv01", "DeNeedOp001", "CocSchool01"): "9",
    }
    assert report.deliveries[0].message == ("DHIS2 imported 3, updated 0 and ignored 0 values.")
    (item,) = device.sync.outbox("district")
    assert item.status is OutboxStatus.SENT


def test_a_quarter_goes_as_dhis2_quarter(device: VaultServices, server) -> None:
    url, state, ca = server
    _configure(device, url, ca)
    assert _service(device).sync("district", make_payload("2026Q4")).ok
    assert json.loads(state.requests[-1].body)["period"] == "2026Q4"


def test_the_same_release_is_not_sent_twice_unless_asked_and_then_it_is_identical(
    device: VaultServices, server
) -> None:
    url, state, ca = server
    _configure(device, url, ca)
    service = _service(device)
    service.sync("district", make_payload())
    first_body = state.requests[-1].body

    again = service.sync("district", make_payload())
    assert len(state.requests) == 2  # nothing sent
    assert "Already sent" in again.deliveries[0].message

    resent = service.sync("district", make_payload(), resend=True)
    assert resent.ok
    assert state.requests[-1].body == first_body
    assert resent.deliveries[0].message == "DHIS2 imported 0, updated 0 and ignored 3 values."


def test_a_revision_updates_the_values(device: VaultServices, server) -> None:
    url, state, ca = server
    _configure(device, url, ca)
    service = _service(device)
    service.sync("district", make_payload())
    report = service.sync("district", make_payload(revision=1, new_households=14))
    assert "updated 1" in report.deliveries[0].message
    assert state.stored[("202610", "OrgUnitRv01", "DeNewHh0001", "default")] == "14"


# --------------------------------------------------------------------- refusals
def test_conflicts_in_the_dry_run_stop_the_import_and_are_listed(
    device: VaultServices, server
) -> None:
    url, state, ca = server
    state.data_elements.discard("DeNeedOp001")  # the server does not know this element
    _configure(device, url, ca)
    report = _service(device).sync("district", make_payload())

    assert not report.ok
    assert [r.dry_run for r in state.requests] == [True]  # no real import
    assert state.stored == {}
    message = report.deliveries[0].message
    assert "trial run found problems, so nothing was imported" in message
    assert "would import 1, update 0 and ignore 2 values" in message
    assert "2 values had a problem" in message
    assert "DeNeedOp001: Data element not found or not accessible" in message
    assert device.sync.outbox("district")[0].status is OutboxStatus.PENDING


def test_a_wrong_token_is_a_clear_401_and_not_retried(device: VaultServices, server) -> None:
    url, state, ca = server
    _configure(device, url, ca, token="d2pat_wrong")
    sleeps = Sleeps()
    report = _service(device, sleeps).sync("district", make_payload())
    assert len(state.requests) == 1
    assert sleeps == []
    assert "did not accept the access token" in report.deliveries[0].message
    (item,) = device.sync.outbox("district")
    assert item.status is OutboxStatus.PENDING
    assert "access token" in item.last_error


def test_a_403_says_the_token_lacks_rights(device: VaultServices, server) -> None:
    url, state, ca = server
    state.faults.append("403")
    _configure(device, url, ca)
    report = _service(device).sync("district", make_payload())
    assert "may not import data into this data set" in report.deliveries[0].message


def test_a_409_conflict_is_shown_with_dhis2s_reason(device: VaultServices, server) -> None:
    url, state, ca = server
    mapping = Dhis2Mapping(
        "Unknownds01", MAPPING.org_units, MAPPING.data_elements, skip_unmapped=False
    )
    _configure(device, url, ca, mapping=mapping)
    report = _service(device).sync("district", make_payload())
    message = report.deliveries[0].message
    assert "DHIS2 refused the values" in message
    assert "Data set not found or not accessible" in message
    assert len(state.requests) == 1


def test_500s_are_retried_with_identical_bytes(device: VaultServices, server) -> None:
    url, state, ca = server
    state.faults.extend(["500", "500"])
    _configure(device, url, ca, retries=2)
    sleeps = Sleeps()
    report = _service(device, sleeps).sync("district", make_payload())
    assert report.ok
    assert len(state.requests) == 4  # 500, 500, dry run, import
    assert len({r.body for r in state.requests}) == 1
    assert [r.dry_run for r in state.requests] == [True, True, True, False]
    assert sleeps == [2.0, 4.0]


def test_a_server_that_keeps_failing_leaves_the_release_in_the_outbox_until_the_next_sync(
    device: VaultServices, server
) -> None:
    url, state, ca = server
    state.faults.extend(["500"] * 3)
    _configure(device, url, ca, retries=2)
    service = _service(device)
    report = service.sync("district", make_payload())
    assert not report.ok
    assert report.still_pending == 1
    assert "could not be reached after 3 tries" in report.deliveries[0].message
    assert "internal error (500)" in report.deliveries[0].message
    (item,) = service.pending("district")
    assert item.attempts == 1
    failed_body = state.requests[-1].body
    assert state.stored == {}

    # Nothing happens by itself; the next sync the user starts sends the same content.
    later = service.sync("district")
    assert later.ok
    assert state.requests[-1].body == failed_body == item.content
    assert len(state.stored) == 3
    assert service.pending("district") == []


def test_a_slow_server_times_out_and_the_release_waits_in_the_outbox(
    device: VaultServices, server
) -> None:
    url, state, ca = server
    state.faults.append("slow")
    _configure(device, url, ca, retries=0, timeout=0.5)
    service = _service(device)
    report = service.sync("district", make_payload())
    assert not report.ok
    assert "did not answer in time" in report.deliveries[0].message
    assert len(service.pending("district")) == 1
    assert service.sync("district").ok


def test_an_older_pending_release_goes_before_the_new_one(device: VaultServices, server) -> None:
    url, state, ca = server
    state.faults.extend(["500"] * 3)
    _configure(device, url, ca)
    service = _service(device)
    service.sync("district", make_payload("2026-09"))
    report = service.sync("district", make_payload("2026-10"))
    assert [d.period for d in report.deliveries] == ["2026-09", "2026-10"]
    assert report.ok
    assert {key[0] for key in state.stored} == {"202609", "202610"}


def test_the_server_certificate_must_verify(device: VaultServices, server) -> None:
    url, state, _ca = server
    _configure(device, url, None)  # the test CA is not trusted
    report = _service(device).sync("district", make_payload())
    assert "certificate could not be verified" in report.deliveries[0].message
    assert state.requests == []  # the token never left


def test_a_redirect_is_not_followed(device: VaultServices, server) -> None:
    url, state, ca = server
    state.faults.append("redirect")
    _configure(device, url, ca)
    report = _service(device).sync("district", make_payload())
    assert "redirect" in report.deliveries[0].message
    assert len(state.requests) == 1


def test_only_https_addresses_are_accepted(device: VaultServices) -> None:
    with pytest.raises(TargetError, match="https://"):
        _configure(device, "http://127.0.0.1:9", None)


def test_unmapped_values_refuse_or_are_left_out_as_configured(
    device: VaultServices, server
) -> None:
    url, state, ca = server
    partial = {"new_households": ("DeNewHh0001", None)}
    _configure(device, url, ca, mapping=Dhis2Mapping("HeArThDs001", MAPPING.org_units, partial))
    with pytest.raises(TargetError, match="have no DHIS2 data element"):
        _service(device).sync("district", make_payload())
    assert state.requests == []
    skipping = Dhis2Mapping("HeArThDs001", MAPPING.org_units, partial, skip_unmapped=True)
    _configure(device, url, ca, mapping=skipping)
    assert _service(device).sync("district", make_payload()).ok
    assert len(state.stored) == 1


# ----------------------------------------------------------------- summaries as data
def test_a_bare_import_summary_from_older_servers_is_read_too() -> None:
    summary = parse_import_summary(
        {
            "responseType": "ImportSummary",
            "status": "WARNING",
            "importCount": {"imported": 2, "updated": 1, "ignored": 1, "deleted": 0},
            "conflicts": [{"object": "202613", "value": "Period not valid"}],
        },
        dry_run=False,
    )
    assert (summary.imported, summary.updated, summary.ignored) == (2, 1, 1)
    assert not summary.ok
    assert summary.describe().splitlines() == [
        "DHIS2 imported 2, updated 1 and ignored 1 values.",
        "1 value had a problem:",
        "  • 202613: Period not valid",
    ]


def test_the_client_sends_exactly_the_given_bytes(device: VaultServices, server) -> None:
    url, state, ca = server
    client = Dhis2Client(Dhis2Server(url, TOKEN, ca))
    body = json.dumps(
        {
            "dataSet": "HeArThDs001",
            "period": "2026W44",
            "orgUnit": "OrgUnitRv01",
            "dataValues": [{"dataElement": "DeNewHh0001", "value": "3"}],
        }
    ).encode()
    summary = client.post(body, dry_run=True)
    assert summary.dry_run
    assert summary.imported == 1
    assert state.requests[0].body == body
    assert state.stored == {}


def test_a_release_refused_for_its_mapping_goes_once_the_mapping_is_fixed(
    device: VaultServices, server
) -> None:
    url, state, ca = server
    wrong = dict(MAPPING.data_elements)
    wrong["new_households"] = ("DeTypo00001", None)
    _configure(device, url, ca, mapping=Dhis2Mapping("HeArThDs001", MAPPING.org_units, wrong))
    service = _service(device)
    assert not service.sync("district", make_payload()).ok
    assert state.stored == {}

    _configure(device, url, ca)  # the user corrects the mapping
    report = service.sync("district")
    assert report.ok
    assert state.stored[("202610", "OrgUnitRv01", "DeNewHh0001", "default")] == "12"
    (item,) = device.sync.outbox("district")
    assert item.content == state.requests[-1].body


def test_a_pending_release_can_be_given_up(device: VaultServices, server) -> None:
    url, state, ca = server
    state.faults.extend(["500"] * 3)
    _configure(device, url, ca)
    service = _service(device)
    service.sync("district", make_payload())
    (item,) = service.pending("district")
    assert service.discard(item)
    assert service.pending("district") == []
    assert service.sync("district").deliveries == ()
