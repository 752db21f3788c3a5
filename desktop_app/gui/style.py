"""Hearth's look: big targets and calm contrast, on top of the platform style."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

# Sizes in em so they grow with the user's font size (150 % and 200 % must still fit).
# (Item padding in a style sheet enlarged the selection but not the rows, so the
# navigation's spacing is set from the font in MainWindow instead.)
STYLE_SHEET = """
QLabel#status_label { padding: 0.2em 0.5em; }
"""


def apply_style(app: QApplication) -> None:
    """Apply Hearth's style sheet to the whole application."""
    app.setStyleSheet(STYLE_SHEET)
