"""Fixtures for GUI tests: the application's language switcher, reset after each test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.gui.application import LanguageSwitcher


@pytest.fixture
def switcher(qapp: QApplication) -> Iterator[LanguageSwitcher]:
    """Return a LanguageSwitcher on the test application; English again afterwards."""
    languages = LanguageSwitcher(qapp)
    yield languages
    languages.apply("en")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
