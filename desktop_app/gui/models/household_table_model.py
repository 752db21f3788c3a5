"""The Families list as a lazy Qt table model: pages fetched on demand, few kept.

The model never loads every household. It starts with one page; the view asks for more
through ``canFetchMore``/``fetchMore`` as the person scrolls, so ``rowCount`` grows page
by page. Only the most recently used pages stay in memory (``max_pages``); a page that
was dropped is fetched again when it scrolls back into view. At 100,000 households this
keeps first paint at one query and memory flat.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from desktop_app.core.models import (
    HouseholdFilters,
    HouseholdRow,
    HouseholdSort,
    HouseholdStatus,
)
from desktop_app.gui.labels import format_day, label, language_name
from desktop_app.i18n import _

PAGE_SIZE = 200
MAX_PAGES = 30

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    """The columns of the Families list, in order."""

    REFERENCE = 0
    ALIAS = 1
    SCHOOL = 2
    LANGUAGE = 3
    OPEN_NEEDS = 4
    NEXT_CONTACT_DUE = 5
    DAYS_SINCE_CONTACT = 6
    STATUS = 7


#: Columns a person can sort by (clicking another header keeps the current order).
SORT_BY_COLUMN: dict[Column, HouseholdSort] = {
    Column.REFERENCE: HouseholdSort.REFERENCE,
    Column.SCHOOL: HouseholdSort.SCHOOL,
    Column.NEXT_CONTACT_DUE: HouseholdSort.NEXT_CONTACT_DUE,
    Column.DAYS_SINCE_CONTACT: HouseholdSort.LAST_CONTACT,
    Column.STATUS: HouseholdSort.STATUS,
}
#: Columns whose ascending order is their sort's descending one (fewest days since the
#: last contact = the latest contact date first).
_INVERTED = frozenset({Column.DAYS_SINCE_CONTACT})
COLUMN_BY_SORT = {sort: column for column, sort in SORT_BY_COLUMN.items()}

HOUSEHOLD_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_HANDLED_ROLES = frozenset({_DISPLAY, _FOREGROUND, _TOOLTIP, _ALIGNMENT, HOUSEHOLD_ID_ROLE})
_CENTRE = int(Qt.AlignmentFlag.AlignCenter)
OVERDUE_COLOUR = QColor("#a4262c")
_RIGHT = int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)

PageSource = Callable[[int, int, HouseholdSort, HouseholdFilters, bool, date], list[HouseholdRow]]


def _headers() -> list[str]:
    return [
        _("Reference"),
        _("Name or alias"),
        _("School"),
        _("Language"),
        _("Open needs"),
        _("Next contact due"),
        _("Days since contact"),
        _("Status"),
    ]


class HouseholdTableModel(QAbstractTableModel):
    """Households in pages from ``HouseholdRepository.list_page``."""

    #: Emitted after each (re)load with the first page in place.
    reloaded = Signal()
    #: Emitted when a person asked for an order the list cannot sort by.
    sort_refused = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        page_size: int = PAGE_SIZE,
        max_pages: int = MAX_PAGES,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._page_size = page_size
        self._max_pages = max(2, max_pages)
        self._today = today
        self._source: Any = None  # a HouseholdRepository (or anything with list_page)
        self._filters = HouseholdFilters()
        self._sort = HouseholdSort.REFERENCE
        self._descending = False
        self._rows = 0
        self._exhausted = True
        self._pages: OrderedDict[int, list[HouseholdRow]] = OrderedDict()
        self._day = today()

    # ------------------------------------------------------------ configuration
    def set_source(self, source: Any) -> None:
        """Show the households of ``source`` (a repository), or nothing for ``None``."""
        self._source = source
        self.reload()

    def set_filters(self, filters: HouseholdFilters) -> None:
        """Filter (and search) the list; reloads from the first page."""
        self._filters = filters
        self.reload()

    def filters(self) -> HouseholdFilters:
        """Return the filters in force."""
        return self._filters

    def set_order(self, sort: HouseholdSort, descending: bool = False) -> None:
        """Order the list; reloads from the first page."""
        self._sort = sort
        self._descending = descending
        self.reload()

    def order(self) -> tuple[HouseholdSort, bool]:
        """Return the sort and whether it is descending."""
        return self._sort, self._descending

    def clear(self) -> None:
        """Forget every row (the vault locked): nothing about a family stays in memory."""
        self._source = None
        self.reload()

    def reload(self) -> None:
        """Drop every cached page and fetch the first one again."""
        self.beginResetModel()
        self._pages.clear()
        self._rows = 0
        self._exhausted = True
        self._day = self._today()
        if self._source is not None:
            first = self._fetch(0)
            self._pages[0] = first
            self._rows = len(first)
            self._exhausted = len(first) < self._page_size
        self.endResetModel()
        self.reloaded.emit()

    # ------------------------------------------------------------ lazy fetching
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        """Whether more households follow the ones loaded so far."""
        return not parent.isValid() and self._source is not None and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        """Append the next page."""
        if not self.canFetchMore(parent):
            return
        page_index = self._rows // self._page_size
        rows = self._fetch(page_index)
        if not rows:
            self._exhausted = True
            return
        self.beginInsertRows(QModelIndex(), self._rows, self._rows + len(rows) - 1)
        self._remember(page_index, rows)
        self._rows += len(rows)
        self._exhausted = len(rows) < self._page_size
        self.endInsertRows()

    def is_complete(self) -> bool:
        """Whether every matching household is counted in ``rowCount``."""
        return self._exhausted

    def cached_rows(self) -> int:
        """How many rows are held in memory now (for tests and the benchmark)."""
        return sum(len(page) for page in self._pages.values())

    def _fetch(self, page_index: int) -> list[HouseholdRow]:
        assert self._source is not None
        rows: list[HouseholdRow] = self._source.list_page(
            page_index * self._page_size,
            self._page_size,
            sort=self._sort,
            filters=self._filters,
            descending=self._descending,
            today=self._day,
        )
        return rows

    def _remember(self, page_index: int, rows: list[HouseholdRow]) -> None:
        self._pages[page_index] = rows
        self._pages.move_to_end(page_index)
        while len(self._pages) > self._max_pages:
            self._pages.popitem(last=False)

    def household_row(self, row: int) -> HouseholdRow | None:
        """Return the household on ``row``, fetching its page again if it was dropped."""
        if not 0 <= row < self._rows or self._source is None:
            return None
        page_index, offset = divmod(row, self._page_size)
        page = self._pages.get(page_index)
        if page is None:
            page = self._fetch(page_index)
            self._remember(page_index, page)
        else:
            self._pages.move_to_end(page_index)
        return page[offset] if offset < len(page) else None

    def household_id(self, row: int) -> int | None:
        """Return the id of the household on ``row``."""
        household = self.household_row(row)
        return None if household is None else household.id

    # ------------------------------------------------------------ Qt model API
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Rows loaded so far (grows with ``fetchMore``)."""
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """The columns of :class:`Column`."""
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _headers()[section] if 0 <= section < len(Column) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """What each cell shows (called for every visible cell and role on each paint)."""
        if role not in _HANDLED_ROLES or not index.isValid():
            return None
        household = self.household_row(index.row())
        if household is None:
            return None
        column = index.column()
        if role == _DISPLAY:
            return self._display(household, column)
        if role == HOUSEHOLD_ID_ROLE:
            return household.id
        flagged = column in (Column.NEXT_CONTACT_DUE, Column.DAYS_SINCE_CONTACT)
        if flagged and self._is_overdue(household):
            if role == _FOREGROUND:
                return QBrush(OVERDUE_COLOUR)
            if role == _TOOLTIP:
                if household.slipped:
                    return _(
                        "Slipped: not seen for a whole visit cycle after the visit was due"
                    )
                return _("Overdue")
        if role == _ALIGNMENT and column == Column.OPEN_NEEDS:
            return _CENTRE
        if role == _ALIGNMENT and column == Column.DAYS_SINCE_CONTACT:
            return _RIGHT
        return None

    def _is_overdue(self, household: HouseholdRow) -> bool:
        due = household.next_contact_due
        return household.status is HouseholdStatus.OPEN and due is not None and due < self._day

    def _display(self, household: HouseholdRow, column: int) -> str:
        if column == Column.REFERENCE:
            return household.reference
        if column == Column.ALIAS:
            return household.alias
        if column == Column.SCHOOL:
            return household.school
        if column == Column.LANGUAGE:
            return language_name(household.preferred_language)
        if column == Column.OPEN_NEEDS:
            return str(household.open_needs)
        if column == Column.NEXT_CONTACT_DUE:
            text = format_day(household.next_contact_due)
            if text and household.slipped:
                return _("{date} (slipped)").format(date=text)
            if text and self._is_overdue(household):
                return _("{date} (overdue)").format(date=text)
            return text
        if column == Column.DAYS_SINCE_CONTACT:
            days = household.days_since_last_contact
            return "" if days is None else str(days)
        if household.status is HouseholdStatus.CLOSED and household.closed_on is not None:
            return _("Closed {date}").format(date=format_day(household.closed_on))
        return label(household.status)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort through the repository (header clicks land here)."""
        sort = SORT_BY_COLUMN.get(Column(column)) if 0 <= column < len(Column) else None
        if sort is None:
            self.sort_refused.emit()
            return
        descending = (order == Qt.SortOrder.DescendingOrder) != (column in _INVERTED)
        if (sort, descending) != (self._sort, self._descending):
            self.set_order(sort, descending)
