"""Hearth's look: big targets and calm contrast, on top of the platform style."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

# Sizes in em so they grow with the user's font size (150 % and 200 % must still fit).
STYLE_SHEET = """
QListWidget#navigation_list { font-size: 1.15em; }
QListWidget#navigation_list::item { padding: 0.55em 0.8em; }
QLabel#status_label { padding: 0.2em 0.5em; }
"""


def apply_style(app: QApplication) -> None:
    """Apply Hearth's style sheet to the whole application."""
    app.setStyleSheet(STYLE_SHEET)
