"""Core dumps are off from the first line of Hearth: checked in a child process."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from desktop_app.core import hardening

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux prctl")

# The child prints what the kernel says about itself after Hearth's start-up code ran.
_REPORT = """
import json, resource
from desktop_app.core import hardening
{start}
print(json.dumps({{
    "core": list(resource.getrlimit(resource.RLIMIT_CORE)),
    "dumpable": hardening._prctl(hardening.PR_GET_DUMPABLE, 0),
    "status": [line for line in open("/proc/self/status") if line.startswith("CoreDumping")],
}}))
"""


def _child(start: str) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", _REPORT.format(start=start)],
        capture_output=True,
        text=True,
        check=True,
    )
    report: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return report


@linux_only
def test_disable_core_dumps_sets_limit_zero_and_not_dumpable() -> None:
    before = _child("")
    assert before["dumpable"] == 1  # the child starts dumpable: the check below means something
    after = _child("assert hardening.disable_core_dumps() is True")
    assert after["core"] == [0, 0]
    assert after["dumpable"] == 0


@linux_only
def test_the_hearth_entry_point_hardens_before_anything_else() -> None:
    # The console script calls cli.main() with no arguments.
    start = (
        "import sys\n"
        "from desktop_app import cli\n"
        "sys.argv = ['hearth', '--version']\n"
        "try:\n"
        "    cli.main()\n"
        "except SystemExit:\n"
        "    pass\n"
    )
    report = _child(start)
    assert report["core"] == [0, 0]
    assert report["dumpable"] == 0


@linux_only
def test_python_dash_m_hardens_before_importing_the_cli() -> None:
    start = (
        "import runpy, sys\n"
        "sys.argv = ['hearth', '--version']\n"
        "try:\n"
        "    runpy.run_module('desktop_app', run_name='__main__')\n"
        "except SystemExit:\n"
        "    pass\n"
    )
    report = _child(start)
    assert report["core"] == [0, 0]
    assert report["dumpable"] == 0


def test_in_process_callers_keep_their_settings() -> None:
    # Tests call cli.main(argv) in-process; that must not change pytest's own process.
    from desktop_app.cli import main

    before = hardening.is_dumpable()
    with pytest.raises(SystemExit):
        main(["--version"])
    assert hardening.is_dumpable() == before


def test_never_raises_when_the_calls_are_unavailable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hardening, "_prctl", lambda option, argument: -1)
    monkeypatch.setattr(hardening, "_zero_core_limit", lambda: False)
    assert hardening.disable_core_dumps() is False
    assert hardening.is_dumpable() is None
