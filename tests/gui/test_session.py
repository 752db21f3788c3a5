"""The session wired into the window: unlock, auto-lock, drafts, clipboard, demo start."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget

from desktop_app.app import GuiOptions, GuiSession, build_session
from desktop_app.core.models import Draft
from desktop_app.core.preferences import Preferences
from desktop_app.gui.unlock_dialog import UnlockDialog
from desktop_app.vault.demo_vault import DEMO_PASSPHRASE, DEMO_USER
from desktop_app.vault.keyslots import Backoff
from desktop_app.vault.vault import Vault
from tests.helpers.qt import visible_texts

USER = "Amina K"
PASSPHRASE = "lantern orchard whistle seventeen"
TIMEOUT = 30_000


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "vault"
    vault, _code = Vault.create(folder, USER, PASSPHRASE)
    vault.close()
    return folder


@pytest.fixture
def gui(qtbot, vault_dir: Path) -> Iterator[GuiSession]:
    """A started session on a real vault, locked, with the unlock dialog showing."""
    started = build_session(
        GuiOptions(language=None, vault_dir=vault_dir),
        Preferences(),
        backoff=Backoff(free_attempts=100),
    )
    qtbot.addWidget(started.window)
    yield started
    started.close()


def unlock(qtbot, gui: GuiSession, passphrase: str = PASSPHRASE) -> Any:
    dialog = gui.session.unlock_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.ui.passphrase_edit.setText(passphrase)
    with qtbot.waitSignal(gui.session.unlocked, timeout=TIMEOUT) as unlocked:
        qtbot.mouseClick(dialog.ui.unlock_button, Qt.MouseButton.LeftButton)
    return unlocked.args[0]


def assert_locked_screen(gui: GuiSession) -> None:
    window = gui.window
    assert window.isVisible()
    assert window.is_locked()
    assert window.content_stack.currentWidget() is window.lock_cover
    assert not window.pages_widget.isVisible()
    assert not window.ui.lock_action.isEnabled()
    assert window.signed_in_label.text() == ""
    assert window.services is None
    dialog = gui.session.unlock_dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.current_page() == UnlockDialog.PAGE_UNLOCK
    assert window.windowTitle() == "Hearth"


class DraftForm(QWidget):
    """A tiny form that holds unsaved work and hands it over on lock."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text
        self.discarded = False

    def collect_draft(self) -> Draft | None:
        return Draft("test_form", "new", self.text.encode()) if self.text else None

    def discard_for_lock(self) -> None:
        self.discarded = True
        self.text = ""
        self.hide()


class KeyedDraftForm(DraftForm):
    """A draft form whose key is its text, so several can be open at once."""

    def collect_draft(self) -> Draft | None:
        return Draft("test_form", self.text, self.text.encode())


class ServicesPage(QWidget):
    """A section page that records the services it is given."""

    def __init__(self) -> None:
        super().__init__()
        self.received: list[Any] = []

    def set_services(self, services: Any) -> None:
        self.received.append(services)


# ---------------------------------------------------------------- start and unlock
def test_start_covers_the_window_and_shows_the_unlock_dialog(qtbot, gui: GuiSession) -> None:
    qtbot.waitExposed(gui.window)
    assert_locked_screen(gui)
    assert gui.session.vault is None
    # Nothing of the pages is visible: only the cover's texts.
    dialog = gui.session.unlock_dialog
    assert dialog is not None
    assert dialog.parentWidget() is gui.window
    shown = [w for w in gui.window.pages_widget.findChildren(QLabel) if w.isVisible()]
    assert shown == []


def test_a_new_laptop_starts_on_the_create_page(qtbot, tmp_path: Path) -> None:
    started = build_session(GuiOptions(None, tmp_path / "empty"), Preferences())
    qtbot.addWidget(started.window)
    try:
        dialog = started.session.unlock_dialog
        assert dialog is not None
        assert dialog.current_page() == UnlockDialog.PAGE_CREATE
        assert started.window.is_locked()
    finally:
        started.close()


def test_unlock_shows_the_pages_and_who_is_signed_in(qtbot, gui: GuiSession) -> None:
    services = unlock(qtbot, gui)
    window = gui.window
    assert services.vault.is_open
    assert gui.session.vault is services.vault
    assert not window.is_locked()
    assert window.pages_widget.isVisible()
    assert window.ui.lock_action.isEnabled()
    assert USER in window.signed_in_label.text()
    assert window.signed_in_label.isVisible()
    assert window.windowTitle() == "Hearth"
    assert gui.session.unlock_dialog is None
    assert gui.session.idle_watcher.is_active()


def test_the_lock_button_is_in_the_toolbar(gui: GuiSession) -> None:
    assert gui.window.ui.lock_action in gui.window.ui.main_toolbar.actions()


# ---------------------------------------------------------------- locking
def test_idle_time_locks_the_vault(qtbot, gui: GuiSession) -> None:
    gui.session.set_idle_minutes(0.002)  # about 120 ms
    services = unlock(qtbot, gui)
    with qtbot.waitSignal(gui.session.locked, timeout=5000):
        pass
    assert not services.vault.is_open
    assert gui.session.vault is None
    assert_locked_screen(gui)
    assert not gui.session.idle_watcher.is_active()


def test_ctrl_l_locks(qtbot, gui: GuiSession) -> None:
    services = unlock(qtbot, gui)
    window = gui.window
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    with qtbot.waitSignal(gui.session.locked, timeout=5000):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not services.vault.is_open
    assert_locked_screen(gui)


def test_a_draft_survives_the_lock_and_comes_back_after_unlock(
    qtbot, gui: GuiSession, vault_dir: Path
) -> None:
    unlock(qtbot, gui)
    form = DraftForm("half-typed note")
    qtbot.addWidget(form)
    form.show()
    gui.session.register_draft_source(form)
    reopened: list[tuple[Any, Draft]] = []
    gui.session.register_draft_opener("test_form", lambda s, d: reopened.append((s, d)))

    gui.session.lock()
    assert form.discarded
    assert not form.isVisible()
    # The draft is inside the vault (read it with a separate unlock, then close).
    with Vault.unlock(vault_dir, USER, PASSPHRASE) as check:
        from desktop_app.vault.services import VaultServices

        saved = VaultServices.from_vault(check).drafts.load("test_form", "new")
        assert saved is not None
        assert saved.payload == b"half-typed note"

    services = unlock(qtbot, gui)
    assert len(reopened) == 1
    given_services, draft = reopened[0]
    assert given_services is services
    assert (draft.kind, draft.key, draft.payload) == ("test_form", "new", b"half-typed note")


def test_drafts_are_saved_in_one_transaction(qtbot, gui: GuiSession, monkeypatch) -> None:
    services = unlock(qtbot, gui)
    entered: list[str] = []
    original = type(services).transaction

    def counting(self):
        entered.append("transaction")
        return original(self)

    monkeypatch.setattr(type(services), "transaction", counting)
    forms = [KeyedDraftForm(text) for text in ("one", "two", "three")]
    for form in forms:
        qtbot.addWidget(form)
        gui.session.register_draft_source(form)
    gui.session.lock()
    assert entered == ["transaction"]
    assert all(form.discarded for form in forms)


def test_lock_hides_open_dialogs_without_waiting(qtbot, gui: GuiSession) -> None:
    unlock(qtbot, gui)
    question = QDialog(gui.window)
    question.setWindowTitle("Erase this household?")
    question.open()
    qtbot.waitExposed(question)
    gui.session.lock()
    assert not question.isVisible()
    assert_locked_screen(gui)


def test_clipboard_is_cleared_on_lock_only_if_it_still_holds_ours(qtbot, gui: GuiSession) -> None:
    clipboard = QGuiApplication.clipboard()
    unlock(qtbot, gui)
    gui.session.clipboard.copy("HH-7F3K")
    gui.session.lock()
    assert clipboard.text() == ""

    unlock(qtbot, gui)
    gui.session.clipboard.copy("HH-7F3K")
    clipboard.setText("the person's own text")
    gui.session.lock()
    assert clipboard.text() == "the person's own text"


def test_closing_the_window_keeps_drafts_and_closes_the_vault(
    qtbot, gui: GuiSession, vault_dir: Path
) -> None:
    services = unlock(qtbot, gui)
    form = DraftForm("unsaved on quit")
    qtbot.addWidget(form)
    gui.session.register_draft_source(form)
    gui.window.close()
    assert not services.vault.is_open
    assert gui.session.unlock_dialog is None, "no unlock dialog on the way out"
    with Vault.unlock(vault_dir, USER, PASSPHRASE) as check:
        from desktop_app.vault.services import VaultServices

        assert VaultServices.from_vault(check).drafts.load("test_form", "new") is not None


# ---------------------------------------------------------------- pages
def test_pages_are_plugged_in_and_given_the_services(qtbot, gui: GuiSession) -> None:
    window = gui.window
    page = ServicesPage()
    window.set_section_widget("settings", page)
    assert window.section_widget("settings") is page
    assert window.ui.page_stack.indexOf(page) == window.SECTION_KEYS.index("settings")
    assert window.ui.page_stack.count() == len(window.SECTION_KEYS)
    assert page.received == [], "locked: nothing to give"
    services = unlock(qtbot, gui)
    assert page.received == [services]
    gui.session.lock()
    assert page.received == [services, None]
    # A page plugged in while unlocked gets the services at once.
    services = unlock(qtbot, gui)
    late = ServicesPage()
    window.set_section_widget("champions", late)
    assert late.received == [services]
    with pytest.raises(KeyError):
        window.set_section_widget("nowhere", QWidget())


# ---------------------------------------------------------------- demo
def test_demo_starts_unlocked_with_made_up_families(qtbot, tmp_path: Path) -> None:
    started = build_session(
        GuiOptions(None, tmp_path / "never-used", demo=True), Preferences(), demo_households=12
    )
    window = started.window
    qtbot.addWidget(window)
    demo_dir = started.demo_dir
    try:
        assert demo_dir is not None
        assert demo_dir.exists()
        assert not (tmp_path / "never-used").exists(), "the real vault folder is untouched"
        qtbot.waitExposed(window)
        assert started.session.is_unlocked()
        assert not window.is_locked()
        services = started.session.services
        assert services.households.count() == 12
        assert DEMO_USER in window.signed_in_label.text()
        assert window.demo_label.isVisible()
        assert DEMO_PASSPHRASE in window.demo_label.text()
        assert "made-up" in window.demo_label.text()
        # The title never names a family (nor anything else but the product).
        assert window.windowTitle() == "Hearth"
        references = [
            row[0] for row in services.vault.connection.execute("SELECT reference FROM households")
        ]
        assert references
        # The pages show families by design; the title and the status bar never do.
        chrome = " ".join([window.windowTitle(), *visible_texts(window.ui.status_bar)])
        assert not any(ref in chrome for ref in references)
        # After an auto-lock the demo passphrase (shown in the status bar) unlocks again.
        started.session.lock()
        assert window.demo_label.isVisible()
        dialog = started.session.unlock_dialog
        assert dialog is not None
        dialog.ui.passphrase_edit.setText(DEMO_PASSPHRASE)
        with qtbot.waitSignal(started.session.unlocked, timeout=TIMEOUT):
            dialog.ui.unlock_button.click()
    finally:
        started.close()
    assert not demo_dir.exists(), "the throw-away vault is deleted on quit"


def test_unlock_erases_closed_cases_past_retention_and_says_how_many(qtbot, tmp_path: Path) -> None:
    from datetime import date

    from desktop_app.core.models import ClosedReason
    from desktop_app.vault.services import VaultServices
    from tests.helpers.vaults import add_family

    folder = tmp_path / "vault"
    vault, _code = Vault.create(folder, USER, PASSPHRASE)
    services = VaultServices.from_vault(vault)
    today = services.audit.today()
    old = add_family(services, alias="Closed long ago").household.id or 0
    recent = add_family(services, alias="Closed recently").household.id or 0
    services.households.close(old, ClosedReason.NEEDS_MET, date(today.year - 3, 1, 15))
    services.households.close(recent, ClosedReason.NEEDS_MET, today)
    vault.close()
    started = build_session(
        GuiOptions(language=None, vault_dir=folder), Preferences(), backoff=Backoff()
    )
    qtbot.addWidget(started.window)
    try:
        services = unlock(qtbot, started)
        report = started.session.last_purge
        assert report is not None
        assert (report.due, report.erased) == (1, 1)
        assert services.households.get(old) is None
        assert services.households.get(recent) is not None
        message = started.window.ui.status_bar.currentMessage()
        assert "1 closed family record was kept for 24 months" in message
        assert "Closed long ago" not in message  # counts, never names
    finally:
        started.close()
