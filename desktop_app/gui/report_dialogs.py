"""The Reports page's questions: confirm a send, confirm a key's fingerprint.

Each dialog shows everything the decision rests on and defaults to the safe answer
(Cancel): pressing Enter by habit sends nothing and trusts nothing. The pages open them
through small ``ask_…`` classmethods that tests replace.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.gui.display import resize_within_screen
from desktop_app.gui.report_jobs import SendPlan
from desktop_app.gui.report_labels import period_text
from desktop_app.i18n import _, isolate, ngettext
from desktop_app.sync.targets import FolderTarget


def _bold(label: QLabel, scale: float = 1.15) -> None:
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)


def _wrapped(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


def send_summary(plan: SendPlan) -> str:
    """What leaves and where to, in plain words (the confirmation's main text)."""
    published, hidden = plan.preview.counts()
    payload = plan.payload
    lines = [
        ngettext(
            "What leaves: {count} number about {period}, area {area}, revision {revision}.",
            "What leaves: {count} numbers about {period}, area {area}, revision {revision}.",
            published,
        ).format(
            count=published,
            period=period_text(payload.period),
            area=payload.area,
            revision=payload.revision,
        ),
        ngettext(
            "{count} number is hidden to protect families and does not leave.",
            "{count} numbers are hidden to protect families and do not leave.",
            hidden,
        ).format(count=hidden),
        _("No name, reference, note or date of any family leaves — only these counts."),
        _("Where to: {destination}.").format(destination=plan.destination),
        _(
            "Sending freezes these figures: sending this period again later sends exactly "
            "the same numbers."
        ),
    ]
    if plan.already_sent:
        lines.append(
            _(
                "This release was already delivered to {target} on {day}. Sending again "
                "sends exactly the same numbers once more."
            ).format(target=isolate(plan.target.name), day=plan.already_sent)
        )
    return "\n".join(lines)


class SendConfirmDialog(QDialog):
    """Shows exactly what will leave and to where; only "Send now" sends."""

    def __init__(self, plan: SendPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("send_confirm_dialog")
        self.setWindowTitle(_("Send these figures?"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)
        layout = QVBoxLayout(self)
        heading = QLabel(
            _("Send the figures for {period} to {target}?").format(
                period=period_text(plan.payload.period), target=isolate(plan.target.name)
            ),
            self,
        )
        heading.setObjectName("heading_label")
        heading.setWordWrap(True)
        _bold(heading)
        layout.addWidget(heading)
        self.summary_label = _wrapped(send_summary(plan), self)
        self.summary_label.setObjectName("summary_label")
        layout.addWidget(self.summary_label)
        if isinstance(plan.target, FolderTarget):
            caption = _(
                "The exact text that leaves, signed by this laptop and sealed so that only "
                "the coordinator can read it:"
            )
        else:
            caption = _("The exact text that leaves:")
        text_label = _wrapped(caption, self)
        layout.addWidget(text_label)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setObjectName("text_edit")
        self.text_edit.setReadOnly(True)
        self.text_edit.setPlainText(plan.text)
        self.text_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text_edit.setAccessibleName(_("The exact text that leaves"))
        text_label.setBuddy(self.text_edit)
        layout.addWidget(self.text_edit, 1)
        buttons = QDialogButtonBox(self)
        self.send_button = QPushButton(_("Send now"), self)
        self.send_button.setObjectName("send_now_button")
        self.send_button.setAutoDefault(False)
        buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        assert cancel is not None
        cancel.setDefault(True)
        cancel.setFocus()
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        resize_within_screen(self, self.minimumWidth(), self.fontMetrics().height() * 34)


class FingerprintDialog(QDialog):
    """Asks the user to compare a key's fingerprint with the one its owner reads out."""

    def __init__(
        self, fingerprint: str, label: str, parent: QWidget | None = None, *, device: bool = True
    ) -> None:
        super().__init__(parent)
        self.setObjectName("fingerprint_dialog")
        self.setWindowTitle(_("Check the fingerprint"))
        layout = QVBoxLayout(self)
        if device:
            text = _(
                "Ask the laptop's user to read out the fingerprint Hearth shows them (on "
                "the phone or in person), and compare it with this one. Enrol the laptop "
                "only if every character matches: otherwise someone else's figures could "
                "be mixed into yours."
            )
        else:
            text = _(
                "Ask the coordinator to read out their key's fingerprint and compare it "
                "with this one. Add the key only if every character matches."
            )
        layout.addWidget(_wrapped(text, self))
        shown = QLabel(fingerprint, self)
        shown.setObjectName("fingerprint_label")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        shown.setFont(font)
        layout.addWidget(shown)
        if label:
            layout.addWidget(
                _wrapped(_("The key file calls itself: {label}").format(label=isolate(label)), self)
            )
        buttons = QDialogButtonBox(self)
        accept = QPushButton(_("It matches"), self)
        accept.setObjectName("matches_button")
        accept.setAutoDefault(False)
        buttons.addButton(accept, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        assert cancel is not None
        cancel.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
