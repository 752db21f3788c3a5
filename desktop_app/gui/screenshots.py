"""Render windows to PNG without a display (used by scripts/screenshots and tests)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
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
            family.set_services(None)
            family.close()
            family.deleteLater()
        finally:
            vault.close()
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
