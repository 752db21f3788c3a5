"""The Today page: what needs doing now, and one click to the family it is for.

Overdue follow-ups, follow-ups due this week, unfinished intakes and consent reviews due;
one click (or Enter) on a line opens the family or resumes the intake.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem, QWidget

from desktop_app.gui.families_page import INTAKE_DRAFT_KIND, style_title
from desktop_app.gui.forms.ui_today_page import Ui_TodayPage
from desktop_app.gui.labels import format_day, isolate, label
from desktop_app.i18n import _

#: Days ahead that count as "this week".
WEEK_DAYS = 7
#: At most this many lines per list (the Families page's overdue filter shows them all).
LIST_LIMIT = 200

_TARGET_ROLE = int(Qt.ItemDataRole.UserRole) + 1
_OPEN_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter}


def _who(reference: str, alias: str) -> str:
    return f"{reference} · {isolate(alias)}" if alias else reference


class TodayPage(QWidget):
    """Lists of things due; emits ``open_household`` or ``resume_draft`` when one is picked."""

    open_household = Signal(int)
    resume_draft = Signal(str, str)
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
        style_title(self.ui.title_label)
        for widget in self.lists():
            # Wrapped lines are laid out again when the list changes width.
            widget.setResizeMode(QListView.ResizeMode.Adjust)
            widget.itemClicked.connect(self._activate)
            widget.installEventFilter(self)
        self.ui.refresh_button.clicked.connect(self.refresh)
        self.set_services(None)

    def lists(self) -> list[QListWidget]:
        """The four lists, in reading order."""
        ui = self.ui
        return [ui.overdue_list, ui.due_list, ui.drafts_list, ui.consent_list]

    # ------------------------------------------------------------------ session
    def set_services(self, services: Any) -> None:
        """Show what is due in the vault; ``None`` (locked) empties every list."""
        self._services = services
        self.refresh()

    def refresh(self) -> None:
        """Fill the lists again from the vault."""
        ui = self.ui
        for widget in self.lists():
            widget.clear()
        today = self._today()
        ui.date_label.setText(format_day(today) if self._services is not None else "")
        ui.refresh_button.setEnabled(self._services is not None)
        if self._services is None:
            self._titles([0, 0, 0, 0])
            return
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
                what=item.follow_up.what,
                date=format_day(item.follow_up.due_on),
            )
            self._add(ui.overdue_list, text, ("household", item.follow_up.household_id))
        for item in due:
            text = _("{who} — {what} ({date})").format(
                who=_who(item.reference, item.alias),
                what=item.follow_up.what,
                date=format_day(item.follow_up.due_on),
            )
            self._add(ui.due_list, text, ("household", item.follow_up.household_id))
        drafts = self._services.drafts.saved(self._draft_kind)
        for draft in drafts:
            saved = draft.saved_at.astimezone()
            text = _("Intake saved {date} at {time}").format(
                date=format_day(saved.date()), time=saved.strftime("%H:%M")
            )
            self._add(ui.drafts_list, text, ("draft", draft.kind, draft.key))
        reviews = self._consent_reviews(today)
        self._titles([len(overdue), len(due), len(drafts), len(reviews)])
        self._placeholders()
        self.refreshed.emit()

    def _consent_reviews(self, today: date) -> list[int]:
        """One line per household: which purposes are due for review, since when."""
        by_household: dict[int, list[Any]] = {}
        for event in self._services.consent.due_for_review(today):
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
            _("Overdue ({count})"),
            _("Due this week ({count})"),
            _("Unfinished intakes ({count})"),
            _("Consent reviews due ({count})"),
        ]
        groups = [ui.overdue_group, ui.due_group, ui.drafts_group, ui.consent_group]
        for group, title, count in zip(groups, titles, counts, strict=True):
            group.setTitle(title.format(count=count))

    def _placeholders(self) -> None:
        empty = [
            _("Nothing overdue."),
            _("Nothing due in the next seven days."),
            _("No unfinished intakes."),
            _("No consent reviews are due."),
        ]
        for widget, text in zip(self.lists(), empty, strict=True):
            if widget.count() == 0:
                item = QListWidgetItem(text, widget)
                item.setFlags(Qt.ItemFlag.NoItemFlags)

    # ------------------------------------------------------------------ opening
    def _activate(self, item: QListWidgetItem) -> None:
        target = item.data(_TARGET_ROLE)
        if not target:
            return
        if target[0] == "household":
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
        ):
            item = watched.currentItem()
            if item is not None:
                self._activate(item)
                return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate every text when the application language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.refresh()
        super().changeEvent(event)
