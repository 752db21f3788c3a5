"""Pick a family by searching, and pick languages by ticking them: behaviour for form widgets.

Both are controllers over widgets laid out in a Designer form (so the form keeps its
labels, buddies and tab order): :class:`HouseholdSearch` turns a line edit and a list
into search-as-you-type over the vault's households (references, names, notes), and
:class:`LanguageChecklist` turns a line edit and a list into a filterable list of
languages, each shown in its own script and in the staff member's language.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem

from desktop_app.core.models import HouseholdRow
from desktop_app.i18n import _, current_language, isolate
from desktop_app.i18n.locales import FAMILY_LANGUAGES, language_name, native_name

#: Milliseconds of quiet typing before the vault is searched (as on the Families page).
SEARCH_DELAY_MS = 150
#: At most this many families are listed for a search.
RESULT_LIMIT = 20

_ID_ROLE = int(Qt.ItemDataRole.UserRole)
_PICK_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter}


def family_handle(reference: str, alias: str) -> str:
    """Return how a family is named in lists: ``HH-7F3K · Family A.``."""
    return f"{reference} · {isolate(alias)}" if alias else reference


class HouseholdSearch(QObject):
    """Search-as-you-type over households; emits ``picked`` with the chosen household's id.

    Typing searches after a short pause; Down moves into the results; Enter (in the box:
    the first result) or a click picks one.
    """

    picked = Signal(int)

    def __init__(
        self,
        edit: QLineEdit,
        results: QListWidget,
        search: Callable[[str], list[HouseholdRow]] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or edit)
        self.edit = edit
        self.results = results
        self._search = search
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run)
        edit.textEdited.connect(self._timer.start)
        edit.returnPressed.connect(self._pick_first)
        edit.installEventFilter(self)
        results.installEventFilter(self)
        results.itemClicked.connect(self._pick_item)
        results.itemActivated.connect(self._pick_item)
        results.setVisible(False)
        results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def set_search(self, search: Callable[[str], list[HouseholdRow]] | None) -> None:
        """Search with ``search`` (``None`` when locked: everything is emptied)."""
        self._search = search
        self._timer.stop()
        if search is None:
            self.clear()

    def clear(self) -> None:
        """Forget the text and the results."""
        self._timer.stop()
        self.edit.clear()
        self.results.clear()
        self.results.setVisible(False)

    def run(self) -> None:
        """Search now for what is typed (the box calls this after a short pause)."""
        self._timer.stop()
        self.results.clear()
        text = self.edit.text()
        # The list shows only while there is something to pick (it keeps the form short).
        self.results.setVisible(self._search is not None and bool(text.strip()))
        if self._search is None or not text.strip():
            return
        rows = self._search(text)[:RESULT_LIMIT]
        for row in rows:
            parts = [family_handle(row.reference, row.alias)]
            if row.school:
                parts.append(isolate(row.school))
            item = QListWidgetItem(" · ".join(parts), self.results)
            item.setData(_ID_ROLE, row.id)
            item.setToolTip(item.text())
        if not rows:
            item = QListWidgetItem(_("No family found. Try a reference or a name."), self.results)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        else:
            self.results.setCurrentRow(0)

    def _pick_first(self) -> None:
        if self._timer.isActive():
            self.run()
        item = self.results.currentItem() or self.results.item(0)
        if item is not None:
            self._pick_item(item)

    def _pick_item(self, item: QListWidgetItem) -> None:
        household_id = item.data(_ID_ROLE)
        if household_id is not None:
            self.picked.emit(int(household_id))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down in the box moves into the results; Enter in the results picks."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.edit and event.key() == Qt.Key.Key_Down and self.results.count():
                self.results.setFocus()
                if self.results.currentRow() < 0:
                    self.results.setCurrentRow(0)
                return True
            if watched is self.results and event.key() in _PICK_KEYS:
                item = self.results.currentItem()
                if item is not None:
                    self._pick_item(item)
                    return True
        return super().eventFilter(watched, event)


class LanguageChecklist(QObject):
    """A filterable, tickable list of languages (each in its own script, then in ours)."""

    changed = Signal()

    def __init__(self, filter_edit: QLineEdit, languages: QListWidget, parent: Any = None) -> None:
        super().__init__(parent or languages)
        self.filter_edit = filter_edit
        self.list = languages
        for code in FAMILY_LANGUAGES:
            self._add(code)
        filter_edit.textChanged.connect(self._filter)
        languages.itemChanged.connect(lambda _item: self.changed.emit())
        self.retranslate()

    def _add(self, code: str) -> QListWidgetItem:
        item = QListWidgetItem(self.list)
        item.setData(_ID_ROLE, code)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        return item

    def retranslate(self) -> None:
        """Name every language in its own script and in the staff member's language."""
        ui_language = current_language()
        self.list.blockSignals(True)
        for index in range(self.list.count()):
            item = self.list.item(index)
            code = str(item.data(_ID_ROLE))
            own, ours = native_name(code), language_name(code, ui_language)
            item.setText(own if own == ours else f"{own} · {ours}")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, ours)
        self.list.blockSignals(False)
        self._filter(self.filter_edit.text())

    def _filter(self, text: str) -> None:
        wanted = text.strip().casefold()
        for index in range(self.list.count()):
            item = self.list.item(index)
            code = str(item.data(_ID_ROLE))
            haystack = " ".join((item.text(), code, language_name(code, "en"))).casefold()
            item.setHidden(bool(wanted) and wanted not in haystack)

    def set_checked(self, codes: Iterable[str]) -> None:
        """Tick exactly these languages (ones not offered yet are added)."""
        wanted = list(dict.fromkeys(c for c in codes if c))
        present = {str(self.list.item(i).data(_ID_ROLE)) for i in range(self.list.count())}
        self.list.blockSignals(True)
        for code in wanted:
            if code not in present:
                self._add(code)
        for index in range(self.list.count()):
            item = self.list.item(index)
            on = str(item.data(_ID_ROLE)) in wanted
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self.retranslate()
        self.changed.emit()

    def checked(self) -> tuple[str, ...]:
        """Return the ticked languages, in list order."""
        return tuple(
            str(self.list.item(i).data(_ID_ROLE))
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        )


def language_names(codes: Iterable[str]) -> str:
    """Return languages as a short list in their own scripts: "العربية, English"."""
    return ", ".join(isolate(native_name(code)) for code in codes if code)
