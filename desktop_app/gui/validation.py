"""Inline validation: a message under the field, in plain words, as soon as it helps.

Attach a :class:`FieldCheck` to an input and a message label (put the label in the form
right under the field). The message appears when the person leaves the field or when a
form checks everything before saving, and disappears as soon as the text is fixed. The
rules themselves are pure functions in :mod:`desktop_app.core.validation`.

:class:`NoteReminder` is the small line under a free-text note that reminds staff to
record only what is needed and counts characters against the limit.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from desktop_app.core.validation import Rule, first_problem
from desktop_app.i18n import _

#: Text colour of messages; dark enough for contrast on light and mid backgrounds.
MESSAGE_STYLE = "color: #a4262c;"
_INVALID_PROPERTY = "invalid"

Input = QLineEdit | QPlainTextEdit


def _text_of(widget: Input) -> str:
    return widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()


class FieldCheck(QObject):
    """Checks one input against rules and shows the first problem in ``message_label``."""

    def __init__(
        self,
        field: Input,
        message_label: QLabel,
        rules: list[Rule] | Callable[[], list[Rule]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or field)
        self.field = field
        self.message_label = message_label
        self._rules = rules
        self._shown = False
        message_label.setStyleSheet(MESSAGE_STYLE)
        message_label.setWordWrap(True)
        message_label.setVisible(False)
        field.installEventFilter(self)
        changed = field.textChanged
        changed.connect(self._recheck_if_shown)

    def rules(self) -> list[Rule]:
        """Return the rules in force (they may depend on other fields, e.g. a role)."""
        return self._rules() if callable(self._rules) else list(self._rules)

    def problem(self) -> str | None:
        """Return the current problem without showing it."""
        return first_problem(_text_of(self.field), self.rules())

    def check(self) -> bool:
        """Show the problem (if any) next to the field; return whether the value is fine."""
        message = self.problem()
        self._show(message)
        return message is None

    def clear(self) -> None:
        """Hide any message (the form was reset)."""
        self._show(None)

    def message(self) -> str:
        """Return the message on screen ("" when none)."""
        return self.message_label.text() if self._shown else ""

    def _show(self, message: str | None) -> None:
        self._shown = message is not None
        self.message_label.setText(message or "")
        self.message_label.setVisible(self._shown)
        # Screen readers announce the description of the focused field.
        self.field.setAccessibleDescription(message or "")
        self.field.setProperty(_INVALID_PROPERTY, self._shown)

    def _recheck_if_shown(self) -> None:
        if self._shown:
            self.check()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Check the field when focus leaves it."""
        if watched is self.field and event.type() == QEvent.Type.FocusOut and _text_of(self.field):
            self.check()
        return False


class FormChecks:
    """A group of :class:`FieldCheck`; ``check_all`` focuses the first field with a problem."""

    def __init__(self, checks: list[FieldCheck] | None = None) -> None:
        self.checks: list[FieldCheck] = list(checks or [])

    def add(self, check: FieldCheck) -> FieldCheck:
        """Add a check to the group; return it."""
        self.checks.append(check)
        return check

    def check_all(self) -> bool:
        """Show every problem; focus the first bad field; return whether all are fine."""
        results = [(check, check.check()) for check in self.checks]
        bad = [check for check, ok in results if not ok]
        if bad:
            bad[0].field.setFocus()
        return not bad

    def clear(self) -> None:
        """Hide every message."""
        for check in self.checks:
            check.clear()


class NoteReminder(QObject):
    """The line under a note: "record only what is needed", and a character count."""

    def __init__(self, note: Input, label: QLabel, limit: int, parent: QObject | None = None):
        super().__init__(parent or note)
        self._note = note
        self._label = label
        self._limit = limit
        label.setWordWrap(True)
        note.textChanged.connect(self.update_text)
        self.update_text()

    def update_text(self) -> None:
        """Refresh the reminder and the count."""
        count = len(_text_of(self._note))
        self._label.setText(
            _(
                "Record only what is needed to help the family: no diagnoses, no immigration "
                "details, nothing you would not read out to them. {count}/{limit} characters."
            ).format(count=count, limit=self._limit)
        )


def buddy_label(label: QLabel, widget: QWidget) -> None:
    """Tie a label to its input (keyboard mnemonic and the name a screen reader reads)."""
    label.setBuddy(widget)
    if not widget.accessibleName():
        widget.setAccessibleName(label.text().replace("&", ""))
