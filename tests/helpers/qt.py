"""Helpers for GUI tests: collect every text a person can see on a widget tree."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QWidget,
)


def visible_texts(root: QWidget) -> list[str]:
    """Return the user-visible texts of ``root`` and its children (incl. menus)."""
    texts: list[str] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if isinstance(widget, QLabel):
            texts.append(widget.text().replace("&", "&&"))
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QListWidget):
            texts.extend(widget.item(i).text() for i in range(widget.count()))
        elif isinstance(widget, QMenu):
            texts.append(widget.title())
            texts.extend(action.text() for action in widget.actions())
        if widget.toolTip():
            texts.append(widget.toolTip())
    if isinstance(root, QMainWindow):
        texts.append(root.windowTitle())
    return [strip_mnemonic(t) for t in texts if t and t.strip()]


def strip_mnemonic(text: str) -> str:
    """Remove keyboard mnemonics ("&File" → "File", "&&" → "&")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")
