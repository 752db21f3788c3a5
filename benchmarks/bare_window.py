"""Baseline for the start-up benchmark: a bare PySide6 QMainWindow, measured the same way."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

MARKER = "hearth-window-shown"

if __name__ == "__main__":
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1000, 680)
    window.show()

    def report_shown() -> None:
        print(MARKER, flush=True)
        app.quit()

    QTimer.singleShot(0, report_shown)
    sys.exit(app.exec())
