"""The Family page against a real vault: needs, contacts, people, close/reopen, saving."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt

from desktop_app.core import models as m
from desktop_app.core.errors import UserFacingError
from desktop_app.gui.family_page import FamilyPage
from desktop_app.vault.services import VaultServices
from tests.helpers.qt import visible_texts
from tests.helpers.vaults import TODAY, add_family, consent_to_everything, vault_services


@pytest.fixture(autouse=True)
def _pages_let_go_of_the_vault(qapp) -> Iterator[None]:
    """After each test, every Family page forgets its (soon closed) vault, as a lock does.

    Otherwise a later language switch would ask a closed vault for the pages' texts.
    """
    yield
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.allWidgets():
        if isinstance(widget, FamilyPage):
            widget.set_services(None)


@pytest.fixture
def services(tmp_path: Path) -> Iterator[VaultServices]:
    with vault_services(tmp_path / "vault", households=5) as opened:
        yield opened


CREATED = TODAY - timedelta(days=60)


@pytest.fixture
def family(services: VaultServices) -> m.HouseholdAggregate:
    return add_family(
        services,
        alias="Haddad",
        needs=(
            m.Need(m.NeedCategory.SCHOOL_UNIFORM, identified_on=TODAY - timedelta(days=20)),
            m.Need(m.NeedCategory.HOUSING, note="Temporary hotel", identified_on=TODAY),
        ),
        people=(
            m.Person(m.Role.CAREGIVER, given_name="Amal", esol_level=m.EsolLevel.ENTRY_1),
            m.Person(
                m.Role.CHILD,
                given_name="Rami",
                birth_year=2017,
                school_year="Year 4",
                class_name="4B",
                english_proficiency=m.EnglishProficiency.A,
            ),
        ),
        created_on=CREATED,
    )


@pytest.fixture
def page(qtbot, services: VaultServices, family: m.HouseholdAggregate) -> FamilyPage:
    widget = FamilyPage(today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1000, 760)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_services(services)
    assert family.household.id is not None
    assert widget.open_household(family.household.id)
    return widget


def _qdate(value) -> QDate:
    return QDate(value.year, value.month, value.day)


def _table(table) -> list[list[str]]:
    """Cell texts, without the bidi isolates around names and notes."""
    return [
        [table.item(r, c).text().strip("\u2068\u2069") for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_header_shows_reference_language_interpreter_and_key_contact(
    page: FamilyPage, family
) -> None:
    assert page.ui.reference_label.text() == family.household.reference
    summary = page.ui.summary_label.text()
    assert "العربية" in summary
    assert "Interpreter needed" in summary
    assert "Ms Patel" in summary
    assert "Open" in summary


def test_need_status_change_is_recorded_with_its_date(
    qtbot, page: FamilyPage, services, family
) -> None:
    ui = page.ui
    assert page.select_need(m.NeedCategory.SCHOOL_UNIFORM)
    changed_on = TODAY - timedelta(days=5)
    ui.new_status_combo.setCurrentIndex(ui.new_status_combo.findData(m.NeedStatus.SIGNPOSTED))
    ui.status_date_edit.setDate(_qdate(changed_on))
    with qtbot.waitSignal(page.saved, timeout=1000) as blocker:
        qtbot.mouseClick(ui.record_status_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["need_status"]
    assert page.feedback().startswith("Saved.")
    # In the vault, with its date …
    need = next(
        n
        for n in services.needs.list_for_household(family.household.id)
        if n.category is m.NeedCategory.SCHOOL_UNIFORM
    )
    assert need.status is m.NeedStatus.SIGNPOSTED
    assert need.status_changed_on == changed_on
    assert [(c.status, c.changed_on) for c in need.history] == [
        (m.NeedStatus.IDENTIFIED, TODAY - timedelta(days=20)),
        (m.NeedStatus.SIGNPOSTED, changed_on),
    ]
    # … and on screen after the page is opened again.
    page.set_services(None)
    page.set_services(services)
    page.open_household(family.household.id)
    page.select_need(m.NeedCategory.SCHOOL_UNIFORM)
    assert "Signposted" in _table(ui.needs_table)[0]
    assert "Identified on" in ui.history_label.text()
    assert "Signposted on Oct 27, 2026" in ui.history_label.text()
    # Then referred, then met: the whole flow.
    for status in (m.NeedStatus.REFERRED, m.NeedStatus.MET):
        ui.new_status_combo.setCurrentIndex(ui.new_status_combo.findData(status))
        ui.status_date_edit.setDate(_qdate(TODAY))
        assert page.record_status()
    assert [c.status for c in services.needs.get(need.id).history][-1] is m.NeedStatus.MET


def test_a_status_date_in_the_future_or_before_the_last_step_is_refused(
    page: FamilyPage, services, family
) -> None:
    ui = page.ui
    page.select_need(m.NeedCategory.SCHOOL_UNIFORM)
    ui.new_status_combo.setCurrentIndex(ui.new_status_combo.findData(m.NeedStatus.DECLINED))
    ui.status_date_edit.setDate(_qdate(TODAY + timedelta(days=1)))
    assert not page.record_status()
    assert "future" in ui.status_message.text()
    ui.status_date_edit.setDate(_qdate(TODAY - timedelta(days=40)))
    assert not page.record_status()
    assert "before" in ui.status_message.text()
    assert page.feedback() == ""
    needs = services.needs.list_for_household(family.household.id)
    assert all(len(n.history) == 1 for n in needs)


def test_save_details_shows_saved_only_after_commit(qtbot, page: FamilyPage, services, family):
    ui = page.ui
    ui.alias_edit.setText("Haddad family")
    ui.key_contact_edit.setText("Mr Okafor")
    with qtbot.waitSignal(page.saved, timeout=1000):
        qtbot.mouseClick(ui.save_button, Qt.MouseButton.LeftButton)
    assert page.feedback().startswith("Saved.")
    stored = services.households.get(family.household.id).household
    assert stored.alias == "Haddad family"
    assert stored.key_contact == "Mr Okafor"
    assert "Mr Okafor" in ui.summary_label.text()


def test_a_failing_save_shows_the_error_and_never_saved(
    page: FamilyPage, services, family, monkeypatch
) -> None:
    calls: list[object] = []

    def failing_update(household):
        calls.append(household)
        raise UserFacingError("The disk is full.", hint="Free some space, then save again.")

    monkeypatch.setattr(services.households, "update", failing_update)
    page.ui.alias_edit.setText("Changed")
    saved: list[str] = []
    page.saved.connect(saved.append)
    assert not page.save()
    assert calls  # the repository really was asked
    assert saved == []
    assert "Saved" not in page.feedback()
    assert page.feedback() == "Not saved. The disk is full. Free some space, then save again."
    assert not page.ui.feedback_label.isHidden()
    assert page.ui.alias_edit.text() == "Changed"  # what was typed is kept to try again


def test_required_and_too_long_details_are_refused_inline(page: FamilyPage, services, family):
    ui = page.ui
    ui.key_contact_edit.setText("   ")
    ui.alias_edit.setText("x" * 81)
    assert not page.save()
    assert ui.key_contact_message.text() == "This field is needed. Please fill it in."
    assert "80 characters" in ui.alias_message.text()
    assert "fix the fields" in page.feedback()
    assert services.households.get(family.household.id).household.alias == "Haddad"


def test_add_a_need(page: FamilyPage, services, family) -> None:
    ui = page.ui
    ui.need_category_combo.setCurrentIndex(
        ui.need_category_combo.findData(m.NeedCategory.ESOL_FOR_PARENTS)
    )
    ui.need_note_edit.setText("Evening class")
    assert page.add_need()
    needs = services.needs.list_for_household(family.household.id)
    assert needs[-1].category is m.NeedCategory.ESOL_FOR_PARENTS
    assert needs[-1].identified_on == TODAY


def test_referrals_and_consent_are_listed(qtbot, tmp_path: Path) -> None:
    with vault_services(tmp_path / "demo", households=40) as services:
        row = next(
            r
            for r in services.households.list_page(0, 40)
            if services.referrals.list_for_household(r.id) and services.consent.history(r.id)
        )
        page = FamilyPage(today=lambda: TODAY)
        qtbot.addWidget(page)
        page.set_services(services)
        assert page.open_household(row.id)
        assert page.ui.referrals_table.rowCount() == len(
            services.referrals.list_for_household(row.id)
        )
        assert all(cells[1] for cells in _table(page.ui.referrals_table))  # service names
        assert page.ui.consent_table.rowCount() == len(services.consent.history(row.id))


def test_locking_clears_every_field_and_table(page: FamilyPage, family) -> None:
    page.set_services(None)
    assert page.aggregate() is None
    texts = visible_texts(page)
    assert family.household.reference not in texts
    assert not any("Haddad" in t or "Ms Patel" in t or "hotel" in t for t in texts)
    for table in (page.ui.needs_table, page.ui.person_editor.ui.people_table, page.ui.notes_table):
        assert table.rowCount() == 0
    assert page.ui.alias_edit.text() == ""
    assert not page.isEnabled()
    assert not page.open_household(family.household.id)


def test_every_input_has_a_label(page: FamilyPage) -> None:
    from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QLineEdit, QPlainTextEdit, QWidget

    buddies = {label.buddy() for label in page.findChildren(QLabel) if label.buddy()}
    inputs = (QLineEdit, QComboBox, QPlainTextEdit, QDateEdit)
    for field in [w for w in page.findChildren(QWidget) if isinstance(w, inputs)]:
        if field.parent() is not None and isinstance(field.parent(), QComboBox | QDateEdit):
            continue  # the line edit inside a combo box or date edit
        assert field in buddies or field.accessibleName(), field.objectName()


# ---------------------------------------------------------------- editing the record


def _people(services, family) -> list[m.Person]:
    return list(services.households.get(family.household.id).people)


def _cell(table, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return str(item.text())


def _person_row(page: FamilyPage, name: str) -> int:
    table = page.ui.person_editor.ui.people_table
    for row in range(table.rowCount()):
        if name in _cell(table, row, 1):
            return row
    raise AssertionError(name)


def _choose(combo, value) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def _save(qtbot, page: FamilyPage) -> None:
    with qtbot.waitSignal(page.saved, timeout=1000):
        qtbot.mouseClick(page.ui.save_button, Qt.MouseButton.LeftButton)


def test_edit_every_field_of_a_person_saved_and_read_back(
    qtbot, page: FamilyPage, services, family
):
    editor = page.ui.person_editor
    ed = editor.ui
    assert not page.has_unsaved_changes()
    assert not page.ui.save_button.isEnabled()
    editor.select(_person_row(page, "Rami"))
    assert ed.given_name_edit.text() == "Rami"
    assert ed.school_year_edit.isVisible()
    assert not ed.esol_combo.isVisible()
    ed.given_name_edit.clear()
    qtbot.keyClicks(ed.given_name_edit, "Rami Jr")
    assert page.has_unsaved_changes()
    assert not page.ui.unsaved_label.isHidden()
    assert "Unsaved changes" in page.ui.unsaved_label.text()
    assert page.ui.save_button.isEnabled()
    ed.birth_year_edit.setText("2016")
    ed.school_year_edit.setText("Year 5")
    ed.class_name_edit.setText("5C")
    _choose(ed.english_combo, "C")
    _choose(ed.prior_schooling_combo, "interrupted")
    _choose(ed.age_band_combo, "5-10")
    # The caregiver: an adult's own fields.
    editor.select(_person_row(page, "Amal"))
    assert ed.esol_combo.isVisible()
    assert not ed.school_year_edit.isVisible()
    _choose(ed.esol_combo, "entry_2")
    ed.wants_esol_check.setChecked(True)
    _choose(ed.age_band_combo, "25-39")
    _save(qtbot, page)
    assert page.feedback().startswith("Saved.")
    assert not page.has_unsaved_changes()
    assert page.ui.unsaved_label.isHidden()
    people = {p.given_name: p for p in _people(services, family)}
    assert set(people) == {"Amal", "Rami Jr"}
    child = people["Rami Jr"]
    assert (child.birth_year, child.school_year, child.class_name) == (2016, "Year 5", "5C")
    assert child.english_proficiency is m.EnglishProficiency.C
    assert child.prior_schooling is m.PriorSchooling.INTERRUPTED
    assert child.age_band is m.AgeBand.AGE_5_10
    adult = people["Amal"]
    assert adult.esol_level is m.EsolLevel.ENTRY_2
    assert adult.wants_esol is True
    assert adult.age_band is m.AgeBand.AGE_25_39
    # Read back on a fresh page.
    again = FamilyPage(today=lambda: TODAY)
    qtbot.addWidget(again)
    again.set_services(services)
    assert again.open_household(family.household.id)
    again.ui.person_editor.select(_person_row(again, "Rami Jr"))
    assert again.ui.person_editor.ui.class_name_edit.text() == "5C"
    assert not again.has_unsaved_changes()


def test_add_and_remove_people_are_saved_together(qtbot, page: FamilyPage, services, family):
    editor = page.ui.person_editor
    ed = editor.ui
    editor.select(_person_row(page, "Amal"))
    qtbot.mouseClick(ed.remove_person_button, Qt.MouseButton.LeftButton)
    assert "1 person will be removed" in ed.removed_label.text()
    assert len(_people(services, family)) == 2  # nothing removed before Save
    qtbot.mouseClick(ed.add_caregiver_button, Qt.MouseButton.LeftButton)
    assert ed.role_combo.currentData() == "caregiver"
    qtbot.keyClicks(ed.given_name_edit, "Samir")
    qtbot.mouseClick(ed.add_child_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(ed.given_name_edit, "Lina")
    ed.birth_year_edit.setText("2020")
    assert "(new)" in _cell(ed.people_table, ed.people_table.rowCount() - 1, 1)
    _save(qtbot, page)
    people = sorted((p.role, p.given_name, p.birth_year) for p in _people(services, family))
    assert people == [
        (m.Role.CAREGIVER, "Samir", None),
        (m.Role.CHILD, "Lina", 2020),
        (m.Role.CHILD, "Rami", 2017),
    ]
    assert ed.removed_label.isHidden()
    assert "(new)" not in " ".join(
        _cell(ed.people_table, r, 1) for r in range(ed.people_table.rowCount())
    )
    # The search index follows: the removed caregiver is no longer found, the new one is.
    assert not services.households.search("Amal", today=TODAY)
    assert [r.id for r in services.households.search("Samir", today=TODAY)] == [family.household.id]


def test_person_validation_is_inline_and_nothing_is_saved(page: FamilyPage, services, family):
    editor = page.ui.person_editor
    ed = editor.ui
    editor.select(_person_row(page, "Rami"))
    ed.birth_year_edit.setText("2031")
    assert not page.save()
    assert "in the future" in ed.birth_year_message_label.text()
    assert not ed.birth_year_message_label.isHidden()
    assert page.feedback() == "Not saved: please fix the fields marked below."
    ed.birth_year_edit.setText("1990")
    assert not page.save()
    assert "would be an adult now" in ed.birth_year_message_label.text()
    ed.birth_year_edit.setText("2017")
    _choose(ed.age_band_combo, "0-4")  # born 2017 is 9 now: not in 0-4
    assert not page.save()
    assert "not in the age band 0-4" in ed.birth_year_message_label.text()
    _choose(ed.age_band_combo, "5-10")
    ed.school_year_edit.setText("Y" * 41)
    assert not page.save()
    assert "shorten this to 40 characters" in ed.school_year_message_label.text()
    assert ed.school_year_edit.accessibleDescription() == ed.school_year_message_label.text()
    assert _people(services, family)[1].birth_year == 2017  # the vault is unchanged
    assert page.has_unsaved_changes()  # and what was typed is still there
    ed.school_year_edit.setText("Year 4")
    assert ed.school_year_message_label.isHidden()
    assert page.save()


def test_edit_a_need_note_saved_and_read_back(qtbot, page: FamilyPage, services, family):
    ui = page.ui
    ui.family_tabs.setCurrentWidget(ui.needs_tab)
    assert page.select_need(m.NeedCategory.SCHOOL_UNIFORM)
    assert "sizes" in ui.need_edit_hint_label.text()  # what to note differs by need
    assert "Record only what is needed" in ui.need_edit_reminder.text()
    qtbot.keyClicks(ui.need_edit_note_edit, "Shoes size 32, PE kit")
    assert "21/500" in ui.need_edit_reminder.text()
    assert _table(ui.needs_table)[0][3] == "Shoes size 32, PE kit"
    assert page.has_unsaved_changes()
    page.select_need(m.NeedCategory.HOUSING)  # moving between needs keeps the edit
    assert ui.need_edit_note_edit.text() == "Temporary hotel"
    assert "No addresses" in ui.need_edit_hint_label.text()
    page.select_need(m.NeedCategory.SCHOOL_UNIFORM)
    assert ui.need_edit_note_edit.text() == "Shoes size 32, PE kit"
    ui.need_edit_note_edit.setText("x" * 501)
    assert not page.save()
    assert "500 characters (it has 501)" in ui.need_edit_note_message.text()
    ui.need_edit_note_edit.setText("Shoes size 32, PE kit")
    _save(qtbot, page)
    notes = {n.category: n.note for n in services.needs.list_for_household(family.household.id)}
    assert notes[m.NeedCategory.SCHOOL_UNIFORM] == "Shoes size 32, PE kit"
    assert notes[m.NeedCategory.HOUSING] == "Temporary hotel"
    assert ["School uniform", "Shoes size 32, PE kit"] in [r[1:] for r in _table(ui.notes_table)]
    # Double-clicking a need's note in the Notes tab goes to it, ready to change.
    ui.family_tabs.setCurrentWidget(ui.notes_tab)
    row = [r[2] for r in _table(ui.notes_table)].index("Temporary hotel")
    ui.notes_table.itemActivated.emit(ui.notes_table.item(row, 2))
    assert ui.family_tabs.currentWidget() is ui.needs_tab
    assert ui.need_edit_note_edit.text() == "Temporary hotel"


def test_edit_the_household_details_saved_and_read_back(qtbot, page: FamilyPage, services, family):
    ui = page.ui
    ui.alias_edit.setText("The Haddads")
    ui.school_edit.setText("Hillside Academy")
    ui.area_edit.setText("North")
    ui.key_contact_edit.setText("Mr Okafor")
    _choose(ui.language_combo, "ti")
    assert ui.interpreter_check.isChecked()
    _choose(ui.interpreter_language_combo, "am")
    _choose(ui.channel_combo, m.Channel.SMS)
    ui.arrival_known_check.setChecked(True)
    ui.arrival_month_edit.setDate(QDate(2026, 8, 1))
    _choose(ui.platform_combo, m.PlatformConfidence.WITH_HELP)
    _save(qtbot, page)
    stored = services.households.get(family.household.id).household
    assert (stored.alias, stored.school, stored.area, stored.key_contact) == (
        "The Haddads",
        "Hillside Academy",
        "North",
        "Mr Okafor",
    )
    assert (stored.preferred_language, stored.interpreter_language) == ("ti", "am")
    assert stored.preferred_channel is m.Channel.SMS
    assert stored.arrival_month == m.YearMonth(2026, 8)
    assert stored.online_platform_confidence is m.PlatformConfidence.WITH_HELP
    assert "Mr Okafor" in ui.summary_label.text()
    assert "አማርኛ" in ui.summary_label.text()  # the interpreter's language, in its script
    # No interpreter after all: the language is not kept.
    ui.interpreter_check.setChecked(False)
    assert not ui.interpreter_language_combo.isEnabled()
    _save(qtbot, page)
    assert services.households.get(family.household.id).household.interpreter_language is None
    assert "No interpreter needed" in ui.summary_label.text()


def test_typing_and_undoing_is_not_an_unsaved_change(qtbot, page: FamilyPage) -> None:
    ui = page.ui
    changes: list[bool] = []
    page.unsaved_changed.connect(changes.append)
    qtbot.keyClicks(ui.alias_edit, " ")  # a trailing space is not stored
    assert not page.has_unsaved_changes()
    qtbot.keyClicks(ui.alias_edit, "x")
    assert page.has_unsaved_changes()
    qtbot.keyClick(ui.alias_edit, Qt.Key.Key_Backspace)
    assert not page.has_unsaved_changes()
    assert changes == [True, False]


def test_remote_channels_stay_disabled_without_contact_consent(qtbot, tmp_path: Path) -> None:
    with vault_services(tmp_path / "v") as services:
        consents = tuple(
            e
            for e in consent_to_everything(services)
            if e.purpose is not m.ConsentPurpose.CONTACT_CHANNELS
        )
        family = add_family(services, alias="Noor", consents=consents, created_on=CREATED)
        page = FamilyPage(today=lambda: TODAY)
        qtbot.addWidget(page)
        page.set_services(services)
        household_id = family.household.id
        assert household_id is not None
        assert page.open_household(household_id)
        combo = page.ui.channel_combo
        model: Any = combo.model()

        def offered() -> dict[str, bool]:
            return {combo.itemData(i): model.item(i).isEnabled() for i in range(combo.count())}

        assert offered() == {
            "in_person": True,
            "phone": False,
            "sms": False,
            "messaging": False,
            "letter_home_language": True,
        }
        assert "Contact by phone" in model.item(combo.findData("sms")).toolTip()
        assert not page.ui.channel_note_label.isHidden()
        # Still disabled after a save and after the page is opened again.
        page.ui.alias_edit.setText("Noor family")
        assert page.save()
        assert offered()["sms"] is False
        page.set_services(None)
        page.set_services(services)
        page.open_household(household_id)
        assert offered()["sms"] is False
        # Forcing the disabled item in anyway: the vault refuses, nothing is stored.
        combo.setCurrentIndex(combo.findData("sms"))
        assert not page.save()
        assert "Contact by phone, SMS or messaging" in page.feedback()
        stored = services.households.get(household_id)
        assert stored is not None
        assert stored.household.preferred_channel is m.Channel.IN_PERSON


def test_saved_only_after_commit_and_a_failed_write_keeps_everything(
    qtbot, page: FamilyPage, services, family, monkeypatch
) -> None:
    ui = page.ui
    ui.alias_edit.setText("Changed")
    page.ui.person_editor.select(_person_row(page, "Rami"))
    page.ui.person_editor.ui.given_name_edit.setText("Ramy")
    seen_during_write: list[str] = []
    real_update_person = services.households.update_person

    def failing_update_person(person):
        seen_during_write.append(page.feedback())
        raise UserFacingError("The disk is full.", hint="Free some space, then save again.")

    monkeypatch.setattr(services.households, "update_person", failing_update_person)
    saved: list[str] = []
    page.saved.connect(saved.append)
    assert not page.save()
    assert seen_during_write == ["Saving…"]  # never "Saved" while the write runs
    assert saved == []
    assert page.feedback() == "Not saved. The disk is full. Free some space, then save again."
    # One transaction: the household update that went first was rolled back too.
    assert services.households.get(family.household.id).household.alias == "Haddad"
    assert {p.given_name for p in _people(services, family)} == {"Amal", "Rami"}
    # What was typed is all still there, still unsaved, ready to try again.
    assert ui.alias_edit.text() == "Changed"
    assert page.ui.person_editor.ui.given_name_edit.text() == "Ramy"
    assert page.has_unsaved_changes()
    monkeypatch.setattr(services.households, "update_person", real_update_person)
    assert page.save()
    assert saved == ["details"]
    assert page.feedback().startswith("Saved.")
    assert {p.given_name for p in _people(services, family)} == {"Amal", "Ramy"}


def test_events_keep_the_unsaved_edits(page: FamilyPage, services, family) -> None:
    ui = page.ui
    ui.alias_edit.setText("Not saved yet")
    page.select_need(m.NeedCategory.SCHOOL_UNIFORM)
    _choose(ui.new_status_combo, m.NeedStatus.SIGNPOSTED)
    assert page.record_status()  # an event is saved at once …
    assert ui.alias_edit.text() == "Not saved yet"  # … and the staged edit stays
    assert page.has_unsaved_changes()
    assert services.households.get(family.household.id).household.alias == "Haddad"


def test_the_unsaved_question_save_discard_cancel(
    qtbot, page: FamilyPage, services, family, monkeypatch
) -> None:
    ui = page.ui
    answers: list[str] = []
    asked: list[bool] = []

    def ask(cls, parent):
        asked.append(True)
        return answers.pop(0)

    monkeypatch.setattr(FamilyPage, "ask_unsaved", classmethod(ask))
    backs: list[bool] = []
    page.back_requested.connect(lambda: backs.append(True))
    # Nothing changed: no question.
    qtbot.mouseClick(ui.back_button, Qt.MouseButton.LeftButton)
    assert (asked, backs) == ([], [True])
    # Cancel: stay on the record, with the edit.
    ui.alias_edit.setText("First try")
    answers.append("cancel")
    qtbot.mouseClick(ui.back_button, Qt.MouseButton.LeftButton)
    assert backs == [True]
    assert asked == [True]
    assert ui.alias_edit.text() == "First try"
    assert page.has_unsaved_changes()
    # Discard: leave, and the vault is as before.
    answers.append("discard")
    qtbot.mouseClick(ui.back_button, Qt.MouseButton.LeftButton)
    assert backs == [True, True]
    assert ui.alias_edit.text() == "Haddad"
    assert not page.has_unsaved_changes()
    assert services.households.get(family.household.id).household.alias == "Haddad"
    # Save: stored, then leave.
    ui.alias_edit.setText("Second try")
    answers.append("save")
    qtbot.mouseClick(ui.back_button, Qt.MouseButton.LeftButton)
    assert backs == [True, True, True]
    assert services.households.get(family.household.id).household.alias == "Second try"
    # Save that cannot be saved (a required field is empty): stay, with the message.
    ui.key_contact_edit.setText("")
    answers.append("save")
    assert not page.go_back()
    assert backs == [True, True, True]
    assert ui.key_contact_message.text() == "This field is needed. Please fill it in."


def test_opening_another_family_asks_first(page: FamilyPage, services, family, monkeypatch):
    other = add_family(services, alias="Kovalenko", language="uk", created_on=CREATED)
    monkeypatch.setattr(FamilyPage, "ask_unsaved", classmethod(lambda cls, parent: "cancel"))
    page.ui.alias_edit.setText("Edited")
    other_id = other.household.id
    assert other_id is not None
    assert not page.open_household(other_id)
    assert page.household_id() == family.household.id
    assert page.ui.alias_edit.text() == "Edited"
    monkeypatch.setattr(FamilyPage, "ask_unsaved", classmethod(lambda cls, parent: "discard"))
    assert page.open_household(other_id)
    assert page.ui.alias_edit.text() == "Kovalenko"


def test_discard_button_shows_the_record_as_stored(qtbot, page: FamilyPage, services, family):
    ui = page.ui
    ui.alias_edit.setText("Oops")
    page.ui.person_editor.select(_person_row(page, "Amal"))
    qtbot.mouseClick(page.ui.person_editor.ui.remove_person_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(ui.discard_button, Qt.MouseButton.LeftButton)
    assert ui.alias_edit.text() == "Haddad"
    assert page.ui.person_editor.ui.people_table.rowCount() == 2
    assert not page.has_unsaved_changes()
    assert "discarded" in page.feedback()


def test_an_edit_is_a_draft_on_lock_and_comes_back(qtbot, page: FamilyPage, services, family):
    ui = page.ui
    ui.alias_edit.setText("Typed before the lock")
    page.select_need(m.NeedCategory.HOUSING)
    ui.need_edit_note_edit.setText("Moved to a council flat")
    draft = page.collect_draft()
    assert draft is not None
    assert draft.kind == FamilyPage.DRAFT_KIND
    assert draft.key == str(family.household.id)
    services.drafts.save(draft)
    page.discard_for_lock()
    page.set_services(None)
    assert ui.alias_edit.text() == ""
    page.set_services(services)
    assert page.restore_draft(services.drafts.load(draft.kind, draft.key))
    assert ui.alias_edit.text() == "Typed before the lock"
    page.select_need(m.NeedCategory.HOUSING)
    assert ui.need_edit_note_edit.text() == "Moved to a council flat"
    assert page.has_unsaved_changes()
    assert "had not saved when Hearth locked" in page.feedback()
    assert page.save()
    assert services.drafts.load(draft.kind, draft.key) is None  # saved: the draft is gone
    assert services.households.get(family.household.id).household.alias == ("Typed before the lock")


# ---------------------------------------------------------------- closing


def test_close_with_a_past_date_and_a_reason_then_reopen(qtbot, page: FamilyPage, services, family):
    ui = page.ui
    assert ui.close_frame.isHidden()
    qtbot.mouseClick(ui.close_case_button, Qt.MouseButton.LeftButton)
    assert not ui.close_frame.isHidden()
    assert ui.close_date_edit.date() == _qdate(TODAY)  # today by default
    _choose(ui.close_reason_combo, m.ClosedReason.MOVED_AWAY)
    # Not in the future, not before the family was recorded.
    ui.close_date_edit.setDate(_qdate(TODAY + timedelta(days=1)))
    qtbot.mouseClick(ui.confirm_close_button, Qt.MouseButton.LeftButton)
    assert "in the future" in ui.close_message.text()
    assert not ui.close_message.isHidden()
    ui.close_date_edit.setDate(_qdate(CREATED - timedelta(days=1)))
    qtbot.mouseClick(ui.confirm_close_button, Qt.MouseButton.LeftButton)
    assert "before" in ui.close_message.text()
    assert services.households.get(family.household.id).household.status is m.HouseholdStatus.OPEN
    closed_on = TODAY - timedelta(days=10)
    ui.close_date_edit.setDate(_qdate(closed_on))
    qtbot.mouseClick(ui.confirm_close_button, Qt.MouseButton.LeftButton)
    household = services.households.get(family.household.id).household
    assert household.status is m.HouseholdStatus.CLOSED
    assert household.closed_reason is m.ClosedReason.MOVED_AWAY
    assert household.closed_on == closed_on
    assert "Closed on Oct 22, 2026: Moved away" in ui.summary_label.text()
    assert page.feedback() == "Saved. The case is closed: Moved away (Oct 22, 2026)."
    assert ui.close_case_button.isHidden()
    assert not ui.reopen_button.isHidden()
    # The Families list shows the status and the date.
    from desktop_app.gui.models.household_table_model import Column, HouseholdTableModel

    model = HouseholdTableModel(today=lambda: TODAY)
    model.set_filters(m.HouseholdFilters(query=family.household.reference))
    model.set_source(services.households)
    assert model.index(0, Column.STATUS).data() == "Closed Oct 22, 2026"
    qtbot.mouseClick(ui.reopen_button, Qt.MouseButton.LeftButton)
    household = services.households.get(family.household.id).household
    assert household.status is m.HouseholdStatus.OPEN
    assert household.closed_reason is None
    assert household.closed_on is None
    assert page.feedback() == "Saved. The case is open again."
    model.reload()
    assert model.index(0, Column.STATUS).data() == "Open"


def test_rows_are_selected_in_arabic_before_the_page_is_shown(
    qtbot, services, family, switcher
) -> None:
    """QTableView.selectRow does nothing right to left until laid out; the page must not."""
    switcher.apply("ar")
    page = FamilyPage(today=lambda: TODAY)
    qtbot.addWidget(page)
    page.set_services(services)
    assert family.household.id is not None
    assert page.open_household(family.household.id)
    editor = page.ui.person_editor
    editor.select(_person_row(page, "Rami"))
    assert editor.current_row() == _person_row(page, "Rami")
    assert editor.ui.given_name_edit.text() == "Rami"
    assert editor.ui.person_group.isEnabled()
    assert page.select_need(m.NeedCategory.HOUSING)
    assert page.ui.need_edit_note_edit.text() == "Temporary hotel"
