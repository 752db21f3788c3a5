"""The event dialog: every kind offered in words, a title needed, edits saved."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from desktop_app.app import GuiOptions, GuiSession, build_session
from desktop_app.core import models as m
from desktop_app.core.preferences import Preferences
from desktop_app.gui.event_dialog import EventDialog
from desktop_app.vault.keyslots import Backoff
from desktop_app.vault.services import VaultServices
from desktop_app.vault.vault import Vault
from tests.gui.test_contact_dialog import PASSPHRASE, USER, unlock_by_keyboard
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


# ------------------------------------------------------------------ drafts on lock
@pytest.fixture
def gui(qtbot, tmp_path: Path) -> Iterator[GuiSession]:
    folder = tmp_path / "vault"
    vault, _code = Vault.create(folder, USER, PASSPHRASE)
    services = VaultServices.from_vault(vault)
    services.events.add(m.Event("Coffee morning", m.EventKind.COFFEE_MORNING, TODAY))
    vault.close()
    started = build_session(
        GuiOptions(language=None, vault_dir=folder),
        Preferences(),
        backoff=Backoff(free_attempts=100),
    )
    qtbot.addWidget(started.window)
    yield started
    started.close()


def test_a_new_event_being_typed_survives_auto_lock(qtbot, gui: GuiSession) -> None:
    unlock_by_keyboard(qtbot, gui)
    page = gui.casework.events
    dialog = page.new_event()
    assert dialog is not None
    assert dialog.collect_draft() is None  # nothing typed: nothing to keep
    qtbot.keyClicks(dialog.ui.title_edit, "ESOL for parents, spring")
    dialog.ui.kind_combo.setCurrentIndex(dialog.ui.kind_combo.findData("esol_session"))
    dialog.languages.set_checked(("ar", "uk"))

    def shown() -> EventDialog | None:
        return page.dialog

    gui.session.idle_watcher.idle.emit()  # what the idle timer does
    assert not gui.session.is_unlocked()
    assert shown() is None
    assert not dialog.isVisible()

    unlock_by_keyboard(qtbot, gui)
    qtbot.waitUntil(lambda: shown() is not None)
    back = shown()
    assert back is not None
    assert back is not dialog
    assert back.ui.title_edit.text() == "ESOL for parents, spring"
    assert back.ui.kind_combo.currentData() == "esol_session"
    assert back.languages.checked() == ("ar", "uk")
    services = gui.session.services
    assert [(d.kind, d.key) for d in services.drafts.saved()] == [("event_form", "new")]
    assert back.save()
    assert services.drafts.saved() == []  # saved: the draft goes
    titles = {e.title for e in services.events.between(TODAY, TODAY + timedelta(days=400))}
    assert "ESOL for parents, spring" in titles


def test_changes_to_an_event_survive_auto_lock_and_cancel_drops_them(
    qtbot, gui: GuiSession, monkeypatch
) -> None:
    unlock_by_keyboard(qtbot, gui)
    page = gui.casework.events
    services = gui.session.services
    event = services.events.between(TODAY, TODAY)[0]
    dialog = EventDialog(services, event, today=lambda: TODAY, parent=page)
    page.dialogs.open(dialog)
    dialog.ui.title_edit.setText("Coffee morning (moved to the hall)")
    gui.session.lock()
    unlock_by_keyboard(qtbot, gui)
    qtbot.waitUntil(lambda: page.dialog is not None)
    back = page.dialog
    assert back is not None
    assert back.ui.title_edit.text() == "Coffee morning (moved to the hall)"
    assert [d.key for d in gui.session.services.drafts.saved()] == [str(event.id)]
    asked: list[bool] = []

    def discard(cls, parent) -> bool:
        asked.append(True)
        return True

    monkeypatch.setattr(EventDialog, "ask_discard", classmethod(discard))
    back.reject()
    assert asked == [True]  # something was typed: asked first
    assert gui.session.services.drafts.saved() == []  # discarded: the draft goes too
    stored = gui.session.services.events.get(event.id)
    assert stored is not None
    assert stored.title == "Coffee morning"
