"""The intake's consent step, in its minimal form until the consent feature lands.

**Replace me**: the consent issue swaps this page for the full consent step by changing
``IntakeWizard.consent_page_class``. Anything with the same small interface
(:class:`ConsentStep`) fits: the wizard asks it only for its state (for drafts), whether
a record may be kept, whether details may be shared for referrals, and the consent
notices and events to save with the intake.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget, QWizardPage

from desktop_app.core.models import (
    ConsentDecision,
    ConsentEvent,
    ConsentMethod,
    ConsentNotice,
    ConsentPurpose,
    DecidedBy,
    InterpreterMode,
)
from desktop_app.gui.forms.ui_minimal_consent_page import Ui_MinimalConsentPage
from desktop_app.gui.validation import MESSAGE_STYLE
from desktop_app.i18n import N_, _, gettext_for

# What the family agreed to, as the notice text stored with the decision (translated
# into the family's language when Hearth has a catalog for it).
_NOTICES = {
    ConsentPurpose.CASE_RECORD: N_(
        "The school keeps a short encrypted record about your family on this laptop, so "
        "that staff can help you. You can ask to see it, or to have it deleted, at any time."
    ),
    ConsentPurpose.REFERRAL_SHARING: N_(
        "When we refer you to a service, we share your name and how to contact you with "
        "that service only. You can say no, or change your mind, at any time."
    ),
}
_METHODS = {
    ConsentMethod.VERBAL_VIA_INTERPRETER: N_("Said yes, through the interpreter"),
    ConsentMethod.SIGNED_ON_SCREEN: N_("Said yes, in a language we share"),
    ConsentMethod.PAPER_FORM: N_("Signed a paper form"),
}


class ConsentStep(Protocol):
    """What the intake wizard needs from its consent page."""

    def state(self) -> dict[str, Any]:
        """Return the page's values for a draft."""
        ...

    def restore(self, state: dict[str, Any]) -> None:
        """Put back values from a draft."""
        ...

    def keeps_record(self) -> bool:
        """Whether the family agreed to a case record (needed to save the intake)."""
        ...

    def allows_sharing(self) -> bool:
        """Whether the family agreed to share details for a referral."""
        ...

    def notices_and_events(
        self,
        *,
        language: str,
        interpreter_mode: InterpreterMode,
        interpreter_name: str,
        staff_member: str,
    ) -> tuple[list[ConsentNotice], list[ConsentEvent]]:
        """Return the notice texts to store and the decisions to record."""
        ...


class MinimalConsentPage(QWizardPage):
    """Two checkboxes: keep a record (required to save) and share for referrals."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MinimalConsentPage()
        self.ui.setupUi(self)
        self.ui.minimal_note_label.setStyleSheet(
            "background: #fff4ce; color: #3b2e00; padding: 0.5em; border-radius: 4px;"
        )
        self.ui.consent_message_label.setStyleSheet(MESSAGE_STYLE)
        self.ui.consent_message_label.setVisible(False)
        for method in _METHODS:
            self.ui.method_combo.addItem("", method.value)
        self._retranslate_methods()
        self.ui.case_record_check.toggled.connect(self._on_case_record_toggled)
        # Qt's own "complete" signal: Next is enabled only once the record is agreed.
        self.ui.case_record_check.toggled.connect(self.completeChanged)

    # ------------------------------------------------------------ QWizardPage
    def isComplete(self) -> bool:
        """The intake cannot go on without agreement to keep a record."""
        return self.ui.case_record_check.isChecked()

    def initializePage(self) -> None:
        """Suggest "through the interpreter" when one is present."""
        wizard = self.wizard()
        mode = wizard.property("interpreter_mode") if wizard is not None else None
        if (
            mode
            and mode != InterpreterMode.NONE.value
            and not self.ui.case_record_check.isChecked()
        ):
            self._select_method(ConsentMethod.VERBAL_VIA_INTERPRETER)
        self._on_case_record_toggled(self.ui.case_record_check.isChecked())

    def _on_case_record_toggled(self, checked: bool) -> None:
        self.ui.consent_message_label.setText(
            ""
            if checked
            else _(
                "Without this agreement Hearth cannot keep a record. You can still give the "
                "family the services' details on paper."
            )
        )
        self.ui.consent_message_label.setVisible(not checked)

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate the Designer texts and the method names."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate_methods()
        super().changeEvent(event)

    def _retranslate_methods(self) -> None:
        for index, text in enumerate(_METHODS.values()):
            self.ui.method_combo.setItemText(index, _(text))

    def _select_method(self, method: ConsentMethod) -> None:
        index = self.ui.method_combo.findData(method.value)
        if index >= 0:
            self.ui.method_combo.setCurrentIndex(index)

    # ------------------------------------------------------------ ConsentStep
    def state(self) -> dict[str, Any]:
        """Return the page's values for a draft."""
        return {
            "case_record": self.ui.case_record_check.isChecked(),
            "sharing": self.ui.sharing_check.isChecked(),
            "method": self.ui.method_combo.currentData(),
        }

    def restore(self, state: dict[str, Any]) -> None:
        """Put back values from a draft."""
        self.ui.case_record_check.setChecked(bool(state.get("case_record", False)))
        self.ui.sharing_check.setChecked(bool(state.get("sharing", False)))
        method = state.get("method")
        if method in {m.value for m in ConsentMethod}:
            self._select_method(ConsentMethod(method))

    def keeps_record(self) -> bool:
        """Whether the family agreed to a case record."""
        return self.ui.case_record_check.isChecked()

    def allows_sharing(self) -> bool:
        """Whether the family agreed to share details for a referral."""
        return self.ui.case_record_check.isChecked() and self.ui.sharing_check.isChecked()

    def notices_and_events(
        self,
        *,
        language: str,
        interpreter_mode: InterpreterMode,
        interpreter_name: str,
        staff_member: str,
    ) -> tuple[list[ConsentNotice], list[ConsentEvent]]:
        """Return the notice texts shown (in the family's language if we can) and decisions."""
        gettext, notice_language = gettext_for(language)
        method = ConsentMethod(self.ui.method_combo.currentData())
        decisions = {
            ConsentPurpose.CASE_RECORD: self.keeps_record(),
            ConsentPurpose.REFERRAL_SHARING: self.allows_sharing(),
        }
        notices: list[ConsentNotice] = []
        events: list[ConsentEvent] = []
        for purpose, given in decisions.items():
            notice = ConsentNotice(purpose, notice_language, gettext(_NOTICES[purpose]))
            notices.append(notice)
            events.append(
                ConsentEvent(
                    purpose=purpose,
                    decision=ConsentDecision.GIVEN if given else ConsentDecision.REFUSED,
                    notice_hash=notice.version_hash,
                    language=language,
                    method=method,
                    decided_by=DecidedBy.CAREGIVER,
                    staff_member=staff_member,
                    interpreter_name=interpreter_name,
                    interpreter_language=language if interpreter_mode.value != "none" else "",
                    interpreter_mode=interpreter_mode,
                )
            )
        return notices, events
