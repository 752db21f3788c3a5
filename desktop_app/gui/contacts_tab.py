"""The family page's Contacts tab: the visit rhythm, who visits, contacts and follow-ups.

Above the timeline (which the family page fills): *Log contact…* and *Add a follow-up…*
(they open :class:`~desktop_app.gui.contact_dialog.ContactDialog` and
:class:`~desktop_app.gui.follow_up_dialog.FollowUpDialog` through the casework, which
keeps them across an auto-lock), the family's visit rhythm in words — last contact,
next visit due, overdue or slipped — with the family's own cadence and the worker who
visits, editable. Below it, the family's open follow-ups, to tick off or reschedule.

Every change goes through a repository and is said to be saved only after it returned.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import cadence
from desktop_app.core import validation as rules
from desktop_app.core.errors import UserFacingError
from desktop_app.core.models import FollowUp, HouseholdAggregate, HouseholdStatus
from desktop_app.gui.labels import format_day, label
from desktop_app.gui.validation import MESSAGE_STYLE, buddy_label
from desktop_app.gui.views import select_row
from desktop_app.i18n import _, isolate, ngettext

_DONE_STYLE = "color: #1e6b34;"
_SLIPPED_STYLE = "background: #fde7e9; color: #5c0a10; padding: 0.4em; border-radius: 4px;"
_FOLLOW_UP_ROLE = int(Qt.ItemDataRole.UserRole) + 1

#: The window-wide "Log contact" shortcut (shown in tooltips and the File menu).
LOG_CONTACT_SHORTCUT = "Ctrl+Shift+L"


def since_text(days: int | None) -> str:
    """Say how long ago the last contact was ("today", "12 days ago", "never")."""
    if days is None:
        return _("No contact yet")
    if days == 0:
        return _("Last contact today")
    return ngettext("Last contact {days} day ago", "Last contact {days} days ago", days).format(
        days=days
    )


def rhythm_text(state: cadence.VisitRhythm) -> str:
    """The visit rhythm of a family in one or two plain sentences."""
    if state.is_default and state.early:
        every = _("Visit rhythm: every {days} days (the family's first three months).")
    elif state.is_default:
        every = _("Visit rhythm: every {days} days.")
    else:
        every = _("This family's own rhythm: every {days} days.")
    parts = [every.format(days=state.cadence_days), since_text(state.days_since_last_contact)]
    if state.next_due is not None:
        if state.slipped:
            parts.append(
                ngettext(
                    "Slipped: the visit was due {date}, {days} day ago — a whole cycle missed.",
                    "Slipped: the visit was due {date}, {days} days ago — a whole cycle missed.",
                    state.days_overdue,
                ).format(date=format_day(state.next_due), days=state.days_overdue)
            )
        elif state.overdue:
            parts.append(
                ngettext(
                    "Next visit was due {date}: {days} day overdue.",
                    "Next visit was due {date}: {days} days overdue.",
                    state.days_overdue,
                ).format(date=format_day(state.next_due), days=state.days_overdue)
            )
        else:
            parts.append(_("Next visit due {date}.").format(date=format_day(state.next_due)))
    return " · ".join(parts)


class ContactsTab(QObject):
    """Adds the rhythm, the worker, the dialogs and follow-ups to the Contacts tab."""

    #: The person asked to log a contact for this household.
    log_contact_requested = Signal(int)
    #: Add a follow-up for the household (id); about is "general", "need:7", "referral:3".
    add_follow_up_requested = Signal(int, str)
    #: Reschedule (change) a follow-up: household id, follow-up id.
    edit_follow_up_requested = Signal(int, int)
    #: Something was committed (the page reloaded; lists showing the family should too).
    changed = Signal(int)

    def __init__(self, page: Any, *, today: Callable[[], date] = date.today) -> None:
        super().__init__(page)
        self._page = page
        self._today = today
        self._aggregate: HouseholdAggregate | None = None
        self._follow_ups: list[FollowUp] = []
        self._build(page.ui)
        page.shown.connect(self.show_household)
        page.cleared.connect(self.clear)
        page.ui.contacts_tab.installEventFilter(self)
        self.retranslate()
        self.clear()

    # ------------------------------------------------------------------ building
    def _build(self, ui: Any) -> None:
        tab = ui.contacts_content
        height = int(QFontMetrics(tab.font()).height() * 2.1)
        self.log_button = QPushButton(tab)
        self.log_button.setObjectName("log_contact_button")
        self.add_follow_up_button = QPushButton(tab)
        self.add_follow_up_button.setObjectName("add_follow_up_button")
        actions = QHBoxLayout()
        actions.addWidget(self.log_button)
        actions.addWidget(self.add_follow_up_button)
        actions.addStretch(1)

        self.rhythm_group = QGroupBox(tab)
        self.rhythm_group.setObjectName("rhythm_group")
        grid = QGridLayout(self.rhythm_group)
        self.rhythm_label = QLabel(self.rhythm_group)
        self.rhythm_label.setObjectName("rhythm_label")
        self.rhythm_label.setWordWrap(True)
        self.rhythm_label.setTextFormat(Qt.TextFormat.PlainText)
        self.cadence_label = QLabel(self.rhythm_group)
        self.cadence_spin = QSpinBox(self.rhythm_group)
        self.cadence_spin.setObjectName("cadence_spin")
        self.cadence_spin.setRange(0, cadence.MAX_CADENCE_DAYS)
        self.worker_label = QLabel(self.rhythm_group)
        self.worker_combo = QComboBox(self.rhythm_group)
        self.worker_combo.setObjectName("worker_combo")
        self.worker_combo.setEditable(True)
        self.worker_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.save_rhythm_button = QPushButton(self.rhythm_group)
        self.save_rhythm_button.setObjectName("save_rhythm_button")
        self.rhythm_message = QLabel(self.rhythm_group)
        self.rhythm_message.setObjectName("rhythm_message")
        self.rhythm_message.setWordWrap(True)
        grid.addWidget(self.rhythm_label, 0, 0, 1, 4)
        grid.addWidget(self.cadence_label, 1, 0)
        grid.addWidget(self.cadence_spin, 1, 1)
        grid.addWidget(self.worker_label, 1, 2)
        grid.addWidget(self.worker_combo, 1, 3)
        grid.addWidget(self.save_rhythm_button, 2, 3, Qt.AlignmentFlag.AlignTrailing)
        grid.addWidget(self.rhythm_message, 3, 0, 1, 4)
        grid.setColumnStretch(3, 1)

        self.follow_ups_group = QGroupBox(tab)
        self.follow_ups_group.setObjectName("follow_ups_group")
        box = QVBoxLayout(self.follow_ups_group)
        self.follow_ups_table = QTableWidget(self.follow_ups_group)
        self.follow_ups_table.setObjectName("follow_ups_table")
        self.follow_ups_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.follow_ups_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.follow_ups_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.follow_ups_table.setTabKeyNavigation(False)
        self.follow_ups_table.verticalHeader().setVisible(False)
        self.follow_ups_table.horizontalHeader().setStretchLastSection(True)
        self.follow_ups_table.setMinimumHeight(height * 4)
        self.done_button = QPushButton(self.follow_ups_group)
        self.done_button.setObjectName("follow_up_done_button")
        self.reschedule_button = QPushButton(self.follow_ups_group)
        self.reschedule_button.setObjectName("follow_up_reschedule_button")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.reschedule_button)
        self.follow_ups_message = QLabel(self.follow_ups_group)
        self.follow_ups_message.setWordWrap(True)
        box.addWidget(self.follow_ups_table)
        box.addLayout(buttons)
        box.addWidget(self.follow_ups_message)

        layout = ui.contacts_layout
        layout.insertLayout(0, actions)
        layout.insertWidget(1, self.rhythm_group)
        layout.addWidget(self.follow_ups_group)
        for widget in (
            self.log_button,
            self.add_follow_up_button,
            self.cadence_spin,
            self.worker_combo,
            self.save_rhythm_button,
            self.done_button,
            self.reschedule_button,
        ):
            widget.setMinimumHeight(height)
        buddy_label(self.cadence_label, self.cadence_spin)
        buddy_label(self.worker_label, self.worker_combo)
        # Tab order: actions, rhythm controls, the timeline, then the follow-ups.
        QWidget.setTabOrder(self.log_button, self.add_follow_up_button)
        QWidget.setTabOrder(self.add_follow_up_button, self.cadence_spin)
        QWidget.setTabOrder(self.cadence_spin, self.worker_combo)
        QWidget.setTabOrder(self.worker_combo, self.save_rhythm_button)
        QWidget.setTabOrder(self.save_rhythm_button, ui.contacts_table)
        QWidget.setTabOrder(ui.contacts_table, self.follow_ups_table)
        QWidget.setTabOrder(self.follow_ups_table, self.done_button)
        QWidget.setTabOrder(self.done_button, self.reschedule_button)

        self.log_button.clicked.connect(self._request_log)
        self.add_follow_up_button.clicked.connect(self._request_follow_up)
        self.save_rhythm_button.clicked.connect(self.save_rhythm)
        self.done_button.clicked.connect(self.complete_selected)
        self.reschedule_button.clicked.connect(self._request_reschedule)
        self.follow_ups_table.itemSelectionChanged.connect(self._update_buttons)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Retranslate with the page."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        """Texts in the staff language."""
        self.log_button.setText(_("&Log contact…"))
        self.log_button.setToolTip(
            _("Log a visit, call or meeting with this family ({shortcut})").format(
                shortcut=LOG_CONTACT_SHORTCUT
            )
        )
        self.add_follow_up_button.setText(_("Add a follo&w-up…"))
        self.add_follow_up_button.setToolTip(
            _("Something to do for this family by a date, about a need or a referral")
        )
        self.rhythm_group.setTitle(_("Visit rhythm"))
        self.cadence_label.setText(_("Visit e&very (days):"))
        self.cadence_spin.setSpecialValueText(
            _("Default: {early} days, then {settled}").format(
                early=cadence.EARLY_CADENCE_DAYS, settled=cadence.SETTLED_CADENCE_DAYS
            )
        )
        self.cadence_spin.setToolTip(
            _(
                "Every {early} days in the family's first three months, then every {settled} "
                "days, unless you set the family's own rhythm here."
            ).format(early=cadence.EARLY_CADENCE_DAYS, settled=cadence.SETTLED_CADENCE_DAYS)
        )
        self.cadence_spin.setAccessibleName(_("Visit every (days)"))
        self.worker_label.setText(_("Who v&isits:"))
        self.worker_combo.setAccessibleName(_("Who visits"))
        self.worker_combo.setToolTip(_("The staff member who visits this family"))
        self.save_rhythm_button.setText(_("Save rh&ythm"))
        self.follow_ups_group.setTitle(_("Follow-ups"))
        self.follow_ups_table.setAccessibleName(_("Follow-ups of this family"))
        self.done_button.setText(_("&Mark done"))
        self.reschedule_button.setText(_("Resched&ule…"))
        if self._aggregate is not None:
            self.show_household(self._aggregate)

    # ------------------------------------------------------------------ showing
    def _services(self) -> Any:
        return self._page._services

    def household_id(self) -> int | None:
        """The household on screen."""
        return None if self._aggregate is None else self._aggregate.household.id

    def clear(self) -> None:
        """Nothing about a family stays on screen (locked, or no family open)."""
        self._aggregate = None
        self._follow_ups = []
        self.rhythm_label.clear()
        self.worker_combo.clear()
        self.cadence_spin.setValue(0)
        self.follow_ups_table.clearContents()
        self.follow_ups_table.setRowCount(0)
        self._say(self.rhythm_message, "", MESSAGE_STYLE)
        self._say(self.follow_ups_message, "", MESSAGE_STYLE)
        self._update_buttons()

    def show_household(self, aggregate: HouseholdAggregate) -> None:
        """Show the rhythm, the worker and the follow-ups of the household on the page."""
        self._aggregate = aggregate
        household = aggregate.household
        today = self._today()
        last = aggregate.contacts[0] if aggregate.contacts else None
        asked_for = last.next_contact_due if last else None
        dates = cadence.schedule(household, last.contact_on if last else None, asked_for)
        state = cadence.rhythm(household, dates.last_contact_on, dates.next_due, today)
        self.rhythm_label.setText(rhythm_text(state))
        self.rhythm_label.setStyleSheet(_SLIPPED_STYLE if state.slipped else "")
        self.cadence_spin.setValue(household.visit_cadence_days or 0)
        self._fill_workers(household.assigned_worker)
        self._follow_ups = [f for f in aggregate.follow_ups if f.done_on is None]
        self._fill_follow_ups(aggregate, today)
        self._update_buttons()

    def _fill_workers(self, current: str) -> None:
        combo = self.worker_combo
        names: list[str] = []
        services = self._services()
        if services is not None:
            names += services.households.workers()
            vault = getattr(services, "vault", None)
            if vault is not None:
                names += vault.list_users()
        names = sorted({n for n in [*names, current] if n}, key=str.casefold)
        combo.clear()
        combo.addItems(names)
        combo.setCurrentIndex(combo.findText(current) if current else -1)
        combo.setEditText(current)

    def _fill_follow_ups(self, aggregate: HouseholdAggregate, today: date) -> None:
        table = self.follow_ups_table
        needs = {n.id: n for n in aggregate.needs}
        referrals = {r.id: r for r in aggregate.referrals}
        headers = [_("Due"), _("What"), _("About")]
        table.clearContents()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(self._follow_ups))
        for row, follow_up in enumerate(self._follow_ups):
            due = format_day(follow_up.due_on)
            if follow_up.due_on < today:
                due = _("{date} (overdue)").format(date=due)
            about = ""
            if follow_up.referral_id in referrals:
                referral = referrals[follow_up.referral_id]
                need = needs.get(referral.need_id)
                about = _("Referral for {need}").format(need=label(need.category) if need else "")
            elif follow_up.need_id in needs:
                about = label(needs[follow_up.need_id].category)
            cells = [due, follow_up.what, about]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(_FOLLOW_UP_ROLE, follow_up.id)
                table.setItem(row, column, item)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        if self._follow_ups:
            select_row(table, 0)  # not selectRow: it selects nothing right to left

    def selected_follow_up(self) -> FollowUp | None:
        """The follow-up selected in the table."""
        rows = self.follow_ups_table.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].row()
        return self._follow_ups[row] if 0 <= row < len(self._follow_ups) else None

    def _update_buttons(self) -> None:
        has_family = self._aggregate is not None and self._services() is not None
        open_case = has_family and (
            self._aggregate is not None and self._aggregate.household.status is HouseholdStatus.OPEN
        )
        for button in (self.log_button, self.add_follow_up_button, self.save_rhythm_button):
            button.setEnabled(has_family)
        self.cadence_spin.setEnabled(open_case)
        self.worker_combo.setEnabled(has_family)
        selected = self.selected_follow_up() is not None
        self.done_button.setEnabled(has_family and selected)
        self.reschedule_button.setEnabled(has_family and selected)

    def _say(self, widget: QLabel, text: str, style: str) -> None:
        widget.setStyleSheet(style)
        widget.setText(text)
        widget.setVisible(bool(text))

    # ------------------------------------------------------------------ actions
    def _request_log(self) -> None:
        household_id = self.household_id()
        if household_id is not None:
            self.log_contact_requested.emit(household_id)

    def _request_follow_up(self) -> None:
        household_id = self.household_id()
        if household_id is not None:
            self.add_follow_up_requested.emit(household_id, "general")

    def _request_reschedule(self) -> None:
        household_id, follow_up = self.household_id(), self.selected_follow_up()
        if household_id is not None and follow_up is not None and follow_up.id is not None:
            self.edit_follow_up_requested.emit(household_id, follow_up.id)

    def _after_commit(self, household_id: int) -> None:
        self._page.reload()
        self.changed.emit(household_id)

    def save_rhythm(self) -> bool:
        """Save the family's own cadence and who visits; say so only after COMMIT."""
        services, aggregate = self._services(), self._aggregate
        if services is None or aggregate is None or aggregate.household.id is None:
            return False
        worker = self.worker_combo.currentText().strip()
        problem = rules.max_length(rules.MAX_NAME_CHARS)(worker)
        if problem is not None:
            self._say(self.rhythm_message, problem, MESSAGE_STYLE)
            self.worker_combo.setFocus()
            return False
        household = dataclasses.replace(
            aggregate.household,
            visit_cadence_days=self.cadence_spin.value() or None,
            assigned_worker=worker,
        )
        try:
            services.households.update(household)
        except UserFacingError as error:
            self._say(
                self.rhythm_message,
                _("Not saved. {problem}").format(problem=str(error)),
                MESSAGE_STYLE,
            )
            return False
        self._after_commit(aggregate.household.id)
        self._say(self.rhythm_message, _("Saved. The visit rhythm is updated."), _DONE_STYLE)
        return True

    def complete_selected(self) -> bool:
        """Tick off the selected follow-up, dated today."""
        services, follow_up = self._services(), self.selected_follow_up()
        household_id = self.household_id()
        if services is None or follow_up is None or follow_up.id is None or household_id is None:
            return False
        try:
            services.follow_ups.mark_done(follow_up.id, self._today())
        except UserFacingError as error:
            self._say(
                self.follow_ups_message,
                _("Not saved. {problem}").format(problem=str(error)),
                MESSAGE_STYLE,
            )
            return False
        self._after_commit(household_id)
        self._say(
            self.follow_ups_message,
            _("Done: {what}").format(what=isolate(follow_up.what)),
            _DONE_STYLE,
        )
        return True

    def say_saved(self, text: str) -> None:
        """Show a dialog's "saved" line under the follow-ups (after it committed)."""
        self._say(self.follow_ups_message, text, _DONE_STYLE)


def attach(page: QWidget, **kwargs: Any) -> ContactsTab:
    """Add the visit rhythm, dialogs and follow-ups to a family page's Contacts tab."""
    return ContactsTab(page, **kwargs)
