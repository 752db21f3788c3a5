"""The Today page: what needs doing now, and one click to the family it is for.

This week's planned visits (for one worker — by default the signed-in one — or for
everyone), households whose visit rhythm slipped, overdue follow-ups, follow-ups due
this week, unfinished intakes and consent reviews due. One click (or Enter) on a line
opens the family or resumes the intake; with a line selected, *Log contact…* logs a
contact with that family, and a follow-up can be ticked off or rescheduled here.

Every date comes from the ``today`` provider, so tests move a fake clock.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent
from PySide6.QtWidgets import QComboBox, QListView, QListWidget, QListWidgetItem, QWidget

from desktop_app.core.errors import UserFacingError
from desktop_app.core.models import ConsentPurpose
from desktop_app.gui.contacts_tab import LOG_CONTACT_SHORTCUT, since_text
from desktop_app.gui.families_page import INTAKE_DRAFT_KIND, style_title
from desktop_app.gui.forms.ui_today_page import Ui_TodayPage
from desktop_app.gui.labels import format_day, label
from desktop_app.gui.validation import MESSAGE_STYLE
from desktop_app.i18n import _, isolate, ngettext

#: Days ahead that count as "this week".
WEEK_DAYS = 7
#: At most this many lines per list (the Families page's filters show them all).
LIST_LIMIT = 200

_TARGET_ROLE = int(Qt.ItemDataRole.UserRole) + 1
_OPEN_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter}
_DONE_STYLE = "color: #1e6b34;"
#: The worker choice meaning "everyone's households".
EVERYONE = ""


def _who(reference: str, alias: str) -> str:
    return f"{reference} · {isolate(alias)}" if alias else reference


class TodayPage(QWidget):
    """Lists of things due; emits what the person asked for (opens no dialog itself)."""

    open_household = Signal(int)
    resume_draft = Signal(str, str)
    #: Log a contact with this household (id).
    log_contact_requested = Signal(int)
    #: Reschedule a follow-up: household id, follow-up id.
    edit_follow_up_requested = Signal(int, int)
    #: A follow-up of this household was committed here (ticked off).
    follow_up_changed = Signal(int)
    #: Emitted after the lists were filled again.
    refreshed = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
        draft_kind: str = INTAKE_DRAFT_KIND,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_TodayPage()
        self.ui.setupUi(self)
        self._today = today
        self._draft_kind = draft_kind
        self._services: Any = None
        self._worker: str | None = None  # None: not chosen yet (default on first refresh)
        self._active: QListWidget = self.ui.planned_list
        style_title(self.ui.title_label)
        for widget in self.lists():
            # Wrapped lines are laid out again when the list changes width.
            widget.setResizeMode(QListView.ResizeMode.Adjust)
            widget.itemClicked.connect(self._activate)
            widget.installEventFilter(self)
            widget.currentItemChanged.connect(lambda _now, _before, w=widget: self._set_active(w))
        ui = self.ui
        ui.refresh_button.clicked.connect(self.refresh)
        ui.worker_combo.activated.connect(self._on_worker_chosen)
        ui.log_contact_button.clicked.connect(self._request_log)
        ui.done_button.clicked.connect(self.complete_selected)
        ui.reschedule_button.clicked.connect(self._request_reschedule)
        height = int(QFontMetrics(self.font()).height() * 2.1)
        for button in (
            ui.log_contact_button,
            ui.done_button,
            ui.reschedule_button,
            ui.refresh_button,
            ui.worker_combo,
        ):
            button.setMinimumHeight(height)
        ui.worker_combo.setMinimumContentsLength(18)
        ui.worker_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        ui.feedback_label.setVisible(False)
        self._retranslate_extras()
        self.set_services(None)

    def lists(self) -> list[QListWidget]:
        """The six lists, in reading order."""
        ui = self.ui
        return [
            ui.planned_list,
            ui.slipped_list,
            ui.overdue_list,
            ui.due_list,
            ui.drafts_list,
            ui.consent_list,
        ]

    # ------------------------------------------------------------------ session
    def set_services(self, services: Any) -> None:
        """Show what is due in the vault; ``None`` (locked) empties every list."""
        self._services = services
        self._worker = None
        self._say("", _DONE_STYLE)
        self.refresh()

    def worker(self) -> str | None:
        """Whose visits are shown: a staff member, or None for everyone."""
        return self._worker or None

    def set_worker(self, worker: str | None) -> None:
        """Show one worker's visits (None: everyone's) and refresh."""
        self._worker = worker or EVERYONE
        self.refresh()

    def _fill_workers(self) -> None:
        combo = self.ui.worker_combo
        combo.clear()
        if self._services is None:
            return
        households = self._services.households
        actor = str(getattr(self._services, "actor", "") or "")
        if self._worker is None:
            # The signed-in worker's own visits, when any family is assigned to them.
            self._worker = actor if actor and households.has_assigned(actor) else EVERYONE
        names = households.workers()
        for name in (actor, self._worker):
            if name and name not in names:
                names.append(name)
        combo.addItem(_("Everyone"), EVERYONE)
        for name in sorted(names, key=str.casefold):
            text = _("{name} (you)").format(name=isolate(name)) if name == actor else name
            combo.addItem(text, name)
        combo.setCurrentIndex(max(combo.findData(self._worker), 0))

    def _on_worker_chosen(self, index: int) -> None:
        self._worker = str(self.ui.worker_combo.itemData(index) or EVERYONE)
        self.refresh()

    def refresh(self) -> None:
        """Fill the lists again from the vault."""
        ui = self.ui
        for widget in self.lists():
            widget.clear()
        today = self._today()
        ui.date_label.setText(format_day(today) if self._services is not None else "")
        ui.refresh_button.setEnabled(self._services is not None)
        ui.worker_combo.setEnabled(self._services is not None)
        self._fill_workers()
        if self._services is None:
            self._titles([0, 0, 0, 0, 0, 0])
            self._update_buttons()
            return
        planned = self._planned_visits(today)
        slipped = self._slipped(today)
        follow_ups = self._services.follow_ups
        overdue = follow_ups.overdue(today, limit=LIST_LIMIT)
        due = [
            item
            for item in follow_ups.due(
                today, within_days=WEEK_DAYS, limit=LIST_LIMIT + len(overdue)
            )
            if not item.overdue
        ][:LIST_LIMIT]
        for item in overdue:
            text = _("{who} — {what} (due {date})").format(
                who=_who(item.reference, item.alias),
                what=isolate(item.follow_up.what),
                date=format_day(item.follow_up.due_on),
            )
            self._add(ui.overdue_list, text, self._follow_up_target(item))
        for item in due:
            text = _("{who} — {what} ({date})").format(
                who=_who(item.reference, item.alias),
                what=isolate(item.follow_up.what),
                date=format_day(item.follow_up.due_on),
            )
            self._add(ui.due_list, text, self._follow_up_target(item))
        drafts = self._services.drafts.saved(self._draft_kind)
        for draft in drafts:
            saved = draft.saved_at.astimezone()
            text = _("Intake saved {date} at {time}").format(
                date=format_day(saved.date()), time=saved.strftime("%H:%M")
            )
            self._add(ui.drafts_list, text, ("draft", draft.kind, draft.key))
        reviews = self._consent_reviews(today)
        self._titles([planned, slipped, len(overdue), len(due), len(drafts), len(reviews)])
        self._placeholders()
        self._update_buttons()
        self.refreshed.emit()

    @staticmethod
    def _follow_up_target(item: Any) -> tuple[Any, ...]:
        return ("follow_up", item.follow_up.household_id, item.follow_up.id)

    def _planned_visits(self, today: date) -> int:
        """This week's visits due (overdue ones first) and follow-ups; return the count."""
        worker = self.worker()
        until = today + timedelta(days=WEEK_DAYS)
        households = self._services.households
        visits = households.visits_due(until, worker=worker, today=today, limit=LIST_LIMIT)
        follow_ups = self._services.follow_ups.due_for_worker(
            worker, today, until, limit=LIST_LIMIT
        )
        lines: list[tuple[date, int, str, tuple[Any, ...]]] = []
        for row in visits:
            assert row.next_contact_due is not None
            when = format_day(row.next_contact_due)
            if row.slipped:
                when = _("{date} (slipped)").format(date=when)
            elif row.next_contact_due < today:
                when = _("{date} (overdue)").format(date=when)
            text = _("{date} — {who}: visit · {since}").format(
                date=when,
                who=_who(row.reference, row.alias),
                since=since_text(row.days_since_last_contact),
            )
            lines.append((row.next_contact_due, 0, text, ("household", row.id)))
        for item in follow_ups:
            text = _("{date} — {who}: {what}").format(
                date=format_day(item.follow_up.due_on),
                who=_who(item.reference, item.alias),
                what=isolate(item.follow_up.what),
            )
            lines.append((item.follow_up.due_on, 1, text, self._follow_up_target(item)))
        lines.sort(key=lambda line: (line[0], line[1]))
        for _day, _order, text, target in lines[:LIST_LIMIT]:
            self._add(self.ui.planned_list, text, target)
        count = households.count_visits_due(until, worker=worker)
        return int(count) + len(follow_ups)

    def _slipped(self, today: date) -> int:
        """Households whose rhythm slipped, longest first; return how many there are."""
        households = self._services.households
        worker = self.worker()
        for row in households.slipped(today, worker=worker, limit=LIST_LIMIT):
            if row.days_since_last_contact is not None:
                gap = ngettext(
                    "no contact for {days} day",
                    "no contact for {days} days",
                    row.days_since_last_contact,
                ).format(days=row.days_since_last_contact)
            else:
                gap = _("no contact yet")
            text = _("{who} — {gap} (visit was due {date})").format(
                who=_who(row.reference, row.alias),
                gap=gap,
                date=format_day(row.next_contact_due),
            )
            self._add(self.ui.slipped_list, text, ("household", row.id))
        return int(households.count_slipped(today, worker=worker))

    def _consent_reviews(self, today: date) -> list[int]:
        """One line per household: which purposes are due for review, since when."""
        by_household: dict[int, list[Any]] = {}
        # Enough decisions for LIST_LIMIT households (each has a few purposes).
        events = self._services.consent.due_for_review(
            today, limit=(LIST_LIMIT + 1) * len(ConsentPurpose)
        )
        for event in events:
            by_household.setdefault(event.household_id, []).append(event)
            if len(by_household) > LIST_LIMIT:
                del by_household[event.household_id]
                break
        households = self._services.households
        shown: list[int] = []
        for household_id, events in by_household.items():
            row = households.row(household_id, today=today)
            if row is None:
                continue
            text = _("{who} — {purposes} (review due since {date})").format(
                who=_who(row.reference, row.alias),
                purposes=", ".join(label(e.purpose) for e in events),
                date=format_day(min(e.review_on for e in events)),
            )
            self._add(self.ui.consent_list, text, ("household", row.id))
            shown.append(row.id)
        return shown

    def _add(self, widget: QListWidget, text: str, target: tuple[Any, ...]) -> None:
        item = QListWidgetItem(text, widget)
        item.setData(_TARGET_ROLE, target)

    def _titles(self, counts: list[int]) -> None:
        ui = self.ui
        titles = [
            _("This week's planned visits ({count})"),
            _("Slipped visits ({count})"),
            _("Overdue ({count})"),
            _("Due this week ({count})"),
            _("Unfinished intakes ({count})"),
            _("Consent reviews due ({count})"),
        ]
        groups = [
            ui.planned_group,
            ui.slipped_group,
            ui.overdue_group,
            ui.due_group,
            ui.drafts_group,
            ui.consent_group,
        ]
        for group, title, count in zip(groups, titles, counts, strict=True):
            group.setTitle(title.format(count=count))

    def _placeholders(self) -> None:
        empty = [
            _("No visits planned for the next seven days."),
            _("No family's visits have slipped."),
            _("Nothing overdue."),
            _("Nothing due in the next seven days."),
            _("No unfinished intakes."),
            _("No consent reviews are due."),
        ]
        for widget, text in zip(self.lists(), empty, strict=True):
            if widget.count() == 0:
                item = QListWidgetItem(text, widget)
                item.setFlags(Qt.ItemFlag.NoItemFlags)

    def _retranslate_extras(self) -> None:
        ui = self.ui
        ui.log_contact_button.setToolTip(
            _("Log a visit, call or meeting with the family selected below ({shortcut})").format(
                shortcut=LOG_CONTACT_SHORTCUT
            )
        )
        ui.done_button.setToolTip(_("Tick off the selected follow-up, dated today"))
        ui.reschedule_button.setToolTip(_("Move the selected follow-up to another day"))
        ui.slipped_group.setToolTip(
            _("Families not seen for a whole visit cycle after their visit was due")
        )

    # ------------------------------------------------------------------ selection
    def _set_active(self, widget: QListWidget) -> None:
        self._active = widget
        self._update_buttons()

    def selected_target(self) -> tuple[Any, ...] | None:
        """The target of the selected line (in the list used last), or None."""
        item: QListWidgetItem | None = self._active.currentItem()
        if item is None:
            return None
        target = item.data(_TARGET_ROLE)
        return tuple(target) if target else None

    def selected_household(self) -> int | None:
        """The household of the selected line, if it is about one."""
        target = self.selected_target()
        if target is None or target[0] not in ("household", "follow_up"):
            return None
        return int(target[1])

    def _update_buttons(self) -> None:
        unlocked = self._services is not None
        target = self.selected_target() if unlocked else None
        on_follow_up = target is not None and target[0] == "follow_up"
        self.ui.log_contact_button.setEnabled(unlocked and self.selected_household() is not None)
        self.ui.done_button.setEnabled(on_follow_up)
        self.ui.reschedule_button.setEnabled(on_follow_up)

    def _say(self, text: str, style: str) -> None:
        self.ui.feedback_label.setStyleSheet(style)
        self.ui.feedback_label.setText(text)
        self.ui.feedback_label.setVisible(bool(text))

    def feedback(self) -> str:
        """The last message on the page ("" when none)."""
        return self.ui.feedback_label.text()

    def say_saved(self, text: str) -> None:
        """Show a "saved" line (after a dialog opened from here committed)."""
        self._say(text, _DONE_STYLE)

    # ------------------------------------------------------------------ actions
    def _request_log(self) -> None:
        household_id = self.selected_household()
        if household_id is not None:
            self.log_contact_requested.emit(household_id)

    def _request_reschedule(self) -> None:
        target = self.selected_target()
        if target is not None and target[0] == "follow_up":
            self.edit_follow_up_requested.emit(int(target[1]), int(target[2]))

    def complete_selected(self) -> bool:
        """Tick off the selected follow-up, dated today; say so only after COMMIT."""
        target = self.selected_target()
        if self._services is None or target is None or target[0] != "follow_up":
            return False
        household_id, follow_up_id = int(target[1]), int(target[2])
        follow_up = self._services.follow_ups.get(follow_up_id)
        try:
            self._services.follow_ups.mark_done(follow_up_id, self._today())
        except UserFacingError as error:
            self._say(_("Not saved. {problem}").format(problem=str(error)), MESSAGE_STYLE)
            return False
        active = self._active
        row = active.currentRow()
        self.refresh()
        what = follow_up.what if follow_up is not None else ""
        self._say(_("Done: {what}").format(what=isolate(what)), _DONE_STYLE)
        # Stay where the person was, on the next line.
        if active.count():
            active.setCurrentRow(min(row, active.count() - 1))
            active.setFocus()
        self.follow_up_changed.emit(household_id)
        return True

    # ------------------------------------------------------------------ opening
    def _activate(self, item: QListWidgetItem) -> None:
        target = item.data(_TARGET_ROLE)
        if not target:
            return
        if target[0] in ("household", "follow_up"):
            self.open_household.emit(int(target[1]))
        elif target[0] == "draft":
            self.resume_draft.emit(str(target[1]), str(target[2]))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on a line opens it."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(watched, QListWidget)
            and isinstance(event, QKeyEvent)
            and event.key() in _OPEN_KEYS
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            item = watched.currentItem()
            if item is not None:
                self._activate(item)
                return True
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QListWidget):
            self._set_active(watched)
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate every text when the application language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate_extras()
            self.refresh()
        super().changeEvent(event)
