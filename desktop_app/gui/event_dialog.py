"""Create or edit an event: title, kind, date, school and the languages offered.

What was typed survives an auto-lock: the session keeps it as an encrypted draft
(:meth:`EventDialog.collect_draft`) and the Events page reopens it after unlock
(:meth:`EventDialog.from_draft`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, Signal
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

from desktop_app.core import validation as rules
from desktop_app.core.errors import UserFacingError
from desktop_app.core.models import Event, EventKind
from desktop_app.gui.draft_dialog import RecordFormDialog
from desktop_app.gui.forms.ui_event_dialog import Ui_EventDialog
from desktop_app.gui.household_search import LanguageChecklist
from desktop_app.gui.labels import label
from desktop_app.i18n import _, current_language

ERROR_STYLE = "color: #a4262c;"


class EventDialog(RecordFormDialog):
    """New event (``event=None``) or changes to one; ``saved`` after the vault committed."""

    saved = Signal(object)  # the stored Event
    DRAFT_KIND = "event_form"

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
        self._closing_quietly = False
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
        self.remember_opened_state()

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

    # ------------------------------------------------------------------ drafts
    def form_state(self) -> dict[str, Any]:
        """What the form holds, as a draft keeps it (JSON-ready)."""
        ui = self.ui
        day = ui.date_edit.date()
        return {
            "event_id": None if self._event is None else self._event.id,
            "title": ui.title_edit.text(),
            "kind": ui.kind_combo.currentData(),
            "held_on": date(day.year(), day.month(), day.day()).isoformat(),
            "school": ui.school_combo.currentText(),
            "languages": list(self.languages.checked()),
        }

    def apply_state(self, state: dict[str, Any]) -> None:
        """Put a draft's values back into the form."""
        ui = self.ui
        ui.title_edit.setText(str(state.get("title", "")))
        index = ui.kind_combo.findData(state.get("kind"))
        if index >= 0:
            ui.kind_combo.setCurrentIndex(index)
        held_on = date.fromisoformat(str(state["held_on"]))
        ui.date_edit.setDate(QDate(held_on.year, held_on.month, held_on.day))
        ui.school_combo.setCurrentText(str(state.get("school", "")))
        self.languages.set_checked(tuple(str(v) for v in state.get("languages", ())))

    @property
    def draft_key(self) -> str:
        """One unsaved form per event ("new" for an event not stored yet)."""
        if self._event is None or self._event.id is None:
            return "new"
        return str(self._event.id)

    @classmethod
    def record_for_draft(cls, services: Any, state: dict[str, Any]) -> Event | None:
        """The event a draft edits (None: a new one); LookupError if it was deleted."""
        event_id = state.get("event_id")
        if event_id is None:
            return None
        event: Event | None = services.events.get(int(event_id))
        if event is None:
            raise LookupError("the event was deleted")
        return event

    @classmethod
    def ask_discard(cls, parent: QWidget) -> bool:
        """Ask whether to throw away what was typed (tests replace this)."""
        answer = QMessageBox.question(
            parent,
            _("Discard this event?"),
            _("What you typed for this event will not be saved."),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

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
        self.drop_draft()
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
