"""Consent from the family page: review or record decisions, and withdraw them.

:class:`ConsentDialog` is the consent step on its own (a review, a renewal, a purpose
asked for the first time). :class:`WithdrawConsentDialog` is the one place to withdraw:
as easy as agreeing, effective at once, per purpose. Withdrawing *keep a case record*
erases the household, so it asks for the staff member's passphrase again first.

Both are shown non-modally by the family page (``show()``); tests drive their widgets
and call :meth:`ConsentDialog.save` / :meth:`WithdrawConsentDialog.withdraw`, the same
slots the buttons are connected to. Questions such as "where to save the receipt?" go
through small methods that tests replace.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.consent import purpose_name
from desktop_app.core.errors import UserFacingError
from desktop_app.core.models import (
    ConsentDecision,
    ConsentEvent,
    ConsentMethod,
    ConsentPurpose,
    DecidedBy,
    HouseholdAggregate,
    InterpreterMode,
    utc_now,
)
from desktop_app.gui.consent_step import ConsentStepWidget, scrolling
from desktop_app.gui.display import resize_within_screen
from desktop_app.gui.documents.common import WrittenDocument
from desktop_app.gui.labels import label
from desktop_app.gui.validation import MESSAGE_STYLE
from desktop_app.i18n import _, ngettext
from desktop_app.vault.consent_lifecycle import WithdrawalResult

_DONE_STYLE = "background: #dff6dd; color: #0b3d0b; padding: 0.5em; border-radius: 4px;"
_DANGER_STYLE = "background: #fde7e9; color: #6b0010; padding: 0.5em; border-radius: 4px;"

#: Writes a receipt PDF to a path (``gui/documents/receipts.py`` supplies it); the
#: result, when it has one, says which language the receipt is in.
ReceiptWriter = Callable[[Path], WrittenDocument | None]


def _show(label_widget: QLabel, text: str, style: str = MESSAGE_STYLE) -> None:
    label_widget.setStyleSheet(style)
    label_widget.setText(text)
    label_widget.setVisible(bool(text))


class _ReceiptMixin:
    """"Save receipt…": ask where, write the PDF, say where it went."""

    receipt_button: QPushButton
    message_label: QLabel
    _receipt_writer: ReceiptWriter | None = None

    def ask_receipt_path(self) -> Path | None:
        """Ask where to save the receipt (tests replace this)."""
        name, _filter = QFileDialog.getSaveFileName(
            self,  # type: ignore[arg-type]
            _("Save the receipt"),
            str(Path.home() / _("consent-receipt.pdf")),
            _("PDF documents (*.pdf)"),
        )
        return Path(name) if name else None

    def save_receipt(self) -> Path | None:
        """Write the receipt where the staff member chooses; return the path."""
        writer = self._receipt_writer
        if writer is None:
            return None
        path = self.ask_receipt_path()
        if path is None:
            return None
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        try:
            written = writer(path)
        except OSError:
            _show(
                self.message_label,
                _("The receipt could not be saved there. Choose another folder and try again."),
            )
            return None
        text = _("The receipt is saved. Print it and give it to the family.")
        note = written.staff_note if written is not None else ""
        _show(self.message_label, f"{text}\n{note}" if note else text, _DONE_STYLE)
        return path


class ConsentDialog(_ReceiptMixin, QDialog):
    """Review, renew or record consent for one household."""

    recorded = Signal(list)  # the stored ConsentEvents, after COMMIT

    def __init__(
        self,
        services: Any,
        household_id: int,
        *,
        today: date | None = None,
        receipt_writer_for: Callable[[list[ConsentEvent]], ReceiptWriter | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self._services = services
        self._household_id = household_id
        self._receipt_writer_for = receipt_writer_for
        self.stored: list[ConsentEvent] = []
        aggregate: HouseholdAggregate | None = services.households.get(household_id)
        if aggregate is None:
            raise LookupError("no such household")
        household = aggregate.household
        self.step = ConsentStepWidget(today=today)
        self.step.set_context(
            language=household.preferred_language or "en",
            interpreter_mode=InterpreterMode.NONE,
            previous=services.consent.current(household_id),
        )
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setVisible(False)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.receipt_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.receipt_button.setEnabled(False)
        self.save_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(self.step, self), 1)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        self.save_button.clicked.connect(self.save)
        self.receipt_button.clicked.connect(self.save_receipt)
        self.close_button.clicked.connect(self.close)
        self.step.changed.connect(self._update_buttons)
        self.retranslate()
        self._update_buttons()
        resize_within_screen(self, self.step.sizeHint().width() + 48, 720)

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Texts in the staff language (the title never names the family)."""
        self.setWindowTitle(_("Review consent"))
        self.save_button.setText(_("&Save decisions"))
        self.receipt_button.setText(_("Save &receipt…"))

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(not self.stored and self.step.is_ready())

    def save(self) -> bool:
        """Record every decision (all or none); "saved" shows only after COMMIT."""
        if self.stored or not self.step.is_ready():
            return False
        services = self._services
        events = self.step.events(staff_member=services.actor, renewing=True)
        try:
            stored = services.consent.record_decisions(
                self._household_id, events, signature_png=self.step.signature_png()
            )
        except UserFacingError as error:
            _show(self.message_label, str(error))
            return False
        self.stored = stored
        self.step.setEnabled(False)
        if self._receipt_writer_for is not None:
            self._receipt_writer = self._receipt_writer_for(stored)
        self.receipt_button.setEnabled(self._receipt_writer is not None)
        self._update_buttons()
        _show(
            self.message_label,
            _("Saved. The family's decisions are recorded. Print a receipt for them."),
            _DONE_STYLE,
        )
        self.recorded.emit(stored)
        return True


class WithdrawConsentDialog(_ReceiptMixin, QDialog):
    """Withdraw consent for one or more purposes, effective at once."""

    withdrawn = Signal(list, bool)  # [WithdrawalResult], household erased

    def __init__(
        self,
        services: Any,
        household_id: int,
        *,
        receipt_writer_for: Callable[[list[ConsentEvent]], ReceiptWriter | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self._services = services
        self._household_id = household_id
        self._receipt_writer_for = receipt_writer_for
        self.results: list[WithdrawalResult] = []
        current = services.consent.current(household_id)
        self._granted = [p for p in ConsentPurpose if p in current and current[p].decision.grants]
        aggregate = services.households.get(household_id)
        self._language = (aggregate.household.preferred_language if aggregate else "") or "en"

        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        self.checks: dict[ConsentPurpose, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        for purpose in self._granted:
            check = QCheckBox()
            check.toggled.connect(self._update)
            self.checks[purpose] = check
            layout.addWidget(check)
        self.none_label = QLabel()
        self.none_label.setVisible(not self._granted)
        layout.addWidget(self.none_label)
        form = QFormLayout()
        self.method_label = QLabel()
        self.method_combo = QComboBox()
        for method in (
            ConsentMethod.VERBAL_VIA_INTERPRETER,
            ConsentMethod.SIGNED_ON_SCREEN,
            ConsentMethod.PAPER_FORM,
        ):
            self.method_combo.addItem("", method.value)
        self.method_label.setBuddy(self.method_combo)
        self.decided_by_label = QLabel()
        self.decided_by_combo = QComboBox()
        for who in DecidedBy:
            self.decided_by_combo.addItem("", who.value)
        self.decided_by_label.setBuddy(self.decided_by_combo)
        self.paper_label = QLabel()
        self.paper_edit = QLineEdit()
        self.paper_edit.setMaxLength(60)
        self.paper_label.setBuddy(self.paper_edit)
        form.addRow(self.method_label, self.method_combo)
        form.addRow(self.paper_label, self.paper_edit)
        form.addRow(self.decided_by_label, self.decided_by_combo)
        layout.addLayout(form)
        self.erase_label = QLabel()
        self.erase_label.setWordWrap(True)
        self.erase_label.setStyleSheet(_DANGER_STYLE)
        layout.addWidget(self.erase_label)
        self.passphrase_label = QLabel()
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_label.setBuddy(self.passphrase_edit)
        passphrase_form = QFormLayout()
        passphrase_form.addRow(self.passphrase_label, self.passphrase_edit)
        layout.addLayout(passphrase_form)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setVisible(False)
        layout.addWidget(self.message_label)
        self.buttons = QDialogButtonBox()
        self.withdraw_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.receipt_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.receipt_button.setEnabled(False)
        layout.addWidget(self.buttons)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.receipt_button.clicked.connect(self.save_receipt)
        self.close_button.clicked.connect(self.close)
        self.method_combo.currentIndexChanged.connect(self._update)
        self.paper_edit.textChanged.connect(self._update)
        self.passphrase_edit.textChanged.connect(self._update)
        self.retranslate()
        # Wide enough to read, never narrower than its content (a minimum width set
        # here would let the layout squeeze the purposes' long check boxes).
        self.resize(max(self.sizeHint().width(), self.fontMetrics().averageCharWidth() * 70), 1)
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Texts in the staff language."""
        self.setWindowTitle(_("Withdraw consent"))
        self.intro_label.setText(
            _(
                "Tick what the family no longer agrees to. It takes effect as soon as you "
                "press Withdraw."
            )
        )
        effects = {
            ConsentPurpose.CASE_RECORD: _("the whole record is erased"),
            ConsentPurpose.REFERRAL_SHARING: _("pending referrals are stopped"),
            ConsentPurpose.STATISTICS: _("left out of all statistics from now on"),
            ConsentPurpose.CONTACT_CHANNELS: _("no more calls, SMS or messages"),
            ConsentPurpose.CHAMPION_INTRODUCTION: _("parent champion introductions end"),
        }
        for purpose, check in self.checks.items():
            check.setText(
                _("{purpose} ({effect})").format(
                    purpose=purpose_name(purpose), effect=effects[purpose]
                )
            )
        self.none_label.setText(_("The family has no consent in place to withdraw."))
        self.method_label.setText(_("&How they told us:"))
        self.paper_label.setText(_("&Paper form reference:"))
        self.decided_by_label.setText(_("Who &decided:"))
        for combo, kind in ((self.method_combo, ConsentMethod), (self.decided_by_combo, DecidedBy)):
            for index in range(combo.count()):
                combo.setItemText(index, label(kind(combo.itemData(index))))
        self.erase_label.setText(
            _(
                "Withdrawing agreement to keep a record erases everything Hearth holds about "
                "this family, now. It cannot be undone. Print the receipt before you close "
                "this window."
            )
        )
        self.passphrase_label.setText(_("Your &passphrase, to confirm:"))
        self.withdraw_button.setText(_("&Withdraw"))
        self.receipt_button.setText(_("Save &receipt…"))

    def _erasing(self) -> bool:
        check = self.checks.get(ConsentPurpose.CASE_RECORD)
        return check is not None and check.isChecked()

    def _update(self) -> None:
        erasing = self._erasing()
        paper = ConsentMethod(self.method_combo.currentData()) is ConsentMethod.PAPER_FORM
        for widget in (self.paper_label, self.paper_edit):
            widget.setVisible(paper)
        shown_before = self.erase_label.isVisibleTo(self)
        for widget in (self.erase_label, self.passphrase_label, self.passphrase_edit):
            widget.setVisible(erasing)
        if erasing != shown_before:
            self.adjustSize()  # grow for the warning, shrink back without it
        chosen = any(check.isChecked() for check in self.checks.values())
        ready = (
            chosen
            and not self.results
            and (not paper or bool(self.paper_edit.text().strip()))
            and (not erasing or bool(self.passphrase_edit.text()))
        )
        self.withdraw_button.setEnabled(ready)

    def tick(self, purpose: ConsentPurpose, checked: bool = True) -> None:
        """Tick (or untick) a purpose to withdraw."""
        self.checks[purpose].setChecked(checked)

    def withdraw(self) -> bool:
        """Withdraw the ticked purposes now; the case record (erasure) goes last."""
        if not self.withdraw_button.isEnabled():
            return False
        services = self._services
        chosen = [p for p, check in self.checks.items() if check.isChecked()]
        erasing = ConsentPurpose.CASE_RECORD in chosen
        if erasing and not services.vault.confirm_passphrase(self.passphrase_edit.text()):
            self.passphrase_edit.clear()
            _show(
                self.message_label,
                _("That is not your passphrase. Nothing was withdrawn or erased."),
            )
            self.passphrase_edit.setFocus()
            return False
        now = utc_now()
        method = ConsentMethod(self.method_combo.currentData())
        events = [
            ConsentEvent(
                purpose=purpose,
                decision=ConsentDecision.WITHDRAWN,
                # The withdrawal refers to the notice the family agreed to.
                notice_hash=services.consent.current(self._household_id)[purpose].notice_hash,
                language=self._language,
                method=method,
                decided_by=DecidedBy(self.decided_by_combo.currentData()),
                staff_member=services.actor,
                decided_at=now,
                paper_reference=(
                    self.paper_edit.text().strip() if method is ConsentMethod.PAPER_FORM else ""
                ),
            )
            for purpose in sorted(chosen, key=lambda p: p is ConsentPurpose.CASE_RECORD)
        ]
        # The receipt is prepared before anything changes: after an erasure there is
        # nothing left to read it from.
        if self._receipt_writer_for is not None:
            self._receipt_writer = self._receipt_writer_for(events)
        results = []
        try:
            for event in events:
                results.append(services.consent.withdraw(self._household_id, event))
        except UserFacingError as error:
            _show(self.message_label, str(error))
            self.results = results
            self._update()
            return False
        self.results = results
        self.passphrase_edit.clear()
        for check in self.checks.values():
            check.setEnabled(False)
        self.receipt_button.setEnabled(self._receipt_writer is not None)
        self._update()
        _show(self.message_label, self.summary(results), _DONE_STYLE)
        self.withdrawn.emit(results, erasing)
        return True

    @staticmethod
    def summary(results: list[WithdrawalResult]) -> str:
        """Say what the withdrawal did, in counts (never names)."""
        lines = []
        for result in results:
            if result.household_erased:
                lines.append(_("The family's record is erased."))
            if result.referrals_blocked:
                lines.append(
                    ngettext(
                        "{count} pending referral is stopped.",
                        "{count} pending referrals are stopped.",
                        result.referrals_blocked,
                    ).format(count=result.referrals_blocked)
                )
            if result.channel_cleared:
                lines.append(_("Phone, SMS and messaging are no longer used for this family."))
            if result.matches_ended:
                lines.append(
                    ngettext(
                        "{count} parent champion introduction is ended.",
                        "{count} parent champion introductions are ended.",
                        result.matches_ended,
                    ).format(count=result.matches_ended)
                )
            if result.purpose is ConsentPurpose.STATISTICS:
                lines.append(_("The family is left out of all statistics from now on."))
        lines.insert(0, _("Withdrawn. It took effect now."))
        return "\n".join(lines)
