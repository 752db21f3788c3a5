"""Read-only record tables: one row per record, its id on the first cell, one selected."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from desktop_app.gui import views

ID_ROLE = int(Qt.ItemDataRole.UserRole)


def prepare_table(table: QTableWidget) -> None:
    """Rows selected whole, one at a time, never edited in place; columns fit their text.

    Tab moves on to the next control (the arrow keys move between rows): with Qt's
    default, Tab would walk every cell of a read-only table before leaving it.
    """
    table.verticalHeader().setVisible(False)
    table.setTabKeyNavigation(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)


def fill_table(table: QTableWidget, headers: list[str], rows: list[tuple[Any, list[str]]]) -> None:
    """Fill a table; each row's first cell carries its id (``Qt.UserRole``)."""
    current = selected_id(table)
    table.clearContents()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for r, (row_id, cells) in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)  # the whole text, when a narrow column cuts it
            if c == 0:
                item.setData(ID_ROLE, row_id)
            table.setItem(r, c, item)
    for r, (row_id, _cells) in enumerate(rows):
        if row_id == current:
            select_row(table, r)
            break
    table.resizeRowsToContents()


def select_row(table: QTableWidget, row: int) -> None:
    """Select (and make current) one whole row (see :func:`desktop_app.gui.views.select_row`)."""
    views.select_row(table, row)


def selected_id(table: QTableWidget) -> Any:
    """Return the id of the selected row (``None`` when nothing is selected)."""
    rows = table.selectionModel().selectedRows() if table.selectionModel() else []
    if not rows:
        return None
    item = table.item(rows[0].row(), 0)
    return None if item is None else item.data(ID_ROLE)
