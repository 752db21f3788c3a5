"""A signature pad: the family signs on screen with a finger, pen or mouse.

The drawing is kept as strokes (lists of points in the pad's own 0–1 coordinates) so it
survives a resize and can be saved in an encrypted draft, and it is exported as a PNG
for the vault and the receipt. Nothing is written to disk here.

Keyboard users cannot draw, so the pad is never the only way to record a decision: the
consent step also offers "verbal via interpreter" and "paper form".
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QTabletEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

Stroke = list[tuple[float, float]]

#: Size of the exported image: wide enough to read, small enough to store (a few KB).
EXPORT_SIZE = QSize(600, 200)
# A stroke needs this much length (in pad units) to count: a stray tap is not a signature.
_MIN_INK = 0.05


class SignaturePad(QWidget):
    """A white area to sign on; emits :attr:`changed` after every stroke and on clear."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strokes: list[Stroke] = []
        self._drawing = False
        self.setMinimumSize(QSize(240, 90))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.setCursor(Qt.CursorShape.CrossCursor)

    def sizeHint(self) -> QSize:
        """A signature's usual shape: three times as wide as high."""
        return QSize(420, 140)

    # ------------------------------------------------------------------ state
    def strokes(self) -> list[Stroke]:
        """Return the strokes drawn so far (for a draft)."""
        return [list(stroke) for stroke in self._strokes]

    def set_strokes(self, strokes: Sequence[Sequence[Sequence[float]]]) -> None:
        """Put back strokes from a draft (points outside 0–1 are clamped)."""
        self._strokes = [
            [(min(max(float(x), 0.0), 1.0), min(max(float(y), 0.0), 1.0)) for x, y in stroke]
            for stroke in strokes
            if len(stroke) >= 1
        ]
        self.update()
        self.changed.emit()

    def clear(self) -> None:
        """Wipe the pad."""
        self._strokes = []
        self.update()
        self.changed.emit()

    def is_empty(self) -> bool:
        """Whether nothing that looks like a signature has been drawn."""
        ink = 0.0
        for stroke in self._strokes:
            for (x0, y0), (x1, y1) in itertools.pairwise(stroke):
                ink += ((x1 - x0) ** 2 + ((y1 - y0) / 3) ** 2) ** 0.5
        return ink < _MIN_INK

    def to_png(self) -> bytes:
        """Return the signature as a PNG (black ink on white), or ``b""`` when empty."""
        if self.is_empty():
            return b""
        image = QImage(EXPORT_SIZE, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        try:
            self._paint_strokes(painter, QRectF(0, 0, EXPORT_SIZE.width(), EXPORT_SIZE.height()))
        finally:
            painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        # The stubs ask for bytes, but PySide6 only accepts a str format here.
        image.save(buffer, "PNG")  # type: ignore[call-overload]
        buffer.close()
        return bytes(data.data())

    # --------------------------------------------------------------- drawing
    def _to_unit(self, point: QPointF) -> tuple[float, float]:
        width, height = max(self.width(), 1), max(self.height(), 1)
        return (
            min(max(point.x() / width, 0.0), 1.0),
            min(max(point.y() / height, 0.0), 1.0),
        )

    def _begin(self, point: QPointF) -> None:
        self._drawing = True
        self._strokes.append([self._to_unit(point)])
        self.update()

    def _extend(self, point: QPointF) -> None:
        if self._drawing and self._strokes:
            self._strokes[-1].append(self._to_unit(point))
            self.update()

    def _end(self) -> None:
        if self._drawing:
            self._drawing = False
            self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Start a stroke."""
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Continue the stroke."""
        self._extend(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """Finish the stroke."""
        if event.button() == Qt.MouseButton.LeftButton:
            self._extend(event.position())
            self._end()

    def tabletEvent(self, event: QTabletEvent) -> None:
        """Pens draw the same way as a mouse."""
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QTabletEvent.Type.TabletMove:
            self._extend(event.position())
        elif kind == QTabletEvent.Type.TabletRelease:
            self._end()
        event.accept()

    def paintEvent(self, event: QPaintEvent) -> None:
        """White paper, a baseline to sign on, and the ink."""
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), QColor("white"))
            frame = self.palette().color(
                QPalette.ColorRole.Highlight if self.hasFocus() else QPalette.ColorRole.Mid
            )
            painter.setPen(QPen(frame, 1))
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
            painter.setPen(QPen(QColor("#9a9a9a"), 1, Qt.PenStyle.DashLine))
            baseline = int(self.height() * 0.75)
            painter.drawLine(12, baseline, self.width() - 12, baseline)
            self._paint_strokes(painter, QRectF(self.rect()))
        finally:
            painter.end()

    def _paint_strokes(self, painter: QPainter, area: QRectF) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor("black"), max(2.0, area.height() / 60))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        for stroke in self._strokes:
            points = [
                QPointF(area.x() + x * area.width(), area.y() + y * area.height())
                for x, y in stroke
            ]
            if len(points) == 1:
                painter.drawPoint(points[0])
                continue
            path = QPainterPath(points[0])
            for point in points[1:]:
                path.lineTo(point)
            painter.drawPath(path)
