"""Composition root: build the services and hand them to the GUI.

No global registries: everything a window needs arrives through its constructor.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.preferences import Preferences
from desktop_app.i18n import available_languages
from desktop_app.i18n.locales import resolve_language

# Set by the start-up benchmark and the smoke tests: print a marker once the window is
# on screen, then quit. Carries no data.
STARTUP_PROBE_ENV = "HEARTH_STARTUP_PROBE"
STARTUP_MARKER = "hearth-window-shown"


@dataclass(frozen=True)
class GuiOptions:
    """What the person asked for on the command line."""

    language: str | None
    vault_dir: Path
    demo: bool = False


def run_gui(options: GuiOptions) -> int:
    """Open Hearth's window and run the event loop until it closes."""
    # Imported here so that admin verbs never load Qt widgets.
    from PySide6.QtCore import QLocale, QTimer

    from desktop_app.gui.application import LanguageSwitcher, create_application
    from desktop_app.gui.crash_dialog import install_excepthook
    from desktop_app.gui.main_window import MainWindow

    app = create_application()
    install_excepthook()
    preferences = Preferences.load()
    language = resolve_language(
        options.language, preferences.language, QLocale.system().name(), available_languages()
    )
    switcher = LanguageSwitcher(app)
    switcher.apply(language)
    window = MainWindow()
    window.show()
    if os.environ.get(STARTUP_PROBE_ENV):

        def report_shown() -> None:
            print(STARTUP_MARKER, flush=True)
            app.quit()

        QTimer.singleShot(0, report_shown)
    return app.exec()
