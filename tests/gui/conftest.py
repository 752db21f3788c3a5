"""Fixtures for GUI tests: the application's language switcher, reset after each test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.gui.application import LanguageSwitcher
from desktop_app.gui.champion_dialog import ChampionDialog
from desktop_app.gui.contact_dialog import ContactDialog
from desktop_app.gui.event_dialog import EventDialog
from desktop_app.gui.follow_up_dialog import FollowUpDialog


@pytest.fixture(autouse=True)
def _never_wait_on_discard(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing a typed-in dialog at teardown must never wait on "discard?".

    A test that checks the question sets its own answer (a later setattr wins).
    """
    for dialog in (ChampionDialog, ContactDialog, EventDialog, FollowUpDialog):
        monkeypatch.setattr(dialog, "ask_discard", classmethod(lambda cls, parent: True))


@pytest.fixture
def switcher(qapp: QApplication) -> Iterator[LanguageSwitcher]:
    """Return a LanguageSwitcher on the test application; English again afterwards."""
    languages = LanguageSwitcher(qapp)
    yield languages
    languages.apply("en")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
