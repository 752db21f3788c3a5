"""The last line of defence: unexpected errors become a dialog that shows no case data.

A traceback's messages and local values may hold family data (a name in a failed
query, a note in a ValueError), so the report keeps only the exception *type* and the
file/line/function of each frame. The person can copy that redacted report for
support; nothing is sent anywhere.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop_app import __version__
from desktop_app.i18n import _

_PACKAGE_ROOT = Path(__file__).resolve().parent.parent.parent


def redacted_report(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """Return a crash report with no messages or values: type, version and frames only."""
    lines = [f"Hearth {__version__}", f"Python {sys.version.split()[0]}", exc_type.__name__]
    for frame in traceback.extract_tb(tb):
        filename = Path(frame.filename)
        if not filename.is_absolute():
            # The frozen program records paths relative to the package already
            # ("desktop_app/vault/vault.py"): nothing of the build machine to hide.
            shown = filename.as_posix()
        else:
            try:
                shown = filename.resolve().relative_to(_PACKAGE_ROOT).as_posix()
            except ValueError:
                shown = filename.name  # outside Hearth: no paths of this machine
        lines.append(f"  {shown}:{frame.lineno} in {frame.name}")
    return "\n".join(lines)


class CrashDialog(QMessageBox):
    """Tell the person something went wrong, and offer the redacted report."""

    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(_("Hearth hit a problem"))
        self.setText(
            _(
                "Something went wrong inside Hearth. Your saved records are safe in the "
                "vault. If the problem comes back, send the report below to your support "
                "contact: it contains no family data."
            )
        )
        self.setDetailedText(report)
        self.setStandardButtons(QMessageBox.StandardButton.Close)


def install_excepthook(show: Callable[[str], None] | None = None) -> None:
    """Route uncaught exceptions to the crash dialog instead of a traceback on screen."""

    def _show(report: str) -> None:
        if QApplication.instance() is None:
            sys.stderr.write(report + "\n")
            return
        CrashDialog(report).exec()

    display = show or _show

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        display(redacted_report(exc_type, tb))

    sys.excepthook = hook
