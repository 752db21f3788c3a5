"""The "Log a contact" dialog: defaults, warnings, one-transaction saves, keyboard, locks."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QLabel

from desktop_app.app import GuiOptions, GuiSession, build_session
from desktop_app.core import models as m
from desktop_app.core.contact_form import ContactFormState
from desktop_app.core.errors import UserFacingError
from desktop_app.core.preferences import Preferences
from desktop_app.gui.contact_dialog import ContactDialog
from desktop_app.gui.follow_up_dialog import FollowUpDialog
from desktop_app.vault.keyslots import Backoff
from desktop_app.vault.repositories import FollowUpRepository
from desktop_app.vault.services import VaultServices
from desktop_app.vault.vault import Vault
from tests.helpers.vaults import TODAY, consent_to_everything, vault_services

USER = "Amina K"
PASSPHRASE = "lantern orchard whistle seventeen"
TIMEOUT = 30_000


def make_family(
    services: VaultServices,
    *,
    joined: date,
    alias: str = "Haddad",
    language: str = "ar",
    override: int | None = None,
    contacts: tuple[m.Contact, ...] = (),
    needs: tuple[m.Need, ...] = (),
    worker: str = "",
) -> m.HouseholdAggregate:
    """A household recorded on ``joined`` (the visit rhythm starts then)."""
    created = datetime(joined.year, joined.month, joined.day, 9, tzinfo=UTC)
    return services.households.create(
        m.HouseholdAggregate(
            household=m.Household(
                reference="",
                alias=alias,
                preferred_language=language,
                interpreter_language=language,
                key_contact="Ms Patel",
                visit_cadence_days=override,
                assigned_worker=worker,
                created_at=created,
                updated_at=created,
            ),
            people=(m.Person(m.Role.CAREGIVER, given_name="Amal"),),
            needs=needs,
            contacts=contacts,
            consents=consent_to_everything(services),
        )
    )


@pytest.fixture(autouse=True)
def never_ask(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing a typed-in dialog at teardown must never wait on a question."""
    monkeypatch.setattr(ContactDialog, "ask_discard", classmethod(lambda cls, parent: True))
    monkeypatch.setattr(FollowUpDialog, "ask_discard", classmethod(lambda cls, parent: True))


@pytest.fixture
def services(tmp_path: Path) -> Iterator[VaultServices]:
    with vault_services(tmp_path / "vault") as opened:
        yield opened


def open_dialog(qtbot, services, family, today=TODAY) -> ContactDialog:
    dialog = ContactDialog(services, family, today=lambda: today)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


# ------------------------------------------------------------------ defaults
def test_defaults_today_the_familys_language_and_next_due_from_the_rhythm(qtbot, services):
    new = make_family(services, joined=TODAY - timedelta(days=10), language="ti")
    dialog = open_dialog(qtbot, services, new)
    ui = dialog.ui
    assert _pydate(ui.date_edit.date()) == TODAY
    assert ui.language_combo.currentData() == "ti"
    assert "ትግርኛ" in ui.language_combo.currentText()  # the name in its own script
    assert "(the family's language)" in ui.language_combo.currentText()
    assert ui.kind_combo.currentData() == m.ContactKind.HOME_VISIT.value
    assert ui.next_due_check.isChecked()
    # Joined ten days ago: the first three months, a visit every fortnight.
    assert _pydate(ui.next_due_edit.date()) == TODAY + timedelta(days=14)
    assert "every 14 days" in ui.rhythm_label.text()
    assert ui.duration_spin.value() == 0
    assert ui.duration_spin.text() == "Not recorded"
    assert not ui.follow_up_group.isChecked()
    assert not dialog.is_dirty()
    assert dialog.collect_draft() is None  # nothing typed: nothing to keep on lock
    # The window title never names the family; the label inside does.
    assert dialog.windowTitle() == "Log a contact"
    assert new.household.reference in ui.family_label.text()


def test_next_due_follows_a_settled_family_and_its_own_rhythm(qtbot, services):
    settled = make_family(services, joined=TODAY - timedelta(days=400))
    dialog = open_dialog(qtbot, services, settled)
    assert _pydate(dialog.ui.next_due_edit.date()) == TODAY + timedelta(days=30)
    # Moving the contact's date moves the proposal, until the person changes it.
    dialog.ui.date_edit.setDate(QDate(TODAY.year, TODAY.month, TODAY.day).addDays(-3))
    assert _pydate(dialog.ui.next_due_edit.date()) == TODAY + timedelta(days=27)
    dialog.ui.next_due_edit.setDate(QDate(2027, 1, 5))
    dialog.ui.date_edit.setDate(QDate(TODAY.year, TODAY.month, TODAY.day))
    assert _pydate(dialog.ui.next_due_edit.date()) == date(2027, 1, 5)
    own = make_family(services, joined=TODAY - timedelta(days=400), override=21, alias="Own")
    other = open_dialog(qtbot, services, own)
    assert _pydate(other.ui.next_due_edit.date()) == TODAY + timedelta(days=21)
    assert "own rhythm" in other.ui.rhythm_label.text()


def test_the_last_qualified_interpreter_is_offered_again_but_never_a_child(qtbot, services):
    booked = make_family(
        services,
        joined=TODAY - timedelta(days=40),
        contacts=(
            m.Contact(
                m.ContactKind.CHECK_IN_CALL,
                TODAY - timedelta(days=20),
                interpreter_mode=m.InterpreterMode.QUALIFIED_PHONE,
                interpreter_name="Brackenford Language Line",
            ),
        ),
    )
    ui = open_dialog(qtbot, services, booked).ui
    assert ui.interpreter_combo.currentData() == m.InterpreterMode.QUALIFIED_PHONE.value
    assert ui.interpreter_name_edit.text() == "Brackenford Language Line"
    assert ui.kind_combo.currentData() == m.ContactKind.CHECK_IN_CALL.value
    child = make_family(
        services,
        joined=TODAY - timedelta(days=40),
        alias="Other",
        contacts=(
            m.Contact(
                m.ContactKind.HOME_VISIT,
                TODAY - timedelta(days=5),
                interpreter_mode=m.InterpreterMode.CHILD,
            ),
        ),
    )
    ui = open_dialog(qtbot, services, child).ui
    assert ui.interpreter_combo.currentData() == m.InterpreterMode.NONE.value
    assert not ui.interpreter_name_edit.isEnabled()


def test_a_child_interpreting_shows_the_gentle_warning_and_is_recorded(qtbot, services):
    family = make_family(services, joined=TODAY - timedelta(days=30))
    dialog = open_dialog(qtbot, services, family)
    ui = dialog.ui
    assert ui.child_warning_label.isHidden()
    ui.interpreter_combo.setCurrentIndex(ui.interpreter_combo.findData("child"))
    assert not ui.child_warning_label.isHidden()
    assert ui.child_warning_label.text().startswith("A child is interpreting.")
    assert "qualified interpreter" in ui.child_warning_label.text()
    assert dialog.save()
    stored = services.contacts.timeline(family.household.id or 0)
    assert stored[0].interpreter_mode is m.InterpreterMode.CHILD
    # A qualified interpreter needs a name or agency, like the intake asks.
    again = open_dialog(qtbot, services, services.households.get(family.household.id or 0))
    combo = again.ui.interpreter_combo
    combo.setCurrentIndex(combo.findData(m.InterpreterMode.QUALIFIED_VIDEO.value))
    assert again.ui.child_warning_label.isHidden()
    assert not again.save()
    assert again.interpreter_check.message() == (
        "Write the qualified interpreter's name or their agency."
    )


def test_note_limit_and_future_date_are_refused_inline(qtbot, services):
    family = make_family(services, joined=TODAY - timedelta(days=30))
    dialog = open_dialog(qtbot, services, family)
    ui = dialog.ui
    qtbot.keyClicks(ui.note_edit, "Short")
    assert "Record only what is needed" in ui.note_reminder.text()
    assert "5/500" in ui.note_reminder.text()
    ui.note_edit.setPlainText("x" * 501)
    ui.next_due_edit.setDate(QDate(TODAY.year, TODAY.month, TODAY.day).addDays(-1))
    assert not dialog.save()
    assert "500 characters (it has 501)" in ui.note_message.text()
    assert not ui.next_due_message.isHidden()
    assert "Not saved" in ui.save_message_label.text()
    assert services.contacts.timeline(family.household.id or 0) == []
    # The date cannot be moved past today at all.
    ui.date_edit.setDate(QDate(TODAY.year, TODAY.month, TODAY.day).addDays(3))
    assert _pydate(ui.date_edit.date()) == TODAY


# ------------------------------------------------------------------ saving
def test_contact_and_follow_up_save_in_one_transaction(qtbot, services):
    family = make_family(
        services,
        joined=TODAY - timedelta(days=30),
        needs=(m.Need(m.NeedCategory.SCHOOL_UNIFORM, identified_on=TODAY),),
    )
    hid = family.household.id or 0
    dialog = open_dialog(qtbot, services, family)
    ui = dialog.ui
    # The family's open need is offered first.
    assert ui.topics_list.item(0).data(Qt.ItemDataRole.UserRole) == "school_uniform"
    ui.topics_list.item(0).setCheckState(Qt.CheckState.Checked)
    ui.duration_spin.setValue(40)
    ui.note_edit.setPlainText("Uniform grant form filled in together")
    ui.follow_up_group.setChecked(True)
    ui.follow_up_what_edit.setText("Bring the voucher")
    with qtbot.waitSignal(dialog.saved, timeout=2000) as saved:
        assert dialog.save()
    contact = saved.args[0]
    assert contact.id is not None
    stored = services.contacts.timeline(hid)[0]
    assert stored.topics == (m.NeedCategory.SCHOOL_UNIFORM,)
    assert stored.duration_minutes == 40
    assert stored.language == "ar"
    assert stored.staff_member == "Staff"
    assert stored.next_contact_due == TODAY + timedelta(days=14)
    follow_ups = services.follow_ups.list_for_household(hid)
    assert [(f.what, f.due_on, f.source) for f in follow_ups] == [
        ("Bring the voucher", TODAY + timedelta(days=7), m.FollowUpSource.CONTACT)
    ]
    assert not dialog.isVisible()
    assert "Saved: Home visit" in dialog.saved_message()


def test_a_failing_follow_up_saves_nothing_and_says_not_saved(qtbot, services, monkeypatch):
    family = make_family(services, joined=TODAY - timedelta(days=30))
    hid = family.household.id or 0

    def refuse(self, household_id, follow_up):
        services.contacts.timeline(household_id)  # the contact is in, uncommitted
        raise UserFacingError("The disk is full.", hint="Free some space and try again.")

    monkeypatch.setattr(FollowUpRepository, "add", refuse)
    dialog = open_dialog(qtbot, services, family)
    dialog.ui.note_edit.setPlainText("Visit went well")
    dialog.ui.follow_up_group.setChecked(True)
    dialog.ui.follow_up_what_edit.setText("Call the school")
    emitted: list[object] = []
    dialog.saved.connect(emitted.append)
    assert not dialog.save()
    assert emitted == []
    assert dialog.isVisible()
    assert dialog.ui.save_message_label.text() == (
        "Not saved. The disk is full. Free some space and try again."
    )
    assert services.contacts.timeline(hid) == []  # rolled back with the follow-up
    assert dialog.ui.note_edit.toPlainText() == "Visit went well"  # nothing typed is lost


def test_a_follow_up_needs_words_and_a_date_from_today(qtbot, services):
    family = make_family(services, joined=TODAY - timedelta(days=30))
    dialog = open_dialog(qtbot, services, family)
    ui = dialog.ui
    ui.follow_up_group.setChecked(True)
    ui.follow_up_due_edit.setDate(QDate(TODAY.year, TODAY.month, TODAY.day).addDays(-1))
    assert not dialog.save()
    assert ui.follow_up_what_message.text() == "This field is needed. Please fill it in."
    assert not ui.follow_up_due_message.isHidden()
    assert services.contacts.timeline(family.household.id or 0) == []


def test_escape_asks_before_throwing_typed_work_away(qtbot, services, monkeypatch):
    family = make_family(services, joined=TODAY - timedelta(days=30))
    answers: list[bool] = [False, True]
    asked: list[int] = []

    def ask(cls, parent):
        asked.append(1)
        return answers.pop(0)

    monkeypatch.setattr(ContactDialog, "ask_discard", classmethod(ask))
    dialog = open_dialog(qtbot, services, family)
    qtbot.keyClicks(dialog.ui.note_edit, "Half a note")
    qtbot.keyClick(dialog.ui.note_edit, Qt.Key.Key_Escape)
    assert asked == [1]
    assert dialog.isVisible()  # "no": still open, still typed
    assert dialog.ui.note_edit.toPlainText() == "Half a note"
    qtbot.keyClick(dialog.ui.note_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    # Nothing typed: Esc closes at once.
    untouched = open_dialog(qtbot, services, family)
    qtbot.keyClick(untouched.ui.kind_combo, Qt.Key.Key_Escape)
    assert not untouched.isVisible()
    assert asked == [1, 1]


def test_every_field_has_a_label_and_mnemonics_are_unique(qtbot, services):
    family = make_family(services, joined=TODAY - timedelta(days=30))
    dialog = open_dialog(qtbot, services, family)
    ui = dialog.ui
    for field in (
        ui.kind_combo,
        ui.date_edit,
        ui.duration_spin,
        ui.language_combo,
        ui.interpreter_combo,
        ui.interpreter_name_edit,
        ui.topics_list,
        ui.note_edit,
        ui.next_due_edit,
        ui.follow_up_what_edit,
        ui.follow_up_due_edit,
    ):
        assert field.accessibleName(), field.objectName()
        assert any(lbl.buddy() is field for lbl in dialog.findChildren(QLabel)) or (
            field is ui.next_due_edit
        ), field.objectName()
    texts = [lbl.text() for lbl in dialog.findChildren(QLabel) if lbl.buddy() is not None]
    texts += [ui.next_due_check.text(), ui.follow_up_group.title()]
    texts += [b.text() for b in ui.button_box.buttons()]
    keys = [t[t.index("&") + 1].lower() for t in texts if "&" in t]
    assert len(keys) == len(texts)
    assert len(set(keys)) == len(keys), keys
    # Large targets on small touch laptops.
    assert ui.kind_combo.minimumHeight() >= int(dialog.fontMetrics().height() * 2)


def test_the_form_state_round_trips_as_a_draft(qtbot, services):
    family = make_family(services, joined=TODAY - timedelta(days=30))
    dialog = open_dialog(qtbot, services, family)
    ui = dialog.ui
    ui.kind_combo.setCurrentIndex(ui.kind_combo.findData("check_in_call"))
    ui.topics_list.item(2).setCheckState(Qt.CheckState.Checked)
    ui.note_edit.setPlainText("Called about the bus pass")
    ui.follow_up_group.setChecked(True)
    ui.follow_up_what_edit.setText("Send the form")
    draft = dialog.collect_draft()
    assert draft is not None
    assert draft.kind == "contact_form"
    assert draft.key == str(family.household.id)
    state = ContactFormState.from_payload(draft.payload)
    assert state == dialog.collect_state()
    again = ContactDialog.from_draft(services, draft, today=lambda: TODAY)
    assert again is not None
    qtbot.addWidget(again)
    assert again.collect_state() == state
    with pytest.raises(ValueError, match="contact draft"):
        ContactFormState.from_payload(b'{"kind": "home_visit"}')


# ------------------------------------------------------------------ in the window
@pytest.fixture
def gui(qtbot, tmp_path: Path) -> Iterator[GuiSession]:
    folder = tmp_path / "vault"
    vault, _code = Vault.create(folder, USER, PASSPHRASE)
    services = VaultServices.from_vault(vault)
    today = date.today()
    make_family(
        services,
        joined=today - timedelta(days=30),
        alias="Haddad",
        needs=(m.Need(m.NeedCategory.SCHOOL_UNIFORM, identified_on=today),),
        contacts=(
            m.Contact(m.ContactKind.CHECK_IN_CALL, today - timedelta(days=20), staff_member=USER),
        ),
    )
    vault.close()
    started = build_session(
        GuiOptions(language=None, vault_dir=folder),
        Preferences(),
        backoff=Backoff(free_attempts=100),
    )
    qtbot.addWidget(started.window)
    yield started
    started.close()


def unlock_by_keyboard(qtbot, gui: GuiSession) -> None:
    dialog = gui.session.unlock_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.ui.passphrase_edit, PASSPHRASE)
    with qtbot.waitSignal(gui.session.unlocked, timeout=TIMEOUT):
        qtbot.keyClick(dialog.ui.passphrase_edit, Qt.Key.Key_Return)


def focused():
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def tab_to(qtbot, target, limit: int = 30) -> None:
    for _ in range(limit):
        if QApplication.focusWidget() is target:
            return
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.objectName()}")


def test_log_a_home_visit_from_today_with_the_keyboard_only(qtbot, gui: GuiSession):
    unlock_by_keyboard(qtbot, gui)
    window, casework = gui.window, gui.casework
    today_page = casework.today
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.current_section() == 0  # Today
    planned = today_page.ui.planned_list
    assert "Haddad" in planned.item(0).text()  # overdue: the fortnight passed
    assert "(overdue)" in planned.item(0).text()
    today_page.ui.worker_combo.setFocus()
    tab_to(qtbot, planned)
    qtbot.keyClick(planned, Qt.Key.Key_Down)
    assert today_page.selected_household() is not None
    assert "Ctrl+Shift+L" in casework.visits.log_contact_action.toolTip()
    assert casework.visits.log_contact_action in window.ui.file_menu.actions()
    qtbot.keyClick(
        planned,
        Qt.Key.Key_L,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: len(casework.visits.open_dialogs) == 1)
    dialog = casework.visits.open_dialogs[0]
    assert isinstance(dialog, ContactDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    ui = dialog.ui
    assert focused() is ui.kind_combo
    assert ui.kind_combo.currentData() == "check_in_call"  # the last contact's kind
    qtbot.keyClick(ui.kind_combo, Qt.Key.Key_H)  # "Home visit"
    assert ui.kind_combo.currentData() == "home_visit"
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # the date: today, as it should be
    assert focused() is ui.date_edit
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is ui.duration_spin
    qtbot.keyClicks(ui.duration_spin, "45")
    tab_to(qtbot, ui.topics_list)  # language and interpreter keep their defaults
    qtbot.keyClick(ui.topics_list, Qt.Key.Key_Space)  # the open need, listed first
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is ui.note_edit
    qtbot.keyClicks(ui.note_edit, "Uniform grant form filled in together")
    qtbot.keyClick(ui.note_edit, Qt.Key.Key_Tab)
    assert focused() is ui.next_due_check  # Tab leaves the note, it types no tab
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    services = gui.session.services
    hid = services.households.list_page(0, 1)[0].id
    visit = services.contacts.timeline(hid)[0]
    today = date.today()
    assert visit.kind is m.ContactKind.HOME_VISIT
    assert visit.contact_on == today
    assert visit.duration_minutes == 45
    assert visit.topics == (m.NeedCategory.SCHOOL_UNIFORM,)
    assert visit.note == "Uniform grant form filled in together"
    assert visit.staff_member == USER
    assert visit.next_contact_due == today + timedelta(days=14)
    qtbot.waitUntil(lambda: not casework.visits.open_dialogs)
    # Today now shows the next visit in a fortnight, not an overdue one.
    assert "(overdue)" not in " ".join(planned.item(i).text() for i in range(planned.count()))
    status = window.ui.status_bar.currentMessage()
    assert status.startswith("Saved: Home visit on")
    # The status bar stays on screen (even behind the lock cover): no family in it.
    reference = services.households.list_page(0, 1)[0].reference
    assert reference not in status
    assert "Haddad" not in status
    assert window.windowTitle() == "Hearth"


def test_an_open_contact_dialog_survives_auto_lock(qtbot, gui: GuiSession):
    unlock_by_keyboard(qtbot, gui)
    visits = gui.casework.visits
    services = gui.session.services
    hid = services.households.list_page(0, 1)[0].id
    dialog = visits.open_contact_dialog(hid)
    assert dialog is not None
    dialog.ui.kind_combo.setCurrentIndex(dialog.ui.kind_combo.findData("home_visit"))
    qtbot.keyClicks(dialog.ui.note_edit, "Talked about the bus pass")
    dialog.ui.follow_up_group.setChecked(True)
    dialog.ui.follow_up_what_edit.setText("Send the bus pass form")

    gui.session.idle_watcher.idle.emit()  # what the idle timer does
    assert not gui.session.is_unlocked()
    qtbot.waitUntil(lambda: not visits.open_dialogs)
    visible = [w for w in QApplication.topLevelWidgets() if isinstance(w, ContactDialog)]
    assert not any(w.isVisible() for w in visible)

    unlock_by_keyboard(qtbot, gui)
    qtbot.waitUntil(lambda: len(visits.open_dialogs) == 1)
    back = visits.open_dialogs[0]
    assert isinstance(back, ContactDialog)
    assert back.household_id == hid
    assert back.ui.note_edit.toPlainText() == "Talked about the bus pass"
    assert back.ui.follow_up_group.isChecked()
    assert back.ui.follow_up_what_edit.text() == "Send the bus pass form"
    services = gui.session.services
    assert [d.kind for d in services.drafts.saved()] == ["contact_form"]
    assert back.save()
    assert services.drafts.saved() == []  # saved: the draft goes
    assert services.contacts.timeline(hid)[0].note == "Talked about the bus pass"
