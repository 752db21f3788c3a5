"""Render the Champions and Events pages and their dialogs to PNG over a demo vault.

Used by :func:`desktop_app.gui.screenshots.render_all` (``scripts/screenshots``).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtWidgets import QWidget

from desktop_app.gui.record_tables import select_row
from desktop_app.gui.screenshots import grab


def _close(widget: QWidget) -> None:
    widget.hide()
    widget.deleteLater()


def render_community(out: Path, language: str, households: int = 300) -> list[Path]:
    """Render every tab of the Champions page, the Events page and both dialogs."""
    from desktop_app.core.demo import DEFAULT_TODAY
    from desktop_app.core.models import ConsentPurpose
    from desktop_app.gui.champion_dialog import ChampionDialog
    from desktop_app.gui.champions_page import ChampionsPage
    from desktop_app.gui.event_dialog import EventDialog
    from desktop_app.gui.events_page import EventsPage
    from desktop_app.vault.demo_vault import create_demo_vault
    from desktop_app.vault.services import VaultServices

    paths: list[Path] = []
    today = DEFAULT_TODAY
    with tempfile.TemporaryDirectory(prefix="hearth-community-shots-") as folder:
        vault, _passphrase = create_demo_vault(Path(folder) / "vault", households=households)
        try:
            services = VaultServices.from_vault(vault)
            page = ChampionsPage(today=lambda: today)
            page.resize(1100, 760)
            page.set_services(services)
            select_row(page.ui.champions_table, 0)
            paths.append(grab(page, out / f"page-champions-list-{language}.png"))
            champion_households = {c.champion.household_id for c in services.champions.loads()}
            newcomer = next(
                hid
                for hid in sorted(
                    services.consent.households_with_consent(ConsentPurpose.CHAMPION_INTRODUCTION)
                )
                if hid not in champion_households
                and not services.champions.introductions(household_id=hid)
                and len(services.champions.suggest(hid, today=today)) >= 3
            )
            page.suggest_for(newcomer)
            paths.append(grab(page, out / f"page-champions-find-{language}.png"))
            refused = next(
                row.id
                for row in services.households.list_page(0, 200, today=today)
                if not services.consent.has_consent(row.id, ConsentPurpose.CHAMPION_INTRODUCTION)
            )
            page.suggest_for(refused)
            paths.append(grab(page, out / f"page-champions-no-consent-{language}.png"))
            page.filter_introductions(None)
            paths.append(grab(page, out / f"page-champions-introductions-{language}.png"))

            register = ChampionDialog(services, today=lambda: today)
            register.search.edit.setText("family")
            register.search.run()
            register.choose_family(newcomer)
            paths.append(grab(register, out / f"dialog-champion-register-{language}.png"))
            register.choose_family(refused)
            paths.append(grab(register, out / f"dialog-champion-refused-{language}.png"))
            _close(register)
            page.set_services(None)
            _close(page)

            events = EventsPage(today=lambda: today)
            events.resize(1100, 760)
            events.set_services(services)
            events.select_first_past()
            events.ui.attendee_search_edit.setText("family")
            events.attendee_search.run()
            paths.append(grab(events, out / f"page-events-{language}.png"))
            dialog = EventDialog(services, today=lambda: today)
            dialog.ui.title_edit.setText("Coffee and questions")
            dialog.languages.set_checked(["ar", "uk"])
            paths.append(grab(dialog, out / f"dialog-event-{language}.png"))
            _close(dialog)
            events.set_services(None)
            _close(events)
        finally:
            vault.close()
    return paths
