"""Committed uic forms must match their Designer files."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.gui.uic import compile_ui, form_module_name, significant_lines

ROOT = Path(__file__).resolve().parents[2]
UI_NAMES = [p.name for p in sorted((ROOT / "ui").glob("*.ui"))]


def test_every_ui_file_has_a_compiled_form() -> None:
    assert "main_window.ui" in UI_NAMES
    forms = ROOT / "desktop_app" / "gui" / "forms"
    for name in UI_NAMES:
        assert (forms / f"{form_module_name(Path(name))}.py").is_file(), name


@pytest.mark.parametrize("name", UI_NAMES)
def test_compiled_form_matches_ui_file(name: str) -> None:
    ui_file = ROOT / "ui" / name
    form = ROOT / "desktop_app/gui/forms" / f"{form_module_name(ui_file)}.py"
    committed = form.read_text(encoding="utf-8")
    assert significant_lines(committed) == significant_lines(compile_ui(ui_file)), (
        f"{name} changed: run scripts/compile_ui"
    )
