"""Guards of an unlocked session: idle auto-lock and a clipboard that forgets."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication

# Events that mean a person is using the app.
_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress,
}


class IdleWatcher(QObject):
    """Emit ``idle`` after a period with no keyboard, mouse or touch activity."""

    idle = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.idle)
        self._app = QGuiApplication.instance()

    def start(self) -> None:
        """Start watching (from unlock)."""
        if self._app is not None:
            self._app.installEventFilter(self)
        self._timer.start()

    def stop(self) -> None:
        """Stop watching (on lock)."""
        if self._app is not None:
            self._app.removeEventFilter(self)
        self._timer.stop()

    def set_interval(self, interval_ms: int) -> None:
        """Change the idle time; takes effect from the next activity."""
        self._timer.setInterval(interval_ms)

    def interval_ms(self) -> int:
        """Return the idle time in milliseconds."""
        return self._timer.interval()

    def is_active(self) -> bool:
        """Return whether the countdown is running."""
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Restart the countdown on any sign of a person at the keyboard."""
        if event.type() in _ACTIVITY:
            self._timer.start()
        return False


class ClipboardGuard:
    """Copy text for the user, and clear it on lock if it is still what we copied.

    Only a hash of the copied text is kept, so the guard itself holds no case data.
    """

    def __init__(self) -> None:
        self._digest: bytes | None = None

    @staticmethod
    def _hash(text: str) -> bytes:
        return hashlib.sha256(text.encode("utf-8")).digest()

    def copy(self, text: str) -> None:
        """Put ``text`` on the clipboard and remember that Hearth put it there."""
        QGuiApplication.clipboard().setText(text)
        self._digest = self._hash(text)

    def clear_if_ours(self) -> bool:
        """Clear the clipboard if it still holds what Hearth copied; say if it did."""
        if self._digest is None:
            return False
        clipboard = QGuiApplication.clipboard()
        ours = self._hash(clipboard.text()) == self._digest
        if ours:
            clipboard.clear()
        self._digest = None
        return ours
