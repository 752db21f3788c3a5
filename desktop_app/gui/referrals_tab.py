"""The family page's Referrals tab: make a referral, move it on, print its slip.

A referral sends the family's details to a service, so the family's consent to share
is checked **first**: without it nothing is saved, the tab says so and offers to review
consent with them (the family can still be given a service's details to contact it
themselves). With it, staff pick one of the family's open needs and a service that
helps with it — those speaking the family's language first — and start the referral as
*suggested* (talked over, nothing sent) or *referred* (details sent today). Each later
step (accepted, completed, declined, no response) is recorded with its date and a short
outcome; a follow-up date adds a follow-up to the Today list. Moving a referral to
*referred* moves its need to *referred* too (the vault does both in one transaction).

A referral blocked by a withdrawal of consent is flagged in the table and cannot move
on; the tab says what to do (tell the service to stop using the family's details).

"Print referral slip…" writes a PDF for the family through an injected
``slip_writer(path, household, referral, service, language)``; without one the button
stays disabled and says why.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QListWidgetItem,
    QTableWidgetItem,
    QWidget,
)

from desktop_app.core import validation as rules
from desktop_app.core.consent import check_writable, granted_purposes
from desktop_app.core.errors import UserFacingError
from desktop_app.core.intake import offers_language
from desktop_app.core.models import (
    ConsentDecision,
    ConsentPurpose,
    FollowUp,
    FollowUpSource,
    HouseholdAggregate,
    Need,
    NeedStatus,
    Referral,
    ReferralStatus,
    ReferralStatusChange,
    Service,
)
from desktop_app.core.referrals import last_change_on, next_statuses, services_for_need
from desktop_app.gui.direction import join_steps
from desktop_app.gui.forms.ui_referrals_tab import Ui_ReferralsTab
from desktop_app.gui.labels import format_day, in_ui_direction, label, language_name
from desktop_app.gui.validation import MESSAGE_STYLE
from desktop_app.gui.views import select_row
from desktop_app.i18n import N_, _, current_language, isolate

#: Writes the family's referral slip (a PDF) for one referral.
SlipWriter = Callable[[Path, HouseholdAggregate, Referral, Service, str], None]

_WARNING_STYLE = (
    "background: #fff4ce; color: #5c3b00; padding: 0.5em; border-radius: 4px; font-weight: bold;"
)
_BLOCKED_COLOUR = "#fff4ce"
_DEFAULT_FOLLOW_UP_DAYS = 14
_ID = Qt.ItemDataRole.UserRole

#: The columns of the referrals table (the Service column stays second).
HEADERS = (
    N_("Need"),
    N_("Service"),
    N_("Status"),
    N_("Since"),
    N_("Consent to share"),
    N_("Follow up on"),
    N_("Attention"),
)


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def history_text(referral: Referral) -> str:
    """A referral's steps as people read them ("Suggested on 2 Mar → Referred on 4 Mar")."""
    if not referral.history:
        return _("No dated steps recorded.")
    return join_steps(
        _("{status} on {date}").format(
            status=label(step.status), date=isolate(format_day(step.changed_on))
        )
        for step in referral.history
    )


class ReferralsTab(QWidget):
    """The actions of the family page's Referrals tab (the table is the page's)."""

    #: Staff asked to review the family's consent (the Consent tab opens its dialog).
    review_consent_requested = Signal()

    def __init__(
        self,
        page: Any,
        *,
        today: Callable[[], date] | None = None,
        slip_writer: SlipWriter | None = None,
    ) -> None:
        super().__init__(page)
        self.ui = Ui_ReferralsTab()
        self.ui.setupUi(self)
        self._page = page
        # The page's clock by default (looked up each time: tests move it).
        self._today = today or (lambda: page._today())
        self._slip_writer = slip_writer
        self._directory: dict[int, Service] = {}
        self._referrals: list[Referral] = []
        page.ui.referrals_layout.addWidget(self)
        table = page.ui.referrals_table
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.itemSelectionChanged.connect(self._show_selected)
        page.shown.connect(lambda _aggregate: self.update_state())
        ui = self.ui
        ui.make_referral_button.setShortcut(QKeySequence("Ctrl+Shift+R"))
        ui.make_referral_button.clicked.connect(self.make_referral)
        ui.review_consent_button.clicked.connect(self.review_consent_requested)
        ui.need_combo.currentIndexChanged.connect(self._fill_services)
        ui.save_referral_button.clicked.connect(self.save_referral)
        ui.cancel_referral_button.clicked.connect(self._cancel_new)
        ui.record_button.clicked.connect(self.record_status)
        ui.print_slip_button.clicked.connect(self.print_slip)
        ui.new_follow_up_check.toggled.connect(ui.new_follow_up_edit.setEnabled)
        ui.follow_up_check.toggled.connect(ui.follow_up_edit.setEnabled)
        ui.blocked_label.setStyleSheet(_WARNING_STYLE)
        ui.consent_layout.setStretch(0, 1)
        ui.consent_frame.setStyleSheet("")
        for message in (ui.new_message_label, ui.status_message_label, ui.outcome_message):
            message.setStyleSheet(MESSAGE_STYLE)
        self.retranslate()
        self.update_state()

    # ------------------------------------------------------------------ set-up
    def set_slip_writer(self, writer: SlipWriter | None) -> None:
        """Use ``writer`` for "Print referral slip…" (``None``: the button is disabled)."""
        self._slip_writer = writer
        self._update_slip_button()

    def retranslate(self) -> None:
        """Texts that come from Python."""
        ui = self.ui
        ui.make_referral_button.setToolTip(
            _("Refer one of the family's needs to a service (Ctrl+Shift+R)")
        )
        locale = QLocale(current_language())
        for edit in (ui.new_follow_up_edit, ui.status_date_edit, ui.follow_up_edit):
            edit.setLocale(locale)
            edit.setDisplayFormat("d MMM yyyy")
        self._update_slip_button()
        if self._aggregate() is not None:
            self.update_state()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate with the application."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------------ state
    def _services(self) -> Any:
        return self._page._services

    def _aggregate(self) -> HouseholdAggregate | None:
        aggregate: HouseholdAggregate | None = self._page.aggregate()
        return aggregate

    def update_state(self) -> None:
        """Show the open household's referrals (or nothing at all when there is none)."""
        ui = self.ui
        aggregate = self._aggregate()
        services = self._services()
        ui.consent_frame.setVisible(False)
        ui.new_referral_group.setVisible(False)
        if aggregate is None or services is None:
            self._directory = {}
            self._referrals = []
            ui.need_combo.clear()
            ui.service_list.clear()
            ui.outcome_edit.clear()
            ui.history_label.clear()
            ui.blocked_label.clear()
            ui.selected_group.setVisible(False)
            ui.make_referral_button.setEnabled(False)
            self._update_slip_button()
            return
        ui.make_referral_button.setEnabled(True)
        self._directory = {
            s.id: s for s in services.services.list(include_archived=True) if s.id is not None
        }
        self._fill_table(aggregate)

    def _fill_table(self, aggregate: HouseholdAggregate) -> None:
        table = self._page.ui.referrals_table
        selected = self.selected_referral()
        needs = {need.id: need for need in aggregate.needs}
        self._referrals = list(aggregate.referrals)
        table.blockSignals(True)
        table.clearContents()
        table.setColumnCount(len(HEADERS))
        table.setHorizontalHeaderLabels([_(h) for h in HEADERS])
        table.setRowCount(len(self._referrals))
        for row, referral in enumerate(self._referrals):
            need = needs.get(referral.need_id)
            service = self._directory.get(referral.service_id)
            last = last_change_on(referral)
            since = last.changed_on if last else referral.status_changed_on or referral.referred_on
            attention = ""
            if referral.blocked_on is not None:
                attention = (
                    _("Consent withdrawn on {date}: tell the service")
                    if referral.referred_on is not None
                    else _("Consent withdrawn on {date}: stopped")
                ).format(date=isolate(format_day(referral.blocked_on)))
            cells = [
                label(need.category) if need else "",
                service.name if service else "",
                label(referral.status),
                format_day(since),
                _("Yes") if referral.consent_to_share else _("No"),
                format_day(referral.follow_up_on),
                attention,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(_ID, referral.id)
                item.setToolTip(text)  # the whole text when a narrow column cuts it
                if attention:
                    item.setBackground(QBrush(QColor(_BLOCKED_COLOUR)))
                    item.setToolTip(attention)
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # The attention column shows only when a referral needs it.
        table.setColumnHidden(
            len(HEADERS) - 1, not any(r.blocked_on is not None for r in self._referrals)
        )
        table.blockSignals(False)
        ids = [r.id for r in self._referrals]
        if selected is not None and selected.id in ids:
            self._select_row(ids.index(selected.id))
        elif ids:
            self._select_row(0)
        self._show_selected()

    def _select_row(self, row: int) -> None:
        select_row(self._page.ui.referrals_table, row)

    def selected_referral(self) -> Referral | None:
        """Return the referral selected in the table."""
        rows = self._page.ui.referrals_table.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].row()
        return self._referrals[row] if 0 <= row < len(self._referrals) else None

    def select_referral(self, referral_id: int) -> bool:
        """Select a referral in the table; return whether it is there."""
        for row, referral in enumerate(self._referrals):
            if referral.id == referral_id:
                self._select_row(row)
                return True
        return False

    def _show_selected(self) -> None:
        ui = self.ui
        referral = self.selected_referral()
        ui.selected_group.setVisible(referral is not None)
        self._update_slip_button()
        for message in (ui.status_message_label, ui.outcome_message):
            message.setVisible(False)
        if referral is None:
            return
        service = self._directory.get(referral.service_id)
        ui.history_label.setText(
            in_ui_direction(_("{service}: {steps}")).format(
                service=isolate(service.name if service else ""), steps=history_text(referral)
            )
        )
        blocked = referral.blocked_on is not None
        ui.blocked_label.setVisible(blocked)
        if blocked:
            contact = ""
            if service is not None:
                contact = " · ".join(v for v in (service.phone, service.email) if v)
            if referral.referred_on is not None:
                text = _(
                    "⚠ The family withdrew their consent to share on {date}, so this referral "
                    "is stopped and cannot move on. Tell the service to stop using the "
                    "family's details and to delete them{contact}. To refer again, record new "
                    "consent first."
                )
            else:
                text = _(
                    "⚠ The family withdrew their consent to share on {date}, so this "
                    "suggestion is stopped and cannot move on. Their details were never sent "
                    "to the service, so it needs no message. To refer again, record new "
                    "consent first."
                )
            ui.blocked_label.setText(
                in_ui_direction(text).format(
                    date=isolate(format_day(referral.blocked_on)),
                    contact=_(" ({contact})").format(contact=contact) if contact else "",
                )
            )
        moves = next_statuses(referral)
        combo = ui.status_combo
        combo.clear()
        for status in moves:
            combo.addItem(label(status), status.value)
        for widget in (
            combo,
            ui.status_date_edit,
            ui.outcome_edit,
            ui.follow_up_check,
            ui.follow_up_edit,
            ui.record_button,
        ):
            widget.setEnabled(bool(moves))
        if not moves and not blocked:
            ui.status_message_label.setText(
                _("This referral is {status}: it is finished.").format(
                    status=label(referral.status)
                )
            )
            ui.status_message_label.setVisible(True)
        ui.status_date_edit.setDate(_qdate(self._today()))
        ui.outcome_edit.setText(referral.outcome)
        follow = referral.follow_up_on
        ui.follow_up_check.setChecked(False)
        ui.follow_up_edit.setEnabled(False)
        ui.follow_up_edit.setDate(
            _qdate(follow if follow and follow > self._today() else self._today()).addDays(
                0 if follow and follow > self._today() else _DEFAULT_FOLLOW_UP_DAYS
            )
        )

    def _update_slip_button(self) -> None:
        button = self.ui.print_slip_button
        if self._slip_writer is None:
            button.setEnabled(False)
            button.setToolTip(_("Referral slips cannot be printed from this copy of Hearth yet."))
            return
        button.setEnabled(self.selected_referral() is not None)
        button.setToolTip(
            _(
                "A page for the family in their language: what the service is, how to get "
                "there, opening times and what to bring"
            )
        )

    # ------------------------------------------------------------------ the consent gate
    def _consent_problem(self) -> str | None:
        """Why no referral can be made for this family now (``None``: it can)."""
        aggregate, services = self._aggregate(), self._services()
        if aggregate is None or services is None or aggregate.household.id is None:
            return _("Open a family first.")
        latest = services.consent.current(aggregate.household.id)
        try:
            check_writable(latest, self._today())
        except UserFacingError as error:
            return str(error)
        if ConsentPurpose.REFERRAL_SHARING not in granted_purposes(latest, self._today()):
            sharing = latest.get(ConsentPurpose.REFERRAL_SHARING)
            if sharing is not None and sharing.decision is ConsentDecision.WITHDRAWN:
                return _(
                    "The family withdrew their consent to share their details with services, "
                    "so no referral can be made and nothing was saved. If they want a referral "
                    "now, review consent with them first."
                )
            return _(
                "The family has not agreed to share their details with a service, so no "
                "referral can be made and nothing was saved. Review consent with them (with "
                "the interpreter if needed), or give them the service's details so they can "
                "contact it themselves."
            )
        return None

    def make_referral(self) -> bool:
        """Start a new referral: consent to share first, then the form. Return if it opened."""
        ui = self.ui
        problem = self._consent_problem()
        ui.consent_frame.setVisible(problem is not None)
        if problem is not None:
            ui.consent_message_label.setText(problem)
            ui.consent_message_label.setStyleSheet(_WARNING_STYLE)
            ui.new_referral_group.setVisible(False)
            ui.review_consent_button.setFocus()
            return False
        aggregate = self._aggregate()
        assert aggregate is not None
        open_needs = [n for n in aggregate.needs if n.status.is_open and n.id is not None]
        if not open_needs:
            ui.consent_frame.setVisible(True)
            ui.consent_message_label.setStyleSheet(MESSAGE_STYLE)
            ui.consent_message_label.setText(
                _("The family has no open need to refer. Add the need on the Needs tab first.")
            )
            return False
        combo = ui.need_combo
        combo.blockSignals(True)
        combo.clear()
        for need in open_needs:
            text = label(need.category)
            if need.note:
                text = _("{need}: {note}").format(need=text, note=isolate(need.note))
            combo.addItem(text, need.id)
        selected = self._page._selected_need()
        index = combo.findData(selected.id) if selected is not None else -1
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        self._fill_services()
        ui.referred_radio.setChecked(True)
        ui.new_follow_up_check.setChecked(True)
        ui.new_follow_up_edit.setEnabled(True)
        ui.new_follow_up_edit.setDate(_qdate(self._today()).addDays(_DEFAULT_FOLLOW_UP_DAYS))
        ui.new_message_label.setVisible(False)
        ui.new_referral_group.setVisible(True)
        ui.selected_group.setVisible(False)
        combo.setFocus()
        return True

    def _selected_need(self) -> Need | None:
        aggregate = self._aggregate()
        need_id = self.ui.need_combo.currentData()
        if aggregate is None or need_id is None:
            return None
        return next((n for n in aggregate.needs if n.id == need_id), None)

    def _fill_services(self) -> None:
        ui = self.ui
        ui.service_list.clear()
        need, aggregate = self._selected_need(), self._aggregate()
        if need is None or aggregate is None:
            return
        language = aggregate.household.preferred_language
        matching = services_for_need(self._directory.values(), need.category, language)
        for service in matching:
            text = isolate(service.name)
            if offers_language(service, language):
                text = _("{service} — speaks {language}").format(
                    service=isolate(service.name), language=isolate(language_name(language))
                )
            text += " · " + label(service.access)
            item = QListWidgetItem(text)
            item.setData(_ID, service.id)
            tip = " · ".join(v for v in (service.address, service.opening_times) if v)
            item.setToolTip(tip)
            ui.service_list.addItem(item)
        if matching:
            ui.service_list.setCurrentRow(0)
            ui.service_hint_label.setText(
                _("Services that speak {language} are listed first.").format(
                    language=isolate(language_name(language))
                )
                if language
                else ""
            )
        else:
            ui.service_hint_label.setText(
                _(
                    "No service in the directory helps with this need yet. Add one on the "
                    "Services page, then come back."
                )
            )
        ui.save_referral_button.setEnabled(bool(matching))

    def _cancel_new(self) -> None:
        self.ui.new_referral_group.setVisible(False)
        self._show_selected()

    # ------------------------------------------------------------------ saving
    def _say(self, message_label: Any, text: str | None) -> None:
        message_label.setText(text or "")
        message_label.setVisible(bool(text))

    def _follow_up(self, service: Service, due: date) -> FollowUp:
        return FollowUp(
            what=_("Follow up the referral to {service}").format(service=service.name),
            due_on=due,
            source=FollowUpSource.REFERRAL,
        )

    def save_referral(self) -> bool:
        """Save the new referral (and its follow-up) once consent to share is checked again."""
        ui = self.ui
        problem = self._consent_problem()
        if problem is not None:
            self.make_referral()  # shows why, saves nothing
            return False
        need = self._selected_need()
        item = ui.service_list.currentItem()
        service = self._directory.get(item.data(_ID)) if item is not None else None
        if need is None or need.id is None or service is None or service.id is None:
            self._say(ui.new_message_label, _("Choose the need and the service to refer to."))
            return False
        today = self._today()
        follow_up = (
            _pydate(ui.new_follow_up_edit.date()) if ui.new_follow_up_check.isChecked() else None
        )
        if follow_up is not None and follow_up < today:
            self._say(ui.new_message_label, rules.not_before(follow_up, today))
            return False
        status = (
            ReferralStatus.REFERRED if ui.referred_radio.isChecked() else ReferralStatus.SUGGESTED
        )
        referral = Referral(
            need_id=need.id,
            service_id=service.id,
            consent_to_share=True,
            status=status,
            referred_on=today if status is ReferralStatus.REFERRED else None,
            status_changed_on=today,
            follow_up_on=follow_up,
            history=(ReferralStatusChange(status, today),),
        )
        services = self._services()
        household_id = self._page.household_id()
        stored: list[Referral] = []

        def action() -> None:
            with services.transaction():
                stored.append(services.referrals.add(referral))
                if follow_up is not None:
                    services.follow_ups.add(household_id, self._follow_up(service, follow_up))

        if status is ReferralStatus.REFERRED:
            done = _("Saved. {need} is referred to {service}.")
            if need.status is not NeedStatus.REFERRED:
                done += " " + _("The need is now marked referred too.")
        else:
            done = _("Saved. {service} is suggested for {need}; nothing was sent yet.")
        if follow_up is not None:
            done += " " + _("A follow-up is on the Today list for {date}.").format(
                date=format_day(follow_up)
            )
        ok: bool = self._page._commit(
            "referral",
            action,
            done.format(need=label(need.category), service=service.name),
        )
        if ok:
            ui.new_referral_group.setVisible(False)
            if stored and stored[0].id is not None:
                self.select_referral(stored[0].id)
        else:
            self._say(ui.new_message_label, self._page.feedback())
        return ok

    def record_status(self) -> bool:
        """Move the chosen referral on, with its date, outcome and an optional follow-up."""
        ui = self.ui
        referral = self.selected_referral()
        if referral is None or referral.id is None or not next_statuses(referral):
            return False
        status = ReferralStatus(ui.status_combo.currentData())
        on = _pydate(ui.status_date_edit.date())
        last = last_change_on(referral)
        problem = rules.not_in_future(on, today=self._today())
        if problem is None and last is not None:
            problem = rules.not_before(on, last.changed_on)
        outcome = ui.outcome_edit.text().strip()
        outcome_problem = rules.max_length(rules.MAX_NOTE_CHARS)(outcome)
        follow_up = _pydate(ui.follow_up_edit.date()) if ui.follow_up_check.isChecked() else None
        if problem is None and follow_up is not None:
            problem = rules.not_before(follow_up, on)
        self._say(ui.status_message_label, problem)
        self._say(ui.outcome_message, outcome_problem)
        if problem or outcome_problem:
            return False
        if status in {ReferralStatus.REFERRED, ReferralStatus.ACCEPTED, ReferralStatus.COMPLETED}:
            consent = self._consent_problem()
            if consent is not None:
                self._say(ui.status_message_label, consent)
                ui.consent_frame.setVisible(True)
                ui.consent_message_label.setText(consent)
                return False
        services = self._services()
        household_id = self._page.household_id()
        service = self._directory.get(referral.service_id)
        referral_id = referral.id

        def action() -> None:
            with services.transaction():
                services.referrals.change_status(
                    referral_id,
                    status,
                    on,
                    outcome=outcome if outcome != referral.outcome else None,
                    follow_up_on=follow_up,
                )
                if follow_up is not None and service is not None:
                    services.follow_ups.add(household_id, self._follow_up(service, follow_up))

        done = _("Saved. The referral is {status} ({date}).").format(
            status=label(status), date=format_day(on)
        )
        if follow_up is not None:
            done += " " + _("A follow-up is on the Today list for {date}.").format(
                date=format_day(follow_up)
            )
        ok: bool = self._page._commit("referral_status", action, done)
        if ok:
            self.select_referral(referral_id)
        else:
            self._say(ui.status_message_label, self._page.feedback())
        return ok

    # ------------------------------------------------------------------ the slip
    def ask_slip_path(self, suggested: str) -> Path | None:
        """Ask where to save the slip PDF (tests replace this)."""
        path, _filter = QFileDialog.getSaveFileName(
            self, _("Save the referral slip"), str(Path.home() / suggested), _("PDF files (*.pdf)")
        )
        return Path(path) if path else None

    def print_slip(self) -> Path | None:
        """Write the family's slip for the chosen referral, in the family's language."""
        aggregate, referral = self._aggregate(), self.selected_referral()
        if self._slip_writer is None or aggregate is None or referral is None:
            return None
        service = self._directory.get(referral.service_id)
        if service is None:
            return None
        household = aggregate.household
        # The file name carries the reference code only: no family name on disk.
        path = self.ask_slip_path(
            _("referral-slip-{reference}.pdf").format(reference=household.reference)
        )
        if path is None:
            return None
        language = household.preferred_language or current_language()
        try:
            self._slip_writer(path, aggregate, referral, service, language)
        except OSError:
            self._page._set_feedback(
                _("The slip could not be saved there. Choose another folder and try again."),
                error=True,
            )
            return None
        self._page._set_feedback(
            _("Saved the slip as {name}. Print it and give it to the family.").format(
                name=path.name
            ),
            error=False,
        )
        return path


def attach(page: QWidget, **kwargs: Any) -> ReferralsTab:
    """Add the referral actions to a family page."""
    return ReferralsTab(page, **kwargs)
