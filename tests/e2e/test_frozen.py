"""The frozen one-folder program (build/build-linux) works on its own, away from Python.

Marked ``frozen``: a plain ``./run-tests`` or ``pytest`` deselects it (it builds for about
a minute; see tests/conftest.py), ``./run-tests -m frozen`` runs it, and ``.ci/run`` runs
it as its own step. Set ``HEARTH_FROZEN_DIR`` to a built program folder
(the one holding the ``hearth`` executable) to test that build instead of building.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo

from desktop_app import __version__

pytestmark = [
    pytest.mark.frozen,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="build/build-linux is Linux"),
]

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "Amina's kettle sings at seven 47"
MARKER = "hearth-window-shown"


@pytest.fixture(scope="module")
def program() -> Path:
    """Return the frozen ``hearth`` executable, building it unless one is given."""
    given = os.environ.get("HEARTH_FROZEN_DIR")
    if given:
        folder = Path(given).resolve()
    else:
        subprocess.run([str(ROOT / "build" / "build-linux")], check=True, cwd=ROOT)
        folder = ROOT / "build" / "dist" / "hearth"
    executable = folder / "hearth"
    assert executable.is_file(), f"no frozen program at {executable}"
    return executable


def run(
    program: Path, tmp_path: Path, *args: str, stdin: str = "", **env: str
) -> subprocess.CompletedProcess[str]:
    """Run the frozen program with nothing of the checkout or its Python in reach."""
    environment = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path / "home"),
        "TMPDIR": str(tmp_path / "tmp"),
        "QT_QPA_PLATFORM": "offscreen",
        "HEARTH_KDF_PROFILE": os.environ.get("HEARTH_KDF_PROFILE", "fast"),
        "HEARTH_CONFIG_DIR": str(tmp_path / "config"),
        "HEARTH_VAULT_DIR": str(tmp_path / "default-vault"),
        "LANG": "C.UTF-8",
        **env,
    }
    (tmp_path / "tmp").mkdir(exist_ok=True)
    result = subprocess.run(
        [str(program), *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=environment,
        cwd=tmp_path,  # away from the checkout
        timeout=120,
        check=False,
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


def test_version(program: Path, tmp_path: Path) -> None:
    result = run(program, tmp_path, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"hearth {__version__}"


def test_help_is_translated_into_french(program: Path, tmp_path: Path) -> None:
    english = run(program, tmp_path, "--help")
    assert "open the Hearth window" in english.stdout
    french = run(program, tmp_path, "--help", LANG="fr_FR.UTF-8")
    assert french.returncode == 0, french.stderr
    assert "ouvrir la fenêtre de Hearth" in french.stdout


def test_vault_init_demo_verify_then_the_window_opens_and_quits(
    program: Path, tmp_path: Path
) -> None:
    vault = str(tmp_path / "vault")
    init = run(
        program,
        tmp_path,
        "init",
        "--vault",
        vault,
        "--user",
        "Amina",
        stdin=f"{PASSPHRASE}\n{PASSPHRASE}\n",
    )
    assert init.returncode == 0, init.stderr
    assert re.search(r"(?:[0-9A-Z]{4} ){13}[0-9A-Z]{4}", init.stdout), "no recovery code shown"

    demo = run(
        program,
        tmp_path,
        "demo",
        "--households",
        "200",
        "--vault",
        vault,
        "--user",
        "Amina",
        stdin=f"{PASSPHRASE}\n",
    )
    assert demo.returncode == 0, demo.stderr
    assert "200 households" in demo.stdout

    verify = run(
        program, tmp_path, "verify", "--vault", vault, "--user", "Amina", stdin=f"{PASSPHRASE}\n"
    )
    assert verify.returncode == 0, verify.stdout + verify.stderr
    assert "The vault is sound." in verify.stdout

    for language in ("en", "fr", "ar"):
        gui = run(program, tmp_path, "--vault", vault, "--lang", language, HEARTH_STARTUP_PROBE="1")
        assert gui.returncode == 0, gui.stderr
        assert gui.stdout.strip() == MARKER


def test_demo_window_opens_quits_and_leaves_no_vault_behind(program: Path, tmp_path: Path) -> None:
    result = run(program, tmp_path, "--demo", HEARTH_STARTUP_PROBE="1")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == MARKER
    assert list((tmp_path / "tmp").iterdir()) == []  # the throw-away demo vault is gone


def test_core_dumps_are_off_in_the_frozen_program(program: Path, tmp_path: Path) -> None:
    # `hearth init` waits for a passphrase on stdin: look at the process while it waits.
    (tmp_path / "tmp").mkdir(exist_ok=True)
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "HEARTH_CONFIG_DIR": str(tmp_path / "config"),
        "HEARTH_KDF_PROFILE": "fast",
    }
    child = subprocess.Popen(
        [str(program), "init", "--vault", str(tmp_path / "vault")],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
        cwd=tmp_path,
    )
    try:
        limits = Path(f"/proc/{child.pid}/limits")
        core_line = ""
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            core_line = next(
                line for line in limits.read_text().splitlines() if line.startswith("Max core")
            )
            if core_line.split()[4:6] == ["0", "0"]:
                break
            time.sleep(0.05)
        assert core_line.split()[4:6] == ["0", "0"], core_line
        if os.getuid() != 0:
            # A process that is not dumpable has its /proc entries owned by root.
            assert Path(f"/proc/{child.pid}/status").stat().st_uid == 0
    finally:
        child.kill()
        child.wait()
        assert child.stdin is not None
        child.stdin.close()


def test_folder_holds_only_what_is_needed(program: Path) -> None:
    folder = program.parent
    # PyInstaller links some libraries into place: count each file once.
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    names = {p.name for p in files}
    size_mb = sum(p.stat().st_size for p in files) / 1e6
    assert size_mb < 250, f"{size_mb:.0f} MB"
    internal = folder / "_internal"
    resources = internal / "desktop_app" / "_resources"
    # Qt's own catalog (standard buttons) for each staff UI language Qt has one for, and
    # none of Qt's ~30 others.
    shipped = {p.parent.parent.name for p in resources.glob("translations/*/LC_MESSAGES/hearth.mo")}
    assert {"fr", "ar", "uk", "el", "pl"} <= shipped
    qt_has = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    wanted = {f"qtbase_{lang}.qm" for lang in shipped if (qt_has / f"qtbase_{lang}.qm").is_file()}
    assert {"qtbase_ar.qm", "qtbase_fr.qm", "qtbase_uk.qm"} <= wanted
    qt_catalogs = {p.name for p in (internal / "PySide6" / "Qt" / "translations").glob("*.qm")}
    assert qt_catalogs == wanted
    assert (resources / "translations" / "fr" / "LC_MESSAGES" / "hearth.mo").is_file()
    assert (resources / "translations" / "ar" / "LC_MESSAGES" / "hearth.mo").is_file()
    assert (resources / "demo" / "hsds" / "datapackage.json").is_file()
    assert (resources / "icons" / "org.hearth.Hearth.svg").is_file()
    # Family documents: their own catalogs and the bundled fonts with their licence.
    assert (resources / "translations" / "uk" / "LC_MESSAGES" / "family.mo").is_file()
    assert (resources / "translations" / "ar" / "LC_MESSAGES" / "family.mo").is_file()
    for font in ("NotoSans-Regular.ttf", "NotoSansArabic-Bold.ttf", "NotoSansEthiopic-Regular.ttf"):
        assert (resources / "fonts" / font).is_file(), font
    assert (resources / "fonts" / "OFL.txt").is_file()
    unwanted = re.compile(r"^(libQt6(WebEngine|Quick|Qml|3D|Multimedia|Pdf)|.*\.(po|pot)$)")
    assert not [n for n in names if unwanted.match(n)]
    assert not [p for p in files if "tests" in p.relative_to(folder).parts]
    dangling = [p for p in folder.rglob("*") if p.is_symlink() and not p.exists()]
    assert dangling == []


def test_no_build_machine_paths_inside(program: Path) -> None:
    # Tracebacks and error messages must not carry the checkout's or the build env's paths.
    needles = [str(ROOT).encode(), b"/.venv-build/"]
    leaks = [
        p.relative_to(program.parent).as_posix()
        for p in program.parent.rglob("*")
        if p.is_file()
        and not p.is_symlink()
        and any(needle in p.read_bytes() for needle in needles)
    ]
    assert leaks == []
