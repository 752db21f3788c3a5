"""Add a follow-up for a family, or reschedule one: what to do, by when, about what.

"About" is the family in general, one of its needs or one of its referrals; choosing a
need or referral suggests the words ("Check how the referral to the food bank went")
until the person writes their own. A follow-up about a referral is recorded with the
``referral`` source, the others as ``manual`` (a follow-up logged with a contact is
made by the contact dialog). The vault refuses a need or referral of another family.

Like the contact dialog it is a draft source: an auto-lock keeps what was typed and the
dialog comes back after unlock.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from desktop_app.core import validation as rules
from desktop_app.core.contact_form import MAX_FOLLOW_UP_CHARS
from desktop_app.core.errors import UserFacingError
from desktop_app.core.models import Draft, FollowUp, FollowUpSource, HouseholdAggregate
from desktop_app.gui.dialog_keys import save_on_ctrl_return, tab_leaves
from desktop_app.gui.draft_dialog import DraftDialog
from desktop_app.gui.forms.ui_follow_up_dialog import Ui_FollowUpDialog
from desktop_app.gui.labels import format_day, label
from desktop_app.gui.validation import MESSAGE_STYLE, FieldCheck
from desktop_app.gui.views import fit_combo
from desktop_app.i18n import _, current_language, isolate

#: The draft kind of an unsaved follow-up.
DRAFT_KIND = "follow_up_form"
#: Days ahead a new follow-up is due, unless changed.
DEFAULT_DAYS = 7

_GENERAL = "general"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def about_key(follow_up: FollowUp) -> str:
    """Return the "about" choice of a follow-up: ``general``, ``need:7``, ``referral:3``."""
    if follow_up.referral_id is not None:
        return f"referral:{follow_up.referral_id}"
    if follow_up.need_id is not None:
        return f"need:{follow_up.need_id}"
    return _GENERAL


class FollowUpDialog(DraftDialog):
    """Add (``follow_up`` None) or change a follow-up of one household."""

    DRAFT_KIND = DRAFT_KIND

    #: The stored follow-up, emitted only after the vault committed it.
    saved = Signal(object)

    def __init__(
        self,
        services: Any,
        aggregate: HouseholdAggregate,
        *,
        follow_up: FollowUp | None = None,
        about: str = _GENERAL,
        today: Callable[[], date] = date.today,
        state: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if parent is not None:
            self.setWindowFlag(Qt.WindowType.Window, True)
        household_id = aggregate.household.id
        if household_id is None:
            raise ValueError("the household has not been stored")
        self._services = services
        self._aggregate = aggregate
        self._household_id = household_id
        self._original = follow_up
        self._today = today
        self._closing_quietly = False
        self._suggested = ""
        self.stored: FollowUp | None = None
        self.ui = Ui_FollowUpDialog()
        self.ui.setupUi(self)
        self._service_names = self._services_for_referrals()
        self.what_check = FieldCheck(
            self.ui.what_edit,
            self.ui.what_message,
            [rules.required, rules.max_length(MAX_FOLLOW_UP_CHARS)],
        )
        for message in (self.ui.due_message, self.ui.save_message_label):
            message.setStyleSheet(MESSAGE_STYLE)
            message.setWordWrap(True)
            message.setVisible(False)
        self._fill_about()
        self.ui.about_combo.currentIndexChanged.connect(self._suggest)
        self.ui.button_box.accepted.connect(self.save)
        self.ui.button_box.rejected.connect(self.reject)
        save_on_ctrl_return(self, self.save)
        tab_leaves(self, self.ui.due_edit)
        self._style()
        self.retranslate()
        self._initial = self._defaults(about)
        self.apply_state(state or self._initial)
        if follow_up is not None:
            self.ui.due_edit.setFocus()  # rescheduling is the usual change
        else:
            self.ui.about_combo.setFocus()

    @property
    def household_id(self) -> int:
        """The household the follow-up is for."""
        return self._household_id

    @property
    def follow_up_id(self) -> int | None:
        """The follow-up being changed (None: a new one)."""
        return None if self._original is None else self._original.id

    @property
    def draft_key(self) -> str:
        """One draft per household and follow-up (``new`` for an added one)."""
        return f"{self._household_id}:{self.follow_up_id or 'new'}"

    # ------------------------------------------------------------------ set-up
    def _services_for_referrals(self) -> dict[int, str]:
        names: dict[int, str] = {}
        for referral in self._aggregate.referrals:
            service = self._services.services.get(referral.service_id)
            names[referral.service_id] = service.name if service is not None else ""
        return names

    def _fill_about(self) -> None:
        combo = self.ui.about_combo
        combo.addItem("", _GENERAL)
        for need in self._aggregate.needs:
            combo.addItem("", f"need:{need.id}")
        for referral in self._aggregate.referrals:
            combo.addItem("", f"referral:{referral.id}")

    def _style(self) -> None:
        height = int(QFontMetrics(self.font()).height() * 2.1)
        for widget in self.findChildren(QWidget):
            if isinstance(widget, QComboBox | QDateEdit | QLineEdit | QAbstractButton):
                widget.setMinimumHeight(height)
        font = self.ui.family_label.font()
        font.setBold(True)
        self.ui.family_label.setFont(font)
        self.ui.family_label.setTextFormat(Qt.TextFormat.PlainText)
        self.resize(max(self.width(), 620), self.sizeHint().height())

    def retranslate(self) -> None:
        """Texts from Python: the family, the "about" choices, the buttons."""
        ui = self.ui
        household = self._aggregate.household
        who = household.reference
        if household.alias:
            who = f"{household.reference} · {isolate(household.alias)}"
        self.setWindowTitle(_("Reschedule a follow-up") if self._original else _("Add a follow-up"))
        ui.family_label.setText(_("Follow-up for {family}").format(family=who))
        needs = {n.id: n for n in self._aggregate.needs}
        for index in range(ui.about_combo.count()):
            key = str(ui.about_combo.itemData(index))
            ui.about_combo.setItemText(index, self._about_text(key, needs))
        fit_combo(ui.about_combo)
        save = ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        save.setText(_("&Save follow-up"))
        save.setToolTip(_("Save the follow-up (Ctrl+Enter)"))
        save.setDefault(True)
        ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(_("&Cancel"))
        ui.due_edit.setLocale(QLocale(current_language()))
        ui.due_edit.setDisplayFormat("d MMM yyyy")

    def _about_text(self, key: str, needs: dict[int | None, Any]) -> str:
        if key == _GENERAL:
            return _("The family in general")
        kind, _sep, raw = key.partition(":")
        record_id = int(raw)
        if kind == "need":
            need = needs.get(record_id)
            if need is None:
                return ""
            return _("Need: {need} ({status})").format(
                need=label(need.category), status=label(need.status)
            )
        referral = next((r for r in self._aggregate.referrals if r.id == record_id), None)
        if referral is None:
            return ""
        need = needs.get(referral.need_id)
        return _("Referral: {service} for {need}").format(
            service=isolate(self._service_names.get(referral.service_id, "")),
            need=label(need.category) if need is not None else "",
        )

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the application language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------------ state
    def _defaults(self, about: str) -> dict[str, Any]:
        original = self._original
        if original is not None:
            return {
                "household_id": self._household_id,
                "follow_up_id": original.id,
                "about": about_key(original),
                "what": original.what,
                "due": original.due_on.isoformat(),
            }
        return {
            "household_id": self._household_id,
            "follow_up_id": None,
            "about": about,
            "what": "",
            "due": (self._today() + timedelta(days=DEFAULT_DAYS)).isoformat(),
        }

    def collect_state(self) -> dict[str, Any]:
        """Return what the form holds (a draft's payload, as a dict)."""
        return {
            "household_id": self._household_id,
            "follow_up_id": self.follow_up_id,
            "about": str(self.ui.about_combo.currentData()),
            "what": self.ui.what_edit.text(),
            "due": _pydate(self.ui.due_edit.date()).isoformat(),
        }

    def apply_state(self, state: dict[str, Any]) -> None:
        """Put a state into the widgets (what the person wrote is never replaced)."""
        ui = self.ui
        index = ui.about_combo.findData(str(state.get("about", _GENERAL)))
        ui.about_combo.setCurrentIndex(max(index, 0))
        ui.what_edit.setText(str(state.get("what", "")))
        if not ui.what_edit.text():
            self._suggest()
        ui.due_edit.setDate(_qdate(date.fromisoformat(str(state["due"]))))

    def is_dirty(self) -> bool:
        """Whether anything was changed since the dialog opened (a suggestion is not)."""
        if self.stored is not None:
            return False
        now, initial = self.collect_state(), self._initial
        if now["about"] != initial["about"] or now["due"] != initial["due"]:
            return True
        return now["what"] not in (initial["what"], self._suggested)

    def _suggest(self, *_args: object) -> None:
        """Offer words for the chosen need or referral, unless the person wrote their own."""
        edit = self.ui.what_edit
        if edit.text() and edit.text() != self._suggested:
            return
        key = str(self.ui.about_combo.currentData())
        kind, _sep, raw = key.partition(":")
        suggestion = ""
        if kind == "need":
            need = next((n for n in self._aggregate.needs if n.id == int(raw)), None)
            if need is not None:
                suggestion = _("Check how things are going with: {need}").format(
                    need=label(need.category)
                )
        elif kind == "referral":
            referral = next((r for r in self._aggregate.referrals if r.id == int(raw)), None)
            if referral is not None:
                suggestion = _("Check how the referral to {service} went").format(
                    service=isolate(self._service_names.get(referral.service_id, ""))
                )
        self._suggested = suggestion
        edit.setText(suggestion)

    def record(self) -> FollowUp:
        """Return the follow-up the form describes."""
        state = self.collect_state()
        kind, _sep, raw = str(state["about"]).partition(":")
        need_id = int(raw) if kind == "need" else None
        referral_id = int(raw) if kind == "referral" else None
        if referral_id is not None:
            source = FollowUpSource.REFERRAL
        elif self._original is not None and self._original.source in (
            FollowUpSource.CONTACT,
            FollowUpSource.CONSENT_REVIEW,
        ):
            source = self._original.source  # what created it stays true
        else:
            source = FollowUpSource.MANUAL
        base = self._original or FollowUp(what="", due_on=self._today())
        return dataclasses.replace(
            base,
            what=str(state["what"]).strip(),
            due_on=date.fromisoformat(str(state["due"])),
            source=source,
            need_id=need_id,
            referral_id=referral_id,
        )

    # ------------------------------------------------------------------ saving
    def save(self) -> bool:
        """Save in one transaction; say so only after COMMIT."""
        if self.stored is not None:
            return True
        ui = self.ui
        ok = self.what_check.check()
        due = _pydate(ui.due_edit.date())
        problem = rules.not_before(due, self._today())
        ui.due_message.setText(problem or "")
        ui.due_message.setVisible(problem is not None)
        if problem is not None and ok:
            ui.due_edit.setFocus()
        if not ok or problem is not None:
            return False
        services = self._services
        follow_up = self.record()
        try:
            with services.transaction():
                if self._original is None:
                    stored = services.follow_ups.add(self._household_id, follow_up)
                else:
                    stored = services.follow_ups.update(follow_up)
                services.drafts.delete(self.DRAFT_KIND, self.draft_key)
        except UserFacingError as error:
            ui.save_message_label.setText(_("Not saved. {problem}").format(problem=str(error)))
            ui.save_message_label.setVisible(True)
            return False
        self.stored = stored
        self.saved.emit(stored)
        self._closing_quietly = True
        self.accept()
        return True

    def saved_message(self) -> str:
        """What to say once saved (no family data)."""
        if self.stored is None:
            return ""
        return _("Saved: follow-up due {date}.").format(date=format_day(self.stored.due_on))

    # ----------------------------------------------------------- closing, drafts
    @classmethod
    def ask_discard(cls, parent: QWidget) -> bool:
        """Ask whether to throw away the changes (tests replace this)."""
        answer = QMessageBox.question(
            parent,
            _("Discard this follow-up?"),
            _("What you typed for this follow-up will not be saved."),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def collect_draft(self) -> Draft | None:
        """Return the unsaved follow-up as a draft, or None (the session's DraftSource)."""
        if not self.is_dirty():
            return None
        payload = json.dumps(self.collect_state(), sort_keys=True).encode("utf-8")
        return Draft(kind=self.DRAFT_KIND, key=self.draft_key, payload=payload)

    @classmethod
    def from_draft(
        cls,
        services: Any,
        draft: Draft,
        *,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> FollowUpDialog | None:
        """Reopen an unsaved follow-up; None (and the draft dropped) if it cannot be."""
        try:
            state = json.loads(bytes(draft.payload).decode("utf-8"))
            household_id = int(state["household_id"])
            date.fromisoformat(str(state["due"]))
        except (ValueError, TypeError, KeyError):
            services.drafts.delete(draft.kind, draft.key)
            return None
        aggregate = services.households.get(household_id)
        original = None
        if state.get("follow_up_id") is not None:
            original = services.follow_ups.get(int(state["follow_up_id"]))
        if aggregate is None or (state.get("follow_up_id") is not None and original is None):
            services.drafts.delete(draft.kind, draft.key)
            return None
        return cls(services, aggregate, follow_up=original, today=today, state=state, parent=parent)
