"""The follow-up dialog: about a need or referral, checks, rescheduling, drafts, the window."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from desktop_app.app import GuiOptions, GuiSession, build_session
from desktop_app.core import models as m
from desktop_app.core.preferences import Preferences
from desktop_app.gui.contact_dialog import ContactDialog
from desktop_app.gui.follow_up_dialog import FollowUpDialog
from desktop_app.vault.keyslots import Backoff
from desktop_app.vault.services import VaultServices
from desktop_app.vault.vault import Vault
from tests.gui.test_contact_dialog import PASSPHRASE, USER, make_family, unlock_by_keyboard
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
def family(services: VaultServices) -> m.HouseholdAggregate:
    stored = make_family(
        services,
        joined=TODAY - timedelta(days=20),
        needs=(
            m.Need(m.NeedCategory.FOOD, identified_on=TODAY),
            m.Need(m.NeedCategory.HOUSING, identified_on=TODAY),
        ),
    )
    service = services.services.add(m.Service("Brackenford Food Bank"))
    services.referrals.add(
        m.Referral(
            need_id=stored.needs[0].id or 0,
            service_id=service.id or 0,
            consent_to_share=True,
            status=m.ReferralStatus.REFERRED,
            referred_on=TODAY,
            household_id=stored.household.id,
        )
    )
    again = services.households.get(stored.household.id or 0)
    assert again is not None
    return again


def open_dialog(qtbot, services, family, **kwargs) -> FollowUpDialog:
    dialog = FollowUpDialog(services, family, today=lambda: TODAY, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _choose(dialog: FollowUpDialog, text: str) -> None:
    combo = dialog.ui.about_combo
    index = next(i for i in range(combo.count()) if text in combo.itemText(i))
    combo.setCurrentIndex(index)


def test_about_a_referral_suggests_words_and_is_recorded_as_such(qtbot, services, family):
    dialog = open_dialog(qtbot, services, family)
    combo = dialog.ui.about_combo
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert texts[0] == "The family in general"
    assert "Need: Food (Referred)" in texts
    assert "Need: Housing (Identified)" in texts
    assert any(t.startswith("Referral: \u2068Brackenford Food Bank\u2069 for Food") for t in texts)
    _choose(dialog, "Referral:")
    assert dialog.ui.what_edit.text() == (
        "Check how the referral to \u2068Brackenford Food Bank\u2069 went"
    )
    # The person's own words are never replaced by a suggestion.
    dialog.ui.what_edit.setText("Ask whether the food bank called back")
    _choose(dialog, "Need: Housing")
    assert dialog.ui.what_edit.text() == "Ask whether the food bank called back"
    _choose(dialog, "Referral:")
    with qtbot.waitSignal(dialog.saved, timeout=1000):
        assert dialog.save()
    [stored] = services.follow_ups.list_for_household(family.household.id or 0)
    assert stored.source is m.FollowUpSource.REFERRAL
    assert stored.referral_id == family.referrals[0].id
    assert stored.need_id is None
    assert stored.due_on == TODAY + timedelta(days=7)
    assert stored.what == "Ask whether the food bank called back"


def test_about_a_need_or_in_general(qtbot, services, family):
    hid = family.household.id or 0
    dialog = open_dialog(qtbot, services, family, about=f"need:{family.needs[1].id}")
    assert dialog.ui.about_combo.currentText() == "Need: Housing (Identified)"
    assert dialog.ui.what_edit.text() == "Check how things are going with: Housing"
    assert not dialog.is_dirty()  # a suggestion is not something typed
    assert dialog.save()
    general = open_dialog(qtbot, services, services.households.get(hid))
    general.ui.what_edit.setText("Invite to the coffee morning")
    assert general.save()
    stored = {f.what: f for f in services.follow_ups.list_for_household(hid)}
    need = stored["Check how things are going with: Housing"]
    assert (need.source, need.need_id, need.referral_id) == (
        m.FollowUpSource.MANUAL,
        family.needs[1].id,
        None,
    )
    plain = stored["Invite to the coffee morning"]
    assert (plain.source, plain.need_id, plain.referral_id) == (m.FollowUpSource.MANUAL, None, None)


def test_words_are_needed_and_the_date_is_not_in_the_past(qtbot, services, family):
    dialog = open_dialog(qtbot, services, family)
    dialog.ui.due_edit.setDate(QDate(TODAY.year, TODAY.month, TODAY.day).addDays(-1))
    assert not dialog.save()
    assert dialog.what_check.message() == "This field is needed. Please fill it in."
    assert not dialog.ui.due_message.isHidden()
    dialog.ui.what_edit.setText("x" * 161)
    assert not dialog.save()
    assert "160 characters" in dialog.what_check.message()
    assert services.follow_ups.list_for_household(family.household.id or 0) == []


def test_reschedule_keeps_what_created_it(qtbot, services, family):
    hid = family.household.id or 0
    item = services.follow_ups.add(
        hid, m.FollowUp("Next contact", TODAY + timedelta(days=1), source=m.FollowUpSource.CONTACT)
    )
    dialog = open_dialog(qtbot, services, services.households.get(hid), follow_up=item)
    assert dialog.windowTitle() == "Reschedule a follow-up"
    assert dialog.focusWidget() is dialog.ui.due_edit
    assert not dialog.is_dirty()
    dialog.ui.due_edit.setDate(QDate(2026, 11, 20))
    assert dialog.is_dirty()
    assert dialog.save()
    moved = services.follow_ups.get(item.id or 0)
    assert moved is not None
    assert (moved.due_on, moved.source, moved.what) == (
        date(2026, 11, 20),
        m.FollowUpSource.CONTACT,
        "Next contact",
    )


def test_an_unsaved_follow_up_round_trips_as_a_draft(qtbot, services, family):
    dialog = open_dialog(qtbot, services, family)
    assert dialog.collect_draft() is None
    _choose(dialog, "Need: Food")
    dialog.ui.what_edit.setText("Food bank voucher")
    draft = dialog.collect_draft()
    assert draft is not None
    assert draft.kind == "follow_up_form"
    again = FollowUpDialog.from_draft(services, draft, today=lambda: TODAY)
    assert again is not None
    qtbot.addWidget(again)
    assert again.collect_state() == dialog.collect_state()
    # A draft whose family was erased is dropped, not reopened.
    services.drafts.save(draft)
    services.households.erase(family.household.id or 0)
    assert FollowUpDialog.from_draft(services, draft) is None
    assert services.drafts.saved() == []


# ------------------------------------------------------------------ in the window
@pytest.fixture
def gui(qtbot, tmp_path: Path) -> Iterator[GuiSession]:
    folder = tmp_path / "vault"
    vault, _code = Vault.create(folder, USER, PASSPHRASE)
    services = VaultServices.from_vault(vault)
    today = date.today()
    stored = make_family(
        services,
        joined=today - timedelta(days=30),
        contacts=(
            m.Contact(m.ContactKind.HOME_VISIT, today - timedelta(days=3), staff_member=USER),
        ),
    )
    services.follow_ups.add(
        stored.household.id or 0, m.FollowUp("Bring the uniform voucher", today + timedelta(days=2))
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


def test_reschedule_from_today_in_the_window(qtbot, gui: GuiSession):
    unlock_by_keyboard(qtbot, gui)
    casework = gui.casework
    today_page = casework.today
    due = today_page.ui.due_list
    assert "Bring the uniform voucher" in due.item(0).text()
    due.setFocus()
    due.setCurrentRow(0)
    qtbot.mouseClick(today_page.ui.reschedule_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(casework.visits.open_dialogs) == 1)
    dialog = casework.visits.open_dialogs[0]
    assert isinstance(dialog, FollowUpDialog)
    later = date.today() + timedelta(days=14)
    dialog.ui.due_edit.setDate(QDate(later.year, later.month, later.day))
    with qtbot.waitSignal(today_page.refreshed, timeout=2000):
        assert dialog.save()
    assert due.item(0).text() == "Nothing due in the next seven days."
    assert today_page.feedback().startswith("Saved: follow-up due")
    hid = gui.session.services.households.list_page(0, 1)[0].id
    [item] = gui.session.services.follow_ups.list_for_household(hid)
    assert item.due_on == later
