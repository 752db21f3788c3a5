"""Create or edit an event: title, kind, date, school and the languages offered."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from desktop_app.core import validation as rules
from desktop_app.core.errors import UserFacingError
from desktop_app.core.models import Event, EventKind
from desktop_app.gui.forms.ui_event_dialog import Ui_EventDialog
from desktop_app.gui.household_search import LanguageChecklist
from desktop_app.gui.labels import label
from desktop_app.i18n import _, current_language

ERROR_STYLE = "color: #a4262c;"


class EventDialog(QDialog):
    """New event (``event=None``) or changes to one; ``saved`` after the vault committed."""

    saved = Signal(object)  # the stored Event

    def __init__(
        self,
        services: Any,
        event: Event | None = None,
        *,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_EventDialog()
        self.ui.setupUi(self)
        self._services = services
        self._event = event
        self.stored: Event | None = None
        ui = self.ui
        self.languages = LanguageChecklist(ui.language_filter_edit, ui.language_list, self)
        for kind in EventKind:
            ui.kind_combo.addItem(label(kind), kind.value)
        for school in services.households.schools():
            ui.school_combo.addItem(school)
        ui.school_combo.setCurrentText("")
        ui.date_edit.setCalendarPopup(True)
        start = event.held_on if event is not None else today()
        ui.date_edit.setDate(QDate(start.year, start.month, start.day))
        ui.message_label.setStyleSheet(ERROR_STYLE)
        ui.message_label.setVisible(False)
        self.save_button = ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        ui.button_box.accepted.connect(self.save)
        ui.button_box.rejected.connect(self.reject)
        if event is not None:
            ui.title_edit.setText(event.title)
            ui.kind_combo.setCurrentIndex(max(0, ui.kind_combo.findData(event.kind.value)))
            ui.school_combo.setCurrentText(event.school)
            self.languages.set_checked(event.languages)
        self.retranslate()

    def form_event(self) -> Event:
        """Return the event as the form shows it."""
        ui = self.ui
        day = ui.date_edit.date()
        values = {
            "title": " ".join(ui.title_edit.text().split()),
            "kind": EventKind(ui.kind_combo.currentData()),
            "held_on": date(day.year(), day.month(), day.day()),
            "school": " ".join(ui.school_combo.currentText().split()),
            "languages": self.languages.checked(),
        }
        if self._event is not None:
            return dataclasses.replace(self._event, **values)  # type: ignore[arg-type]
        return Event(**values)  # type: ignore[arg-type]

    def save(self) -> bool:
        """Store the event; the dialog closes only after the vault committed."""
        if self.stored is not None:
            return False
        event = self.form_event()
        problem = rules.required(event.title) or rules.max_length(rules.MAX_NAME_CHARS)(event.title)
        if problem:
            self._show_error(problem)
            self.ui.title_edit.setFocus()
            return False
        repo = self._services.events
        try:
            stored = repo.add(event) if event.id is None else repo.update(event)
        except UserFacingError as error:
            self._show_error(str(error))
            return False
        self.stored = stored
        self.saved.emit(stored)
        self.accept()
        return True

    def _show_error(self, text: str) -> None:
        self.ui.message_label.setText(text)
        self.ui.message_label.setVisible(bool(text))

    def retranslate(self) -> None:
        """Texts from Python: title, kinds, dates."""
        ui = self.ui
        self.setWindowTitle(_("Edit an event") if self._event is not None else _("New event"))
        if self.save_button is not None:
            self.save_button.setText(_("&Save event"))
        for index in range(ui.kind_combo.count()):
            ui.kind_combo.setItemText(index, label(EventKind(ui.kind_combo.itemData(index))))
        ui.date_edit.setLocale(QLocale(current_language()))
        ui.date_edit.setDisplayFormat("d MMM yyyy")
        self.languages.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)
