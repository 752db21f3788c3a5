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
    gui.casework.suggest_champions(newcomer)
    assert window.current_section() == window.SECTION_KEYS.index("champions")
    assert champions.family_id == newcomer
    assert champions.ui.champions_tabs.currentWidget() is champions.ui.find_tab
    # Locking empties both pages.
    gui.session.lock()
    assert champions.ui.champions_table.rowCount() == 0
    assert events.ui.past_table.rowCount() == 0
