"""The passphrase strength meter and the checks of a new passphrase, for every form.

The unlock dialog (create, recover) and the Settings page (add a staff member, change
a passphrase) show the same meter: a 0–4 bar and one line of advice from
:func:`desktop_app.core.passphrase.evaluate`, and refuse the same passphrases.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QLineEdit, QProgressBar

from desktop_app.core.passphrase import evaluate
from desktop_app.i18n import _


def update_meter(
    edit: QLineEdit, bar: QProgressBar, label: QLabel, user_inputs: tuple[str, ...]
) -> None:
    """Show how strong the passphrase typed in ``edit`` is (nothing while it is empty)."""
    text = edit.text()
    strength = evaluate(text, user_inputs)
    bar.setValue(strength.score if text else 0)
    label.setText(strength.advice if text else "")
    # The bar alone says nothing to a screen reader: its description carries the advice.
    bar.setAccessibleDescription(strength.advice if text else "")


def passphrase_problem(passphrase: str, confirmation: str, user_inputs: tuple[str, ...]) -> str:
    """Return why a new passphrase cannot be used ("" when it can)."""
    strength = evaluate(passphrase, user_inputs)
    if not strength.acceptable:
        return strength.advice
    if passphrase != confirmation:
        return _("The two passphrases are not the same. Type them again.")
    return ""


class PassphraseMeter(QObject):
    """Keeps a strength bar and its advice in step with a new-passphrase field."""

    def __init__(
        self,
        edit: QLineEdit,
        bar: QProgressBar,
        label: QLabel,
        user_inputs: Callable[[], tuple[str, ...]] = tuple,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or edit)
        self._edit = edit
        self._bar = bar
        self._label = label
        self._user_inputs = user_inputs
        bar.setMaximum(4)
        bar.setTextVisible(False)
        label.setWordWrap(True)
        edit.textChanged.connect(self.update)
        self.update()

    def update(self) -> None:
        """Read the field again and show its strength."""
        update_meter(self._edit, self._bar, self._label, self._user_inputs())
