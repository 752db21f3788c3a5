"""Idle auto-lock timing and the forgetful clipboard."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QMouseEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from desktop_app.gui.session_guard import ClipboardGuard, IdleWatcher
from desktop_app.gui.worker import run_in_background


def test_idle_watcher_fires_after_inactivity(qtbot) -> None:
    watcher = IdleWatcher(interval_ms=50)
    watcher.start()
    with qtbot.waitSignal(watcher.idle, timeout=2000):
        pass
    watcher.stop()
    assert not watcher.is_active()


def test_activity_restarts_the_countdown(qtbot, qapp: QApplication) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    watcher = IdleWatcher(interval_ms=60_000)
    watcher.start()
    # Stand-in for "the countdown ran down": stop it, then show it a person's activity.
    watcher._timer.stop()
    qtbot.keyClick(edit, Qt.Key.Key_A)
    assert watcher.is_active()
    assert watcher._timer.remainingTime() > 59_000
    watcher._timer.stop()
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(1, 1),
        QPointF(1, 1),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    qapp.sendEvent(edit, event)
    assert watcher.is_active()
    watcher.stop()
    qtbot.keyClick(edit, Qt.Key.Key_B)
    assert not watcher.is_active(), "a stopped watcher ignores activity"


def test_clipboard_cleared_on_lock_only_if_still_ours(qtbot) -> None:
    clipboard = QGuiApplication.clipboard()
    guard = ClipboardGuard()
    guard.copy("HH-7F3K")
    assert clipboard.text() == "HH-7F3K"
    assert guard.clear_if_ours() is True
    assert clipboard.text() == ""

    guard.copy("HH-7F3K")
    clipboard.setText("something the user copied elsewhere")
    assert guard.clear_if_ours() is False
    assert clipboard.text() == "something the user copied elsewhere"


def test_background_work_reports_on_the_gui_thread(qtbot, qapp: QApplication) -> None:
    from PySide6.QtCore import QThread

    seen: dict[str, object] = {}

    def operation() -> int:
        seen["worker_thread"] = QThread.currentThread()
        return 42

    def done(result: object) -> None:
        seen["result"] = result
        seen["callback_thread"] = QThread.currentThread()

    task = run_in_background(operation, done, lambda error: None)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert seen["result"] == 42
    assert seen["callback_thread"] is qapp.thread()
    assert seen["worker_thread"] is not qapp.thread()


def test_background_errors_come_back_as_errors(qtbot) -> None:
    errors: list[BaseException] = []

    def operation() -> None:
        raise ValueError("boom")

    task = run_in_background(operation, lambda result: None, errors.append)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert len(errors) == 1
    assert isinstance(errors[0], ValueError)
