"""The session: unlock → work → lock, with drafts kept and nothing left on screen.

Locking never waits on a person: every open form that can hold unsaved work hands its
draft over, the drafts are written into the vault in one transaction, every other
window is hidden, the clipboard is cleared if it still holds what Hearth copied, and
only then is the vault closed (dropping the key). After the next unlock each draft is
handed back to the form that owns its kind.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.gui.session_guard import ClipboardGuard, IdleWatcher
from desktop_app.gui.unlock_dialog import BackoffPolicy, UnlockDialog


class DraftSource(Protocol):
    """An open form that can hand over its unsaved work when the session locks."""

    def collect_draft(self) -> tuple[str, str, bytes] | None:
        """Return (kind, key, payload) of the unsaved work, or None if there is none."""
        ...

    def discard_for_lock(self) -> None:
        """Close the form without asking anything (its draft is already saved)."""
        ...


DraftOpener = Callable[[Any, str, bytes], None]
"""Reopens a form from a saved draft: (services, key, payload)."""


class SessionController(QObject):
    """Owns the vault while unlocked and the unlock dialog while locked."""

    locked = Signal()
    unlocked = Signal(object)  # the session services

    def __init__(
        self,
        vault_dir: Path,
        window: QWidget,
        services_factory: Callable[[Any], Any],
        *,
        idle_minutes: float = 5,
        vault_api: Any = None,
        backoff: BackoffPolicy | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault_dir = vault_dir
        self._window = window
        self._services_factory = services_factory
        self._vault_api = vault_api
        self._backoff = backoff
        self._vault: Any = None
        self.services: Any = None
        self.clipboard = ClipboardGuard()
        self.idle_watcher = IdleWatcher(int(idle_minutes * 60_000), self)
        self.idle_watcher.idle.connect(self.lock)
        self._draft_sources: list[DraftSource] = []
        self._draft_openers: dict[str, DraftOpener] = {}
        self.unlock_dialog: UnlockDialog | None = None

    # ------------------------------------------------------------ registration
    def register_draft_source(self, source: DraftSource) -> None:
        """Track an open form so its work is saved if the session locks."""
        self._draft_sources.append(source)

    def unregister_draft_source(self, source: DraftSource) -> None:
        """Stop tracking a form (it was saved or closed)."""
        if source in self._draft_sources:
            self._draft_sources.remove(source)

    def register_draft_opener(self, kind: str, opener: DraftOpener) -> None:
        """Say how to reopen a form of ``kind`` from its draft after unlock."""
        self._draft_openers[kind] = opener

    # ---------------------------------------------------------------- states
    def is_unlocked(self) -> bool:
        """Return whether a vault is open."""
        return self._vault is not None

    def start(self) -> None:
        """Show the unlock (or create) screen."""
        self._show_unlock_dialog()

    def start_unlocked(self, vault: Any) -> None:
        """Begin with an already-open vault (the throw-away demo vault)."""
        self._on_unlocked(vault)

    def _show_unlock_dialog(self) -> None:
        dialog = UnlockDialog(self._vault_dir, self._vault_api, self._backoff)
        dialog.unlocked.connect(self._on_unlocked)
        dialog.rejected.connect(self._on_unlock_rejected)
        self.unlock_dialog = dialog
        dialog.show()

    def _on_unlock_rejected(self) -> None:
        # Closing the unlock screen means "quit": there is nothing to show while locked.
        if not self.is_unlocked():
            self._window.close()
            app = QApplication.instance()
            if app is not None:
                app.quit()

    def _on_unlocked(self, vault: Any) -> None:
        self._vault = vault
        self.services = self._services_factory(vault)
        if self.unlock_dialog is not None:
            dialog, self.unlock_dialog = self.unlock_dialog, None
            dialog.unlocked.disconnect(self._on_unlocked)
            dialog.rejected.disconnect(self._on_unlock_rejected)
            dialog.hide()
            dialog.deleteLater()
        self._window.show()
        self._window.raise_()
        self.idle_watcher.start()
        self.unlocked.emit(self.services)
        self._reopen_drafts()

    def _reopen_drafts(self) -> None:
        for draft in self.services.drafts.list():
            opener = self._draft_openers.get(draft.kind)
            if opener is not None:
                opener(self.services, draft.key, draft.payload)

    def lock(self) -> None:
        """Save drafts, hide everything, forget the clipboard, drop the key."""
        self._lock(show_unlock=True)

    def _lock(self, *, show_unlock: bool) -> None:
        if not self.is_unlocked():
            return
        self.idle_watcher.stop()
        drafts = []
        for source in list(self._draft_sources):
            draft = source.collect_draft()
            if draft is not None:
                drafts.append(draft)
        if drafts:
            self.services.drafts.save_many(drafts)
        for source in list(self._draft_sources):
            source.discard_for_lock()
        self._draft_sources.clear()
        self._hide_every_window()
        self.clipboard.clear_if_ours()
        vault, self._vault = self._vault, None
        self.services = None
        vault.close()
        self.locked.emit()
        if show_unlock:
            self._show_unlock_dialog()

    def _hide_every_window(self) -> None:
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        # Modal dialogs first, without waiting for anyone to answer them.
        while (modal := app.activeModalWidget()) is not None:
            modal.hide()
            modal.deleteLater()
            if modal is app.activeModalWidget():
                break
        for widget in app.topLevelWidgets():
            if widget.isVisible():
                widget.hide()

    def shutdown(self) -> None:
        """Lock on the way out so drafts are kept and the key is dropped."""
        self._lock(show_unlock=False)
