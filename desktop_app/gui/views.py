"""Small helpers for item views shared by the casework pages."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView, QComboBox


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


def fit_combo(combo: QComboBox, *, at_least: str = "") -> None:
    """Make ``combo`` measure its items again, and never narrower than the longest.

    A combo box keeps the width it measured first (when it was first shown, or before
    a language switch or a refill renamed its items), and a layout short of room
    squeezes it further: German, Greek or Ukrainian items would be cut off. With
    ``at_least``, a combo that stays narrow on purpose (a filter of long data items)
    is only made wide enough for that text (its "any" item).
    """
    if at_least:
        metrics = combo.fontMetrics()
        chars = -(-metrics.horizontalAdvance(at_least) // max(1, metrics.averageCharWidth()))
        combo.setMinimumContentsLength(max(combo.minimumContentsLength(), chars + 1))
        combo.updateGeometry()
        return
    # Setting the policy again is what makes QComboBox drop the size it cached; and a
    # layout short of room would squeeze it below that size, cutting the text.
    combo.setMinimumWidth(0)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.setMinimumWidth(combo.sizeHint().width())
