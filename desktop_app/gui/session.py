"""The session: unlock → work → lock, with drafts kept and nothing left on screen.

Locking never waits on a person: every open form that can hold unsaved work hands its
draft over, the drafts are written into the vault in one transaction, every other
window is hidden and the main window's pages are covered, the clipboard is cleared if it
still holds what Hearth copied, and only then is the vault closed (dropping the key).
After the next unlock each draft is handed back to the form that owns its kind.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.session_guard import ClipboardGuard, IdleWatcher
from desktop_app.gui.unlock_dialog import BackoffPolicy, UnlockDialog
from desktop_app.i18n import _, ngettext

if TYPE_CHECKING:
    from desktop_app.core.models import Draft
    from desktop_app.vault.retention import PurgeReport

log = logging.getLogger(__name__)


class DraftSource(Protocol):
    """An open form that can hand over its unsaved work when the session locks."""

    def collect_draft(self) -> Draft | None:
        """Return the unsaved work as a draft, or None if there is none."""
        ...

    def discard_for_lock(self) -> None:
        """Close the form without asking anything (its draft is already saved)."""
        ...


DraftOpener = Callable[[Any, "Draft"], None]
"""Reopens a form from a saved draft: ``opener(services, draft)``.

From then on the form owns the draft: it deletes it (``services.drafts.delete``) when
the work is saved or discarded, and hands it over again if the session locks.
"""


class SessionController(QObject):
    """Owns the vault while unlocked and the unlock dialog while locked."""

    locked = Signal()
    unlocked = Signal(object)  # the session services

    def __init__(
        self,
        vault_dir: Path,
        window: MainWindow,
        services_factory: Callable[[Any], Any],
        *,
        idle_minutes: float = 5,
        vault_api: Any = None,
        backoff: BackoffPolicy | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault_dir = Path(vault_dir)
        self._window = window
        self._services_factory = services_factory
        self._vault_api = vault_api
        if backoff is None:
            from desktop_app.vault.keyslots import Backoff

            backoff = Backoff()
        # One policy for the whole session: locking and unlocking again does not reset it.
        self._backoff = backoff
        self._vault: Any = None
        self.services: Any = None
        self.last_purge: PurgeReport | None = None
        self.clipboard = ClipboardGuard()
        self.idle_watcher = IdleWatcher(max(1, int(idle_minutes * 60_000)), self)
        self.idle_watcher.idle.connect(self.lock)
        self._draft_sources: list[DraftSource] = []
        self._draft_openers: dict[str, DraftOpener] = {}
        self._drafts_lost = False
        self.unlock_dialog: UnlockDialog | None = None
        window.ui.lock_action.triggered.connect(self.lock)
        window.closing.connect(self.shutdown)

    # ------------------------------------------------------------ registration
    def register_draft_source(self, source: DraftSource) -> None:
        """Track an open form so its work is saved if the session locks."""
        if source not in self._draft_sources:
            self._draft_sources.append(source)

    def unregister_draft_source(self, source: DraftSource) -> None:
        """Stop tracking a form (it was saved or closed)."""
        if source in self._draft_sources:
            self._draft_sources.remove(source)

    def register_draft_opener(self, kind: str, opener: DraftOpener) -> None:
        """Say how to reopen a form of ``kind`` from its draft after unlock."""
        self._draft_openers[kind] = opener

    # ---------------------------------------------------------------- states
    @property
    def vault(self) -> Any:
        """The open vault, or None while locked."""
        return self._vault

    @property
    def vault_dir(self) -> Path:
        """The folder of the vault this session opens."""
        return self._vault_dir

    def is_unlocked(self) -> bool:
        """Return whether a vault is open."""
        return self._vault is not None

    def start(self) -> None:
        """Show the window covered, with the unlock (or create) dialog over it."""
        self._window.set_locked(True)
        self._window.show()
        self._show_unlock_dialog()

    def start_unlocked(self, vault: Any) -> None:
        """Begin with an already-open vault (the throw-away demo vault)."""
        self._window.show()
        self._on_unlocked(vault)

    def set_idle_minutes(self, minutes: float) -> None:
        """Change the auto-lock time (takes effect from the next activity)."""
        self.idle_watcher.set_interval(max(1, int(minutes * 60_000)))

    def _show_unlock_dialog(self) -> None:
        dialog = UnlockDialog(self._vault_dir, self._vault_api, self._backoff, self._window)
        dialog.unlocked.connect(self._on_unlocked)
        dialog.rejected.connect(self._on_unlock_rejected)
        self.unlock_dialog = dialog
        dialog.open()  # window-modal over the covered main window; never exec()

    def _on_unlock_rejected(self) -> None:
        # Closing the unlock screen means "quit": there is nothing to show while locked.
        if not self.is_unlocked():
            self.unlock_dialog = None
            self._window.close()
            app = QApplication.instance()
            if app is not None:
                app.quit()

    def _on_unlocked(self, vault: Any) -> None:
        self._vault = vault
        self.services = self._services_factory(vault)
        self.last_purge = self._purge(self.services)
        if self.unlock_dialog is not None:
            dialog, self.unlock_dialog = self.unlock_dialog, None
            dialog.unlocked.disconnect(self._on_unlocked)
            dialog.rejected.disconnect(self._on_unlock_rejected)
            dialog.hide()
            dialog.deleteLater()
        self._window.set_services(self.services)
        self._window.set_signed_in(getattr(vault, "actor", None))
        self._window.set_locked(False)
        self._window.activateWindow()
        if self._drafts_lost:
            self._drafts_lost = False
            self._window.ui.status_bar.showMessage(
                _("Some unsaved work could not be kept when Hearth locked."), 30_000
            )
        elif self.last_purge is not None and self.last_purge.erased:
            self._window.ui.status_bar.showMessage(self.purge_message(self.last_purge), 60_000)
        self.idle_watcher.start()
        self.unlocked.emit(self.services)
        self._reopen_drafts()

    @staticmethod
    def _purge(services: Any) -> PurgeReport | None:
        """Erase closed households kept past the retention period (DESIGN §5)."""
        if not hasattr(services, "vault"):
            return None  # test doubles without a vault
        from desktop_app.vault.retention import purge_on_unlock  # after unlock: keep start fast

        return purge_on_unlock(services)

    @staticmethod
    def purge_message(report: PurgeReport) -> str:
        """Say what the retention purge erased: a count, never names."""
        return ngettext(
            "{count} closed family record was kept for {months} months and has now been "
            "erased, as your retention rule says.",
            "{count} closed family records were kept for {months} months and have now been "
            "erased, as your retention rule says.",
            report.erased,
        ).format(count=report.erased, months=report.retention_months)

    def _reopen_drafts(self) -> None:
        for draft in self.services.drafts.saved():
            opener = self._draft_openers.get(draft.kind)
            if opener is not None:
                opener(self.services, draft)

    def lock(self) -> None:
        """Save drafts, hide everything, forget the clipboard, drop the key."""
        self._lock(show_unlock=True)

    def _lock(self, *, show_unlock: bool) -> None:
        if not self.is_unlocked():
            return
        self.idle_watcher.stop()
        self._save_drafts()
        for source in list(self._draft_sources):
            source.discard_for_lock()
        self._draft_sources.clear()
        self._hide_other_windows()
        self._window.set_locked(True)
        self._window.set_services(None)
        self.clipboard.clear_if_ours()
        vault, self._vault = self._vault, None
        self.services = None
        vault.close()
        self.locked.emit()
        if show_unlock:
            self._show_unlock_dialog()

    def _save_drafts(self) -> None:
        """Write every open form's draft in one transaction; never stop the lock."""
        drafts = [d for d in (s.collect_draft() for s in list(self._draft_sources)) if d]
        if not drafts:
            return
        try:
            with self.services.transaction():
                for draft in drafts:
                    self.services.drafts.save(draft)
        except Exception as error:  # the key must be dropped whatever happened
            # The type only: a message might quote the draft.
            log.error("drafts not saved on lock: %s", type(error).__name__)
            self._drafts_lost = True

    def _hide_other_windows(self) -> None:
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
            if widget is not self._window and widget.isVisible():
                widget.hide()

    def shutdown(self) -> None:
        """Lock on the way out so drafts are kept and the key is dropped."""
        self._lock(show_unlock=False)
        if self.unlock_dialog is not None:
            dialog, self.unlock_dialog = self.unlock_dialog, None
            dialog.rejected.disconnect(self._on_unlock_rejected)
            dialog.discard_pending()
            dialog.hide()
            dialog.deleteLater()
