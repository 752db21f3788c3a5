"""No network outside a sync: a whole GUI session, and the sync verbs' other paths.

Issue 8's promise: the app opens no connection at start, while working (the Reports
page's previews and coordinator view included), or on lock — only during a sync the
user started and confirmed. The guard (``tests/helpers/socket_guard.py``)
refuses and records every connection and name lookup Python code attempts; the control
test proves it does catch a real sync.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop_app.app import GuiOptions, build_session
from desktop_app.core.preferences import Preferences
from desktop_app.gui.reports_page import ReportsPage
from desktop_app.stats.release import SETTING_AREA
from desktop_app.sync.dhis2 import Dhis2Server
from desktop_app.sync.formats import Dhis2Mapping
from desktop_app.sync.hub import Hub
from desktop_app.sync.keys import DeviceIdentity, enrol_device, trust_receiver
from desktop_app.sync.service import SyncService
from desktop_app.sync.targets import Dhis2Target, FolderTarget, save_target
from desktop_app.vault.demo_vault import populate_demo
from desktop_app.vault.keyslots import Backoff
from desktop_app.vault.services import VaultServices
from desktop_app.vault.vault import Vault
from tests.helpers.socket_guard import socket_guard
from tests.helpers.vaults import TODAY, vault_services
from tests.sync.conftest import make_payload

USER = "Amina K"
PASSPHRASE = "lantern orchard whistle seventeen"
TIMEOUT = 30_000


def _vault_with_pending_dhis2_release(folder: Path) -> None:
    """A vault with families, a DHIS2 target and a release waiting in its outbox."""
    vault, _code = Vault.create(folder, USER, PASSPHRASE)
    try:
        populate_demo(vault.connection, vault.audit(), 20, today=TODAY)
        services = VaultServices.from_vault(vault)
        services.settings.set(SETTING_AREA, "RIVERSIDE")  # the mapping's org unit
        mapping = Dhis2Mapping(
            "HeArThDs001",
            {"RIVERSIDE": "OrgUnitRv01"},
            {"new_households": ("DeNewHh0001", None)},
            skip_unmapped=True,
        )
        server = Dhis2Server("https://127.0.0.1:9", "d2pat_token")
        save_target(services.sync, Dhis2Target("district", server, mapping))
        SyncService(services.sync).prepare("district", make_payload())
    finally:
        vault.close()


def test_a_whole_gui_session_opens_no_connection(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "vault"
    _vault_with_pending_dhis2_release(folder)
    with socket_guard(monkeypatch) as attempts:
        gui = build_session(
            GuiOptions(language=None, vault_dir=folder),
            Preferences(),
            backoff=Backoff(free_attempts=100),
        )
        qtbot.addWidget(gui.window)
        try:
            dialog = gui.session.unlock_dialog
            assert dialog is not None
            qtbot.waitExposed(dialog)
            dialog.ui.passphrase_edit.setText(PASSPHRASE)
            with qtbot.waitSignal(gui.session.unlocked, timeout=TIMEOUT) as unlocked:
                qtbot.mouseClick(dialog.ui.unlock_button, Qt.MouseButton.LeftButton)
            services = unlocked.args[0]
            window = gui.window
            # Every section, then one family's page.
            for row in range(len(window.SECTION_KEYS)):
                window.show_section(row)
                assert window.current_section() == row
                qtbot.waitExposed(window.ui.page_stack.currentWidget())
            (row,) = services.households.list_page(0, 1)
            assert gui.casework is not None
            gui.casework.open_household(row.id)
            family_page = gui.casework.families.family_page
            qtbot.waitExposed(family_page)
            # The Reports page: a preview, the Sync action declined, the outbox, and the
            # coordinator view (made a coordinator, merged tables computed).
            _visit_reports(qtbot, gui, monkeypatch)
            with qtbot.waitSignal(gui.session.locked, timeout=TIMEOUT):
                gui.session.lock()
        finally:
            gui.close()
    assert attempts == []
    # The pending release is still waiting: nothing retried it behind the user's back.
    with Vault.unlock(folder, USER, PASSPHRASE) as vault:
        (item,) = VaultServices.from_vault(vault).sync.outbox("district", pending_only=True)
        assert item.attempts == 0


def _visit_reports(qtbot, gui: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    window = gui.window
    page = gui.casework.reports
    window.show_section(window.SECTION_KEYS.index("reports"))
    qtbot.waitExposed(page)
    with qtbot.waitSignal(page.preview_ready, timeout=TIMEOUT):
        assert page.preview()
    assert page.ui.figures_tree.topLevelItemCount() > 0
    asked: list[Any] = []
    monkeypatch.setattr(
        ReportsPage, "ask_send", classmethod(lambda cls, parent, plan: asked.append(plan))
    )
    page.sync_action.trigger()  # the confirmation shows the plan; declined, nothing leaves
    assert len(asked) == 1
    assert asked[0].target.name == "district"
    page.ui.reports_tabs.setCurrentIndex(1)
    assert page.ui.outbox_tree.topLevelItemCount() == 1  # shown, not retried
    page.ui.reports_tabs.setCurrentWidget(page.coordinator_scroll)
    qtbot.waitExposed(page.coordinator)
    with qtbot.waitSignal(page.coordinator.merged_ready, timeout=TIMEOUT):
        page.coordinator.make_key()
    assert page.coordinator.fingerprint()


def test_only_a_confirmed_gui_sync_connects(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "vault"
    _vault_with_pending_dhis2_release(folder)
    with Vault.unlock(folder, USER, PASSPHRASE) as vault, socket_guard(monkeypatch) as attempts:
        services = VaultServices.from_vault(vault)
        page = ReportsPage(sleep=lambda _seconds: None)
        qtbot.addWidget(page)
        page.set_services(services)
        with qtbot.waitSignal(page.preview_ready, timeout=TIMEOUT):
            assert page.preview()
        answers: list[bool] = [False]
        monkeypatch.setattr(
            ReportsPage, "ask_send", classmethod(lambda cls, parent, plan: answers[-1])
        )
        page.start_send()  # declined
        assert attempts == []
        answers.append(True)
        with qtbot.waitSignal(page.sync_done, timeout=TIMEOUT):
            page.start_send()  # confirmed: now, and only now, a connection is tried
        assert attempts
        assert all(target[0] == "127.0.0.1" for _kind, target in attempts)
        assert "not sent" in page.ui.result_label.text()
        qtbot.waitUntil(lambda: not page.is_busy(), timeout=TIMEOUT)
        page.set_services(None)


def test_the_guard_catches_a_real_sync(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The control: without it, an empty list above could mean a blind guard.
    folder = tmp_path / "vault"
    _vault_with_pending_dhis2_release(folder)
    with Vault.unlock(folder, USER, PASSPHRASE) as vault, socket_guard(monkeypatch) as attempts:
        report = SyncService(VaultServices.from_vault(vault).sync, sleep=lambda _s: None).sync(
            "district"
        )
    assert not report.ok
    assert attempts
    assert all(target[0] == "127.0.0.1" for _kind, target in attempts)


def test_folder_sync_keys_and_hub_work_open_no_connection(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    drop = tmp_path / "usb"
    drop.mkdir()
    with vault_services(tmp_path / "d") as device, vault_services(tmp_path / "c") as coordinator:
        with socket_guard(monkeypatch) as attempts:
            hub = Hub(coordinator.sync, disclosure=list)
            trust_receiver(device.sync, hub.identity.public_key_file(), confirm=True)
            identity = DeviceIdentity.of_vault(device.sync)
            enrol_device(coordinator.sync, identity.public_key_file(), confirm=True)
            save_target(device.sync, FolderTarget("usb", drop, hub.identity.fingerprint))
            assert SyncService(device.sync).sync("usb", make_payload()).ok
            hub.import_folder(drop)
            hub.export_adx()
            hub.export_csv()
        assert attempts == []


def test_no_layer_imports_qt_networking() -> None:
    # Qt's own networking would bypass the Python guard; Hearth must not load it.
    code = (
        "import desktop_app.app, desktop_app.gui.main_window, desktop_app.gui.casework, sys;"
        "import desktop_app.sync.service, desktop_app.sync.hub;"
        "print('PySide6.QtNetwork' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
