"""The services directory as a Qt table model (the Services page's list).

A directory holds tens to a few thousand services: the page filters them in memory and
hands the model the rows to show. Languages show in their own script; archived services
are greyed and say so.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop_app.core.models import Service
from desktop_app.gui.labels import label, language_name
from desktop_app.i18n import N_, _, isolate

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    """The columns of the services list, in order."""

    NAME = 0
    NEEDS = 1
    LANGUAGES = 2
    ACCESS = 3
    PHONE = 4
    OPENING_TIMES = 5


_HEADERS = {
    Column.NAME: N_("Name"),
    Column.NEEDS: N_("Needs"),
    Column.LANGUAGES: N_("Languages"),
    Column.ACCESS: N_("How to get there"),
    Column.PHONE: N_("Phone"),
    Column.OPENING_TIMES: N_("Opening times"),
}


def languages_text(service: Service) -> str:
    """The languages a service offers, each in its own script."""
    return ", ".join(isolate(language_name(code)) for code in service.languages)


def needs_text(service: Service) -> str:
    """The needs a service helps with, in the staff language ("" when none)."""
    return ", ".join(label(category) for category in service.categories)


class ServiceTableModel(QAbstractTableModel):
    """Shows a list of services; ``service(row)`` gives the record behind a row."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Service] = []

    def set_rows(self, services: list[Service]) -> None:
        """Show ``services`` (already filtered and ordered)."""
        self.beginResetModel()
        self._rows = list(services)
        self.endResetModel()

    def clear(self) -> None:
        """Show nothing (locked)."""
        self.set_rows([])

    def service(self, row: int) -> Service | None:
        """Return the service on ``row``."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, service_id: int | None) -> int | None:
        """Return the row showing the service with this id."""
        for row, service in enumerate(self._rows):
            if service.id == service_id:
                return row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Rows shown."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Columns shown."""
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles in the staff language."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(Column):
                return _(_HEADERS[Column(section)])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A cell's text, tooltip and colour."""
        service = self.service(index.row()) if index.isValid() else None
        if service is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            text = self._text(service, column)
            # Names, numbers and hours are data in their own direction: isolated, they keep
            # their order inside a right-to-left table ("01632 960171", not "960171 01632").
            return isolate(text) if column is not Column.NEEDS else text
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self._text(service, column)
            if column is Column.NAME and service.organization:
                return _("{service}, run by {organization}").format(
                    service=text, organization=service.organization
                )
            return text
        if role == Qt.ItemDataRole.ForegroundRole and service.archived:
            return QBrush(QColor("#6b6b6b"))
        return None

    @staticmethod
    def _text(service: Service, column: Column) -> str:
        if column is Column.NAME:
            name = service.name
            return _("{service} — archived").format(service=name) if service.archived else name
        if column is Column.NEEDS:
            return needs_text(service) or _("No need chosen yet")
        if column is Column.LANGUAGES:
            return languages_text(service)
        if column is Column.ACCESS:
            return label(service.access)
        if column is Column.PHONE:
            return service.phone
        return service.opening_times
