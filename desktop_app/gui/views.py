"""Small helpers for item views shared by the casework pages."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView


def select_row(view: QAbstractItemView, row: int) -> None:
    """Make ``row`` the current, selected row of ``view``.

    ``QTableView.selectRow`` does nothing in a right-to-left layout until the view has
    been laid out (it finds the row's first and last columns from the header's pixel
    positions), so a page opened in Arabic would show no selection; going through the
    selection model works in either direction, shown or not.
    """
    model = view.model()
    selection = view.selectionModel()
    if model is None or selection is None or not 0 <= row < model.rowCount():
        return
    flags = (
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    selection.setCurrentIndex(model.index(row, 0), flags)
