"""The intake wizard driven through its real widgets, saving into a real vault."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from desktop_app.core.consent_notices import load_notice
from desktop_app.core.intake import IntakeState
from desktop_app.core.models import (
    ConsentDecision,
    ConsentMethod,
    ConsentPurpose,
    ContactKind,
    InterpreterMode,
    NeedCategory,
    NeedStatus,
    ReferralStatus,
    Role,
)
from desktop_app.gui.intake_wizard import IntakeWizard
from desktop_app.vault.demo_vault import ensure_demo_directory
from desktop_app.vault.services import VaultServices
from desktop_app.vault.vault import Vault
from tests.helpers.consent import choose_method, decide, everything, sign

TODAY = date(2026, 3, 2)


@pytest.fixture
def services(tmp_path: Path) -> Iterator[VaultServices]:
    vault, _code = Vault.create(tmp_path / "v", "Staff", "a long passphrase 12345")
    session = VaultServices.from_vault(vault)
    ensure_demo_directory(vault.connection, session.audit)
    yield session
    vault.close()


@pytest.fixture
def wizard(qtbot, services: VaultServices) -> IntakeWizard:
    widget = IntakeWizard(services, today=TODAY)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def pick_language(qtbot, wizard: IntakeWizard, search: str) -> None:
    wizard.ui.language_filter_edit.clear()
    if search.isascii():
        qtbot.keyClicks(wizard.ui.language_filter_edit, search)
    else:  # QTest types Latin-1 only; other scripts arrive as an input method would
        wizard.ui.language_filter_edit.insert(search)
    qtbot.keyClick(wizard.ui.language_filter_edit, Qt.Key.Key_Return)


def set_interpreter(wizard: IntakeWizard, mode: InterpreterMode, name: str = "") -> None:
    combo = wizard.ui.interpreter_combo
    combo.setCurrentIndex(combo.findData(mode.value))
    wizard.ui.interpreter_name_edit.setText(name)


def give_consent(qtbot, wizard: IntakeWizard, *, sharing: bool = True) -> None:
    """Every purpose agreed (sharing as asked); signed on screen without an interpreter."""
    step = wizard.consent_page.step
    decide(step, everything(but={ConsentPurpose.REFERRAL_SHARING: sharing}))
    if step.interpreter_mode() is InterpreterMode.NONE:
        choose_method(step, ConsentMethod.SIGNED_ON_SCREEN)
        sign(qtbot, step.ui.signature_pad)
    assert wizard.consent_page.isComplete()


def click_next(qtbot, wizard: IntakeWizard) -> None:
    button = wizard.button(
        QWizard.WizardButton.CommitButton
        if wizard.currentId() == IntakeWizard.PAGE_SUMMARY
        else QWizard.WizardButton.NextButton
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_back(qtbot, wizard: IntakeWizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)


def add_child(qtbot, wizard: IntakeWizard, *, name: str, birth_year: str, year_group: str) -> None:
    qtbot.mouseClick(wizard.ui.add_child_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(wizard.ui.given_name_edit, name)
    qtbot.keyClicks(wizard.ui.birth_year_edit, birth_year)
    qtbot.keyClicks(wizard.ui.school_year_edit, year_group)
    english = wizard.ui.english_combo
    english.setCurrentIndex(english.findData("A"))
    english.activated.emit(english.currentIndex())


def tick_need(wizard: IntakeWizard, category: NeedCategory, note: str = "") -> None:
    check, edit, _field = wizard._need_rows[category]
    check.setChecked(True)
    edit.setText(note)


def pick_service(qtbot, wizard: IntakeWizard, need_row: int, service_row: int, *, referral: bool):
    wizard.ui.signpost_need_list.setCurrentRow(need_row)
    wizard.ui.service_list.setCurrentRow(service_row)
    radio = wizard.ui.referral_radio if referral else wizard.ui.signpost_radio
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton)
    return wizard.ui.service_list.item(service_row)


def test_complete_intake_with_a_qualified_interpreter(qtbot, wizard, services) -> None:
    pick_language(qtbot, wizard, "arab")
    assert wizard.family_language() == "ar"
    set_interpreter(wizard, InterpreterMode.QUALIFIED_PHONE, "Language Line")
    assert not wizard.ui.child_warning_label.isVisible()
    click_next(qtbot, wizard)
    assert wizard.currentId() == IntakeWizard.PAGE_CONSENT
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    give_consent(qtbot, wizard)
    click_next(qtbot, wizard)
    assert wizard.currentId() == IntakeWizard.PAGE_FAMILY
    qtbot.keyClicks(wizard.ui.alias_edit, "Family A.")
    qtbot.mouseClick(wizard.ui.add_caregiver_button, Qt.MouseButton.LeftButton)
    add_child(qtbot, wizard, name="Lina", birth_year="2017", year_group="Year 4")
    click_next(qtbot, wizard)
    assert wizard.currentId() == IntakeWizard.PAGE_NEEDS
    tick_need(wizard, NeedCategory.FOOD, "asked about a food bank")
    tick_need(wizard, NeedCategory.SCHOOL_UNIFORM)
    click_next(qtbot, wizard)
    assert wizard.currentId() == IntakeWizard.PAGE_SIGNPOSTING
    assert wizard.ui.signpost_need_list.count() == 2
    food_bank = pick_service(qtbot, wizard, 0, 0, referral=True)
    assert food_bank.checkState() == Qt.CheckState.Checked
    pick_service(qtbot, wizard, 1, 0, referral=False)
    click_next(qtbot, wizard)
    assert wizard.currentId() == IntakeWizard.PAGE_SUMMARY
    assert wizard.ui.check_in_edit.date().toPython() == TODAY + timedelta(days=14)
    assert wizard.ui.key_contact_edit.text() == "Staff"  # the staff member, to start with
    wizard.ui.key_contact_edit.setText("Ms Patel")
    summary = wizard.ui.summary_browser.toPlainText()
    assert "Riverside Community Food Bank (referral)" in summary
    with qtbot.waitSignal(wizard.saved) as saved:
        click_next(qtbot, wizard)
    assert wizard.currentId() == IntakeWizard.PAGE_DONE
    stored = saved.args[0]
    assert stored.household.reference in wizard.ui.saved_label.text()

    case = services.households.get(stored.household.id)
    assert case is not None
    household = case.household
    assert (household.alias, household.preferred_language, household.key_contact) == (
        "Family A.",
        "ar",
        "Ms Patel",
    )
    assert household.interpreter_language == "ar"
    assert [p.role for p in case.people] == [Role.CAREGIVER, Role.CHILD]
    child = case.people[1]
    assert (child.given_name, child.birth_year, child.school_year) == ("Lina", 2017, "Year 4")
    assert child.english_proficiency is not None
    assert child.english_proficiency.value == "A"
    statuses = {n.category: n.status for n in case.needs}
    assert statuses == {
        NeedCategory.FOOD: NeedStatus.REFERRED,
        NeedCategory.SCHOOL_UNIFORM: NeedStatus.SIGNPOSTED,
    }
    assert [r.status for r in case.referrals] == [ReferralStatus.REFERRED, ReferralStatus.SUGGESTED]
    assert case.referrals[0].consent_to_share
    (meeting,) = case.contacts
    assert meeting.kind is ContactKind.INTAKE_MEETING
    assert meeting.interpreter_mode is InterpreterMode.QUALIFIED_PHONE
    assert meeting.interpreter_name == "Language Line"
    assert meeting.next_contact_due == TODAY + timedelta(days=14)
    assert [f.due_on for f in case.follow_ups] == [TODAY + timedelta(days=14)]
    decisions = {e.purpose: e.decision for e in case.consents}
    assert decisions == dict.fromkeys(ConsentPurpose, ConsentDecision.GIVEN)
    for event in case.consents:
        # The family was shown the Arabic notice; the event names that exact version.
        assert event.language == "ar"
        assert event.notice_hash == load_notice(event.purpose, "ar").version_hash
        assert event.method is ConsentMethod.VERBAL_VIA_INTERPRETER
        assert event.interpreter_mode is InterpreterMode.QUALIFIED_PHONE
        assert event.interpreter_name == "Language Line"
        assert event.interpreter_language == "ar"
        assert event.review_on == date(TODAY.year + 1, TODAY.month, TODAY.day)
        assert services.consent.signature(event.id) is None
    assert services.drafts.saved("intake") == []


def test_intake_without_an_interpreter(qtbot, wizard, services) -> None:
    pick_language(qtbot, wizard, "English")
    set_interpreter(wizard, InterpreterMode.NONE)
    assert not wizard.ui.interpreter_name_edit.isEnabled()
    click_next(qtbot, wizard)
    give_consent(qtbot, wizard, sharing=False)
    click_next(qtbot, wizard)
    qtbot.mouseClick(wizard.ui.add_caregiver_button, Qt.MouseButton.LeftButton)
    for _step in range(3):  # family → needs → signposting → summary
        click_next(qtbot, wizard)
    assert wizard.currentId() == IntakeWizard.PAGE_SUMMARY
    click_next(qtbot, wizard)
    assert wizard.currentId() == IntakeWizard.PAGE_DONE
    case = services.households.get(wizard.stored.household.id)
    assert case is not None
    assert case.household.interpreter_language is None
    assert case.contacts[0].interpreter_mode is InterpreterMode.NONE
    assert case.needs == ()
    assert {e.purpose: e.decision for e in case.consents}[
        ConsentPurpose.REFERRAL_SHARING
    ] is ConsentDecision.REFUSED


def test_child_interpreting_shows_a_gentle_warning(qtbot, wizard, services) -> None:
    pick_language(qtbot, wizard, "Dari")
    assert wizard.family_language() == "fa-AF"
    set_interpreter(wizard, InterpreterMode.CHILD, "older brother")
    warning = wizard.ui.child_warning_label
    assert warning.isVisible()
    assert "Children should not interpret for their family" in warning.text()
    assert "arrange a qualified interpreter" in warning.text()
    set_interpreter(wizard, InterpreterMode.QUALIFIED_IN_PERSON, "Ms Haidari")
    assert not warning.isVisible()
    set_interpreter(wizard, InterpreterMode.CHILD)
    click_next(qtbot, wizard)  # a child interpreting is recorded, not refused
    give_consent(qtbot, wizard)
    for _step in range(4):
        click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    assert wizard.currentId() == IntakeWizard.PAGE_DONE
    case = services.households.get(wizard.stored.household.id)
    assert case is not None
    assert case.contacts[0].interpreter_mode is InterpreterMode.CHILD


def test_back_and_next_keep_every_value(qtbot, wizard) -> None:
    pick_language(qtbot, wizard, "Українська")
    set_interpreter(wizard, InterpreterMode.QUALIFIED_VIDEO, "Video Interpreting Ltd")
    click_next(qtbot, wizard)
    give_consent(qtbot, wizard)
    click_next(qtbot, wizard)
    qtbot.keyClicks(wizard.ui.alias_edit, "K. family")
    add_child(qtbot, wizard, name="Olena", birth_year="2015", year_group="Year 6")
    click_next(qtbot, wizard)
    tick_need(wizard, NeedCategory.HOUSING, "temporary flat")
    click_next(qtbot, wizard)
    pick_service(qtbot, wizard, 0, 0, referral=False)
    before = wizard.collect_state()
    for _step in range(4):
        click_back(qtbot, wizard)
    assert wizard.currentId() == IntakeWizard.PAGE_LANGUAGE
    assert wizard.family_language() == "uk"
    assert wizard.ui.interpreter_name_edit.text() == "Video Interpreting Ltd"
    for _step in range(4):
        click_next(qtbot, wizard)
    assert wizard.currentId() == IntakeWizard.PAGE_SIGNPOSTING
    assert wizard.ui.alias_edit.text() == "K. family"
    assert wizard.ui.service_list.item(0).checkState() == Qt.CheckState.Checked
    after = wizard.collect_state()
    assert (after.people, after.needs, after.choices) == (
        before.people,
        before.needs,
        before.choices,
    )


def test_closing_mid_way_keeps_a_draft_that_resumes(qtbot, wizard, services) -> None:
    pick_language(qtbot, wizard, "Tigrinya")
    set_interpreter(wizard, InterpreterMode.FAMILY_MEMBER, "uncle")
    click_next(qtbot, wizard)
    give_consent(qtbot, wizard)
    click_next(qtbot, wizard)
    qtbot.keyClicks(wizard.ui.alias_edit, "T. family")
    add_child(qtbot, wizard, name="Selam", birth_year="2019", year_group="Year 1")
    collected = wizard.collect_draft()
    assert collected is not None
    kind, key, payload = collected.kind, collected.key, collected.payload
    assert kind == "intake"
    wizard.close()
    (draft,) = services.drafts.saved("intake")
    assert (draft.key, draft.payload) == (key, payload)

    resumed = IntakeWizard.from_draft(services, draft.key, draft.payload, today=TODAY)
    qtbot.addWidget(resumed)
    resumed.show()
    assert resumed.currentId() == IntakeWizard.PAGE_FAMILY
    assert resumed.family_language() == "ti"
    assert resumed.ui.interpreter_name_edit.text() == "uncle"
    assert resumed.consent_page.keeps_record()
    assert resumed.ui.alias_edit.text() == "T. family"
    assert resumed.ui.people_list.count() == 1
    assert resumed.ui.given_name_edit.text() == "Selam"
    assert resumed.collect_state() == IntakeState.from_payload(payload)


def test_lock_collects_the_draft_and_closes_quietly(qtbot, wizard, services) -> None:
    assert wizard.collect_draft() is None  # nothing typed: nothing to keep
    pick_language(qtbot, wizard, "Soomaali")
    draft = wizard.collect_draft()
    assert draft is not None
    wizard.discard_for_lock()
    assert not wizard.isVisible()
    assert services.drafts.saved("intake") == []  # the session saves it, not the wizard
    opened: list[IntakeWizard] = []
    opener = IntakeWizard.draft_opener(on_open=opened.append)
    opener(services, draft)
    qtbot.addWidget(opened[0])
    assert opened[0].family_language() == "so"


def test_discard_deletes_the_draft(qtbot, wizard, services, monkeypatch) -> None:
    pick_language(qtbot, wizard, "Polski")
    wizard.save_draft()
    assert len(services.drafts.saved("intake")) == 1
    monkeypatch.setattr(IntakeWizard, "ask_discard", classmethod(lambda cls, parent: True))
    wizard.button(QWizard.WizardButton.CustomButton1).click()
    assert services.drafts.saved("intake") == []
    assert not wizard.isVisible()


def test_validation_messages(qtbot, wizard) -> None:
    click_next(qtbot, wizard)
    assert wizard.currentId() == IntakeWizard.PAGE_LANGUAGE
    assert "Pick the family's language" in wizard.ui.language_message_label.text()
    pick_language(qtbot, wizard, "arab")
    assert not wizard.ui.language_message_label.isVisible()
    set_interpreter(wizard, InterpreterMode.QUALIFIED_IN_PERSON, "")
    click_next(qtbot, wizard)
    assert wizard.currentId() == IntakeWizard.PAGE_LANGUAGE
    assert "interpreter's name or their agency" in wizard.ui.interpreter_name_message_label.text()
    wizard.ui.interpreter_name_edit.setText("x" * 81)
    assert "shorten this to 80 characters" in wizard.ui.interpreter_name_message_label.text()
    wizard.ui.interpreter_name_edit.setText("Ms Haddad")
    click_next(qtbot, wizard)
    step = wizard.consent_page.step
    decide(step, {ConsentPurpose.CASE_RECORD: False})
    assert step.ui.message_label.isVisible()
    assert "cannot keep anything" in step.ui.message_label.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    give_consent(qtbot, wizard, sharing=False)
    click_next(qtbot, wizard)
    add_child(qtbot, wizard, name="Sami", birth_year="2031", year_group="Year 2")
    click_next(qtbot, wizard)
    assert wizard.currentId() == IntakeWizard.PAGE_FAMILY
    assert "in the future" in wizard.ui.birth_year_message_label.text()
    wizard.ui.birth_year_edit.setText("1990")
    wizard.ui.birth_year_edit.textEdited.emit("1990")
    click_next(qtbot, wizard)
    assert "would be an adult now" in wizard.ui.birth_year_message_label.text()
    wizard.ui.birth_year_edit.setText("2018")
    wizard.ui.birth_year_edit.textEdited.emit("2018")
    click_next(qtbot, wizard)
    assert wizard.currentId() == IntakeWizard.PAGE_NEEDS
    assert "Record only what is needed" in wizard.ui.needs_reminder_label.text()
    tick_need(wizard, NeedCategory.HOUSING, "n" * 501)
    assert "501/500" in wizard.ui.needs_reminder_label.text()
    click_next(qtbot, wizard)
    assert wizard.currentId() == IntakeWizard.PAGE_NEEDS
    _check, note, field = wizard._need_rows[NeedCategory.HOUSING]
    assert "shorten this to 500 characters" in field.message()
    note.setText("waiting for a council flat")
    click_next(qtbot, wizard)
    # No consent to share: a referral is not offered, and the vault's reason is shown.
    wizard.ui.service_list.setCurrentRow(0)
    assert not wizard.ui.referral_radio.isEnabled()
    assert "consent to share" in wizard.ui.signpost_message_label.text()
    click_next(qtbot, wizard)
    wizard.ui.key_contact_edit.clear()
    click_next(qtbot, wizard)
    assert wizard.currentId() == IntakeWizard.PAGE_SUMMARY
    assert "This field is needed" in wizard.ui.key_contact_message_label.text()
    assert wizard.stored is None


def test_services_are_ordered_language_first(qtbot, wizard) -> None:
    pick_language(qtbot, wizard, "Tigr")
    assert wizard.family_language() == "ti"
    housing = [s.name for s in wizard.services_for(NeedCategory.HOUSING)]
    assert housing[0] == "Settled Homes Tenancy Support"  # the one housing service in Tigrinya
    assert housing[1:] == sorted(housing[1:], key=str.casefold)
    pick_language(qtbot, wizard, "Dari")
    wellbeing = wizard.services_for(NeedCategory.MENTAL_HEALTH_WELLBEING)
    speaks = ["fa-AF" in s.languages for s in wellbeing]
    assert speaks == sorted(speaks, reverse=True)
    assert speaks[0]
    assert not speaks[-1]


def test_language_picker_shows_names_in_their_own_script(qtbot, wizard) -> None:
    texts = [wizard.ui.language_list.item(i).text() for i in range(wizard.ui.language_list.count())]
    assert "العربية · Arabic" in texts
    assert "ትግርኛ · Tigrinya" in texts
    assert "English" in texts
    pick_language(qtbot, wizard, "العرب")
    assert wizard.family_language() == "ar"


def test_remote_channels_need_contact_consent(qtbot, wizard) -> None:
    pick_language(qtbot, wizard, "arab")
    set_interpreter(wizard, InterpreterMode.QUALIFIED_IN_PERSON, "Ms Haddad")
    click_next(qtbot, wizard)
    decide(wizard.consent_page.step, everything(but={ConsentPurpose.CONTACT_CHANNELS: False}))
    click_next(qtbot, wizard)
    assert wizard.currentId() == IntakeWizard.PAGE_FAMILY
    combo = wizard.ui.channel_combo
    model = combo.model()
    offered = {combo.itemData(i): model.item(i).isEnabled() for i in range(combo.count())}
    assert offered["phone"] is offered["sms"] is offered["messaging"] is False
    assert offered["in_person"] is True
    assert "Contact by phone" in model.item(combo.findData("sms")).toolTip()
    # Going back and agreeing offers them again.
    click_back(qtbot, wizard)
    decide(wizard.consent_page.step, {ConsentPurpose.CONTACT_CHANNELS: True})
    click_next(qtbot, wizard)
    assert model.item(combo.findData("sms")).isEnabled()


def _to_family_step(qtbot, wizard: IntakeWizard) -> None:
    pick_language(qtbot, wizard, "arab")
    set_interpreter(wizard, InterpreterMode.QUALIFIED_IN_PERSON, "Ms Haddad")
    click_next(qtbot, wizard)
    give_consent(qtbot, wizard)
    click_next(qtbot, wizard)
    assert wizard.currentId() == IntakeWizard.PAGE_FAMILY


def test_person_validation_matches_the_family_page(qtbot, wizard, services) -> None:
    """The intake and the Family page check a person with the same rules and words."""
    from desktop_app.core.family_edit import StagedPerson
    from desktop_app.core.intake import PersonEntry
    from desktop_app.gui.person_editor import PersonEditor

    _to_family_step(qtbot, wizard)
    ui = wizard.ui
    add_child(qtbot, wizard, name="Sami", birth_year="2012", year_group="Year 5")
    ui.age_band_combo.setCurrentIndex(ui.age_band_combo.findData("5-10"))
    ui.age_band_combo.activated.emit(ui.age_band_combo.currentIndex())
    click_next(qtbot, wizard)
    assert wizard.currentId() == IntakeWizard.PAGE_FAMILY
    band_message = ui.birth_year_message_label.text()
    assert "not in the age band 5-10" in band_message
    assert not ui.birth_year_message_label.isHidden()
    ui.age_band_combo.setCurrentIndex(ui.age_band_combo.findData("11-15"))
    ui.age_band_combo.activated.emit(ui.age_band_combo.currentIndex())
    assert ui.birth_year_message_label.isHidden()  # fixed: the message goes at once
    ui.school_year_edit.setText("Y" * 41)
    ui.school_year_edit.textEdited.emit(ui.school_year_edit.text())
    ui.class_name_edit.setText("C" * 41)
    ui.class_name_edit.textEdited.emit(ui.class_name_edit.text())
    click_next(qtbot, wizard)
    assert wizard.currentId() == IntakeWizard.PAGE_FAMILY
    year_message = ui.school_year_message_label.text()
    assert "shorten this to 40 characters (it has 41)" in year_message
    assert "shorten this to 40 characters" in ui.class_name_message_label.text()
    assert "Check person 1" in ui.people_message_label.text()

    # The same values on the Family page's person editor give the same messages.
    editor = PersonEditor()
    qtbot.addWidget(editor)
    editor.set_today(lambda: TODAY)
    editor.set_people(
        [
            StagedPerson(
                None,
                PersonEntry(role="child", birth_year="2012", age_band="5-10", school_year="Y" * 41),
            )
        ]
    )
    assert not editor.check_all()
    assert editor.ui.birth_year_message_label.text() == band_message
    assert editor.ui.school_year_message_label.text() == year_message

    ui.school_year_edit.setText("Year 5")
    ui.school_year_edit.textEdited.emit("Year 5")
    ui.class_name_edit.setText("5B")
    ui.class_name_edit.textEdited.emit("5B")
    click_next(qtbot, wizard)
    assert wizard.currentId() == IntakeWizard.PAGE_NEEDS
    _check, note, _field = wizard._need_rows[NeedCategory.SCHOOL_UNIFORM]
    assert "sizes" in note.toolTip()  # what to note for this need


def test_household_fields_are_checked_inline(qtbot, wizard) -> None:
    _to_family_step(qtbot, wizard)
    ui = wizard.ui
    ui.alias_edit.setText("A" * 81)
    ui.school_edit.setText("S" * 90)
    click_next(qtbot, wizard)
    assert wizard.currentId() == IntakeWizard.PAGE_FAMILY
    assert "shorten this to 80 characters (it has 81)" in ui.alias_message_label.text()
    assert "it has 90" in ui.school_message_label.text()
    assert ui.alias_edit.accessibleDescription() == ui.alias_message_label.text()
    # The arrival month cannot be in the future.
    ui.arrival_known_check.setChecked(True)
    ui.arrival_month_edit.setDate(ui.arrival_month_edit.date().addMonths(6))
    assert ui.arrival_month_edit.date() <= ui.arrival_month_edit.maximumDate()
    assert ui.arrival_month_edit.maximumDate().toPython() == TODAY
