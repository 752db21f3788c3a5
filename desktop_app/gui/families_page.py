"""The Families page: every household, searched as you type, filtered and sorted.

Keyboard first: typing in the search box searches (after a short pause so each
keystroke does not query), Down moves into the list, Enter opens the family, Ctrl+N
starts a new intake. The list model fetches pages lazily (see
:mod:`desktop_app.gui.models.household_table_model`), so 100,000 households scroll
smoothly.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QHeaderView, QMenu, QWidget

from desktop_app.core.intake import DRAFT_KIND
from desktop_app.core.models import Draft, HouseholdFilters, HouseholdStatus, NeedCategory
from desktop_app.gui.flow_layout import wrap_row
from desktop_app.gui.forms.ui_families_page import Ui_FamiliesPage
from desktop_app.gui.labels import label
from desktop_app.gui.models.household_table_model import (
    COLUMN_BY_SORT,
    Column,
    HouseholdTableModel,
)
from desktop_app.gui.views import select_row
from desktop_app.i18n import _, ngettext

#: Milliseconds of quiet typing before the list is searched.
SEARCH_DELAY_MS = 150
#: The draft kind the intake wizard saves; the Families page offers to resume these.
INTAKE_DRAFT_KIND = DRAFT_KIND

_OPEN_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter}


def style_title(title: Any) -> None:
    """Make a page's title label large and bold (sizes follow the user's font)."""
    font = QFont(title.font())
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setBold(True)
    title.setFont(font)


class FamiliesPage(QWidget):
    """The list of households; emits what the person asked for, opens nothing itself."""

    open_household = Signal(int)
    new_intake_requested = Signal()
    resume_draft = Signal(str, str)  # kind, key
    #: Emitted after the list was (re)loaded for new search text, filters or order.
    results_changed = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
        draft_kind: str = INTAKE_DRAFT_KIND,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_FamiliesPage()
        self.ui.setupUi(self)
        self._services: Any = None
        self._draft_kind = draft_kind
        self._drafts: list[Draft] = []
        self.model = HouseholdTableModel(self, today=today)
        table = self.ui.families_table
        table.setModel(self.model)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        # Names and schools take the spare width; the other columns are sized to the
        # first rows after each reload (never on every paint, never over all rows).
        header.setResizeContentsPrecision(40)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in (Column.ALIAS, Column.SCHOOL):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.setSortIndicator(Column.REFERENCE, Qt.SortOrder.AscendingOrder)
        table.setTabKeyNavigation(False)
        style_title(self.ui.title_label)
        wrap_row(self, self.ui.filters_layout)  # the filters wrap at large text

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)

        self._new_intake_action = QAction(self)
        self._new_intake_action.setShortcut(QKeySequence.StandardKey.New)
        self._new_intake_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._new_intake_action.triggered.connect(self.new_intake_requested)
        self.addAction(self._new_intake_action)

        self._connect()
        # Coming back to the list (or to the section) puts the cursor in the search box.
        self.setFocusProxy(self.ui.search_edit)
        self.retranslate()
        self.set_services(None)

    def _connect(self) -> None:
        ui = self.ui
        ui.search_edit.textEdited.connect(self._search_timer.start)
        ui.search_edit.returnPressed.connect(self._open_from_search)
        ui.search_edit.installEventFilter(self)
        ui.families_table.installEventFilter(self)
        ui.families_table.doubleClicked.connect(self._open_index)
        for combo in (ui.school_combo, ui.need_combo, ui.status_combo):
            combo.activated.connect(self.apply_filters)
        ui.overdue_check.toggled.connect(self.apply_filters)
        ui.new_intake_button.clicked.connect(self.new_intake_requested)
        ui.resume_draft_button.clicked.connect(self._resume_latest_draft)
        self.model.sort_refused.connect(self._show_sort_indicator)
        self.model.modelReset.connect(self._update_count)
        self.model.modelReset.connect(self._size_columns)
        self.model.rowsInserted.connect(self._update_count)

    # ------------------------------------------------------------------ session
    def set_services(self, services: Any) -> None:
        """Show the vault's households, or nothing at all when ``services`` is None."""
        self._services = services
        self._search_timer.stop()
        ui = self.ui
        if services is None:
            # Locked: no family data stays in the model, the widgets or the filters.
            self.model.clear()
            ui.search_edit.clear()
            ui.school_combo.clear()
            self._drafts = []
            self._update_drafts()
            self._enable(False)
            return
        self._enable(True)
        self._fill_schools()
        self.refresh_drafts()
        self.model.set_filters(self.filters())
        self.model.set_source(services.households)
        self.results_changed.emit()

    def _enable(self, enabled: bool) -> None:
        for widget in (
            self.ui.search_edit,
            self.ui.school_combo,
            self.ui.need_combo,
            self.ui.status_combo,
            self.ui.overdue_check,
            self.ui.families_table,
            self.ui.new_intake_button,
        ):
            widget.setEnabled(enabled)

    def refresh(self) -> None:
        """Reload the list (after a family was saved elsewhere), keeping search and filters."""
        if self._services is not None:
            self.refresh_drafts()
            self.model.reload()
            self.results_changed.emit()

    # ------------------------------------------------------------------ filters
    def filters(self) -> HouseholdFilters:
        """Return the filters the widgets show."""
        ui = self.ui
        # Qt hands item data back as plain strings: rebuild the enums.
        need = ui.need_combo.currentData()
        status = ui.status_combo.currentData()
        return HouseholdFilters(
            school=ui.school_combo.currentData(),
            need_category=None if need is None else NeedCategory(need),
            overdue=ui.overdue_check.isChecked(),
            status=None if status is None else HouseholdStatus(status),
            query=ui.search_edit.text(),
        )

    def apply_filters(self) -> None:
        """Search and filter now (the search box calls this after a short pause)."""
        self._search_timer.stop()
        if self._services is None:
            return
        self.model.set_filters(self.filters())
        if self.model.rowCount():
            select_row(self.ui.families_table, 0)
        self.results_changed.emit()

    def _fill_schools(self) -> None:
        combo = self.ui.school_combo
        current = combo.currentData()
        combo.clear()
        combo.addItem(_("All schools"), None)
        for school in self._services.households.schools():
            combo.addItem(school, school)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))

    def _fill_fixed_filters(self) -> None:
        need = self.ui.need_combo
        need_current = need.currentData()
        need.clear()
        need.addItem(_("Any need"), None)
        for category in NeedCategory:
            need.addItem(label(category), category)
        need.setCurrentIndex(max(need.findData(need_current), 0))
        status = self.ui.status_combo
        status_current = status.currentData() if status.count() else HouseholdStatus.OPEN
        status.clear()
        status.addItem(_("Open and closed"), None)
        for value in HouseholdStatus:
            status.addItem(label(value), value)
        status.setCurrentIndex(max(status.findData(status_current), 0))

    def _show_sort_indicator(self) -> None:
        sort, descending = self.model.order()
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        header = self.ui.families_table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(COLUMN_BY_SORT[sort], order)
        header.blockSignals(False)

    def _size_columns(self) -> None:
        if self.model.rowCount() == 0:
            return
        table = self.ui.families_table
        for column in Column:
            if column not in (Column.ALIAS, Column.SCHOOL):
                table.resizeColumnToContents(column)

    def _update_count(self, *_args: object) -> None:
        ui = self.ui
        if self._services is None:
            ui.count_label.setText("")
            return
        shown = self.model.rowCount()
        if self.model.is_complete():
            text = ngettext("{count} family", "{count} families", shown).format(count=shown)
        else:
            text = _("More than {count} families: scroll for more.").format(count=shown)
        ui.count_label.setText(text)

    # ------------------------------------------------------------------ drafts
    def refresh_drafts(self) -> None:
        """Look for unfinished intakes to offer."""
        self._drafts = (
            [] if self._services is None else self._services.drafts.saved(self._draft_kind)
        )
        self._update_drafts()

    def drafts(self) -> list[Draft]:
        """Return the drafts on offer, newest first."""
        return list(self._drafts)

    def _update_drafts(self) -> None:
        ui = self.ui
        count = len(self._drafts)
        ui.drafts_frame.setVisible(count > 0)
        ui.resume_draft_button.setMenu(None)  # type: ignore[arg-type]  # None removes it
        if count == 0:
            return
        ui.drafts_label.setText(
            ngettext(
                "An intake was not finished. Resume it to carry on where you stopped.",
                "{count} intakes were not finished. Resume one to carry on where you stopped.",
                count,
            ).format(count=count)
        )
        if count > 1:
            menu = QMenu(ui.resume_draft_button)
            for draft in self._drafts:
                saved = draft.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")
                action = menu.addAction(_("Intake saved {when}").format(when=saved))
                action.triggered.connect(
                    lambda _checked=False, d=draft: self.resume_draft.emit(d.kind, d.key)
                )
            ui.resume_draft_button.setMenu(menu)

    def _resume_latest_draft(self) -> None:
        if self._drafts and len(self._drafts) == 1:
            draft = self._drafts[0]
            self.resume_draft.emit(draft.kind, draft.key)

    # ------------------------------------------------------------------ opening
    def current_household_id(self) -> int | None:
        """Return the id of the selected household (or the first one listed)."""
        index = self.ui.families_table.currentIndex()
        row = index.row() if index.isValid() else 0
        return self.model.household_id(row)

    def _open_index(self, index: QModelIndex) -> None:
        household_id = self.model.household_id(index.row())
        if household_id is not None:
            self.open_household.emit(household_id)

    def _open_from_search(self) -> None:
        if self._search_timer.isActive():
            self.apply_filters()
        household_id = self.current_household_id()
        if household_id is not None:
            self.open_household.emit(household_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the list opens, typing in it searches; Down in the search box enters it."""
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            table = self.ui.families_table
            if watched is table and event.key() in _OPEN_KEYS:
                index = table.currentIndex()
                if index.isValid():
                    self._open_index(index)
                    return True
            if watched is table and self._types_text(event):
                # Type to search from anywhere on the page, not only in the search box
                # (the list's own "jump to a row starting with…" is no use here).
                search = self.ui.search_edit
                search.setFocus()
                search.insert(event.text())
                self._search_timer.start()
                return True
            if watched is self.ui.search_edit and event.key() == Qt.Key.Key_Down:
                if self.model.rowCount():
                    table.setFocus()
                    if not table.currentIndex().isValid():
                        select_row(table, 0)
                    return True
        return super().eventFilter(watched, event)

    @staticmethod
    def _types_text(event: QKeyEvent) -> bool:
        text = event.text()
        shortcut = event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier
        )
        return bool(text) and text.isprintable() and not text.isspace() and not shortcut

    # ------------------------------------------------------------------ language
    def retranslate(self) -> None:
        """Texts that come from Python (filters, counts, drafts)."""
        self._fill_fixed_filters()
        if self._services is not None and self.ui.school_combo.count():
            self.ui.school_combo.setItemText(0, _("All schools"))
        self._update_count()
        self._update_drafts()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate every text when the application language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)
