"""The `hearth` command works from a built wheel, not only from the checkout."""

from __future__ import annotations

import gettext
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the wheel and install it (without dependencies) into a private folder."""
    root = Path(__file__).resolve().parents[2]
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(out),
            str(root),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = out.glob("hearth-*.whl")
    target = tmp_path_factory.mktemp("site")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    (target / ".wheel-path").write_text(str(wheel))
    return target


def _run(target: Path, *args: str, lang: str = "C") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(target), "LANG": lang, "LC_ALL": "", "LC_MESSAGES": ""}
    return subprocess.run(
        [sys.executable, str(target / "bin" / "hearth"), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=target.parent,  # away from the checkout
        check=False,
    )


def test_wheel_carries_compiled_catalogs_and_no_po_needed(installed: Path) -> None:
    package = installed / "desktop_app"
    assert (package / "_resources/translations/fr/LC_MESSAGES/hearth.mo").is_file()
    assert (package / "_resources/translations/ar/LC_MESSAGES/hearth.mo").is_file()
    # The family documents' domain, with its review header compiled in.
    family = package / "_resources/translations/uk/LC_MESSAGES/family.mo"
    with family.open("rb") as fp:
        assert gettext.GNUTranslations(fp).info()["x-hearth-review"] == "machine"
    assert (package / "_resources/fonts/NotoSansArabic-Regular.ttf").is_file()
    assert (package / "_resources/fonts/OFL.txt").is_file()
    assert (package / "gui/forms/ui_main_window.py").is_file()


def test_version_from_installed_package(installed: Path) -> None:
    from desktop_app import __version__

    result = _run(installed, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"hearth {__version__}"


def test_help_lists_verbs_and_is_translated(installed: Path) -> None:
    english = _run(installed, "--help")
    assert english.returncode == 0, english.stderr
    assert "gui" in english.stdout
    assert "open the Hearth window" in english.stdout
    french = _run(installed, "--help", lang="fr_FR.UTF-8")
    assert french.returncode == 0, french.stderr
    assert "ouvrir la fenêtre de Hearth" in french.stdout


def test_installed_code_is_what_runs(installed: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(installed)}
    result = subprocess.run(
        [sys.executable, "-c", "import desktop_app, sys; print(desktop_app.__file__)"],
        capture_output=True,
        text=True,
        env=env,
        cwd=installed.parent,
        check=True,
    )
    assert result.stdout.strip().startswith(str(installed))


def test_build_folder_stays_clean(installed: Path) -> None:
    root = Path(__file__).resolve().parents[2]
    tracked = subprocess.run(
        ["git", "-C", str(root), "status", "--porcelain", "--ignored", "build"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    # build/build-linux's own outputs (ignored by build/.gitignore) are not wheel scratch.
    frozen = ("build/.venv-build/", "build/work/", "build/dist/")
    scratch = [line for line in tracked.splitlines() if not line[3:].startswith(frozen)]
    assert scratch == [], f"building wrote scratch files into build/: {scratch}"


def test_wheel_has_no_tests_or_scratch(installed: Path) -> None:
    wheel = Path((installed / ".wheel-path").read_text())
    names = zipfile.ZipFile(wheel).namelist()
    assert "desktop_app/cli.py" in names
    assert not [n for n in names if n.startswith(("tests/", "build/", "benchmarks/"))]
