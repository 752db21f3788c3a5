"""The Events page with real widgets: events listed, attendance recorded, counted, removed."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from desktop_app.core import models as m
from desktop_app.gui.events_page import EventsPage
from desktop_app.stats.indicators import indicator
from desktop_app.vault.services import VaultServices
from tests.helpers.champions import family
from tests.helpers.vaults import TODAY, vault_services


@pytest.fixture
def services(tmp_path: Path) -> Iterator[VaultServices]:
    with vault_services(tmp_path / "vault") as opened:
        yield opened


@pytest.fixture
def page(qtbot, services: VaultServices) -> Iterator[EventsPage]:
    widget = EventsPage(today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.set_services(None)


def _texts(table, column: int) -> list[str]:
    out = []
    for r in range(table.rowCount()):
        item = table.item(r, column)
        assert item is not None
        out.append(item.text().strip("\u2068\u2069"))
    return out


def _month(day: date) -> tuple[date, date]:
    start = day.replace(day=1)
    end = (start + timedelta(days=32)).replace(day=1)
    return start, end


def test_create_an_event_in_the_dialog(qtbot, page: EventsPage, services) -> None:
    page.set_services(services)
    dialog = page.new_event()
    assert dialog is not None
    ui = dialog.ui
    qtbot.keyClicks(ui.title_edit, "English for parents")
    ui.kind_combo.setCurrentIndex(ui.kind_combo.findData(m.EventKind.ESOL_SESSION.value))
    assert ui.kind_combo.currentText() == "ESOL session for parents"
    ui.date_edit.setDate(QDate(TODAY.year, TODAY.month, TODAY.day).addDays(14))
    ui.school_combo.setCurrentText("Riverside Primary School")
    dialog.languages.set_checked(["ar", "uk"])
    with qtbot.waitSignal(dialog.saved, timeout=1000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert _texts(page.ui.upcoming_table, 1) == ["English for parents"]
    assert _texts(page.ui.upcoming_table, 2) == ["ESOL session for parents"]
    assert page.ui.past_table.rowCount() == 0
    (stored,) = services.events.between(TODAY, TODAY + timedelta(days=30))
    assert stored.kind is m.EventKind.ESOL_SESSION
    assert stored.languages == ("ar", "uk")
    assert stored.held_on == TODAY + timedelta(days=14)
    assert page.event_id == stored.id  # picked, ready for attendance on the day
    # Who came cannot be recorded before the day.
    assert not page.ui.attendee_search_edit.isEnabled()


def test_record_attendance_and_it_counts_in_the_statistics(
    qtbot, page: EventsPage, services
) -> None:
    held_on = TODAY - timedelta(days=3)
    event = services.events.add(m.Event("Welcome coffee", m.EventKind.COFFEE_MORNING, held_on))
    household = family(services, "Karimi family")
    page.set_services(services)
    assert _texts(page.ui.past_table, 1) == ["Welcome coffee"]
    page.select_event(event.id or 0)
    ui = page.ui
    qtbot.keyClicks(ui.attendee_search_edit, "Karimi")
    qtbot.waitUntil(lambda: ui.attendee_results_list.count() > 0, timeout=2000)
    qtbot.keyClick(ui.attendee_search_edit, Qt.Key.Key_Return)
    assert page.attendee_id == household
    ui.people_spin.setValue(3)
    qtbot.mouseClick(ui.add_attendance_button, Qt.MouseButton.LeftButton)
    assert "Karimi family" in ui.message_label.text()
    assert _texts(ui.attendance_table, 1) == ["3"]
    assert ui.attendance_total_label.text() == "1 family, 3 people"
    assert _texts(ui.past_table, 4) == ["1 family, 3 people"]
    # The attendance is in the event-attendance indicator's count for that month.
    counts = services.aggregates.period_counts(*_month(held_on))
    table = indicator("event_attendance").table(counts)
    assert table.values[(("event_kind", "coffee_morning"),)] == 1
    assert table.values[()] == 1
    # Remove it (recorded by mistake): gone from the list and from the count.
    ui.attendance_table.selectRow(0)
    qtbot.mouseClick(ui.remove_attendance_button, Qt.MouseButton.LeftButton)
    assert ui.attendance_table.rowCount() == 0
    assert ui.attendance_total_label.text() == "Nobody recorded yet"
    counts = services.aggregates.period_counts(*_month(held_on))
    assert indicator("event_attendance").table(counts).values[()] == 0


def test_recording_a_family_twice_corrects_the_number(qtbot, page, services) -> None:
    event = services.events.add(m.Event("Workshop", m.EventKind.WORKSHOP, TODAY))
    household = family(services, "Karimi family")
    page.set_services(services)
    page.select_event(event.id or 0)
    for count in (2, 4):
        page.choose_attendee(household)
        page.ui.people_spin.setValue(count)
        assert page.add_attendance()
    assert _texts(page.ui.attendance_table, 1) == ["4"]


def test_an_attendance_the_vault_refuses_is_explained(qtbot, page, services) -> None:
    event = services.events.add(m.Event("Workshop", m.EventKind.WORKSHOP, TODAY))
    household = family(services, "Karimi family")
    page.set_services(services)
    page.select_event(event.id or 0)
    page.choose_attendee(household)
    services.households.erase(household)  # erased meanwhile (e.g. consent withdrawn)
    assert not page.add_attendance()
    assert "no longer exists" in page.ui.message_label.text()


def test_edit_and_delete_an_event(qtbot, page: EventsPage, services, monkeypatch) -> None:
    event = services.events.add(m.Event("Coffee", m.EventKind.COFFEE_MORNING, TODAY))
    services.events.record_attendance(
        m.EventAttendance(event.id or 0, family(services, "Karimi family"), 2)
    )
    page.set_services(services)
    page.select_event(event.id or 0)
    dialog = page.edit_event()
    assert dialog is not None
    dialog.ui.title_edit.setText("Coffee and questions")
    assert dialog.save()
    assert _texts(page.ui.upcoming_table, 1) == ["Coffee and questions"]  # today's
    asked: list[str] = []

    def answer(title: str, text: str) -> bool:
        asked.append(text)
        return len(asked) > 1  # no the first time, yes the second

    monkeypatch.setattr(page, "ask_confirm", answer)
    page.select_event(event.id or 0)
    assert not page.delete_event()
    assert services.events.get(event.id or 0) is not None
    assert "attendance of 1 family" in asked[0]
    qtbot.mouseClick(page.ui.delete_event_button, Qt.MouseButton.LeftButton)
    assert services.events.get(event.id or 0) is None
    assert page.ui.upcoming_table.rowCount() == 0


def test_upcoming_soonest_first_and_past_newest_first(qtbot, page, services) -> None:
    for days, title in ((10, "Later"), (2, "Soon"), (-5, "Last week"), (-40, "Last month")):
        services.events.add(m.Event(title, m.EventKind.OTHER, TODAY + timedelta(days=days)))
    services.events.add(m.Event("Graduation", m.EventKind.CELEBRATION, TODAY))
    page.set_services(services)
    assert _texts(page.ui.upcoming_table, 1) == ["Graduation", "Soon", "Later"]
    assert _texts(page.ui.past_table, 1) == ["Last week", "Last month"]
    assert page.ui.upcoming_group.title() == "Today and upcoming (3)"
    assert _texts(page.ui.upcoming_table, 2)[0] == "Graduation or celebration"


def test_locking_empties_the_page(qtbot, page: EventsPage, services) -> None:
    services.events.add(m.Event("Coffee", m.EventKind.COFFEE_MORNING, TODAY))
    page.set_services(services)
    page.select_first_past()
    page.set_services(None)
    for table in (page.ui.upcoming_table, page.ui.past_table, page.ui.attendance_table):
        assert table.rowCount() == 0
    assert page.event_id is None
    assert not page.isEnabled()
