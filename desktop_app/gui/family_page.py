"""The Family page: one household's record — people, needs, contacts, referrals, consent.

Two kinds of change, both shown as "Saved" only once the vault committed (DESIGN §3):

* **Edits** to the family's details, its people and the notes on its needs are staged
  on the page (a :class:`~desktop_app.core.family_edit.FamilyEdit`) and written together
  by one explicit Save (Ctrl+S), in one transaction. Until then the page says there are
  unsaved changes; leaving the page, opening another family or closing Hearth asks
  Save / Discard / Cancel (:meth:`FamilyPage.ask_unsaved`, which tests replace); an
  auto-lock never asks but keeps the edits as an encrypted draft in the vault, and the
  page offers them back after unlock (the page is a draft source of the session).
* **Events** — a need's next status, a new need, a contact, closing or reopening the
  case — are recorded at once with their date; staged edits survive them.

A known failure (a :class:`UserFacingError`) is shown in plain words above the tabs,
nothing claims to be saved and what was typed stays; anything else is a bug and
reaches the crash dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop_app.core import validation as rules
from desktop_app.core.consent import (
    REMOTE_CHANNELS,
    check_writable,
    fields_allowed,
    latest_events,
    purpose_name,
)
from desktop_app.core.errors import UserFacingError
from desktop_app.core.family_edit import (
    DRAFT_KIND,
    FamilyChanges,
    FamilyEdit,
    draft_payload,
    read_draft,
)
from desktop_app.core.models import (
    Channel,
    ClosedReason,
    ConsentPurpose,
    Draft,
    HouseholdAggregate,
    HouseholdStatus,
    Need,
    NeedCategory,
    NeedStatus,
    PlatformConfidence,
)
from desktop_app.gui.direction import join_steps
from desktop_app.gui.families_page import style_title
from desktop_app.gui.forms.ui_family_page import Ui_FamilyPage
from desktop_app.gui.labels import format_day, in_ui_direction, label, language_name
from desktop_app.gui.need_hints import need_note_hint
from desktop_app.gui.validation import FieldCheck, FormChecks, NoteReminder
from desktop_app.gui.views import select_row
from desktop_app.i18n import _, current_language, isolate
from desktop_app.i18n.locales import FAMILY_LANGUAGES

SAVED_STYLE = "color: #1e6b34;"
ERROR_STYLE = "color: #a4262c; font-weight: bold;"
UNSAVED_STYLE = "background: #fff4ce; color: #3b2e00; padding: 0.3em; border-radius: 4px;"

#: What :meth:`FamilyPage.ask_unsaved` answers.
SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _fill_table(table: QTableWidget, headers: list[str], rows: list[list[str]]) -> None:
    table.clearContents()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.setItem(r, c, QTableWidgetItem(text))


def _fill_combo(combo: QComboBox, values: list[Any], texts: list[str]) -> None:
    current = combo.currentData()
    combo.clear()
    for value, text in zip(values, texts, strict=True):
        combo.addItem(text, value)
    index = combo.findData(current)
    combo.setCurrentIndex(max(index, 0))


class FamilyPage(QWidget):
    """Shows and edits one household; emits ``back_requested`` and ``household_changed``."""

    back_requested = Signal()
    #: "Find a parent champion…" for the household on screen (its id).
    champion_requested = Signal(int)
    #: A change to the household was committed (lists showing it should refresh).
    household_changed = Signal(int)
    #: Emitted after each successful save, with what was saved ("details", "contact", …).
    saved = Signal(str)
    #: Whether the page holds edits that are not in the vault yet (emitted on change).
    unsaved_changed = Signal(bool)
    #: A household (HouseholdAggregate) was put on screen, or shown again after a change.
    shown = Signal(object)
    #: The page was emptied (locked, or the household went away).
    cleared = Signal()

    #: The kind of this page's drafts in the vault (the key is the household id).
    DRAFT_KIND = DRAFT_KIND

    def __init__(
        self, parent: QWidget | None = None, *, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_FamilyPage()
        self.ui.setupUi(self)
        self._today = today
        self._services: Any = None
        self._aggregate: HouseholdAggregate | None = None
        #: The record as last read from the vault, in the shape the page edits.
        self._baseline: FamilyEdit | None = None
        #: Notes on needs as on screen (need id as text → note).
        self._need_notes: dict[str, str] = {}
        self._loading = False
        self._unsaved = False
        self._writable = True
        self._read_only_shown = False
        self._feedback_is_error = False
        self._last_language = ""
        self._note_targets: list[tuple[str, int | None]] = []
        self.ui.person_editor.set_today(today)
        style_title(self.ui.reference_label)
        for table in (
            self.ui.needs_table,
            self.ui.contacts_table,
            self.ui.referrals_table,
            self.ui.consent_table,
            self.ui.notes_table,
        ):
            table.verticalHeader().setVisible(False)
            table.horizontalHeader().setStretchLastSection(True)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ui.unsaved_label.setStyleSheet(UNSAVED_STYLE)
        self.ui.edit_bar_layout.setStretchFactor(self.ui.unsaved_label, 1)
        self.ui.arrival_month_edit.setMinimumDate(QDate(1950, 1, 1))
        self._build_checks()
        self._connect()
        self.retranslate()
        self.set_services(None)

    # ------------------------------------------------------------------ set-up
    def _build_checks(self) -> None:
        ui = self.ui
        name_rules = [rules.max_length(rules.MAX_NAME_CHARS)]
        self.details_checks = FormChecks(
            [
                FieldCheck(ui.alias_edit, ui.alias_message, name_rules),
                FieldCheck(ui.school_edit, ui.school_message, name_rules),
                FieldCheck(ui.area_edit, ui.area_message, name_rules),
                FieldCheck(
                    ui.key_contact_edit,
                    ui.key_contact_message,
                    [rules.required, rules.max_length(rules.MAX_NAME_CHARS)],
                ),
            ]
        )
        self.need_edit_check = FieldCheck(
            ui.need_edit_note_edit,
            ui.need_edit_note_message,
            [rules.max_length(rules.MAX_NOTE_CHARS)],
        )
        self.need_checks = FormChecks(
            [
                FieldCheck(
                    ui.need_note_edit,
                    ui.need_note_message,
                    [rules.max_length(rules.MAX_NOTE_CHARS)],
                )
            ]
        )
        NoteReminder(ui.need_note_edit, ui.need_note_reminder, rules.MAX_NOTE_CHARS)
        NoteReminder(ui.need_edit_note_edit, ui.need_edit_reminder, rules.MAX_NOTE_CHARS)
        for message in (ui.status_message, ui.close_message):
            message.setStyleSheet("color: #a4262c;")
            message.setWordWrap(True)
            message.setVisible(False)
        ui.channel_note_label.setStyleSheet("color: #5c5c5c;")
        ui.channel_note_label.setVisible(False)
        ui.need_edit_hint_label.setStyleSheet("color: #5c5c5c;")

    def _connect(self) -> None:
        ui = self.ui
        ui.back_button.clicked.connect(self.go_back)
        ui.save_button.clicked.connect(self.save)
        ui.discard_button.clicked.connect(self.discard_changes)
        save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_shortcut.activated.connect(self.save)
        ui.record_status_button.clicked.connect(self.record_status)
        ui.add_need_button.clicked.connect(self.add_need)
        ui.close_case_button.clicked.connect(self._ask_close)
        ui.find_champion_button.clicked.connect(self._request_champion)
        ui.cancel_close_button.clicked.connect(self._hide_close)
        ui.confirm_close_button.clicked.connect(self.close_case)
        ui.reopen_button.clicked.connect(self.reopen_case)
        ui.needs_table.itemSelectionChanged.connect(self._show_need_history)
        ui.notes_table.itemActivated.connect(self._open_note)
        # Every edit of the staged record updates the "unsaved changes" state.
        for edit in (ui.alias_edit, ui.school_edit, ui.area_edit, ui.key_contact_edit):
            edit.textChanged.connect(self._edited)
        for combo in (
            ui.language_combo,
            ui.interpreter_language_combo,
            ui.channel_combo,
            ui.platform_combo,
        ):
            combo.currentIndexChanged.connect(self._edited)
        ui.language_combo.currentIndexChanged.connect(self._follow_language)
        ui.interpreter_check.toggled.connect(self._interpreter_toggled)
        ui.arrival_known_check.toggled.connect(self._arrival_toggled)
        ui.arrival_month_edit.dateChanged.connect(self._edited)
        ui.person_editor.changed.connect(self._edited)
        ui.need_edit_note_edit.textChanged.connect(self._need_note_edited)

    def retranslate(self) -> None:
        """Texts that come from Python: the vocabularies, headers and the open record."""
        ui = self.ui
        edit = self.current_edit()
        _fill_combo(ui.channel_combo, list(Channel), [label(c) for c in Channel])
        _fill_combo(
            ui.platform_combo, list(PlatformConfidence), [label(c) for c in PlatformConfidence]
        )
        _fill_combo(ui.new_status_combo, list(NeedStatus), [label(s) for s in NeedStatus])
        _fill_combo(ui.need_category_combo, list(NeedCategory), [label(c) for c in NeedCategory])
        _fill_combo(ui.close_reason_combo, list(ClosedReason), [label(r) for r in ClosedReason])
        locale = QLocale(current_language())
        for date_edit in (ui.status_date_edit, ui.close_date_edit):
            date_edit.setLocale(locale)
            date_edit.setDisplayFormat("d MMM yyyy")
        ui.arrival_month_edit.setLocale(locale)
        if ui.language_combo.count():
            ui.language_combo.setItemText(0, _("Not recorded"))
        ui.notes_reminder_label.setText(
            _(
                "Notes are short and factual: record only what is needed to help the family. "
                "Write them as if the family will read them — one day they may ask to. "
                "Double-click a note on a need to change it."
            )
        )
        ui.save_button.setToolTip(_("Save every change on this page (Ctrl+S)"))
        ui.discard_button.setToolTip(_("Forget the changes and show the record as it is saved"))
        if self._aggregate is not None:
            self._show(self._aggregate)
            if edit is not None:
                self._load_edit(edit)
        else:
            self._update_unsaved()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate every text when the application language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------------ session
    def set_services(self, services: Any) -> None:
        """Use the vault's repositories; ``None`` (locked) clears every field and table."""
        self._services = services
        if services is None:
            self.clear()

    def clear(self) -> None:
        """Show no household: nothing about a family stays on screen or in the widgets."""
        ui = self.ui
        self._aggregate = None
        self._baseline = None
        self._need_notes = {}
        for edit in (
            ui.alias_edit,
            ui.school_edit,
            ui.area_edit,
            ui.key_contact_edit,
            ui.need_edit_note_edit,
            ui.need_note_edit,
        ):
            edit.clear()
        ui.person_editor.set_people([])
        for table in (
            ui.needs_table,
            ui.contacts_table,
            ui.referrals_table,
            ui.consent_table,
            ui.notes_table,
        ):
            table.clearContents()
            table.setRowCount(0)
        for combo in (ui.language_combo, ui.interpreter_language_combo):
            combo.clear()
        ui.reference_label.clear()
        ui.summary_label.clear()
        ui.history_label.clear()
        ui.need_edit_hint_label.clear()
        ui.close_frame.setVisible(False)
        ui.close_message.setVisible(False)
        self._set_feedback("", error=False)
        for checks in (self.details_checks, self.need_checks):
            checks.clear()
        self.need_edit_check.clear()
        self._update_unsaved()
        self.setEnabled(False)
        self.cleared.emit()

    def household_id(self) -> int | None:
        """Return the id of the household on screen."""
        return None if self._aggregate is None else self._aggregate.household.id

    def aggregate(self) -> HouseholdAggregate | None:
        """Return the household record on screen (as last read from the vault)."""
        return self._aggregate

    def open_household(self, household_id: int) -> bool:
        """Read a household from the vault and show it; return whether it is shown.

        The household already on screen is read again and keeps its unsaved edits
        (its consent may have changed); another household is opened only once the
        unsaved edits of this one were saved or discarded (:meth:`resolve_unsaved`).
        """
        if self._services is None:
            return False
        if household_id == self.household_id():
            return self._reload()
        if not self.resolve_unsaved():
            return False
        aggregate = self._services.households.get(household_id)
        if aggregate is None:
            self.clear()
            return False
        self.setEnabled(True)
        self._set_feedback("", error=False)
        self._baseline = FamilyEdit.from_aggregate(aggregate)
        self._show(aggregate)
        self._load_edit(self._baseline)
        self._reset_forms()
        return True

    def reload(self) -> None:
        """Read the household on screen again (after a change made elsewhere)."""
        self._reload()

    def _reload(self) -> bool:
        """Read the household again after a change; keep what is edited but not saved."""
        household_id = self.household_id()
        if household_id is None or self._services is None:
            return False
        aggregate = self._services.households.get(household_id)
        if aggregate is None:
            self.clear()
            return False
        edit, old = self.current_edit(), self._baseline
        new = FamilyEdit.from_aggregate(aggregate)
        self._baseline = new
        self._show(aggregate)
        keep = edit is not None and old is not None and edit.differs_from(old)
        self._load_edit(edit.rebase(old, new) if keep and edit and old else new)
        return True

    # ------------------------------------------------------------------ showing
    def _show(self, aggregate: HouseholdAggregate) -> None:
        """Show the parts of the record that are not edited here (header and lists)."""
        self._aggregate = aggregate
        household = aggregate.household
        ui = self.ui
        ui.reference_label.setText(household.reference)
        self._show_summary(aggregate)
        closed = household.status is HouseholdStatus.CLOSED
        ui.close_case_button.setVisible(not closed)
        ui.reopen_button.setVisible(closed)
        if closed:
            self._hide_close()
        self._apply_consent(aggregate)
        self._show_contacts(aggregate)
        self._show_referrals(aggregate)
        self._show_consent(aggregate)
        self._show_notes(aggregate)
        self.shown.emit(aggregate)

    def _show_summary(self, aggregate: HouseholdAggregate) -> None:
        household = aggregate.household
        language = language_name(household.preferred_language)
        parts = [isolate(language) if language else _("Language not recorded")]
        if household.interpreter_language:
            parts.append(
                _("Interpreter needed: {language}").format(
                    language=isolate(language_name(household.interpreter_language))
                )
            )
        else:
            parts.append(_("No interpreter needed"))
        parts.append(
            _("Key contact: {name}").format(name=isolate(household.key_contact))
            if household.key_contact
            else _("No key contact yet")
        )
        if household.status is HouseholdStatus.CLOSED:
            parts.append(
                _("Closed on {date}: {reason}").format(
                    date=format_day(household.closed_on),
                    reason=label(household.closed_reason) if household.closed_reason else "",
                )
            )
        else:
            parts.append(label(household.status))
        self.ui.summary_label.setText(in_ui_direction(" · ".join(parts)))

    def _apply_consent(self, aggregate: HouseholdAggregate) -> None:
        """Disable what the family's consent does not allow (as the intake does)."""
        ui = self.ui
        latest = latest_events(aggregate.consents)
        today = self._today()
        try:
            check_writable(latest, today)
            self._writable = True
            if self._read_only_shown:
                self._read_only_shown = False
                self._set_feedback("", error=False)
        except UserFacingError as error:
            self._writable = False
            self._read_only_shown = True
            self._set_feedback(_("Read-only: {problem}").format(problem=str(error)), error=True)
        allowed = fields_allowed(latest, today)
        remote = "household.remote_channel" in allowed
        why = _("Needs the family's consent: “{purpose}”.").format(
            purpose=purpose_name(ConsentPurpose.CONTACT_CHANNELS)
        )
        model: Any = ui.channel_combo.model()
        for index in range(ui.channel_combo.count()):
            if Channel(ui.channel_combo.itemData(index)) in REMOTE_CHANNELS:
                item = model.item(index)
                item.setEnabled(remote)
                item.setToolTip("" if remote else why)
        ui.channel_note_label.setText(
            ""
            if remote
            else _(
                "Phone, SMS and messaging are offered once the family agrees to be contacted "
                "that way (review consent on the Consent tab)."
            )
        )
        ui.channel_note_label.setVisible(not remote)
        editable = self._writable
        for widget in (
            ui.details_group,
            ui.need_edit_group,
            ui.add_need_group,
            ui.add_need_button,
            ui.new_status_combo,
            ui.status_date_edit,
            ui.record_status_button,
        ):
            widget.setEnabled(editable)
        ui.person_editor.set_editable(editable)

    def _show_needs(self) -> None:
        """The needs table, with the notes as they are on screen."""
        if self._aggregate is None:
            return
        table = self.ui.needs_table
        selected = self._selected_need()
        needs = self._aggregate.needs
        rows = [
            [
                label(need.category),
                label(need.status),
                format_day(need.status_changed_on or need.identified_on),
                # Notes are isolated: an English note keeps its full stop at its end
                # in an Arabic table, and the reverse.
                isolate(self._need_notes.get(str(need.id), need.note)),
            ]
            for need in needs
        ]
        with QSignalBlocker(table):
            _fill_table(table, [_("Need"), _("Status"), _("Since"), _("Note")], rows)
            ids = [need.id for need in needs]
            if selected is not None and selected.id in ids:
                select_row(table, ids.index(selected.id))
            elif ids:
                select_row(table, 0)
        self._show_need_history()

    def _selected_need(self) -> Need | None:
        if self._aggregate is None:
            return None
        rows = self.ui.needs_table.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].row()
        needs = self._aggregate.needs
        return needs[row] if 0 <= row < len(needs) else None

    def select_need(self, category: NeedCategory) -> bool:
        """Select the first need of ``category``; return whether there is one."""
        if self._aggregate is None:
            return False
        for row, need in enumerate(self._aggregate.needs):
            if need.category is category:
                select_row(self.ui.needs_table, row)
                return True
        return False

    def _show_need_history(self) -> None:
        need = self._selected_need()
        ui = self.ui
        if need is None:
            ui.history_label.setText("")
            ui.record_status_button.setEnabled(False)
            ui.need_edit_group.setEnabled(False)
            with QSignalBlocker(ui.need_edit_note_edit):
                ui.need_edit_note_edit.clear()
            ui.need_edit_hint_label.clear()
            return
        ui.record_status_button.setEnabled(self._writable)
        ui.need_edit_group.setEnabled(self._writable)
        steps = join_steps(
            _("{status} on {date}").format(status=label(c.status), date=format_day(c.changed_on))
            for c in need.history
        )
        ui.history_label.setText(
            _("{need}: {steps}").format(need=label(need.category), steps=steps)
        )
        ui.new_status_combo.setCurrentIndex(max(ui.new_status_combo.findData(need.status), 0))
        note = self._need_notes.get(str(need.id), need.note)
        if ui.need_edit_note_edit.text() != note:
            ui.need_edit_note_edit.setText(note)
        self.need_edit_check.clear()
        if len(note) > rules.MAX_NOTE_CHARS:
            self.need_edit_check.check()
        ui.need_edit_note_edit.setPlaceholderText(_("Short note (optional)"))
        ui.need_edit_hint_label.setText(need_note_hint(need.category))
        ui.need_edit_note_edit.setAccessibleName(
            _("Note on {need}").format(need=label(need.category))
        )

    def _show_contacts(self, aggregate: HouseholdAggregate) -> None:
        rows = []
        for contact in aggregate.contacts:
            interpreter = label(contact.interpreter_mode)
            if contact.interpreter_mode.needs_warning:
                interpreter = _("{mode} (a child should not interpret)").format(mode=interpreter)
            rows.append(
                [
                    format_day(contact.contact_on),
                    label(contact.kind),
                    interpreter,
                    contact.note,
                    format_day(contact.next_contact_due),
                ]
            )
        _fill_table(
            self.ui.contacts_table,
            [_("Date"), _("Kind"), _("Interpreter"), _("Note"), _("Next contact due")],
            rows,
        )
        # The note takes the spare width (it is the longest text; others fit their content).
        self.ui.contacts_table.horizontalHeader().setSectionResizeMode(
            3, QHeaderView.ResizeMode.Stretch
        )

    def _show_referrals(self, aggregate: HouseholdAggregate) -> None:
        needs = {need.id: need for need in aggregate.needs}
        services = {}
        if self._services is not None:
            services = {
                s.id: s.name for s in self._services.services.directory(include_archived=True)
            }
        rows = []
        for referral in aggregate.referrals:
            need = needs.get(referral.need_id)
            rows.append(
                [
                    label(need.category) if need else "",
                    services.get(referral.service_id, ""),
                    label(referral.status),
                    _("Yes") if referral.consent_to_share else _("No"),
                    format_day(referral.follow_up_on),
                ]
            )
        _fill_table(
            self.ui.referrals_table,
            [_("Need"), _("Service"), _("Status"), _("Consent to share"), _("Follow up on")],
            rows,
        )

    def _show_consent(self, aggregate: HouseholdAggregate) -> None:
        rows = [
            [
                label(event.purpose),
                label(event.decision),
                format_day(event.decided_at.date()),
                format_day(event.review_on),
            ]
            for event in aggregate.consents
        ]
        _fill_table(
            self.ui.consent_table,
            [_("Purpose"), _("Decision"), _("Date"), _("Review on")],
            rows,
        )

    def _show_notes(self, aggregate: HouseholdAggregate) -> None:
        rows = [
            [format_day(need.identified_on), label(need.category), isolate(need.note)]
            for need in aggregate.needs
            if need.note
        ]
        self._note_targets = [("need", need.id) for need in aggregate.needs if need.note]
        rows += [
            [format_day(contact.contact_on), label(contact.kind), isolate(contact.note)]
            for contact in aggregate.contacts
            if contact.note
        ]
        self._note_targets += [
            ("contact", contact.id) for contact in aggregate.contacts if contact.note
        ]
        _fill_table(self.ui.notes_table, [_("Date"), _("About"), _("Note")], rows)

    def _open_note(self, item: QTableWidgetItem) -> None:
        """Double-click (or Enter) on a note: go where it can be changed."""
        targets = self._note_targets
        row = item.row()
        if not 0 <= row < len(targets) or self._aggregate is None:
            return
        kind, record_id = targets[row]
        ui = self.ui
        if kind == "need":
            ids = [need.id for need in self._aggregate.needs]
            if record_id in ids:
                ui.family_tabs.setCurrentWidget(ui.needs_tab)
                select_row(ui.needs_table, ids.index(record_id))
                ui.need_edit_note_edit.setFocus()
        else:
            ui.family_tabs.setCurrentWidget(ui.contacts_tab)

    def _reset_forms(self) -> None:
        ui = self.ui
        today = _qdate(self._today())
        for edit in (ui.status_date_edit, ui.close_date_edit):
            edit.setDate(today)
        ui.need_note_edit.clear()
        for checks in (self.details_checks, self.need_checks):
            checks.clear()
        for message in (ui.status_message, ui.close_message):
            message.setVisible(False)

    # ------------------------------------------------------------------ the staged edit
    def _languages_for(self, *codes: str) -> list[str]:
        languages = list(FAMILY_LANGUAGES)
        for code in codes:
            if code and code not in languages:
                languages.insert(0, code)
        return languages

    def _load_edit(self, edit: FamilyEdit) -> None:
        """Put a staged record into the forms (the vault's, a kept one, or a draft's)."""
        ui = self.ui
        self._loading = True
        try:
            ui.alias_edit.setText(edit.alias)
            ui.school_edit.setText(edit.school)
            ui.area_edit.setText(edit.area)
            ui.key_contact_edit.setText(edit.key_contact)
            languages = self._languages_for(edit.preferred_language, edit.interpreter_language)
            for combo, value in (
                (ui.language_combo, edit.preferred_language),
                (ui.interpreter_language_combo, edit.interpreter_language),
            ):
                offered = [combo.itemData(i) for i in range(combo.count())]
                wanted = ["", *languages] if combo is ui.language_combo else languages
                if offered != wanted:  # refilled only when a new language appears
                    combo.clear()
                    if combo is ui.language_combo:
                        combo.addItem(_("Not recorded"), "")
                    for code in languages:
                        combo.addItem(language_name(code), code)
                combo.setCurrentIndex(max(combo.findData(value), 0))
            self._last_language = edit.preferred_language
            ui.interpreter_check.setChecked(edit.interpreter_needed)
            ui.interpreter_language_combo.setEnabled(edit.interpreter_needed)
            if not edit.interpreter_language:
                _select(ui.interpreter_language_combo, edit.preferred_language)
            _select(ui.channel_combo, Channel(edit.preferred_channel))
            _select(ui.platform_combo, PlatformConfidence(edit.platform_confidence))
            ui.arrival_month_edit.setMaximumDate(_qdate(self._today()))
            known = bool(edit.arrival_month)
            ui.arrival_known_check.setChecked(known)
            ui.arrival_month_edit.setEnabled(known)
            if known:
                year, month = (int(part) for part in edit.arrival_month.split("-"))
                ui.arrival_month_edit.setDate(QDate(year, month, 1))
            else:
                ui.arrival_month_edit.setDate(QDate(self._today().year, self._today().month, 1))
            baseline_ids = (
                {p.id for p in self._baseline.people} if self._baseline is not None else set()
            )
            removed = len(baseline_ids - {p.id for p in edit.people})
            ui.person_editor.set_people(edit.people, removed=removed)
            self._need_notes = dict(edit.need_notes)
            self.details_checks.clear()
            self._show_needs()
        finally:
            self._loading = False
        self._update_unsaved()

    def current_edit(self) -> FamilyEdit | None:
        """Return the record as it is on screen (staged), or None with no household."""
        if self._aggregate is None or self._baseline is None:
            return None
        ui = self.ui
        needed = ui.interpreter_check.isChecked()
        return FamilyEdit(
            household_id=self._baseline.household_id,
            alias=ui.alias_edit.text(),
            school=ui.school_edit.text(),
            area=ui.area_edit.text(),
            preferred_language=str(ui.language_combo.currentData() or ""),
            interpreter_needed=needed,
            interpreter_language=(
                str(ui.interpreter_language_combo.currentData() or "") if needed else ""
            ),
            preferred_channel=str(ui.channel_combo.currentData() or Channel.IN_PERSON.value),
            platform_confidence=str(
                ui.platform_combo.currentData() or PlatformConfidence.UNKNOWN.value
            ),
            arrival_month=(
                ui.arrival_month_edit.date().toString("yyyy-MM")
                if ui.arrival_known_check.isChecked()
                else ""
            ),
            key_contact=ui.key_contact_edit.text(),
            people=ui.person_editor.people(),
            need_notes=dict(self._need_notes),
        )

    def has_unsaved_changes(self) -> bool:
        """Whether the page holds edits that are not in the vault."""
        edit = self.current_edit()
        return edit is not None and self._baseline is not None and edit.differs_from(self._baseline)

    def _edited(self, *_args: object) -> None:
        if not self._loading:
            self._update_unsaved()

    def _follow_language(self, *_args: object) -> None:
        """The interpreter's language follows the family's, unless someone picked another."""
        if self._loading:
            return
        ui = self.ui
        interpreter = ui.interpreter_language_combo.currentData()
        if not ui.interpreter_check.isChecked() or interpreter in ("", self._last_language):
            _select(ui.interpreter_language_combo, ui.language_combo.currentData())
        self._last_language = str(ui.language_combo.currentData() or "")

    def _interpreter_toggled(self, needed: bool) -> None:
        self.ui.interpreter_language_combo.setEnabled(needed)
        self._edited()

    def _arrival_toggled(self, known: bool) -> None:
        self.ui.arrival_month_edit.setEnabled(known)
        self._edited()

    def _need_note_edited(self, text: str) -> None:
        if self._loading:
            return
        need = self._selected_need()
        if need is None or need.id is None:
            return
        self._need_notes[str(need.id)] = text
        row = self.ui.needs_table.currentRow()
        item = self.ui.needs_table.item(row, 3) if row >= 0 else None
        if item is not None:
            item.setText(isolate(text))
        self._edited()

    def _update_unsaved(self) -> None:
        ui = self.ui
        unsaved = self.has_unsaved_changes()
        ui.unsaved_label.setText(
            _("Unsaved changes. Press “Save changes” (Ctrl+S) to keep them.") if unsaved else ""
        )
        ui.unsaved_label.setVisible(unsaved)
        ui.save_button.setEnabled(unsaved and self._writable)
        ui.discard_button.setEnabled(unsaved)
        if unsaved:
            ui.save_button.setDefault(True)
        if unsaved != self._unsaved:
            self._unsaved = unsaved
            if unsaved and ui.feedback_label.text() and not self._feedback_is_error:
                self._set_feedback("", error=False)  # an old "Saved." no longer holds
            self.unsaved_changed.emit(unsaved)

    # ------------------------------------------------------------------ saving
    def _set_feedback(self, text: str, *, error: bool) -> None:
        ui = self.ui
        self._feedback_is_error = error
        ui.feedback_label.setText(text)
        ui.feedback_label.setStyleSheet(ERROR_STYLE if error else SAVED_STYLE)
        ui.feedback_label.setVisible(bool(text))

    def feedback(self) -> str:
        """Return the save status on screen ("" when none)."""
        return self.ui.feedback_label.text()

    def _commit(self, what: str, action: Callable[[], object], done: str) -> bool:
        """Run one repository write; say "saved" only once it returned (committed)."""
        if self._services is None or self._aggregate is None:
            return False
        self._set_feedback(_("Saving…"), error=False)
        try:
            action()
        except UserFacingError as error:
            self._set_feedback(
                _("Not saved. {problem}").format(problem=str(error)),
                error=True,
            )
            return False
        self._reload()
        self._set_feedback(done, error=False)
        household_id = self.household_id()
        if household_id is not None:
            self.household_changed.emit(household_id)
        self.saved.emit(what)
        return True

    def check_edits(self) -> bool:
        """Show every problem in the staged edits; return whether they can be saved."""
        ui = self.ui
        details_ok = self.details_checks.check_all()
        if not details_ok:
            ui.family_tabs.setCurrentWidget(ui.people_tab)
            self.details_checks.check_all()  # focus the field now that it is visible
            return False
        if not ui.person_editor.check_all():
            ui.family_tabs.setCurrentWidget(ui.people_tab)
            ui.person_editor.check_all()
            return False
        aggregate = self._aggregate
        assert aggregate is not None
        for row, need in enumerate(aggregate.needs):
            note = self._need_notes.get(str(need.id), need.note)
            if len(note) > rules.MAX_NOTE_CHARS:
                ui.family_tabs.setCurrentWidget(ui.needs_tab)
                select_row(ui.needs_table, row)
                self.need_edit_check.check()
                ui.need_edit_note_edit.setFocus()
                return False
        return True

    def save(self) -> bool:
        """Save every staged edit in one transaction (explicit Save); return whether saved.

        "Saved" appears only after the transaction committed; a refused or failed save
        says why and keeps everything typed.
        """
        edit, baseline, aggregate = self.current_edit(), self._baseline, self._aggregate
        if edit is None or baseline is None or aggregate is None or self._services is None:
            return False
        if not self.check_edits():
            self._set_feedback(_("Not saved: please fix the fields marked below."), error=True)
            return False
        changes = edit.changes(baseline, aggregate)
        if changes.is_empty():
            self._set_feedback(_("Nothing to save: the record is as stored."), error=False)
            self._update_unsaved()
            return True
        self._set_feedback(_("Saving…"), error=False)
        try:
            self._write(changes, edit.household_id)
        except UserFacingError as error:
            self._set_feedback(_("Not saved. {problem}").format(problem=str(error)), error=True)
            return False
        # Only now, after COMMIT returned, does the page say "saved".
        self._baseline = None  # what is on screen is now what is stored
        self._reload_fresh()
        self._set_feedback(_("Saved. The family's record is up to date in the vault."), error=False)
        self.household_changed.emit(edit.household_id)
        self.saved.emit("details")
        return True

    def _write(self, changes: FamilyChanges, household_id: int) -> None:
        services = self._services
        with services.transaction():
            if changes.household is not None:
                services.households.update(changes.household)
            for person_id in changes.removed:
                services.households.remove_person(person_id)
            for person in changes.updated:
                services.households.update_person(person)
            for person in changes.added:
                services.households.add_person(household_id, person)
            for need_id, note in changes.need_notes:
                services.needs.update_note(need_id, note)
            services.drafts.delete(self.DRAFT_KIND, str(household_id))

    def _reload_fresh(self) -> None:
        """Show the household as stored, dropping the staged edit (after Save or Discard)."""
        household_id = self.household_id()
        aggregate = (
            None
            if household_id is None or self._services is None
            else self._services.households.get(household_id)
        )
        if aggregate is None:
            self.clear()
            return
        self._baseline = FamilyEdit.from_aggregate(aggregate)
        self._show(aggregate)
        self._load_edit(self._baseline)

    def discard_changes(self) -> None:
        """Forget the staged edits (and their draft); show the record as stored."""
        household_id = self.household_id()
        if household_id is None:
            return
        if self._services is not None:
            try:
                self._services.drafts.delete(self.DRAFT_KIND, str(household_id))
            except UserFacingError as error:
                self._set_feedback(str(error), error=True)
        self._reload_fresh()
        self._set_feedback(_("Changes discarded. This is the record as saved."), error=False)

    # ------------------------------------------------------------------ leaving
    @classmethod
    def ask_unsaved(cls, parent: QWidget) -> str:
        """Ask what to do with unsaved changes: SAVE, DISCARD or CANCEL (tests replace this)."""
        buttons = (
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        answer = QMessageBox.question(
            parent,
            _("Save the changes to this family?"),
            _(
                "You changed this family's record and have not saved it. Save the changes, "
                "discard them, or cancel to go back to the record."
            ),
            buttons,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return SAVE
        if answer == QMessageBox.StandardButton.Discard:
            return DISCARD
        return CANCEL

    def resolve_unsaved(self) -> bool:
        """Before leaving the record: ask about unsaved changes; return whether to go on."""
        if not self.has_unsaved_changes():
            return True
        answer = self.ask_unsaved(self)
        if self._services is None:  # locked while the question was open: the draft is kept
            return False
        if answer == SAVE:
            return self.save()
        if answer == DISCARD:
            self.discard_changes()
            return True
        return False

    def go_back(self) -> bool:
        """Back to the families list, once unsaved changes are saved or discarded."""
        if not self.resolve_unsaved():
            return False
        self.back_requested.emit()
        return True

    # ------------------------------------------------------------------ drafts
    def collect_draft(self) -> Draft | None:
        """Return the unsaved edits as a draft, or None (the session's DraftSource)."""
        edit, baseline = self.current_edit(), self._baseline
        if edit is None or baseline is None or not edit.differs_from(baseline):
            return None
        return Draft(
            kind=self.DRAFT_KIND,
            key=str(edit.household_id),
            payload=draft_payload(edit, baseline),
        )

    def discard_for_lock(self) -> None:
        """The session kept the draft and is locking: forget the edits without asking."""
        self._baseline = None
        self.clear()

    def restore_draft(self, draft: Draft) -> bool:
        """Show a family with the unsaved edits of ``draft`` (after unlock); return success.

        The draft stays in the vault until the edits are saved or discarded, so a second
        lock before then keeps them again. A draft of a household that no longer exists
        is deleted.
        """
        if self._services is None:
            return False
        try:
            edit, old = read_draft(draft.payload)
        except (ValueError, KeyError, TypeError):
            return False
        if self.household_id() != edit.household_id and self.has_unsaved_changes():
            return False  # never replace other unsaved edits; the draft stays for later
        if not self.open_household(edit.household_id):
            if self._services.households.get(edit.household_id) is None:
                self._services.drafts.delete(draft.kind, draft.key)
            return False
        assert self._baseline is not None
        self._load_edit(edit.rebase(old, self._baseline))
        self._set_feedback(
            _(
                "These are the changes you had not saved when Hearth locked. Check them, "
                "then save or discard them."
            ),
            error=False,
        )
        return True

    # ------------------------------------------------------------------ events
    def record_status(self) -> bool:
        """Move the selected need to the chosen status on the chosen date."""
        need = self._selected_need()
        ui = self.ui
        if need is None or need.id is None:
            return False
        status = NeedStatus(ui.new_status_combo.currentData())
        on = _pydate(ui.status_date_edit.date())
        last = need.history[-1].changed_on if need.history else need.identified_on
        problem = rules.not_after_today(on, today=self._today()) or rules.not_before(on, last)
        if problem is None and status is need.status:
            problem = _("The need is already {status}. Pick another status.").format(
                status=label(status)
            )
        ui.status_message.setText(problem or "")
        ui.status_message.setVisible(problem is not None)
        if problem is not None:
            ui.new_status_combo.setFocus()
            return False
        need_id = need.id
        return self._commit(
            "need_status",
            lambda: self._services.needs.change_status(need_id, status, on),
            _("Saved. {need} is now {status} ({date}).").format(
                need=label(need.category), status=label(status), date=format_day(on)
            ),
        )

    def add_need(self) -> bool:
        """Record a new need with a short note."""
        if not self.need_checks.check_all():
            return False
        ui = self.ui
        household_id = self.household_id()
        need = Need(
            category=NeedCategory(ui.need_category_combo.currentData()),
            note=ui.need_note_edit.text().strip(),
            identified_on=self._today(),
        )
        if self._commit(
            "need",
            lambda: self._services.needs.add(household_id, need),
            _("Saved. The need was added."),
        ):
            ui.need_note_edit.clear()
            return True
        return False

    # ------------------------------------------------------------------ closing

    def _request_champion(self) -> None:
        household_id = self.household_id()
        if household_id is not None:
            self.champion_requested.emit(household_id)

    # ------------------------------------------------------------------ closing
    def _ask_close(self) -> None:
        ui = self.ui
        ui.close_date_edit.setDate(_qdate(self._today()))
        ui.close_message.setVisible(False)
        ui.close_frame.setVisible(True)
        ui.close_reason_combo.setFocus()

    def _hide_close(self) -> None:
        self.ui.close_frame.setVisible(False)
        self.ui.close_message.setVisible(False)

    def close_case(self, reason: ClosedReason | None = None, on: date | None = None) -> bool:
        """Close the case with the chosen (or given) reason, on the chosen (or given) day.

        The day defaults to today; it cannot be in the future nor before the household
        was recorded.
        """
        household_id = self.household_id()
        if household_id is None or self._aggregate is None:
            return False
        ui = self.ui
        chosen = ClosedReason(reason or ui.close_reason_combo.currentData())
        closed_on = on or _pydate(ui.close_date_edit.date())
        created = self._aggregate.household.created_at.astimezone().date()
        problem = rules.not_after_today(closed_on, today=self._today()) or rules.not_before(
            closed_on, created
        )
        ui.close_message.setText(problem or "")
        ui.close_message.setVisible(problem is not None)
        if problem is not None:
            ui.close_frame.setVisible(True)
            ui.close_date_edit.setFocus()
            return False
        if self._commit(
            "close",
            lambda: self._services.households.close(household_id, chosen, closed_on),
            _("Saved. The case is closed: {reason} ({date}).").format(
                reason=label(chosen), date=format_day(closed_on)
            ),
        ):
            self._hide_close()
            return True
        return False

    def reopen_case(self) -> bool:
        """Reopen a closed case."""
        household_id = self.household_id()
        if household_id is None:
            return False
        return self._commit(
            "reopen",
            lambda: self._services.households.reopen(household_id),
            _("Saved. The case is open again."),
        )

    def keyPressEvent(self, event: Any) -> None:
        """Escape hides the close-case question."""
        if event.key() == Qt.Key.Key_Escape and self.ui.close_frame.isVisible():
            self._hide_close()
            return
        super().keyPressEvent(event)


def _select(combo: QComboBox, value: object) -> None:
    combo.setCurrentIndex(max(combo.findData(value), 0))
