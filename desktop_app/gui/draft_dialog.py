"""What the casework dialogs that keep a draft on lock share: closing, asking, locking.

Esc, Cancel and the window's close button all mean "cancel", which asks first when
something was typed (:meth:`ask_discard`, which tests replace). When Hearth locks, the
session has already stored :meth:`collect_draft`'s draft, so the dialog closes without
asking (:meth:`discard_for_lock`). Cancelling an unsaved dialog drops its old draft.
"""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtWidgets import QDialog, QWidget

from desktop_app.core.errors import UserFacingError


class DraftDialog(QDialog):
    """A dialog whose unsaved text becomes an encrypted draft when Hearth locks.

    Subclasses set ``DRAFT_KIND``, ``self._services``, ``self.stored`` (what was saved,
    None until then) and ``self._closing_quietly = False``, and provide ``draft_key``,
    ``is_dirty`` and ``ask_discard``.
    """

    DRAFT_KIND: ClassVar[str]
    _services: Any
    _closing_quietly: bool
    stored: Any

    @property
    def draft_key(self) -> str:
        """The draft's key among drafts of ``DRAFT_KIND``."""
        raise NotImplementedError

    def is_dirty(self) -> bool:
        """Whether anything was typed or changed since the dialog opened."""
        raise NotImplementedError

    @classmethod
    def ask_discard(cls, parent: QWidget) -> bool:
        """Ask whether to throw away what was typed (tests replace this)."""
        raise NotImplementedError

    def reject(self) -> None:
        """Esc or Cancel: close, asking first when something was typed."""
        if not self._closing_quietly and self.is_dirty() and not self.ask_discard(self):
            return
        if self.stored is None and not self._closing_quietly:
            try:
                self._services.drafts.delete(self.DRAFT_KIND, self.draft_key)
            except UserFacingError:
                pass  # nothing was saved as a draft, or the vault is going away
        super().reject()

    def discard_for_lock(self) -> None:
        """Close without asking (the session saved the draft already)."""
        self._closing_quietly = True
        self.close()

    def closeEvent(self, event: Any) -> None:
        """Closing the window is Cancel (asks when something was typed)."""
        if self._closing_quietly or self.stored is not None:
            super().closeEvent(event)
            return
        event.ignore()
        self.reject()
