"""The casework pages inside the real window: Today, Families, a family, intakes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop_app.app import GuiOptions, GuiSession, build_session
from desktop_app.core import models as m
from desktop_app.core.preferences import Preferences
from desktop_app.gui.casework import FamiliesSection
from desktop_app.gui.intake_wizard import IntakeWizard
from desktop_app.gui.today_page import TodayPage
from desktop_app.vault.demo_vault import DEMO_PASSPHRASE
from tests.gui.test_intake_wizard import pick_language
from tests.gui.test_session import unlock


@pytest.fixture
def gui(qtbot, tmp_path: Path) -> Iterator[GuiSession]:
    started = build_session(
        GuiOptions(None, tmp_path / "unused", demo=True), Preferences(), demo_households=25
    )
    qtbot.addWidget(started.window)
    qtbot.waitExposed(started.window)
    yield started
    started.close()


def test_today_and_families_sections_are_the_real_pages(gui: GuiSession) -> None:
    window = gui.window
    assert isinstance(window.section_widget("today"), TodayPage)
    families = window.section_widget("families")
    assert isinstance(families, FamiliesSection)
    assert families.list_page.model.rowCount() > 0
    # Locking empties them; nothing of a family stays behind the unlock dialog.
    gui.session.lock()
    assert families.list_page.model.rowCount() == 0


def test_opening_a_family_from_the_list_shows_its_page(qtbot, gui: GuiSession) -> None:
    window = gui.window
    families = window.section_widget("families")
    assert isinstance(families, FamiliesSection)
    services = gui.session.services
    household_id, reference = services.vault.connection.execute(
        "SELECT id, reference FROM households ORDER BY id LIMIT 1"
    ).fetchone()
    families.list_page.open_household.emit(household_id)
    assert window.current_section() == window.SECTION_KEYS.index("families")
    assert families.currentWidget() is families.family_page
    assert reference in families.family_page.ui.reference_label.text()
    families.family_page.back_requested.emit()
    assert families.currentWidget() is families.list_page


def test_ctrl_n_opens_an_intake_and_a_lock_keeps_it_for_after_unlock(
    qtbot, gui: GuiSession
) -> None:
    window = gui.window
    casework = gui.casework
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(casework.open_wizards) == 1)
    wizard = casework.open_wizards[0]
    pick_language(qtbot, wizard, "Soomaali")
    key = wizard.draft_key

    gui.session.lock()
    qtbot.waitUntil(lambda: not casework.open_wizards)
    assert not casework.new_intake_action.isEnabled()

    unlock(qtbot, gui, DEMO_PASSPHRASE)
    qtbot.waitUntil(lambda: len(casework.open_wizards) == 1)
    reopened = casework.open_wizards[0]
    assert reopened.draft_key == key
    assert reopened.family_language() == "so"
    assert casework.new_intake_action.isEnabled()


def test_resume_from_the_families_page_reopens_the_saved_draft(qtbot, gui: GuiSession) -> None:
    casework = gui.casework
    wizard = casework.new_intake()
    assert wizard is not None
    pick_language(qtbot, wizard, "Polski")
    key = wizard.draft_key
    wizard.reject()  # closing mid-way keeps a draft
    qtbot.waitUntil(lambda: not casework.open_wizards)
    assert [d.key for d in gui.session.services.drafts.saved("intake")] == [key]
    families = gui.window.section_widget("families")
    assert isinstance(families, FamiliesSection)
    families.list_page.resume_draft.emit("intake", key)
    qtbot.waitUntil(lambda: len(casework.open_wizards) == 1)
    assert casework.open_wizards[0].family_language() == "pl"
    assert isinstance(casework.open_wizards[0], IntakeWizard)


def _open_first_family(gui: GuiSession) -> tuple[FamiliesSection, int]:
    families = gui.window.section_widget("families")
    assert isinstance(families, FamiliesSection)
    household_id = families.list_page.model.household_id(0)
    assert household_id is not None
    gui.casework.open_household(household_id)
    assert families.currentWidget() is families.family_page
    return families, household_id


def test_a_family_edit_survives_an_auto_lock_and_comes_back_after_unlock(
    qtbot, gui: GuiSession
) -> None:
    families, household_id = _open_first_family(gui)
    page = families.family_page
    page.ui.alias_edit.setText("Typed just before the lock")
    editor = page.ui.person_editor
    editor.select(0)
    editor.ui.given_name_edit.setText("Zainab")
    vault_dir = gui.session.vault_dir

    gui.session.idle_watcher.idle.emit()  # what the idle timer does
    assert not gui.session.is_unlocked()
    assert page.ui.alias_edit.text() == ""  # nothing of the family stays on screen
    assert "Zainab" not in editor.ui.given_name_edit.text()
    # The draft is inside the encrypted vault: no file holds the typed text in clear.
    for path in vault_dir.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert b"Typed just before the lock" not in data
            assert "Typed just before the lock".encode("utf-16-le") not in data

    services = unlock(qtbot, gui, DEMO_PASSPHRASE)
    assert gui.window.current_section() == gui.window.SECTION_KEYS.index("families")
    assert families.currentWidget() is page
    assert page.household_id() == household_id
    assert page.ui.alias_edit.text() == "Typed just before the lock"
    editor.select(0)
    assert editor.ui.given_name_edit.text() == "Zainab"
    assert page.has_unsaved_changes()
    assert "had not saved when Hearth locked" in page.feedback()
    # Locking again before saving keeps them again; saving removes the draft.
    assert services.drafts.load(page.DRAFT_KIND, str(household_id)) is not None
    assert page.save()
    assert services.drafts.load(page.DRAFT_KIND, str(household_id)) is None
    stored = services.households.get(household_id)
    assert stored.household.alias == "Typed just before the lock"
    assert stored.people[0].given_name == "Zainab"


def test_leaving_the_section_with_unsaved_edits_asks(qtbot, gui: GuiSession, monkeypatch) -> None:
    from desktop_app.gui.family_page import FamilyPage

    window = gui.window
    families, household_id = _open_first_family(gui)
    page = families.family_page
    answers: list[str] = []
    monkeypatch.setattr(FamilyPage, "ask_unsaved", classmethod(lambda cls, p: answers.pop(0)))
    page.ui.alias_edit.setText("Edited")
    today = window.SECTION_KEYS.index("today")
    answers.append("cancel")
    window.show_section(today)  # Ctrl+1 or a click in the list
    assert window.current_section() == window.SECTION_KEYS.index("families")
    assert window.ui.navigation_list.currentRow() == window.SECTION_KEYS.index("families")
    assert page.ui.alias_edit.text() == "Edited"
    answers.append("discard")
    window.show_section(today)
    assert window.current_section() == today
    assert gui.session.services.households.get(household_id).household.alias != "Edited"
    assert answers == []


def test_closing_hearth_with_unsaved_edits_asks(qtbot, gui: GuiSession, monkeypatch) -> None:
    from desktop_app.gui.family_page import FamilyPage

    window = gui.window
    families, household_id = _open_first_family(gui)
    page = families.family_page
    monkeypatch.setattr(FamilyPage, "ask_unsaved", classmethod(lambda cls, p: "cancel"))
    page.ui.alias_edit.setText("Not saved")
    assert not window.close()  # Cancel: Hearth stays open, the edit too
    assert window.isVisible()
    assert gui.session.is_unlocked()
    assert page.ui.alias_edit.text() == "Not saved"
    monkeypatch.setattr(FamilyPage, "ask_unsaved", classmethod(lambda cls, p: "save"))
    services = gui.session.services
    saved: list[str] = []
    page.saved.connect(saved.append)
    stored: list[str] = []
    page.saved.connect(
        lambda _what: stored.append(services.households.get(household_id).household.alias)
    )
    assert window.close()  # Save: stored, then Hearth locks and closes
    assert saved == ["details"]
    assert stored == ["Not saved"]
    assert not gui.session.is_unlocked()


def test_one_click_on_today_opens_the_family(qtbot, gui: GuiSession) -> None:
    window = gui.window
    today = window.section_widget("today")
    assert isinstance(today, TodayPage)
    window.show_section(window.SECTION_KEYS.index("today"))
    overdue = today.ui.overdue_list
    assert overdue.count() > 0
    item = overdue.item(0)
    assert item is not None
    reference = item.text().split(" ")[0]
    rect = overdue.visualItemRect(item)
    qtbot.mouseClick(overdue.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    families = window.section_widget("families")
    assert isinstance(families, FamiliesSection)
    assert window.current_section() == window.SECTION_KEYS.index("families")
    assert families.currentWidget() is families.family_page
    assert families.family_page.ui.reference_label.text() == reference
def test_champions_and_events_sections_are_the_real_pages(qtbot, gui: GuiSession) -> None:
    from desktop_app.gui.champions_page import ChampionsPage
    from desktop_app.gui.events_page import EventsPage

    window = gui.window
    champions = window.section_widget("champions")
    events = window.section_widget("events")
    assert isinstance(champions, ChampionsPage)
    assert isinstance(events, EventsPage)
    window.show_section(window.SECTION_KEYS.index("champions"))
    assert champions.ui.champions_table.rowCount() > 0  # the demo has champions
    window.show_section(window.SECTION_KEYS.index("events"))
    assert events.ui.past_table.rowCount() > 0
    # A double-clicked family opens in the Families section.
    household_id = champions._loads[next(iter(champions._loads))].champion.household_id
    champions.open_household.emit(household_id)
    assert window.current_section() == window.SECTION_KEYS.index("families")
    # The family page's entry point: suggestions for one family, in the Champions section.
    newcomer = next(
        iter(
            gui.session.services.consent.households_with_consent(
                m.ConsentPurpose.CHAMPION_INTRODUCTION
            )
            - {load.champion.household_id for load in champions._loads.values()}
        )
    )
    gui.casework.open_household(newcomer)
    section = gui.window.section_widget("families")
    assert isinstance(section, FamiliesSection)
    page = section.family_page
    qtbot.mouseClick(page.ui.find_champion_button, Qt.MouseButton.LeftButton)
    assert window.current_section() == window.SECTION_KEYS.index("champions")
    assert champions.family_id == newcomer
    assert champions.ui.champions_tabs.currentWidget() is champions.ui.find_tab
    # Locking empties both pages.
    gui.session.lock()
    assert champions.ui.champions_table.rowCount() == 0
    assert events.ui.past_table.rowCount() == 0
