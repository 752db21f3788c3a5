"""Settings, Staff and vault: who can unlock, passphrases, the recovery code, backups, checks.

Everything goes through the vault facade (:mod:`desktop_app.vault.vault`, via
:mod:`desktop_app.vault.maintenance`). Key derivations, backups and checks are slow, so
they run on a pool thread on a connection of their own; the window keeps working.
Adding a staff member, changing a passphrase and making a new recovery code ask for the
signed-in person's passphrase again. Each passphrase field is emptied as soon as its text
is read; the recovery code is on screen only until the person says it is put away, or
the session locks.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidgetItem

from desktop_app.core.errors import UserFacingError
from desktop_app.gui.passphrase_meter import PassphraseMeter, passphrase_problem
from desktop_app.gui.settings_common import error_text, fit_list, set_row_visible, show_message
from desktop_app.gui.worker import run_in_background
from desktop_app.i18n import _, isolate

_USER_ROLE = int(Qt.ItemDataRole.UserRole) + 1


def forget(edit: QLineEdit) -> str:
    """Return what a secret field holds and empty it (overwritten first)."""
    text = edit.text()
    edit.setText("\u2022" * len(text))
    edit.clear()
    return text


def recovery_code_lines(code: str) -> str:
    """Break a recovery code's groups over two lines so it fits at large text sizes."""
    groups = code.split()
    half = (len(groups) + 1) // 2
    return " ".join(groups[:half]) + "\n" + " ".join(groups[half:])


class StaffSection(QObject):
    """The Staff and vault section of the Settings page."""

    finished = Signal(str)
    """A slow operation ended (``add_user``, ``passphrase``, ``recovery``, ``backup``,
    ``verify``); its result is on screen."""

    def __init__(self, page: Any) -> None:
        super().__init__(page)
        self._page = page
        self.ui = page.ui
        self._services: Any = None
        self._busy = ""
        ui = self.ui
        self._meters = [
            PassphraseMeter(
                ui.add_user_passphrase_edit,
                ui.add_user_strength_bar,
                ui.add_user_strength_label,
                lambda: (ui.add_user_name_edit.text(),),
                self,
            ),
            PassphraseMeter(
                ui.new_passphrase_edit,
                ui.new_strength_bar,
                ui.new_strength_label,
                lambda: (self._actor(),),
                self,
            ),
        ]
        ui.maintenance_progress.setVisible(False)
        for edit, bar, advice in (
            (ui.add_user_passphrase_edit, ui.add_user_strength_bar, ui.add_user_strength_label),
            (ui.new_passphrase_edit, ui.new_strength_bar, ui.new_strength_label),
        ):
            # The meter appears once something is typed: an empty bar reads as a field.
            edit.textChanged.connect(
                lambda text, bar=bar, advice=advice: self._show_meter(bar, advice, bool(text))
            )
            self._show_meter(bar, advice, False)
        ui.user_list.currentRowChanged.connect(lambda _row: self._update_buttons())
        ui.remove_user_button.clicked.connect(self.remove_user)
        ui.add_user_button.clicked.connect(self.add_user)
        ui.change_passphrase_button.clicked.connect(self.change_passphrase)
        ui.confirm_passphrase_edit.returnPressed.connect(self.change_passphrase)
        ui.new_recovery_button.clicked.connect(self.new_recovery_code)
        ui.recovery_own_edit.returnPressed.connect(self.new_recovery_code)
        ui.print_recovery_button.clicked.connect(self.print_recovery_code)
        ui.save_recovery_button.clicked.connect(self.save_recovery_code)
        ui.recovery_done_button.clicked.connect(self.hide_recovery_code)
        ui.backup_button.clicked.connect(self.back_up)
        ui.verify_button.clicked.connect(self.verify)
        self.hide_recovery_code()

    @staticmethod
    def _show_meter(bar: Any, advice: QLabel, shown: bool) -> None:
        set_row_visible(bar, shown)
        set_row_visible(advice, shown)

    # ------------------------------------------------------------------ session
    def set_services(self, services: Any) -> None:
        """Show who can unlock; ``None`` (locked) clears every field and the code."""
        self._services = services
        ui = self.ui
        for edit in (
            ui.add_user_passphrase_edit,
            ui.add_user_confirm_edit,
            ui.add_user_own_edit,
            ui.current_passphrase_edit,
            ui.new_passphrase_edit,
            ui.confirm_passphrase_edit,
            ui.recovery_own_edit,
        ):
            forget(edit)
        ui.add_user_name_edit.clear()
        self.hide_recovery_code()
        for message in self._messages():
            self._say(message, "")
        for group in (
            ui.users_group,
            ui.add_user_group,
            ui.passphrase_group,
            ui.recovery_group,
            ui.maintenance_group,
        ):
            group.setEnabled(services is not None)
        self.refresh()

    def _messages(self) -> list[QLabel]:
        ui = self.ui
        return [
            ui.users_message_label,
            ui.add_user_message_label,
            ui.passphrase_message_label,
            ui.recovery_message_label,
            ui.maintenance_message_label,
        ]

    def _say(self, widget: QLabel, text: str, *, error: bool = False) -> None:
        show_message(widget, text, error=error)

    def _actor(self) -> str:
        return str(self._services.actor) if self._services is not None else ""

    def refresh(self) -> None:
        """List the people who can unlock the vault."""
        widget = self.ui.user_list
        widget.clear()
        if self._services is not None:
            me = self._actor()
            for name in self._services.vault.list_users():
                text = _("{name} (you)").format(name=isolate(name)) if name == me else name
                item = QListWidgetItem(text, widget)
                item.setData(_USER_ROLE, name)
        fit_list(widget, 2, 8)
        self._update_buttons()

    def users(self) -> list[str]:
        """The names listed."""
        widget = self.ui.user_list
        return [str(widget.item(i).data(_USER_ROLE)) for i in range(widget.count())]

    def _update_buttons(self) -> None:
        ui = self.ui
        unlocked = self._services is not None and not self._busy
        ui.remove_user_button.setEnabled(
            unlocked and ui.user_list.currentItem() is not None and ui.user_list.count() > 1
        )
        for button in (
            ui.add_user_button,
            ui.change_passphrase_button,
            ui.new_recovery_button,
            ui.backup_button,
            ui.verify_button,
        ):
            button.setEnabled(unlocked)

    def is_busy(self) -> bool:
        """Whether a slow operation is running."""
        return bool(self._busy)

    def _key(self) -> tuple[Path, bytes, str]:
        vault = self._services.vault
        return Path(vault.folder), vault.data_key(), str(vault.actor)

    def _run(
        self,
        name: str,
        operation: Callable[[], Any],
        on_success: Callable[[Any], None],
        message: QLabel,
        working: str,
    ) -> None:
        services = self._services
        self._busy = name
        self.ui.maintenance_progress.setVisible(name in ("backup", "verify"))
        self._say(message, working)
        self._update_buttons()

        def done() -> None:
            self._busy = ""
            self.ui.maintenance_progress.setVisible(False)
            self._update_buttons()

        def succeeded(result: Any) -> None:
            done()
            if self._services is services:
                on_success(result)
            self.finished.emit(name)

        def failed(error: BaseException) -> None:
            done()
            if not isinstance(error, UserFacingError):
                self.finished.emit(name)
                raise error  # a bug: the crash dialog takes it from here
            if self._services is services:
                self._say(message, error_text(error), error=True)
            self.finished.emit(name)

        run_in_background(operation, succeeded, failed, self)

    # ------------------------------------------------------------------ users
    def remove_user(self) -> bool:
        """Take the chosen person's passphrase slot away (never the last one)."""
        services = self._services
        item = self.ui.user_list.currentItem()
        if services is None or item is None:
            return False
        name = str(item.data(_USER_ROLE))
        message = self.ui.users_message_label
        if name == self._actor():
            text = _(
                "You are removing yourself. You can carry on until Hearth locks; after that "
                "only the others can unlock this vault."
            )
        else:
            text = _(
                "{name} will no longer be able to unlock this vault. Their work stays."
            ).format(name=isolate(name))
        if (
            not self._page.ask_confirm(
                _("Remove a staff member?"), text, _("Remove {name}").format(name=name)
            )
            or self._services is not services
        ):
            return False
        try:
            services.vault.remove_user(name)
        except UserFacingError as error:
            self._say(message, error_text(error), error=True)
            return False
        self.refresh()
        self._say(message, _("{name} can no longer unlock the vault.").format(name=isolate(name)))
        return True

    def add_user(self) -> bool:
        """Add a staff member with their own passphrase (yours is asked again)."""
        if self._services is None or self._busy:
            return False
        from desktop_app.vault.keyslots import same_user
        from desktop_app.vault.maintenance import add_user_confirmed

        ui = self.ui
        message = ui.add_user_message_label
        name = ui.add_user_name_edit.text().strip()
        if not name:
            self._say(message, _("Type the new staff member's name or initials."), error=True)
            ui.add_user_name_edit.setFocus()
            return False
        if any(same_user(name, other) for other in self._services.vault.list_users()):
            self._say(
                message,
                _("{name} can already unlock this vault.").format(name=isolate(name)),
                error=True,
            )
            ui.add_user_name_edit.setFocus()
            return False
        problem = passphrase_problem(
            ui.add_user_passphrase_edit.text(), ui.add_user_confirm_edit.text(), (name,)
        )
        if problem:
            self._say(message, problem, error=True)
            ui.add_user_passphrase_edit.setFocus()
            return False
        if not ui.add_user_own_edit.text():
            self._say(message, _("Type your own passphrase too, to show it is you."), error=True)
            ui.add_user_own_edit.setFocus()
            return False
        passphrase = forget(ui.add_user_passphrase_edit)
        forget(ui.add_user_confirm_edit)
        own = forget(ui.add_user_own_edit)
        folder, key, actor = self._key()

        def added(stored: Any) -> None:
            ui.add_user_name_edit.clear()
            self.refresh()
            self._say(
                message,
                _("{name} can now unlock the vault with their passphrase.").format(
                    name=isolate(str(stored))
                ),
            )

        self._run(
            "add_user",
            lambda: add_user_confirmed(folder, key, actor, own, name, passphrase),
            added,
            message,
            _("Adding {name}…").format(name=isolate(name)),
        )
        return True

    # ------------------------------------------------------------------ passphrase
    def change_passphrase(self) -> bool:
        """Change the signed-in person's passphrase (the current one is asked again)."""
        if self._services is None or self._busy:
            return False
        from desktop_app.vault.maintenance import change_own_passphrase

        ui = self.ui
        message = ui.passphrase_message_label
        if not ui.current_passphrase_edit.text():
            self._say(message, _("Type your current passphrase."), error=True)
            ui.current_passphrase_edit.setFocus()
            return False
        problem = passphrase_problem(
            ui.new_passphrase_edit.text(), ui.confirm_passphrase_edit.text(), (self._actor(),)
        )
        if problem:
            self._say(message, problem, error=True)
            ui.new_passphrase_edit.setFocus()
            return False
        if ui.new_passphrase_edit.text() == ui.current_passphrase_edit.text():
            self._say(message, _("The new passphrase is the same as the current one."), error=True)
            ui.new_passphrase_edit.setFocus()
            return False
        current = forget(ui.current_passphrase_edit)
        new_passphrase = forget(ui.new_passphrase_edit)
        forget(ui.confirm_passphrase_edit)
        folder, key, actor = self._key()
        self._run(
            "passphrase",
            lambda: change_own_passphrase(folder, key, actor, current, new_passphrase),
            lambda _result: self._say(
                message, _("Your passphrase was changed. Use the new one from now on.")
            ),
            message,
            _("Changing your passphrase…"),
        )
        return True

    # ------------------------------------------------------------------ recovery code
    def new_recovery_code(self) -> bool:
        """Make a new recovery code (the old one stops working) and show it once."""
        if self._services is None or self._busy:
            return False
        from desktop_app.vault.maintenance import new_recovery_code_confirmed

        ui = self.ui
        message = ui.recovery_message_label
        if not ui.recovery_own_edit.text():
            self._say(message, _("Type your passphrase first."), error=True)
            ui.recovery_own_edit.setFocus()
            return False
        own = forget(ui.recovery_own_edit)
        folder, key, actor = self._key()
        self._run(
            "recovery",
            lambda: new_recovery_code_confirmed(folder, key, actor, own),
            self._show_recovery_code,
            message,
            _("Making a new recovery code…"),
        )
        return True

    def _show_recovery_code(self, code: str) -> None:
        ui = self.ui
        ui.recovery_code_label.setText(recovery_code_lines(code))
        for label in (ui.recovery_code_label, ui.recovery_code_hint_label):
            set_row_visible(label, True)
        for widget in (
            ui.print_recovery_button,
            ui.save_recovery_button,
            ui.recovery_done_button,
        ):
            widget.setVisible(True)
        self._say(
            ui.recovery_message_label,
            _("This is the new recovery code. The old one no longer opens the vault."),
        )
        ui.print_recovery_button.setFocus()

    def recovery_code_shown(self) -> str:
        """Return the recovery code on screen ("" once put away)."""
        return " ".join(self.ui.recovery_code_label.text().split())

    def hide_recovery_code(self) -> None:
        """Take the recovery code off the screen."""
        ui = self.ui
        ui.recovery_code_label.clear()
        for label in (ui.recovery_code_label, ui.recovery_code_hint_label):
            set_row_visible(label, False)
        for widget in (
            ui.print_recovery_button,
            ui.save_recovery_button,
            ui.recovery_done_button,
        ):
            widget.setVisible(False)
        self._say(ui.recovery_message_label, "")

    def recovery_code_text(self) -> str:
        """The printed or saved page: the code and what it is for."""
        return (
            _("Hearth recovery code")
            + "\n\n"
            + self.recovery_code_shown()
            + "\n\n"
            + _("Keep this page locked away. Anyone holding it can open the vault.")
            + "\n"
        )

    def print_recovery_code(self) -> bool:
        """Print the recovery code on the printer the person chooses."""
        if not self.recovery_code_shown():
            return False
        printer = self._page.ask_printer()
        if printer is None or not self.recovery_code_shown():
            return False
        document = QTextDocument(self)
        document.setPlainText(self.recovery_code_text())
        document.print_(printer)
        self._say(self.ui.recovery_message_label, _("The recovery code was sent to the printer."))
        return True

    def save_recovery_code(self) -> Path | None:
        """Save the recovery code to a text file (only this person may read it)."""
        if not self.recovery_code_shown():
            return None
        path = self._page.ask_save_file(
            _("Save the recovery code"), "hearth-recovery-code.txt", _("Text files (*.txt)")
        )
        if path is None or not self.recovery_code_shown():
            return None
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(self.recovery_code_text())
        except OSError:
            self._say(
                self.ui.recovery_message_label,
                _("The file could not be written there. Choose another place."),
                error=True,
            )
            return None
        self._say(
            self.ui.recovery_message_label,
            _("The recovery code was saved to {path}. Move it to a drive you lock away.").format(
                path=isolate(str(path))
            ),
        )
        return path

    # ------------------------------------------------------------------ backup, checks
    def back_up(self) -> bool:
        """Write an encrypted backup into a folder the person chooses, then check it."""
        if self._services is None or self._busy:
            return False
        from desktop_app.vault.backup import default_backup_name
        from desktop_app.vault.maintenance import back_up_and_check

        services = self._services
        folder_chosen = self._page.ask_folder(_("Choose where to put the backup"))
        if folder_chosen is None or self._services is not services:
            return False
        destination = folder_chosen / default_backup_name()
        folder, key, actor = self._key()
        message = self.ui.maintenance_message_label

        def written(result: Any) -> None:
            if result.report.ok:
                self._say(
                    message,
                    _(
                        "Backup written to {path} and checked: it opens with the same "
                        "passphrases and recovery code, and passed every check."
                    ).format(path=isolate(str(result.path))),
                )
            else:
                self._say(
                    message,
                    _(
                        "A backup was written to {path}, but it failed its check: {problems} "
                        "Keep it, make another one, and ask your IT support."
                    ).format(
                        path=isolate(str(result.path)), problems=" ".join(result.report.problems)
                    ),
                    error=True,
                )

        self._run(
            "backup",
            lambda: back_up_and_check(folder, key, actor, destination),
            written,
            message,
            _("Writing the backup… You can carry on working."),
        )
        return True

    def verify(self) -> bool:
        """Check every page of the vault, its structure and its audit log."""
        if self._services is None or self._busy:
            return False
        from desktop_app.vault.maintenance import verify_vault

        folder, key, actor = self._key()
        message = self.ui.maintenance_message_label

        def checked(report: Any) -> None:
            if report.ok:
                self._say(
                    message,
                    _("The vault passed every check.") + " " + " ".join(report.checked),
                )
            else:
                self._say(
                    message,
                    _(
                        "The check found problems: {problems} Make a backup now, do not delete "
                        "anything, and ask your IT support."
                    ).format(problems=" ".join(report.problems)),
                    error=True,
                )

        self._run(
            "verify",
            lambda: verify_vault(folder, key, actor),
            checked,
            message,
            _("Checking the vault… You can carry on working."),
        )
        return True

    def retranslate(self) -> None:
        """Set the texts that come from Python again."""
        for meter in self._meters:
            meter.update()
        self.refresh()
