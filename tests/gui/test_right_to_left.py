"""Right to left: arrows that point the reading way, isolated data, selections that show.

Issue 7, item 4. The direction itself comes from Babel (``test_main_window.py``).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QStyle, QTableView, QTableWidget, QTableWidgetItem, QWizard

from desktop_app.core import models as m
from desktop_app.gui.application import LanguageSwitcher
from desktop_app.gui.direction import forward_arrow, join_steps, without_arrows
from desktop_app.gui.intake_wizard import IntakeWizard
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.referrals_tab import history_text
from desktop_app.gui.views import select_row
from desktop_app.vault.services import VaultServices
from tests.helpers.vaults import vault_services

GUI = Path(__file__).resolve().parents[2] / "desktop_app" / "gui"
FSI, PDI = "\u2068", "\u2069"
# Arrow characters, and "<"/">" used as arrows ("< Back", "Next >"), not markup.
ARROW = re.compile(r"[→←‹›⇐⇒]|(?:^|\s)<\s|\s>(?:\s|$)")


@pytest.fixture
def services(tmp_path: Path) -> Iterator[VaultServices]:
    with vault_services(tmp_path / "vault") as opened:
        yield opened


def _same(icon: QIcon, other: QIcon) -> bool:
    return icon.pixmap(16, 16).toImage() == other.pixmap(16, 16).toImage()


@pytest.mark.parametrize(("language", "back", "forward"), [
    ("en", QStyle.StandardPixmap.SP_ArrowLeft, QStyle.StandardPixmap.SP_ArrowRight),
    ("ar", QStyle.StandardPixmap.SP_ArrowRight, QStyle.StandardPixmap.SP_ArrowLeft),
])  # fmt: skip
def test_the_wizards_back_and_next_point_the_reading_way(
    qtbot, services: VaultServices, switcher: LanguageSwitcher, language: str, back, forward
) -> None:
    switcher.apply(language)
    wizard = IntakeWizard(services, today=date(2026, 3, 2))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    style = wizard.style()
    back_button = wizard.button(QWizard.WizardButton.BackButton)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert _same(back_button.icon(), style.standardIcon(back))
    assert _same(next_button.icon(), style.standardIcon(forward))
    for button in (back_button, next_button):
        assert button.text()
        assert without_arrows(button.text()) == button.text()
    # Next's arrow comes after its word: the button is laid out the other way round.
    assert next_button.layoutDirection() != wizard.layoutDirection()
    # A live switch turns them round.
    switcher.apply("en" if language == "ar" else "ar")
    qtbot.waitUntil(lambda: _same(back_button.icon(), style.standardIcon(forward)))
    assert _same(next_button.icon(), style.standardIcon(back))


def test_history_arrows_follow_the_language(switcher: LanguageSwitcher) -> None:
    steps = ["one", "two"]
    assert join_steps(steps) == "one → two"
    switcher.apply("ar")
    assert forward_arrow() == "←"
    assert join_steps(steps) == "one ← two"
    referral = m.Referral(
        need_id=1,
        service_id=1,
        consent_to_share=True,
        history=(
            m.ReferralStatusChange(m.ReferralStatus.SUGGESTED, date(2026, 3, 2)),
            m.ReferralStatusChange(m.ReferralStatus.REFERRED, date(2026, 3, 4)),
        ),
    )
    text = history_text(referral)
    assert "←" in text
    assert "→" not in text


def test_no_arrow_is_typed_into_the_interface() -> None:
    """Arrows in displayed strings come from :mod:`desktop_app.gui.direction`."""
    found = []
    for path in GUI.rglob("*.py"):
        # qt_texts.py lists Qt's own source texts ("&Next >") for the catalog only;
        # direction.py takes the arrows out of their translations.
        if "forms" in path.parts or path.name in ("direction.py", "qt_texts.py"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
            and node.body
            and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                if id(node) not in docstrings and ARROW.search(node.value):
                    found.append(f"{path.name}:{node.lineno} {node.value!r}")
    assert found == []


def test_data_inside_translated_text_is_isolated(qtbot, switcher: LanguageSwitcher) -> None:
    """An Arabic name in English, a Latin name in Arabic: each kept in one piece."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_signed_in("أمينة")
    assert f"{FSI}أمينة{PDI}" in window.signed_in_label.text()
    switcher.apply("ar")
    qtbot.waitUntil(lambda: window.layoutDirection() == Qt.LayoutDirection.RightToLeft)
    window.set_signed_in("Amina K")
    window.set_demo("made-up families only")
    assert f"{FSI}Amina K{PDI}" in window.signed_in_label.text()
    assert f"{FSI}made-up families only{PDI}" in window.demo_label.text()


@pytest.mark.parametrize("kind", ["widget", "view"])
def test_select_row_selects_right_to_left_before_the_view_is_laid_out(
    qtbot, switcher: LanguageSwitcher, kind: str
) -> None:
    switcher.apply("ar")
    view: QTableView
    if kind == "widget":
        cells = QTableWidget(3, 2)
        for row in range(3):
            for column in range(2):
                cells.setItem(row, column, QTableWidgetItem(f"{row}.{column}"))
        view = cells
    else:
        view = QTableView()
        model = QStandardItemModel(3, 2, view)
        for row in range(3):
            for column in range(2):
                model.setItem(row, column, QStandardItem(f"{row}.{column}"))
        view.setModel(model)
    qtbot.addWidget(view)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    assert view.layoutDirection() == Qt.LayoutDirection.RightToLeft
    select_row(view, 1)  # not shown, not laid out yet
    assert [index.row() for index in view.selectionModel().selectedRows()] == [1]
    assert view.currentIndex().row() == 1


def test_every_page_selects_rows_through_the_one_helper() -> None:
    """``QTableView.selectRow`` selects nothing right to left: nobody calls it."""
    callers = []
    for path in GUI.rglob("*.py"):
        if "forms" in path.parts or path.name == "views.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if ".selectRow(" in line:
                callers.append(f"{path.name}:{number}")
    assert callers == []
