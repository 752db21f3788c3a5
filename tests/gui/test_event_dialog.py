"""The event dialog: every kind offered in words, a title needed, edits saved."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from desktop_app.core import models as m
from desktop_app.gui.event_dialog import EventDialog
from desktop_app.vault.services import VaultServices
from tests.helpers.vaults import TODAY, vault_services


@pytest.fixture
def services(tmp_path: Path) -> Iterator[VaultServices]:
    with vault_services(tmp_path / "vault") as opened:
        yield opened


def _dialog(qtbot, services, event: m.Event | None = None) -> EventDialog:
    dialog = EventDialog(services, event, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_every_kind_is_offered_in_words(qtbot, services) -> None:
    dialog = _dialog(qtbot, services)
    combo = dialog.ui.kind_combo
    kinds = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
    assert set(kinds) == {k.value for k in m.EventKind}
    assert kinds["esol_session"] == "ESOL session for parents"
    assert kinds["celebration"] == "Graduation or celebration"


def test_a_title_is_needed_and_nothing_is_stored_without_one(qtbot, services) -> None:
    dialog = _dialog(qtbot, services)
    dialog.ui.title_edit.setText("   ")
    assert not dialog.save()
    assert "needed" in dialog.ui.message_label.text()
    assert services.events.between(TODAY - timedelta(days=400), TODAY + timedelta(days=400)) == []
    assert dialog.isVisible()


def test_editing_shows_the_event_and_saves_changes(qtbot, services) -> None:
    event = services.events.add(
        m.Event("Graduation", m.EventKind.CELEBRATION, TODAY, school="Riverside", languages=("ar",))
    )
    dialog = _dialog(qtbot, services, event)
    ui = dialog.ui
    assert ui.title_edit.text() == "Graduation"
    assert ui.kind_combo.currentData() == "celebration"
    assert ui.school_combo.currentText() == "Riverside"
    assert dialog.languages.checked() == ("ar",)
    assert dialog.windowTitle() == "Edit an event"
    ui.title_edit.setText("New to English: graduation")
    assert dialog.save()
    stored = services.events.get(event.id or 0)
    assert stored is not None
    assert stored.title == "New to English: graduation"
    assert stored.kind is m.EventKind.CELEBRATION
