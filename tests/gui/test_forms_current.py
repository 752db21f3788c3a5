"""Committed uic forms must match their Designer files."""

from __future__ import annotations

import pytest

from desktop_app.gui.uic import compile_ui, form_module_name, significant_lines


def _ui_files(root):
    return sorted((root / "ui").glob("*.ui"))


def test_every_ui_file_has_a_compiled_form(project_root) -> None:
    forms = project_root / "desktop_app" / "gui" / "forms"
    for ui_file in _ui_files(project_root):
        assert (forms / f"{form_module_name(ui_file)}.py").is_file(), ui_file.name


@pytest.mark.parametrize(
    "name", [p.name for p in sorted(__import__("pathlib").Path(__file__).resolve().parents[2].joinpath("ui").glob("*.ui"))]
)
def test_compiled_form_matches_ui_file(project_root, name: str) -> None:
    ui_file = project_root / "ui" / name
    committed = (project_root / "desktop_app/gui/forms" / f"{form_module_name(ui_file)}.py").read_text(
        encoding="utf-8"
    )
    assert significant_lines(committed) == significant_lines(compile_ui(ui_file)), (
        f"{name} changed: run scripts/compile_ui"
    )
