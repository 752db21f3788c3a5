"""The unlock dialog against a real vault: create, unlock, back off, recover."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from desktop_app.gui.unlock_dialog import UnlockDialog
from desktop_app.vault.errors import WrongPassphraseError
from desktop_app.vault.keyslots import Backoff
from desktop_app.vault.vault import Vault

USER = "Amina K"
PASSPHRASE = "lantern orchard whistle seventeen"
NEW_PASSPHRASE = "copper kettle under the quiet bridge"
TIMEOUT = 30_000  # key derivation runs on a worker thread: generous, never a sleep


@pytest.fixture
def opened() -> Iterator[list[Vault]]:
    """Collect vaults the tests open, and close them all at the end."""
    vaults: list[Vault] = []
    yield vaults
    for vault in vaults:
        vault.close()


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def existing_vault(vault_dir: Path) -> str:
    """Create a vault for USER and return its recovery code."""
    vault, code = Vault.create(vault_dir, USER, PASSPHRASE)
    vault.close()
    return code


def make_dialog(qtbot, vault_dir: Path, backoff: Backoff | None = None) -> UnlockDialog:
    dialog = UnlockDialog(vault_dir, backoff=backoff or Backoff(free_attempts=100))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def type_into(qtbot, edit: QLineEdit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


def wait_idle(qtbot, dialog: UnlockDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=TIMEOUT)


def unlock_with(qtbot, dialog: UnlockDialog, passphrase: str) -> None:
    type_into(qtbot, dialog.ui.passphrase_edit, passphrase)
    with qtbot.waitSignal(dialog.busy_changed, timeout=TIMEOUT, check_params_cb=lambda b: not b):
        qtbot.mouseClick(dialog.ui.unlock_button, Qt.MouseButton.LeftButton)


# ---------------------------------------------------------------- create
def fill_create(qtbot, dialog: UnlockDialog, name: str, passphrase: str, again: str) -> None:
    type_into(qtbot, dialog.ui.new_user_edit, name)
    type_into(qtbot, dialog.ui.new_passphrase_edit, passphrase)
    type_into(qtbot, dialog.ui.confirm_edit, again)


def test_a_new_laptop_opens_on_the_create_page(qtbot, vault_dir: Path) -> None:
    dialog = make_dialog(qtbot, vault_dir)
    assert dialog.current_page() == UnlockDialog.PAGE_CREATE
    assert dialog.focusWidget() is dialog.ui.new_user_edit


@pytest.mark.parametrize(
    ("passphrase", "advice"),
    [("password", "most common"), ("q7#Lz", "Too short")],
)
def test_a_weak_passphrase_is_refused_with_advice(
    qtbot, vault_dir: Path, passphrase: str, advice: str
) -> None:
    dialog = make_dialog(qtbot, vault_dir)
    fill_create(qtbot, dialog, USER, passphrase, passphrase)
    assert dialog.ui.create_strength_bar.value() == 0
    assert advice in dialog.ui.create_strength_label.text()
    qtbot.mouseClick(dialog.ui.create_button, Qt.MouseButton.LeftButton)
    assert advice in dialog.ui.create_message_label.text()
    assert not dialog.is_busy()
    assert not Vault.exists(vault_dir)


def test_a_mismatched_confirmation_is_refused(qtbot, vault_dir: Path) -> None:
    dialog = make_dialog(qtbot, vault_dir)
    fill_create(qtbot, dialog, USER, PASSPHRASE, PASSPHRASE + "!")
    assert dialog.ui.create_strength_bar.value() >= 3
    qtbot.mouseClick(dialog.ui.create_button, Qt.MouseButton.LeftButton)
    assert "not the same" in dialog.ui.create_message_label.text()
    assert not Vault.exists(vault_dir)


def test_create_shows_the_recovery_code_once(qtbot, vault_dir: Path, opened) -> None:
    dialog = make_dialog(qtbot, vault_dir)
    fill_create(qtbot, dialog, USER, PASSPHRASE, PASSPHRASE)
    qtbot.keyClick(dialog.ui.confirm_edit, Qt.Key.Key_Return)  # Enter = the default button
    qtbot.waitUntil(lambda: dialog.current_page() == UnlockDialog.PAGE_CODE, timeout=TIMEOUT)
    # The passphrase does not stay in any widget.
    assert dialog.ui.new_passphrase_edit.text() == dialog.ui.confirm_edit.text() == ""
    code = dialog.recovery_code_shown()
    assert len(code.split()) == 14
    assert dialog.ui.code_display_label.text().count("\n") == 1, "two lines: fits when large"
    # Continue waits for "I have saved it"; Escape does not skip the code either.
    assert not dialog.ui.continue_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    assert dialog.current_page() == UnlockDialog.PAGE_CODE
    qtbot.mouseClick(dialog.ui.code_saved_check, Qt.MouseButton.LeftButton)
    assert dialog.ui.continue_button.isEnabled()
    with qtbot.waitSignal(dialog.unlocked, timeout=TIMEOUT) as unlocked:
        qtbot.mouseClick(dialog.ui.continue_button, Qt.MouseButton.LeftButton)
    vault = unlocked.args[0]
    opened.append(vault)
    assert vault.is_open
    assert vault.actor == USER
    # The code is gone from the screen, and it really opens the vault.
    assert dialog.recovery_code_shown() == ""
    assert code not in " ".join(
        lbl.text() for lbl in dialog.findChildren(type(dialog.ui.title_label))
    )
    vault.close()
    opened.append(Vault.recover(vault_dir, code))


# ---------------------------------------------------------------- unlock
def test_the_right_passphrase_unlocks(qtbot, vault_dir: Path, existing_vault: str, opened) -> None:
    dialog = make_dialog(qtbot, vault_dir)
    assert dialog.current_page() == UnlockDialog.PAGE_UNLOCK
    # One staff member: nothing to choose, the passphrase has the focus.
    assert not dialog.ui.user_combo.isVisible()
    assert dialog.focusWidget() is dialog.ui.passphrase_edit
    type_into(qtbot, dialog.ui.passphrase_edit, PASSPHRASE)
    with qtbot.waitSignal(dialog.unlocked, timeout=TIMEOUT) as unlocked:
        qtbot.keyClick(dialog.ui.passphrase_edit, Qt.Key.Key_Return)
    opened.append(unlocked.args[0])
    assert unlocked.args[0].is_open
    assert dialog.ui.passphrase_edit.text() == ""


def test_a_wrong_passphrase_and_an_unknown_user_get_the_same_message(
    qtbot, vault_dir: Path, existing_vault: str
) -> None:
    dialog = make_dialog(qtbot, vault_dir)
    unlock_with(qtbot, dialog, "not the passphrase at all")
    wrong_passphrase = dialog.ui.unlock_message_label.text()
    assert wrong_passphrase == str(WrongPassphraseError())
    assert dialog.ui.passphrase_edit.text() == ""
    assert dialog.focusWidget() is dialog.ui.passphrase_edit, "ready to type again"
    # A name the vault does not know (e.g. removed since the list was read).
    dialog.ui.user_combo.addItem("Nobody Here")
    dialog.ui.user_combo.setCurrentText("Nobody Here")
    unlock_with(qtbot, dialog, PASSPHRASE)
    assert dialog.ui.unlock_message_label.text() == wrong_passphrase
    assert "Nobody" not in wrong_passphrase


def test_repeated_failures_back_off_then_allow_another_try(
    qtbot, vault_dir: Path, existing_vault: str, opened
) -> None:
    dialog = make_dialog(qtbot, vault_dir, Backoff(free_attempts=1, first_wait=0.3))
    unlock_with(qtbot, dialog, "first wrong guess here")
    assert dialog.ui.unlock_button.isEnabled(), "the first failure is free"
    unlock_with(qtbot, dialog, "second wrong guess here")
    assert not dialog.ui.unlock_button.isEnabled()
    assert dialog.is_waiting()
    assert "try again in 1 second." in dialog.ui.unlock_message_label.text()
    # Enter during the wait does nothing.
    type_into(qtbot, dialog.ui.passphrase_edit, PASSPHRASE)
    qtbot.keyClick(dialog.ui.passphrase_edit, Qt.Key.Key_Return)
    assert not dialog.is_busy()
    qtbot.waitUntil(dialog.ui.unlock_button.isEnabled, timeout=5000)
    assert "try again" not in dialog.ui.unlock_message_label.text()
    with qtbot.waitSignal(dialog.unlocked, timeout=TIMEOUT) as unlocked:
        qtbot.mouseClick(dialog.ui.unlock_button, Qt.MouseButton.LeftButton)
    opened.append(unlocked.args[0])


# ---------------------------------------------------------------- recover
def test_recover_with_the_code_then_a_new_passphrase(
    qtbot, vault_dir: Path, existing_vault: str
) -> None:
    dialog = make_dialog(qtbot, vault_dir)
    qtbot.mouseClick(dialog.ui.forgot_button, Qt.MouseButton.LeftButton)
    assert dialog.current_page() == UnlockDialog.PAGE_RECOVER
    assert dialog.focusWidget() is dialog.ui.recovery_code_edit
    # Typed the way people type: lower case, dashes instead of spaces.
    type_into(qtbot, dialog.ui.recovery_code_edit, existing_vault.lower().replace(" ", "-"))
    assert dialog.ui.recover_user_combo.currentText() == USER
    type_into(qtbot, dialog.ui.recover_passphrase_edit, NEW_PASSPHRASE)
    type_into(qtbot, dialog.ui.recover_confirm_edit, NEW_PASSPHRASE)
    with qtbot.waitSignal(dialog.unlocked, timeout=TIMEOUT) as unlocked:
        qtbot.mouseClick(dialog.ui.recover_submit_button, Qt.MouseButton.LeftButton)
    vault = unlocked.args[0]
    assert vault.actor == USER
    vault.close()
    assert dialog.ui.recovery_code_edit.text() == ""
    Vault.unlock(vault_dir, USER, NEW_PASSPHRASE).close()
    with pytest.raises(WrongPassphraseError):
        Vault.unlock(vault_dir, USER, PASSPHRASE)


def test_a_wrong_recovery_code_is_refused(qtbot, vault_dir: Path, existing_vault: str) -> None:
    dialog = make_dialog(qtbot, vault_dir)
    dialog.ui.forgot_button.click()
    type_into(qtbot, dialog.ui.recovery_code_edit, "ABCD EFGH")
    type_into(qtbot, dialog.ui.recover_passphrase_edit, NEW_PASSPHRASE)
    type_into(qtbot, dialog.ui.recover_confirm_edit, NEW_PASSPHRASE)
    qtbot.mouseClick(dialog.ui.recover_submit_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog)
    assert dialog.ui.recover_message_label.text()
    Vault.unlock(vault_dir, USER, PASSPHRASE).close()  # nothing changed


def test_escape_on_the_recovery_page_goes_back(qtbot, vault_dir: Path, existing_vault: str) -> None:
    dialog = make_dialog(qtbot, vault_dir)
    dialog.ui.forgot_button.click()
    qtbot.keyClick(dialog.ui.recovery_code_edit, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    assert dialog.current_page() == UnlockDialog.PAGE_UNLOCK


def test_every_input_has_an_accessible_name(qtbot, vault_dir: Path) -> None:
    dialog = make_dialog(qtbot, vault_dir)
    inputs = [*dialog.findChildren(QLineEdit), *dialog.findChildren(QComboBox)]
    assert len(inputs) >= 9
    for widget in inputs:
        if isinstance(widget.parent(), QComboBox):
            continue  # a combo box's own line edit
        assert widget.accessibleName(), widget.objectName()


def test_tab_order_follows_the_create_page(qtbot, vault_dir: Path) -> None:
    dialog = make_dialog(qtbot, vault_dir)
    ui = dialog.ui
    order = [ui.new_user_edit, ui.new_passphrase_edit, ui.confirm_edit, ui.create_button]
    for before, after in itertools.pairwise(order):
        assert before.nextInFocusChain() is after or _next_focusable(before) is after


def _next_focusable(widget):
    candidate = widget.nextInFocusChain()
    while candidate is not widget and not (
        candidate.focusPolicy() & Qt.FocusPolicy.TabFocus and candidate.isVisible()
    ):
        candidate = candidate.nextInFocusChain()
    return candidate
