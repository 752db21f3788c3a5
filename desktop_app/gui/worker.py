"""Run slow work (key derivation, backups, big queries) off the GUI thread.

The operation runs on a pool thread and must not touch widgets; its result or error
comes back on the GUI thread through a queued signal (the pattern of Anki's
``CollectionOp``). The window never freezes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class BackgroundTask(QObject):
    """One operation's result channel; lives on the GUI thread."""

    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()
    #: ``(done, total)`` from an operation started by :func:`run_with_progress`;
    #: emitted on the pool thread, delivered queued on the GUI thread.
    progressed = Signal(int, int)

    def __init__(
        self,
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._on_success = on_success
        self._on_failure = on_failure
        # Connecting to this object's own slots makes delivery queued onto its thread.
        self._result_ready.connect(self._deliver_success)
        self._error_ready.connect(self._deliver_failure)

    _result_ready = Signal(object)
    _error_ready = Signal(object)

    @Slot(object)
    def _deliver_success(self, result: object) -> None:
        try:
            self._on_success(result)
            self.succeeded.emit(result)
        finally:
            self.finished.emit()
            self.deleteLater()

    @Slot(object)
    def _deliver_failure(self, error: object) -> None:
        try:
            assert isinstance(error, BaseException)
            self._on_failure(error)
            self.failed.emit(error)
        finally:
            self.finished.emit()
            self.deleteLater()


class _Runnable(QRunnable):
    def __init__(self, operation: Callable[[], Any], task: BackgroundTask) -> None:
        super().__init__()
        self._operation = operation
        self._task = task

    def run(self) -> None:
        try:
            result = self._operation()
        except BaseException as error:  # every error goes back to the GUI thread
            self._task._error_ready.emit(error)
        else:
            self._task._result_ready.emit(result)


def run_in_background(
    operation: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
    parent: QObject | None = None,
) -> BackgroundTask:
    """Start ``operation`` on a pool thread; call back on the GUI thread when done."""
    task = BackgroundTask(on_success, on_failure, parent)
    QThreadPool.globalInstance().start(_Runnable(operation, task))
    return task


def run_with_progress(
    operation: Callable[[Callable[[int, int], None]], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
    on_progress: Callable[[int, int], None],
    parent: QObject | None = None,
) -> BackgroundTask:
    """Like :func:`run_in_background`, for an operation that reports its progress.

    ``operation`` is called with a ``report(done, total)`` function it may call as often
    as it likes from the pool thread; ``on_progress`` runs on the GUI thread.
    """
    task = BackgroundTask(on_success, on_failure, parent)
    task.progressed.connect(on_progress)
    report = task.progressed.emit
    QThreadPool.globalInstance().start(_Runnable(lambda: operation(report), task))
    return task
