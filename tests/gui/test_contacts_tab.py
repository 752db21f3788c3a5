"""The family page's Contacts tab: rhythm, who visits, follow-ups, and the dialogs."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop_app.app import GuiSession
from desktop_app.core import models as m
from desktop_app.gui.casework import FamiliesSection
from desktop_app.gui.contact_dialog import ContactDialog
from desktop_app.gui.contacts_tab import ContactsTab
from desktop_app.gui.family_page import FamilyPage
from desktop_app.gui.follow_up_dialog import FollowUpDialog
from desktop_app.vault.services import VaultServices
from tests.gui.test_contact_dialog import make_family, unlock_by_keyboard
from tests.gui.test_follow_up_dialog import gui as gui
from tests.helpers.qt import visible_texts
from tests.helpers.vaults import TODAY, vault_services


@pytest.fixture(autouse=True)
def never_ask(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ContactDialog, "ask_discard", classmethod(lambda cls, parent: True))
    monkeypatch.setattr(FollowUpDialog, "ask_discard", classmethod(lambda cls, parent: True))


@pytest.fixture
def services(tmp_path: Path) -> Iterator[VaultServices]:
    with vault_services(tmp_path / "vault") as opened:
        yield opened


@pytest.fixture
def slipped(services: VaultServices) -> m.HouseholdAggregate:
    # Joined 60 days ago, last seen 40 days ago by Sam: due 26 days ago → slipped.
    return make_family(
        services,
        joined=TODAY - timedelta(days=60),
        contacts=(
            m.Contact(m.ContactKind.HOME_VISIT, TODAY - timedelta(days=40), staff_member="Sam"),
        ),
        needs=(m.Need(m.NeedCategory.FOOD, identified_on=TODAY - timedelta(days=40)),),
    )


@pytest.fixture
def page(qtbot, services, slipped) -> FamilyPage:
    widget = FamilyPage(today=lambda: TODAY)
    widget.contacts = ContactsTab(widget, today=lambda: TODAY)  # type: ignore[attr-defined]
    qtbot.addWidget(widget)
    widget.resize(1000, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_services(services)
    assert widget.open_household(slipped.household.id or 0)
    widget.ui.family_tabs.setCurrentWidget(widget.ui.contacts_tab)
    return widget


def _cell(table, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return str(item.text())


def _tab(page: FamilyPage) -> ContactsTab:
    tab: ContactsTab = page.contacts  # type: ignore[attr-defined]
    return tab


def test_the_rhythm_is_said_in_words_and_a_slip_stands_out(page: FamilyPage) -> None:
    tab = _tab(page)
    text = tab.rhythm_label.text()
    assert "Visit rhythm: every 14 days (the family's first three months)." in text
    assert "Last contact 40 days ago" in text
    assert "Slipped: the visit was due" in text
    assert "26 days ago" in text
    assert "fde7e9" in tab.rhythm_label.styleSheet()  # highlighted
    assert tab.worker_combo.currentText() == "Sam"
    assert tab.cadence_spin.value() == 0
    assert tab.cadence_spin.text().startswith("Default")


def test_the_familys_own_cadence_and_worker_are_saved(page: FamilyPage, services, slipped):
    tab = _tab(page)
    hid = slipped.household.id or 0
    tab.cadence_spin.setValue(60)
    tab.worker_combo.setEditText("Jo Rowan")
    changed: list[int] = []
    tab.changed.connect(changed.append)
    assert tab.save_rhythm()
    assert changed == [hid]
    stored = services.households.get(hid)
    assert stored is not None
    assert (stored.household.visit_cadence_days, stored.household.assigned_worker) == (
        60,
        "Jo Rowan",
    )
    row = services.households.row(hid, today=TODAY)
    assert row is not None
    assert row.next_contact_due == TODAY + timedelta(days=20)  # seen 40 days ago + 60
    assert not row.slipped
    assert "This family's own rhythm: every 60 days." in tab.rhythm_label.text()
    assert "Slipped" not in tab.rhythm_label.text()
    assert tab.rhythm_message.text() == "Saved. The visit rhythm is updated."
    assert "Jo Rowan" in [tab.worker_combo.itemText(i) for i in range(tab.worker_combo.count())]
    tab.cadence_spin.setValue(0)  # back to the default rhythm
    assert tab.save_rhythm()
    again = services.households.get(hid)
    assert again is not None
    assert again.household.visit_cadence_days is None


def test_the_worker_list_offers_staff_and_names_in_use(page: FamilyPage, services) -> None:
    make_family(
        services,
        joined=TODAY,
        alias="Other",
        contacts=(m.Contact(m.ContactKind.HOME_VISIT, TODAY, staff_member="Jo Rowan"),),
    )
    page.reload()
    names = [_tab(page).worker_combo.itemText(i) for i in range(_tab(page).worker_combo.count())]
    assert names == ["Jo Rowan", "Sam", "Staff"]  # workers in use and the vault's users


def test_a_follow_up_is_ticked_off_on_the_family_page(page: FamilyPage, services, slipped):
    hid = slipped.household.id or 0
    services.follow_ups.add(hid, m.FollowUp("Bring the voucher", TODAY - timedelta(days=1)))
    page.reload()
    tab = _tab(page)
    table = tab.follow_ups_table
    assert table.rowCount() == 1
    assert _cell(table, 0, 0).endswith("(overdue)")
    assert _cell(table, 0, 1) == "Bring the voucher"
    assert tab.done_button.isEnabled()
    assert tab.complete_selected()
    assert services.follow_ups.list_for_household(hid)[0].done_on == TODAY
    assert table.rowCount() == 0
    assert tab.follow_ups_message.text() == "Done: \u2068Bring the voucher\u2069"
    assert not tab.done_button.isEnabled()


def test_the_buttons_ask_for_the_dialogs(qtbot, page: FamilyPage, slipped) -> None:
    tab = _tab(page)
    hid = slipped.household.id or 0
    with qtbot.waitSignal(tab.log_contact_requested, timeout=1000) as asked:
        qtbot.mouseClick(tab.log_button, Qt.MouseButton.LeftButton)
    assert asked.args == [hid]
    with qtbot.waitSignal(tab.add_follow_up_requested, timeout=1000) as asked:
        qtbot.mouseClick(tab.add_follow_up_button, Qt.MouseButton.LeftButton)
    assert asked.args == [hid, "general"]
    assert "Ctrl+Shift+L" in tab.log_button.toolTip()


def test_the_inline_form_is_gone_and_locking_clears_the_tab(page: FamilyPage) -> None:
    assert not hasattr(page.ui, "contact_note_edit")
    assert not hasattr(page.ui, "add_contact_button")
    tab = _tab(page)
    page.set_services(None)
    assert tab.rhythm_label.text() == ""
    assert tab.worker_combo.count() == 0
    assert tab.follow_ups_table.rowCount() == 0
    assert not any("Sam" in t for t in visible_texts(page))


# Raising the open dialog again is a no-op the offscreen platform warns about.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_log_a_contact_from_the_family_page_in_the_window(qtbot, gui: GuiSession) -> None:
    unlock_by_keyboard(qtbot, gui)
    casework = gui.casework
    families = gui.window.section_widget("families")
    assert isinstance(families, FamiliesSection)
    hid = gui.session.services.households.list_page(0, 1)[0].id
    casework.open_household(hid)
    tab = families.contacts_tab
    before = families.family_page.ui.contacts_table.rowCount()
    qtbot.mouseClick(tab.log_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(casework.visits.open_dialogs) == 1)
    dialog = casework.visits.open_dialogs[0]
    assert isinstance(dialog, ContactDialog)
    assert dialog.household_id == hid
    # Asking again for the same family brings the same dialog back, not a second one.
    assert casework.visits.log_contact() is dialog
    assert len(casework.visits.open_dialogs) == 1
    dialog.ui.note_edit.setPlainText("Dropped off the uniform")
    assert dialog.save()
    assert families.family_page.ui.contacts_table.rowCount() == before + 1
    assert _cell(families.family_page.ui.contacts_table, 0, 3) == "Dropped off the uniform"
    assert tab.follow_ups_message.text().startswith("Saved: Home visit on")
    # Add a follow-up about the family from the tab.
    qtbot.mouseClick(tab.add_follow_up_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(casework.visits.open_dialogs) == 1)
    follow_up = casework.visits.open_dialogs[0]
    assert isinstance(follow_up, FollowUpDialog)
    follow_up.ui.what_edit.setText("Ask about the bus pass")
    assert follow_up.save()
    texts = [_cell(tab.follow_ups_table, r, 1) for r in range(tab.follow_ups_table.rowCount())]
    assert "Ask about the bus pass" in texts
    assert date.today() + timedelta(days=7) in [
        f.due_on for f in gui.session.services.follow_ups.list_for_household(hid)
    ]
