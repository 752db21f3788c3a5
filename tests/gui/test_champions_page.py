"""The Champions page with real widgets over a real vault: load, suggestions, introductions."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from desktop_app.core import models as m
from desktop_app.gui.champions_page import OVERLOADED_COLOUR, ChampionsPage
from desktop_app.vault.services import VaultServices
from tests.helpers.champions import SCHOOL, champion, family, withdrawal
from tests.helpers.vaults import TODAY, vault_services

P = m.ConsentPurpose
LOAD, STATUS = 4, 5  # columns of the champions table


@pytest.fixture
def services(tmp_path: Path) -> Iterator[VaultServices]:
    with vault_services(tmp_path / "vault") as opened:
        yield opened


@pytest.fixture
def page(qtbot, services: VaultServices) -> Iterator[ChampionsPage]:
    widget = ChampionsPage(today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.set_services(None)  # before the vault closes: nothing may read it afterwards


def _cell(table, row: int, column: int):
    item = table.item(row, column)
    assert item is not None
    return item


def _text(table, row: int, column: int) -> str:
    return str(_cell(table, row, column).text())


def _column(table, column: int) -> list[str]:
    return [_text(table, r, column) for r in range(table.rowCount())]


def _row_of(table, text: str) -> int:
    for r in range(table.rowCount()):
        if text in _text(table, r, 0):
            return r
    raise AssertionError(f"{text!r} not listed")


def test_suggestions_rank_class_and_language_above_age_with_reasons(
    qtbot, page: ChampionsPage, services: VaultServices
) -> None:
    newcomer = family(services, "Newcomer")  # Riverside, Arabic, Year 3 class Oak
    champion(services, "Same class", languages=("ti",))
    champion(
        services,
        "Speaks Arabic",
        school="Hillside Academy",
        children=(("Year 10", "10C", 2010),),
    )
    champion(services, "Close in age", languages=("uk",), children=(("Year 4", "Elm", 2016),))
    page.set_services(services)
    found = page.suggest_for(newcomer)
    assert page.ui.champions_tabs.currentWidget() is page.ui.find_tab
    table = page.ui.suggestions_table
    assert len(found) == 3
    champions = _column(table, 0)
    assert "Same class" in champions[0]
    assert "Speaks Arabic" in champions[1]
    assert "Close in age" in champions[2]
    why = _column(table, 1)
    assert "same school and class" in why[0]
    assert "speaks Arabic" in why[1]
    assert "children of similar age" in why[2]
    assert "speaks" not in why[2]
    assert "Newcomer" in page.ui.chosen_family_label.text()


def test_introduction_check_ins_and_end(qtbot, page: ChampionsPage, services) -> None:
    newcomer = family(services, "Newcomer")
    stored = champion(services, "Friendly face", capacity=2)
    page.set_services(services)
    page.suggest_for(newcomer)
    ui = page.ui
    assert ui.introduce_button.isEnabled()
    ui.introduce_date_edit.setDate(QDate(TODAY.year, TODAY.month, TODAY.day).addDays(-7))
    qtbot.mouseClick(ui.introduce_button, Qt.MouseButton.LeftButton)
    assert "introduced to" in ui.message_label.text()
    (match,) = services.champions.matches_for_household(newcomer)
    assert match.status is m.ChampionMatchStatus.INTRODUCED
    assert match.introduced_on == TODAY - timedelta(days=7)
    # The champion's load counts it; the family is not offered the same champion again.
    row = _row_of(ui.champions_table, "Friendly face")
    assert _text(ui.champions_table, row, LOAD) == "1 of 2 families"
    assert ui.suggestions_table.rowCount() == 0
    assert "introduced before to" in ui.chosen_family_label.text()
    # Check-ins on the Introductions tab.
    ui.champions_tabs.setCurrentWidget(ui.introductions_tab)
    assert ui.introductions_table.rowCount() == 1
    ui.introductions_table.selectRow(0)
    assert ui.decline_button.isEnabled()
    qtbot.keyClicks(ui.checkin_note_edit, "Met at the school gate")
    qtbot.keyClick(ui.checkin_note_edit, Qt.Key.Key_Return)
    assert ui.message_label.text() == "Check-in saved."
    texts = [ui.check_ins_list.item(i).text() for i in range(ui.check_ins_list.count())]
    assert any("Met at the school gate" in t for t in texts)
    assert _text(ui.introductions_table, 0, 3) == "Under way"
    assert not ui.decline_button.isEnabled()  # it went ahead: it can end, not be declined
    stored_match = services.champions.get_match(match.id or 0)
    assert stored_match is not None
    assert [c.note for c in stored_match.check_ins] == ["Met at the school gate"]
    # A check-in dated before the introduction is refused, nothing stored.
    ui.checkin_date_edit.setDate(QDate(TODAY.year, TODAY.month, TODAY.day).addDays(-30))
    ui.checkin_note_edit.setText("Too early")
    assert not page.record_check_in()
    assert "before the introduction" in ui.message_label.text()
    assert ui.checkin_note_edit.text() == "Too early"  # nothing typed is lost
    # End it: gone from the live list, the champion has a place again.
    qtbot.mouseClick(ui.end_button, Qt.MouseButton.LeftButton)
    assert ui.introductions_table.rowCount() == 0
    ui.show_ended_check.setChecked(True)
    assert _column(ui.introductions_table, 3) == ["Ended"]
    row = _row_of(ui.champions_table, "Friendly face")
    assert _text(ui.champions_table, row, LOAD) == "0 of 2 families"
    assert services.champions.get(stored.id or 0) is not None


def test_declining_an_introduction(qtbot, page: ChampionsPage, services) -> None:
    newcomer = family(services, "Newcomer")
    champion(services, "Friendly face")
    page.set_services(services)
    page.suggest_for(newcomer)
    assert page.introduce()
    page.filter_introductions(None)
    page.ui.introductions_table.selectRow(0)
    qtbot.mouseClick(page.ui.decline_button, Qt.MouseButton.LeftButton)
    (match,) = services.champions.matches_for_household(newcomer)
    assert match.status is m.ChampionMatchStatus.DECLINED


def test_load_is_shown_and_full_champions_are_flagged_and_not_suggested(
    qtbot, page: ChampionsPage, services
) -> None:
    full = champion(services, "Full one", capacity=1)
    busy = champion(services, "Over capacity", capacity=2)
    room = champion(services, "Has room", capacity=2)
    for target in (full, busy, busy):
        services.champions.introduce(target.id or 0, family(services, "Someone"), TODAY)
    services.champions.update(
        m.Champion(
            busy.household_id,
            languages=busy.languages,
            school=busy.school,
            max_families=1,
            id=busy.id,
        )
    )
    page.set_services(services)
    table = page.ui.champions_table
    assert _text(table, _row_of(table, "Full one"), LOAD) == "1 of 1 family · full"
    over = _cell(table, _row_of(table, "Over capacity"), LOAD)
    assert over.text() == "2 of 1 family · over capacity"
    assert over.foreground().color().name() == OVERLOADED_COLOUR
    assert _text(table, _row_of(table, "Has room"), LOAD) == "0 of 2 families"
    newcomer = family(services, "Newcomer")
    found = page.suggest_for(newcomer)
    assert [s.champion.id for s in found] == [room.id]


def test_a_champion_is_never_suggested_to_their_own_family(qtbot, page, services) -> None:
    own = champion(services, "Champion family")
    other = champion(services, "Other champion")
    page.set_services(services)
    found = page.suggest_for(own.household_id)
    assert [s.champion.id for s in found] == [other.id]


def test_a_family_without_introduction_consent_gets_no_suggestions(
    qtbot, page: ChampionsPage, services
) -> None:
    champion(services, "Friendly face")
    refused = family(services, "Said no", refuse=(P.CHAMPION_INTRODUCTION,))
    page.set_services(services)
    assert page.suggest_for(refused) == []
    ui = page.ui
    assert not ui.consent_label.isHidden()
    assert "has not agreed to be introduced" in ui.consent_label.text()
    assert ui.suggestions_table.rowCount() == 0
    assert not ui.introduce_button.isEnabled()
    assert not page.introduce()
    assert services.champions.matches_for_household(refused) == []


def test_picking_the_family_by_search_suggests_at_once(qtbot, page, services) -> None:
    newcomer = family(services, "Hamdan family")
    champion(services, "Friendly face")
    page.set_services(services)
    ui = page.ui
    ui.champions_tabs.setCurrentWidget(ui.find_tab)
    qtbot.keyClicks(ui.family_search_edit, "Hamdan")
    qtbot.waitUntil(lambda: ui.family_results_list.count() > 0, timeout=2000)
    qtbot.keyClick(ui.family_search_edit, Qt.Key.Key_Return)
    assert page.family_id == newcomer
    assert ui.suggestions_table.rowCount() == 1


def test_withdrawn_champion_consent_ends_matches_and_shows(
    qtbot, page: ChampionsPage, services
) -> None:
    stored = champion(services, "Friendly face")
    newcomer = family(services, "Newcomer")
    services.champions.introduce(stored.id or 0, newcomer, TODAY)
    page.set_services(services)
    ui = page.ui
    assert ui.introductions_table.rowCount() == 1
    result = services.consent.withdraw(
        stored.household_id, withdrawal(services, P.CHAMPION_INTRODUCTION)
    )
    assert result.matches_ended == 1
    page.refresh()
    row = _row_of(ui.champions_table, "Friendly face")
    assert _text(ui.champions_table, row, STATUS) == "Consent withdrawn: not suggested"
    ui.champions_table.selectRow(row)
    assert not ui.edit_button.isEnabled()
    assert not ui.pause_button.isEnabled()
    assert not ui.retire_button.isEnabled()
    assert ui.introductions_table.rowCount() == 0  # no live introduction left
    ui.show_ended_check.setChecked(True)
    assert _column(ui.introductions_table, 3) == ["Ended"]
    assert page.suggest_for(family(services, "Another newcomer")) == []


def test_pause_resume_and_retire(qtbot, page: ChampionsPage, services, monkeypatch) -> None:
    stored = champion(services, "Friendly face")
    services.champions.introduce(stored.id or 0, family(services, "First"), TODAY)
    page.set_services(services)
    ui = page.ui
    ui.champions_table.selectRow(0)
    qtbot.mouseClick(ui.pause_button, Qt.MouseButton.LeftButton)
    assert _text(ui.champions_table, 0, STATUS) == "Paused"
    assert page.suggest_for(family(services, "Second")) == []
    ui.champions_table.selectRow(0)
    assert ui.pause_button.text().replace("&", "") == "Resume"
    qtbot.mouseClick(ui.pause_button, Qt.MouseButton.LeftButton)
    assert _text(ui.champions_table, 0, STATUS) == "Active"
    # Retiring asks first; saying no changes nothing.
    asked: list[str] = []

    def refuse(title: str, text: str) -> bool:
        asked.append(text)
        return False

    monkeypatch.setattr(page, "ask_confirm", refuse)
    ui.champions_table.selectRow(0)
    assert not page.retire_champion()
    assert "1 introduction under way will end" in asked[0]
    unchanged = services.champions.get(stored.id or 0)
    assert unchanged is not None
    assert unchanged.retired_on is None
    monkeypatch.setattr(page, "ask_confirm", lambda title, text: True)
    ui.champions_table.selectRow(0)
    qtbot.mouseClick(ui.retire_button, Qt.MouseButton.LeftButton)
    assert "1 introduction was ended" in ui.message_label.text()
    assert ui.champions_table.rowCount() == 0  # retired ones are hidden by default
    ui.show_retired_check.setChecked(True)
    assert _text(ui.champions_table, 0, STATUS).startswith("Retired on")
    (match,) = services.champions.matches_for_champion(stored.id or 0)
    assert match.status is m.ChampionMatchStatus.ENDED


def test_registering_from_the_page_lists_the_new_champion(qtbot, page, services) -> None:
    household = family(services, "Established")
    page.set_services(services)
    dialog = page.register_champion()
    assert dialog is not None
    assert dialog.choose_family(household)
    dialog.ui.capacity_spin.setValue(1)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.stored is not None
    row = _row_of(page.ui.champions_table, "Established")
    assert _text(page.ui.champions_table, row, LOAD) == "0 of 1 family"
    assert "is a parent champion" in page.ui.message_label.text()


def test_opening_a_family_from_the_lists(qtbot, page, services) -> None:
    stored = champion(services, "Friendly face")
    page.set_services(services)
    table = page.ui.champions_table
    rect = table.visualItemRect(_cell(table, 0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(page.open_household, timeout=1000) as blocker:
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [stored.household_id]


def test_locking_empties_the_page(qtbot, page: ChampionsPage, services) -> None:
    newcomer = family(services, "Newcomer")
    champion(services, "Friendly face")
    page.set_services(services)
    page.suggest_for(newcomer)
    page.set_services(None)
    ui = page.ui
    for table in (ui.champions_table, ui.suggestions_table, ui.introductions_table):
        assert table.rowCount() == 0
    assert page.family_id is None
    assert "Newcomer" not in ui.chosen_family_label.text()
    assert not page.isEnabled()


def test_arabic_is_right_to_left_with_languages_in_their_own_script(
    qtbot, switcher, qapp: QApplication, services
) -> None:
    switcher.apply("ar")
    champion(services, "Friendly face", languages=("ar", "uk"))
    widget = ChampionsPage(today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.set_services(services)
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.layoutDirection() == Qt.LayoutDirection.RightToLeft
    languages = _text(widget.ui.champions_table, 0, 2)
    assert "العربية" in languages
    assert "Українська" in languages
    assert SCHOOL in _text(widget.ui.champions_table, 0, 1)
    widget.set_services(None)  # before the vault closes and the language switches back
