"""Find (Ctrl+F), from anywhere in the window: the search box of the section on screen.

The Services list and the Champions page's family search answer it where they are;
everywhere else it goes to the Families list's search box (leaving an open family the
way Back does, so unsaved changes are asked about first).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit

from desktop_app.i18n import _


def _focus(edit: QLineEdit) -> None:
    edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
    edit.selectAll()


class FindAction(QAction):
    """The window's Find action, in the File menu, with the platform's Find keys."""

    def __init__(self, window: Any, casework: Any) -> None:
        super().__init__(window)
        self.setObjectName("find_action")
        self._window = window
        self._casework = casework
        self.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.triggered.connect(self.find)
        window.installEventFilter(self)
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Retranslate with the window."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        """The menu text in the staff language (the menu shows the keys beside it)."""
        self.setText(_("&Find…"))

    def find(self) -> QLineEdit | None:
        """Put the cursor in the search box that fits the section on screen."""
        window, casework = self._window, self._casework
        key = window.SECTION_KEYS[window.current_section()]
        if key == "services":
            edit: QLineEdit = casework.services_page.ui.search_edit
        elif key == "champions":
            page = casework.champions
            page.ui.champions_tabs.setCurrentWidget(page.ui.find_tab)
            edit = page.ui.family_search_edit
        else:
            families = casework.families
            if key != "families":
                window.show_section(window.SECTION_KEYS.index("families"))
                if window.SECTION_KEYS[window.current_section()] != "families":
                    return None  # the person chose to stay (unsaved changes)
            if families.currentWidget() is families.family_page:
                if not families.family_page.go_back():
                    return None
            edit = families.list_page.ui.search_edit
        _focus(edit)
        return edit


def install_find_action(window: Any, casework: Any, session: Any) -> FindAction:
    """Add Find to the window and its File menu (after Log contact), enabled while unlocked."""
    action = FindAction(window, casework)
    menu = window.ui.file_menu
    actions = menu.actions()
    after = next((a for a in actions if a.objectName() == "log_contact_action"), None)
    if after is not None and actions.index(after) + 1 < len(actions):
        menu.insertAction(actions[actions.index(after) + 1], action)
    else:
        menu.addAction(action)
    window.addAction(action)
    session.locked.connect(lambda: action.setEnabled(False))
    session.unlocked.connect(lambda _services: action.setEnabled(True))
    action.setEnabled(session.services is not None)
    return action
