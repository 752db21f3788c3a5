"""Guards against a Qt binding that corrupts Python's reference counts.

PySide6 6.12.0 on Python 3.11 took one reference from ``None`` on every call to a Qt
method returning nothing, and one from ``True``/``False`` on every emitted bool signal;
a long session then aborted with ``Fatal Python error: none_dealloc``. pyproject pins
``<6.12``; this test fails if a build with that bug is ever installed again.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot


class _Emitter(QObject):
    flag = Signal(bool)


def test_void_calls_keep_none_alive(qtbot: QtBot) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    before = sys.getrefcount(None)
    for _ in range(200):
        edit.setText("x")
        edit.setEnabled(True)
    # A few references may come and go elsewhere; 400 lost ones may not.
    assert sys.getrefcount(None) - before > -50


def test_bool_signals_keep_true_and_false_alive(qtbot: QtBot) -> None:
    emitter = _Emitter()
    seen: list[bool] = []
    emitter.flag.connect(seen.append)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for index in range(200):
        emitter.flag.emit(index % 2 == 0)
    seen.clear()
    after = sys.getrefcount(True), sys.getrefcount(False)
    assert after[0] - before[0] > -50
    assert after[1] - before[1] > -50
