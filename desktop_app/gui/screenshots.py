"""Render windows to PNG without a display (used by scripts/screenshots and tests)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop_app.gui.main_window import MainWindow

PAGE_NAMES = ["today", "families", "services", "champions", "reports", "settings"]


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
    paths += render_casework(out, language)
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
                tab = family.ui.family_tabs.widget(index).objectName().removesuffix("_tab")
                paths.append(grab(family, out / f"page-family-{tab}-{language}.png"))
            family.set_services(None)
            family.close()
            family.deleteLater()
        finally:
            vault.close()
    return paths
