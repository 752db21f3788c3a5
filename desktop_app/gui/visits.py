"""Visits wiring: the "Log contact" action, the contact and follow-up dialogs, and locks.

One controller, created by the casework controller, that

* owns the window-wide **Log contact…** action (File menu, :data:`LOG_CONTACT_SHORTCUT`):
  it logs a contact with the family in front of the person — the family page on
  screen, or the line selected on Today or in the Families list;
* opens :class:`ContactDialog` and :class:`FollowUpDialog` from Today and from the
  family page's Contacts tab (one dialog per family: asking again raises it);
* registers every open dialog with the session, so an auto-lock keeps its draft, and
  reopens the dialogs from their drafts after unlock;
* after a dialog committed, refreshes what shows the family and says "saved" in the
  status bar (never naming the family: the bar stays visible).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog

from desktop_app.core.models import Draft
from desktop_app.gui.contact_dialog import ContactDialog
from desktop_app.gui.contacts_tab import LOG_CONTACT_SHORTCUT, ContactsTab
from desktop_app.gui.follow_up_dialog import FollowUpDialog
from desktop_app.i18n import _

_STATUS_MS = 15_000


class VisitsController(QObject):
    """Opens the visit dialogs and keeps them safe across locks."""

    def __init__(
        self,
        window: Any,
        session: Any,
        today_page: Any,
        families: Any,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._session = session
        self._today_page = today_page
        self._families = families
        self._today = today
        self.open_dialogs: list[QDialog] = []
        self.contacts_tab: ContactsTab = families.contacts_tab

        self.log_contact_action = QAction(window)
        self.log_contact_action.setObjectName("log_contact_action")
        self.log_contact_action.setShortcut(QKeySequence(LOG_CONTACT_SHORTCUT))
        self.log_contact_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.log_contact_action.triggered.connect(lambda _checked=False: self.log_contact())
        self._add_to_menu(window)
        window.addAction(self.log_contact_action)
        window.installEventFilter(self)
        self.retranslate()

        session.register_draft_opener(ContactDialog.DRAFT_KIND, self._reopen_contact)
        session.register_draft_opener(FollowUpDialog.DRAFT_KIND, self._reopen_follow_up)
        session.locked.connect(lambda: self.log_contact_action.setEnabled(False))
        session.unlocked.connect(lambda _services: self.log_contact_action.setEnabled(True))
        self.log_contact_action.setEnabled(session.services is not None)

        today_page.log_contact_requested.connect(self.open_contact_dialog)
        today_page.edit_follow_up_requested.connect(
            lambda household_id, follow_up_id: self.open_follow_up_dialog(
                household_id, follow_up_id=follow_up_id
            )
        )
        today_page.follow_up_changed.connect(
            lambda household_id: self._after_change(household_id, today=False)
        )
        tab = self.contacts_tab
        tab.log_contact_requested.connect(self.open_contact_dialog)
        tab.add_follow_up_requested.connect(
            lambda household_id, about: self.open_follow_up_dialog(household_id, about=about)
        )
        tab.edit_follow_up_requested.connect(
            lambda household_id, follow_up_id: self.open_follow_up_dialog(
                household_id, follow_up_id=follow_up_id
            )
        )
        tab.changed.connect(self._after_change)

    def _add_to_menu(self, window: Any) -> None:
        menu = window.ui.file_menu
        actions = menu.actions()
        new_intake = next((a for a in actions if a.objectName() == "new_intake_action"), None)
        if new_intake is not None and new_intake in actions:
            index = actions.index(new_intake)
            after = actions[index + 1] if index + 1 < len(actions) else None
            if after is not None:
                menu.insertAction(after, self.log_contact_action)
            else:
                menu.addAction(self.log_contact_action)
        elif actions:
            menu.insertAction(actions[0], self.log_contact_action)
        else:
            menu.addAction(self.log_contact_action)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Retranslate the action with the window."""
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        """Texts in the staff language."""
        self.log_contact_action.setText(_("Log &contact…"))
        self.log_contact_action.setToolTip(
            _("Log a visit, call or meeting with the selected family ({shortcut})").format(
                shortcut=LOG_CONTACT_SHORTCUT
            )
        )

    # ------------------------------------------------------------ which family
    def current_household(self) -> int | None:
        """The family in front of the person: on screen, or selected in a list."""
        window, families = self._window, self._families
        section = window.SECTION_KEYS[window.current_section()]
        if section == "families":
            if families.currentWidget() is families.family_page:
                household_id: int | None = families.family_page.household_id()
                return household_id
            table = families.list_page.ui.families_table
            index = table.currentIndex()
            if index.isValid():
                return families.list_page.model.household_id(index.row())
            return None
        if section == "today":
            selected: int | None = self._today_page.selected_household()
            return selected
        return None

    def log_contact(self, household_id: int | None = None) -> ContactDialog | None:
        """Log a contact with ``household_id`` or the family in front of the person."""
        if self._session.services is None:
            return None
        chosen = household_id if household_id is not None else self.current_household()
        if chosen is None:
            self._window.ui.status_bar.showMessage(
                _(
                    "Choose a family first: open it, or select its line on Today or in "
                    "the Families list, then log the contact."
                ),
                _STATUS_MS,
            )
            return None
        return self.open_contact_dialog(chosen)

    # ------------------------------------------------------------ dialogs
    def _existing(self, kind: type[QDialog], key: str) -> QDialog | None:
        for dialog in self.open_dialogs:
            if isinstance(dialog, kind) and getattr(dialog, "draft_key", None) == key:
                dialog.raise_()
                dialog.activateWindow()
                return dialog
        return None

    def open_contact_dialog(self, household_id: int) -> ContactDialog | None:
        """Open (or raise) the contact dialog for a household."""
        services = self._session.services
        if services is None:
            return None
        existing = self._existing(ContactDialog, str(household_id))
        if isinstance(existing, ContactDialog):
            return existing
        dialog = ContactDialog.for_household(
            services, household_id, today=self._today, parent=self._window
        )
        if dialog is None:
            return None
        return self._track(dialog)

    def open_follow_up_dialog(
        self, household_id: int, *, about: str = "general", follow_up_id: int | None = None
    ) -> FollowUpDialog | None:
        """Open (or raise) a follow-up dialog: a new one, or to reschedule one."""
        services = self._session.services
        if services is None:
            return None
        key = f"{household_id}:{follow_up_id or 'new'}"
        existing = self._existing(FollowUpDialog, key)
        if isinstance(existing, FollowUpDialog):
            return existing
        aggregate = services.households.get(household_id)
        follow_up = services.follow_ups.get(follow_up_id) if follow_up_id is not None else None
        if aggregate is None or (follow_up_id is not None and follow_up is None):
            return None
        dialog = FollowUpDialog(
            services,
            aggregate,
            follow_up=follow_up,
            about=about,
            today=self._today,
            parent=self._window,
        )
        return self._track(dialog)

    def _reopen_contact(self, services: Any, draft: Draft) -> None:
        dialog = ContactDialog.from_draft(services, draft, today=self._today, parent=self._window)
        if dialog is not None:
            self._track(dialog)

    def _reopen_follow_up(self, services: Any, draft: Draft) -> None:
        dialog = FollowUpDialog.from_draft(services, draft, today=self._today, parent=self._window)
        if dialog is not None:
            self._track(dialog)

    def _track(self, dialog: Any) -> Any:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.open_dialogs.append(dialog)
        self._session.register_draft_source(dialog)
        dialog.saved.connect(lambda _record, d=dialog: self._after_save(d))
        dialog.finished.connect(lambda _result, d=dialog: self._forget(d))
        dialog.destroyed.connect(lambda _obj=None, d=dialog: self._forget(d))
        dialog.show()
        dialog.activateWindow()
        return dialog

    def _forget(self, dialog: Any) -> None:
        self._session.unregister_draft_source(dialog)
        if dialog in self.open_dialogs:
            self.open_dialogs.remove(dialog)

    def _after_save(self, dialog: Any) -> None:
        message = dialog.saved_message()
        self._window.ui.status_bar.showMessage(message, _STATUS_MS)
        self._after_change(dialog.household_id)
        if self._families.family_page.household_id() == dialog.household_id:
            self.contacts_tab.say_saved(message)
        self._today_page.say_saved(message)

    def _after_change(self, household_id: int, *, today: bool = True) -> None:
        """Refresh what shows the family (the family page, Today, the Families list)."""
        if self._session.services is None:
            return
        page = self._families.family_page
        if page.household_id() == household_id:
            page.reload()
        if today:
            self._today_page.refresh()
        refresh = getattr(self._families.list_page, "refresh", None)
        if callable(refresh):
            refresh()
