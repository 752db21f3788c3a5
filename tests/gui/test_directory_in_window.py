"""The Services section and the Referrals tab inside the real window of a demo session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.app import GuiOptions, GuiSession, build_session
from desktop_app.core.demo import demo_services
from desktop_app.core.preferences import Preferences
from desktop_app.gui.casework import FamiliesSection
from desktop_app.gui.services_page import ServicesPage


@pytest.fixture
def gui(qtbot, tmp_path: Path) -> Iterator[GuiSession]:
    started = build_session(
        GuiOptions(None, tmp_path / "unused", demo=True), Preferences(), demo_households=5
    )
    qtbot.addWidget(started.window)
    qtbot.waitExposed(started.window)
    yield started
    started.close()


def test_the_services_section_shows_the_demo_towns_imported_directory(gui: GuiSession) -> None:
    window = gui.window
    page = window.section_widget("services")
    assert isinstance(page, ServicesPage)
    window.show_section(window.SECTION_KEYS.index("services"))
    # The demo vault imported the town's HSDS package: every service, with its HSDS id.
    stored = gui.session.services.services.list()
    assert {s.hsds_id for s in stored} == {s.hsds_id for s in demo_services()}
    assert page.model.rowCount() == len(demo_services())
    families = window.section_widget("families")
    assert isinstance(families, FamiliesSection)
    assert families.referrals_tab.parent() is families.family_page.ui.referrals_tab
    gui.session.lock()
    assert page.model.rowCount() == 0
    assert not families.referrals_tab.ui.make_referral_button.isEnabled()
