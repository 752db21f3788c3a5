"""``hearth services import|export`` end to end: real vaults, passphrases piped on stdin."""

from __future__ import annotations

import dataclasses
import json
import shutil
import zipfile
from pathlib import Path

import pytest

from desktop_app.core import models as m
from desktop_app.core.resources import resource_dir
from desktop_app.vault.services import VaultServices
from desktop_app.vault.vault import Vault
from tests.e2e.test_admin_verbs import AMINA, run, snapshot, vault_dir  # noqa: F401

DEMO = resource_dir() / "demo" / "hsds"


def directory(folder: Path) -> list[m.Service]:
    with Vault.unlock(folder, "Amina", AMINA) as vault:
        return VaultServices.from_vault(vault).services.list(include_archived=True)


def test_import_then_export_then_import_elsewhere(
    vault_dir: Path,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    vault = str(vault_dir)
    before = snapshot(vault_dir)
    code, out, err = run(
        monkeypatch, capsys, "services", "import", str(DEMO), "--dry-run", "--vault", vault,
        stdin=f"{AMINA}\n",
    )  # fmt: skip
    assert code == 0, err
    assert "Dry run: 28 services would be imported (28 new, 0 updated)" in out
    assert directory(vault_dir) == []
    assert snapshot(vault_dir).keys() == before.keys()

    code, out, err = run(
        monkeypatch, capsys, "services", "import", str(DEMO), "--vault", vault,
        stdin=f"{AMINA}\n",
    )  # fmt: skip
    assert code == 0, err
    assert "Imported 28 services (28 new, 0 updated)." in out
    imported = directory(vault_dir)
    assert len(imported) == 28
    # The same council file again updates, never duplicates.
    code, out, _err = run(
        monkeypatch, capsys, "services", "import", str(DEMO), "--vault", vault,
        stdin=f"{AMINA}\n",
    )  # fmt: skip
    assert "(0 new, 28 updated)" in out
    assert len(directory(vault_dir)) == 28

    for shape, name in (("csv", "out.zip"), ("csv", "out-folder"), ("json", "out.json")):
        target = tmp_path / name
        code, out, err = run(
            monkeypatch, capsys, "services", "export", "--format", shape, "--output",
            str(target), "--vault", vault, stdin=f"{AMINA}\n",
        )  # fmt: skip
        assert code == 0, err
        assert f"Wrote 28 services to {target}" in out
    assert zipfile.ZipFile(tmp_path / "out.zip").read("datapackage.json")
    assert json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["total_items"] == 28
    # Exporting over an existing file is refused, and nothing changes.
    code, _out, err = run(
        monkeypatch, capsys, "services", "export", "--format", "json", "--output",
        str(tmp_path / "out.json"), "--vault", vault, stdin=f"{AMINA}\n",
    )  # fmt: skip
    assert code == 24
    assert "exists already" in err

    # Another Hearth loads the export and holds exactly the same directory.
    other = tmp_path / "other"
    code, _out, err = run(
        monkeypatch, capsys, "init", "--vault", str(other), "--user", "Amina",
        stdin=f"{AMINA}\n{AMINA}\n",
    )  # fmt: skip
    assert code == 0, err
    for source in ("out.zip", "out.json"):
        code, out, err = run(
            monkeypatch, capsys, "services", "import", str(tmp_path / source), "--vault",
            str(other), stdin=f"{AMINA}\n",
        )  # fmt: skip
        assert code == 0, err
    key = {s.hsds_id: s for s in imported}
    again = {s.hsds_id: s for s in directory(other)}
    assert again.keys() == key.keys()
    for hsds_id, service in again.items():
        assert service == dataclasses.replace(key[hsds_id], id=service.id)


def test_a_file_with_bad_rows_imports_nothing_and_lists_every_problem(
    vault_dir: Path,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    broken = tmp_path / "broken"
    shutil.copytree(DEMO, broken)
    services = (broken / "services.csv").read_text(encoding="utf-8").splitlines()
    # Row 3 loses its name; row 7 gets a bad e-mail address; a phone refers to no service.
    services[2] = services[2].replace("Brackenford Housing Advice Line", "")
    services[6] = services[6].replace("english-at-home@brackenford-council.example", "nobody@")
    (broken / "services.csv").write_text("\r\n".join(services) + "\r\n", encoding="utf-8")
    with (broken / "phones.csv").open("a", encoding="utf-8") as phones:
        phones.write("p-x,,no-such-service,,01632 960999,voice,\r\n")
    before = snapshot(vault_dir)
    code, out, err = run(
        monkeypatch, capsys, "services", "import", str(broken), "--vault", str(vault_dir),
        stdin=f"{AMINA}\n",
    )  # fmt: skip
    assert code == 23
    assert "Nothing was imported: the file has 3 problems." in err
    lines = out.splitlines()
    assert any(line.startswith("services.csv, row 3, name: ") for line in lines), out
    assert any(line.startswith("services.csv, row 7, email: ") for line in lines), out
    phones_rows = len((broken / "phones.csv").read_text(encoding="utf-8").splitlines())
    assert any(line.startswith(f"phones.csv, row {phones_rows}, service_id: ") for line in lines), (
        out
    )
    # No passphrase was even asked for, and the vault is byte for byte as it was.
    assert snapshot(vault_dir) == before
    assert directory(vault_dir) == []
