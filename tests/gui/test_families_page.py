"""The Families page against a real vault: search, filters, sort, keyboard, lazy paging."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from desktop_app.core import models as m
from desktop_app.gui.families_page import FamiliesPage
from desktop_app.gui.models.household_table_model import PAGE_SIZE, Column, HouseholdTableModel
from desktop_app.vault.services import VaultServices
from tests.helpers.vaults import TODAY, add_family, vault_services

DEMO_HOUSEHOLDS = 3000


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[VaultServices]:
    """A vault with 3,000 demo households and two families the tests know by name."""
    folder = tmp_path_factory.mktemp("families") / "vault"
    with vault_services(folder, DEMO_HOUSEHOLDS) as services:
        add_family(
            services,
            alias="Qwertyuiop family",
            reference="HH-QW7X",
            school="Zebra Test School",
            needs=(m.Need(m.NeedCategory.SAFETY, identified_on=TODAY),),
        )
        add_family(
            services,
            alias="Qwertz family",
            school="Zebra Test School",
            contacts=(
                m.Contact(
                    m.ContactKind.HOME_VISIT,
                    TODAY - timedelta(days=30),
                    next_contact_due=TODAY - timedelta(days=3),
                ),
            ),
        )
        yield services


@pytest.fixture
def page(qtbot, demo: VaultServices) -> FamiliesPage:
    widget = FamiliesPage(today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_services(demo)
    return widget


def _references(page: FamiliesPage) -> list[str]:
    model = page.model
    return [model.index(r, Column.REFERENCE).data() for r in range(model.rowCount())]


def _type(qtbot, page: FamiliesPage, text: str) -> None:
    page.ui.search_edit.clear()
    with qtbot.waitSignal(page.results_changed, timeout=2000):
        qtbot.keyClicks(page.ui.search_edit, text)


def test_search_by_partial_alias_finds_the_family(qtbot, page: FamiliesPage) -> None:
    page.ui.status_combo.setCurrentIndex(0)  # open and closed
    _type(qtbot, page, "qwer")
    assert sorted(page.model.index(r, Column.ALIAS).data() for r in range(2)) == [
        "Qwertyuiop family",
        "Qwertz family",
    ]
    _type(qtbot, page, "qwerty")
    assert page.model.rowCount() == 1
    assert page.model.index(0, Column.ALIAS).data() == "Qwertyuiop family"


@pytest.mark.parametrize("typed", ["HH-QW7X", "qw7x", "W7X", "hh-qw7"])
def test_search_by_reference_finds_the_family(qtbot, page: FamiliesPage, typed: str) -> None:
    _type(qtbot, page, typed)
    assert _references(page) == ["HH-QW7X"]
    assert page.ui.count_label.text() == "1 family"


def test_typing_in_the_list_searches(qtbot, page: FamiliesPage) -> None:
    table = page.ui.families_table
    table.setFocus()
    page.ui.status_combo.setCurrentIndex(0)
    with qtbot.waitSignal(page.results_changed, timeout=2000):
        qtbot.keyClicks(table, "qwerty")
    assert page.ui.search_edit.text() == "qwerty"
    assert page.model.index(0, Column.ALIAS).data() == "Qwertyuiop family"
    # Shortcuts and navigation keys stay the list's own.
    qtbot.keyClick(table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert page.ui.search_edit.text() == "qwerty"
    # Coming back to the page puts the cursor in the search box.
    table.setFocus()
    page.setFocus()
    qtbot.waitUntil(page.ui.search_edit.hasFocus)


def test_search_waits_for_a_pause_in_typing(qtbot, page: FamiliesPage) -> None:
    reloads: list[None] = []
    page.model.reloaded.connect(lambda: reloads.append(None))
    with qtbot.waitSignal(page.results_changed, timeout=2000):
        qtbot.keyClicks(page.ui.search_edit, "qwertyu")
    assert len(reloads) == 1  # one query for seven keystrokes


def test_filters_school_need_overdue_and_status(qtbot, page: FamiliesPage, demo) -> None:
    ui = page.ui
    ui.school_combo.setCurrentIndex(ui.school_combo.findData("Zebra Test School"))
    ui.school_combo.activated.emit(ui.school_combo.currentIndex())
    aliases = [page.model.index(r, Column.ALIAS).data() for r in range(page.model.rowCount())]
    assert sorted(aliases) == ["Qwertyuiop family", "Qwertz family"]
    ui.need_combo.setCurrentIndex(ui.need_combo.findData(m.NeedCategory.SAFETY))
    ui.need_combo.activated.emit(ui.need_combo.currentIndex())
    assert _references(page) == ["HH-QW7X"]
    ui.need_combo.setCurrentIndex(0)
    ui.need_combo.activated.emit(0)
    ui.overdue_check.setChecked(True)
    assert [page.model.index(0, Column.ALIAS).data()] == ["Qwertz family"]
    assert "overdue" in page.model.index(0, Column.NEXT_CONTACT_DUE).data()
    ui.overdue_check.setChecked(False)
    ui.school_combo.setCurrentIndex(0)
    ui.status_combo.setCurrentIndex(ui.status_combo.findData(m.HouseholdStatus.CLOSED))
    ui.status_combo.activated.emit(ui.status_combo.currentIndex())
    statuses = {page.model.index(r, Column.STATUS).data() for r in range(page.model.rowCount())}
    assert statuses
    assert all(s.startswith("Closed ") for s in statuses)  # with the day it was closed
    total_closed = demo.households.count(m.HouseholdFilters(status=m.HouseholdStatus.CLOSED))
    assert 0 < total_closed < DEMO_HOUSEHOLDS


def test_header_click_sorts_through_the_repository(qtbot, page: FamiliesPage) -> None:
    header = page.ui.families_table.horizontalHeader()
    first = _references(page)[:5]
    assert first == sorted(first)
    header.sectionClicked.emit(Column.REFERENCE)  # same column again: descending
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(header.sectionViewportPosition(Column.SCHOOL) + 5, 5),
    )
    assert page.model.order()[0] == m.HouseholdSort.SCHOOL
    schools = [page.model.index(r, Column.SCHOOL).data() for r in range(50)]
    assert schools == sorted(schools) or schools == sorted(schools, reverse=True)
    # A column the vault cannot sort by keeps the order and its indicator.
    page.model.sort(Column.LANGUAGE, Qt.SortOrder.AscendingOrder)
    assert page.model.order()[0] == m.HouseholdSort.SCHOOL
    assert header.sortIndicatorSection() == Column.SCHOOL


def test_sort_by_next_contact_due_lists_undated_last(page: FamiliesPage) -> None:
    page.model.sort(Column.NEXT_CONTACT_DUE, Qt.SortOrder.AscendingOrder)
    rows = [page.model.household_row(r) for r in range(page.model.rowCount())]
    dated = [r.next_contact_due for r in rows if r is not None and r.next_contact_due]
    assert dated == sorted(dated)


def test_enter_in_list_and_in_search_opens_the_family(qtbot, page: FamiliesPage, demo) -> None:
    _type(qtbot, page, "HH-QW7X")
    expected = demo.households.get_by_reference("HH-QW7X").household.id
    with qtbot.waitSignal(page.open_household, timeout=1000) as blocker:
        qtbot.keyClick(page.ui.search_edit, Qt.Key.Key_Return)
    assert blocker.args == [expected]
    qtbot.keyClick(page.ui.search_edit, Qt.Key.Key_Down)
    assert page.ui.families_table.hasFocus()
    with qtbot.waitSignal(page.open_household, timeout=1000) as blocker:
        qtbot.keyClick(page.ui.families_table, Qt.Key.Key_Enter)
    assert blocker.args == [expected]


def test_double_click_opens(qtbot, page: FamiliesPage) -> None:
    table = page.ui.families_table
    rect = table.visualRect(page.model.index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(page.open_household, timeout=1000) as blocker:
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [page.model.household_id(0)]


def test_ctrl_n_asks_for_a_new_intake(qtbot, page: FamiliesPage) -> None:
    page.ui.search_edit.setFocus()
    qtbot.waitUntil(page.ui.search_edit.hasFocus)
    with qtbot.waitSignal(page.new_intake_requested, timeout=1000):
        qtbot.keyClick(page.ui.search_edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(page.new_intake_requested, timeout=1000):
        qtbot.mouseClick(page.ui.new_intake_button, Qt.MouseButton.LeftButton)


def test_the_model_fetches_lazily(qtbot, page: FamiliesPage, demo) -> None:
    page.ui.status_combo.setCurrentIndex(0)
    page.apply_filters()
    total = demo.households.count()
    model = page.model
    assert model.rowCount() == PAGE_SIZE < total
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * PAGE_SIZE
    # Scrolling to the bottom makes the view fetch more, page by page.
    table = page.ui.families_table
    for _ in range(5):
        table.scrollToBottom()
        qtbot.waitUntil(lambda: not model.canFetchMore() or model.rowCount() > 2 * PAGE_SIZE)
    assert model.rowCount() > 2 * PAGE_SIZE
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == total
    assert "more than" not in page.ui.count_label.text().lower()


def test_only_recent_pages_stay_in_memory(demo) -> None:
    model = HouseholdTableModel(page_size=100, max_pages=4, today=lambda: TODAY)
    model.set_source(demo.households)
    first = model.household_row(0)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == demo.households.count()
    assert model.cached_rows() <= 400  # old pages were dropped …
    again = model.household_row(0)  # … and come back when needed
    assert again == first
    assert model.household_row(model.rowCount()) is None
    model.clear()
    assert model.rowCount() == 0
    assert model.cached_rows() == 0


def test_locking_clears_the_list_and_the_search(qtbot, page: FamiliesPage) -> None:
    _type(qtbot, page, "qwer")
    assert page.model.rowCount() > 0
    page.set_services(None)
    assert page.model.rowCount() == 0
    assert page.model.cached_rows() == 0
    assert page.ui.search_edit.text() == ""
    assert page.ui.school_combo.count() == 0
    assert page.ui.count_label.text() == ""
    assert not page.ui.families_table.isEnabled()
    assert page.model.household_row(0) is None


def test_drafts_to_resume(qtbot, tmp_path: Path) -> None:
    with vault_services(tmp_path / "v") as services:
        page = FamiliesPage(today=lambda: TODAY)
        qtbot.addWidget(page)
        page.show()
        page.set_services(services)
        assert not page.ui.drafts_frame.isVisible()
        services.drafts.save(m.Draft("intake", "new-1", b"{}"))
        page.refresh()
        assert page.ui.drafts_frame.isVisible()
        with qtbot.waitSignal(page.resume_draft, timeout=1000) as blocker:
            qtbot.mouseClick(page.ui.resume_draft_button, Qt.MouseButton.LeftButton)
        assert blocker.args == ["intake", "new-1"]
        services.drafts.save(m.Draft("intake", "new-2", b"{}"))
        services.drafts.save(m.Draft("contact_form", "x", b"{}"))  # not an intake
        page.refresh()
        assert len(page.drafts()) == 2
        menu = page.ui.resume_draft_button.menu()
        assert menu is not None
        assert len(menu.actions()) == 2
        with qtbot.waitSignal(page.resume_draft, timeout=1000) as blocker:
            menu.actions()[1].trigger()
        assert blocker.args[0] == "intake"
        page.set_services(None)
        assert not page.ui.drafts_frame.isVisible()


def test_every_input_has_a_label_or_name(page: FamiliesPage) -> None:
    ui = page.ui
    for field, label in [
        (ui.search_edit, ui.search_label),
        (ui.school_combo, ui.school_label),
        (ui.need_combo, ui.need_label),
        (ui.status_combo, ui.status_filter_label),
    ]:
        assert label.buddy() is field
    assert ui.families_table.accessibleName()


def test_days_since_contact_and_slipped_families_are_flagged(qtbot, tmp_path: Path) -> None:
    from PySide6.QtGui import QBrush

    from desktop_app.gui.models.household_table_model import OVERDUE_COLOUR

    with vault_services(tmp_path / "small") as services:
        for alias, seen, asked in (
            ("Slipped family", 40, TODAY - timedelta(days=26)),  # a fortnight past due
            ("Late family", 20, TODAY - timedelta(days=6)),  # overdue, not slipped
            ("Fine family", 3, TODAY + timedelta(days=11)),
        ):
            add_family(
                services,
                alias=alias,
                contacts=(
                    m.Contact(
                        m.ContactKind.HOME_VISIT,
                        TODAY - timedelta(days=seen),
                        next_contact_due=asked,
                    ),
                ),
            )
        page = FamiliesPage(today=lambda: TODAY)
        qtbot.addWidget(page)
        page.set_services(services)
        model = page.model
        assert model.headerData(Column.DAYS_SINCE_CONTACT, Qt.Orientation.Horizontal) == (
            "Days since contact"
        )
        rows = {model.index(r, Column.ALIAS).data(): r for r in range(model.rowCount())}
        slipped, late, fine = rows["Slipped family"], rows["Late family"], rows["Fine family"]
        due = Column.NEXT_CONTACT_DUE
        assert model.index(slipped, due).data().endswith("(slipped)")
        assert model.index(late, due).data().endswith("(overdue)")
        assert "(" not in model.index(fine, due).data()
        days = Column.DAYS_SINCE_CONTACT
        assert [model.index(r, days).data() for r in (slipped, late, fine)] == ["40", "20", "3"]
        tooltip = int(Qt.ItemDataRole.ToolTipRole)
        assert model.index(slipped, days).data(tooltip).startswith("Slipped")
        assert model.index(late, days).data(tooltip) == "Overdue"
        assert model.index(fine, days).data(tooltip) is None
        brush = model.index(slipped, days).data(int(Qt.ItemDataRole.ForegroundRole))
        assert isinstance(brush, QBrush)
        assert brush.color() == OVERDUE_COLOUR
        # Fewest days first is the latest contact first.
        model.sort(Column.DAYS_SINCE_CONTACT, Qt.SortOrder.AscendingOrder)
        assert [model.index(r, days).data() for r in range(3)] == ["3", "20", "40"]
        model.sort(Column.DAYS_SINCE_CONTACT, Qt.SortOrder.DescendingOrder)
        assert [model.index(r, days).data() for r in range(3)] == ["40", "20", "3"]
        page.set_services(None)
