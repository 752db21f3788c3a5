"""``hearth aggregates`` end to end: a real vault, the passphrase piped, every format."""

from __future__ import annotations

import csv
import io
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.core import models as m
from desktop_app.stats.payload import Payload
from desktop_app.stats.release import Statistics
from desktop_app.vault.repositories import bulk_insert_households
from desktop_app.vault.services import VaultServices
from desktop_app.vault.vault import Vault
from tests.helpers.vaults import consent_to_everything

PASSPHRASE = "Amina's kettle sings at seven 47"
# The last closed month, whatever the day the tests run.
_FIRST = date.today().replace(day=1)
LAST_MONTH = (_FIRST - timedelta(days=1)).replace(day=1)
PERIOD = LAST_MONTH.isoformat()[:7]
THIS_MONTH = _FIRST.isoformat()[:7]


def _run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *argv: str):
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{PASSPHRASE}\n"))
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "vault"
    vault, _code = Vault.create(folder, "Amina", PASSPHRASE)
    with vault:
        services = VaultServices.from_vault(vault)
        consents = consent_to_everything(services)
        day = datetime(LAST_MONTH.year, LAST_MONTH.month, 3, 10, tzinfo=UTC)
        bulk_insert_households(
            vault.connection,
            [
                m.HouseholdAggregate(
                    household=m.Household(
                        reference="",
                        alias=f"Verb test family {i}",
                        preferred_language="ar" if i < 6 else "ti",
                        created_at=day,
                    ),
                    people=(m.Person(m.Role.CAREGIVER, given_name=f"Parent {i}"),),
                    consents=consents,
                )
                for i in range(8)
            ],
            audit=services.audit,
        )
    return folder


def _releases(folder: Path) -> int:
    with Vault.unlock(folder, "Amina", PASSPHRASE) as vault:
        return int(vault.connection.execute("SELECT count(*) FROM stat_releases").fetchone()[0])


def test_json_is_the_payload_and_a_preview_freezes_nothing(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(
        monkeypatch, capsys, "aggregates", "--vault", str(vault_dir), "--period", PERIOD,
        "--format", "json",
    )  # fmt: skip
    assert code == 0
    assert "Preview only" in err
    payload = Payload.from_json(out.strip().encode("utf-8"))
    assert out.strip().encode("utf-8") == payload.to_json()  # canonical bytes, as signed
    assert payload.period == PERIOD
    assert payload.area == "ALL"
    values = {(v.indicator, v.dimensions): v for v in payload.values}
    assert values[("new_households", ())].value == 8
    # 2 Tigrinya speakers are a small count; the 6 Arabic speakers are hidden too,
    # or the total minus them would give the 2 away.
    hidden = values[("new_households", (("language_group", "ti"),))]
    assert hidden.value is None
    assert hidden.suppressed == "primary"
    complement = values[("new_households", (("language_group", "ar"),))]
    assert complement.value is None
    assert complement.suppressed == "secondary"
    assert b"Verb test family" not in payload.to_json()
    assert _releases(vault_dir) == 0


def test_table_and_csv_show_the_same_figures(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, table, _err = _run(
        monkeypatch, capsys, "aggregates", "--vault", str(vault_dir), "--period", PERIOD
    )
    assert code == 0
    assert f"Period {PERIOD}" in table
    assert "New households (new_households)" in table
    ti_line = next(line for line in table.splitlines() if "language_group=ti" in line)
    assert "—" in ti_line
    assert "hidden: a small number" in ti_line
    ar_line = next(line for line in table.splitlines() if "language_group=ar" in line)
    assert "hidden: would reveal a small number" in ar_line
    code, text, _err = _run(
        monkeypatch, capsys, "aggregates", "--vault", str(vault_dir), "--period", PERIOD,
        "--format", "csv",
    )  # fmt: skip
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(text)))
    new = {r["dimensions"]: r for r in rows if r["indicator"] == "new_households"}
    assert new["total"]["value"] == "8"
    assert new["language_group=ti"]["value"] == ""
    assert new["language_group=ti"]["suppressed"] == "primary"


def test_an_open_period_is_refused_with_a_clear_message(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(
        monkeypatch, capsys, "aggregates", "--vault", str(vault_dir), "--period", THIS_MONTH
    )
    assert code == 2
    assert out == ""
    assert "has not ended yet" in err
    code, _out, err = _run(
        monkeypatch, capsys, "aggregates", "--vault", str(vault_dir), "--period", "2026-13"
    )
    assert code == 2
    assert "not a period" in err


def test_a_released_period_prints_the_frozen_release(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with Vault.unlock(vault_dir, "Amina", PASSPHRASE) as vault:
        services = VaultServices.from_vault(vault)
        released = Statistics.of(services).release_period(PERIOD).payload.to_json()
        consents = consent_to_everything(services)
        day = datetime(LAST_MONTH.year, LAST_MONTH.month, 9, 10, tzinfo=UTC)
        bulk_insert_households(
            vault.connection,
            [
                m.HouseholdAggregate(
                    household=m.Household(reference="", alias="Late entry", created_at=day),
                    people=(m.Person(m.Role.CAREGIVER),),
                    consents=consents,
                )
            ],
            audit=services.audit,
        )
    code, out, err = _run(
        monkeypatch, capsys, "aggregates", "--vault", str(vault_dir), "--period", PERIOD,
        "--format", "json",
    )  # fmt: skip
    assert code == 0
    assert "already released (revision 0" in err
    assert out.strip().encode("utf-8") == released


def test_dhis2_and_adx_show_exactly_what_those_receivers_get(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import json
    import xml.etree.ElementTree as ET

    from desktop_app.sync.dhis2 import Dhis2Server
    from desktop_app.sync.formats import ADX_NAMESPACE, Dhis2Mapping
    from desktop_app.sync.targets import Dhis2Target, save_target

    # Without a DHIS2 target there are no identifiers to show: said plainly, exit 22.
    code, out, err = _run(
        monkeypatch, capsys, "aggregates", "--vault", str(vault_dir), "--period", PERIOD,
        "--format", "dhis2",
    )  # fmt: skip
    assert code == 22
    assert "needs the identifiers of a DHIS2 target" in err
    with Vault.unlock(vault_dir, "Amina", PASSPHRASE) as vault:
        services = VaultServices.from_vault(vault)
        mapping = Dhis2Mapping(
            "HeArThDs001",
            {"ALL": "OrgUnitAl01"},
            {"new_households": ("DeNewHh0001", None)},
            skip_unmapped=True,
        )
        server = Dhis2Server("https://dhis2.example.org", "d2pat_secret_token_value")
        save_target(services.sync, Dhis2Target("district", server, mapping))
    code, out, _err = _run(
        monkeypatch, capsys, "aggregates", "--vault", str(vault_dir), "--period", PERIOD,
        "--format", "dhis2", "--target", "district",
    )  # fmt: skip
    assert code == 0
    body = json.loads(out)
    assert body["dataSet"] == "HeArThDs001"
    assert body["orgUnit"] == "OrgUnitAl01"
    assert {(v["dataElement"], v["value"]) for v in body["dataValues"]} == {("DeNewHh0001", "8")}
    assert "d2pat_secret_token_value" not in out  # the token is never printed
    assert "Verb test family" not in out
    code, out, _err = _run(
        monkeypatch, capsys, "aggregates", "--vault", str(vault_dir), "--period", PERIOD,
        "--format", "adx",
    )  # fmt: skip
    assert code == 0
    root = ET.fromstring(out)
    assert root.tag == f"{{{ADX_NAMESPACE}}}adx"
    values = {
        (v.get("dataElement"), tuple(sorted((k, x) for k, x in v.attrib.items()
                                            if k not in {"dataElement", "value"}))): v.get("value")
        for v in root.iter(f"{{{ADX_NAMESPACE}}}dataValue")
    }  # fmt: skip
    assert values[("new_households", ())] == "8"
    # Suppressed cells never leave, in ADX either.
    assert ("new_households", (("language_group", "ti"),)) not in values
    assert _releases(vault_dir) == 0
