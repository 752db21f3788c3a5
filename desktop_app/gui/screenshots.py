"""Render windows to PNG without a display (used by scripts/screenshots and tests)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from desktop_app.gui.main_window import MainWindow

PAGE_NAMES = ["today", "families", "services", "champions", "events", "reports", "settings"]


def grab(widget: QWidget, path: Path) -> Path:
    """Show ``widget``, let it lay out, and save what it paints to ``path``."""
    widget.show()
    QCoreApplication.processEvents()
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    return path


def render_all(out: Path, language: str) -> list[Path]:
    """Render every main page of a fresh main window in the current language."""
    window = MainWindow()
    window.resize(1000, 680)
    paths = []
    try:
        for row, name in enumerate(PAGE_NAMES):
            window.show_section(row)
            paths.append(grab(window, out / f"main-{name}-{language}.png"))
    finally:
        window.close()
        window.deleteLater()
    paths += render_unlock(out, language)
    paths += render_casework(out, language)
    paths += render_intake(out, language)
    paths += render_reports(out, language)
    paths += render_directory(out, language)
    paths += render_settings(out, language)
    paths += render_visits(out, language)
    from desktop_app.gui.community_screenshots import render_community

    paths += render_community(out, language)
    return paths


class _ShowcaseVaultApi:
    """Stands in for the vault facade so the unlock dialog can be drawn in any state."""

    def __init__(self, users: list[str]) -> None:
        self._users = users

    def exists(self, folder: Path) -> bool:
        return bool(self._users)

    def users(self, folder: Path) -> list[str]:
        return list(self._users)


def render_unlock(out: Path, language: str) -> list[Path]:
    """Render the unlock dialog's pages (unlock, create, recovery code) and the locked window."""
    from desktop_app.gui.unlock_dialog import UnlockDialog
    from desktop_app.i18n import _, ngettext
    from desktop_app.vault.demo_vault import DEMO_PASSPHRASE
    from desktop_app.vault.errors import WrongPassphraseError
    from desktop_app.vault.keyslots import Backoff, format_recovery_code

    paths: list[Path] = []
    folder = Path("unused")
    unlock = UnlockDialog(folder, _ShowcaseVaultApi(["Amina K", "Daniel O"]), Backoff())
    create = UnlockDialog(folder, _ShowcaseVaultApi([]), Backoff())
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
        paths.append(grab(unlock, out / f"unlock-1-unlock-{language}.png"))
        unlock.ui.forgot_button.click()
        paths.append(grab(unlock, out / f"unlock-2-recover-{language}.png"))

        create.ui.new_user_edit.setText("Amina K")
        create.ui.new_passphrase_edit.setText("lantern orchard whistle seventeen")
        create.ui.confirm_edit.setText("lantern orchard whistle")
        create.ui.create_message_label.setText(
            _("The two passphrases are not the same. Type them again.")
        )
        paths.append(grab(create, out / f"unlock-3-create-{language}.png"))
        create._show_recovery_code((None, format_recovery_code(bytes(range(32)))))
        paths.append(grab(create, out / f"unlock-4-recovery-code-{language}.png"))
    finally:
        for dialog in (unlock, create):
            dialog.ui.code_display_label.clear()
            dialog.hide()
            dialog.deleteLater()

    window = MainWindow()
    window.resize(1000, 680)
    try:
        window.set_demo(DEMO_PASSPHRASE)
        window.set_locked(True)
        paths.append(grab(window, out / f"main-locked-demo-{language}.png"))
        window.set_locked(False)
        window.set_signed_in("Amina K")
        paths.append(grab(window, out / f"main-signed-in-demo-{language}.png"))
    finally:
        window.hide()
        window.deleteLater()
    return paths


def render_casework(out: Path, language: str, households: int = 300) -> list[Path]:
    """Render the Today, Families and Family pages over a throw-away demo vault."""
    import tempfile

    from desktop_app.core.demo import DEFAULT_TODAY
    from desktop_app.gui.families_page import FamiliesPage
    from desktop_app.gui.family_page import FamilyPage
    from desktop_app.gui.today_page import TodayPage
    from desktop_app.vault.demo_vault import create_demo_vault
    from desktop_app.vault.services import VaultServices

    paths: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="hearth-shots-") as folder:
        vault, _passphrase = create_demo_vault(Path(folder) / "vault", households=households)
        try:
            services = VaultServices.from_vault(vault)
            today = DEFAULT_TODAY
            for name, page in (
                ("today", TodayPage(today=lambda: today)),
                ("families", FamiliesPage(today=lambda: today)),
            ):
                page.resize(1000, 680)
                page.set_services(services)
                paths.append(grab(page, out / f"page-{name}-{language}.png"))
                page.set_services(None)
                page.close()
                page.deleteLater()
            family = FamilyPage(today=lambda: today)
            from desktop_app.gui.contacts_tab import ContactsTab

            ContactsTab(family, today=lambda: today)
            family.resize(1000, 760)
            family.set_services(services)
            busiest = max(
                services.households.list_page(0, 60),
                key=lambda row: len(services.referrals.list_for_household(row.id)) + row.open_needs,
            )
            family.open_household(busiest.id)
            for index in range(family.ui.family_tabs.count()):
                family.ui.family_tabs.setCurrentIndex(index)
                tab_widget = family.ui.family_tabs.widget(index)
                assert tab_widget is not None
                tab = tab_widget.objectName().removesuffix("_tab")
                paths.append(grab(family, out / f"page-family-{tab}-{language}.png"))
            paths += _render_family_editing(family, out, language)
            family.set_services(None)
            family.close()
            family.deleteLater()
        finally:
            vault.close()
    return paths


def _render_family_editing(family: Any, out: Path, language: str) -> list[Path]:
    """The Family page mid-edit: unsaved changes, a child's details, a need's note, closing."""
    from PySide6.QtCore import QDate

    from desktop_app.core.models import Role
    from desktop_app.gui.views import select_row

    ui = family.ui
    paths = []
    ui.family_tabs.setCurrentWidget(ui.people_tab)
    ui.alias_edit.setText(ui.alias_edit.text() + " (edited)")
    editor = ui.person_editor
    people = editor.people()
    child = next((i for i, p in enumerate(people) if p.person.role == Role.CHILD.value), 0)
    editor.select(child)
    editor.ui.birth_year_edit.setText("2031")
    editor.check_all()
    family.show()
    QCoreApplication.processEvents()
    ui.people_scroll.ensureWidgetVisible(editor.ui.birth_year_message_label)
    paths.append(grab(family, out / f"page-family-editing-{language}.png"))
    editor.ui.birth_year_edit.setText("2017")
    ui.family_tabs.setCurrentWidget(ui.needs_tab)
    select_row(ui.needs_table, 0)
    ui.need_edit_note_edit.setText(ui.need_edit_note_edit.text() or "Asked about the grant")
    paths.append(grab(family, out / f"page-family-needs-edit-{language}.png"))
    ui.close_case_button.click()
    today = family._today()
    ui.close_date_edit.setDate(QDate(today.year, today.month, today.day).addDays(3))
    ui.confirm_close_button.click()  # refused: the message under the date
    paths.append(grab(family, out / f"page-family-close-{language}.png"))
    family.discard_changes()
    return paths


def render_intake(out: Path, language: str) -> list[Path]:
    """Render each intake wizard step and the family's leaflet (as a PNG of its PDF)."""
    import dataclasses
    import shutil
    import subprocess
    import tempfile
    from datetime import date

    from PySide6.QtCore import Qt

    from desktop_app.core.models import ConsentPurpose, InterpreterMode, NeedCategory, Role
    from desktop_app.gui.intake_wizard import IntakeWizard
    from desktop_app.gui.leaflet import write_leaflet_pdf
    from desktop_app.vault.demo_vault import create_demo_vault
    from desktop_app.vault.services import VaultServices

    paths: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="hearth-intake-shots-") as folder:
        vault, _passphrase = create_demo_vault(Path(folder) / "vault", households=0)
        wizard = IntakeWizard(VaultServices.from_vault(vault), today=date(2026, 3, 2))
        try:
            wizard.resize(900, 700)
            ui = wizard.ui
            ui.language_filter_edit.setText("arab")
            ui.language_list.setCurrentRow(0)  # the first match, as Enter would pick
            combo = ui.interpreter_combo
            combo.setCurrentIndex(combo.findData(InterpreterMode.CHILD.value))
            paths.append(grab(wizard, out / f"intake-1-child-warning-{language}.png"))
            combo.setCurrentIndex(combo.findData(InterpreterMode.QUALIFIED_PHONE.value))
            ui.interpreter_name_edit.setText("Brackenford Language Line")
            paths.append(grab(wizard, out / f"intake-1-language-{language}.png"))
            wizard.next()
            for purpose in ConsentPurpose:
                wizard.consent_page.step.set_decision(purpose, True)
            paths.append(grab(wizard, out / f"intake-2-consent-{language}.png"))
            wizard.next()
            ui.alias_edit.setText("Family A.")
            ui.school_edit.setText("Riverside Primary School")
            wizard.add_person(Role.CAREGIVER)
            ui.given_name_edit.setText("Amal")
            ui.given_name_edit.textEdited.emit("Amal")
            wizard.add_person(Role.CHILD)
            ui.given_name_edit.setText("Lina")
            ui.birth_year_edit.setText("2017")
            ui.school_year_edit.setText("Year 4")
            ui.english_combo.setCurrentIndex(ui.english_combo.findData("A"))
            ui.school_year_edit.textEdited.emit("Year 4")
            paths.append(grab(wizard, out / f"intake-3-family-{language}.png"))
            wizard.next()
            for category, note in (
                (NeedCategory.FOOD, "asked about a food bank"),
                (NeedCategory.SCHOOL_UNIFORM, ""),
                (NeedCategory.ESOL_FOR_PARENTS, "mother would like classes"),
            ):
                check, edit, _field = wizard._need_rows[category]
                check.setChecked(True)
                edit.setText(note)
            paths.append(grab(wizard, out / f"intake-4-needs-{language}.png"))
            wizard.next()
            ui.service_list.item(0).setCheckState(Qt.CheckState.Checked)
            ui.referral_radio.click()
            paths.append(grab(wizard, out / f"intake-5-signposting-{language}.png"))
            ui.signpost_need_list.setCurrentRow(1)
            ui.service_list.item(0).setCheckState(Qt.CheckState.Checked)
            wizard.next()
            ui.key_contact_edit.setText("Ms Patel")
            paths.append(grab(wizard, out / f"intake-6-summary-{language}.png"))
            wizard.next()
            paths.append(grab(wizard, out / f"intake-7-saved-{language}.png"))
            content = wizard.leaflet_content()
        finally:
            wizard.close()
            wizard.deleteLater()
            vault.close()
        pdftoppm = shutil.which("pdftoppm")
        if pdftoppm is not None:
            for family_language in dict.fromkeys(("ar", language)):
                pdf = Path(folder) / f"leaflet-{family_language}.pdf"
                write_leaflet_pdf(dataclasses.replace(content, language=family_language), pdf)
                stem = out / f"leaflet-{family_language}-ui-{language}"
                subprocess.run(
                    [pdftoppm, "-png", "-r", "70", "-singlefile", str(pdf), str(stem)], check=True
                )
                paths.append(stem.with_suffix(".png"))
    return paths


def _wait(signal: object, timeout_ms: int = 30_000) -> None:
    """Run the event loop until ``signal`` fires (a background job finished)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


def render_reports(out: Path, language: str, households: int = 300) -> list[Path]:
    """Render the Reports & Sync page over a throw-away demo vault.

    Preview, exact text, local charts, the confirmation, a frozen release, the outbox
    and the coordinator view (this vault receiving its own bundle).
    """
    import tempfile
    from datetime import timedelta

    from desktop_app.core.demo import DEFAULT_TODAY
    from desktop_app.gui.report_dialogs import SendConfirmDialog
    from desktop_app.gui.report_jobs import plan_send
    from desktop_app.gui.reports_page import ReportsPage
    from desktop_app.stats.release import SETTING_AREA
    from desktop_app.sync.dhis2 import Dhis2Server
    from desktop_app.sync.formats import Dhis2Mapping
    from desktop_app.sync.hub import Hub
    from desktop_app.sync.keys import DeviceIdentity, enrol_device, trust_receiver
    from desktop_app.sync.service import SyncService
    from desktop_app.sync.targets import Dhis2Target, FolderTarget, save_target
    from desktop_app.vault.demo_vault import create_demo_vault
    from desktop_app.vault.services import VaultServices

    paths: list[Path] = []
    today = DEFAULT_TODAY + timedelta(days=14)
    with tempfile.TemporaryDirectory(prefix="hearth-report-shots-") as folder:
        vault, _passphrase = create_demo_vault(Path(folder) / "vault", households=households)
        drop = Path(folder) / "usb"
        drop.mkdir()
        page = ReportsPage(today=lambda: today)
        try:
            services = VaultServices.from_vault(vault)
            services.settings.set(SETTING_AREA, "RIVERSIDE")
            # This vault plays the coordinator too, so its own bundles can be imported.
            hub = Hub(services.sync)
            trust_receiver(services.sync, hub.identity.public_key_file(), confirm=True)
            enrol_device(
                services.sync,
                DeviceIdentity.of_vault(services.sync).public_key_file(),
                confirm=True,
            )
            save_target(
                services.sync, FolderTarget("coordinator-usb", drop, hub.identity.fingerprint)
            )
            mapping = Dhis2Mapping(
                "HeArThDs001",
                {"RIVERSIDE": "OrgUnitRv01"},
                {"new_households": ("DeNewHh0001", None)},
                skip_unmapped=True,
            )
            server = Dhis2Server("https://dhis2.example.org", "d2pat_example")
            save_target(services.sync, Dhis2Target("district", server, mapping))
            page.resize(1000, 720)
            page.set_services(services)
            page.ui.period_combo.setCurrentIndex(page.ui.period_combo.findData("2026-10"))
            page.show()
            page.preview()
            _wait(page.preview_ready)
            paths.append(grab(page, out / f"reports-1-preview-{language}.png"))
            page.ui.figures_tabs.setCurrentIndex(1)
            page.ui.format_combo.setCurrentIndex(page.ui.format_combo.findData("target:district"))
            paths.append(grab(page, out / f"reports-2-exact-text-{language}.png"))
            page.ui.figures_tabs.setCurrentIndex(2)
            paths.append(grab(page, out / f"reports-3-local-charts-{language}.png"))
            preview = page.current_preview()
            assert preview is not None
            dialog = SendConfirmDialog(plan_send(services, preview, "district"), page)
            paths.append(grab(dialog, out / f"reports-4-confirm-{language}.png"))
            dialog.close()
            dialog.deleteLater()
            # A DHIS2 send that failed, waiting in the outbox (made without a network).
            item = SyncService(services.sync).prepare("district", preview.report.payload)
            services.sync.mark_attempt(
                item.id, sent=False, error="DHIS2 could not be reached after 3 tries."
            )
            page.ui.target_combo.setCurrentIndex(page.ui.target_combo.findData("coordinator-usb"))
            original = ReportsPage.__dict__["ask_send"]
            ReportsPage.ask_send = classmethod(lambda cls, parent, plan: True)  # type: ignore[method-assign,assignment]
            try:
                page.ui.figures_tabs.setCurrentIndex(0)
                page.start_send()
                _wait(page.sync_done)
                _wait(page.preview_ready)
            finally:
                ReportsPage.ask_send = original  # type: ignore[method-assign]
            paths.append(grab(page, out / f"reports-5-sent-frozen-{language}.png"))
            page.refresh_outbox()
            page.ui.reports_tabs.setCurrentIndex(1)
            paths.append(grab(page, out / f"reports-6-outbox-{language}.png"))
            coordinator = page.coordinator
            coordinator.set_services(services)
            _wait(coordinator.merged_ready)
            original_folder = type(coordinator).__dict__["ask_folder"]
            type(coordinator).ask_folder = classmethod(lambda cls, parent, title: drop)  # type: ignore[method-assign,assignment]
            try:
                page.ui.reports_tabs.setCurrentWidget(page.coordinator_scroll)
                coordinator.import_bundles()
                _wait(coordinator.merged_ready)
            finally:
                type(coordinator).ask_folder = original_folder  # type: ignore[method-assign]
            paths.append(grab(page, out / f"reports-7-coordinator-{language}.png"))
            coordinator.ui.merged_tabs.setCurrentIndex(1)
            combo = coordinator.ui.chart_indicator_combo
            combo.setCurrentIndex(max(0, combo.findData("households_with_open_need_by_category")))
            paths.append(grab(page, out / f"reports-8-coordinator-chart-{language}.png"))
        finally:
            page.set_services(None)
            page.close()
            page.deleteLater()
            vault.close()
    return paths


def _wait_for(task: object) -> None:
    """Let a background task (a check, an import) finish and deliver its result."""
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone()
    for _round in range(5):
        QCoreApplication.processEvents()


def render_directory(out: Path, language: str) -> list[Path]:
    """Render the Services page, the service form, the import report and the Referrals tab."""
    import dataclasses
    import shutil
    import tempfile
    from datetime import UTC, datetime, timedelta

    from desktop_app.core import models as m
    from desktop_app.core.demo import DEFAULT_TODAY
    from desktop_app.core.resources import resource_dir
    from desktop_app.gui.casework import FamiliesSection
    from desktop_app.gui.services_page import ServicesPage
    from desktop_app.vault.demo_vault import create_demo_vault
    from desktop_app.vault.services import VaultServices

    paths: list[Path] = []
    today = DEFAULT_TODAY
    with tempfile.TemporaryDirectory(prefix="hearth-directory-shots-") as folder:
        vault, _passphrase = create_demo_vault(Path(folder) / "vault", households=40)
        try:
            services = VaultServices.from_vault(vault)
            page = ServicesPage()
            page.resize(1000, 680)
            page.set_services(services)
            page.ui.search_edit.setText("food")
            paths.append(grab(page, out / f"services-page-{language}.png"))
            page.ui.search_edit.clear()
            dialog = page.open_dialog(page.current_service())
            assert dialog is not None
            dialog.ui.email_edit.setText("food@")
            dialog.save()
            paths.append(grab(dialog, out / f"service-dialog-{language}.png"))
            dialog.reject()
            broken = Path(folder) / "council"
            shutil.copytree(resource_dir() / "demo" / "hsds", broken)
            lines = (broken / "services.csv").read_text(encoding="utf-8").splitlines()
            lines[1] = lines[1].replace("hello@welcome-hub.example", "hello@")
            lines[4] = lines[4].replace(",active,", ",open,")
            (broken / "services.csv").write_text("\r\n".join(lines) + "\r\n", "utf-8")
            with (broken / "languages.csv").open("a", encoding="utf-8") as handle:
                handle.write("lx,bad-service,,Elvish,,\r\n")
            importer = page.open_import()
            assert importer is not None
            importer.resize(900, 620)
            _wait_for(importer.check(broken))
            paths.append(grab(importer, out / f"service-import-report-{language}.png"))
            _wait_for(importer.check(resource_dir() / "demo" / "hsds"))
            paths.append(grab(importer, out / f"service-import-ready-{language}.png"))
            importer.reject()
            page.set_services(None)
            page.close()
            page.deleteLater()

            section = FamiliesSection()
            section.family_page._today = lambda: today
            section.resize(1000, 820)
            section.set_services(services)
            rows = services.households.list_page(0, 40)
            busiest = max(rows, key=lambda r: len(services.referrals.list_for_household(r.id)))
            aggregate = services.households.get(busiest.id)
            assert aggregate is not None
            # Withdraw this family's consent to share, so the tab shows blocked referrals.
            current = services.consent.current(busiest.id)
            sharing = current.get(m.ConsentPurpose.REFERRAL_SHARING)
            if any(r.status is m.ReferralStatus.REFERRED for r in aggregate.referrals):
                if sharing is not None and sharing.decision.grants:
                    services.consent.withdraw(
                        busiest.id,
                        dataclasses.replace(
                            sharing,
                            id=None,
                            decision=m.ConsentDecision.WITHDRAWN,
                            decided_at=datetime(today.year, today.month, today.day, 9, tzinfo=UTC)
                            - timedelta(days=3),
                        ),
                    )
            section.open_household(busiest.id)
            family = section.family_page
            family.ui.family_tabs.setCurrentWidget(family.ui.referrals_tab)
            tab = section.referrals_tab
            blocked = next(
                (r for r in tab._referrals if r.blocked_on is not None and r.id is not None), None
            )
            if blocked is not None and blocked.id is not None:
                tab.select_referral(blocked.id)
            paths.append(grab(section, out / f"page-family-referrals-blocked-{language}.png"))
            tab.make_referral()
            paths.append(grab(section, out / f"page-family-referrals-consent-{language}.png"))
            other = next(
                r.id
                for r in rows
                if services.consent.has_consent(r.id, m.ConsentPurpose.REFERRAL_SHARING)
                and any(n.status.is_open for n in services.needs.list_for_household(r.id))
            )
            section.open_household(other)
            family.ui.family_tabs.setCurrentWidget(family.ui.referrals_tab)
            tab.make_referral()
            paths.append(grab(section, out / f"page-family-referrals-new-{language}.png"))
            section.set_services(None)
            section.close()
            section.deleteLater()
        finally:
            vault.close()
    return paths


def _showcase_sync_settings(services: Any, folder: Path) -> None:
    """A coordinator key, a folder drop and a DHIS2 target, for the Settings screenshots."""
    from cryptography.hazmat.primitives.asymmetric import x25519
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    from desktop_app.stats.settings import StatisticsSettings
    from desktop_app.sync.dhis2 import Dhis2Server
    from desktop_app.sync.formats import Dhis2Mapping
    from desktop_app.sync.keys import KeyKind, PublicKeyFile, trust_receiver
    from desktop_app.sync.targets import Dhis2Target, FolderTarget, save_target

    public = (
        x25519.X25519PrivateKey.generate().public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    )
    receiver = trust_receiver(
        services.sync, PublicKeyFile(KeyKind.RECEIVER, public, "County coordinator"), confirm=True
    )
    StatisticsSettings("BRK-01", 5, 5).save(services.settings)
    drop = folder / "usb-stick"
    drop.mkdir()
    save_target(services.sync, FolderTarget("USB stick", drop, receiver))
    mapping = Dhis2Mapping(
        "pBOMPrpg1QX",
        {"BRK-01": "DiszpKrYNg8"},
        {"new_households": ("fbfJHSPpUQD", None), "contacts": ("cYeuwXTCPkU", "Prlt0C1RF0s")},
    )
    server = Dhis2Server("https://dhis2.example.org", "d2pat_showcase0000000000000000000000wxyz")
    save_target(services.sync, Dhis2Target("County DHIS2", server, mapping))


def _grab_whole(page: QWidget, key: str, path: Path, always: bool = False) -> Any:
    """Draw a Settings section's whole scroll content when it is taller than the page."""
    content = page.findChild(QWidget, f"{key}_content")
    assert content is not None
    QCoreApplication.processEvents()
    layout = content.layout()
    assert layout is not None
    layout.activate()
    height = max(content.height(), layout.totalHeightForWidth(content.width()))
    if height <= page.height() and not always:
        return None
    content.resize(content.width(), height)
    QCoreApplication.processEvents()
    if not content.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    return path


def render_settings(out: Path, language: str) -> list[Path]:
    """Render every section of the Settings page inside the main window, over a demo vault.

    Each section is drawn as the window shows it and, when it is taller than the window,
    also whole (the scroll area's content), so nothing below the fold goes unchecked.
    """
    import tempfile

    from desktop_app.gui.settings_page import SettingsPage
    from desktop_app.vault.demo_vault import create_demo_vault
    from desktop_app.vault.keyslots import format_recovery_code
    from desktop_app.vault.services import VaultServices

    paths: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="hearth-settings-shots-") as folder:
        vault, _passphrase = create_demo_vault(Path(folder) / "vault", households=40)
        window = MainWindow()
        window.resize(1000, 680)
        try:
            services = VaultServices.from_vault(vault)
            _showcase_sync_settings(services, Path(folder))
            page = SettingsPage(preferences_folder=Path(folder) / "config")
            window.set_section_widget("settings", page)
            window.set_services(services)
            window.set_signed_in(vault.actor)
            window.show_section(window.SECTION_KEYS.index("settings"))
            for key in page.SECTION_KEYS:
                page.show_section(key)
                if key == "staff":
                    page.staff._show_recovery_code(format_recovery_code(bytes(range(32))))
                paths.append(grab(window, out / f"settings-{key}-{language}.png"))
                whole = _grab_whole(page, key, out / f"settings-{key}-whole-{language}.png")
                if whole is not None:
                    paths.append(whole)
            page.show_section("sync")
            page.sync.ui.target_list.setCurrentRow(page.sync.target_names().index("County DHIS2"))
            page.sync.edit_target()
            paths.append(grab(window, out / f"settings-sync-dhis2-{language}.png"))
            paths.append(
                _grab_whole(page, "sync", out / f"settings-sync-dhis2-whole-{language}.png", True)
            )
            page.sync.save_target()  # unchanged: shows what a save says
            page.sync.new_target("dhis2")
            page.sync.ui.target_name_edit.setText("Test")
            page.sync.ui.base_url_edit.setText("http://dhis2.example.org")
            page.sync.ui.data_set_edit.setText("pBOMPrpg1Q")
            page.sync.save_target()
            paths.append(
                _grab_whole(page, "sync", out / f"settings-sync-refused-whole-{language}.png", True)
            )
            page.sync.close_editor()
            page.staff.hide_recovery_code()
        finally:
            window.set_services(None)
            window.hide()
            window.deleteLater()
            vault.close()
    return paths


def render_visits(out: Path, language: str, households: int = 300) -> list[Path]:
    """Render the visit screens: Today's visits, the Contacts tab and both dialogs."""
    import tempfile

    from desktop_app.core.demo import DEFAULT_TODAY
    from desktop_app.core.models import InterpreterMode, NeedCategory
    from desktop_app.gui.contact_dialog import ContactDialog
    from desktop_app.gui.contacts_tab import ContactsTab
    from desktop_app.gui.family_page import FamilyPage
    from desktop_app.gui.follow_up_dialog import FollowUpDialog
    from desktop_app.gui.today_page import TodayPage
    from desktop_app.vault.demo_vault import create_demo_vault
    from desktop_app.vault.services import VaultServices

    paths: list[Path] = []
    today = DEFAULT_TODAY
    with tempfile.TemporaryDirectory(prefix="hearth-visit-shots-") as folder:
        vault, _passphrase = create_demo_vault(Path(folder) / "vault", households=households)
        try:
            services = VaultServices.from_vault(vault)
            page = TodayPage(today=lambda: today)
            page.resize(1100, 820)
            page.set_services(services)
            workers = services.households.workers()
            if workers:
                page.set_worker(workers[0])
            page.ui.planned_list.setCurrentRow(0)
            page.ui.planned_list.setFocus()
            paths.append(grab(page, out / f"visits-today-{language}.png"))
            page.set_services(None)
            page.close()
            page.deleteLater()

            slipped = services.households.slipped(today, limit=1)
            rows = slipped or services.households.list_page(0, 1)
            household_id = rows[0].id
            family = FamilyPage(today=lambda: today)
            ContactsTab(family, today=lambda: today)
            family.resize(1000, 860)
            family.set_services(services)
            family.open_household(household_id)
            family.ui.family_tabs.setCurrentWidget(family.ui.contacts_tab)
            paths.append(grab(family, out / f"visits-contacts-tab-{language}.png"))

            aggregate = services.households.get(household_id)
            assert aggregate is not None
            dialog = ContactDialog(services, aggregate, today=lambda: today)
            ui = dialog.ui
            paths.append(grab(dialog, out / f"visits-contact-dialog-{language}.png"))
            ui.interpreter_combo.setCurrentIndex(
                ui.interpreter_combo.findData(InterpreterMode.CHILD.value)
            )
            ui.duration_spin.setValue(45)
            for index in range(ui.topics_list.count()):
                item = ui.topics_list.item(index)
                if item.data(int(Qt.ItemDataRole.UserRole)) == NeedCategory.SCHOOL_UNIFORM.value:
                    item.setCheckState(Qt.CheckState.Checked)
            ui.note_edit.setPlainText("Talked about the uniform grant; form filled in together.")
            ui.follow_up_group.setChecked(True)
            ui.follow_up_what_edit.setText("Bring the uniform voucher")
            paths.append(grab(dialog, out / f"visits-contact-dialog-filled-{language}.png"))
            dialog._closing_quietly = True
            dialog.close()
            dialog.deleteLater()

            follow_up = FollowUpDialog(services, aggregate, today=lambda: today)
            if follow_up.ui.about_combo.count() > 1:
                follow_up.ui.about_combo.setCurrentIndex(follow_up.ui.about_combo.count() - 1)
            paths.append(grab(follow_up, out / f"visits-follow-up-dialog-{language}.png"))
            follow_up._closing_quietly = True
            follow_up.close()
            follow_up.deleteLater()
            family.set_services(None)
            family.close()
            family.deleteLater()
        finally:
            vault.close()
    return paths
