"""Bar charts for the Reports page (QtCharts from PySide6-Addons).

One small view class, :class:`BarChartView`: a title, categories and one or more series
of whole numbers. The numbers are also given as the view's accessible description, so a
screen reader hears what the bars show.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop_app.i18n import _


class BarChartView(QChartView):
    """A bar chart of whole numbers; horizontal bars suit long category names."""

    def __init__(self, parent: QWidget | None = None, *, horizontal: bool = False) -> None:
        super().__init__(parent)
        self._horizontal = horizontal
        self._categories: list[str] = []
        self._series: list[tuple[str, list[int]]] = []
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._base_height = max(220, self.fontMetrics().height() * 13)
        self.setMinimumHeight(self._base_height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.clear_data()

    # ------------------------------------------------------------------ data
    def clear_data(self, title: str = "") -> None:
        """Show an empty chart (nothing to count, or locked)."""
        self.setMinimumHeight(self._base_height)
        self._categories = []
        self._series = []
        chart = QChart()
        chart.setTitle(title)
        chart.legend().setVisible(False)
        self._install(chart)
        # A screen reader names the picture by its title (the figures are in the table).
        self.setAccessibleName(title)
        self.setAccessibleDescription("")

    def set_data(
        self,
        title: str,
        categories: Sequence[str],
        series: Sequence[tuple[str, Sequence[int]]],
        *,
        empty_text: str = "",
    ) -> None:
        """Draw ``series`` — ``(name, one value per category)`` — over ``categories``."""
        self._categories = list(categories)
        self._series = [(name, [int(v) for v in values]) for name, values in series]
        chart = QChart()
        chart.setTitle(title)
        self.setAccessibleName(title)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        if not self._categories:
            self.setMinimumHeight(self._base_height)
            chart.setTitle(f"{title}\n{empty_text}" if empty_text else title)
            chart.legend().setVisible(False)
            self._install(chart)
            self.setAccessibleDescription(empty_text)
            return
        bars: QAbstractBarSeries = QHorizontalBarSeries() if self._horizontal else QBarSeries()
        for name, values in self._series:
            bar_set = QBarSet(name)
            # Bars run top to bottom in reading order (QtCharts draws the first lowest).
            ordered = list(reversed(values)) if self._horizontal else values
            bar_set.append([float(v) for v in ordered])
            bar_set.setLabelColor(self.palette().color(QPalette.ColorRole.WindowText))
            bars.append(bar_set)
        bars.setLabelsVisible(True)
        bars.setLabelsFormat("@value")
        bars.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(bars)
        category_axis = QBarCategoryAxis()
        category_axis.append(
            list(reversed(self._categories)) if self._horizontal else self._categories
        )
        top = max((max(values, default=0) for _name, values in self._series), default=0)
        value_axis = QValueAxis()
        value_axis.setLabelFormat("%d")
        value_axis.setRange(0, max(4, top + max(1, top // 10)))
        value_axis.setTickCount(5)
        value_axis.applyNiceNumbers()
        font = QFont(self.font())
        category_axis.setLabelsFont(font)
        value_axis.setLabelsFont(font)
        if self._horizontal:
            chart.addAxis(category_axis, Qt.AlignmentFlag.AlignLeft)
            chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom)
        else:
            chart.addAxis(category_axis, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(value_axis, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(category_axis)
        bars.attachAxis(value_axis)
        if self._horizontal:
            # Room for every category's name: one and a half lines a bar, plus the frame.
            line = self.fontMetrics().height()
            rows = len(self._categories) * max(1, len(self._series))
            self.setMinimumHeight(max(self._base_height, int(rows * line * 1.6) + line * 7))
        chart.legend().setVisible(len(self._series) > 1)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self._install(chart)
        self.setAccessibleDescription(self.summary())

    def _install(self, chart: QChart) -> None:
        title_font = QFont(self.font())
        title_font.setBold(True)
        chart.setTitleFont(title_font)
        chart.setLayoutDirection(self.layoutDirection())
        old = self.chart()
        self.setChart(chart)
        if old is not None and old is not chart:
            old.deleteLater()

    # ------------------------------------------------------------------ reading back
    def categories(self) -> list[str]:
        """The categories shown, in reading order."""
        return list(self._categories)

    def values(self, series: int = 0) -> list[int]:
        """The numbers of one series, in the order of :meth:`categories`."""
        if series >= len(self._series):
            return []
        return list(self._series[series][1])

    def drawn_values(self, series: int = 0) -> list[int]:
        """The numbers the chart's bars really hold, in the order of :meth:`categories`."""
        chart = self.chart()
        if chart is None or not chart.series():
            return []
        bars = chart.series()[0]
        assert isinstance(bars, QAbstractBarSeries)
        bar_set = bars.barSets()[series]
        drawn = [int(bar_set.at(i)) for i in range(bar_set.count())]
        return list(reversed(drawn)) if self._horizontal else drawn

    def summary(self) -> str:
        """The chart's numbers as text ("Housing: 2; Food: 1")."""
        parts = []
        for name, values in self._series:
            pairs = "; ".join(
                _("{category}: {count}").format(category=c, count=v)
                for c, v in zip(self._categories, values, strict=True)
            )
            parts.append(f"{name} — {pairs}" if len(self._series) > 1 else pairs)
        return " | ".join(parts)
