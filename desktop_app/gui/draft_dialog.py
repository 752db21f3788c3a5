"""What the casework dialogs that keep a draft on lock share: closing, asking, locking.

Esc, Cancel and the window's close button all mean "cancel", which asks first when
something was typed (:meth:`ask_discard`, which tests replace). When Hearth locks, the
session has already stored :meth:`collect_draft`'s draft, so the dialog closes without
asking (:meth:`discard_for_lock`). Cancelling an unsaved dialog drops its old draft.

:class:`RecordFormDialog` adds the draft itself for dialogs that edit one record (an
event, a champion), and :class:`PageDialog` is the page side: the one such dialog a
page has open, reopened from its draft after unlock.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from typing import Any, ClassVar, Generic, Self, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from desktop_app.core.errors import UserFacingError
from desktop_app.core.models import Draft


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


class RecordFormDialog(DraftDialog):
    """A dialog that registers or edits one record (an event, a champion).

    Its draft is the form's values (:meth:`form_state`, JSON-ready), compared with what
    the dialog opened with to know whether anything was typed. Subclasses are built as
    ``cls(services, record_or_None, today=…, parent=…)`` and provide :meth:`form_state`,
    :meth:`apply_state`, :meth:`record_for_draft` and ``draft_key``; they call
    :meth:`remember_opened_state` at the end of ``__init__`` and :meth:`drop_draft`
    once a save committed.
    """

    _opened_state: dict[str, Any]

    def form_state(self) -> dict[str, Any]:
        """What the form holds, as its draft keeps it."""
        raise NotImplementedError

    def apply_state(self, state: dict[str, Any]) -> None:
        """Put a draft's values back into the form."""
        raise NotImplementedError

    @classmethod
    def record_for_draft(cls, services: Any, state: dict[str, Any]) -> Any:
        """The stored record a draft edits (None: a new one); LookupError if it is gone."""
        raise NotImplementedError

    def remember_opened_state(self) -> None:
        """Take the form as it is now as "nothing typed yet"."""
        self._opened_state = self.form_state()

    def is_dirty(self) -> bool:
        """Whether anything differs from what the dialog opened with."""
        return self.stored is None and self.form_state() != self._opened_state

    def collect_draft(self) -> Draft | None:
        """Return what is typed as a draft, or None (the session's DraftSource)."""
        if not self.is_dirty():
            return None
        payload = json.dumps(self.form_state(), sort_keys=True).encode("utf-8")
        return Draft(kind=self.DRAFT_KIND, key=self.draft_key, payload=payload)

    def drop_draft(self) -> None:
        """Forget this form's draft (after a save committed)."""
        try:
            self._services.drafts.delete(self.DRAFT_KIND, self.draft_key)
        except UserFacingError:
            pass  # the record is stored; an old draft is only a leftover

    @classmethod
    def from_draft(
        cls,
        services: Any,
        draft: Draft,
        *,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> Self | None:
        """Reopen an unsaved form; None (and the draft dropped) if it cannot be."""
        try:
            state = json.loads(draft.payload.decode("utf-8"))
            record = cls.record_for_draft(services, state)
            dialog = cls(services, record, today=today, parent=parent)  # type: ignore[call-arg,misc]
            dialog.apply_state(state)
        except (ValueError, KeyError, TypeError, AttributeError, LookupError):
            services.drafts.delete(draft.kind, draft.key)
            return None
        return dialog


D = TypeVar("D", bound=RecordFormDialog)


class PageDialog(Generic[D]):
    """The one record dialog a page has open at a time, its draft kept on lock.

    The Events and Champions pages each hold one: opening another dialog first closes
    (and so asks about) the open one; when Hearth locks, the session collects the open
    dialog's draft, and after unlock :meth:`keep_drafts`' opener reopens it here.
    """

    def __init__(
        self,
        page: QWidget,
        dialog_class: type[D],
        on_saved: Callable[[Any], None],
        *,
        today: Callable[[], date],
    ) -> None:
        self._page = page
        self._class = dialog_class
        self._on_saved = on_saved
        self._today = today
        self._session: Any = None
        self.dialog: D | None = None

    def keep_drafts(self, session: Any) -> None:
        """Hand the open dialog's draft to ``session`` on lock; reopen it after unlock."""
        self._session = session
        session.register_draft_opener(self._class.DRAFT_KIND, self._reopen)

    def _reopen(self, services: Any, draft: Draft) -> None:
        dialog = self._class.from_draft(services, draft, today=self._today, parent=self._page)
        if dialog is not None:
            self.open(dialog)

    def open(self, dialog: D) -> D:
        """Show ``dialog`` (window-modal), unless the open one is kept after asking."""
        if self.dialog is not None:
            self.dialog.close()  # asks first if something was typed there
            if self.dialog is not None and self.dialog.isVisible():
                dialog.deleteLater()  # kept: the person went back to it
                return self.dialog
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._on_saved)  # type: ignore[attr-defined]
        dialog.finished.connect(lambda _result=0: self._forget(dialog))
        dialog.destroyed.connect(lambda _obj=None: self._forget(dialog))
        if self._session is not None:
            self._session.register_draft_source(dialog)
        dialog.open()
        return dialog

    def close_quietly(self) -> None:
        """The vault is gone: close without asking (a lock kept the draft already)."""
        if self.dialog is not None:
            self.dialog.discard_for_lock()
            self.dialog = None

    def _forget(self, dialog: D) -> None:
        if self._session is not None:
            self._session.unregister_draft_source(dialog)
        if self.dialog is dialog:
            self.dialog = None
