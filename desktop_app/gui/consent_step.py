"""The consent step: each purpose's notice side by side, a decision per purpose.

The notice is shown in the family's language beside the staff member's, so the
interpreter can read it aloud while staff follow. For each purpose the family agrees or
does not; how the decision was recorded (signed on screen, said aloud through the
interpreter, a paper form), who decided, the interpreter and the review date apply to
all of them. A "what we will store" panel lists, in plain words, what the choices allow.

:class:`ConsentStepWidget` is the form; :class:`ConsentWizardPage` puts it in the intake
wizard (the small :class:`ConsentStep` interface the wizard relies on) and
:class:`desktop_app.gui.consent_dialogs.ConsentDialog` uses it alone from the family page.
"""

from __future__ import annotations

import html
from datetime import date
from typing import Any, Protocol

from PySide6.QtCore import QDate, QEvent, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from desktop_app.core.consent import default_review_date, purpose_name, storage_lines
from desktop_app.core.consent_notices import find_shipped, notice_languages
from desktop_app.core.models import (
    ConsentDecision,
    ConsentEvent,
    ConsentMethod,
    ConsentNotice,
    ConsentPurpose,
    DecidedBy,
    InterpreterMode,
)
from desktop_app.gui.forms.ui_consent_step import Ui_ConsentStep
from desktop_app.gui.labels import label
from desktop_app.gui.validation import MESSAGE_STYLE
from desktop_app.i18n import _, current_language, isolate, text_direction
from desktop_app.i18n.locales import FAMILY_LANGUAGES, language_name, native_name

PURPOSES: tuple[ConsentPurpose, ...] = tuple(ConsentPurpose)
_METHODS = (
    ConsentMethod.VERBAL_VIA_INTERPRETER,
    ConsentMethod.SIGNED_ON_SCREEN,
    ConsentMethod.PAPER_FORM,
)
_NOTE_STYLE = "background: #fff4ce; color: #3b2e00; padding: 0.4em; border-radius: 4px;"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _notice_html(text: str, language: str) -> str:
    """The notice as rich text: its first line a heading, in the language's direction."""
    direction = text_direction(language)
    align = "right" if direction == "rtl" else "left"
    paragraphs = text.split("\n\n")
    head, _newline, rest = paragraphs[0].partition("\n")
    parts = [f'<p dir="{direction}" align="{align}"><b>{html.escape(head)}</b></p>']
    if rest:
        paragraphs[0] = rest
    else:
        paragraphs = paragraphs[1:]
    for paragraph in paragraphs:
        body = "<br/>".join(html.escape(line) for line in paragraph.split("\n"))
        parts.append(f'<p dir="{direction}" align="{align}">{body}</p>')
    return f'<div dir="{direction}">{"".join(parts)}</div>'


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

    def allows(self, purpose: ConsentPurpose) -> bool:
        """Whether the family agreed to ``purpose`` (and to a record)."""
        ...

    def signature_png(self) -> bytes:
        """Return the on-screen signature, or ``b""``."""
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


class ConsentStepWidget(QWidget):
    """The consent form. Emits :attr:`changed` whenever a value changes."""

    changed = Signal()

    def __init__(self, *, today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today or date.today()
        self._decisions: dict[ConsentPurpose, bool | None] = dict.fromkeys(PURPOSES)
        self._previous: dict[ConsentPurpose, ConsentEvent] = {}
        self.ui = Ui_ConsentStep()
        self.ui.setupUi(self)
        ui = self.ui
        ui.message_label.setStyleSheet(MESSAGE_STYLE)
        ui.message_label.setVisible(False)
        ui.review_note_label.setStyleSheet(_NOTE_STYLE)
        title_font = ui.purpose_title_label.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.2)
        title_font.setBold(True)
        ui.purpose_title_label.setFont(title_font)
        for view in (ui.family_notice_view, ui.staff_notice_view):
            view.setMinimumHeight(view.fontMetrics().lineSpacing() * 8)
        # Purpose names are long in some languages: wrap them rather than scroll sideways.
        ui.purpose_list.setWordWrap(True)
        ui.purpose_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        ui.purpose_list.setMinimumWidth(ui.purpose_list.fontMetrics().averageCharWidth() * 30)
        ui.review_date_edit.setDisplayFormat("d MMMM yyyy")
        ui.lower_layout.setStretch(0, 3)
        ui.lower_layout.setStretch(1, 2)
        ui.storage_group.setMinimumWidth(ui.storage_label.fontMetrics().averageCharWidth() * 32)
        for code in FAMILY_LANGUAGES:
            ui.language_combo.addItem("", code)
            ui.interpreter_language_combo.addItem("", code)
        for purpose in PURPOSES:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, purpose.value)
            ui.purpose_list.addItem(item)
        for method in _METHODS:
            ui.method_combo.addItem("", method.value)
        for who in DecidedBy:
            ui.decided_by_combo.addItem("", who.value)
        for mode in InterpreterMode:
            ui.interpreter_mode_combo.addItem("", mode.value)
        ui.review_date_edit.setMinimumDate(_qdate(self._today))
        ui.review_date_edit.setDate(_qdate(default_review_date(self._today)))
        self._connect()
        self.retranslate()
        ui.purpose_list.setCurrentRow(0)
        self._on_method_changed()
        self._on_interpreter_changed()

    def _connect(self) -> None:
        ui = self.ui
        ui.purpose_list.currentRowChanged.connect(self._show_purpose)
        ui.given_radio.toggled.connect(self._on_decision_toggled)
        ui.refused_radio.toggled.connect(self._on_decision_toggled)
        ui.next_purpose_button.clicked.connect(self.next_purpose)
        ui.language_combo.currentIndexChanged.connect(self._on_language_changed)
        ui.method_combo.currentIndexChanged.connect(self._on_method_changed)
        ui.interpreter_mode_combo.currentIndexChanged.connect(self._on_interpreter_changed)
        ui.clear_signature_button.clicked.connect(ui.signature_pad.clear)
        for signal in (
            ui.signature_pad.changed,
            ui.paper_reference_edit.textChanged,
            ui.decided_by_combo.currentIndexChanged,
            ui.review_date_edit.dateChanged,
            ui.interpreter_name_edit.textChanged,
            ui.interpreter_language_combo.currentIndexChanged,
        ):
            signal.connect(self._on_changed)

    # ------------------------------------------------------------ translation
    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Fill every text that is not in the Designer form."""
        ui = self.ui
        staff = current_language()
        for index in range(ui.language_combo.count()):
            code = str(ui.language_combo.itemData(index))
            text = native_name(code)
            own = language_name(code, staff)
            ui.language_combo.setItemText(index, text if own == text else f"{text} — {own}")
            ui.interpreter_language_combo.setItemText(index, own)
        for combo in (ui.method_combo, ui.decided_by_combo, ui.interpreter_mode_combo):
            kind: Any = {
                ui.method_combo: ConsentMethod,
                ui.decided_by_combo: DecidedBy,
                ui.interpreter_mode_combo: InterpreterMode,
            }[combo]
            for index in range(combo.count()):
                combo.setItemText(index, label(kind(combo.itemData(index))))
        self._refresh_list()
        self._show_purpose(ui.purpose_list.currentRow())
        self._refresh_storage()
        self._refresh_message()

    # ---------------------------------------------------------------- context
    def set_context(
        self,
        *,
        language: str,
        interpreter_mode: InterpreterMode = InterpreterMode.NONE,
        interpreter_name: str = "",
        previous: dict[ConsentPurpose, ConsentEvent] | None = None,
    ) -> None:
        """Start from what is known: the family's language, the interpreter, past decisions.

        With ``previous`` (a consent review from the family page) each purpose starts at
        its current decision, so staff confirm or change it.
        """
        self._select(self.ui.language_combo, self._closest_language(language))
        self._select(self.ui.interpreter_language_combo, self._closest_language(language))
        self._select(self.ui.interpreter_mode_combo, interpreter_mode.value)
        if interpreter_name and not self.ui.interpreter_name_edit.text():
            self.ui.interpreter_name_edit.setText(interpreter_name)
        if interpreter_mode is not InterpreterMode.NONE and not self._any_decided():
            self._select(self.ui.method_combo, ConsentMethod.VERBAL_VIA_INTERPRETER.value)
        if previous:
            self._previous = dict(previous)
            for purpose, event in previous.items():
                self._decisions[purpose] = event.decision.grants
            self._refresh_list()
            self._show_purpose(self.ui.purpose_list.currentRow())
            self._refresh_storage()
        self._refresh_message()

    def _closest_language(self, language: str) -> str:
        combo = self.ui.language_combo
        for option in (language, language.split("-")[0]):
            if combo.findData(option) >= 0:
                return option
        return "en"

    @staticmethod
    def _select(combo: Any, value: str) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    # --------------------------------------------------------------- purposes
    def current_purpose(self) -> ConsentPurpose:
        """Return the purpose whose notice is shown."""
        row = max(self.ui.purpose_list.currentRow(), 0)
        return PURPOSES[row]

    def select_purpose(self, purpose: ConsentPurpose) -> None:
        """Show ``purpose``'s notice."""
        self.ui.purpose_list.setCurrentRow(PURPOSES.index(purpose))

    def set_decision(self, purpose: ConsentPurpose, given: bool | None) -> None:
        """Record the family's decision for ``purpose`` (``None``: not asked yet)."""
        self._decisions[purpose] = given
        if purpose is self.current_purpose():
            self._show_decision(given)
        self._refresh_list()
        self._refresh_storage()
        self._on_changed()

    def decision(self, purpose: ConsentPurpose) -> bool | None:
        """Return the decision recorded for ``purpose`` (``None``: not asked yet)."""
        return self._decisions[purpose]

    def next_purpose(self) -> None:
        """Go to the next purpose without a decision (or the next one)."""
        row = self.ui.purpose_list.currentRow()
        order = list(range(row + 1, len(PURPOSES))) + list(range(row + 1))
        undecided = [r for r in order if self._decisions[PURPOSES[r]] is None]
        target = undecided[0] if undecided else (row + 1) % len(PURPOSES)
        self.ui.purpose_list.setCurrentRow(target)
        self.ui.given_radio.setFocus()

    def _refresh_list(self) -> None:
        for row, purpose in enumerate(PURPOSES):
            decided = self._decisions[purpose]
            state = (
                _("not asked yet")
                if decided is None
                else _("they agree")
                if decided
                else _("they do not agree")
            )
            text = _("{purpose} — {state}").format(purpose=purpose_name(purpose), state=state)
            item = self.ui.purpose_list.item(row)
            item.setText(("✔ " if decided else "✘ " if decided is False else "• ") + text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)

    def _show_purpose(self, row: int) -> None:
        if row < 0:
            return
        ui = self.ui
        purpose = PURPOSES[row]
        family = self.notice_language()
        staff = current_language()
        shown = find_shipped(purpose, family)
        ui.purpose_title_label.setText(purpose_name(purpose))
        ui.family_notice_label.setText(
            _("In the family's language ({language})").format(
                language=isolate(native_name(shown.notice.language))
            )
        )
        ui.family_notice_view.setHtml(_notice_html(shown.notice.text, shown.notice.language))
        staff_notice = find_shipped(purpose, staff).notice
        ui.staff_notice_label.setText(
            _("In your language ({language})").format(language=native_name(staff_notice.language))
        )
        ui.staff_notice_view.setHtml(_notice_html(staff_notice.text, staff_notice.language))
        notes = []
        if shown.notice.language != family.split("-")[0] and shown.notice.language != family:
            notes.append(
                _(
                    "There is no notice in {language} yet: the interpreter reads the {shown} "
                    "text to the family."
                ).format(
                    language=language_name(family, staff),
                    shown=language_name(shown.notice.language, staff),
                )
            )
        if shown.needs_review:
            notes.append(
                _(
                    "This translation has not yet been checked by a native speaker. If the "
                    "family finds it unclear, ask the interpreter to explain it."
                )
            )
        ui.review_note_label.setText(" ".join(notes))
        ui.review_note_label.setVisible(bool(notes))
        self._show_decision(self._decisions[purpose])

    def _show_decision(self, given: bool | None) -> None:
        ui = self.ui
        blockers = [QSignalBlocker(ui.given_radio), QSignalBlocker(ui.refused_radio)]
        # Radio buttons in one group cannot all be unchecked unless exclusivity is off.
        for radio in (ui.given_radio, ui.refused_radio):
            radio.setAutoExclusive(False)
        ui.given_radio.setChecked(given is True)
        ui.refused_radio.setChecked(given is False)
        for radio in (ui.given_radio, ui.refused_radio):
            radio.setAutoExclusive(True)
        del blockers

    def _on_decision_toggled(self, _checked: bool = False) -> None:
        ui = self.ui
        if ui.given_radio.isChecked():
            given: bool | None = True
        elif ui.refused_radio.isChecked():
            given = False
        else:
            given = None
        purpose = self.current_purpose()
        if self._decisions[purpose] is not given:
            self._decisions[purpose] = given
            self._refresh_list()
            self._refresh_storage()
            self._on_changed()

    def _any_decided(self) -> bool:
        return any(value is not None for value in self._decisions.values())

    # ----------------------------------------------------------- other fields
    def notice_language(self) -> str:
        """Return the language the family reads the notice in."""
        return str(self.ui.language_combo.currentData() or "en")

    def method(self) -> ConsentMethod:
        """Return how the decisions are recorded."""
        return ConsentMethod(self.ui.method_combo.currentData())

    def interpreter_mode(self) -> InterpreterMode:
        """Return who interpreted, and how."""
        return InterpreterMode(self.ui.interpreter_mode_combo.currentData())

    def _on_language_changed(self) -> None:
        self._show_purpose(self.ui.purpose_list.currentRow())
        self._on_changed()

    def _on_method_changed(self) -> None:
        ui = self.ui
        method = self.method()
        paper = method is ConsentMethod.PAPER_FORM
        signed = method is ConsentMethod.SIGNED_ON_SCREEN
        paper_widgets: tuple[QWidget, ...] = (ui.paper_reference_label, ui.paper_reference_edit)
        for widget in paper_widgets:
            widget.setVisible(paper)
        signature_widgets: tuple[QWidget, ...] = (
            ui.signature_label,
            ui.signature_pad,
            ui.signature_hint_label,
            ui.clear_signature_button,
        )
        for widget in signature_widgets:
            widget.setVisible(signed)
        self._on_changed()

    def _on_interpreter_changed(self) -> None:
        ui = self.ui
        has_interpreter = self.interpreter_mode() is not InterpreterMode.NONE
        for widget in (
            ui.interpreter_name_label,
            ui.interpreter_name_edit,
            ui.interpreter_language_label,
            ui.interpreter_language_combo,
        ):
            widget.setEnabled(has_interpreter)
        self._on_changed()

    def _on_changed(self) -> None:
        self._refresh_message()
        self.changed.emit()

    # ------------------------------------------------------------- summaries
    def decisions(self) -> dict[ConsentPurpose, ConsentDecision]:
        """Return the decisions made so far, as given/refused."""
        return {
            purpose: ConsentDecision.GIVEN if given else ConsentDecision.REFUSED
            for purpose, given in self._decisions.items()
            if given is not None
        }

    def granted(self) -> frozenset[ConsentPurpose]:
        """Return the purposes the family agreed to."""
        return frozenset(p for p, given in self._decisions.items() if given)

    def _refresh_storage(self) -> None:
        lines = storage_lines(self.decisions())
        stored = [text for text, kept in lines if kept]
        if not stored:
            body = html.escape(
                _("Nothing. Without agreement to keep a record, Hearth stores nothing at all.")
            )
        else:
            items = "".join(f"<li>{html.escape(text)}</li>" for text in stored)
            body = f"<ul style='margin-left: 0; -qt-list-indent: 1;'>{items}</ul>"
        left_out = [text for text, kept in lines if not kept]
        if stored and left_out:
            body += "<p><i>{}</i></p>".format(
                html.escape(_("Not stored: {things}.").format(things="; ".join(left_out)))
            )
        self.ui.storage_label.setText(body)

    def problems(self) -> list[str]:
        """Return what still stops the decisions being saved (empty when ready)."""
        ui = self.ui
        found = []
        undecided = [p for p in PURPOSES if self._decisions[p] is None]
        if undecided:
            found.append(
                _("Record a decision for: {purposes}.").format(
                    purposes=", ".join(purpose_name(p) for p in undecided)
                )
            )
        if self._decisions[ConsentPurpose.CASE_RECORD] is False:
            before = self._previous.get(ConsentPurpose.CASE_RECORD)
            if before is not None and before.decision.grants:
                found.append(
                    _(
                        "To withdraw agreement to keep the record, use “Withdraw consent”: "
                        "it erases the family's record."
                    )
                )
            else:
                found.append(
                    _(
                        "Without agreement to keep a record, Hearth cannot keep anything. You "
                        "can still give the family the services' details on paper."
                    )
                )
        method = self.method()
        if method is ConsentMethod.SIGNED_ON_SCREEN and ui.signature_pad.is_empty():
            found.append(_("Ask the person deciding to sign in the box."))
        if method is ConsentMethod.PAPER_FORM and not ui.paper_reference_edit.text().strip():
            found.append(_("Enter the paper form's reference, so it can be found again."))
        if (
            method is ConsentMethod.VERBAL_VIA_INTERPRETER
            and self.interpreter_mode() is InterpreterMode.NONE
        ):
            found.append(_("Choose who interpreted, or record the decision another way."))
        return found

    def _refresh_message(self) -> None:
        problems = self.problems()
        # Before anything is decided the list itself says what to do; no red yet.
        show = bool(problems) and self._any_decided()
        self.ui.message_label.setText("\n".join(problems) if show else "")
        self.ui.message_label.setVisible(show)

    def is_ready(self) -> bool:
        """Whether every purpose is decided and the recording details are complete."""
        return not self.problems()

    # ---------------------------------------------------------------- results
    def signature_png(self) -> bytes:
        """Return the signature as a PNG when the method is "signed on screen", else b""."""
        if self.method() is not ConsentMethod.SIGNED_ON_SCREEN:
            return b""
        return self.ui.signature_pad.to_png()

    def notices_shown(self) -> dict[ConsentPurpose, ConsentNotice]:
        """Return, per purpose, the notice the family was shown."""
        language = self.notice_language()
        return {p: find_shipped(p, language).notice for p in PURPOSES}

    def events(self, *, staff_member: str, renewing: bool = False) -> list[ConsentEvent]:
        """Return one consent event per decided purpose.

        Args:
            staff_member: who recorded it (the signed-in user).
            renewing: a review; a purpose agreed again is recorded as *renewed*.
        """
        ui = self.ui
        notices = self.notices_shown()
        mode = self.interpreter_mode()
        interpreted = mode is not InterpreterMode.NONE
        review_on = _pydate(ui.review_date_edit.date())
        method = self.method()
        events = []
        for purpose, given in self._decisions.items():
            if given is None:
                continue
            before = self._previous.get(purpose)
            if given:
                renewed = renewing and before is not None and before.decision.grants
                decision = ConsentDecision.RENEWED if renewed else ConsentDecision.GIVEN
            elif before is not None and before.decision.grants:
                decision = ConsentDecision.WITHDRAWN
            else:
                decision = ConsentDecision.REFUSED
            events.append(
                ConsentEvent(
                    purpose=purpose,
                    decision=decision,
                    notice_hash=notices[purpose].version_hash,
                    language=notices[purpose].language,
                    method=method,
                    decided_by=DecidedBy(ui.decided_by_combo.currentData()),
                    staff_member=staff_member,
                    paper_reference=(
                        ui.paper_reference_edit.text().strip()
                        if method is ConsentMethod.PAPER_FORM
                        else ""
                    ),
                    interpreter_name=ui.interpreter_name_edit.text().strip() if interpreted else "",
                    interpreter_language=(
                        str(ui.interpreter_language_combo.currentData()) if interpreted else ""
                    ),
                    interpreter_mode=mode,
                    review_on=review_on if given else None,
                )
            )
        return events

    # ----------------------------------------------------------------- drafts
    def state(self) -> dict[str, Any]:
        """Return every value, for an encrypted draft."""
        ui = self.ui
        return {
            "decisions": {p.value: g for p, g in self._decisions.items() if g is not None},
            "language": self.notice_language(),
            "method": self.method().value,
            "paper_reference": ui.paper_reference_edit.text(),
            "signature": ui.signature_pad.strokes(),
            "decided_by": ui.decided_by_combo.currentData(),
            "review_on": _pydate(ui.review_date_edit.date()).isoformat(),
            "interpreter_mode": self.interpreter_mode().value,
            "interpreter_name": ui.interpreter_name_edit.text(),
            "interpreter_language": ui.interpreter_language_combo.currentData(),
        }

    def restore(self, state: dict[str, Any]) -> None:
        """Put back values from a draft (unknown values are left at their defaults)."""
        ui = self.ui
        decisions = state.get("decisions", {})
        for purpose in PURPOSES:
            value = decisions.get(purpose.value) if isinstance(decisions, dict) else None
            self._decisions[purpose] = value if isinstance(value, bool) else None
        for combo, key in (
            (ui.language_combo, "language"),
            (ui.method_combo, "method"),
            (ui.decided_by_combo, "decided_by"),
            (ui.interpreter_mode_combo, "interpreter_mode"),
            (ui.interpreter_language_combo, "interpreter_language"),
        ):
            if isinstance(state.get(key), str):
                self._select(combo, state[key])
        ui.paper_reference_edit.setText(str(state.get("paper_reference", "")))
        ui.interpreter_name_edit.setText(str(state.get("interpreter_name", "")))
        strokes = state.get("signature")
        if isinstance(strokes, list):
            ui.signature_pad.set_strokes(strokes)
        try:
            ui.review_date_edit.setDate(_qdate(date.fromisoformat(str(state["review_on"]))))
        except (KeyError, ValueError):
            pass
        self._refresh_list()
        self._show_purpose(ui.purpose_list.currentRow())
        self._refresh_storage()
        self._on_changed()


class ConsentWizardPage(QWizardPage):
    """The consent step inside the intake wizard (the ``ConsentStep`` interface)."""

    def __init__(self, *, today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = ConsentStepWidget(today=today)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scrolling(self.step, self))
        self.step.changed.connect(self.completeChanged)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate the title on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Title and subtitle in the staff language."""
        self.setTitle(_("Consent"))
        self.setSubTitle(_("Ask before you record anything about the family."))

    def initializePage(self) -> None:
        """Take the language and interpreter from the first step."""
        wizard: Any = self.wizard()
        if wizard is None or not hasattr(wizard, "family_language"):
            return
        state = wizard.collect_state()
        self.step.set_context(
            language=wizard.family_language(),
            interpreter_mode=InterpreterMode(state.interpreter_mode),
            interpreter_name=state.interpreter_name.strip(),
        )

    def isComplete(self) -> bool:
        """Next needs a decision for every purpose and agreement to keep a record."""
        return self.step.is_ready() and self.keeps_record()

    # ------------------------------------------------------------ ConsentStep
    def state(self) -> dict[str, Any]:
        """Return the page's values for a draft."""
        return self.step.state()

    def restore(self, state: dict[str, Any]) -> None:
        """Put back values from a draft."""
        self.step.restore(state)

    def keeps_record(self) -> bool:
        """Whether the family agreed to a case record."""
        return self.step.decision(ConsentPurpose.CASE_RECORD) is True

    def allows_sharing(self) -> bool:
        """Whether the family agreed to share details for a referral."""
        return self.keeps_record() and self.step.decision(ConsentPurpose.REFERRAL_SHARING) is True

    def allows(self, purpose: ConsentPurpose) -> bool:
        """Whether the family agreed to ``purpose`` (and to a record)."""
        return self.keeps_record() and self.step.decision(purpose) is True

    def signature_png(self) -> bytes:
        """Return the on-screen signature (``b""`` unless signed on screen)."""
        return self.step.signature_png()

    def notices_and_events(
        self,
        *,
        language: str,
        interpreter_mode: InterpreterMode,
        interpreter_name: str,
        staff_member: str,
    ) -> tuple[list[ConsentNotice], list[ConsentEvent]]:
        """Return the notices shown and the decisions (the step's own interpreter fields win).

        ``language``, ``interpreter_mode`` and ``interpreter_name`` come from the first
        step and already seeded the form; staff may have corrected them here.
        """
        del language, interpreter_mode, interpreter_name
        notices = list(self.step.notices_shown().values())
        return notices, self.step.events(staff_member=staff_member)


def scrolling(widget: QWidget, parent: QWidget) -> QScrollArea:
    """Put ``widget`` in a frameless scroll area: at large text sizes it still fits."""
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area


def shipped_languages() -> list[str]:
    """Return the languages every purpose has a notice in (for tests and the picker)."""
    common: set[str] | None = None
    for purpose in PURPOSES:
        langs = set(notice_languages(purpose))
        common = langs if common is None else common & langs
    return sorted(common or ())
