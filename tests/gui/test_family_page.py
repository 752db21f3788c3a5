"""The Family page against a real vault: needs, contacts, people, close/reopen, saving."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from desktop_app.core import models as m
from desktop_app.core.errors import UserFacingError
from desktop_app.gui.family_page import FamilyPage
from desktop_app.vault.services import VaultServices
from tests.helpers.qt import visible_texts
from tests.helpers.vaults import TODAY, add_family, vault_services


@pytest.fixture
def services(tmp_path: Path) -> Iterator[VaultServices]:
    with vault_services(tmp_path / "vault", households=5) as opened:
        yield opened


@pytest.fixture
def family(services: VaultServices) -> m.HouseholdAggregate:
    return add_family(
        services,
        alias="Haddad",
        needs=(
            m.Need(m.NeedCategory.SCHOOL_UNIFORM, identified_on=TODAY - timedelta(days=20)),
            m.Need(m.NeedCategory.HOUSING, note="Temporary hotel", identified_on=TODAY),
        ),
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
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
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


def test_add_a_person_with_birth_year_checks(page: FamilyPage, services, family) -> None:
    ui = page.ui
    ui.role_combo.setCurrentIndex(ui.role_combo.findData(m.Role.CHILD))
    ui.given_name_edit.setText("Rami")
    ui.birth_year_edit.setText("2031")
    assert not page.add_person()
    assert "future" in ui.birth_year_message.text()
    ui.birth_year_edit.setText("1980")
    assert not page.add_person()
    assert "adult" in ui.birth_year_message.text()
    ui.role_combo.setCurrentIndex(ui.role_combo.findData(m.Role.CAREGIVER))
    assert ui.birth_year_message.isHidden()  # a caregiver born in 1980 is fine
    ui.role_combo.setCurrentIndex(ui.role_combo.findData(m.Role.CHILD))
    ui.birth_year_edit.setText("2017")
    assert page.add_person()
    people = services.households.get(family.household.id).people
    assert [(p.role, p.given_name, p.birth_year) for p in people][-1] == (
        m.Role.CHILD,
        "Rami",
        2017,
    )
    assert _table(ui.people_table)[-1][:3] == ["Child", "Rami", "2017"]


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


def test_close_with_a_reason_then_reopen(qtbot, page: FamilyPage, services, family) -> None:
    ui = page.ui
    assert ui.close_frame.isHidden()
    qtbot.mouseClick(ui.close_case_button, Qt.MouseButton.LeftButton)
    assert not ui.close_frame.isHidden()
    ui.close_reason_combo.setCurrentIndex(ui.close_reason_combo.findData(m.ClosedReason.MOVED_AWAY))
    qtbot.mouseClick(ui.confirm_close_button, Qt.MouseButton.LeftButton)
    household = services.households.get(family.household.id).household
    assert household.status is m.HouseholdStatus.CLOSED
    assert household.closed_reason is m.ClosedReason.MOVED_AWAY
    assert household.closed_on == TODAY
    assert "Moved away" in ui.summary_label.text()
    assert ui.close_case_button.isHidden()
    assert not ui.reopen_button.isHidden()
    qtbot.mouseClick(ui.reopen_button, Qt.MouseButton.LeftButton)
    household = services.households.get(family.household.id).household
    assert household.status is m.HouseholdStatus.OPEN
    assert household.closed_reason is None
    assert page.feedback() == "Saved. The case is open again."


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
    for table in (page.ui.needs_table, page.ui.people_table, page.ui.notes_table):
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
