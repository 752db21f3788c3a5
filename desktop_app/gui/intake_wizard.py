"""The Day-1 intake meeting, step by step in the order the meeting really goes.

1. language and interpreter → 2. consent → 3. the family → 4. wider needs →
5. signposting → 6. summary and next steps (saves) → 7. the family's leaflet.

Nothing typed is lost: every value lives in the widgets until the end (Back and Next
keep them), closing mid-way saves an encrypted draft into the vault, and the session
collects the same draft when it locks (:meth:`IntakeWizard.collect_draft`). The whole
intake is saved in one transaction, and "saved" appears only after it committed.

The wizard is shown non-modally (``show()``); questions that need an answer (where to
save the leaflet, which printer, "discard?") go through small classmethods that tests
replace.
"""

from __future__ import annotations

import dataclasses
import html
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QWidget,
    QWizard,
)

from desktop_app.core import validation as rules
from desktop_app.core.consent import REMOTE_CHANNELS, purpose_name
from desktop_app.core.errors import UserFacingError
from desktop_app.core.intake import (
    DRAFT_KIND,
    IntakeState,
    NeedEntry,
    PersonEntry,
    ServiceChoice,
    build_aggregate,
    language_first,
    offers_language,
)
from desktop_app.core.models import (
    AgeBand,
    Channel,
    ConsentPurpose,
    Draft,
    HouseholdAggregate,
    InterpreterMode,
    NeedCategory,
    PlatformConfidence,
    Referral,
    ReferralStatus,
    Role,
    Service,
)
from desktop_app.gui.consent_step import ConsentWizardPage
from desktop_app.gui.direction import set_wizard_arrows
from desktop_app.gui.display import resize_within_screen
from desktop_app.gui.documents.receipts import receipt_content, write_consent_receipt
from desktop_app.gui.forms.ui_intake_wizard import Ui_IntakeWizard
from desktop_app.gui.label_fit import fit_wrapped_labels
from desktop_app.gui.labels import (
    ENGLISH_LEVELS,
    ESOL_LEVELS,
    NOT_GIVEN,
    PRIOR_SCHOOLING,
    format_day,
    label,
)
from desktop_app.gui.leaflet import LeafletContent, LeafletService, render_leaflet
from desktop_app.gui.leaflet import write_leaflet_pdf as _write_pdf
from desktop_app.gui.need_hints import need_note_hint
from desktop_app.gui.validation import MESSAGE_STYLE, FieldCheck, NoteReminder
from desktop_app.i18n import N_, _, current_language, isolate
from desktop_app.i18n.family import family_texts
from desktop_app.i18n.locales import FAMILY_LANGUAGES, language_name, native_name
from desktop_app.vault.repositories.referrals import ReferralConsentError, check_consent
from desktop_app.vault.services import VaultServices

_ENGLISH_LEVELS = ENGLISH_LEVELS
_PRIOR_SCHOOLING = PRIOR_SCHOOLING
_ESOL_LEVELS = ESOL_LEVELS
_NOT_GIVEN = NOT_GIVEN
# Same words as gui/labels.py; kept here because its table is keyed by value and
# InterpreterMode.NONE ("none") collides there with PlatformConfidence.NONE.
_INTERPRETER_MODES = {
    InterpreterMode.NONE: N_("No interpreter"),
    InterpreterMode.QUALIFIED_IN_PERSON: N_("Qualified interpreter, in person"),
    InterpreterMode.QUALIFIED_PHONE: N_("Qualified interpreter, by phone"),
    InterpreterMode.QUALIFIED_VIDEO: N_("Qualified interpreter, by video"),
    InterpreterMode.FAMILY_MEMBER: N_("A family member (adult)"),
    InterpreterMode.CHILD: N_("A child"),
}
_WARNING_STYLE = "background: #fff4ce; color: #3b2e00; padding: 0.5em; border-radius: 4px;"


def _qdate(day: date) -> QDate:
    """A QDate from a date (the typed QDate(date) overload is missing in some stubs)."""
    return QDate(day.year, day.month, day.day)


class IntakeWizard(QWizard):
    """The intake meeting; build with the session's services and ``show()`` it."""

    (
        PAGE_LANGUAGE,
        PAGE_CONSENT,
        PAGE_FAMILY,
        PAGE_NEEDS,
        PAGE_SIGNPOSTING,
        PAGE_SUMMARY,
        PAGE_DONE,
    ) = range(7)
    DRAFT_KIND = DRAFT_KIND

    #: The consent step (a QWizardPage with the ``ConsentStep`` interface).
    consent_page_class: type[ConsentWizardPage] = ConsentWizardPage

    saved = Signal(object)  # the stored HouseholdAggregate, emitted after COMMIT

    def __init__(
        self,
        services: VaultServices,
        *,
        state: IntakeState | None = None,
        draft_key: str | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if parent is not None:
            self.setWindowFlag(Qt.WindowType.Window, True)
        self._services = services
        self._today = today or date.today()
        self.draft_key = draft_key or uuid.uuid4().hex
        self.stored: HouseholdAggregate | None = None
        self._closing_quietly = False
        self._people: list[PersonEntry] = []
        self._choices: dict[tuple[str, int], bool] = {}  # (category, service id) → referral
        self._service_cache: dict[int, Service] = {}
        self._need_rows: dict[NeedCategory, tuple[QCheckBox, QLineEdit, FieldCheck]] = {}
        self.ui = Ui_IntakeWizard()
        self.ui.setupUi(self)
        self.consent_page = self.consent_page_class(today=self._today)
        self._arrange_pages()
        self._fill_choices()
        self._build_needs()
        self._add_receipt_button()
        self._set_up_checks()
        self._connect()
        self._style()
        self.retranslate()
        self.ui.check_in_edit.setMinimumDate(_qdate(self._today))
        self.apply_state(state or IntakeState(key_contact=services.actor))
        if state is not None:
            self.restart()
            self._go_to(min(max(state.page, 0), self.PAGE_SUMMARY))

    # ================================================================ set-up
    def _arrange_pages(self) -> None:
        ui = self.ui
        for page_id in list(self.pageIds()):
            self.removePage(page_id)
        pages = {
            self.PAGE_LANGUAGE: ui.language_page,
            self.PAGE_CONSENT: self.consent_page,
            self.PAGE_FAMILY: ui.family_page,
            self.PAGE_NEEDS: ui.needs_page,
            self.PAGE_SIGNPOSTING: ui.signposting_page,
            self.PAGE_SUMMARY: ui.summary_page,
            self.PAGE_DONE: ui.done_page,
        }
        for page_id, page in pages.items():
            self.setPage(page_id, page)
        # Saving is the commit: after it, Back would only invite a second save.
        ui.summary_page.setCommitPage(True)
        ui.done_page.setFinalPage(True)

    def _fill_choices(self) -> None:
        ui = self.ui
        for code in FAMILY_LANGUAGES:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, code)
            ui.language_list.addItem(item)
        for mode in _INTERPRETER_MODES:
            ui.interpreter_combo.addItem("", mode.value)
        for channel in Channel:
            ui.channel_combo.addItem("", channel.value)
        for confidence in PlatformConfidence:
            ui.platform_combo.addItem("", confidence.value)
        for role in Role:
            ui.role_combo.addItem("", role.value)
        ui.age_band_combo.addItem("", "")
        for band in AgeBand:
            ui.age_band_combo.addItem(band.value, band.value)
        for combo, values in (
            (ui.english_combo, _ENGLISH_LEVELS),
            (ui.prior_schooling_combo, _PRIOR_SCHOOLING),
            (ui.esol_combo, _ESOL_LEVELS),
        ):
            combo.addItem("", "")
            for value in values:
                combo.addItem("", value.value)
        ui.arrival_month_edit.setDate(QDate(self._today.year, self._today.month, 1))
        ui.arrival_month_edit.setMaximumDate(_qdate(self._today))

    def _build_needs(self) -> None:
        grid = self.ui.needs_grid
        for row, category in enumerate(NeedCategory):
            check = QCheckBox(self.ui.needs_container)
            check.setObjectName(f"need_{category.value}_check")
            note = QLineEdit(self.ui.needs_container)
            note.setObjectName(f"need_{category.value}_note_edit")
            note.setEnabled(False)
            message = QLabel(self.ui.needs_container)
            message.setObjectName(f"need_{category.value}_message_label")
            grid.addWidget(check, row * 2, 0)
            grid.addWidget(note, row * 2, 1)
            grid.addWidget(message, row * 2 + 1, 1)
            check.toggled.connect(note.setEnabled)
            check.toggled.connect(lambda on, edit=note: edit.setFocus() if on else None)
            field_check = FieldCheck(note, message, [rules.max_length(rules.MAX_NOTE_CHARS)])
            self._need_rows[category] = (check, note, field_check)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(len(NeedCategory) * 2, 1)
        # One reminder for all the notes on the page, counting the longest note: it
        # watches an off-screen edit that mirrors the longest note's length.
        self._longest_note = QLineEdit(self)  # owned by the wizard, never shown
        self._longest_note.hide()
        self._needs_reminder = NoteReminder(
            self._longest_note, self.ui.needs_reminder_label, rules.MAX_NOTE_CHARS, parent=self
        )
        for _check, note, _field in self._need_rows.values():
            note.textChanged.connect(self._update_needs_reminder)

    def _add_receipt_button(self) -> None:
        """Add "Save the consent receipt…" beside the leaflet's buttons on the last step."""
        ui = self.ui
        self.receipt_button = QPushButton(ui.done_page)
        self.receipt_button.setObjectName("save_receipt_button")
        ui.leaflet_buttons.insertWidget(2, self.receipt_button)
        QWidget.setTabOrder(ui.print_leaflet_button, self.receipt_button)
        self.receipt_button.clicked.connect(self.save_receipt)

    def _set_up_checks(self) -> None:
        ui = self.ui
        name = rules.max_length(rules.MAX_NAME_CHARS)
        self._interpreter_check = FieldCheck(
            ui.interpreter_name_edit, ui.interpreter_name_message_label, self._interpreter_rules
        )
        self._alias_check = FieldCheck(ui.alias_edit, ui.alias_message_label, [name])
        self._school_check = FieldCheck(ui.school_edit, ui.school_message_label, [name])
        # A person's fields follow the same rules here and on the Family page.
        self._given_name_check = FieldCheck(
            ui.given_name_edit, ui.given_name_message_label, self._person_rules("given_name")
        )
        self._birth_year_check = FieldCheck(
            ui.birth_year_edit, ui.birth_year_message_label, self._person_rules("birth_year")
        )
        self._school_year_check = FieldCheck(
            ui.school_year_edit, ui.school_year_message_label, self._person_rules("school_year")
        )
        self._class_name_check = FieldCheck(
            ui.class_name_edit, ui.class_name_message_label, self._person_rules("class_name")
        )
        self._person_checks = (
            self._given_name_check,
            self._birth_year_check,
            self._school_year_check,
            self._class_name_check,
        )
        self._key_contact_check = FieldCheck(
            ui.key_contact_edit, ui.key_contact_message_label, [rules.required, name]
        )
        for message in (
            ui.language_message_label,
            ui.people_message_label,
            ui.needs_message_label,
            ui.signpost_message_label,
            ui.check_in_message_label,
            ui.save_message_label,
            ui.leaflet_message_label,
        ):
            message.setStyleSheet(MESSAGE_STYLE)
            message.setWordWrap(True)
            message.setVisible(False)

    def _connect(self) -> None:
        ui = self.ui
        ui.language_filter_edit.textChanged.connect(self._filter_languages)
        # Enter in the search box picks the first match instead of pressing Next.
        ui.language_filter_edit.installEventFilter(self)
        ui.language_list.currentItemChanged.connect(self._on_language_changed)
        ui.interpreter_combo.currentIndexChanged.connect(self._on_interpreter_changed)
        ui.arrival_known_check.toggled.connect(ui.arrival_month_edit.setEnabled)
        ui.add_caregiver_button.clicked.connect(lambda: self.add_person(Role.CAREGIVER))
        ui.add_child_button.clicked.connect(lambda: self.add_person(Role.CHILD))
        ui.remove_person_button.clicked.connect(self.remove_current_person)
        ui.people_list.currentRowChanged.connect(self._show_person)
        for edit in (
            ui.given_name_edit,
            ui.birth_year_edit,
            ui.school_year_edit,
            ui.class_name_edit,
        ):
            edit.textEdited.connect(self._store_person)
        for combo in (
            ui.role_combo,
            ui.age_band_combo,
            ui.english_combo,
            ui.prior_schooling_combo,
            ui.esol_combo,
        ):
            combo.activated.connect(self._store_person)
        ui.role_combo.activated.connect(self._update_person_fields)
        ui.age_band_combo.activated.connect(self._update_person_fields)
        ui.wants_esol_check.clicked.connect(self._store_person)
        ui.signpost_need_list.currentRowChanged.connect(self._show_services_for_need)
        ui.service_list.itemChanged.connect(self._on_service_item_changed)
        ui.service_list.currentItemChanged.connect(self._show_service_details)
        ui.referral_radio.clicked.connect(lambda: self._set_current_referral(True))
        ui.signpost_radio.clicked.connect(lambda: self._set_current_referral(False))
        ui.save_leaflet_button.clicked.connect(self.save_leaflet)
        ui.print_leaflet_button.clicked.connect(self.print_leaflet)
        self.customButtonClicked.connect(self._on_custom_button)
        self.currentIdChanged.connect(self._on_page_changed)
        next_shortcut = QShortcut(QKeySequence("Ctrl+Return"), self)
        next_shortcut.activated.connect(self.next)

    def _style(self) -> None:
        self.ui.child_warning_label.setStyleSheet(_WARNING_STYLE)
        self.ui.child_warning_label.setVisible(False)
        self.ui.summary_browser.setOpenLinks(False)
        fit_wrapped_labels(self, self.ui.child_warning_label)
        self.size_to_text()

    def size_to_text(self) -> None:
        """Size the wizard in lines of text, not pixels (about 900 × 700 at 100 %).

        It grows with the text size, but never beyond the screen.
        """
        line = self.fontMetrics().height()
        screen = self.screen().availableGeometry()
        width, height = screen.width(), int(screen.height() * 0.92)
        self.setMinimumSize(min(line * 42, width), min(line * 33, height))
        resize_within_screen(self, line * 53, line * 41)

    # ============================================================ translation
    def retranslate(self) -> None:
        """Set every text that comes from Python rather than the Designer form."""
        ui = self.ui
        for index in range(ui.language_list.count()):
            item = ui.language_list.item(index)
            code = str(item.data(Qt.ItemDataRole.UserRole))
            own, ours = native_name(code), language_name(code, current_language())
            item.setText(own if own == ours else f"{own} · {ours}")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, ours)
        for index, text in enumerate(_INTERPRETER_MODES.values()):
            ui.interpreter_combo.setItemText(index, _(text))
        for combo in (ui.channel_combo, ui.platform_combo, ui.role_combo):
            for index in range(combo.count()):
                value = combo.itemData(index)
                enum = {
                    ui.channel_combo: Channel,
                    ui.platform_combo: PlatformConfidence,
                    ui.role_combo: Role,
                }[combo](value)
                combo.setItemText(index, label(enum))
        for combo, values in (
            (ui.english_combo, _ENGLISH_LEVELS),
            (ui.prior_schooling_combo, _PRIOR_SCHOOLING),
            (ui.esol_combo, _ESOL_LEVELS),
        ):
            texts = [_(_NOT_GIVEN), *(_(t) for t in values.values())]
            for index, text in enumerate(texts):
                combo.setItemText(index, text)
        ui.age_band_combo.setItemText(0, _(_NOT_GIVEN))
        for category, (check, note, _field) in self._need_rows.items():
            check.setText(label(category))
            note.setPlaceholderText(_("Short note (optional)"))
            note.setAccessibleName(_("Note on {need}").format(need=label(category)))
            # What is worth noting differs by need (the Family page shows the same line).
            note.setToolTip(need_note_hint(category))
        set_wizard_arrows(self)  # Back and Next point the reading way (Arabic: mirrored)
        self.setButtonText(QWizard.WizardButton.CancelButton, _("Close (keeps a dra&ft)"))
        self.setButtonText(QWizard.WizardButton.CommitButton, _("&Save intake"))
        self.setButtonText(QWizard.WizardButton.CustomButton1, _("Discard this intake"))
        self.button(QWizard.WizardButton.CancelButton).setToolTip(
            _("Close the intake. What you typed is kept as an encrypted draft to resume later.")
        )
        self.ui.child_warning_label.setText(
            _(
                "A child is interpreting. Children should not interpret for their family: "
                "they may hear things that worry them, miss school, or soften what is said. "
                "Please arrange a qualified interpreter (in person, by phone or by video) "
                "for the next meeting, and keep today to what is essential."
            )
        )
        self.receipt_button.setText(_("Save the consent &receipt as PDF…"))
        self.receipt_button.setToolTip(
            _("What the family agreed to and how to change their mind, in their language")
        )
        self._update_needs_reminder()
        self._refresh_people_list()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the language search picks the first language shown."""
        if (
            watched is self.ui.language_filter_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._pick_first_visible_language()
            return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the application language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
        elif event.type() == QEvent.Type.LayoutDirectionChange:
            set_wizard_arrows(self)
        super().changeEvent(event)

    # ================================================================ state
    def collect_state(self) -> IntakeState:
        """Return everything typed so far (the payload of a draft)."""
        ui = self.ui
        self._store_person()
        current = ui.language_list.currentItem()
        return IntakeState(
            language=str(current.data(Qt.ItemDataRole.UserRole)) if current else "",
            interpreter_mode=str(ui.interpreter_combo.currentData()),
            interpreter_name=ui.interpreter_name_edit.text(),
            consent=self.consent_page.state(),
            alias=ui.alias_edit.text(),
            school=ui.school_edit.text(),
            arrival_month=(
                ui.arrival_month_edit.date().toString("yyyy-MM")
                if ui.arrival_known_check.isChecked()
                else ""
            ),
            preferred_channel=str(ui.channel_combo.currentData()),
            platform_confidence=str(ui.platform_combo.currentData()),
            people=[dataclasses.replace(p) for p in self._people],
            needs=[
                NeedEntry(category.value, note.text())
                for category, (check, note, _field) in self._need_rows.items()
                if check.isChecked()
            ],
            choices=[
                ServiceChoice(category, service_id, referral)
                for (category, service_id), referral in self._choices.items()
            ],
            key_contact=ui.key_contact_edit.text(),
            next_check_in=_to_date(ui.check_in_edit.date()).isoformat(),
            page=max(self.currentId(), 0),
        )

    def apply_state(self, state: IntakeState) -> None:
        """Put a state (a fresh one, or a resumed draft) into the widgets."""
        ui = self.ui
        self._select_language(state.language)
        _select_data(ui.interpreter_combo, state.interpreter_mode)
        ui.interpreter_name_edit.setText(state.interpreter_name)
        self.consent_page.restore(state.consent)
        ui.alias_edit.setText(state.alias)
        ui.school_edit.setText(state.school)
        ui.arrival_known_check.setChecked(bool(state.arrival_month))
        ui.arrival_month_edit.setEnabled(bool(state.arrival_month))
        if state.arrival_month:
            year, month = (int(part) for part in state.arrival_month.split("-"))
            ui.arrival_month_edit.setDate(QDate(year, month, 1))
        _select_data(ui.channel_combo, state.preferred_channel)
        _select_data(ui.platform_combo, state.platform_confidence)
        self._people = [dataclasses.replace(p) for p in state.people]
        self._refresh_people_list()
        ui.people_list.setCurrentRow(0 if self._people else -1)
        self._show_person(ui.people_list.currentRow())
        ticked = {n.category: n.note for n in state.needs}
        for category, (check, note, _field) in self._need_rows.items():
            check.setChecked(category.value in ticked)
            note.setText(ticked.get(category.value, ""))
        self._choices = {(c.category, c.service_id): c.referral for c in state.choices}
        ui.key_contact_edit.setText(state.key_contact)
        ui.check_in_edit.setDate(_qdate(state.check_in_date(self._today)))
        self._on_interpreter_changed()

    def _go_to(self, page_id: int) -> None:
        """Walk forward to ``page_id`` (a resumed draft), stopping at a page that needs work."""
        while self.currentId() < page_id and self.currentId() != self.PAGE_SUMMARY:
            before = self.currentId()
            self.next()
            if self.currentId() == before:
                break

    # ============================================================== drafts
    def collect_draft(self) -> Draft | None:
        """Return the unsaved intake as a draft, or None (the session's DraftSource)."""
        if self.stored is not None:
            return None
        state = self.collect_state()
        if state.is_blank():
            return None
        return Draft(kind=self.DRAFT_KIND, key=self.draft_key, payload=state.to_payload())

    def discard_for_lock(self) -> None:
        """Close without asking or saving (the session saved the draft already)."""
        self._closing_quietly = True
        self.close()

    def save_draft(self) -> bool:
        """Save what is typed as an encrypted draft; return whether one was saved."""
        draft = self.collect_draft()
        if draft is None:
            return False
        self._services.drafts.save(draft)
        return True

    @classmethod
    def from_draft(
        cls,
        services: VaultServices,
        key: str,
        payload: bytes,
        *,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> IntakeWizard:
        """Return a wizard holding a saved draft, on the step where it was left."""
        return cls(
            services,
            state=IntakeState.from_payload(payload),
            draft_key=key,
            today=today,
            parent=parent,
        )

    @classmethod
    def draft_opener(
        cls, parent: QWidget | None = None, on_open: Callable[[IntakeWizard], None] | None = None
    ) -> Callable[[Any, Draft], None]:
        """Return the session's opener for intake drafts (after unlock).

        ``parent`` keeps the reopened wizard alive (it is still its own window);
        ``on_open`` lets the caller register it as a draft source again.
        """

        def open_draft(services: Any, draft: Draft) -> None:
            wizard = cls.from_draft(services, draft.key, draft.payload, parent=parent)
            wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            if on_open is not None:
                on_open(wizard)
            wizard.show()

        return open_draft

    def reject(self) -> None:
        """Close mid-way: keep what was typed as a draft (unless the session did)."""
        if self.stored is None and not self._closing_quietly:
            try:
                self.save_draft()
            except UserFacingError as error:
                self._show_message(self.ui.save_message_label, str(error))
                return
        super().reject()

    @classmethod
    def ask_discard(cls, parent: QWidget) -> bool:
        """Ask whether to throw away the intake (tests replace this)."""
        answer = QMessageBox.question(
            parent,
            _("Discard this intake?"),
            _("Everything typed in this intake will be deleted, including its draft."),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def _on_custom_button(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton1.value and self.ask_discard(self):
            self._services.drafts.delete(self.DRAFT_KIND, self.draft_key)
            self._closing_quietly = True
            self.close()

    # ========================================================== navigation
    def _on_page_changed(self, page_id: int) -> None:
        done = page_id == self.PAGE_DONE
        self.button(QWizard.WizardButton.CustomButton1).setVisible(not done)
        self.button(QWizard.WizardButton.CancelButton).setVisible(not done)
        if page_id == self.PAGE_FAMILY:
            self._offer_channels()
        elif page_id == self.PAGE_SIGNPOSTING:
            self._fill_signposting()
        elif page_id == self.PAGE_SUMMARY:
            self._fill_summary()
        elif page_id == self.PAGE_DONE:
            self._fill_done()
        self.setProperty("interpreter_mode", self.ui.interpreter_combo.currentData())

    def validateCurrentPage(self) -> bool:
        """Check the step before moving on; the summary step saves the intake."""
        checks: dict[int, Callable[[], bool]] = {
            self.PAGE_LANGUAGE: self._check_language_page,
            self.PAGE_FAMILY: self._check_family_page,
            self.PAGE_NEEDS: self._check_needs_page,
            self.PAGE_SIGNPOSTING: self._check_signposting_page,
            self.PAGE_SUMMARY: self._save,
        }
        check = checks.get(self.currentId())
        return (check() if check is not None else True) and super().validateCurrentPage()

    def _show_message(self, label_widget: QLabel, text: str) -> None:
        label_widget.setText(text)
        label_widget.setVisible(bool(text))

    # ====================================================== step 3: the family
    def _offer_channels(self) -> None:
        """Offer phone, SMS and messaging only with consent to be contacted that way."""
        allowed = self.consent_page.allows(ConsentPurpose.CONTACT_CHANNELS)
        combo = self.ui.channel_combo
        model: Any = combo.model()
        why = _("Needs the family's consent: “{purpose}”.").format(
            purpose=purpose_name(ConsentPurpose.CONTACT_CHANNELS)
        )
        for index in range(combo.count()):
            if Channel(combo.itemData(index)) not in REMOTE_CHANNELS:
                continue
            item = model.item(index)
            item.setEnabled(allowed)
            item.setToolTip("" if allowed else why)
        if not allowed and Channel(combo.currentData()) in REMOTE_CHANNELS:
            _select_data(combo, Channel.IN_PERSON.value)

    # ====================================================== step 1: language
    def _filter_languages(self, text: str) -> None:
        wanted = text.strip().casefold()
        for index in range(self.ui.language_list.count()):
            item = self.ui.language_list.item(index)
            code = str(item.data(Qt.ItemDataRole.UserRole))
            haystack = " ".join(
                (item.text(), code, language_name(code, "en"), language_name(code, "fr"))
            ).casefold()
            item.setHidden(bool(wanted) and wanted not in haystack)

    def _pick_first_visible_language(self) -> None:
        for index in range(self.ui.language_list.count()):
            item = self.ui.language_list.item(index)
            if not item.isHidden():
                self.ui.language_list.setCurrentItem(item)
                self.ui.language_list.setFocus()
                return

    def _select_language(self, code: str) -> None:
        for index in range(self.ui.language_list.count()):
            item = self.ui.language_list.item(index)
            if item.data(Qt.ItemDataRole.UserRole) == code:
                self.ui.language_list.setCurrentItem(item)
                return
        self.ui.language_list.setCurrentRow(-1)

    def _on_language_changed(self, *_args: object) -> None:
        if self.ui.language_list.currentItem() is not None:
            self._show_message(self.ui.language_message_label, "")

    def family_language(self) -> str:
        """Return the language picked in step 1 ("" if none yet)."""
        item = self.ui.language_list.currentItem()
        return "" if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def interpreter_mode(self) -> InterpreterMode:
        """Return how the meeting is interpreted."""
        return InterpreterMode(self.ui.interpreter_combo.currentData())

    def _on_interpreter_changed(self, *_args: object) -> None:
        mode = self.interpreter_mode()
        self.ui.child_warning_label.setVisible(mode.needs_warning)
        has_interpreter = mode is not InterpreterMode.NONE
        self.ui.interpreter_name_edit.setEnabled(has_interpreter)
        self.ui.interpreter_name_label.setEnabled(has_interpreter)
        self.setProperty("interpreter_mode", mode.value)
        if not has_interpreter:
            self._interpreter_check.clear()

    def _interpreter_rules(self) -> list[rules.Rule]:
        found: list[rules.Rule] = [rules.max_length(rules.MAX_NAME_CHARS)]
        if self.interpreter_mode().is_qualified:
            found.insert(0, _qualified_interpreter_required)
        return found

    def _check_language_page(self) -> bool:
        ok = True
        if not self.family_language():
            self._show_message(
                self.ui.language_message_label,
                _("Pick the family's language: type its name above, then choose it in the list."),
            )
            self.ui.language_filter_edit.setFocus()
            ok = False
        if (
            self.interpreter_mode() is not InterpreterMode.NONE
            and not self._interpreter_check.check()
        ):
            if ok:
                self.ui.interpreter_name_edit.setFocus()
            ok = False
        return ok

    # ======================================================== step 3: family
    def add_person(self, role: Role) -> None:
        """Add a caregiver or child and start editing them."""
        self._store_person()
        self._people.append(PersonEntry(role=role.value))
        self._refresh_people_list()
        self.ui.people_list.setCurrentRow(len(self._people) - 1)
        self.ui.given_name_edit.setFocus()

    def remove_current_person(self) -> None:
        """Remove the person being edited (entered by mistake)."""
        row = self.ui.people_list.currentRow()
        if 0 <= row < len(self._people):
            del self._people[row]
            self._refresh_people_list()
            self.ui.people_list.setCurrentRow(min(row, len(self._people) - 1))
            self._show_person(self.ui.people_list.currentRow())

    def _person_summary(self, entry: PersonEntry, number: int) -> str:
        who = label(Role(entry.role))
        details = [d for d in (entry.given_name.strip(), entry.age_band, entry.birth_year) if d]
        if entry.role == Role.CHILD.value and entry.school_year.strip():
            details.append(entry.school_year.strip())
        # Names and school years are data, perhaps in another script: isolated.
        suffix = f": {', '.join(isolate(d) for d in details)}" if details else ""
        return f"{number}. {who}{suffix}"

    def _refresh_people_list(self) -> None:
        people = self.ui.people_list
        with QSignalBlocker(people):
            row = people.currentRow()
            people.clear()
            for number, entry in enumerate(self._people, start=1):
                people.addItem(self._person_summary(entry, number))
            people.setCurrentRow(min(row, len(self._people) - 1))
        editing = bool(self._people)
        self.ui.person_editor.setEnabled(editing)
        self.ui.remove_person_button.setEnabled(editing)

    def _show_person(self, row: int) -> None:
        ui = self.ui
        entry = self._people[row] if 0 <= row < len(self._people) else PersonEntry()
        ui.person_editor.setEnabled(0 <= row < len(self._people))
        ui.remove_person_button.setEnabled(0 <= row < len(self._people))
        ui.given_name_edit.setText(entry.given_name)
        ui.birth_year_edit.setText(entry.birth_year)
        ui.school_year_edit.setText(entry.school_year)
        ui.class_name_edit.setText(entry.class_name)
        _select_data(ui.role_combo, entry.role)
        _select_data(ui.age_band_combo, entry.age_band)
        _select_data(ui.english_combo, entry.english_proficiency)
        _select_data(ui.prior_schooling_combo, entry.prior_schooling)
        _select_data(ui.esol_combo, entry.esol_level)
        ui.wants_esol_check.setChecked(entry.wants_esol)
        for check in self._person_checks:
            check.clear()
        self._update_person_fields()

    def _store_person(self, *_args: object) -> None:
        ui = self.ui
        row = ui.people_list.currentRow()
        if not 0 <= row < len(self._people):
            return
        self._people[row] = PersonEntry(
            role=str(ui.role_combo.currentData()),
            given_name=ui.given_name_edit.text(),
            age_band=str(ui.age_band_combo.currentData() or ""),
            birth_year=ui.birth_year_edit.text(),
            school_year=ui.school_year_edit.text(),
            class_name=ui.class_name_edit.text(),
            english_proficiency=str(ui.english_combo.currentData() or ""),
            prior_schooling=str(ui.prior_schooling_combo.currentData() or ""),
            esol_level=str(ui.esol_combo.currentData() or ""),
            wants_esol=ui.wants_esol_check.isChecked(),
        )
        item = ui.people_list.item(row)
        if item is not None:
            item.setText(self._person_summary(self._people[row], row + 1))

    def _update_person_fields(self, *_args: object) -> None:
        ui = self.ui
        child = ui.role_combo.currentData() == Role.CHILD.value
        form = ui.person_form
        for widget in (
            ui.school_year_edit,
            ui.class_name_edit,
            ui.english_combo,
            ui.prior_schooling_combo,
        ):
            form.setRowVisible(widget, child)
        form.setRowVisible(ui.esol_combo, not child)
        form.setRowVisible(ui.wants_esol_check, not child)
        form.setRowVisible(ui.school_year_message_label, child)
        form.setRowVisible(ui.class_name_message_label, child)
        if ui.birth_year_edit.text():
            self._birth_year_check.check()  # the role or the age band changed its rules

    def _person_rules(self, field: str) -> Callable[[], list[rules.Rule]]:
        ui = self.ui
        return lambda: rules.person_rules(
            field,
            child=ui.role_combo.currentData() == Role.CHILD.value,
            age_band=str(ui.age_band_combo.currentData() or ""),
            today=self._today,
        )

    def _check_family_page(self) -> bool:
        self._store_person()
        ui = self.ui
        # Every field is checked (and shows its message), not just the first bad one.
        ok = all([check.check() for check in (self._alias_check, self._school_check)])
        for row, entry in enumerate(self._people):
            problem = rules.person_problem(
                role_is_child=entry.role == Role.CHILD.value,
                given_name=entry.given_name,
                birth_year_text=entry.birth_year,
                age_band=entry.age_band,
                school_year=entry.school_year,
                class_name=entry.class_name,
                today=self._today,
            )
            if problem is not None:
                ui.people_list.setCurrentRow(row)
                checks = {c.field.objectName(): c for c in self._person_checks}
                for check in self._person_checks:
                    check.check()
                checks[f"{problem[0]}_edit"].field.setFocus()
                self._show_message(
                    ui.people_message_label,
                    _("Check person {number} in the list.").format(number=row + 1),
                )
                return False
        self._show_message(ui.people_message_label, "")
        return ok

    # ========================================================= step 4: needs
    def _update_needs_reminder(self, *_args: object) -> None:
        longest = max((len(note.text()) for _c, note, _f in self._need_rows.values()), default=0)
        self._longest_note.setText("x" * longest)

    def _check_needs_page(self) -> bool:
        ok = True
        for check, _note, field_check in self._need_rows.values():
            if check.isChecked() and not field_check.check():
                if ok:
                    field_check.field.setFocus()
                ok = False
        return ok

    # =================================================== step 5: signposting
    def _ticked(self) -> list[NeedCategory]:
        return [c for c, (check, _n, _f) in self._need_rows.items() if check.isChecked()]

    def services_for(self, category: NeedCategory) -> list[Service]:
        """Return the directory's services for a need, the family's language first."""
        found = self._services.services.search(category=category)
        for service in found:
            if service.id is not None:
                self._service_cache[service.id] = service
        return language_first(found, self.family_language())

    def _fill_signposting(self) -> None:
        ticked = self._ticked()
        # Choices for needs that were unticked meanwhile no longer apply.
        self._choices = {k: v for k, v in self._choices.items() if NeedCategory(k[0]) in ticked}
        needs = self.ui.signpost_need_list
        with QSignalBlocker(needs):
            needs.clear()
            for category in ticked:
                item = QListWidgetItem(label(category))
                item.setData(Qt.ItemDataRole.UserRole, category.value)
                needs.addItem(item)
        if ticked:
            needs.setCurrentRow(0)
            self._show_services_for_need(0)
        else:
            self.ui.service_list.clear()
            self.ui.service_details_label.setText(
                _("No needs were ticked, so there is nothing to signpost. Go on to the summary.")
            )
        self._update_referral_availability()

    def _current_need(self) -> NeedCategory | None:
        item = self.ui.signpost_need_list.currentItem()
        return None if item is None else NeedCategory(str(item.data(Qt.ItemDataRole.UserRole)))

    def _show_services_for_need(self, _row: int) -> None:
        category = self._current_need()
        services = self.ui.service_list
        with QSignalBlocker(services):
            services.clear()
            if category is None:
                return
            language = self.family_language()
            for service in self.services_for(category):
                assert service.id is not None
                text = service.name
                if offers_language(service, language):
                    text = _("{service} · speaks {language}").format(
                        service=isolate(service.name), language=isolate(native_name(language))
                    )
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, service.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                picked = (category.value, service.id) in self._choices
                item.setCheckState(Qt.CheckState.Checked if picked else Qt.CheckState.Unchecked)
                services.addItem(item)
        if services.count():
            services.setCurrentRow(0)
        else:
            self.ui.service_details_label.setText(
                _("The directory has no service for this need yet. Note it and move on.")
            )
        self._show_service_details()
        self._update_need_item(category)

    def _update_need_item(self, category: NeedCategory | None) -> None:
        item = self.ui.signpost_need_list.currentItem()
        if item is None or category is None:
            return
        count = sum(1 for c, _s in self._choices if c == category.value)
        name = label(category)
        item.setText(
            name if not count else _("{need} ({count} picked)").format(need=name, count=count)
        )

    def _on_service_item_changed(self, item: QListWidgetItem) -> None:
        category = self._current_need()
        if category is None:
            return
        key = (category.value, int(item.data(Qt.ItemDataRole.UserRole)))
        if item.checkState() == Qt.CheckState.Checked:
            self._choices.setdefault(key, False)
        else:
            self._choices.pop(key, None)
        self._show_service_details()
        self._update_need_item(category)

    def _show_service_details(self, *_args: object) -> None:
        ui = self.ui
        item = ui.service_list.currentItem()
        category = self._current_need()
        if item is None or category is None:
            ui.signpost_radio.setEnabled(False)
            ui.referral_radio.setEnabled(False)
            return
        service = self._service_cache[int(item.data(Qt.ItemDataRole.UserRole))]
        lines = [f"<b>{html.escape(service.name)}</b>"]
        for template, value in (
            (_("Phone: {value}"), service.phone),
            (_("E-mail: {value}"), service.email),
            (_("Address: {value}"), service.address),
            (_("Open: {value}"), service.opening_times),
            (
                _("Languages: {value}"),
                ", ".join(isolate(native_name(code)) for code in service.languages),
            ),
        ):
            if value:
                lines.append(html.escape(template.format(value=isolate(value))))
        ui.service_details_label.setText("<br/>".join(lines))
        key = (category.value, int(item.data(Qt.ItemDataRole.UserRole)))
        referral = self._choices.get(key, False)
        ui.signpost_radio.setEnabled(True)
        with QSignalBlocker(ui.signpost_radio), QSignalBlocker(ui.referral_radio):
            ui.referral_radio.setChecked(referral)
            ui.signpost_radio.setChecked(not referral)
        self._update_referral_availability()

    def _sharing_problem(self) -> str:
        """Return why a referral cannot be made (no consent to share), or ""."""
        try:
            check_consent(
                Referral(
                    need_id=0,
                    service_id=0,
                    consent_to_share=self.consent_page.allows_sharing(),
                    status=ReferralStatus.REFERRED,
                )
            )
        except ReferralConsentError as error:
            return str(error)
        return ""

    def _update_referral_availability(self) -> None:
        problem = self._sharing_problem()
        has_item = self.ui.service_list.currentItem() is not None
        self.ui.referral_radio.setEnabled(has_item and not problem)
        self._show_message(self.ui.signpost_message_label, problem if has_item else "")

    def _set_current_referral(self, referral: bool) -> None:
        ui = self.ui
        item = ui.service_list.currentItem()
        category = self._current_need()
        if item is None or category is None:
            return
        if referral and self._sharing_problem():
            self._show_service_details()
            return
        key = (category.value, int(item.data(Qt.ItemDataRole.UserRole)))
        self._choices[key] = referral
        if item.checkState() != Qt.CheckState.Checked:
            item.setCheckState(Qt.CheckState.Checked)  # picking the action picks the service

    def _check_signposting_page(self) -> bool:
        if any(self._choices.values()) and self._sharing_problem():
            self._show_message(self.ui.signpost_message_label, self._sharing_problem())
            return False
        return True

    # ======================================================= step 6: summary
    def _fill_summary(self) -> None:
        state = self.collect_state()
        e = html.escape
        rows = [
            (_("Language"), native_name(state.language)),
            (_("Interpreter"), _(_INTERPRETER_MODES[InterpreterMode(state.interpreter_mode)])),
            (
                _("Consent"),
                _("Record: yes. Sharing for referrals: {sharing}.").format(
                    sharing=_("yes") if self.consent_page.allows_sharing() else _("no")
                ),
            ),
            (
                _("People"),
                ", ".join(self._person_summary(p, i) for i, p in enumerate(state.people, 1))
                or _("None recorded"),
            ),
        ]
        needs = []
        for category in state.need_categories():
            picked = []
            for choice in state.choices_for(category):
                service = self._service_cache.get(choice.service_id)
                if service is None:
                    continue
                how = _("referral") if choice.referral else _("signposted")
                picked.append(f"{service.name} ({how})")
            needs.append(f"{label(category)}: {', '.join(picked)}" if picked else label(category))
        rows.append((_("Needs"), "; ".join(needs) or _("None recorded")))
        body = "".join(f"<tr><th align='left'>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in rows)
        self.ui.summary_browser.setHtml(f"<table cellspacing='6'>{body}</table>")
        self._show_message(self.ui.save_message_label, "")

    def _save(self) -> bool:
        ui = self.ui
        if not self._key_contact_check.check():
            return False
        check_in = _to_date(ui.check_in_edit.date())
        problem = rules.not_before(check_in, self._today)
        self._show_message(ui.check_in_message_label, problem or "")
        if problem is not None:
            return False
        if not self.consent_page.keeps_record():
            self._show_message(
                ui.save_message_label,
                _("The family has not agreed to a record, so nothing can be saved."),
            )
            return False
        state = self.collect_state()
        services = self._services
        notices, events = self.consent_page.notices_and_events(
            language=state.language,
            interpreter_mode=InterpreterMode(state.interpreter_mode),
            interpreter_name=state.interpreter_name.strip(),
            staff_member=services.actor,
        )
        aggregate = build_aggregate(
            state,
            staff_member=services.actor,
            today=self._today,
            consents=events,
            sharing_consent=self.consent_page.allows_sharing(),
            follow_up_text=_("Check in with the family after the intake meeting"),
        )
        try:
            with services.transaction():
                for notice in notices:
                    services.consent.save_notice(notice)
                stored = services.households.create(aggregate)
                assert stored.household.id is not None
                services.consent.attach_signature(
                    stored.household.id, stored.consents, self.consent_page.signature_png()
                )
                services.drafts.delete(self.DRAFT_KIND, self.draft_key)
        except UserFacingError as error:
            self._show_message(ui.save_message_label, str(error))
            return False
        # Only now, after COMMIT returned, does the wizard say "saved".
        self.stored = stored
        self.saved.emit(stored)
        return True

    # ======================================================= step 7: leaflet
    def _fill_done(self) -> None:
        ui = self.ui
        stored = self.stored
        if stored is None:
            return
        ui.saved_label.setText(
            _("Saved. The family's reference is {reference}. Next check-in: {date}.").format(
                reference=stored.household.reference,
                date=format_day(self.leaflet_content().next_meeting),
            )
        )
        language = self.family_language()
        texts = family_texts(language)
        if texts.language == "en" and language.split("-")[0] != "en":
            text = _(
                "Hearth has no translation into {language} yet, so the leaflet's texts will be "
                "in English. Ask the interpreter to go through it with the family."
            ).format(language=language_name(language, current_language()))
        else:
            text = _("The leaflet will be in {language}.").format(
                language=isolate(native_name(texts.language))
            )
        ui.leaflet_language_label.setText(text)
        ui.save_leaflet_button.setFocus()

    def leaflet_content(self) -> LeafletContent:
        """Return what the family's leaflet says (after the intake was saved)."""
        state = self.collect_state()
        language = state.language
        services: list[LeafletService] = []
        seen: set[int] = set()
        for category in state.need_categories():
            for choice in state.choices_for(category):
                service = self._service_cache.get(choice.service_id)
                if service is None or choice.service_id in seen:
                    continue
                seen.add(choice.service_id)
                services.append(
                    LeafletService(
                        name=service.name,
                        phone=service.phone,
                        email=service.email,
                        website=service.website,
                        address=service.address,
                        opening_times=service.opening_times,
                        referral=choice.referral,
                        speaks_language=offers_language(service, language),
                    )
                )
        return LeafletContent(
            language=language,
            key_contact=state.key_contact.strip(),
            next_meeting=state.check_in_date(self._today),
            school=state.school.strip(),
            services=tuple(services),
        )

    @classmethod
    def ask_leaflet_path(cls, parent: QWidget, suggested: str) -> Path | None:
        """Ask where to save the leaflet PDF (tests replace this)."""
        path, _filter = QFileDialog.getSaveFileName(
            parent, _("Save the family's leaflet"), suggested, _("PDF files (*.pdf)")
        )
        return Path(path) if path else None

    @classmethod
    def ask_printer(cls, parent: QWidget) -> Any:
        """Ask which printer to use; return a QPrinter or None (tests replace this)."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, parent)
        return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None

    def save_leaflet(self) -> Path | None:
        """Ask where, then write the leaflet PDF; return the path written."""
        if self.stored is None:
            return None
        name = _("leaflet-{reference}.pdf").format(reference=self.stored.household.reference)
        path = self.ask_leaflet_path(self, str(Path.home() / name))
        if path is None:
            return None
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        try:
            _write_pdf(self.leaflet_content(), path)
        except OSError:
            self._show_message(
                self.ui.leaflet_message_label,
                _("The leaflet could not be written there. Pick another folder."),
            )
            return None
        self.ui.leaflet_message_label.setStyleSheet("")
        self._show_message(
            self.ui.leaflet_message_label,
            _("Leaflet saved as {name}.").format(name=path.name),
        )
        return path

    @classmethod
    def ask_receipt_path(cls, parent: QWidget, suggested: str) -> Path | None:
        """Ask where to save the consent receipt PDF (tests replace this)."""
        path, _filter = QFileDialog.getSaveFileName(
            parent, _("Save the consent receipt"), suggested, _("PDF files (*.pdf)")
        )
        return Path(path) if path else None

    def save_receipt(self) -> Path | None:
        """Ask where, then write the consent receipt (family's language + staff's)."""
        stored = self.stored
        if stored is None:
            return None
        name = _("consent-receipt-{reference}.pdf").format(reference=stored.household.reference)
        path = self.ask_receipt_path(self, str(Path.home() / name))
        if path is None:
            return None
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        content = receipt_content(
            stored, stored.consents, signature_png=self.consent_page.signature_png()
        )
        try:
            written = write_consent_receipt(content, path)
        except OSError:
            self._show_message(
                self.ui.leaflet_message_label,
                _("The receipt could not be written there. Pick another folder."),
            )
            return None
        self.ui.leaflet_message_label.setStyleSheet("")
        text = _("Consent receipt saved as {name}.").format(name=path.name)
        note = written.staff_note
        self._show_message(self.ui.leaflet_message_label, f"{text}\n{note}" if note else text)
        return path

    def print_leaflet(self) -> bool:
        """Ask for a printer, then print the leaflet; return whether it was sent."""
        if self.stored is None:
            return False
        printer = self.ask_printer(self)
        if printer is None:
            return False
        render_leaflet(self.leaflet_content(), printer)
        self.ui.leaflet_message_label.setStyleSheet("")
        self._show_message(self.ui.leaflet_message_label, _("Leaflet sent to the printer."))
        return True


def _qualified_interpreter_required(text: str) -> str | None:
    if not text.strip():
        return _("Write the qualified interpreter's name or their agency.")
    return None


def _to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _select_data(combo: Any, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))
