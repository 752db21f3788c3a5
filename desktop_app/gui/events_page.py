"""The Events page: coffee mornings, ESOL sessions, workshops, celebrations, and who came.

Upcoming events (soonest first) and past ones (newest first); for the event picked,
the families who came and how many people, with a search to add a family and a button
to remove one recorded by mistake. Attendance feeds the *event attendance* indicator of
the anonymised statistics (households with statistics consent only).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import QHeaderView, QMessageBox, QTableWidget, QWidget

from desktop_app.core.errors import UserFacingError
from desktop_app.core.models import Event, EventAttendance
from desktop_app.gui.champions_page import ERROR_STYLE, SAVED_STYLE
from desktop_app.gui.draft_dialog import PageDialog
from desktop_app.gui.event_dialog import EventDialog
from desktop_app.gui.families_page import style_title
from desktop_app.gui.forms.ui_events_page import Ui_EventsPage
from desktop_app.gui.household_search import HouseholdSearch, family_handle, language_names
from desktop_app.gui.labels import format_day, in_ui_direction, label
from desktop_app.gui.record_tables import (
    ID_ROLE,
    fill_table,
    prepare_table,
    select_row,
    selected_id,
)
from desktop_app.i18n import _, isolate, ngettext


def came_words(households: int, people: int) -> str:
    """Return "3 families, 7 people" (or "Nobody recorded yet")."""
    if not households:
        return _("Nobody recorded yet")
    families = ngettext("{count} family", "{count} families", households).format(count=households)
    persons = ngettext("{count} person", "{count} people", people).format(count=people)
    return _("{families}, {people}").format(families=families, people=persons)


class EventsPage(QWidget):
    """Events and attendance over the session's services (``None`` when locked)."""

    def __init__(
        self, parent: QWidget | None = None, *, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_EventsPage()
        self.ui.setupUi(self)
        self._today = today
        self._services: Any = None
        self._events: dict[int, Any] = {}
        self._attendance: dict[int, Any] = {}
        self.event_id: int | None = None
        self.attendee_id: int | None = None
        self.dialogs = PageDialog(self, EventDialog, self._after_save, today=today)
        ui = self.ui
        style_title(ui.title_label)
        for table in (ui.upcoming_table, ui.past_table, ui.attendance_table):
            prepare_table(table)
        for table in (ui.upcoming_table, ui.past_table):
            # One line per event: the school takes the spare width, the rest fit their text.
            table.setWordWrap(False)
            table.horizontalHeader().setStretchLastSection(False)
        ui.message_label.setVisible(False)
        self.attendee_search = HouseholdSearch(
            ui.attendee_search_edit, ui.attendee_results_list, None, self
        )
        self.attendee_search.picked.connect(self.choose_attendee)
        ui.attendee_results_list.currentItemChanged.connect(self._attendee_from_list)
        ui.new_event_button.clicked.connect(self.new_event)
        ui.edit_event_button.clicked.connect(self.edit_event)
        ui.delete_event_button.clicked.connect(self.delete_event)
        ui.add_attendance_button.clicked.connect(self.add_attendance)
        ui.remove_attendance_button.clicked.connect(self.remove_attendance)
        ui.attendance_table.itemSelectionChanged.connect(self._update_buttons)
        for table in (ui.upcoming_table, ui.past_table):
            table.itemSelectionChanged.connect(lambda t=table: self._picked_event(t))
        action = QAction(self)
        action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(self.new_event)
        self.addAction(action)
        self.retranslate()
        self.set_services(None)

    # ------------------------------------------------------------------ session
    def set_services(self, services: Any) -> None:
        """Show the vault's events, or nothing at all when ``services`` is None."""
        self._services = services
        self.attendee_search.set_search(None if services is None else services.households.search)
        if services is None:
            self.dialogs.close_quietly()
            self.event_id = None
            self.attendee_id = None
            self._events, self._attendance = {}, {}
            for table in (self.ui.upcoming_table, self.ui.past_table, self.ui.attendance_table):
                table.clearContents()
                table.setRowCount(0)
            self._show("")
        self.setEnabled(services is not None)
        self.refresh()

    def refresh(self) -> None:
        """Read the events and the picked event's attendance again."""
        ui = self.ui
        if self._services is None:
            self._show_event()
            return
        today = self._today()
        repo = self._services.events
        upcoming = repo.summaries(today, upcoming=True)
        past = repo.summaries(today, upcoming=False)
        self._events = {s.event.id: s for s in (*upcoming, *past)}
        headers = [_("Date"), _("Event"), _("Kind"), _("School"), _("Came")]
        for table, summaries in ((ui.upcoming_table, upcoming), (ui.past_table, past)):
            table.blockSignals(True)
            fill_table(
                table,
                headers,
                [
                    (
                        s.event.id,
                        [
                            format_day(s.event.held_on),
                            isolate(s.event.title),
                            label(s.event.kind),
                            isolate(s.event.school),
                            came_words(s.households, s.people),
                        ],
                    )
                    for s in summaries
                ],
            )
            table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
            table.blockSignals(False)
        ui.upcoming_group.setTitle(_("Today and upcoming ({count})").format(count=len(upcoming)))
        ui.past_group.setTitle(_("Past ({count})").format(count=len(past)))
        if self.event_id not in self._events:
            self.event_id = None
        self._show_event()

    def select_first_past(self) -> None:
        """Pick the most recent past event (or the next one when none has been held)."""
        for table in (self.ui.past_table, self.ui.upcoming_table):
            if table.rowCount():
                select_row(table, 0)
                return

    def select_event(self, event_id: int) -> None:
        """Pick an event in whichever list holds it."""
        for table in (self.ui.upcoming_table, self.ui.past_table):
            for row in range(table.rowCount()):
                item = table.item(row, 0)
                if item is not None and item.data(ID_ROLE) == event_id:
                    select_row(table, row)
                    return

    def _picked_event(self, table: QTableWidget) -> None:
        found = selected_id(table)
        if found is None:
            return
        other = self.ui.past_table if table is self.ui.upcoming_table else self.ui.upcoming_table
        other.blockSignals(True)
        other.clearSelection()
        other.blockSignals(False)
        self.event_id = int(found)
        self._show_event()

    # ------------------------------------------------------------------ one event
    def _show_event(self) -> None:
        ui = self.ui
        summary = None if self.event_id is None else self._events.get(self.event_id)
        self._attendance = {}
        if summary is None or self._services is None:
            ui.event_label.setText(_("Pick an event to see and record who came."))
            ui.attendance_table.clearContents()
            ui.attendance_table.setRowCount(0)
            ui.attendance_total_label.clear()
            self._update_buttons()
            return
        event: Event = summary.event
        parts = [event.title, label(event.kind), format_day(event.held_on)]
        if event.school:
            parts.append(event.school)
        if event.languages:
            parts.append(_("in {languages}").format(languages=language_names(event.languages)))
        # Each part isolated: a Latin title in an Arabic line (or a date) keeps its place.
        ui.event_label.setText(in_ui_direction(" · ".join(isolate(p) for p in parts)))
        rows = self._services.events.attendance_rows(event.id)
        self._attendance = {r.attendance.id: r for r in rows}
        fill_table(
            ui.attendance_table,
            [_("Family"), _("People")],
            [
                (
                    r.attendance.id,
                    [family_handle(r.reference, r.alias), str(r.attendance.people_count)],
                )
                for r in rows
            ],
        )
        ui.attendance_total_label.setText(
            came_words(len(rows), sum(r.attendance.people_count for r in rows))
        )
        self._update_buttons()

    def _held(self) -> bool:
        summary = None if self.event_id is None else self._events.get(self.event_id)
        return summary is not None and summary.event.held_on <= self._today()

    def _update_buttons(self) -> None:
        ui = self.ui
        picked = self.event_id is not None and self._services is not None
        ui.edit_event_button.setEnabled(picked)
        ui.delete_event_button.setEnabled(picked)
        held = picked and self._held()
        for widget in (ui.attendee_search_edit, ui.attendee_results_list, ui.people_spin):
            widget.setEnabled(held)
        ui.add_attendance_button.setEnabled(held and self.attendee_id is not None)
        ui.remove_attendance_button.setEnabled(selected_id(ui.attendance_table) is not None)
        ui.attendee_search_edit.setToolTip(
            "" if held or not picked else _("Who came is recorded on the day or after it.")
        )

    # ------------------------------------------------------------------ attendance
    def choose_attendee(self, household_id: int) -> None:
        """Pick the family to add (from the search); the people count comes next."""
        self.attendee_id = household_id
        self._update_buttons()
        self.ui.people_spin.setFocus()
        self.ui.people_spin.selectAll()

    def _attendee_from_list(self, *_args: object) -> None:
        item = self.ui.attendee_results_list.currentItem()
        found = None if item is None else item.data(ID_ROLE)
        self.attendee_id = None if found is None else int(found)
        self._update_buttons()

    def add_attendance(self) -> bool:
        """Record that the picked family came to the picked event (or correct the number)."""
        ui = self.ui
        if self._services is None or self.event_id is None or self.attendee_id is None:
            return False
        count = ui.people_spin.value()
        try:
            self._services.events.record_attendance(
                EventAttendance(self.event_id, self.attendee_id, count)
            )
        except UserFacingError as error:
            self._show(str(error), ERROR_STYLE)
            return False
        row = self._services.households.row(self.attendee_id, today=self._today())
        who = family_handle(row.reference, row.alias) if row else ""
        self.attendee_search.clear()
        self.attendee_id = None
        ui.people_spin.setValue(1)
        self.refresh()
        self.select_event(self.event_id)
        self._show(
            ngettext(
                "Saved: {family} came ({count} person).",
                "Saved: {family} came ({count} people).",
                count,
            ).format(family=who, count=count),
            SAVED_STYLE,
        )
        ui.attendee_search_edit.setFocus()
        return True

    def remove_attendance(self) -> bool:
        """Remove the selected family from the event (recorded by mistake)."""
        found = selected_id(self.ui.attendance_table)
        if self._services is None or found is None:
            return False
        try:
            self._services.events.remove_attendance(int(found))
        except UserFacingError as error:
            self._show(str(error), ERROR_STYLE)
            return False
        event_id = self.event_id
        self.refresh()
        if event_id is not None:
            self.select_event(event_id)
        self._show(_("Removed from the event."), SAVED_STYLE)
        return True

    # ------------------------------------------------------------------ events
    def new_event(self) -> EventDialog | None:
        """Open the dialog for a new event."""
        if self._services is None:
            return None
        return self._open_dialog(EventDialog(self._services, today=self._today, parent=self))

    def edit_event(self) -> EventDialog | None:
        """Open the picked event's details."""
        summary = None if self.event_id is None else self._events.get(self.event_id)
        if self._services is None or summary is None:
            return None
        return self._open_dialog(
            EventDialog(self._services, summary.event, today=self._today, parent=self)
        )

    @property
    def dialog(self) -> EventDialog | None:
        """The event dialog open now, if any."""
        return self.dialogs.dialog

    def _open_dialog(self, dialog: EventDialog) -> EventDialog:
        return self.dialogs.open(dialog)

    def _after_save(self, event: Event) -> None:
        self.refresh()
        if event.id is not None:
            self.select_event(event.id)
        self._show(_("Saved: {title}.").format(title=isolate(event.title)), SAVED_STYLE)

    def ask_confirm(self, title: str, text: str) -> bool:
        """Ask a yes/no question (tests replace this)."""
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def delete_event(self) -> bool:
        """Delete the picked event and its attendance (after confirming)."""
        summary = None if self.event_id is None else self._events.get(self.event_id)
        if self._services is None or summary is None:
            return False
        text = (
            ngettext(
                "Delete this event? The attendance of {count} family goes with it.",
                "Delete this event? The attendance of {count} families goes with it.",
                summary.households,
            ).format(count=summary.households)
            if summary.households
            else _("Delete this event?")
        )
        if not self.ask_confirm(_("Delete an event"), text):
            return False
        try:
            self._services.events.delete(summary.event.id)
        except UserFacingError as error:
            self._show(str(error), ERROR_STYLE)
            return False
        self.event_id = None
        self.refresh()
        self._show(_("The event was deleted."), SAVED_STYLE)
        return True

    # ------------------------------------------------------------------ messages, language
    def _show(self, text: str, style: str = "") -> None:
        self.ui.message_label.setStyleSheet(style)
        self.ui.message_label.setText(text)
        self.ui.message_label.setVisible(bool(text))

    def retranslate(self) -> None:
        """Texts that come from Python: headers, kinds, dates, counts."""
        event_id = self.event_id
        self.refresh()
        if event_id is not None:
            self.select_event(event_id)

    def showEvent(self, event: QShowEvent) -> None:
        """Read the vault again when the section comes to the front."""
        super().showEvent(event)
        if self._services is not None:
            self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate every text when the application language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)
