"""Every screen, as a keyboard and screen-reader user meets it (issue 7, item 7).

One walk over every window, section, tab, wizard step and dialog
(:mod:`desktop_app.gui.screen_walk`): each focusable input has a name a screen
reader announces, Tab reaches it and never gets stuck, no two access keys share a
letter, and the common actions have shortcuts shown in the menus and tooltips. A
screen added to the walk is checked by every test here.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QWidget,
)

from desktop_app.app import GuiOptions, GuiSession, build_session
from desktop_app.core.preferences import Preferences
from desktop_app.gui.screen_walk import GROUPS, ScreenWalk
from tests.helpers import ui_audit
from tests.helpers.walks import WalkResult, walk

CHECKS = {
    "names": ui_audit.unnamed_inputs,
    "tab": ui_audit.unreachable_inputs,
    "access keys": ui_audit.mnemonic_clashes,
    "inputs": lambda window: [ui_audit.describe(w) for w in ui_audit.inputs(window)],
}

#: The common actions: object name, keys, and whether the toolbar shows them too.
COMMON_ACTIONS = {
    "new_intake_action": ("Ctrl+N", False),
    "log_contact_action": ("Ctrl+Shift+L", False),
    "find_action": ("Ctrl+F", False),
    "lock_action": ("Ctrl+L", True),
    "sync_action": ("Ctrl+Shift+S", True),
}


def _window_facts(screens: ScreenWalk) -> dict[str, Any]:
    window = screens.window
    portable = QKeySequence.SequenceFormat.PortableText
    menus = window.menuBar().findChildren(type(window.ui.file_menu))
    in_menus = {a.objectName(): a for menu in menus for a in menu.actions()}
    toolbar = {a.objectName(): a for a in window.ui.main_toolbar.actions()}
    actions = {}
    for name in COMMON_ACTIONS:
        action = in_menus.get(name)
        actions[name] = (
            None
            if action is None
            else (
                action.shortcut().toString(portable),
                action.toolTip() if name in toolbar else None,
            )
        )
    sections = sorted(
        a.shortcut().toString(portable)
        for a in window.actions()
        if a.shortcut().toString(portable).startswith("Ctrl+")
        and a.shortcut().toString(portable)[5:].isdigit()
    )
    return {
        "actions": actions,
        "sections": sections,
        "navigation tip": window.ui.navigation_list.toolTip(),
        "clashes": ui_audit.shortcut_clashes(window),
    }


@pytest.fixture(scope="module")
def walked(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> WalkResult:
    return walk(qapp, tmp_path_factory.mktemp("a11y"), CHECKS, on_window=_window_facts)


def test_the_walk_covers_every_kind_of_screen(walked: WalkResult) -> None:
    names = [name for name, _group, _cls in walked.screens]
    assert len(names) == len(set(names))
    assert {group for _name, group, _cls in walked.screens} == set(GROUPS)
    windows = {cls for _name, _group, cls in walked.screens}
    assert {
        "UnlockDialog", "MainWindow", "IntakeWizard", "ConsentDialog",
        "WithdrawConsentDialog", "ContactDialog", "FollowUpDialog", "ServiceDialog",
        "ServiceImportDialog", "ChampionDialog", "EventDialog", "SendConfirmDialog",
        "FingerprintDialog",
    } <= windows  # fmt: skip
    for key in ("today", "families", "services", "champions", "events", "reports", "settings"):
        assert f"section-{key}" in names
    for tab in ("people", "needs", "contacts", "referrals", "consent", "notes"):
        assert f"family-{tab}" in names
    for key in ("display", "session", "records", "statistics", "sync", "staff"):
        assert f"settings-{key}" in names
    assert sum(name.startswith("intake-") for name in names) >= 7  # every step
    # The checks really looked at inputs (hundreds of them).
    assert sum(len(found) for found in walked.findings["inputs"].values()) > 500


def test_every_input_has_a_name_a_screen_reader_announces(walked: WalkResult) -> None:
    assert walked.failures("names") == {}


def test_tab_reaches_every_input_and_never_gets_stuck(walked: WalkResult) -> None:
    assert walked.failures("tab") == {}


def test_no_two_access_keys_on_a_screen_share_a_letter(walked: WalkResult) -> None:
    assert walked.failures("access keys") == {}


def test_common_actions_have_shortcuts_shown_in_menus_and_tooltips(walked: WalkResult) -> None:
    facts = walked.extra
    for name, (keys, on_toolbar) in COMMON_ACTIONS.items():
        found = facts["actions"][name]
        assert found is not None, f"{name} is in no menu (menus show its shortcut)"
        shortcut, tooltip = found
        assert shortcut == keys, name
        if on_toolbar:
            assert tooltip is not None, name
            assert keys in tooltip, (name, tooltip)
    assert facts["sections"] == [f"Ctrl+{n}" for n in range(1, 8)]
    assert "Ctrl+1" in facts["navigation tip"]
    assert "Ctrl+7" in facts["navigation tip"]


def test_no_two_shortcuts_of_the_window_clash(walked: WalkResult) -> None:
    assert walked.extra["clashes"] == []


# ------------------------------------------------------------------ the keys work
@pytest.fixture
def gui(qtbot, tmp_path: Path) -> Iterator[GuiSession]:
    started = build_session(
        GuiOptions(None, tmp_path / "unused", demo=True), Preferences(), demo_households=12
    )
    qtbot.addWidget(started.window)
    qtbot.waitExposed(started.window)
    started.window.activateWindow()
    qtbot.waitUntil(started.window.isActiveWindow)
    yield started
    started.close()


def test_ctrl_f_finds_from_any_section(qtbot, gui: GuiSession) -> None:
    window, casework = gui.window, gui.casework
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(window, Qt.Key.Key_F, ctrl)  # from Today: the Families list's search
    families = casework.families.list_page.ui.search_edit
    assert window.current_section() == window.SECTION_KEYS.index("families")
    qtbot.waitUntil(families.hasFocus)
    window.show_section(window.SECTION_KEYS.index("services"))
    qtbot.keyClick(window, Qt.Key.Key_F, ctrl)  # a section with a search of its own
    qtbot.waitUntil(casework.services_page.ui.search_edit.hasFocus)
    assert window.current_section() == window.SECTION_KEYS.index("services")
    gui.session.lock()
    assert not casework.find_action.isEnabled()  # nothing to search while locked


# ------------------------------------------------------------------ the checks catch
def test_the_checks_catch_what_they_look_for(qtbot) -> None:
    """An unnamed input, one Tab cannot reach, a trap and clashing keys are all found."""
    form = QWidget()
    qtbot.addWidget(form)
    layout = QFormLayout(form)
    named = QLineEdit(form)
    label = QLabel("&Name:", form)
    label.setBuddy(named)
    layout.addRow(label, named)
    unnamed = QLineEdit(form)
    unnamed.setObjectName("unnamed_edit")
    layout.addRow(unnamed)
    other = QLineEdit(form)
    clash = QLabel("&Number:", form)  # Alt+N twice
    clash.setBuddy(other)
    layout.addRow(clash, other)
    stuck = QPlainTextEdit(form)
    stuck.setObjectName("stuck_edit")
    stuck.setAccessibleName("Note")
    layout.addRow(stuck)
    mouse_only = QPushButton("Go", form)
    mouse_only.setObjectName("mouse_only_button")
    mouse_only.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    layout.addRow(mouse_only)
    cells = QTableWidget(3, 2, form)
    cells.setObjectName("cells_table")
    cells.setAccessibleName("Cells")
    cells.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    layout.addRow(cells)
    for _twice in range(2):
        action = QAction("Twice", form)
        action.setShortcut(QKeySequence("Ctrl+K"))
        form.addAction(action)
    form.show()
    qtbot.waitExposed(form)
    assert [p.split(" ")[0] for p in ui_audit.unnamed_inputs(form)] == ["unnamed_edit"]
    unreachable = " ".join(ui_audit.unreachable_inputs(form))
    assert "mouse_only_button" in unreachable
    assert "stuck_edit" in unreachable  # Tab types a tab character
    assert "cells_table" in unreachable  # Tab walks every cell
    assert any(p.startswith("Alt+N") for p in ui_audit.mnemonic_clashes(form))
    assert ui_audit.shortcut_clashes(form) == ["Ctrl+K: 'Twice' and 'Twice'"]
    stuck.setTabChangesFocus(True)
    cells.setTabKeyNavigation(False)
    unnamed.setAccessibleName("Other")
    assert ui_audit.unnamed_inputs(form) == []
    assert "stuck_edit" not in " ".join(ui_audit.unreachable_inputs(form))
