"""Keyboard behaviour shared by the casework dialogs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QDateEdit, QWidget


def save_on_ctrl_return(dialog: QWidget, save: Callable[[], object]) -> None:
    """Ctrl+Return (and Ctrl+Enter on the keypad) saves ``dialog`` from any field."""
    for keys in ("Ctrl+Return", "Ctrl+Enter"):
        shortcut = QShortcut(QKeySequence(keys), dialog)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(save)


class _TabLeavesDateEdit(QObject):
    """Tab leaves a date field: Qt's date edits would step through day, month, year."""

    def __init__(self, owner: QWidget) -> None:
        super().__init__(owner)
        self._owner = owner

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(watched, QDateEdit)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            backwards = event.key() == Qt.Key.Key_Backtab or bool(
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            self._owner.focusNextPrevChild(not backwards)
            return True
        return super().eventFilter(watched, event)


def tab_leaves(owner: QWidget, *edits: QDateEdit) -> None:
    """Make Tab and Shift+Tab move from each of ``edits`` to the next field of ``owner``."""
    keys = _TabLeavesDateEdit(owner)
    for edit in edits:
        edit.installEventFilter(keys)
