"""Compile Qt Designer files with pyside6-uic (used by scripts/compile_ui and the tests)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

# uic stamps its own version into the header; comparisons ignore those comment lines.
_HEADER_PREFIX = "##"


def form_module_name(ui_file: Path) -> str:
    """Return the module name of a compiled form: ``main_window.ui`` → ``ui_main_window``."""
    return f"ui_{ui_file.stem}"


def _uic_command() -> list[str]:
    exe = Path(sys.executable).with_name("pyside6-uic")
    if exe.exists():
        return [str(exe)]
    found = shutil.which("pyside6-uic")
    if found:
        return [found]
    raise FileNotFoundError("pyside6-uic is not installed in this environment")


def compile_ui(ui_file: Path) -> str:
    """Return the Python source pyside6-uic generates for ``ui_file``."""
    result = subprocess.run(
        [*_uic_command(), "--generator", "python", str(ui_file)],
        check=True,
        capture_output=True,
        text=True,
    )
    return result.stdout


def significant_lines(source: str) -> list[str]:
    """Drop uic's version-stamped header so forms compare across Qt patch releases."""
    return [line for line in source.splitlines() if not line.startswith(_HEADER_PREFIX)]


def compile_all(ui_dir: Path, forms_dir: Path) -> list[Path]:
    """Compile every ``.ui`` file in ``ui_dir`` into ``forms_dir``; return written paths."""
    written = []
    for ui_file in sorted(ui_dir.glob("*.ui")):
        target = forms_dir / f"{form_module_name(ui_file)}.py"
        target.write_text(compile_ui(ui_file), encoding="utf-8")
        written.append(target)
    return written
