"""The README's run command opens the window, and the two set-up commands are as promised."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from desktop_app.app import STARTUP_CRASHED, STARTUP_MARKER, STARTUP_PROBE_ENV

ROOT = Path(__file__).resolve().parents[2]


def test_readme_opens_with_exactly_two_setup_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first_block = re.search(r"```(?:bash|sh)?\n(.*?)```", readme, re.S)
    assert first_block
    commands = [
        line.split("#")[0].strip() for line in first_block.group(1).splitlines() if line.strip()
    ]
    assert commands == ["./hearth --demo", "./run-tests"]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "./run-tests" in ci


def test_python_m_desktop_app_opens_the_window(tmp_path: Path) -> None:
    env = {**os.environ, STARTUP_PROBE_ENV: "1", "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--lang", "ar"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert STARTUP_MARKER in result.stdout
    assert "Traceback" not in result.stderr


def test_demo_opens_unlocked_and_leaves_no_vault_behind(tmp_path: Path) -> None:
    env = {
        **os.environ,
        STARTUP_PROBE_ENV: "1",
        "QT_QPA_PLATFORM": "offscreen",
        "TMPDIR": str(tmp_path),
    }
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--demo"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert STARTUP_MARKER in result.stdout
    assert "Traceback" not in result.stderr
    assert not list(tmp_path.glob("hearth-demo-*")), "the demo vault is deleted on quit"


def test_a_start_up_probe_that_meets_an_error_fails_with_the_redacted_report(
    tmp_path: Path,
) -> None:
    """The benchmark and the frozen smoke test have nobody to close a crash dialog."""
    env = {**os.environ, STARTUP_PROBE_ENV: "1", "QT_QPA_PLATFORM": "offscreen"}
    env["TMPDIR"] = str(tmp_path)
    # The casework pages are built at the first unlock: make that step fail.
    script = (
        "import sys\n"
        "import desktop_app.gui.casework as casework\n"
        "def broken(*args, **kwargs):\n"
        "    raise ZeroDivisionError('Family Haddad')\n"
        "casework.CaseworkController.__init__ = broken\n"
        "from desktop_app.cli import main\n"
        "sys.exit(main(['--demo']))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert result.returncode == STARTUP_CRASHED, result.stderr
    assert STARTUP_MARKER not in result.stdout
    assert "ZeroDivisionError" in result.stderr  # the redacted report: types and places
    assert "Family Haddad" not in result.stderr  # never the message
    assert "Traceback" not in result.stderr
    assert not list(tmp_path.glob("hearth-demo-*")), "the demo vault is deleted all the same"
