"""Every screen at large text and in high contrast (issue 7, item 7).

Settings offers 150 % and 200 % text (:mod:`desktop_app.gui.display`). At 200 % on a
small laptop's whole screen (1366 × 768) nothing may be cut off or pushed off the
screen (pages scroll instead); at 150 % in high contrast, in the usual window size,
the same holds with the high-contrast style's thicker borders and padding.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetrics, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.gui import display
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.screen_walk import DEFAULT_SIZE, LARGE_TEXT_SIZE
from tests.helpers import ui_audit
from tests.helpers.walks import WalkResult, walk

SCREEN = LARGE_TEXT_SIZE  # a small laptop


def _navigation(window: QWidget) -> list[str]:
    if not isinstance(window, MainWindow):
        return []
    navigation = window.ui.navigation_list
    metrics = QFontMetrics(navigation.font())
    inner = navigation.viewport().width()
    return [
        f"navigation: {navigation.item(i).text()!r} needs {metrics.horizontalAdvance(t)} px"
        for i in range(navigation.count())
        if metrics.horizontalAdvance(t := navigation.item(i).text()) > inner
    ]


def _contrast(window: QWidget) -> list[str]:
    palette = window.palette()
    text = palette.color(QPalette.ColorRole.WindowText).name()
    ground = palette.color(QPalette.ColorRole.Window).name()
    return [] if (text, ground) == ("#000000", "#ffffff") else [f"{text} on {ground}"]


CHECKS = {
    "clipped": ui_audit.clipped_texts,
    "screen": lambda window: ui_audit.too_big(window, SCREEN),
    "navigation": _navigation,
}


@pytest.fixture(scope="module")
def at_200(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> WalkResult:
    return walk(
        qapp, tmp_path_factory.mktemp("text-200"), CHECKS, text_scale=200, size=LARGE_TEXT_SIZE
    )


@pytest.fixture(scope="module")
def contrast_150(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> WalkResult:
    checks = {**CHECKS, "contrast": _contrast}
    return walk(
        qapp,
        tmp_path_factory.mktemp("contrast-150"),
        checks,
        text_scale=150,
        high_contrast=True,
        size=DEFAULT_SIZE,
    )


def test_nothing_is_cut_off_at_200_percent(at_200: WalkResult) -> None:
    assert len(at_200.screens) > 60
    assert at_200.failures("clipped") == {}


def test_every_window_fits_the_screen_at_200_percent(at_200: WalkResult) -> None:
    assert at_200.failures("screen") == {}


def test_the_section_names_fit_the_navigation_at_200_percent(at_200: WalkResult) -> None:
    assert at_200.failures("navigation") == {}


def test_high_contrast_at_150_percent_cuts_nothing_off(contrast_150: WalkResult) -> None:
    assert contrast_150.failures("contrast") == {}  # every window really was in high contrast
    assert contrast_150.failures("clipped") == {}
    assert contrast_150.failures("screen") == {}
    assert contrast_150.failures("navigation") == {}


def test_the_navigation_is_as_wide_as_its_names_in_the_font_in_force(qtbot, qapp) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    normal = window.ui.navigation_list.width()
    try:
        display.apply_text_scale(qapp, 200)
        qtbot.waitUntil(lambda: window.ui.navigation_list.width() > normal * 1.6)
        assert _navigation(window) == []
    finally:
        display.apply_text_scale(qapp, 100)
    qtbot.waitUntil(lambda: window.ui.navigation_list.width() == normal)
