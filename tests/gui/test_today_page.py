"""The Today page: overdue and due follow-ups, drafts, consent reviews; one click opens."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from desktop_app.core import models as m
from desktop_app.core.demo import demo_consent_notices
from desktop_app.gui.today_page import TodayPage
from desktop_app.vault.services import VaultServices
from tests.helpers.vaults import TODAY, add_family, vault_services


@pytest.fixture
def services(tmp_path: Path) -> Iterator[VaultServices]:
    with vault_services(tmp_path / "vault") as opened:
        yield opened


@pytest.fixture
def page(qtbot, services) -> TodayPage:
    widget = TodayPage(today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _texts(widget) -> list[str]:
    return [widget.item(i).text() for i in range(widget.count())]


def _family(services, alias: str, *follow_ups: m.FollowUp) -> int:
    stored = add_family(services, alias=alias, follow_ups=follow_ups)
    assert stored.household.id is not None
    return stored.household.id


def test_overdue_and_due_this_week(qtbot, page: TodayPage, services) -> None:
    late = _family(services, "Late family", m.FollowUp("Call about uniform", TODAY - timedelta(3)))
    soon = _family(services, "Soon family", m.FollowUp("Home visit", TODAY + timedelta(days=5)))
    _family(services, "Later family", m.FollowUp("Check-in", TODAY + timedelta(days=30)))
    _family(
        services,
        "Done family",
        m.FollowUp("Done already", TODAY - timedelta(days=9), done_on=TODAY - timedelta(days=8)),
    )
    with qtbot.waitSignal(page.refreshed, timeout=1000):
        page.set_services(services)
    ui = page.ui
    assert len(_texts(ui.overdue_list)) == 1
    assert "Late family\u2069 — \u2068Call about uniform\u2069" in _texts(ui.overdue_list)[0]
    assert len(_texts(ui.due_list)) == 1
    assert "Soon family\u2069 — \u2068Home visit\u2069" in _texts(ui.due_list)[0]
    assert ui.overdue_group.title() == "Overdue (1)"
    assert ui.due_group.title() == "Due this week (1)"
    # One click opens the family; so does Enter.
    item = ui.overdue_list.item(0)
    rect = ui.overdue_list.visualItemRect(item)
    with qtbot.waitSignal(page.open_household, timeout=1000) as blocker:
        qtbot.mouseClick(ui.overdue_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [late]
    ui.due_list.setFocus()
    ui.due_list.setCurrentRow(0)
    with qtbot.waitSignal(page.open_household, timeout=1000) as blocker:
        qtbot.keyClick(ui.due_list, Qt.Key.Key_Return)
    assert blocker.args == [soon]


def test_empty_lists_say_so_and_open_nothing(qtbot, page: TodayPage, services) -> None:
    page.set_services(services)
    assert _texts(page.ui.overdue_list) == ["Nothing overdue."]
    assert _texts(page.ui.consent_list) == ["No consent reviews are due."]
    opened: list[int] = []
    page.open_household.connect(opened.append)
    item = page.ui.overdue_list.item(0)
    assert not item.flags() & Qt.ItemFlag.ItemIsEnabled
    page._activate(item)
    assert opened == []


def test_unfinished_intakes_resume(qtbot, page: TodayPage, services) -> None:
    services.drafts.save(m.Draft("intake", "new-7", b"{}"))
    page.set_services(services)
    assert page.ui.drafts_group.title() == "Unfinished intakes (1)"
    with qtbot.waitSignal(page.resume_draft, timeout=1000) as blocker:
        page.ui.drafts_list.setCurrentRow(0)
        qtbot.keyClick(page.ui.drafts_list, Qt.Key.Key_Enter)
    assert blocker.args == ["intake", "new-7"]


def test_consent_reviews_due(qtbot, page: TodayPage, services) -> None:
    notice = demo_consent_notices()[0]
    services.consent.save_notice(notice)
    household_id = _family(services, "Review family")
    services.consent.record(
        household_id,
        m.ConsentEvent(
            purpose=notice.purpose,
            decision=m.ConsentDecision.GIVEN,
            notice_hash=notice.version_hash,
            language=notice.language,
            method=m.ConsentMethod.VERBAL_VIA_INTERPRETER,
            decided_by=m.DecidedBy.CAREGIVER,
            staff_member="Staff",
            review_on=TODAY - timedelta(days=1),
        ),
    )
    page.set_services(services)
    texts = _texts(page.ui.consent_list)
    assert len(texts) == 1
    assert "Review family" in texts[0]
    with qtbot.waitSignal(page.open_household, timeout=1000) as blocker:
        page._activate(page.ui.consent_list.item(0))
    assert blocker.args == [household_id]


def test_locking_empties_every_list(page: TodayPage, services) -> None:
    _family(services, "Late family", m.FollowUp("Call", TODAY - timedelta(days=3)))
    page.set_services(services)
    assert page.ui.overdue_list.count() == 1
    page.set_services(None)
    assert all(widget.count() == 0 for widget in page.lists())
    assert page.ui.date_label.text() == ""
    assert page.ui.overdue_group.title() == "Overdue (0)"


def test_demo_vault_fills_the_lists(qtbot, tmp_path: Path) -> None:
    with vault_services(tmp_path / "demo", households=200) as services:
        page = TodayPage(today=lambda: TODAY)
        qtbot.addWidget(page)
        page.set_services(services)
        assert page.ui.overdue_list.count() > 0
        assert all(widget.accessibleName() for widget in page.lists())


# ------------------------------------------------------------------ visits
def _visited(
    services, alias: str, *, days_ago: int, staff: str = "Staff", joined_days_ago: int = 60
) -> int:
    from tests.gui.test_contact_dialog import make_family

    stored = make_family(
        services,
        joined=TODAY - timedelta(days=joined_days_ago),
        alias=alias,
        contacts=(
            m.Contact(
                m.ContactKind.HOME_VISIT, TODAY - timedelta(days=days_ago), staff_member=staff
            ),
        ),
    )
    assert stored.household.id is not None
    return stored.household.id


def test_a_follow_up_moves_from_due_to_overdue_as_the_clock_advances(qtbot, services) -> None:
    clock = [TODAY]
    page = TodayPage(today=lambda: clock[0])
    qtbot.addWidget(page)
    _family(services, "Soon family", m.FollowUp("Bring the voucher", TODAY + timedelta(days=2)))
    page.set_services(services)
    assert any("Bring the voucher" in t for t in _texts(page.ui.due_list))
    assert _texts(page.ui.overdue_list) == ["Nothing overdue."]
    clock[0] = TODAY + timedelta(days=3)
    page.refresh()
    assert _texts(page.ui.due_list) == ["Nothing due in the next seven days."]
    [line] = _texts(page.ui.overdue_list)
    assert "Bring the voucher" in line
    assert page.ui.overdue_group.title() == "Overdue (1)"


def test_complete_a_follow_up_from_today(qtbot, page: TodayPage, services) -> None:
    household_id = _family(
        services, "Late family", m.FollowUp("Call about uniform", TODAY - timedelta(days=3))
    )
    page.set_services(services)
    ui = page.ui
    assert not ui.done_button.isEnabled()  # nothing selected yet
    ui.overdue_list.setFocus()
    ui.overdue_list.setCurrentRow(0)
    assert ui.done_button.isEnabled()
    assert ui.reschedule_button.isEnabled()
    assert ui.log_contact_button.isEnabled()
    with qtbot.waitSignal(page.follow_up_changed, timeout=1000) as changed:
        qtbot.mouseClick(ui.done_button, Qt.MouseButton.LeftButton)
    assert changed.args == [household_id]
    [item] = services.follow_ups.list_for_household(household_id)
    assert item.done_on == TODAY
    assert _texts(ui.overdue_list) == ["Nothing overdue."]
    assert page.feedback() == "Done: \u2068Call about uniform\u2069"


def test_completing_on_a_read_only_family_says_why_and_changes_nothing(
    qtbot, page: TodayPage, services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.core.consent import ConsentExpiredError
    from desktop_app.vault.repositories import FollowUpRepository

    household_id = _family(services, "Review family", m.FollowUp("Call", TODAY - timedelta(1)))
    page.set_services(services)
    page.ui.overdue_list.setFocus()
    page.ui.overdue_list.setCurrentRow(0)

    def refuse(self, follow_up_id, on):
        raise ConsentExpiredError()

    monkeypatch.setattr(FollowUpRepository, "mark_done", refuse)
    assert not page.complete_selected()
    assert "Not saved. The family's consent to keep a record is past its review date." in (
        page.feedback()
    )
    assert services.follow_ups.list_for_household(household_id)[0].done_on is None
    assert len(_texts(page.ui.overdue_list)) == 1


def test_reschedule_from_today_opens_the_follow_up(qtbot, page: TodayPage, services) -> None:
    from desktop_app.gui.follow_up_dialog import FollowUpDialog

    household_id = _family(services, "Soon family", m.FollowUp("Home visit", TODAY + timedelta(2)))
    page.set_services(services)
    page.ui.due_list.setFocus()
    page.ui.due_list.setCurrentRow(0)
    with qtbot.waitSignal(page.edit_follow_up_requested, timeout=1000) as asked:
        qtbot.mouseClick(page.ui.reschedule_button, Qt.MouseButton.LeftButton)
    [follow_up] = services.follow_ups.list_for_household(household_id)
    assert asked.args == [household_id, follow_up.id]
    dialog = FollowUpDialog(
        services,
        services.households.get(household_id),
        follow_up=follow_up,
        today=lambda: TODAY,
    )
    qtbot.addWidget(dialog)
    assert dialog.ui.due_edit.hasFocus() or dialog.focusWidget() is dialog.ui.due_edit
    later = TODAY + timedelta(days=12)
    dialog.ui.due_edit.setDate(QDate(later.year, later.month, later.day))
    assert dialog.save()
    page.refresh()
    assert _texts(page.ui.due_list) == ["Nothing due in the next seven days."]
    moved = services.follow_ups.get(follow_up.id)
    assert (moved.due_on, moved.what, moved.source) == (later, "Home visit", follow_up.source)


def test_slipped_and_planned_visits_for_the_signed_in_worker(qtbot, page: TodayPage, services):
    # Joined 60 days ago, seen 40 days ago: due 26 days ago, a fortnight late → slipped.
    slipped = _visited(services, "Slipped family", days_ago=40)
    # Seen 10 days ago: due in 4 days.
    soon = _visited(services, "Soon family", days_ago=10)
    # Someone else's family, also due this week.
    _visited(services, "Jo's family", days_ago=12, staff="Jo")
    page.set_services(services)
    ui = page.ui
    assert page.worker() == "Staff"  # the signed-in worker has families: theirs first
    assert ui.worker_combo.currentText() == "\u2068Staff\u2069 (you)"  # the name is isolated
    planned = _texts(ui.planned_list)
    assert len(planned) == 2
    assert "Slipped family" in planned[0]
    assert "(slipped)" in planned[0]
    assert "Soon family" in planned[1]
    assert "Last contact 10 days ago" in planned[1]
    assert ui.planned_group.title() == "This week's planned visits (2)"
    [line] = _texts(ui.slipped_list)
    assert "Slipped family" in line
    assert "no contact for 40 days" in line
    assert ui.slipped_group.title() == "Slipped visits (1)"
    # Everyone's: Jo's family too.
    ui.worker_combo.setCurrentIndex(ui.worker_combo.findData(""))
    ui.worker_combo.activated.emit(ui.worker_combo.currentIndex())
    assert page.worker() is None
    assert len(_texts(ui.planned_list)) == 3
    # Opening and logging from a planned line.
    ui.planned_list.setFocus()
    ui.planned_list.setCurrentRow(0)
    assert page.selected_household() == slipped
    with qtbot.waitSignal(page.log_contact_requested, timeout=1000) as asked:
        qtbot.mouseClick(ui.log_contact_button, Qt.MouseButton.LeftButton)
    assert asked.args == [slipped]
    texts = _texts(ui.planned_list)
    ui.planned_list.setCurrentRow(next(i for i, t in enumerate(texts) if "Soon family" in t))
    with qtbot.waitSignal(page.open_household, timeout=1000) as opened:
        qtbot.keyClick(ui.planned_list, Qt.Key.Key_Return)
    assert opened.args == [soon]
