"""Casework wiring: Today, Families, the Family page and the intake wizard, together.

The pages know nothing of each other; this controller connects their signals (open a
family, start or resume an intake), plugs them into the main window's sections, and
registers every open intake and the Family page with the session so an auto-lock keeps
their drafts. Leaving the Family page with unsaved changes — another section, another
family, closing Hearth — asks first (:meth:`FamilyPage.resolve_unsaved`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStackedWidget, QWidget

from desktop_app.core.models import Draft
from desktop_app.gui.consent_tab import ConsentTab
from desktop_app.gui.contacts_tab import ContactsTab
from desktop_app.gui.display import size_by_current_page
from desktop_app.gui.documents import (
    consent_receipts,
    withdrawal_receipts,
    write_referral_slip,
    write_subject_access_pdf,
)
from desktop_app.gui.families_page import FamiliesPage
from desktop_app.gui.family_page import FamilyPage
from desktop_app.gui.intake_wizard import IntakeWizard
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.referrals_tab import ReferralsTab
from desktop_app.gui.reports_page import install_reports_page
from desktop_app.gui.services_page import ServicesPage
from desktop_app.gui.session import SessionController
from desktop_app.gui.today_page import TodayPage
from desktop_app.i18n import _


class FamiliesSection(QStackedWidget):
    """The Families section: the list, and one family's page in front of it."""

    def __init__(
        self, parent: QWidget | None = None, *, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self.setObjectName("families_section")
        self.list_page = FamiliesPage(self, today=today)
        self.family_page = FamilyPage(self, today=today)
        self.addWidget(self.list_page)
        self.addWidget(self.family_page)
        self.family_page.back_requested.connect(self.show_list)
        self.consent_tab = ConsentTab(
            self.family_page,
            receipts=consent_receipts,
            withdrawal_receipts=withdrawal_receipts,
            subject_access_pdf=write_subject_access_pdf,
            today=today,
        )
        self.consent_tab.changed.connect(self._reopen)
        self.consent_tab.erased.connect(self.show_list)
        self.referrals_tab = ReferralsTab(self.family_page)
        self.referrals_tab.review_consent_requested.connect(self.consent_tab.review)
        self.referrals_tab.set_slip_writer(write_referral_slip)
        self.contacts_tab = ContactsTab(self.family_page, today=today)
        # The family's page needs no room for the list's filters behind it (200 % text).
        self.currentChanged.connect(lambda _index: size_by_current_page(self))
        size_by_current_page(self)

    def set_services(self, services: Any) -> None:
        """Pass the session's services on (None when locked: both pages empty)."""
        self.list_page.set_services(services)
        self.family_page.set_services(services)
        self.referrals_tab.update_state()
        if services is None:
            self.setCurrentWidget(self.list_page)

    def show_list(self) -> None:
        """Go back to the list, refreshed (a family may have changed)."""
        self.setCurrentWidget(self.list_page)
        refresh = getattr(self.list_page, "refresh", None)
        if callable(refresh):
            refresh()
        self.list_page.setFocus()

    def open_household(self, household_id: int) -> bool:
        """Show one family's page; return whether it could be opened."""
        if not self.family_page.open_household(household_id):
            return False
        self.consent_tab.update_state()
        self.setCurrentWidget(self.family_page)
        return True

    def restore_draft(self, draft: Draft) -> bool:
        """Show a family with the unsaved edits a lock kept; return whether it could."""
        if not self.family_page.restore_draft(draft):
            return False
        self.consent_tab.update_state()
        self.setCurrentWidget(self.family_page)
        return True

    def _reopen(self, household_id: int) -> None:
        """Show a family again after its consent changed (read-only may have lifted)."""
        if self.family_page.open_household(household_id):
            self.consent_tab.update_state()


class CaseworkController(QObject):
    """Plugs the casework pages into ``window`` and keeps intakes safe across locks."""

    def __init__(
        self,
        window: MainWindow,
        session: SessionController,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._session = session
        # The pages' clock: the real one, or a fixed day for screenshots and tests.
        self._today = today
        self.today = TodayPage(today=today)
        self.families = FamiliesSection(today=today)
        self.open_wizards: list[IntakeWizard] = []
        window.set_section_widget("today", self.today)
        window.set_section_widget("families", self.families)
        self.services_page = ServicesPage()
        window.set_section_widget("services", self.services_page)
        # Parent champions and events (their own pages; a family opens in Families).
        from desktop_app.gui.champions_page import ChampionsPage
        from desktop_app.gui.events_page import EventsPage

        self.champions = ChampionsPage(today=today)
        self.events = EventsPage(today=today)
        window.set_section_widget("champions", self.champions)
        window.set_section_widget("events", self.events)
        self.events.dialogs.keep_drafts(session)
        self.champions.dialogs.keep_drafts(session)
        self.champions.open_household.connect(self.open_household)
        self.families.family_page.champion_requested.connect(self.suggest_champions)
        self.today.open_household.connect(self.open_household)
        self.today.resume_draft.connect(self.resume_draft)
        self.families.list_page.open_household.connect(self.open_household)
        self.families.list_page.new_intake_requested.connect(self.new_intake)
        self.families.list_page.resume_draft.connect(self.resume_draft)
        session.register_draft_opener(IntakeWizard.DRAFT_KIND, self._reopen_draft)
        # The Family page holds unsaved edits too: a lock keeps them as a draft, the next
        # unlock shows them again. The session forgets its sources on every lock.
        family_page = self.families.family_page
        session.register_draft_opener(family_page.DRAFT_KIND, self._restore_family_draft)
        session.register_draft_source(family_page)
        session.unlocked.connect(lambda _services: session.register_draft_source(family_page))
        self._families_row = window.SECTION_KEYS.index("families")
        self._section = window.current_section()
        self._navigating = False
        window.ui.navigation_list.currentRowChanged.connect(self._section_changed)
        window.close_guards.append(self._may_close)
        # Ctrl+N starts an intake from anywhere in the window, not only the list; the
        # list's own Ctrl+N would make the shortcut ambiguous (then neither fires).
        page = self.families.list_page
        for action in page.actions():
            if action.shortcut() == QKeySequence(QKeySequence.StandardKey.New):
                page.removeAction(action)
        self.new_intake_action = QAction(_("&New intake…"), window)
        self.new_intake_action.setObjectName("new_intake_action")
        window.installEventFilter(self)  # its words follow a language switch
        self.new_intake_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_intake_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.new_intake_action.triggered.connect(self.new_intake)
        menu_actions = window.ui.file_menu.actions()
        if menu_actions:
            window.ui.file_menu.insertAction(menu_actions[0], self.new_intake_action)
            window.ui.file_menu.insertSeparator(menu_actions[0])
        else:
            window.ui.file_menu.addAction(self.new_intake_action)
        window.addAction(self.new_intake_action)
        session.locked.connect(lambda: self.new_intake_action.setEnabled(False))
        session.unlocked.connect(lambda _services: self.new_intake_action.setEnabled(True))
        self.new_intake_action.setEnabled(session.services is not None)
        self.reports = install_reports_page(window, session, today=today)
        # Log contact (window-wide), the contact and follow-up dialogs, and their drafts.
        from desktop_app.gui.visits import VisitsController

        self.visits = VisitsController(window, session, self.today, self.families, today=today)
        # Find (Ctrl+F): the search box of the section on screen.
        from desktop_app.gui.find_action import install_find_action

        self.find_action = install_find_action(window, self, session)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Retranslate the New intake action with the window."""
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self.new_intake_action.setText(_("&New intake…"))
        return False

    # ------------------------------------------------------------ navigation
    def open_household(self, household_id: int) -> None:
        """Show a family's page in the Families section."""
        self._window.show_section(self._families_row)
        self.families.open_household(household_id)

    def _family_page_unsaved(self) -> bool:
        page = self.families.family_page
        return self.families.currentWidget() is page and page.has_unsaved_changes()

    def _section_changed(self, row: int) -> None:
        """Leaving the Families section with unsaved edits: ask first, else stay."""
        previous, self._section = self._section, row
        if self._navigating or previous != self._families_row or row == previous:
            return
        if not self._family_page_unsaved():
            return
        self._navigating = True
        try:
            self._show_section_quietly(previous)  # the record stays in view while asking
            if self.families.family_page.resolve_unsaved():
                self._window.show_section(row)
                self._section = row
            else:
                self._section = previous
        finally:
            self._navigating = False

    def _show_section_quietly(self, row: int) -> None:
        navigation = self._window.ui.navigation_list
        with QSignalBlocker(navigation):
            navigation.setCurrentRow(row)
        self._window.ui.page_stack.setCurrentIndex(row)

    def _may_close(self) -> bool:
        """Closing Hearth with unsaved edits on the Family page: ask first."""
        if self._session.services is None or not self._family_page_unsaved():
            return True
        self._window.show_section(self._families_row)
        return self.families.family_page.resolve_unsaved()

    def _restore_family_draft(self, services: Any, draft: Draft) -> None:
        """Session opener: after unlock, show the Family page with its kept edits."""
        if self.families.restore_draft(draft):
            self._window.show_section(self._families_row)

    def suggest_champions(self, household_id: int) -> None:
        """Show the Champions section with suggestions for a family.

        The family page's "Find a parent champion" entry point calls this.
        """
        self._window.show_section(self._window.SECTION_KEYS.index("champions"))
        self.champions.suggest_for(household_id)

    # ------------------------------------------------------------ intakes
    def new_intake(self) -> IntakeWizard | None:
        """Open a new intake wizard (only while unlocked)."""
        services = self._session.services
        if services is None:
            return None
        return self._track(IntakeWizard(services, today=self._today(), parent=self._window))

    def resume_draft(self, kind: str, key: str) -> IntakeWizard | None:
        """Reopen a saved intake draft from the Families or Today page."""
        services = self._session.services
        if services is None or kind != IntakeWizard.DRAFT_KIND:
            return None
        for wizard in self.open_wizards:
            if wizard.draft_key == key:
                wizard.raise_()
                wizard.activateWindow()
                return wizard
        draft = services.drafts.load(kind, key)
        if draft is None:
            return None
        return self._track(
            IntakeWizard.from_draft(
                services, draft.key, draft.payload, today=self._today(), parent=self._window
            )
        )

    def _reopen_draft(self, services: Any, draft: Draft) -> None:
        """Session opener: after unlock, bring back an intake the lock interrupted."""
        self._track(
            IntakeWizard.from_draft(
                services, draft.key, draft.payload, today=self._today(), parent=self._window
            )
        )

    def _track(self, wizard: IntakeWizard) -> IntakeWizard:
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.open_wizards.append(wizard)
        self._session.register_draft_source(wizard)
        wizard.saved.connect(lambda _aggregate: self._after_save())
        wizard.finished.connect(lambda _result, w=wizard: self._forget(w))
        wizard.destroyed.connect(lambda _obj=None, w=wizard: self._forget(w))
        wizard.show()
        return wizard

    def _forget(self, wizard: IntakeWizard) -> None:
        self._session.unregister_draft_source(wizard)
        if wizard in self.open_wizards:
            self.open_wizards.remove(wizard)
        self._refresh()

    def _after_save(self) -> None:
        self._refresh()

    def _refresh(self) -> None:
        if self._session.services is None:
            return
        for page in (self.today, self.families.list_page):
            refresh = getattr(page, "refresh", None)
            if callable(refresh):
                refresh()
