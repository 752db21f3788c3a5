"""The Family page: one household's record — people, needs, contacts, referrals, consent.

Every change goes to the vault through a repository and is shown as "Saved" only after
the repository call returned, i.e. after the vault committed (DESIGN §3, durability).
A known failure (a :class:`UserFacingError`) is shown in plain words above the tabs and
nothing claims to be saved; anything else is a bug and reaches the crash dialog.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop_app.core import validation as rules
from desktop_app.core.errors import UserFacingError
from desktop_app.core.models import (
    Channel,
    ClosedReason,
    HouseholdAggregate,
    HouseholdStatus,
    Need,
    NeedCategory,
    NeedStatus,
    Person,
    Role,
)
from desktop_app.gui.families_page import style_title
from desktop_app.gui.forms.ui_family_page import Ui_FamilyPage
from desktop_app.gui.labels import format_day, in_ui_direction, isolate, label, language_name
from desktop_app.gui.validation import FieldCheck, FormChecks, NoteReminder
from desktop_app.i18n import _, current_language
from desktop_app.i18n.locales import FAMILY_LANGUAGES

SAVED_STYLE = "color: #1e6b34;"
ERROR_STYLE = "color: #a4262c; font-weight: bold;"


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
    #: A change to the household was committed (lists showing it should refresh).
    household_changed = Signal(int)
    #: Emitted after each successful save, with what was saved ("details", "contact", …).
    saved = Signal(str)
    #: A household (HouseholdAggregate) was put on screen, or shown again after a change.
    shown = Signal(object)
    #: The page was emptied (locked, or the household went away).
    cleared = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_FamilyPage()
        self.ui.setupUi(self)
        self._today = today
        self._services: Any = None
        self._aggregate: HouseholdAggregate | None = None
        style_title(self.ui.reference_label)
        for table in (
            self.ui.people_table,
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
                FieldCheck(
                    ui.key_contact_edit,
                    ui.key_contact_message,
                    [rules.required, rules.max_length(rules.MAX_NAME_CHARS)],
                ),
            ]
        )
        self.person_checks = FormChecks(
            [
                FieldCheck(ui.given_name_edit, ui.given_name_message, name_rules),
                FieldCheck(
                    ui.birth_year_edit,
                    ui.birth_year_message,
                    lambda: [
                        lambda text: rules.birth_year(
                            text, today=self._today(), child=self._role() is Role.CHILD
                        )
                    ],
                ),
            ]
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
        ui.status_message.setStyleSheet("color: #a4262c;")
        ui.status_message.setVisible(False)

    def _connect(self) -> None:
        ui = self.ui
        ui.back_button.clicked.connect(self.back_requested)
        ui.save_button.clicked.connect(self.save)
        ui.add_person_button.clicked.connect(self.add_person)
        ui.record_status_button.clicked.connect(self.record_status)
        ui.add_need_button.clicked.connect(self.add_need)
        ui.close_case_button.clicked.connect(self._ask_close)
        ui.cancel_close_button.clicked.connect(lambda: ui.close_frame.setVisible(False))
        ui.confirm_close_button.clicked.connect(self.close_case)
        ui.reopen_button.clicked.connect(self.reopen_case)
        ui.needs_table.itemSelectionChanged.connect(self._show_need_history)
        ui.role_combo.currentIndexChanged.connect(self._recheck_birth_year)

    def retranslate(self) -> None:
        """Texts that come from Python: the vocabularies, headers and the open record."""
        ui = self.ui
        _fill_combo(ui.role_combo, list(Role), [label(r) for r in Role])
        _fill_combo(ui.channel_combo, list(Channel), [label(c) for c in Channel])
        _fill_combo(ui.new_status_combo, list(NeedStatus), [label(s) for s in NeedStatus])
        _fill_combo(ui.need_category_combo, list(NeedCategory), [label(c) for c in NeedCategory])
        _fill_combo(ui.close_reason_combo, list(ClosedReason), [label(r) for r in ClosedReason])
        locale = QLocale(current_language())
        ui.status_date_edit.setLocale(locale)
        ui.status_date_edit.setDisplayFormat("d MMM yyyy")
        ui.notes_reminder_label.setText(
            _(
                "Notes are short and factual: record only what is needed to help the family. "
                "Write them as if the family will read them — one day they may ask to."
            )
        )
        if self._aggregate is not None:
            self._show(self._aggregate)

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
        for edit in (
            ui.alias_edit,
            ui.school_edit,
            ui.key_contact_edit,
            ui.given_name_edit,
            ui.birth_year_edit,
            ui.need_note_edit,
        ):
            edit.clear()
        for table in (
            ui.people_table,
            ui.needs_table,
            ui.contacts_table,
            ui.referrals_table,
            ui.consent_table,
            ui.notes_table,
        ):
            table.clearContents()
            table.setRowCount(0)
        ui.language_combo.clear()
        ui.reference_label.clear()
        ui.summary_label.clear()
        ui.history_label.clear()
        ui.close_frame.setVisible(False)
        self._set_feedback("", error=False)
        for checks in (self.details_checks, self.person_checks, self.need_checks):
            checks.clear()
        self.setEnabled(False)
        self.cleared.emit()

    def household_id(self) -> int | None:
        """Return the id of the household on screen."""
        return None if self._aggregate is None else self._aggregate.household.id

    def aggregate(self) -> HouseholdAggregate | None:
        """Return the household record on screen (as last read from the vault)."""
        return self._aggregate

    def open_household(self, household_id: int) -> bool:
        """Read a household from the vault and show it; return whether it exists."""
        if self._services is None:
            return False
        aggregate = self._services.households.get(household_id)
        if aggregate is None:
            self.clear()
            return False
        self.setEnabled(True)
        self._set_feedback("", error=False)
        self._show(aggregate)
        self._reset_forms()
        return True

    def reload(self) -> None:
        """Read the household on screen again (after a change made elsewhere)."""
        self._reload()

    def _reload(self) -> None:
        household_id = self.household_id()
        if household_id is not None and self._services is not None:
            aggregate = self._services.households.get(household_id)
            if aggregate is not None:
                self._show(aggregate)

    # ------------------------------------------------------------------ showing
    def _show(self, aggregate: HouseholdAggregate) -> None:
        self._aggregate = aggregate
        household = aggregate.household
        ui = self.ui
        ui.reference_label.setText(household.reference)
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
        ui.summary_label.setText(in_ui_direction(" · ".join(parts)))
        closed = household.status is HouseholdStatus.CLOSED
        ui.close_case_button.setVisible(not closed)
        ui.reopen_button.setVisible(closed)
        if closed:
            ui.close_frame.setVisible(False)
        self._show_details(aggregate)
        self._show_people(aggregate)
        self._show_needs(aggregate)
        self._show_contacts(aggregate)
        self._show_referrals(aggregate)
        self._show_consent(aggregate)
        self._show_notes(aggregate)
        self.shown.emit(aggregate)

    def _show_details(self, aggregate: HouseholdAggregate) -> None:
        ui = self.ui
        household = aggregate.household
        ui.alias_edit.setText(household.alias)
        ui.school_edit.setText(household.school)
        ui.key_contact_edit.setText(household.key_contact)
        languages = list(FAMILY_LANGUAGES)
        for code in (household.preferred_language, household.interpreter_language or ""):
            if code and code not in languages:
                languages.insert(0, code)
        combo = ui.language_combo
        combo.clear()
        combo.addItem(_("Not recorded"), "")
        for code in languages:
            combo.addItem(language_name(code), code)
        combo.setCurrentIndex(max(combo.findData(household.preferred_language), 0))
        ui.interpreter_check.setChecked(household.interpreter_language is not None)
        ui.channel_combo.setCurrentIndex(
            max(ui.channel_combo.findData(household.preferred_channel), 0)
        )

    def _show_people(self, aggregate: HouseholdAggregate) -> None:
        rows = []
        for person in aggregate.people:
            if person.birth_year is not None:
                age = str(person.birth_year)
            elif person.age_band is not None:
                age = label(person.age_band)
            else:
                age = ""
            school = " ".join(p for p in (person.school_year, person.class_name) if p)
            english = label(person.english_proficiency) if person.english_proficiency else ""
            rows.append([label(person.role), person.given_name, age, school, english])
        _fill_table(
            self.ui.people_table,
            [_("Role"), _("Given name"), _("Birth year or age"), _("Year and class"), _("English")],
            rows,
        )

    def _show_needs(self, aggregate: HouseholdAggregate) -> None:
        table = self.ui.needs_table
        selected = self._selected_need()
        rows = [
            [
                label(need.category),
                label(need.status),
                format_day(need.status_changed_on or need.identified_on),
                need.note,
            ]
            for need in aggregate.needs
        ]
        _fill_table(table, [_("Need"), _("Status"), _("Since"), _("Note")], rows)
        ids = [need.id for need in aggregate.needs]
        if selected is not None and selected.id in ids:
            table.selectRow(ids.index(selected.id))
        elif ids:
            table.selectRow(0)
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
                self.ui.needs_table.selectRow(row)
                return True
        return False

    def _show_need_history(self) -> None:
        need = self._selected_need()
        ui = self.ui
        if need is None:
            ui.history_label.setText("")
            ui.record_status_button.setEnabled(False)
            return
        ui.record_status_button.setEnabled(True)
        steps = " → ".join(
            _("{status} on {date}").format(status=label(c.status), date=format_day(c.changed_on))
            for c in need.history
        )
        ui.history_label.setText(
            _("{need}: {steps}").format(need=label(need.category), steps=steps)
        )
        ui.new_status_combo.setCurrentIndex(max(ui.new_status_combo.findData(need.status), 0))

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
            [format_day(need.identified_on), label(need.category), need.note]
            for need in aggregate.needs
            if need.note
        ]
        rows += [
            [format_day(contact.contact_on), label(contact.kind), contact.note]
            for contact in aggregate.contacts
            if contact.note
        ]
        _fill_table(self.ui.notes_table, [_("Date"), _("About"), _("Note")], rows)

    def _reset_forms(self) -> None:
        ui = self.ui
        ui.status_date_edit.setDate(_qdate(self._today()))
        ui.given_name_edit.clear()
        ui.birth_year_edit.clear()
        ui.need_note_edit.clear()
        for checks in (self.details_checks, self.person_checks, self.need_checks):
            checks.clear()
        ui.status_message.setVisible(False)

    # ------------------------------------------------------------------ saving
    def _set_feedback(self, text: str, *, error: bool) -> None:
        ui = self.ui
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

    def save(self) -> bool:
        """Save the family details (explicit Save); return whether they were saved."""
        if self._aggregate is None:
            return False
        if not self.details_checks.check_all():
            self._set_feedback(_("Not saved: please fix the fields marked below."), error=True)
            return False
        ui = self.ui
        language = ui.language_combo.currentData() or ""
        household = dataclasses.replace(
            self._aggregate.household,
            alias=ui.alias_edit.text().strip(),
            school=ui.school_edit.text().strip(),
            key_contact=ui.key_contact_edit.text().strip(),
            preferred_language=language,
            interpreter_language=(language or None) if ui.interpreter_check.isChecked() else None,
            preferred_channel=Channel(ui.channel_combo.currentData()),
        )
        return self._commit(
            "details",
            lambda: self._services.households.update(household),
            _("Saved. The family details are stored in the vault."),
        )

    def _role(self) -> Role:
        return Role(self.ui.role_combo.currentData() or Role.CAREGIVER)

    def _recheck_birth_year(self) -> None:
        if self.ui.birth_year_edit.text():
            self.person_checks.checks[1].check()

    def add_person(self) -> bool:
        """Add the person in the "Add a person" form."""
        if not self.person_checks.check_all():
            return False
        ui = self.ui
        household_id = self.household_id()
        person = Person(
            role=self._role(),
            given_name=ui.given_name_edit.text().strip(),
            birth_year=rules.parse_birth_year(ui.birth_year_edit.text()),
        )
        if self._commit(
            "person",
            lambda: self._services.households.add_person(household_id, person),
            _("Saved. The person was added."),
        ):
            ui.given_name_edit.clear()
            ui.birth_year_edit.clear()
            return True
        return False

    def record_status(self) -> bool:
        """Move the selected need to the chosen status on the chosen date."""
        need = self._selected_need()
        ui = self.ui
        if need is None or need.id is None:
            return False
        status = NeedStatus(ui.new_status_combo.currentData())
        on = _pydate(ui.status_date_edit.date())
        last = need.history[-1].changed_on if need.history else need.identified_on
        problem = rules.not_in_future(on, today=self._today()) or rules.not_before(on, last)
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
    def _ask_close(self) -> None:
        self.ui.close_frame.setVisible(True)
        self.ui.close_reason_combo.setFocus()

    def close_case(self, reason: ClosedReason | None = None) -> bool:
        """Close the case with the chosen (or given) reason, dated today."""
        household_id = self.household_id()
        if household_id is None:
            return False
        chosen = ClosedReason(reason or self.ui.close_reason_combo.currentData())
        on = self._today()
        if self._commit(
            "close",
            lambda: self._services.households.close(household_id, chosen, on),
            _("Saved. The case is closed: {reason}.").format(reason=label(chosen)),
        ):
            self.ui.close_frame.setVisible(False)
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
            self.ui.close_frame.setVisible(False)
            return
        super().keyPressEvent(event)
