"""Registering and editing a parent champion: family by search, consent first, details."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop_app.app import GuiOptions, GuiSession, build_session
from desktop_app.core import models as m
from desktop_app.core.preferences import Preferences
from desktop_app.gui.champion_dialog import ChampionDialog
from desktop_app.vault.keyslots import Backoff
from desktop_app.vault.services import VaultServices
from desktop_app.vault.vault import Vault
from tests.gui.test_contact_dialog import PASSPHRASE, USER, unlock_by_keyboard
from tests.helpers.champions import SCHOOL, champion, family
from tests.helpers.vaults import TODAY, vault_services

P = m.ConsentPurpose


@pytest.fixture
def services(tmp_path: Path) -> Iterator[VaultServices]:
    with vault_services(tmp_path / "vault") as opened:
        yield opened


def _dialog(qtbot, services, existing: m.Champion | None = None) -> ChampionDialog:
    dialog = ChampionDialog(services, existing, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _checked_years(dialog: ChampionDialog) -> tuple[str, ...]:
    return dialog.year_groups()


def test_register_a_consenting_family_found_by_search(qtbot, services) -> None:
    household = family(
        services,
        "Haddad family",
        language="ar",
        children=(("Year 5", "Maple", 2015), ("Reception", "Willow", 2021)),
    )
    dialog = _dialog(qtbot, services)
    ui = dialog.ui
    assert not dialog.save_button.isEnabled()  # no family yet
    qtbot.keyClicks(ui.family_search_edit, "Haddad")
    qtbot.waitUntil(lambda: ui.family_results_list.count() > 0, timeout=2000)
    qtbot.keyClick(ui.family_search_edit, Qt.Key.Key_Down)
    qtbot.keyClick(ui.family_results_list, Qt.Key.Key_Return)
    assert dialog.household_id == household
    assert "Haddad family" in ui.family_label.text()
    assert ui.consent_label.isHidden()
    # Pre-filled from their record: language, school, the children's year groups.
    assert dialog.languages.checked() == ("ar",)
    assert ui.school_combo.currentText() == SCHOOL
    assert set(_checked_years(dialog)) == {"Reception", "Year 5"}
    dialog.languages.set_checked(["ar", "en"])
    qtbot.keyClicks(ui.availability_edit, "Friday coffee mornings")
    ui.capacity_spin.setValue(3)
    assert dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.saved, timeout=1000) as blocker:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    stored = blocker.args[0]
    assert stored == services.champions.for_household(household)
    assert stored.languages == ("ar", "en")
    assert stored.year_groups == ("Reception", "Year 5")
    assert stored.availability == "Friday coffee mornings"
    assert stored.max_families == 3
    assert dialog.result() == ChampionDialog.DialogCode.Accepted


def test_a_family_without_consent_is_refused_with_a_clear_message(qtbot, services) -> None:
    refused = family(services, "Said no", refuse=(P.CHAMPION_INTRODUCTION,))
    dialog = _dialog(qtbot, services)
    assert not dialog.choose_family(refused)
    ui = dialog.ui
    assert not ui.consent_label.isHidden()
    text = ui.consent_label.text()
    assert "has not agreed to “Introduce to a parent champion”" in text
    assert "two consents" in text
    assert not dialog.save_button.isEnabled()
    assert not dialog.save()
    assert services.champions.for_household(refused) is None


def test_the_vault_refuses_too_and_the_dialog_says_why(qtbot, services, monkeypatch) -> None:
    refused = family(services, "Said no", refuse=(P.CHAMPION_INTRODUCTION,))
    dialog = _dialog(qtbot, services)
    # Even if the form's own check were skipped, the vault refuses the registration.
    monkeypatch.setattr(dialog, "problem", lambda household_id: "")
    assert dialog.choose_family(refused)
    dialog.languages.set_checked(["ar"])
    assert not dialog.save()
    assert "Introduce to a parent champion" in dialog.ui.message_label.text()
    assert not dialog.ui.message_label.isHidden()
    assert services.champions.for_household(refused) is None
    assert dialog.isVisible()  # stays open: nothing typed is lost


def test_a_family_who_is_a_champion_already(qtbot, services) -> None:
    existing = champion(services, "Already")
    dialog = _dialog(qtbot, services)
    assert not dialog.choose_family(existing.household_id)
    assert "already a parent champion" in dialog.ui.consent_label.text()
    assert not dialog.save_button.isEnabled()


def test_at_least_one_language(qtbot, services) -> None:
    household = family(services, "Quiet family")
    dialog = _dialog(qtbot, services)
    dialog.choose_family(household)
    dialog.languages.set_checked([])
    assert not dialog.save()
    assert "at least one language" in dialog.ui.message_label.text()


def test_edit_keeps_the_family_and_saves_changes(qtbot, services) -> None:
    existing = champion(services, "Friendly face", languages=("uk",), capacity=2)
    dialog = _dialog(qtbot, services, existing)
    ui = dialog.ui
    assert ui.family_search_edit.isHidden()
    assert "Friendly face" in ui.family_label.text()
    assert dialog.languages.checked() == ("uk",)
    assert ui.capacity_spin.value() == 2
    ui.capacity_spin.setValue(1)
    ui.availability_edit.setText("Weekends only")
    assert dialog.save()
    stored = services.champions.get(existing.id or 0)
    assert stored is not None
    assert (stored.max_families, stored.availability) == (1, "Weekends only")
    assert stored.household_id == existing.household_id


def test_languages_are_named_in_their_own_script_and_can_be_found(qtbot, services) -> None:
    dialog = _dialog(qtbot, services)
    ui = dialog.ui
    texts = {ui.language_list.item(i).text() for i in range(ui.language_list.count())}
    assert "العربية · Arabic" in texts
    assert "ትግርኛ · Tigrinya" in texts
    qtbot.keyClicks(ui.language_filter_edit, "tigr")
    shown = [
        ui.language_list.item(i).text()
        for i in range(ui.language_list.count())
        if not ui.language_list.item(i).isHidden()
    ]
    assert shown == ["ትግርኛ · Tigrinya"]


# ------------------------------------------------------------------ drafts on lock
@pytest.fixture
def gui(qtbot, tmp_path: Path) -> Iterator[GuiSession]:
    folder = tmp_path / "vault"
    vault, _code = Vault.create(folder, USER, PASSPHRASE)
    services = VaultServices.from_vault(vault)
    family(services, "Haddad")
    vault.close()
    started = build_session(
        GuiOptions(language=None, vault_dir=folder),
        Preferences(),
        backoff=Backoff(free_attempts=100),
    )
    qtbot.addWidget(started.window)
    yield started
    started.close()


def test_a_champion_registration_being_typed_survives_auto_lock(
    qtbot, gui: GuiSession, monkeypatch
) -> None:
    unlock_by_keyboard(qtbot, gui)
    page = gui.casework.champions
    services = gui.session.services
    household_id = services.households.list_page(0, 1)[0].id
    dialog = page.register_champion()
    assert dialog is not None
    assert dialog.collect_draft() is None  # nothing typed: nothing to keep
    assert dialog.choose_family(household_id)
    dialog.ui.availability_edit.setText("Tuesday mornings")
    dialog.ui.capacity_spin.setValue(3)

    def shown() -> ChampionDialog | None:
        return page.dialog

    gui.session.idle_watcher.idle.emit()  # what the idle timer does
    assert not gui.session.is_unlocked()
    assert shown() is None

    unlock_by_keyboard(qtbot, gui)
    qtbot.waitUntil(lambda: shown() is not None)
    back = shown()
    assert back is not None
    assert back.household_id == household_id
    assert back.ui.availability_edit.text() == "Tuesday mornings"
    assert back.ui.capacity_spin.value() == 3
    services = gui.session.services
    assert [(d.kind, d.key) for d in services.drafts.saved()] == [("champion_form", "new")]
    asked: list[bool] = []

    def keep(cls, parent) -> bool:
        asked.append(True)
        return False  # "Cancel": go back to the form

    monkeypatch.setattr(ChampionDialog, "ask_discard", classmethod(keep))
    back.reject()
    assert asked == [True]
    assert back.isVisible()  # still open, still typed
    assert back.save()
    assert services.drafts.saved() == []  # saved: the draft goes
    stored = services.champions.for_household(household_id)
    assert stored is not None
    assert (stored.availability, stored.max_families) == ("Tuesday mornings", 3)
