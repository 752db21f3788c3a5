"""Rows of filters that wrap onto a second line instead of pushing the page wider.

A row of "label, box, label, box, tick box" is as wide as all of them together; at
200 % text or in a longer language it is wider than a laptop's screen, and the whole
page scrolls sideways. :func:`wrap_row` turns such a Designer row into a
:class:`FlowLayout`: each label stays with the field it names, and what does not fit
goes onto the next line, in the reading direction (right to left in Arabic).
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QStyle,
    QWidget,
    QWidgetItem,
)


class FlowLayout(QLayout):
    """Items side by side, wrapping onto new lines when the width runs out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []

    def addItem(self, item: QLayoutItem) -> None:  # noqa: D102 - Qt override
        self._items.append(item)

    def count(self) -> int:  # noqa: D102
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: D102
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: D102
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: D102
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: D102
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: D102
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: D102
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    def sizeHint(self) -> QSize:  # noqa: D102
        # One line when there is room: the width of everything side by side.
        margins = self.contentsMargins()
        width = sum(i.sizeHint().width() for i in self._items)
        width += self._gap() * max(0, len(self._items) - 1)
        height = max((i.sizeHint().height() for i in self._items), default=0)
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:  # noqa: D102
        # As narrow as its widest item: the rest wraps.
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _gap(self) -> int:
        spacing = self.spacing()
        if spacing >= 0:
            return spacing
        parent = self.parentWidget()
        return (
            parent.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)
            if (parent is not None)
            else 6
        )

    def _arrange(self, rect: QRect, *, place: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line = area.x(), area.y(), 0
        gap = self._gap()
        parent = self.parentWidget()
        direction = (
            parent.layoutDirection() if parent is not None else Qt.LayoutDirection.LeftToRight
        )
        for item in self._items:
            hint = item.sizeHint().boundedTo(QSize(max(1, area.width()), 1_000_000))
            hint = hint.expandedTo(item.minimumSize())
            if x > area.x() and x + hint.width() > area.right() + 1:
                x, y, line = area.x(), y + line + gap, 0
            if place:
                box = QRect(QPoint(x, y), hint)
                item.setGeometry(QStyle.visualRect(direction, area, box))
            x += hint.width() + gap
            line = max(line, hint.height())
        return y + line - rect.y() + margins.bottom()


def _focus_order(owner: QWidget) -> list[QWidget]:
    order: list[QWidget] = []
    widget = owner.nextInFocusChain()
    while widget is not None and widget is not owner and len(order) < 10_000:
        if owner.isAncestorOf(widget):
            order.append(widget)
        widget = widget.nextInFocusChain()
    return order


def wrap_row(owner: QWidget, row: QBoxLayout) -> QWidget:
    """Replace the Designer row ``row`` (inside ``owner``) by a wrapping one.

    A label stays on the line of the field it is the buddy of; spacers go (the flow
    leaves the space at the end). The Tab order stays what it was.
    """
    order = _focus_order(owner)
    host = next(
        (
            layout
            for layout in owner.findChildren(QBoxLayout)
            if any(layout.itemAt(i) is row for i in range(layout.count()))
        ),
        None,
    )
    if host is None:
        raise ValueError("the row is not inside a box layout of the owner")
    index = next(i for i in range(host.count()) if host.itemAt(i) is row)
    container = QWidget(owner)
    container.setObjectName(f"{row.objectName() or 'row'}_flow")
    flow = FlowLayout(container)
    flow.setContentsMargins(0, 0, 0, 0)
    pending: list[QWidget] = []
    while row.count():
        item = row.takeAt(0)
        if item is None:
            break
        widget = item.widget()
        if widget is not None:
            pending.append(widget)
    hidden = {id(w) for w in pending if w.isHidden()}
    position = 0
    while position < len(pending):
        widget = pending[position]
        buddy = widget.buddy() if isinstance(widget, QLabel) else None
        following = pending[position + 1] if position + 1 < len(pending) else None
        if buddy is not None and buddy is following and following is not None:
            pair = QWidget(container)
            pair.setObjectName(f"{widget.objectName()}_pair")
            line = QHBoxLayout(pair)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(widget)
            line.addWidget(following)
            flow.addItem(QWidgetItem(pair))
            position += 2
        else:
            widget.setParent(container)
            flow.addItem(QWidgetItem(widget))
            position += 1
    host.insertWidget(index, container)
    host.removeItem(row)
    row.deleteLater()
    for before, after in itertools.pairwise(order):
        QWidget.setTabOrder(before, after)
    for widget in pending:  # moving a widget hides it: show what was not hidden
        widget.setHidden(id(widget) in hidden)
    return container
