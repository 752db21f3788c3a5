"""The door to the vault: create it, unlock it, or recover it with the recovery code.

Key derivation is deliberately slow (Argon2id, about half a second), so every attempt
runs off the GUI thread. Repeated failures slow down further attempts but never wipe
anything. The dialog never says whether a user name or a passphrase was wrong.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontDatabase, QTextDocument
from PySide6.QtWidgets import QDialog, QLineEdit, QProgressBar, QWidget

from desktop_app.core.errors import UserFacingError
from desktop_app.gui.forms.ui_unlock_dialog import Ui_UnlockDialog
from desktop_app.gui.label_fit import fit_all_wrapped_labels
from desktop_app.gui.passphrase_meter import passphrase_problem, update_meter
from desktop_app.gui.worker import run_in_background
from desktop_app.i18n import _, ngettext


class BackoffPolicy(Protocol):
    """Slows repeated failed attempts (the vault layer provides one)."""

    def record_failure(self) -> float:
        """Count a failure; return the seconds to wait before the next try."""
        ...

    def record_success(self) -> None:
        """Forget earlier failures."""
        ...


class UnlockDialog(QDialog):
    """Create, unlock or recover the vault in ``vault_dir``; emits ``unlocked(vault)``."""

    unlocked = Signal(object)
    busy_changed = Signal(bool)

    PAGE_UNLOCK, PAGE_CREATE, PAGE_RECOVER, PAGE_CODE = range(4)

    def __init__(
        self,
        vault_dir: Path,
        vault_api: Any = None,
        backoff: BackoffPolicy | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if vault_api is None:
            from desktop_app.vault.vault import Vault

            vault_api = Vault
        if backoff is None:
            from desktop_app.vault.keyslots import Backoff

            backoff = Backoff()
        self._vault_api = vault_api
        self._backoff = backoff
        self._vault_dir = vault_dir
        self._pending_vault: Any = None
        self._busy = False
        self._wait_message: tuple[Any, str] | None = None
        self.ui = Ui_UnlockDialog()
        self.ui.setupUi(self)
        self._wait_timer = QTimer(self)
        self._wait_timer.setSingleShot(True)
        self._wait_timer.timeout.connect(self._end_wait)
        self._style()
        self._connect()
        self.ui.busy_bar.setVisible(False)
        self.refresh_mode()

    # ----------------------------------------------------------------- set-up
    def _style(self) -> None:
        title = QFont(self.ui.title_label.font())
        title.setPointSizeF(title.pointSizeF() * 1.8)
        title.setBold(True)
        self.ui.title_label.setFont(title)
        code_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        code_font.setPointSizeF(code_font.pointSizeF() * 1.5)
        self.ui.code_display_label.setFont(code_font)
        self._align_title()
        # Recovery codes are Latin letters and digits: they read left to right in any UI.
        self.ui.recovery_code_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.ui.code_display_label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        fit_all_wrapped_labels(self)  # the pages are a stack: give their sentences room

    def _align_title(self) -> None:
        """Keep the (Latin) product name at the reading start, also in right-to-left UIs.

        A plain-text label takes its direction from its text, so "Hearth" would sit on
        the left of an Arabic dialog; an absolute alignment follows the layout instead.
        """
        side = (
            Qt.AlignmentFlag.AlignRight
            if self.layoutDirection() == Qt.LayoutDirection.RightToLeft
            else Qt.AlignmentFlag.AlignLeft
        )
        self.ui.title_label.setAlignment(
            side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
        )

    def _connect(self) -> None:
        ui = self.ui
        ui.unlock_button.clicked.connect(self.try_unlock)
        ui.passphrase_edit.returnPressed.connect(self.try_unlock)
        ui.forgot_button.clicked.connect(lambda: self._show_page(self.PAGE_RECOVER))
        ui.back_button.clicked.connect(lambda: self._show_page(self.PAGE_UNLOCK))
        ui.create_button.clicked.connect(self.try_create)
        ui.recover_submit_button.clicked.connect(self.try_recover)
        ui.code_saved_check.toggled.connect(ui.continue_button.setEnabled)
        ui.continue_button.clicked.connect(self._finish_creation)
        ui.print_code_button.clicked.connect(self.print_recovery_code)
        ui.new_passphrase_edit.textChanged.connect(
            lambda: self._update_meter(
                ui.new_passphrase_edit,
                ui.create_strength_bar,
                ui.create_strength_label,
                (ui.new_user_edit.text(),),
            )
        )
        ui.recover_passphrase_edit.textChanged.connect(
            lambda: self._update_meter(
                ui.recover_passphrase_edit,
                ui.recover_strength_bar,
                ui.recover_strength_label,
                (ui.recover_user_combo.currentText(),),
            )
        )

    def refresh_mode(self) -> None:
        """Show "create" for a new laptop, otherwise "unlock" with the vault's users."""
        if not self._vault_api.exists(self._vault_dir):
            self._show_page(self.PAGE_CREATE)
            return
        users = list(self._vault_api.users(self._vault_dir))
        for combo in (self.ui.user_combo, self.ui.recover_user_combo):
            combo.clear()
            combo.addItems(users)
        # One user: nothing to choose, so go straight to the passphrase.
        self.ui.user_combo.setVisible(len(users) != 1)
        self.ui.user_label.setVisible(len(users) != 1)
        self._show_page(self.PAGE_UNLOCK)

    def _show_page(self, page: int) -> None:
        self.ui.mode_stack.setCurrentIndex(page)
        focus = {
            self.PAGE_UNLOCK: self.ui.passphrase_edit,
            self.PAGE_CREATE: self.ui.new_user_edit,
            self.PAGE_RECOVER: self.ui.recovery_code_edit,
            self.PAGE_CODE: self.ui.print_code_button,
        }[page]
        default = {
            self.PAGE_UNLOCK: self.ui.unlock_button,
            self.PAGE_CREATE: self.ui.create_button,
            self.PAGE_RECOVER: self.ui.recover_submit_button,
            self.PAGE_CODE: self.ui.continue_button,
        }[page]
        default.setDefault(True)
        focus.setFocus()

    def current_page(self) -> int:
        """Return which page is showing (PAGE_UNLOCK, PAGE_CREATE, …)."""
        return self.ui.mode_stack.currentIndex()

    def _update_meter(
        self, edit: QLineEdit, bar: QProgressBar, label: Any, user_inputs: tuple[str, ...]
    ) -> None:
        update_meter(edit, bar, label, user_inputs)

    # ------------------------------------------------------------ operations
    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ui.busy_bar.setVisible(busy)
        self.ui.mode_stack.setEnabled(not busy)
        if not busy:
            self._focus_page()
        self.busy_changed.emit(busy)

    def _focus_page(self) -> None:
        """Put the keyboard back where the person types next on the current page."""
        focus = {
            self.PAGE_UNLOCK: self.ui.passphrase_edit,
            self.PAGE_CREATE: self.ui.new_passphrase_edit
            if self.ui.new_user_edit.text()
            else self.ui.new_user_edit,
            self.PAGE_RECOVER: self.ui.recovery_code_edit,
            self.PAGE_CODE: self.ui.print_code_button,
        }[self.current_page()]
        focus.setFocus()

    def is_busy(self) -> bool:
        """Return whether a key derivation is running."""
        return self._busy

    def _run(
        self,
        operation: Callable[[], Any],
        on_success: Callable[[Any], None],
        message_label: Any,
    ) -> None:
        message_label.setText("")
        self._set_busy(True)

        def failed(error: BaseException) -> None:
            self._set_busy(False)
            if not isinstance(error, UserFacingError):
                raise error  # a bug: the crash dialog takes it from here
            wait = self._backoff.record_failure()
            text = str(error)
            if wait > 0:
                self._wait_message = (message_label, text)
                seconds = max(1, round(wait))
                text += " " + ngettext(
                    "You can try again in {seconds} second.",
                    "You can try again in {seconds} seconds.",
                    seconds,
                ).format(seconds=seconds)
                self._start_wait(wait)
            message_label.setText(text)

        def succeeded(result: Any) -> None:
            self._set_busy(False)
            self._backoff.record_success()
            on_success(result)

        run_in_background(operation, succeeded, failed, self)

    def _start_wait(self, seconds: float) -> None:
        for button in (self.ui.unlock_button, self.ui.recover_submit_button):
            button.setEnabled(False)
        self._wait_timer.start(int(seconds * 1000))

    def _end_wait(self) -> None:
        for button in (self.ui.unlock_button, self.ui.recover_submit_button):
            button.setEnabled(True)
        if self._wait_message is not None:
            label, text = self._wait_message
            self._wait_message = None
            label.setText(text)  # the countdown is over: keep only what went wrong

    def is_waiting(self) -> bool:
        """Return whether the backoff is holding the next attempt."""
        return self._wait_timer.isActive()

    def try_unlock(self) -> None:
        """Unlock with the chosen user and the typed passphrase."""
        if self._busy or self._wait_timer.isActive():
            return
        passphrase = self.ui.passphrase_edit.text()
        if not passphrase:
            self.ui.unlock_message_label.setText(_("Type your passphrase."))
            return
        user = self.ui.user_combo.currentText() or None
        folder = self._vault_dir
        self.ui.passphrase_edit.clear()  # never keep the secret in a widget longer than needed
        self._run(
            lambda: self._vault_api.unlock(folder, user, passphrase),
            self._emit_unlocked,
            self.ui.unlock_message_label,
        )

    def try_create(self) -> None:
        """Create a new vault after checking name, passphrase and confirmation."""
        if self._busy:
            return
        ui = self.ui
        user = ui.new_user_edit.text().strip()
        passphrase = ui.new_passphrase_edit.text()
        if not user:
            ui.create_message_label.setText(_("Type your name or initials."))
            ui.new_user_edit.setFocus()
            return
        problem = self._passphrase_problem(passphrase, ui.confirm_edit.text(), (user,))
        if problem:
            ui.create_message_label.setText(problem)
            return
        folder = self._vault_dir
        self._run(
            lambda: self._vault_api.create(folder, user, passphrase),
            self._show_recovery_code,
            ui.create_message_label,
        )

    def try_recover(self) -> None:
        """Open the vault with the recovery code and set a new passphrase for a user."""
        if self._busy or self._wait_timer.isActive():
            return
        ui = self.ui
        code = ui.recovery_code_edit.text()
        user = ui.recover_user_combo.currentText()
        passphrase = ui.recover_passphrase_edit.text()
        if not code.strip():
            ui.recover_message_label.setText(_("Type the recovery code."))
            return
        problem = self._passphrase_problem(passphrase, ui.recover_confirm_edit.text(), (user,))
        if problem:
            ui.recover_message_label.setText(problem)
            return
        folder = self._vault_dir

        def recover() -> Any:
            vault = self._vault_api.recover(folder, code)
            vault.reset_passphrase(user, passphrase)
            return vault

        self._run(recover, self._emit_unlocked, ui.recover_message_label)

    @staticmethod
    def _passphrase_problem(
        passphrase: str, confirmation: str, user_inputs: tuple[str, ...]
    ) -> str:
        return passphrase_problem(passphrase, confirmation, user_inputs)

    def _show_recovery_code(self, result: Any) -> None:
        vault, code = result
        self._pending_vault = vault
        for edit in (self.ui.new_passphrase_edit, self.ui.confirm_edit):
            edit.clear()
        self.ui.code_display_label.setText(self._two_lines(code))
        self.ui.code_saved_check.setChecked(False)
        self._show_page(self.PAGE_CODE)

    @staticmethod
    def _two_lines(code: str) -> str:
        """Break the recovery code's groups over two lines so it fits at large font sizes."""
        groups = code.split()
        half = (len(groups) + 1) // 2
        return " ".join(groups[:half]) + "\n" + " ".join(groups[half:])

    def recovery_code_shown(self) -> str:
        """Return the recovery code on screen (empty once the person has moved on)."""
        return " ".join(self.ui.code_display_label.text().split())

    def discard_pending(self) -> None:
        """Close a just-created vault whose recovery code was never acknowledged."""
        vault, self._pending_vault = self._pending_vault, None
        self.ui.code_display_label.clear()
        if vault is not None:
            vault.close()

    def reject(self) -> None:
        """Escape goes back from the recovery page; it never skips the recovery code."""
        if self._busy or self.current_page() == self.PAGE_CODE:
            return
        if self.current_page() == self.PAGE_RECOVER:
            self._show_page(self.PAGE_UNLOCK)
            return
        super().reject()

    def _finish_creation(self) -> None:
        vault, self._pending_vault = self._pending_vault, None
        self.ui.code_display_label.clear()  # shown once, then gone from the screen
        self._emit_unlocked(vault)

    def _emit_unlocked(self, vault: Any) -> None:
        for edit in (
            self.ui.passphrase_edit,
            self.ui.recovery_code_edit,
            self.ui.recover_passphrase_edit,
            self.ui.recover_confirm_edit,
        ):
            edit.clear()
        self.unlocked.emit(vault)

    def recovery_code_document(self) -> QTextDocument:
        """Return a printable page with the recovery code and what it is for."""
        document = QTextDocument(self)
        document.setPlainText(
            _("Hearth recovery code")
            + "\n\n"
            + self.recovery_code_shown()
            + "\n\n"
            + _("Keep this page locked away. Anyone holding it can open the vault.")
        )
        return document

    def print_recovery_code(self) -> None:
        """Offer the system print dialog for the recovery code (never modal in logic)."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        dialog.accepted.connect(lambda: self.recovery_code_document().print_(printer))
        dialog.show()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        elif event.type() == QEvent.Type.LayoutDirectionChange:
            self._align_title()
        super().changeEvent(event)
