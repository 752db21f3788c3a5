"""Render windows to PNG without a display (used by scripts/screenshots and tests)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop_app.gui.main_window import MainWindow

PAGE_NAMES = ["today", "families", "services", "champions", "reports", "settings"]


def grab(widget: QWidget, path: Path) -> Path:
    """Show ``widget``, let it lay out, and save what it paints to ``path``."""
    widget.show()
    QCoreApplication.processEvents()
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    return path


def render_all(out: Path, language: str) -> list[Path]:
    """Render every main page of a fresh main window in the current language."""
    window = MainWindow()
    window.resize(1000, 680)
    paths = []
    try:
        for row, name in enumerate(PAGE_NAMES):
            window.show_section(row)
            paths.append(grab(window, out / f"main-{name}-{language}.png"))
    finally:
        window.close()
        window.deleteLater()
    return paths
