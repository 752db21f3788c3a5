"""The Today page: overdue and due follow-ups, drafts, consent reviews; one click opens."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

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
    assert "Late family\u2069 — Call about uniform" in _texts(ui.overdue_list)[0]
    assert len(_texts(ui.due_list)) == 1
    assert "Soon family\u2069 — Home visit" in _texts(ui.due_list)[0]
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
