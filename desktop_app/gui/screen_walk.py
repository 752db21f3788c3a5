"""Every screen Hearth can show, in one place: for screenshots and for the UI checks.

:class:`ScreenWalk` opens a throw-away demo vault, builds the real window over it with
the composition root (:func:`desktop_app.app.build_session`: the same pages, menus and
shortcuts a person gets) and :meth:`ScreenWalk.screens` then brings up, one after the
other, every window, section, tab, wizard step and dialog, each in a state that shows
what it is for (a list with rows, a form with a refused value, a report with figures).
Each :class:`Screen` is yielded shown and laid out; look at it (grab it, walk its
widgets) before asking for the next one, which may change or close it.

``scripts/screenshots`` draws every screen to PNG; ``tests/gui/test_accessibility.py``,
``tests/gui/test_pseudo_locale.py`` and ``tests/gui/test_large_text.py`` check every
screen. A new screen is covered by all of them once it is added here, in one place.

Deterministic and headless: the demo data come from a fixed seed and a fixed "today"
(:data:`desktop_app.core.demo.DEFAULT_TODAY`), the pages are given that day as their
clock, dialogs are shown non-modally (never ``exec()``), and questions a step would ask
go through the pages' ``ask_*`` hooks, answered here for the length of that step.
Background work (previews, imports, checks) is waited for before a screen is yielded.
"""

from __future__ import annotations

import contextlib
import dataclasses
import shutil
from collections.abc import Callable, Collection, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEventLoop, Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

#: The groups of screens, in the order they are walked.
GROUPS = (
    "unlock",
    "sections",
    "family",
    "visits",
    "directory",
    "community",
    "reports",
    "settings",
    "intake",
)

#: A laptop's usual window size, and the whole screen of a small laptop (for 200 % text).
DEFAULT_SIZE = (1000, 680)
LARGE_TEXT_SIZE = (1366, 768)


@dataclasses.dataclass(frozen=True)
class Screen:
    """One screen as a person sees it.

    Attributes:
        name: stable and unique, e.g. ``"section-today"``, ``"family-needs"``,
            ``"dialog-contact"``; also the screenshot's file name.
        group: one of :data:`GROUPS`.
        window: the top-level window to look at (the main window for a section or a
            tab, the dialog or wizard itself otherwise), shown and laid out.
        page: the part of ``window`` the screen is about (the section page, the tab),
            or ``window`` itself.
    """

    name: str
    group: str
    window: QWidget
    page: QWidget


def settle(widget: QWidget) -> None:
    """Show ``widget``'s window and let it lay out (posted layout requests, repaints)."""
    window = widget.window()
    window.show()
    for _round in range(3):
        QCoreApplication.processEvents()
    layout = window.layout()
    if layout is not None:
        layout.activate()
    QCoreApplication.processEvents()


def wait_for(signal: Any, timeout_ms: int = 30_000) -> None:
    """Run the event loop until ``signal`` fires (a background job delivered its result)."""
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    with contextlib.suppress(RuntimeError, TypeError):
        signal.disconnect(loop.quit)


def wait_for_pool() -> None:
    """Let background tasks finish and deliver their results to the GUI thread."""
    QThreadPool.globalInstance().waitForDone()
    for _round in range(5):
        QCoreApplication.processEvents()


@contextlib.contextmanager
def answering(owner: type, name: str, answer: Callable[..., Any]) -> Iterator[None]:
    """Answer an ``ask_*`` classmethod hook of ``owner`` with ``answer`` for a while."""
    original = owner.__dict__[name]
    setattr(owner, name, classmethod(answer))
    try:
        yield
    finally:
        setattr(owner, name, original)


def close_quietly(widget: QWidget) -> None:
    """Close a window without the "discard what you typed?" question.

    Forms that keep drafts close as a lock closes them; other dialogs are cancelled, so
    the page that opened them forgets them as it would after Esc.
    """
    discard = getattr(widget, "discard_for_lock", None)
    if callable(discard):
        discard()
    elif isinstance(widget, QDialog):
        widget.reject()
    else:
        widget.close()
    QCoreApplication.processEvents()


def dispose(widget: QWidget) -> None:
    """Close a window the walk made itself, and delete it."""
    close_quietly(widget)
    widget.deleteLater()
    QCoreApplication.processEvents()


class _ShowcaseVaultApi:
    """Stands in for the vault facade so the unlock dialog can be drawn in any state."""

    def __init__(self, users: list[str]) -> None:
        self._users = users

    def exists(self, folder: Path) -> bool:
        return bool(self._users)

    def users(self, folder: Path) -> list[str]:
        return list(self._users)


class ScreenWalk:
    """A demo vault, the real window over it, and every screen in turn.

    Use as a context manager; it deletes its vault and closes its windows at the end::

        with ScreenWalk(folder) as walk:
            for screen in walk.screens():
                screen.window.grab().save(f"{screen.name}.png")

    Args:
        folder: an empty folder for the vault and the files some screens read.
        households: how many demo families (60 show every kind of screen).
        size: the main window's size in pixels.
        mark: rewrites every free-text value of the demo data (names, schools, notes,
            services: see :mod:`desktop_app.core.demo_marks`), so that data can never
            pass for interface text.
        today: the demo world's today, also the pages' clock.
        switcher: the application's language switcher (the Settings page's).
    """

    def __init__(
        self,
        folder: Path,
        *,
        households: int = 60,
        size: tuple[int, int] = DEFAULT_SIZE,
        mark: Callable[[str], str] | None = None,
        today: date | None = None,
        switcher: Any = None,
    ) -> None:
        from desktop_app.core.demo import DEFAULT_TODAY

        self.folder = Path(folder)
        self.households = households
        self.size = size
        self._data_mark = mark
        self.mark: Callable[[str], str] = mark or (lambda text: text)
        self.today = today or DEFAULT_TODAY
        self._switcher = switcher
        self.gui: Any = None
        self.leaflet_content: Any = None  # the intake's leaflet, once the intake was saved

    # ------------------------------------------------------------ set-up
    def __enter__(self) -> ScreenWalk:
        from desktop_app.app import GuiOptions, build_session
        from desktop_app.core.preferences import Preferences
        from desktop_app.vault.demo_vault import DEMO_USER, create_demo_vault

        vault_dir = self.folder / "vault"
        vault, passphrase = create_demo_vault(
            vault_dir,
            households=self.households,
            today=self.today,
            mark=self._data_mark,
            user=self.mark(DEMO_USER),
        )
        today = self.today
        try:
            self.gui = build_session(
                GuiOptions(None, vault_dir),
                Preferences(),
                vault=vault,
                today=lambda: today,
                switcher=self._switcher,
            )
        except BaseException:
            vault.close()
            raise
        self.window.set_demo(passphrase)
        self.window.resize(*self.size)
        settle(self.window)
        return self

    def __exit__(self, *_exc: object) -> None:
        if self.gui is None:
            return
        wait_for_pool()
        for widget in QApplication.topLevelWidgets():
            if widget is not self.window and widget.isVisible():
                close_quietly(widget)
        self.gui.close()
        self.window.hide()
        self.window.deleteLater()
        QCoreApplication.processEvents()
        self.gui = None

    @property
    def window(self) -> Any:
        """The main window."""
        return self.gui.window

    @property
    def services(self) -> Any:
        """The unlocked session's services."""
        return self.gui.session.services

    @property
    def casework(self) -> Any:
        """The casework controller (its pages and the visit dialogs)."""
        return self.gui.casework

    # ------------------------------------------------------------ the walk
    def screens(self, groups: Collection[str] | None = None) -> Iterator[Screen]:
        """Yield every screen of ``groups`` (all of :data:`GROUPS` by default), in order."""
        steps: dict[str, Callable[[], Iterator[Screen]]] = {
            "unlock": self._unlock,
            "sections": self._sections,
            "family": self._family,
            "visits": self._visits,
            "directory": self._directory,
            "community": self._community,
            "reports": self._reports,
            "settings": self._settings,
            "intake": self._intake,
        }
        unknown = set(groups or ()) - set(steps)
        if unknown:
            raise KeyError(f"no such screen groups: {sorted(unknown)}")
        for group in GROUPS:
            if groups is None or group in groups:
                yield from steps[group]()
                self._back_to_start()

    def _screen(self, name: str, group: str, page: QWidget) -> Screen:
        settle(page)
        return Screen(name, group, page.window(), page)

    def _section(self, key: str) -> Any:
        window = self.window
        window.show_section(window.SECTION_KEYS.index(key))
        return window.section_widget(key)

    def _back_to_start(self) -> None:
        """Leave the window as a walk found it: unlocked, on Today, nothing half-edited."""
        family = self.casework.families.family_page
        if family.has_unsaved_changes():
            family.discard_changes()
        self.casework.families.show_list()
        self.window.show_section(0)
        QCoreApplication.processEvents()

    # ------------------------------------------------------------ unlock
    def _unlock(self) -> Iterator[Screen]:
        from desktop_app.gui.unlock_dialog import UnlockDialog
        from desktop_app.i18n import _, ngettext
        from desktop_app.vault.demo_vault import DEMO_USER
        from desktop_app.vault.errors import WrongPassphraseError
        from desktop_app.vault.keyslots import Backoff, format_recovery_code

        folder = self.folder / "unused"
        users = [self.mark(DEMO_USER), self.mark("Daniel O")]
        unlock = UnlockDialog(folder, _ShowcaseVaultApi(users), Backoff(), self.window)
        create = UnlockDialog(folder, _ShowcaseVaultApi([]), Backoff(), self.window)
        try:
            unlock.ui.passphrase_edit.setText("not the passphrase")
            unlock.ui.unlock_message_label.setText(
                str(WrongPassphraseError())
                + " "
                + ngettext(
                    "You can try again in {seconds} second.",
                    "You can try again in {seconds} seconds.",
                    8,
                ).format(seconds=8)
            )
            yield self._screen("unlock-passphrase", "unlock", unlock)
            unlock.ui.forgot_button.click()
            yield self._screen("unlock-recover", "unlock", unlock)
            unlock.hide()
            create.ui.new_user_edit.setText(self.mark("Amina K"))
            create.ui.new_passphrase_edit.setText("lantern orchard whistle seventeen")
            create.ui.confirm_edit.setText("lantern orchard whistle")
            create.ui.create_message_label.setText(
                _("The two passphrases are not the same. Type them again.")
            )
            yield self._screen("unlock-create", "unlock", create)
            create._show_recovery_code((None, format_recovery_code(bytes(range(32)))))
            yield self._screen("unlock-recovery-code", "unlock", create)
        finally:
            for dialog in (unlock, create):
                dialog.ui.code_display_label.clear()
                dispose(dialog)
        window = self.window
        window.set_locked(True)
        try:
            yield self._screen("main-locked", "unlock", window)
        finally:
            window.set_locked(False)
            window.set_signed_in(self.gui.session.vault.actor)

    # ------------------------------------------------------------ sections
    def _sections(self) -> Iterator[Screen]:
        for key in self.window.SECTION_KEYS:
            page = self._section(key)
            if key == "today":
                workers = self.services.households.workers()
                if workers:
                    page.set_worker(workers[0])
                page.ui.planned_list.setCurrentRow(0)
            yield self._screen(f"section-{key}", "sections", page)

    # ------------------------------------------------------------ a family
    def _busiest_household(self) -> int:
        services = self.services
        rows = services.households.list_page(0, 60)
        busiest = max(
            rows,
            key=lambda row: len(services.referrals.list_for_household(row.id)) + row.open_needs,
        )
        return int(busiest.id)

    def _open_family(self, household_id: int) -> Any:
        self._section("families")
        self.casework.open_household(household_id)
        return self.casework.families.family_page

    def _family(self) -> Iterator[Screen]:
        from desktop_app.core.models import Role
        from desktop_app.gui.views import select_row

        family = self._open_family(self._busiest_household())
        ui = family.ui
        for index in range(ui.family_tabs.count()):
            ui.family_tabs.setCurrentIndex(index)
            tab = ui.family_tabs.widget(index)
            yield self._screen(f"family-{tab.objectName().removesuffix('_tab')}", "family", tab)
        # Mid-edit: unsaved changes, a child's refused birth year.
        ui.family_tabs.setCurrentWidget(ui.people_tab)
        ui.alias_edit.setText(ui.alias_edit.text() + self.mark(" (edited)"))
        editor = ui.person_editor
        people = editor.people()
        child = next((i for i, p in enumerate(people) if p.person.role == Role.CHILD.value), 0)
        editor.select(child)
        editor.ui.birth_year_edit.setText(str(self.today.year + 5))
        editor.check_all()
        settle(family)
        ui.people_scroll.ensureWidgetVisible(editor.ui.birth_year_message_label)
        yield self._screen("family-editing", "family", ui.people_tab)
        editor.ui.birth_year_edit.setText(str(self.today.year - 9))
        ui.family_tabs.setCurrentWidget(ui.needs_tab)
        select_row(ui.needs_table, 0)
        ui.need_edit_note_edit.setText(
            ui.need_edit_note_edit.text() or self.mark("Asked about the grant")
        )
        yield self._screen("family-needs-editing", "family", ui.needs_tab)
        ui.close_case_button.click()
        ui.close_date_edit.setDate(
            QDate(self.today.year, self.today.month, self.today.day).addDays(3)
        )
        ui.confirm_close_button.click()  # refused: a date in the future
        yield self._screen("family-close-refused", "family", family)
        family._hide_close()
        family.discard_changes()
        yield from self._referral_screens()
        yield from self._consent_dialogs(family)

    def _referral_screens(self) -> Iterator[Screen]:
        from desktop_app.core import models as m

        services = self.services
        section = self.casework.families
        family = section.family_page
        rows = services.households.list_page(0, 60)
        busiest = max(rows, key=lambda r: len(services.referrals.list_for_household(r.id)))
        aggregate = services.households.get(busiest.id)
        # Consent to share withdrawn: the tab shows the referrals it blocks.
        sharing = services.consent.current(busiest.id).get(m.ConsentPurpose.REFERRAL_SHARING)
        referred = any(r.status is m.ReferralStatus.REFERRED for r in aggregate.referrals)
        if referred and sharing is not None and sharing.decision.grants:
            day = self.today
            services.consent.withdraw(
                busiest.id,
                dataclasses.replace(
                    sharing,
                    id=None,
                    decision=m.ConsentDecision.WITHDRAWN,
                    decided_at=datetime(day.year, day.month, day.day, 9, tzinfo=UTC)
                    - timedelta(days=3),
                ),
            )
        self._open_family(busiest.id)
        family.ui.family_tabs.setCurrentWidget(family.ui.referrals_tab)
        tab = section.referrals_tab
        blocked = next(
            (r for r in tab._referrals if r.blocked_on is not None and r.id is not None), None
        )
        if blocked is not None:
            tab.select_referral(blocked.id)
        yield self._screen("family-referrals-blocked", "family", family.ui.referrals_tab)
        tab.make_referral()
        yield self._screen("family-referrals-needs-consent", "family", family.ui.referrals_tab)
        other = next(
            r.id
            for r in rows
            if services.consent.has_consent(r.id, m.ConsentPurpose.REFERRAL_SHARING)
            and any(n.status.is_open for n in services.needs.list_for_household(r.id))
        )
        self._open_family(other)
        family.ui.family_tabs.setCurrentWidget(family.ui.referrals_tab)
        tab.make_referral()
        yield self._screen("family-referrals-new", "family", family.ui.referrals_tab)

    def _consent_dialogs(self, family: Any) -> Iterator[Screen]:
        section = self.casework.families
        self._open_family(self._busiest_household())
        family.ui.family_tabs.setCurrentWidget(family.ui.consent_tab)
        dialog = section.consent_tab.review()
        if dialog is not None:
            dialog.resize(max(dialog.width(), 900), max(dialog.height(), 640))
            yield self._screen("dialog-consent", "family", dialog)
            close_quietly(dialog)
        withdraw = section.consent_tab.withdraw()
        if withdraw is not None:
            yield self._screen("dialog-withdraw-consent", "family", withdraw)
            close_quietly(withdraw)

    # ------------------------------------------------------------ visits
    def _visits(self) -> Iterator[Screen]:
        from desktop_app.core.models import InterpreterMode, NeedCategory

        services = self.services
        slipped = services.households.slipped(self.today, limit=1)
        household_id = (slipped or services.households.list_page(0, 1))[0].id
        family = self._open_family(household_id)
        family.ui.family_tabs.setCurrentWidget(family.ui.contacts_tab)
        yield self._screen("family-contacts-slipped", "visits", family.ui.contacts_tab)
        visits = self.casework.visits
        dialog = visits.open_contact_dialog(household_id)
        assert dialog is not None
        yield self._screen("dialog-contact", "visits", dialog)
        ui = dialog.ui
        ui.interpreter_combo.setCurrentIndex(
            ui.interpreter_combo.findData(InterpreterMode.CHILD.value)
        )
        ui.duration_spin.setValue(45)
        for index in range(ui.topics_list.count()):
            item = ui.topics_list.item(index)
            if item.data(int(Qt.ItemDataRole.UserRole)) == NeedCategory.SCHOOL_UNIFORM.value:
                item.setCheckState(Qt.CheckState.Checked)
        ui.note_edit.setPlainText(self.mark("Talked about the uniform grant; form filled in."))
        ui.follow_up_group.setChecked(True)
        ui.follow_up_what_edit.setText(self.mark("Bring the uniform voucher"))
        yield self._screen("dialog-contact-filled", "visits", dialog)
        close_quietly(dialog)
        follow_up = visits.open_follow_up_dialog(household_id)
        assert follow_up is not None
        combo = follow_up.ui.about_combo
        if combo.count() > 1:
            combo.setCurrentIndex(combo.count() - 1)
        yield self._screen("dialog-follow-up", "visits", follow_up)
        close_quietly(follow_up)

    # ------------------------------------------------------------ services directory
    def _directory(self) -> Iterator[Screen]:
        from desktop_app.core.resources import resource_dir

        page = self._section("services")
        page.ui.search_edit.setText(self.mark("food"))
        page.apply_filters()
        yield self._screen("services-search", "directory", page)
        page.ui.search_edit.clear()
        page.apply_filters()
        dialog = page.open_dialog(page.current_service())
        assert dialog is not None
        dialog.ui.email_edit.setText("food@")
        dialog.save()  # refused: the message under the address
        yield self._screen("dialog-service", "directory", dialog)
        close_quietly(dialog)
        new = page.open_dialog(None)
        assert new is not None
        yield self._screen("dialog-service-new", "directory", new)
        close_quietly(new)
        broken = self.folder / "council-directory"
        if broken.exists():
            shutil.rmtree(broken)
        shutil.copytree(resource_dir() / "demo" / "hsds", broken)
        lines = (broken / "services.csv").read_text(encoding="utf-8").splitlines()
        lines[1] = lines[1].replace("hello@welcome-hub.example", "hello@")
        lines[4] = lines[4].replace(",active,", ",open,")
        (broken / "services.csv").write_text("\r\n".join(lines) + "\r\n", "utf-8")
        with (broken / "languages.csv").open("a", encoding="utf-8") as handle:
            handle.write("lx,bad-service,,Elvish,,\r\n")
        importer = page.open_import()
        assert importer is not None
        importer.check(broken)
        wait_for_pool()
        yield self._screen("dialog-service-import-problems", "directory", importer)
        importer.check(resource_dir() / "demo" / "hsds")
        wait_for_pool()
        yield self._screen("dialog-service-import-ready", "directory", importer)
        close_quietly(importer)

    # ------------------------------------------------------------ champions and events
    def _community(self) -> Iterator[Screen]:
        from desktop_app.core.errors import UserFacingError
        from desktop_app.core.models import ConsentPurpose
        from desktop_app.gui.record_tables import select_row

        services = self.services
        page = self._section("champions")
        page.refresh()
        select_row(page.ui.champions_table, 0)
        yield self._screen("champions-list", "community", page)
        champion_households = {c.champion.household_id for c in services.champions.loads()}

        def suggestions(household_id: int) -> int:
            try:
                return len(services.champions.suggest(household_id, today=self.today))
            except UserFacingError:  # consent past its review date
                return 0

        newcomer = next(
            hid
            for hid in sorted(
                services.consent.households_with_consent(ConsentPurpose.CHAMPION_INTRODUCTION)
            )
            if hid not in champion_households
            and not services.champions.introductions(household_id=hid)
            and suggestions(hid) >= 2
        )
        page.suggest_for(newcomer)
        yield self._screen("champions-suggestions", "community", page)
        refused = next(
            row.id
            for row in services.households.list_page(0, 200, today=self.today)
            if not services.consent.has_consent(row.id, ConsentPurpose.CHAMPION_INTRODUCTION)
        )
        page.suggest_for(refused)
        yield self._screen("champions-no-consent", "community", page)
        page.filter_introductions(None)
        yield self._screen("champions-introductions", "community", page)
        register = page.register_champion()
        assert register is not None
        register.search.edit.setText(self.mark("family"))
        register.search.run()
        register.choose_family(newcomer)
        yield self._screen("dialog-champion", "community", register)
        register.choose_family(refused)
        yield self._screen("dialog-champion-refused", "community", register)
        close_quietly(register)

        events = self._section("events")
        events.refresh()
        events.select_first_past()
        events.ui.attendee_search_edit.setText(self.mark("family"))
        events.attendee_search.run()
        yield self._screen("events-attendance", "community", events)
        dialog = events.new_event()
        assert dialog is not None
        dialog.ui.title_edit.setText(self.mark("Coffee and questions"))
        dialog.languages.set_checked(["ar", "uk"])
        yield self._screen("dialog-event", "community", dialog)
        close_quietly(dialog)

    # ------------------------------------------------------------ reports and sync
    def _prepare_sync(self, drop: Path) -> tuple[str, str]:
        """A coordinator (this vault), a folder drop and a DHIS2 target: their names."""
        from desktop_app.stats.release import SETTING_AREA
        from desktop_app.sync.dhis2 import Dhis2Server
        from desktop_app.sync.formats import Dhis2Mapping
        from desktop_app.sync.hub import Hub
        from desktop_app.sync.keys import DeviceIdentity, enrol_device, trust_receiver
        from desktop_app.sync.targets import Dhis2Target, FolderTarget, save_target

        services = self.services
        services.settings.set(SETTING_AREA, "RIVERSIDE")
        # This vault plays the coordinator too, so its own bundles can be imported.
        hub = Hub(services.sync)
        trust_receiver(services.sync, hub.identity.public_key_file(), confirm=True)
        enrol_device(
            services.sync, DeviceIdentity.of_vault(services.sync).public_key_file(), confirm=True
        )
        folder, district = self.mark("coordinator-usb"), self.mark("district")
        save_target(services.sync, FolderTarget(folder, drop, hub.identity.fingerprint))
        mapping = Dhis2Mapping(
            "HeArThDs001",
            {"RIVERSIDE": "OrgUnitRv01"},
            {"new_households": ("DeNewHh0001", None)},
            skip_unmapped=True,
        )
        server = Dhis2Server("https://dhis2.example.org", "d2pat_example")
        save_target(services.sync, Dhis2Target(district, server, mapping))
        return folder, district

    def _reports(self) -> Iterator[Screen]:
        from desktop_app.gui.coordinator_page import CoordinatorPage
        from desktop_app.gui.report_dialogs import FingerprintDialog, SendConfirmDialog
        from desktop_app.gui.report_jobs import plan_send
        from desktop_app.gui.reports_page import ReportsPage
        from desktop_app.i18n import ngettext
        from desktop_app.sync.service import SyncService

        services = self.services
        drop = self.folder / "usb"
        drop.mkdir(exist_ok=True)
        folder, district = self._prepare_sync(drop)
        page = self._section("reports")
        page.set_services(services)  # again: it reads the new targets and area
        ui = page.ui
        ui.reports_tabs.setCurrentIndex(0)
        ui.figures_tabs.setCurrentIndex(0)
        period = self.today.replace(day=1) - timedelta(days=1)
        index = ui.period_combo.findData(f"{period.year}-{period.month:02d}")
        if index >= 0:
            ui.period_combo.setCurrentIndex(index)
        page.preview()
        wait_for(page.preview_ready)
        yield self._screen("reports-preview", "reports", page)
        ui.figures_tabs.setCurrentIndex(1)
        ui.format_combo.setCurrentIndex(max(0, ui.format_combo.findData(f"target:{district}")))
        yield self._screen("reports-exact-text", "reports", page)
        ui.figures_tabs.setCurrentIndex(2)
        yield self._screen("reports-charts", "reports", page)
        preview = page.current_preview()
        assert preview is not None
        confirm = SendConfirmDialog(plan_send(services, preview, district), self.window)
        yield self._screen("dialog-send-confirm", "reports", confirm)
        dispose(confirm)
        # A DHIS2 send that failed, waiting in the outbox (made without a network).
        item = SyncService(services.sync).prepare(district, preview.report.payload)
        error = ngettext(
            "DHIS2 could not be reached after {count} try: {reason}",
            "DHIS2 could not be reached after {count} tries: {reason}",
            3,
        ).format(count=3, reason=f"\u2068{self.mark('connection refused')}\u2069")
        services.sync.mark_attempt(item.id, sent=False, error=error)
        ui.target_combo.setCurrentIndex(ui.target_combo.findData(folder))
        with answering(ReportsPage, "ask_send", lambda cls, parent, plan: True):
            ui.figures_tabs.setCurrentIndex(0)
            page.start_send()
            wait_for(page.sync_done)
            wait_for_pool()
        yield self._screen("reports-sent", "reports", page)
        page.refresh_outbox()
        ui.reports_tabs.setCurrentIndex(1)
        yield self._screen("reports-outbox", "reports", page)
        coordinator = page.coordinator
        coordinator.set_services(services)
        wait_for_pool()
        with answering(CoordinatorPage, "ask_folder", lambda cls, parent, title: drop):
            ui.reports_tabs.setCurrentWidget(page.coordinator_scroll)
            coordinator.import_bundles()
            wait_for_pool()
        coordinator.ui.merged_tabs.setCurrentIndex(0)
        yield self._screen("reports-coordinator", "reports", page)
        coordinator.ui.merged_tabs.setCurrentIndex(1)
        combo = coordinator.ui.chart_indicator_combo
        combo.setCurrentIndex(max(0, combo.findData("households_with_open_need_by_category")))
        yield self._screen("reports-coordinator-chart", "reports", page)
        fingerprint = FingerprintDialog(
            coordinator.fingerprint(), self.mark("Riverside laptop 2"), self.window
        )
        yield self._screen("dialog-fingerprint", "reports", fingerprint)
        dispose(fingerprint)
        ui.reports_tabs.setCurrentIndex(0)

    # ------------------------------------------------------------ settings
    def _showcase_sync_settings(self) -> None:
        from cryptography.hazmat.primitives.asymmetric import x25519
        from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

        from desktop_app.stats.settings import StatisticsSettings
        from desktop_app.sync.dhis2 import Dhis2Server
        from desktop_app.sync.formats import Dhis2Mapping
        from desktop_app.sync.keys import KeyKind, PublicKeyFile, trust_receiver
        from desktop_app.sync.targets import Dhis2Target, FolderTarget, save_target

        services = self.services
        public = x25519.X25519PrivateKey.generate().public_key()
        receiver = trust_receiver(
            services.sync,
            PublicKeyFile(
                KeyKind.RECEIVER,
                public.public_bytes(Encoding.Raw, PublicFormat.Raw),
                self.mark("County coordinator"),
            ),
            confirm=True,
        )
        StatisticsSettings("BRK-01", 5, 5).save(services.settings)
        drop = self.folder / "usb-stick"
        drop.mkdir(exist_ok=True)
        save_target(services.sync, FolderTarget(self.mark("USB stick"), drop, receiver))
        mapping = Dhis2Mapping(
            "pBOMPrpg1QX",
            {"BRK-01": "DiszpKrYNg8"},
            {"new_households": ("fbfJHSPpUQD", None), "contacts": ("cYeuwXTCPkU", "Prlt0C1RF0s")},
        )
        token = "d2pat_showcase0000000000000000000000wxyz"
        server = Dhis2Server("https://dhis2.example.org", token)
        save_target(services.sync, Dhis2Target(self.mark("County DHIS2"), server, mapping))

    def _settings(self) -> Iterator[Screen]:
        from desktop_app.vault.keyslots import format_recovery_code

        self._showcase_sync_settings()
        page = self._section("settings")
        page.set_services(self.services)  # again: it reads the new targets
        for key in page.SECTION_KEYS:
            page.show_section(key)
            if key == "staff":
                page.staff._show_recovery_code(format_recovery_code(bytes(range(32))))
            yield self._screen(f"settings-{key}", "settings", page)
        page.staff.hide_recovery_code()
        page.show_section("sync")
        names = page.sync.target_names()
        page.sync.ui.target_list.setCurrentRow(names.index(self.mark("County DHIS2")))
        page.sync.edit_target()
        yield self._screen("settings-sync-dhis2", "settings", page)
        page.sync.new_target("dhis2")
        page.sync.ui.target_name_edit.setText(self.mark("Test"))
        page.sync.ui.base_url_edit.setText("http://dhis2.example.org")
        page.sync.ui.data_set_edit.setText("pBOMPrpg1Q")
        page.sync.save_target()  # refused: plain http, a short data set id
        yield self._screen("settings-sync-refused", "settings", page)
        page.sync.close_editor()
        page.show_section(page.SECTION_KEYS[0])

    # ------------------------------------------------------------ the intake wizard
    def _intake(self) -> Iterator[Screen]:
        from desktop_app.core.models import ConsentPurpose, InterpreterMode, NeedCategory, Role

        wizard = self.casework.new_intake()
        assert wizard is not None
        try:
            ui = wizard.ui
            ui.language_filter_edit.setText("arab")
            ui.language_list.setCurrentRow(0)  # the first match, as Enter would pick
            combo = ui.interpreter_combo
            combo.setCurrentIndex(combo.findData(InterpreterMode.CHILD.value))
            yield self._screen("intake-1-child-interpreting", "intake", wizard)
            combo.setCurrentIndex(combo.findData(InterpreterMode.QUALIFIED_PHONE.value))
            ui.interpreter_name_edit.setText(self.mark("Brackenford Language Line"))
            yield self._screen("intake-1-language", "intake", wizard)
            wizard.next()
            for purpose in ConsentPurpose:
                wizard.consent_page.step.set_decision(purpose, True)
            yield self._screen("intake-2-consent", "intake", wizard)
            wizard.next()
            ui.alias_edit.setText(self.mark("Family A."))
            ui.school_edit.setText(self.mark("Riverside Primary School"))
            wizard.add_person(Role.CAREGIVER)
            ui.given_name_edit.setText(self.mark("Amal"))
            ui.given_name_edit.textEdited.emit(ui.given_name_edit.text())
            wizard.add_person(Role.CHILD)
            ui.given_name_edit.setText(self.mark("Lina"))
            ui.birth_year_edit.setText(str(self.today.year - 9))
            ui.school_year_edit.setText(self.mark("Year 4"))
            ui.english_combo.setCurrentIndex(ui.english_combo.findData("A"))
            ui.school_year_edit.textEdited.emit(ui.school_year_edit.text())
            yield self._screen("intake-3-family", "intake", wizard)
            wizard.next()
            for category, note in (
                (NeedCategory.FOOD, "asked about a food bank"),
                (NeedCategory.SCHOOL_UNIFORM, ""),
                (NeedCategory.ESOL_FOR_PARENTS, "mother would like classes"),
            ):
                check, edit, _field = wizard._need_rows[category]
                check.setChecked(True)
                edit.setText(self.mark(note))
            yield self._screen("intake-4-needs", "intake", wizard)
            wizard.next()
            ui.service_list.item(0).setCheckState(Qt.CheckState.Checked)
            ui.referral_radio.click()
            yield self._screen("intake-5-signposting", "intake", wizard)
            ui.signpost_need_list.setCurrentRow(1)
            ui.service_list.item(0).setCheckState(Qt.CheckState.Checked)
            wizard.next()
            ui.key_contact_edit.setText(self.mark("Ms Patel"))
            yield self._screen("intake-6-summary", "intake", wizard)
            wizard.next()
            yield self._screen("intake-7-saved", "intake", wizard)
            self.leaflet_content = wizard.leaflet_content()
        finally:
            close_quietly(wizard)
