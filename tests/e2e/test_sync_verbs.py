"""``hearth sync`` and ``hearth hub`` end to end: keys by file, a folder drop, import, export."""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.sync.targets import FolderTarget, save_target
from desktop_app.vault.services import VaultServices
from desktop_app.vault.vault import Vault
from tests.sync.conftest import make_payload

PASSPHRASE = "Amina's kettle sings at seven 47"


def run(monkeypatch, capsys, *argv: str, stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def _vault(folder: Path) -> Path:
    vault, _code = Vault.create(folder, "Amina", PASSPHRASE)
    vault.close()
    return folder


def test_a_device_sends_through_a_folder_and_the_coordinator_imports_and_exports(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # The verbs are under test here, not the statistics layer's re-protection of merged
    # tables (tests/stats): the merged figures pass through unchanged.
    monkeypatch.setattr("desktop_app.sync.hub.reapply_disclosure_control", list)
    device, hub = _vault(tmp_path / "device"), _vault(tmp_path / "hub")
    pw = f"{PASSPHRASE}\n"

    # The coordinator exports its key; the device adds it after confirming the fingerprint.
    code, out, _err = run(
        monkeypatch, capsys, "hub", "key", str(tmp_path / "hub.key"), "--vault", str(hub), stdin=pw
    )
    assert code == 0
    fingerprint = out.split(": ")[-1].strip()
    code, out, err = run(
        monkeypatch,
        capsys,
        "sync",
        "--vault",
        str(device),
        "--add-receiver",
        str(tmp_path / "hub.key"),
        stdin=pw + "no\n",
    )
    assert code != 0
    assert fingerprint in out
    assert "not confirmed" in err
    code, out, _err = run(
        monkeypatch,
        capsys,
        "sync",
        "--vault",
        str(device),
        "--add-receiver",
        str(tmp_path / "hub.key"),
        stdin=pw + "yes\n",
    )
    assert code == 0

    # The device exports its key; the coordinator enrols it.
    code, out, _err = run(
        monkeypatch,
        capsys,
        "sync",
        "--vault",
        str(device),
        "--device-key",
        str(tmp_path / "device.key"),
        stdin=pw,
    )
    device_id = out.split(": ")[-1].strip()
    code, out, _err = run(
        monkeypatch,
        capsys,
        "hub",
        "enrol",
        str(tmp_path / "device.key"),
        "--vault",
        str(hub),
        "--yes",
        stdin=pw,
    )
    assert code == 0
    assert device_id in out

    # A folder target (settings page later; configured through the API here).
    usb = tmp_path / "usb"
    usb.mkdir()
    with Vault.unlock(device, "Amina", PASSPHRASE) as vault:
        save_target(VaultServices.from_vault(vault).sync, FolderTarget("usb", usb, fingerprint))
    payload_file = tmp_path / "release.json"
    payload_file.write_bytes(make_payload().to_json())
    code, out, _err = run(
        monkeypatch,
        capsys,
        "sync",
        "--vault",
        str(device),
        "--target",
        "usb",
        "--payload",
        str(payload_file),
        stdin=pw,
    )
    assert code == 0, out
    assert "2026-10 revision 0: sent" in out
    assert len(list(usb.glob("*.hearth-bundle"))) == 1
    code, out, _err = run(monkeypatch, capsys, "sync", "--vault", str(device), "--list", stdin=pw)
    assert code == 0
    assert f"Device id: {device_id}" in out
    assert f"Coordinator key: {fingerprint}" in out
    assert "Target usb (folder): 0 releases waiting" in out

    code, out, _err = run(
        monkeypatch, capsys, "hub", "import", str(usb), "--vault", str(hub), stdin=pw
    )
    assert code == 0
    assert "1 bundle imported." in out
    code, out, _err = run(
        monkeypatch, capsys, "hub", "import", str(usb), "--vault", str(hub), stdin=pw
    )
    assert "already imported" in out
    assert "0 bundles imported." in out

    code, out, _err = run(monkeypatch, capsys, "hub", "show", "--vault", str(hub), stdin=pw)
    assert "2026-10\tRIVERSIDE\tnew_households\t\t12" in out
    assert "need_category=health\tsuppressed" in out
    exported = tmp_path / "merged.csv"
    code, out, _err = run(
        monkeypatch,
        capsys,
        "hub",
        "export",
        "--format",
        "csv",
        "--output",
        str(exported),
        "--vault",
        str(hub),
        stdin=pw,
    )
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(exported.read_text("utf-8"))))
    assert {r["value"] for r in rows if r["indicator"] == "new_households"} == {"12"}


def test_sync_without_a_target_configured_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    device = _vault(tmp_path / "device")
    code, _out, err = run(
        monkeypatch,
        capsys,
        "sync",
        "--vault",
        str(device),
        "--target",
        "x",
        stdin=f"{PASSPHRASE}\n",
    )
    assert code == 22
    assert "There is no target called x" in err
    code, _out, err = run(
        monkeypatch,
        capsys,
        "sync",
        "--vault",
        str(device),
        "--target",
        "x",
        "--period",
        "2026-10",
        stdin=f"{PASSPHRASE}\n",
    )
    assert code == 22
    assert "There is no target called x" in err
    # Sending to nowhere froze nothing: the period can still be previewed and changed.
    with Vault.unlock(device, "Amina", PASSPHRASE) as vault:
        services = VaultServices.from_vault(vault)
        assert services.aggregates.releases("2026-10", "ALL") == []


def test_a_yes_typed_without_its_accent_confirms(monkeypatch: pytest.MonkeyPatch) -> None:
    import io as _io

    from desktop_app.commands import sync as sync_command

    monkeypatch.setattr(sync_command, "_", lambda text: "sí" if text == "yes" else text)
    for answer, expected in (("si\n", True), ("SÍ\n", True), ("yes\n", True), ("no\n", False)):
        monkeypatch.setattr(sys, "stdin", _io.StringIO(answer))
        assert sync_command.confirm_line("? ") is expected
