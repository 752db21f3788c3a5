"""The family page's Consent tab: the history, and the actions on it.

Review or record consent, withdraw it, and export everything held about the household
(subject access: a readable PDF in the family's language plus a JSON file). The history
table itself is the family page's; this adds the buttons above it and opens the
dialogs, which are non-modal windows so staff can keep the record in view.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop_app.core.consent import check_writable
from desktop_app.core.errors import UserFacingError
from desktop_app.core.models import ConsentEvent
from desktop_app.gui.consent_dialogs import ConsentDialog, ReceiptWriter, WithdrawConsentDialog
from desktop_app.gui.validation import MESSAGE_STYLE
from desktop_app.gui.worker import BackgroundTask, run_in_background
from desktop_app.i18n import _
from desktop_app.vault.subject_access import subject_access_export

_DONE_STYLE = "background: #dff6dd; color: #0b3d0b; padding: 0.5em; border-radius: 4px;"

#: Builds the writer of a consent (or withdrawal) receipt for these events.
ReceiptFactory = Callable[[Any, int, list[ConsentEvent]], ReceiptWriter | None]
#: Writes the subject-access PDF of an export (dict) in a language to a path.
SubjectAccessWriter = Callable[[dict[str, Any], str, Path], None]


class ConsentTab(QObject):
    """Adds review, withdraw and subject-access actions to the family page's Consent tab."""

    changed = Signal(int)  # household id: decisions changed (the page reloads)
    erased = Signal()  # the household was erased by a withdrawal
    exported = Signal(list)  # [Path]: the subject-access files, once all are written

    def __init__(
        self,
        page: Any,
        *,
        today: Callable[[], date] = date.today,
        receipts: ReceiptFactory | None = None,
        withdrawal_receipts: ReceiptFactory | None = None,
        subject_access_pdf: SubjectAccessWriter | None = None,
    ) -> None:
        super().__init__(page)
        self._page = page
        self._today = today
        self._receipts = receipts
        self._withdrawal_receipts = withdrawal_receipts
        self._subject_access_pdf = subject_access_pdf
        self.dialog: ConsentDialog | None = None
        self.withdraw_dialog: WithdrawConsentDialog | None = None
        self.export_task: BackgroundTask | None = None
        ui = page.ui
        self.review_button = QPushButton()
        self.withdraw_button = QPushButton()
        self.export_button = QPushButton()
        self.review_button.setShortcut(QKeySequence("Ctrl+Shift+K"))
        row = QHBoxLayout()
        row.addWidget(self.review_button)
        row.addWidget(self.withdraw_button)
        row.addStretch(1)
        row.addWidget(self.export_button)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setVisible(False)
        layout = ui.consent_layout
        layout.insertLayout(1, row)
        layout.addWidget(self.message_label)
        self.review_button.clicked.connect(self.review)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.export_button.clicked.connect(self.export_subject_access)
        ui.consent_tab.installEventFilter(self)
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Retranslate with the page."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        """Texts in the staff language."""
        self._page.ui.consent_note_label.setText(
            _(
                "The family's consent decisions, oldest first. Review them with the family "
                "when they are due, and withdraw at once when the family asks."
            )
        )
        self.review_button.setText(_("Re&view consent…"))
        self.review_button.setToolTip(_("Review or record the family's decisions (Ctrl+Shift+K)"))
        self.withdraw_button.setText(_("&Withdraw consent…"))
        self.export_button.setText(_("E&xport everything held…"))
        self.export_button.setToolTip(
            _("For a family that asks to see what Hearth holds about them: a PDF and a JSON file")
        )

    # ---------------------------------------------------------------- actions
    def _services(self) -> Any:
        return self._page._services

    def _household_id(self) -> int | None:
        household_id: int | None = self._page.household_id()
        return household_id

    @staticmethod
    def _bind(
        factory: ReceiptFactory | None, services: Any, household_id: int
    ) -> Callable[[list[ConsentEvent]], ReceiptWriter | None] | None:
        if factory is None:
            return None
        return lambda events: factory(services, household_id, events)

    def review(self) -> ConsentDialog | None:
        """Open the consent step for this household."""
        services, household_id = self._services(), self._household_id()
        if services is None or household_id is None:
            return None
        receipts = self._receipts
        dialog = ConsentDialog(
            services,
            household_id,
            today=self._today(),
            receipt_writer_for=self._bind(receipts, services, household_id),
            parent=self._page,
        )
        dialog.recorded.connect(lambda _events: self.changed.emit(household_id))
        self.dialog = dialog
        dialog.show()
        return dialog

    def withdraw(self) -> WithdrawConsentDialog | None:
        """Open the withdrawal dialog for this household."""
        services, household_id = self._services(), self._household_id()
        if services is None or household_id is None:
            return None
        receipts = self._withdrawal_receipts
        dialog = WithdrawConsentDialog(
            services,
            household_id,
            receipt_writer_for=self._bind(receipts, services, household_id),
            parent=self._page,
        )

        def after(_results: list[Any], erased: bool) -> None:
            if erased:
                self.erased.emit()
            else:
                self.changed.emit(household_id)

        dialog.withdrawn.connect(after)
        self.withdraw_dialog = dialog
        dialog.show()
        return dialog

    def ask_export_folder(self) -> Path | None:
        """Ask which folder to export into (tests replace this)."""
        folder = QFileDialog.getExistingDirectory(
            self._page, _("Choose where to save the export"), str(Path.home())
        )
        return Path(folder) if folder else None

    def export_subject_access(self) -> list[Path]:
        """Write everything held about the household: JSON now, the PDF in the background.

        Returns the files being written (the JSON is complete on return); ``exported``
        is emitted with them once the PDF is finished too. A long household's PDF is
        laid out off the GUI thread, so the window never freezes.
        """
        services, household_id = self._services(), self._household_id()
        if services is None or household_id is None or self.export_task is not None:
            return []
        folder = self.ask_export_folder()
        if folder is None:
            return []
        export = subject_access_export(services.vault.connection, household_id, services.audit)
        reference = str(export.get("household", {}).get("reference", "household"))
        language = str(export.get("household", {}).get("preferred_language") or "en")
        # The file name carries the reference code only: no family name on disk.
        stem = _("subject-access-{reference}").format(reference=reference)
        json_path = folder / f"{stem}.json"
        try:
            json_path.write_text(
                json.dumps(export, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
            )
        except OSError:
            self._export_failed([])
            return []
        written = [json_path]
        writer = self._subject_access_pdf
        if writer is None:
            self._export_done(written, language)
            return written
        pdf_path = folder / f"{stem}.pdf"
        self._say(_("Saving the export…"), MESSAGE_STYLE)
        self.export_button.setEnabled(False)
        self._prepare_pdf()

        def done(_result: object) -> None:
            self.export_task = None
            self._export_done([*written, pdf_path], language)

        def failed(error: BaseException) -> None:
            self.export_task = None
            if not isinstance(error, OSError):
                raise error
            self._export_failed(written)

        self.export_task = run_in_background(
            lambda: writer(export, language, pdf_path), done, failed, self
        )
        return [*written, pdf_path]

    @staticmethod
    def _prepare_pdf() -> None:
        """Register the bundled fonts on the GUI thread before the PDF is laid out."""
        from desktop_app.gui.documents.fonts import load_bundled_fonts

        load_bundled_fonts()

    def _export_done(self, written: list[Path], language: str) -> None:
        from desktop_app.gui.documents.common import language_note

        self.export_button.setEnabled(True)
        text = _("Saved {files} in the folder you chose. Give them to the family.").format(
            files=", ".join(p.name for p in written)
        )
        note = language_note(language) if any(p.suffix == ".pdf" for p in written) else ""
        self._say(f"{text}\n{note}" if note else text, _DONE_STYLE)
        self.exported.emit(written)

    def _export_failed(self, written: list[Path]) -> None:
        self.export_button.setEnabled(True)
        if written:
            text = _(
                "The readable PDF could not be saved there; the JSON file was. Choose "
                "another folder and try again."
            )
        else:
            text = _("The export could not be saved there. Choose another folder and try again.")
        self._say(text, MESSAGE_STYLE)
        self.exported.emit(written)

    def _say(self, text: str, style: str) -> None:
        self.message_label.setStyleSheet(style)
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def update_state(self) -> None:
        """Enable the actions that make sense for the open household."""
        services, household_id = self._services(), self._household_id()
        has_household = services is not None and household_id is not None
        for button in (self.review_button, self.withdraw_button, self.export_button):
            button.setEnabled(has_household)
        self.export_button.setEnabled(has_household and self.export_task is None)
        self._say("", MESSAGE_STYLE)
        if not has_household:
            return
        try:
            check_writable(services.consent.current(household_id), self._today())
        except UserFacingError:
            # Read-only (expired or missing): reviewing is exactly what is needed.
            self.review_button.setDefault(True)


def attach(page: QWidget, **kwargs: Any) -> ConsentTab:
    """Add the consent actions to a family page."""
    return ConsentTab(page, **kwargs)
