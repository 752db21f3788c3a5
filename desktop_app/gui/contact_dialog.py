"""Log a contact in under a minute: kind, date, language, interpreter, topics, note, next.

Everything has a sensible default — today, the family's language, the next contact
from the family's visit rhythm (:mod:`desktop_app.core.cadence`) — so a home visit is
usually: pick the kind, tick a topic, write a line, Ctrl+Enter. A follow-up can be added
in the same save; contact and follow-up commit in one vault transaction, and the dialog
says nothing about "saved" until that transaction returned.

Fully keyboard-operable: a mnemonic on every field, Tab in a sensible order (the note
passes Tab on), Ctrl+Enter saves, Esc cancels (asking first if something was typed).
Large controls for small touch laptops, in a scroll area so nothing is clipped at 150 %.

The dialog is a :class:`~desktop_app.gui.session.DraftSource`: when the session locks,
it hands over what was typed as an encrypted draft and closes; after unlock the casework
controller reopens it from the draft (:meth:`ContactDialog.from_draft`). Its window
title never names the family.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QLineEdit,
    QListWidgetItem,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from desktop_app.core import cadence
from desktop_app.core import validation as rules
from desktop_app.core.contact_form import DRAFT_KIND, MAX_FOLLOW_UP_CHARS, ContactFormState
from desktop_app.core.errors import UserFacingError
from desktop_app.core.models import (
    Contact,
    ContactKind,
    Draft,
    HouseholdAggregate,
    InterpreterMode,
    NeedCategory,
)
from desktop_app.gui.dialog_keys import save_on_ctrl_return, tab_leaves
from desktop_app.gui.draft_dialog import DraftDialog
from desktop_app.gui.forms.ui_contact_dialog import Ui_ContactDialog
from desktop_app.gui.labels import format_day, label
from desktop_app.gui.validation import MESSAGE_STYLE, FieldCheck, FormChecks, NoteReminder
from desktop_app.gui.views import fit_combo
from desktop_app.i18n import _, current_language, isolate, ngettext
from desktop_app.i18n.locales import FAMILY_LANGUAGES, language_name, native_name

_WARNING_STYLE = "background: #fff4ce; color: #3b2e00; padding: 0.5em; border-radius: 4px;"
_HINT_STYLE = "color: #4a4a4a;"
#: Days ahead a follow-up added with a contact is due, unless changed.
DEFAULT_FOLLOW_UP_DAYS = 7
_TOPIC_ROLE = int(Qt.ItemDataRole.UserRole)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _select(combo: QComboBox, value: object) -> None:
    combo.setCurrentIndex(max(combo.findData(value), 0))


def _qualified_interpreter_required(text: str) -> str | None:
    # The same words as the intake wizard: one message to translate, one meaning.
    if not text.strip():
        return _("Write the qualified interpreter's name or their agency.")
    return None


class ContactDialog(DraftDialog):
    """The "Log a contact" form for one household; ``show()`` it, never ``exec()``."""

    DRAFT_KIND = DRAFT_KIND

    #: The stored contact, emitted only after the vault committed it.
    saved = Signal(object)

    def __init__(
        self,
        services: Any,
        aggregate: HouseholdAggregate,
        *,
        today: Callable[[], date] = date.today,
        state: ContactFormState | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if parent is not None:
            # Its own window (it survives switching sections), above the main window.
            self.setWindowFlag(Qt.WindowType.Window, True)
        household_id = aggregate.household.id
        if household_id is None:
            raise ValueError("the household has not been stored")
        self._services = services
        self._aggregate = aggregate
        self._household_id = household_id
        self._today = today
        self._closing_quietly = False
        self._next_due_auto = True
        self.stored: Contact | None = None
        self.ui = Ui_ContactDialog()
        self.ui.setupUi(self)
        self._fill_choices()
        self._set_up_checks()
        self._connect()
        self._style()
        self.retranslate()
        self._defaults = self.default_state()
        self.apply_state(state or self._defaults)
        self.ui.kind_combo.setFocus()

    # ------------------------------------------------------------------ set-up
    @property
    def household_id(self) -> int:
        """The household this contact is with."""
        return self._household_id

    @property
    def draft_key(self) -> str:
        """The draft's key: the household id (one unsaved contact per family)."""
        return str(self._household_id)

    def _language_codes(self) -> list[str]:
        household = self._aggregate.household
        first = [household.preferred_language, household.interpreter_language or "", "en"]
        codes = [c for c in dict.fromkeys([*first, *FAMILY_LANGUAGES]) if c]
        # A draft or an old contact may name a language outside the usual list.
        for contact in self._aggregate.contacts[:1]:
            if contact.language and contact.language not in codes:
                codes.append(contact.language)
        return codes

    def _fill_choices(self) -> None:
        ui = self.ui
        for kind in ContactKind:
            ui.kind_combo.addItem("", kind.value)
        ui.language_combo.addItem("", "")
        for code in self._language_codes():
            ui.language_combo.addItem("", code)
        for mode in InterpreterMode:
            ui.interpreter_combo.addItem("", mode.value)
        open_needs = [n.category for n in self._aggregate.needs if n.status.is_open]
        ordered = list(dict.fromkeys([*open_needs, *NeedCategory]))
        for category in ordered:
            item = QListWidgetItem(ui.topics_list)
            item.setData(_TOPIC_ROLE, category.value)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsSelectable
            )
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setSizeHint(QSize(0, int(QFontMetrics(ui.topics_list.font()).height() * 1.7)))
            if category in open_needs:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
        self._open_needs = frozenset(open_needs)
        ui.topics_list.setCurrentRow(0)
        ui.date_edit.setMaximumDate(_qdate(self._today()))

    def _set_up_checks(self) -> None:
        ui = self.ui
        self.note_check = FieldCheck(
            ui.note_edit, ui.note_message, [rules.max_length(rules.MAX_NOTE_CHARS)]
        )
        self.note_reminder = NoteReminder(ui.note_edit, ui.note_reminder, rules.MAX_NOTE_CHARS)
        self.interpreter_check = FieldCheck(
            ui.interpreter_name_edit, ui.interpreter_name_message, self._interpreter_rules
        )
        self.follow_up_check = FieldCheck(
            ui.follow_up_what_edit,
            ui.follow_up_what_message,
            [rules.required, rules.max_length(MAX_FOLLOW_UP_CHARS)],
        )
        self.checks = FormChecks([self.interpreter_check, self.note_check])
        for message in (
            ui.date_message,
            ui.next_due_message,
            ui.follow_up_due_message,
            ui.save_message_label,
        ):
            message.setStyleSheet(MESSAGE_STYLE)
            message.setWordWrap(True)
            message.setVisible(False)

    def _connect(self) -> None:
        ui = self.ui
        ui.interpreter_combo.currentIndexChanged.connect(self._on_interpreter_changed)
        ui.date_edit.dateChanged.connect(self._on_date_changed)
        ui.next_due_edit.dateChanged.connect(self._on_next_due_edited)
        ui.next_due_check.toggled.connect(ui.next_due_edit.setEnabled)
        ui.follow_up_group.toggled.connect(self._on_follow_up_toggled)
        ui.button_box.accepted.connect(self.save)
        ui.button_box.rejected.connect(self.reject)
        save_on_ctrl_return(self, self.save)
        tab_leaves(self, ui.date_edit, ui.next_due_edit, ui.follow_up_due_edit)

    def _style(self) -> None:
        ui = self.ui
        ui.child_warning_label.setStyleSheet(_WARNING_STYLE)
        ui.child_warning_label.setVisible(False)
        ui.rhythm_label.setStyleSheet(_HINT_STYLE)
        ui.note_reminder.setStyleSheet(_HINT_STYLE)
        ui.family_label.setTextFormat(Qt.TextFormat.PlainText)
        font = ui.family_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        ui.family_label.setFont(font)
        # Touch-sized targets, scaled from the font so 150 % still fits.
        height = int(QFontMetrics(self.font()).height() * 2.1)
        for widget in self.findChildren(QWidget):
            if isinstance(widget, QComboBox | QDateEdit | QSpinBox | QLineEdit | QAbstractButton):
                widget.setMinimumHeight(height)
        lines = QFontMetrics(ui.note_edit.font()).lineSpacing()
        ui.note_edit.setMinimumHeight(lines * 5)
        ui.topics_list.setMinimumHeight(height * 5)
        ui.topics_list.setMinimumWidth(QFontMetrics(self.font()).averageCharWidth() * 34)
        # As large as the form wants, within the screen (the form scrolls beyond that).
        hint = self.ui.form_content.sizeHint()
        want_w = max(900, hint.width() + 60)
        want_h = max(640, hint.height() + 160)
        screen = self.screen()
        if screen is not None:
            area = screen.availableGeometry()
            want_w = min(want_w, int(area.width() * 0.95))
            want_h = min(want_h, int(area.height() * 0.92))
        self.resize(want_w, want_h)

    # ------------------------------------------------------------- translation
    def retranslate(self) -> None:
        """Texts that come from Python: vocabularies, buttons, the family, the rhythm."""
        ui = self.ui
        household = self._aggregate.household
        who = household.reference
        if household.alias:
            who = f"{household.reference} · {isolate(household.alias)}"
        ui.family_label.setText(_("Contact with {family}").format(family=who))
        for index in range(ui.kind_combo.count()):
            ui.kind_combo.setItemText(index, label(ContactKind(ui.kind_combo.itemData(index))))
        for index in range(ui.interpreter_combo.count()):
            mode = InterpreterMode(ui.interpreter_combo.itemData(index))
            ui.interpreter_combo.setItemText(index, label(mode))
        ui.language_combo.setItemText(0, _("Not recorded"))
        for index in range(1, ui.language_combo.count()):
            code = str(ui.language_combo.itemData(index))
            own, ours = native_name(code), language_name(code, current_language())
            text = own if own == ours else f"{isolate(own)} · {ours}"
            if code == household.preferred_language:
                text = _("{language} (the family's language)").format(language=text)
            ui.language_combo.setItemText(index, text)
            ui.language_combo.setItemData(index, ours, Qt.ItemDataRole.AccessibleTextRole)
        for combo in (ui.kind_combo, ui.interpreter_combo, ui.language_combo):
            fit_combo(combo)  # renamed items: measured again
        for index in range(ui.topics_list.count()):
            item = ui.topics_list.item(index)
            category = NeedCategory(item.data(_TOPIC_ROLE))
            item.setText(label(category))
            item.setToolTip(
                _("An open need of this family") if category in self._open_needs else ""
            )
        ui.child_warning_label.setText(
            _(
                "A child is interpreting. Children should not interpret for their family: "
                "they may hear things that worry them, miss school, or soften what is said. "
                "Please arrange a qualified interpreter (in person, by phone or by video) "
                "for the next meeting, and keep today to what is essential."
            )
        )
        save = ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        save.setText(_("&Save contact"))
        save.setToolTip(_("Save the contact (Ctrl+Enter)"))
        save.setDefault(True)
        cancel = ui.button_box.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(_("&Cancel"))
        cancel.setToolTip(_("Close without saving (Esc)"))
        ui.follow_up_what_edit.setPlaceholderText(_("For example: bring the uniform voucher"))
        ui.note_edit.setPlaceholderText(_("A line or two: what was agreed, what happens next"))
        locale = QLocale(current_language())
        for edit in (ui.date_edit, ui.next_due_edit, ui.follow_up_due_edit):
            edit.setLocale(locale)
            edit.setDisplayFormat("d MMM yyyy")
        self._update_rhythm()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the application language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------------ state
    def default_state(self) -> ContactFormState:
        """Return what the form starts with for this family on today's date."""
        household = self._aggregate.household
        today = self._today()
        previous = self._aggregate.contacts[0] if self._aggregate.contacts else None
        kind = ContactKind.HOME_VISIT
        if previous is not None and previous.kind is not ContactKind.INTAKE_MEETING:
            kind = previous.kind
        mode, interpreter = InterpreterMode.NONE, ""
        # A qualified interpreter (or agency) is usually booked again; a child is not
        # offered as the default, and neither is a relative. Without a recorded name the
        # form would only stop to ask for one, so then nothing is assumed.
        if (
            previous is not None
            and previous.interpreter_mode.is_qualified
            and previous.interpreter_name.strip()
        ):
            mode, interpreter = previous.interpreter_mode, previous.interpreter_name
        return ContactFormState(
            household_id=self._household_id,
            kind=kind.value,
            contact_on=today.isoformat(),
            language=household.preferred_language,
            interpreter_mode=mode.value,
            interpreter_name=interpreter,
            next_due=cadence.default_next_contact(household, today).isoformat(),
            follow_up_due=(today + timedelta(days=DEFAULT_FOLLOW_UP_DAYS)).isoformat(),
        )

    def collect_state(self) -> ContactFormState:
        """Return everything in the form now."""
        ui = self.ui
        topics = []
        for index in range(ui.topics_list.count()):
            item = ui.topics_list.item(index)
            if item.checkState() == Qt.CheckState.Checked:
                topics.append(str(item.data(_TOPIC_ROLE)))
        return ContactFormState(
            household_id=self._household_id,
            kind=str(ui.kind_combo.currentData()),
            contact_on=_pydate(ui.date_edit.date()).isoformat(),
            duration_minutes=ui.duration_spin.value(),
            language=str(ui.language_combo.currentData() or ""),
            interpreter_mode=str(ui.interpreter_combo.currentData()),
            interpreter_name=ui.interpreter_name_edit.text(),
            topics=topics,
            note=ui.note_edit.toPlainText(),
            next_due=(
                _pydate(ui.next_due_edit.date()).isoformat()
                if ui.next_due_check.isChecked()
                else ""
            ),
            follow_up=ui.follow_up_group.isChecked(),
            follow_up_what=ui.follow_up_what_edit.text(),
            follow_up_due=_pydate(ui.follow_up_due_edit.date()).isoformat(),
        )

    def apply_state(self, state: ContactFormState) -> None:
        """Put a state (the defaults, or a resumed draft) into the widgets."""
        ui = self.ui
        _select(ui.kind_combo, state.kind)
        if state.language and ui.language_combo.findData(state.language) < 0:
            ui.language_combo.addItem(native_name(state.language), state.language)
        _select(ui.language_combo, state.language)
        _select(ui.interpreter_combo, state.interpreter_mode)
        ui.interpreter_name_edit.setText(state.interpreter_name)
        ui.duration_spin.setValue(state.duration_minutes)
        contact_on = date.fromisoformat(state.contact_on) if state.contact_on else self._today()
        with QSignalBlocker(ui.date_edit):
            ui.date_edit.setDate(_qdate(contact_on))
        wanted = set(state.topics)
        for index in range(ui.topics_list.count()):
            item = ui.topics_list.item(index)
            checked = item.data(_TOPIC_ROLE) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        ui.note_edit.setPlainText(state.note)
        ui.next_due_check.setChecked(bool(state.next_due))
        ui.next_due_edit.setEnabled(bool(state.next_due))
        default_next = cadence.default_next_contact(self._aggregate.household, contact_on)
        next_due = date.fromisoformat(state.next_due) if state.next_due else default_next
        with QSignalBlocker(ui.next_due_edit):
            ui.next_due_edit.setDate(_qdate(next_due))
        self._next_due_auto = next_due == default_next
        ui.follow_up_group.setChecked(state.follow_up)
        ui.follow_up_what_edit.setText(state.follow_up_what)
        due = (
            date.fromisoformat(state.follow_up_due)
            if state.follow_up_due
            else self._today() + timedelta(days=DEFAULT_FOLLOW_UP_DAYS)
        )
        ui.follow_up_due_edit.setDate(_qdate(due))
        self._on_interpreter_changed()
        self._update_rhythm()

    def is_dirty(self) -> bool:
        """Whether anything was typed or changed since the form opened."""
        return self.stored is None and self.collect_state().differs_from(self._defaults)

    # -------------------------------------------------------------- reactions
    def interpreter_mode(self) -> InterpreterMode:
        """Return how the contact was interpreted."""
        return InterpreterMode(self.ui.interpreter_combo.currentData())

    def _interpreter_rules(self) -> list[rules.Rule]:
        found: list[rules.Rule] = [rules.max_length(rules.MAX_NAME_CHARS)]
        if self.interpreter_mode().is_qualified:
            found.insert(0, _qualified_interpreter_required)
        return found

    def _on_interpreter_changed(self, *_args: object) -> None:
        ui = self.ui
        mode = self.interpreter_mode()
        ui.child_warning_label.setVisible(mode.needs_warning)
        has_interpreter = mode is not InterpreterMode.NONE
        ui.interpreter_name_edit.setEnabled(has_interpreter)
        ui.interpreter_name_label.setEnabled(has_interpreter)
        if not has_interpreter:
            self.interpreter_check.clear()

    def _on_date_changed(self, value: QDate) -> None:
        # The proposed next contact moves with the contact's date until it is changed.
        if self._next_due_auto:
            proposed = cadence.default_next_contact(self._aggregate.household, _pydate(value))
            with QSignalBlocker(self.ui.next_due_edit):
                self.ui.next_due_edit.setDate(_qdate(proposed))
        self._update_rhythm()

    def _on_next_due_edited(self, *_args: object) -> None:
        self._next_due_auto = False

    def _on_follow_up_toggled(self, on: bool) -> None:
        if on:
            self.ui.follow_up_what_edit.setFocus()
        else:
            self.follow_up_check.clear()
            self.ui.follow_up_due_message.setVisible(False)

    def _update_rhythm(self) -> None:
        household = self._aggregate.household
        on = _pydate(self.ui.date_edit.date())
        days = cadence.cadence_on(
            on, start=cadence.household_start(household), override=household.visit_cadence_days
        )
        if household.visit_cadence_days:
            text = ngettext(
                "This family's own rhythm: a contact every day.",
                "This family's own rhythm: a contact every {days} days.",
                days,
            ).format(days=days)
        elif days == cadence.EARLY_CADENCE_DAYS:
            text = _("Visit rhythm: every {days} days in the family's first three months.").format(
                days=days
            )
        else:
            text = _("Visit rhythm: every {days} days.").format(days=days)
        self.ui.rhythm_label.setText(text)
        self.ui.rhythm_label.setVisible(True)

    # ------------------------------------------------------------------ saving
    def _show(self, widget: Any, text: str | None) -> None:
        widget.setText(text or "")
        widget.setVisible(bool(text))

    def validate(self) -> bool:
        """Show every problem next to its field; focus the first; return whether all fine."""
        ui = self.ui
        state = self.collect_state()
        today = self._today()
        contact_on = date.fromisoformat(state.contact_on)
        problems: list[tuple[QWidget, str | None]] = []
        date_problem = rules.not_in_future(contact_on, today=today)
        self._show(ui.date_message, date_problem)
        problems.append((ui.date_edit, date_problem))
        fields_ok = self.checks.check_all()
        due_problem = None
        if state.next_due:
            due_problem = rules.not_before(date.fromisoformat(state.next_due), contact_on)
        self._show(ui.next_due_message, due_problem)
        problems.append((ui.next_due_edit, due_problem))
        follow_ok, follow_due_problem = True, None
        if state.follow_up:
            follow_ok = self.follow_up_check.check()
            follow_due_problem = rules.not_before(date.fromisoformat(state.follow_up_due), today)
        self._show(ui.follow_up_due_message, follow_due_problem)
        problems.append((ui.follow_up_due_edit, follow_due_problem))
        first = next((widget for widget, problem in problems if problem), None)
        if first is not None and fields_ok:
            first.setFocus()
        return fields_ok and follow_ok and first is None

    def save(self) -> bool:
        """Save the contact (and follow-up) in one transaction; say so only after COMMIT."""
        if self.stored is not None:
            return True
        ui = self.ui
        if not self.validate():
            self._show(ui.save_message_label, _("Not saved: please fix the fields marked above."))
            return False
        state = self.collect_state()
        services = self._services
        contact = state.contact(services.actor)
        follow_up = state.follow_up_record()
        self._show(ui.save_message_label, _("Saving…"))
        ui.save_message_label.setStyleSheet(_HINT_STYLE)
        try:
            with services.transaction():
                stored = services.contacts.add(self._household_id, contact)
                if follow_up is not None:
                    services.follow_ups.add(self._household_id, follow_up)
                services.drafts.delete(self.DRAFT_KIND, self.draft_key)
        except UserFacingError as error:
            ui.save_message_label.setStyleSheet(MESSAGE_STYLE)
            self._show(ui.save_message_label, _("Not saved. {problem}").format(problem=str(error)))
            return False
        # Only now, after COMMIT returned, is anything said to be saved.
        self.stored = stored
        self.saved.emit(stored)
        self._closing_quietly = True
        self.accept()
        return True

    def saved_message(self) -> str:
        """What to say once saved (no family data: the window's status bar shows it)."""
        if self.stored is None:
            return ""
        text = _("Saved: {kind} on {date}.").format(
            kind=label(self.stored.kind), date=format_day(self.stored.contact_on)
        )
        if self.stored.next_contact_due is not None:
            text += " " + _("Next contact due {date}.").format(
                date=format_day(self.stored.next_contact_due)
            )
        return text

    # ----------------------------------------------------------- closing, drafts
    @classmethod
    def ask_discard(cls, parent: QWidget) -> bool:
        """Ask whether to throw away what was typed (tests replace this)."""
        answer = QMessageBox.question(
            parent,
            _("Discard this contact?"),
            _("What you typed for this contact will not be saved."),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def collect_draft(self) -> Draft | None:
        """Return what is typed as a draft, or None (the session's DraftSource)."""
        if self.stored is not None or not self.is_dirty():
            return None
        return Draft(
            kind=self.DRAFT_KIND, key=self.draft_key, payload=self.collect_state().to_payload()
        )

    @classmethod
    def for_household(
        cls,
        services: Any,
        household_id: int,
        *,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> ContactDialog | None:
        """Return a fresh dialog for a household, or None if it no longer exists."""
        aggregate = services.households.get(household_id)
        if aggregate is None:
            return None
        return cls(services, aggregate, today=today, parent=parent)

    @classmethod
    def from_draft(
        cls,
        services: Any,
        draft: Draft,
        *,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> ContactDialog | None:
        """Reopen an unsaved contact; None (and the draft dropped) if it cannot be."""
        try:
            state = ContactFormState.from_payload(draft.payload)
        except (ValueError, TypeError):
            services.drafts.delete(draft.kind, draft.key)
            return None
        aggregate = services.households.get(state.household_id)
        if aggregate is None:  # erased meanwhile (withdrawal, retention)
            services.drafts.delete(draft.kind, draft.key)
            return None
        return cls(services, aggregate, today=today, state=state, parent=parent)
