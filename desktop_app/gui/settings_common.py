"""What the Settings page's sections share: how a result is shown under a form."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QLabel, QListWidget, QTableWidget, QWidget

from desktop_app.core.errors import UserFacingError
from desktop_app.gui.validation import MESSAGE_STYLE

#: Style of a "saved" confirmation (dark green: 6.6:1 on white).
SAVED_STYLE = "color: #1e6b34;"


def show_message(label: QLabel, text: str, *, error: bool = False) -> None:
    """Show a result under a form: red for a problem, green for done; hide when empty."""
    label.setStyleSheet(MESSAGE_STYLE if error else SAVED_STYLE)
    label.setText(text)
    set_row_visible(label, bool(text))
    # A screen reader reads the accessible description of what has focus; the message
    # itself is also in the reading order after the form.
    label.setAccessibleName(text)


def error_text(error: UserFacingError) -> str:
    """Return a known error's message and its hint, as one paragraph."""
    hint = getattr(error, "hint", "") or ""
    return f"{error} {hint}".strip()


def set_row_visible(widget: QWidget, visible: bool) -> None:
    """Show or hide ``widget`` and, in a form layout, its whole row (with its spacing)."""
    parent = widget.parentWidget()
    if parent is not None:
        for layout in parent.findChildren(QFormLayout):
            position: Any = layout.getWidgetPosition(widget)
            row = int(position[0])
            if row >= 0:
                layout.setRowVisible(row, visible)
                break
    widget.setVisible(visible)


def fit_list(widget: QListWidget, least: int, most: int) -> None:
    """Make a list as tall as its rows (between ``least`` and ``most`` of them)."""
    row = widget.sizeHintForRow(0) if widget.count() else widget.fontMetrics().height() + 8
    shown = min(max(widget.count(), least), most)
    frame = 2 * widget.frameWidth() + 6 + widget.fontMetrics().height() // 2
    widget.setFixedHeight(shown * (row + 2 * widget.spacing()) + frame)


def fit_table(table: QTableWidget, rows: int) -> None:
    """Cap a table's height at ``rows`` rows (it scrolls beyond), whatever the text size."""
    header = table.horizontalHeader().sizeHint().height()
    row = table.verticalHeader().defaultSectionSize()
    table.setMaximumHeight(header + rows * row + 2 * table.frameWidth() + 4)
    table.setMinimumHeight(header + min(rows, 2) * row + 2 * table.frameWidth() + 4)
