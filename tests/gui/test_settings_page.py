"""The Settings page, driven through its real widgets over a real vault.

Each test changes something as a person would (picking, typing, clicking) and then
checks what the layer that uses the setting reads: the preferences file after a
"restart", the session's idle timer, the vault's settings as the statistics and
retention code read them, the stored targets and keys, the keyslot file.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from babel.messages.pofile import read_po, write_po
from cryptography.hazmat.primitives.asymmetric import x25519
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QWidget,
)

from desktop_app.app import GuiOptions, build_session
from desktop_app.core.models import ClosedReason
from desktop_app.core.preferences import Preferences
from desktop_app.gui import display
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.settings_page import SettingsPage
from desktop_app.i18n import available_languages
from desktop_app.i18n.locales import resolve_language
from desktop_app.stats.disclosure import DisclosureRules
from desktop_app.stats.release import Statistics
from desktop_app.stats.settings import SETTING_AREA, SETTING_THRESHOLD
from desktop_app.sync.keys import KeyKind, PublicKeyFile
from desktop_app.sync.targets import Dhis2Target, FolderTarget, load_target
from desktop_app.vault.backup import restore_backup
from desktop_app.vault.keyslots import Backoff
from desktop_app.vault.retention import RETENTION_SETTING, purge_expired, retention_months
from desktop_app.vault.services import VaultServices
from desktop_app.vault.vault import Vault
from tests.helpers.vaults import PASSPHRASE, add_family, vault_services

TODAY = date(2026, 11, 15)
TIMEOUT = 30_000
TOKEN = "d2pat_Canary7731SecretTokenValue0123456789"
NEW_PASSPHRASE = "Canary-Passphrase otter basket ninety"
GOOD_UID = "pBOMPrpg1QX"


@pytest.fixture
def services(tmp_path: Path) -> Iterator[VaultServices]:
    with vault_services(tmp_path / "vault") as opened:
        yield opened


@pytest.fixture
def config(tmp_path: Path) -> Path:
    return tmp_path / "config"


@pytest.fixture
def display_reset(qapp: QApplication) -> Iterator[None]:
    yield
    display.apply_high_contrast(qapp, False)
    display.apply_text_scale(qapp, 100)


@pytest.fixture
def page(qtbot, services, config, switcher, display_reset) -> Iterator[SettingsPage]:
    widget = SettingsPage(switcher=switcher, preferences_folder=config, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.set_services(services)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.set_services(None)  # as the session does before it closes the vault


def cell(table: QTableWidget, row: int, column: int) -> Any:
    """A table's item (never None in these forms)."""
    item = table.item(row, column)
    assert item is not None
    return item


def refuse(*_args: Any) -> bool:
    raise AssertionError("no question was expected")


# ======================================================================= language
@pytest.fixture
def catalogs(tmp_path: Path, monkeypatch, project_root: Path) -> Path:
    """The shipped catalogs, with Arabic for a few of this page's own texts added."""
    root = tmp_path / "translations"
    extra = {
        ("SettingsPage", "Language and display"): "اللغة والعرض",
        ("SettingsPage", "Records"): "السجلات",
        (None, "The original texts of Hearth"): "النصوص الأصلية لبرنامج Hearth",
    }
    for language in ("ar", "fr"):
        source = project_root / "resources/translations" / language / "LC_MESSAGES/hearth.po"
        with source.open("rb") as handle:
            catalog = read_po(handle, locale=language)
        if language == "ar":
            for (context, msgid), msgstr in extra.items():
                known = catalog.get(msgid, context=context)
                if known is None:
                    catalog.add(msgid, msgstr, context=context)
                else:
                    known.string = msgstr
        target = root / language / "LC_MESSAGES" / "hearth.po"
        target.parent.mkdir(parents=True)
        with target.open("wb") as handle:
            write_po(handle, catalog)
    monkeypatch.setattr("desktop_app.i18n.catalog.translations_dir", lambda: root)
    return root


def test_languages_are_listed_in_their_own_script_with_an_honest_note(page: SettingsPage) -> None:
    assert page.languages() == available_languages()
    texts = [page.ui.language_list.item(i).text() for i in range(page.ui.language_list.count())]
    arabic = texts[page.languages().index("ar")]
    assert "العربية" in arabic
    assert "Arabic" in arabic
    assert "not yet reviewed by a native speaker" in arabic
    assert "Français" in texts[page.languages().index("fr")]
    assert "The original texts of Hearth" in texts[page.languages().index("en")]
    assert page.ui.language_list.currentItem().text() == texts[page.languages().index("en")]


def test_a_live_switch_retranslates_page_and_window_and_flips_for_arabic(
    qtbot, services, config, switcher, catalogs, qapp: QApplication, display_reset
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    page = SettingsPage(switcher=switcher, preferences_folder=config, today=lambda: TODAY)
    window.set_section_widget("settings", page)
    window.set_services(services)
    window.show_section(window.SECTION_KEYS.index("settings"))
    window.resize(1000, 680)
    window.show()
    qtbot.waitExposed(window)
    switched: list[str] = []
    page.language_changed.connect(switched.append)
    page.pick_language("fr")
    qtbot.waitUntil(lambda: window.ui.navigation_list.item(1).text() == "Familles")
    # Words that come from language data follow at once (Babel's names in French).
    qtbot.waitUntil(lambda: "— Arabe" in page.ui.language_list.item(0).text())
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    page.pick_language("ar")
    qtbot.waitUntil(lambda: page.ui.section_list.item(0).text() == "اللغة والعرض")
    assert page.ui.section_list.item(2).text() == "السجلات"
    english = page.ui.language_list.item(page.languages().index("en")).text()
    assert "النصوص الأصلية لبرنامج Hearth" in english
    assert window.ui.navigation_list.item(0).text() == "اليوم"
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft
    qtbot.waitUntil(
        lambda: page.ui.section_list.geometry().left() > page.ui.section_stack.geometry().left()
    )
    assert switched == ["fr", "ar"]
    # Remembered: the next start reads the preferences file again and picks Arabic.
    saved = Preferences.load(config)
    assert saved.language == "ar"
    assert resolve_language(None, saved.language, "en_GB", available_languages()) == "ar"
    # Vault-backed sections kept their values through the switch.
    assert page.ui.retention_spin.value() == 24
    window.set_services(None)


# ======================================================================= display
def test_text_size_applies_everywhere_and_is_remembered(
    qtbot, page: SettingsPage, config: Path, qapp: QApplication
) -> None:
    base = qapp.font().pointSizeF()
    title = page.ui.title_label.font().pointSizeF()  # a label with a size of its own
    other = QLabel("another window")
    qtbot.addWidget(other)
    page.pick_text_size(150)
    assert qapp.font().pointSizeF() == pytest.approx(base * 1.5)
    assert other.font().pointSizeF() == pytest.approx(base * 1.5)
    assert page.ui.title_label.font().pointSizeF() == pytest.approx(title * 1.5)
    assert Preferences.load(config).text_scale == 150
    page.pick_text_size(200)
    assert page.ui.title_label.font().pointSizeF() == pytest.approx(title * 2)
    page.pick_text_size(100)
    assert qapp.font().pointSizeF() == pytest.approx(base)
    assert page.ui.title_label.font().pointSizeF() == pytest.approx(title)
    assert Preferences.load(config).text_scale == 100
    # A start with saved preferences applies them before any window shows.
    display.apply_display(qapp, Preferences(text_scale=125, high_contrast=True))
    assert qapp.font().pointSizeF() == pytest.approx(base * 1.25)
    assert display.high_contrast(qapp)


def test_high_contrast_is_a_palette_applied_live_and_remembered(
    page: SettingsPage, config: Path, qapp: QApplication
) -> None:
    before = QPalette(qapp.palette())
    page.ui.high_contrast_check.click()
    palette = qapp.palette()
    assert palette.color(QPalette.ColorRole.Window).name() == "#ffffff"
    assert palette.color(QPalette.ColorRole.WindowText).name() == "#000000"
    assert palette.color(QPalette.ColorRole.Highlight).name() == "#00007a"
    assert page.palette().color(QPalette.ColorRole.WindowText).name() == "#000000"
    assert "border: 2px solid #000000" in qapp.styleSheet()
    assert Preferences.load(config).high_contrast is True
    page.ui.high_contrast_check.click()
    assert qapp.palette().color(QPalette.ColorRole.Window) == before.color(
        QPalette.ColorRole.Window
    )
    assert "border: 2px solid" not in qapp.styleSheet()
    assert Preferences.load(config).high_contrast is False


def test_a_preference_that_cannot_be_written_still_applies_and_says_so(
    page: SettingsPage, config: Path, qapp: QApplication
) -> None:
    config.write_text("a file where the folder should be", encoding="utf-8")
    page.pick_text_size(125)
    assert qapp.font().pointSizeF() > 0
    assert display.text_scale(qapp) == 125
    assert "could not be kept" in page.ui.display_message_label.text()
    assert not page.ui.display_message_label.isHidden()


# ======================================================================= session
def test_the_auto_lock_time_reaches_the_running_session(qtbot, tmp_path: Path, config) -> None:
    folder = tmp_path / "vault"
    Vault.create(folder, "Amina K", PASSPHRASE)[0].close()
    gui = build_session(
        GuiOptions(language=None, vault_dir=folder), Preferences(), backoff=Backoff()
    )
    qtbot.addWidget(gui.window)
    try:
        dialog = gui.session.unlock_dialog
        assert dialog is not None
        dialog.ui.passphrase_edit.setText(PASSPHRASE)
        with qtbot.waitSignal(gui.session.unlocked, timeout=TIMEOUT):
            dialog.try_unlock()
        page = gui.settings
        assert isinstance(page, SettingsPage)
        assert gui.window.section_widget("settings") is page
        assert gui.session.idle_watcher.interval_ms() == 5 * 60_000
        page.ui.auto_lock_spin.setValue(12)
        assert gui.session.idle_watcher.interval_ms() == 12 * 60_000
        assert gui.session.idle_watcher.is_active()
        assert Preferences.load().auto_lock_minutes == 12  # HEARTH_CONFIG_DIR of the test
        assert "12 minutes" in page.ui.auto_lock_message_label.text()
        # Locked: the vault sections empty, display preferences still usable.
        gui.session.lock()
        assert page.services is None
        assert not page.ui.stats_group.isEnabled()
        assert not page.ui.users_group.isEnabled()
        assert page.ui.user_list.count() == 0
        assert page.ui.language_list.isEnabled()
        assert page.ui.auto_lock_spin.isEnabled()
    finally:
        gui.close()


# ======================================================================= records
def test_retention_is_saved_where_the_purge_reads_it(
    page: SettingsPage, services, monkeypatch
) -> None:
    assert page.ui.retention_spin.value() == 24
    monkeypatch.setattr(page, "ask_confirm", refuse)  # nothing would be erased: no question
    page.ui.retention_spin.setValue(36)
    assert page.save_retention()
    assert services.settings.get(RETENTION_SETTING) == "36"
    assert retention_months(services.vault.connection) == 36
    assert "36 months" in page.ui.retention_message_label.text()


def test_a_shorter_retention_that_would_erase_asks_first(
    page: SettingsPage, services, monkeypatch
) -> None:
    household = add_family(services, alias="Closed family").household.id
    assert household is not None
    services.households.close(household, ClosedReason.NEEDS_MET, date(2025, 3, 1))
    page.set_services(services)
    page.ui.retention_spin.setValue(6)
    assert "1 closed family record is past the period" in page.ui.retention_effect_label.text()
    questions: list[str] = []

    def decline(title: str, text: str, yes: str) -> bool:
        questions.append(text)
        return False

    monkeypatch.setattr(page, "ask_confirm", decline)
    assert not page.save_retention()
    assert "1 closed family record is older than 6 months" in questions[0]
    assert services.settings.get(RETENTION_SETTING) is None  # nothing saved
    monkeypatch.setattr(page, "ask_confirm", lambda *_args: True)
    assert page.save_retention()
    assert retention_months(services.vault.connection) == 6
    report = purge_expired(services.vault.connection, services.audit, TODAY, dry_run=True)
    assert (report.retention_months, report.due) == (6, 1)


# ======================================================================= statistics
def test_statistics_rules_are_saved_for_the_statistics_layer(page: SettingsPage, services) -> None:
    ui = page.ui
    ui.area_edit.setText("BRK-01")
    ui.threshold_spin.setValue(7)
    ui.rounding_combo.setCurrentIndex(ui.rounding_combo.findData(5))
    ui.noise_check.setChecked(True)
    assert ui.epsilon_spin.isEnabled()
    ui.epsilon_spin.setValue(0.5)
    ui.stats_save_button.click()
    assert "Saved" in ui.stats_message_label.text()
    stats = Statistics.of(services)
    assert stats.rules() == DisclosureRules(threshold=7, rounding_base=5, noise_scale=2.0)
    assert stats.area_code(None) == "BRK-01"
    # Shown again as stored after a lock and unlock.
    page.set_services(None)
    assert ui.area_edit.text() == ""
    assert not ui.stats_group.isEnabled()
    page.set_services(services)
    assert (ui.area_edit.text(), ui.threshold_spin.value()) == ("BRK-01", 7)
    assert ui.noise_check.isChecked()
    assert ui.epsilon_spin.value() == pytest.approx(0.5)
    assert ui.rounding_combo.currentData() == 5


def test_unsafe_statistics_values_cannot_be_saved(page: SettingsPage, services) -> None:
    ui = page.ui
    assert ui.threshold_spin.minimum() == 3  # k is never below 3
    ui.threshold_spin.setValue(2)
    assert ui.threshold_spin.value() == 3
    ui.area_edit.setText("St Mary's School")
    ui.stats_save_button.click()
    assert "Use only letters" in ui.area_message_label.text()
    assert not ui.area_message_label.isHidden()
    assert services.settings.get(SETTING_AREA) is None
    assert services.settings.get(SETTING_THRESHOLD) is None
    ui.area_edit.setText("BRK-01")  # fixing it takes the message away
    assert ui.area_message_label.isHidden()


# ======================================================================= sync
def _receiver_key_file(tmp_path: Path, label: str = "County coordinator") -> PublicKeyFile:
    public = (
        x25519.X25519PrivateKey.generate().public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    )
    key = PublicKeyFile(KeyKind.RECEIVER, public, label)
    (tmp_path / "coordinator.hearth-key").write_bytes(key.to_bytes())
    return key


def _add_receiver(
    page: SettingsPage, monkeypatch: Any, tmp_path: Path, confirm: bool
) -> tuple[PublicKeyFile, list[tuple[str, str]]]:
    key = _receiver_key_file(tmp_path)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(page, "ask_open_file", lambda *_args: tmp_path / "coordinator.hearth-key")

    def fingerprint(value: str, label: str) -> bool:
        shown.append((value, label))
        return confirm

    monkeypatch.setattr(page, "ask_fingerprint", fingerprint)
    page.sync.add_receiver()
    return key, shown


def test_a_coordinator_key_needs_its_fingerprint_confirmed(
    page: SettingsPage, services, tmp_path: Path, monkeypatch
) -> None:
    key, shown = _add_receiver(page, monkeypatch, tmp_path, confirm=False)
    assert shown == [(key.fingerprint, "County coordinator")]
    assert services.sync.receivers() == []
    assert page.sync.receiver_fingerprints() == []
    assert "not confirmed" in page.ui.receiver_message_label.text()
    key, shown = _add_receiver(page, monkeypatch, tmp_path, confirm=True)
    assert [r.fingerprint for r in services.sync.receivers()] == [key.fingerprint]
    assert page.sync.receiver_fingerprints() == [key.fingerprint]
    assert services.sync.receiver(key.fingerprint).public_key == key.public_key


def test_a_device_key_file_is_refused_as_a_coordinator_key(
    page: SettingsPage, services, tmp_path: Path, monkeypatch
) -> None:
    path = tmp_path / "device.hearth-key"
    path.write_bytes(PublicKeyFile(KeyKind.DEVICE, bytes(32)).to_bytes())
    monkeypatch.setattr(page, "ask_open_file", lambda *_args: path)
    monkeypatch.setattr(page, "ask_fingerprint", refuse)
    assert not page.sync.add_receiver()
    assert "device's key" in page.ui.receiver_message_label.text()
    assert services.sync.receivers() == []


def test_this_laptops_key_is_exported(
    page: SettingsPage, services, tmp_path: Path, monkeypatch
) -> None:
    assert "Not made yet" in page.ui.device_id_label.text()
    out = tmp_path / "mine.hearth-key"
    monkeypatch.setattr(page, "ask_save_file", lambda *_args: out)
    assert page.sync.export_device_key() == out
    written = json.loads(out.read_text(encoding="utf-8"))
    assert written["kind"] == "device"
    assert page.ui.device_id_label.text() == written["fingerprint"]
    assert written["fingerprint"] in page.ui.device_message_label.text()


def test_a_folder_target_is_added_edited_and_removed(
    page: SettingsPage, services, tmp_path: Path, monkeypatch
) -> None:
    key, _shown = _add_receiver(page, monkeypatch, tmp_path, confirm=True)
    drop = tmp_path / "usb"
    drop.mkdir()
    ui = page.ui
    page.sync.add_actions["folder"].trigger()
    assert page.sync.editor_open()
    assert ui.targets_group.isHidden()
    ui.target_name_edit.setText("USB stick")
    ui.folder_edit.setText(str(tmp_path / "missing"))
    assert not page.sync.save_target()
    assert "does not exist" in ui.folder_message_label.text()
    assert services.sync.targets() == []
    ui.folder_edit.setText(str(drop))
    ui.save_target_button.click()
    assert not page.sync.editor_open()
    stored = load_target(services.sync, "USB stick")
    assert stored == FolderTarget("USB stick", drop, key.fingerprint)
    assert page.sync.target_names() == ["USB stick"]
    # Edit: the name stays (it keys the outbox), the folder changes.
    other = tmp_path / "shared"
    other.mkdir()
    ui.target_list.setCurrentRow(0)
    ui.edit_target_button.click()
    assert ui.target_name_edit.isReadOnly()
    assert ui.folder_edit.text() == str(drop)
    ui.folder_edit.setText(str(other))
    assert page.sync.save_target()
    assert load_target(services.sync, "USB stick") == FolderTarget(
        "USB stick", other, key.fingerprint
    )
    # The key cannot go while the target seals for it.
    ui.receiver_list.setCurrentRow(0)
    monkeypatch.setattr(page, "ask_confirm", refuse)
    assert not page.sync.remove_receiver()
    assert "USB stick" in ui.receiver_message_label.text()
    # Remove, after saying yes.
    asked: list[str] = []

    def agree(title: str, text: str, yes: str) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(page, "ask_confirm", agree)
    ui.target_list.setCurrentRow(0)
    ui.remove_target_button.click()
    assert asked
    assert services.sync.targets() == []
    assert page.sync.target_names() == []


def test_a_folder_target_needs_a_coordinator_key_first(page: SettingsPage, tmp_path) -> None:
    page.sync.add_actions["folder"].trigger()
    page.ui.target_name_edit.setText("USB stick")
    page.ui.folder_edit.setText(str(tmp_path))
    assert not page.sync.save_target()
    assert "coordinator's key first" in page.ui.receiver_combo_message_label.text()


def _mapping_row(page: SettingsPage, key: str) -> int:
    table = page.ui.mapping_table
    for row in range(table.rowCount()):
        if cell(table, row, 0).toolTip() == key:
            return row
    raise AssertionError(key)


def _fill_dhis2(
    page: SettingsPage, *, data_set: str = GOOD_UID, element: str = "fbfJHSPpUQD"
) -> None:
    ui = page.ui
    page.sync.add_actions["dhis2"].trigger()
    ui.target_name_edit.setText("County DHIS2")
    ui.base_url_edit.setText("https://dhis2.example.org/")
    ui.token_edit.setText(TOKEN)
    ui.data_set_edit.setText(data_set)
    assert cell(ui.org_units_table, 0, 0).text() == "ALL"  # this laptop's area, prefilled
    cell(ui.org_units_table, 0, 1).setText("DiszpKrYNg8")
    row = _mapping_row(page, "new_households")
    cell(ui.mapping_table, row, 1).setText(element)
    contacts = _mapping_row(page, "contacts|contact_kind=home_visit")
    cell(ui.mapping_table, contacts, 1).setText("cYeuwXTCPkU")
    cell(ui.mapping_table, contacts, 2).setText("Prlt0C1RF0s")


def test_bad_dhis2_identifiers_are_refused_with_a_message_and_nothing_saved(
    page: SettingsPage, services
) -> None:
    _fill_dhis2(page, data_set="pBOMPrpg1Q", element="1nvalidUID0")
    ui = page.ui
    ui.base_url_edit.setText("http://dhis2.example.org")
    ui.save_target_button.click()
    assert "https://" in ui.base_url_message_label.text()
    assert "pBOMPrpg1Q" in ui.data_set_message_label.text()
    assert "is not a DHIS2 identifier" in ui.mapping_message_label.text()
    assert "Nothing was saved" in ui.target_editor_message_label.text()
    assert ui.base_url_edit.hasFocus() or ui.base_url_edit.accessibleDescription()
    assert services.sync.targets() == []
    assert page.sync.editor_open()  # what was typed is still there to correct
    assert ui.data_set_edit.text() == "pBOMPrpg1Q"


def test_a_dhis2_target_keeps_its_token_hidden_when_edited(
    page: SettingsPage, services, config: Path, monkeypatch
) -> None:
    _fill_dhis2(page)
    ui = page.ui
    assert page.sync.save_target()
    assert ui.token_edit.text() == ""
    target = load_target(services.sync, "County DHIS2")
    assert isinstance(target, Dhis2Target)
    assert target.server.token == TOKEN
    assert target.server.base_url == "https://dhis2.example.org"
    assert target.mapping.org_units == {"ALL": "DiszpKrYNg8"}
    assert target.mapping.data_elements["new_households"] == ("fbfJHSPpUQD", None)
    assert target.mapping.data_elements["contacts|contact_kind=home_visit"] == (
        "cYeuwXTCPkU",
        "Prlt0C1RF0s",
    )
    assert TOKEN not in "".join(page.sync.target_names()) + ui.target_list.item(0).text()
    # Edit: the token is never put back into a widget; only its last characters are named.
    ui.target_list.setCurrentRow(0)
    ui.edit_target_button.click()
    assert ui.token_edit.text() == ""
    assert "…" + TOKEN[-4:] in ui.token_state_label.text()
    for widget in page.findChildren(QWidget):
        for text in _texts_of(widget):
            assert TOKEN[:-4] not in text, widget.objectName()
    ui.base_url_edit.setText("https://dhis2.example.org/county")
    assert page.sync.save_target()
    kept = load_target(services.sync, "County DHIS2")
    assert isinstance(kept, Dhis2Target)
    assert kept.server.token == TOKEN
    assert kept.server.base_url.endswith("/county")
    # A new token replaces it.
    ui.target_list.setCurrentRow(0)
    ui.edit_target_button.click()
    ui.token_edit.setText("d2pat_ReplacementToken000000000000000000")
    assert page.sync.save_target()
    replaced = load_target(services.sync, "County DHIS2")
    assert isinstance(replaced, Dhis2Target)
    assert replaced.server.token.startswith("d2pat_Replacement")
    # Removed.
    monkeypatch.setattr(page, "ask_confirm", lambda *_args: True)
    ui.target_list.setCurrentRow(0)
    assert page.sync.remove_target()
    assert services.sync.targets() == []


def test_a_mapping_file_fills_the_dhis2_form(
    page: SettingsPage, tmp_path: Path, monkeypatch
) -> None:
    mapping = {
        "data_set": GOOD_UID,
        "org_units": {"ALL": "DiszpKrYNg8", "NORTH": "ImspTQPwCqd"},
        "data_elements": {"referrals_made": {"dataElement": "fbfJHSPpUQD"}},
    }
    path = tmp_path / "mapping.json"
    path.write_text(json.dumps({"mapping": mapping}), encoding="utf-8")
    page.sync.add_actions["dhis2"].trigger()
    monkeypatch.setattr(page, "ask_open_file", lambda *_args: path)
    assert page.sync.load_mapping_file()
    ui = page.ui
    assert ui.data_set_edit.text() == GOOD_UID
    assert ui.org_units_table.rowCount() == 2
    assert cell(ui.mapping_table, _mapping_row(page, "referrals_made"), 1).text() == "fbfJHSPpUQD"
    path.write_text(json.dumps({"data_set": "bad"}), encoding="utf-8")
    assert not page.sync.load_mapping_file()
    assert "not a DHIS2 identifier" in ui.mapping_message_label.text()


def test_nothing_in_settings_opens_a_connection(page: SettingsPage, monkeypatch) -> None:
    import socket

    def no_network(*_args: Any, **_kwargs: Any) -> None:
        raise AssertionError("Settings must not connect")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    _fill_dhis2(page)
    assert page.sync.save_target()


# ======================================================================= staff
def _keyslots(services: VaultServices) -> bytes:
    return (services.vault.folder / "keyslots.json").read_bytes()


def test_adding_a_staff_member_needs_my_passphrase(qtbot, page: SettingsPage, services) -> None:
    ui = page.ui
    before = _keyslots(services)
    ui.add_user_name_edit.setText("Daniel O")
    ui.add_user_passphrase_edit.setText("short")
    assert not ui.add_user_strength_bar.isHidden()  # the meter shows while typing
    ui.add_user_button.click()
    assert "Too short" in ui.add_user_message_label.text()
    ui.add_user_passphrase_edit.setText(NEW_PASSPHRASE)
    ui.add_user_confirm_edit.setText(NEW_PASSPHRASE)
    ui.add_user_own_edit.setText("not my passphrase at all")
    with qtbot.waitSignal(page.staff.finished, timeout=TIMEOUT):
        ui.add_user_button.click()
        # Every secret field is emptied as soon as it was read.
        assert (ui.add_user_passphrase_edit.text(), ui.add_user_own_edit.text()) == ("", "")
    assert "do not open this vault" in ui.add_user_message_label.text()
    assert _keyslots(services) == before
    ui.add_user_passphrase_edit.setText(NEW_PASSPHRASE)
    ui.add_user_confirm_edit.setText(NEW_PASSPHRASE)
    ui.add_user_own_edit.setText(PASSPHRASE)
    with qtbot.waitSignal(page.staff.finished, timeout=TIMEOUT):
        ui.add_user_button.click()
    assert page.staff.users() == ["Staff", "Daniel O"]
    assert "Daniel O" in ui.add_user_message_label.text()
    Vault.unlock(services.vault.folder, "Daniel O", NEW_PASSPHRASE).close()


def test_removing_a_staff_member_but_never_the_last(
    qtbot, page: SettingsPage, services, monkeypatch
) -> None:
    ui = page.ui
    ui.user_list.setCurrentRow(0)
    assert not ui.remove_user_button.isEnabled()  # the only one
    services.vault.add_user("Daniel O", NEW_PASSPHRASE)
    page.staff.refresh()
    ui.user_list.setCurrentRow(page.staff.users().index("Daniel O"))
    assert ui.remove_user_button.isEnabled()
    monkeypatch.setattr(page, "ask_confirm", lambda *_args: False)
    ui.remove_user_button.click()
    assert services.vault.list_users() == ["Staff", "Daniel O"]
    monkeypatch.setattr(page, "ask_confirm", lambda *_args: True)
    ui.remove_user_button.click()
    assert services.vault.list_users() == ["Staff"]
    assert page.staff.users() == ["Staff"]


def test_changing_my_passphrase_asks_for_the_current_one(
    qtbot, page: SettingsPage, services
) -> None:
    ui = page.ui
    before = _keyslots(services)
    ui.current_passphrase_edit.setText("wrong current passphrase")
    ui.new_passphrase_edit.setText(NEW_PASSPHRASE)
    ui.confirm_passphrase_edit.setText(NEW_PASSPHRASE)
    with qtbot.waitSignal(page.staff.finished, timeout=TIMEOUT):
        ui.change_passphrase_button.click()
    assert "do not open this vault" in ui.passphrase_message_label.text()
    assert _keyslots(services) == before
    ui.current_passphrase_edit.setText(PASSPHRASE)
    ui.new_passphrase_edit.setText(NEW_PASSPHRASE)
    ui.confirm_passphrase_edit.setText(NEW_PASSPHRASE + " typo")
    ui.change_passphrase_button.click()
    assert "not the same" in ui.passphrase_message_label.text()
    assert _keyslots(services) == before
    ui.confirm_passphrase_edit.setText(NEW_PASSPHRASE)
    with qtbot.waitSignal(page.staff.finished, timeout=TIMEOUT):
        ui.change_passphrase_button.click()
    assert "was changed" in ui.passphrase_message_label.text()
    Vault.unlock(services.vault.folder, "Staff", NEW_PASSPHRASE).close()
    with pytest.raises(Exception, match="do not open"):
        Vault.unlock(services.vault.folder, "Staff", PASSPHRASE)


def test_a_new_recovery_code_is_shown_once_and_can_be_printed_and_saved(
    qtbot, page: SettingsPage, services, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtGui import QPageSize
    from PySide6.QtPrintSupport import QPrinter

    ui = page.ui
    assert ui.recovery_code_label.isHidden()
    ui.recovery_own_edit.setText(PASSPHRASE)
    with qtbot.waitSignal(page.staff.finished, timeout=TIMEOUT):
        ui.new_recovery_button.click()
    code = page.staff.recovery_code_shown()
    assert len(code.split()) >= 8
    assert not ui.recovery_code_label.isHidden()
    Vault.recover(services.vault.folder, code).close()
    saved = tmp_path / "code.txt"
    monkeypatch.setattr(page, "ask_save_file", lambda *_args: saved)
    assert page.staff.save_recovery_code() == saved
    assert code in saved.read_text(encoding="utf-8")
    assert saved.stat().st_mode & 0o077 == 0  # only this person may read it
    pdf = tmp_path / "code.pdf"
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setOutputFileName(str(pdf))
    monkeypatch.setattr(page, "ask_printer", lambda: printer)
    assert page.staff.print_recovery_code()
    assert pdf.stat().st_size > 0
    ui.recovery_done_button.click()
    assert page.staff.recovery_code_shown() == ""
    assert ui.recovery_code_label.isHidden()


def test_locking_takes_the_recovery_code_and_typed_secrets_away(qtbot, page: SettingsPage) -> None:
    ui = page.ui
    ui.recovery_own_edit.setText(PASSPHRASE)
    with qtbot.waitSignal(page.staff.finished, timeout=TIMEOUT):
        ui.new_recovery_button.click()
    assert page.staff.recovery_code_shown()
    ui.current_passphrase_edit.setText("typed but not used")
    page.sync.add_actions["dhis2"].trigger()
    ui.token_edit.setText(TOKEN)
    page.set_services(None)
    assert page.staff.recovery_code_shown() == ""
    assert ui.current_passphrase_edit.text() == ""
    assert ui.token_edit.text() == ""
    assert not page.sync.editor_open()
    for widget in page.findChildren(QWidget):
        for text in _texts_of(widget):
            assert TOKEN not in text
            assert "typed but not used" not in text


def test_a_backup_is_written_off_the_gui_thread_and_verifiable(
    qtbot, page: SettingsPage, services, tmp_path: Path, monkeypatch
) -> None:
    add_family(services, alias="Family in the backup")
    out = tmp_path / "backups"
    out.mkdir()
    monkeypatch.setattr(page, "ask_folder", lambda *_args: out)
    with qtbot.waitSignal(page.staff.finished, timeout=TIMEOUT) as done:
        page.ui.backup_button.click()
        assert page.staff.is_busy()
        assert not page.ui.maintenance_progress.isHidden()
        assert not page.ui.verify_button.isEnabled()
    assert done.args == ["backup"]
    assert page.ui.maintenance_progress.isHidden()
    written = list(out.glob("*.hearth-backup"))
    assert len(written) == 1
    assert "passed every check" in page.ui.maintenance_message_label.text()
    restored = restore_backup(
        written[0], tmp_path / "restored", lambda slots: slots.unlock(None, PASSPHRASE)
    )
    with restored:
        assert restored.verify().ok
        aliases = [str(r[0]) for r in restored.connection.execute("SELECT alias FROM households")]
    assert aliases == ["Family in the backup"]


def test_checking_the_vault_reports_in_plain_words(qtbot, page: SettingsPage) -> None:
    with qtbot.waitSignal(page.staff.finished, timeout=TIMEOUT):
        page.ui.verify_button.click()
    text = page.ui.maintenance_message_label.text()
    assert "The vault passed every check." in text
    assert "audit log is complete" in text


# ======================================================================= privacy
def _texts_of(widget: QWidget) -> list[str]:
    texts = [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
    if isinstance(widget, QLabel | QPushButton | QCheckBox):
        texts.append(widget.text())
    if isinstance(widget, QLineEdit):
        texts += [widget.text(), widget.placeholderText()]
    if isinstance(widget, QListWidget):
        texts += [widget.item(i).text() for i in range(widget.count())]
    if isinstance(widget, QTableWidget):
        texts += [
            cell(widget, r, c).text()
            for r in range(widget.rowCount())
            for c in range(widget.columnCount())
            if widget.item(r, c) is not None
        ]
    return texts


def test_no_passphrase_or_token_reaches_a_settings_file(
    qtbot, page: SettingsPage, config: Path, tmp_path: Path
) -> None:
    ui = page.ui
    # Change every preference, and use every secret field, then search the files.
    page.pick_text_size(125)
    ui.high_contrast_check.click()
    ui.auto_lock_spin.setValue(9)
    _fill_dhis2(page)
    assert page.sync.save_target()
    ui.current_passphrase_edit.setText(PASSPHRASE)
    ui.new_passphrase_edit.setText(NEW_PASSPHRASE)
    ui.confirm_passphrase_edit.setText(NEW_PASSPHRASE)
    with qtbot.waitSignal(page.staff.finished, timeout=TIMEOUT):
        ui.change_passphrase_button.click()
    QSettings().sync()
    files = [p for p in config.rglob("*") if p.is_file()]
    qsettings = Path(QSettings().fileName())
    if qsettings.is_file():
        files.append(qsettings)
    assert files, "the preferences file was written"
    canaries = [TOKEN, TOKEN[6:20], NEW_PASSPHRASE, PASSPHRASE, "Canary"]
    for path in files:
        data = path.read_bytes()
        for canary in canaries:
            assert canary.encode() not in data, path
    assert json.loads((config / "preferences.json").read_text(encoding="utf-8")) == {
        "language": "",
        "auto_lock_minutes": 9,
        "text_scale": 125,
        "high_contrast": True,
    }


# ======================================================================= accessibility
INPUTS = (QLineEdit, QAbstractSpinBox, QComboBox, QListWidget, QTableWidget)


def test_every_input_has_a_label_and_an_accessible_name(page: SettingsPage) -> None:
    buddies = {label.buddy() for label in page.findChildren(QLabel) if label.buddy()}
    for widget in page.findChildren(QWidget):
        if isinstance(widget, INPUTS) and widget.objectName().endswith(
            ("_edit", "_spin", "_combo", "_list", "_table")
        ):
            assert widget.accessibleName(), widget.objectName()
            if widget is not page.ui.section_list:
                assert widget in buddies, f"{widget.objectName()} has no visible label"
        if isinstance(widget, QCheckBox | QPushButton):
            assert widget.text().strip() or widget.accessibleName(), widget.objectName()


def test_the_tab_order_follows_the_reading_order(page: SettingsPage) -> None:
    ui = page.ui
    order = [
        ui.section_list,
        ui.language_list,
        ui.text_size_combo,
        ui.high_contrast_check,
        ui.auto_lock_spin,
        ui.retention_spin,
        ui.retention_save_button,
        ui.area_edit,
        ui.threshold_spin,
        ui.rounding_combo,
        ui.noise_check,
        ui.epsilon_spin,
        ui.stats_save_button,
    ]
    chain: list[QWidget] = []
    widget: QWidget | None = ui.section_list
    for _step in range(400):
        assert widget is not None
        chain.append(widget)
        widget = widget.nextInFocusChain()
        if widget is ui.section_list:
            break
    positions = [chain.index(w) for w in order]
    assert positions == sorted(positions)
    staff = [ui.add_user_name_edit, ui.add_user_passphrase_edit, ui.add_user_confirm_edit,
             ui.add_user_own_edit, ui.add_user_button]  # fmt: skip
    assert [chain.index(w) for w in staff] == sorted(chain.index(w) for w in staff)


@pytest.mark.parametrize(("percent", "width", "height"), [(150, 1000, 680), (200, 1366, 768)])
def test_every_section_scrolls_rather_than_clipping_at_large_text(
    qtbot, services, config, switcher, display_reset, qapp, percent, width, height
) -> None:
    # 150 % in the default window; 200 % in a laptop's whole screen (1366 × 768).
    display.apply_text_scale(qapp, percent)
    window = MainWindow()
    qtbot.addWidget(window)
    page = SettingsPage(switcher=switcher, preferences_folder=config, today=lambda: TODAY)
    window.set_section_widget("settings", page)
    window.set_services(services)
    window.show_section(window.SECTION_KEYS.index("settings"))
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    try:
        for key in page.SECTION_KEYS:
            page.show_section(key)
            scroll = page.findChild(QScrollArea, f"{key}_scroll")
            assert scroll is not None
            assert scroll.widgetResizable()
            content = scroll.widget()
            assert content is not None
            layout = content.layout()
            assert layout is not None
            QApplication.processEvents()
            # The page never needs more height than the window gives it: the section scrolls.
            assert page.minimumSizeHint().height() <= page.height(), key
            # Nothing is wider than the section: no words cut off at the side.
            needed = layout.minimumSize().width()
            assert needed <= scroll.viewport().width() + 1, (key, needed)
    finally:
        window.set_services(None)
