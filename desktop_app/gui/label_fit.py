"""Keep word-wrapped plain-text labels tall enough for their text inside tab pages.

A :class:`QTabWidget` (its stacked pages) does not pass height-for-width on, so a
wrapped label in a tab page is sized for one guessed width and its last lines are cut
off (worse at 150 % font or in a narrow window). :func:`fit_wrapped_labels` watches
each label's width (and repaint, which follows a new text) and sets its minimum height
to what its text needs at that width.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtWidgets import QLabel, QWidget


class _LabelFitter(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QLabel) and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.FontChange,
            QEvent.Type.Show,
            QEvent.Type.Paint,  # after setText: the label repaints with its new text
        ):
            fit(watched)
        return False


def fit(label: QLabel) -> None:
    """Set ``label``'s minimum height to what its text needs at its current width."""
    if not label.text():
        label.setMinimumHeight(0)
        return
    # Measured with the font, not QLabel.heightForWidth: that never answers less than
    # the minimum height set before, so a label once narrow would stay tall.
    margins = label.contentsMargins()
    inner = 2 * label.margin()
    width = max(1, label.width() - margins.left() - margins.right() - inner)
    flags = int(Qt.TextFlag.TextWordWrap) | int(label.alignment())
    box = label.fontMetrics().boundingRect(QRect(0, 0, width, 1_000_000), flags, label.text())
    needed = box.height() + margins.top() + margins.bottom() + inner
    if needed != label.minimumHeight():
        label.setMinimumHeight(needed)


def fit_wrapped_labels(owner: QObject, *labels: QLabel) -> None:
    """Keep each of ``labels`` as tall as its wrapped text (for as long as ``owner`` lives)."""
    fitter = owner.findChild(_LabelFitter, "label_fitter")
    if fitter is None:
        fitter = _LabelFitter(owner)
        fitter.setObjectName("label_fitter")
    for label in labels:
        label.installEventFilter(fitter)
        label.setWordWrap(True)


def fit_all_wrapped_labels(owner: QWidget) -> None:
    """:func:`fit_wrapped_labels` for every wrapped plain-text label inside ``owner``.

    For windows whose pages sit in stacked widgets (the unlock dialog, a form with
    sections): at 200 % text their sentences need lines the stack does not give them.
    """
    labels = [
        label
        for label in owner.findChildren(QLabel)
        if label.wordWrap() and label.textFormat() != Qt.TextFormat.RichText
    ]
    fit_wrapped_labels(owner, *labels)
