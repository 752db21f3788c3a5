"""Composition root: build the services and hand them to the GUI.

No global registries: everything a window needs arrives through its constructor.
"""

from __future__ import annotations

import os
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.core.preferences import Preferences
from desktop_app.i18n import available_languages
from desktop_app.i18n.locales import resolve_language

if TYPE_CHECKING:
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.gui.session import SessionController

# Set by the start-up benchmark and the smoke tests: print a marker once the window is
# on screen, then quit. Carries no data.
STARTUP_PROBE_ENV = "HEARTH_STARTUP_PROBE"
STARTUP_MARKER = "hearth-window-shown"
#: The exit status of a start-up probe that met an unexpected error (EX_SOFTWARE).
STARTUP_CRASHED = 70


@dataclass(frozen=True)
class GuiOptions:
    """What the person asked for on the command line."""

    language: str | None
    vault_dir: Path
    demo: bool = False


@dataclass
class GuiSession:
    """The window and the session controller, wired together and started."""

    window: MainWindow
    session: SessionController
    demo_dir: Path | None = None
    casework: Any = None  # the CaseworkController (pages and intakes)
    settings: Any = None  # the Settings page, built at the first unlock
    _closed: bool = field(default=False, repr=False)

    def close(self) -> None:
        """Save drafts, lock the vault, and delete a throw-away demo vault."""
        if self._closed:
            return
        self._closed = True
        self.session.shutdown()
        if self.demo_dir is not None:
            shutil.rmtree(self.demo_dir, ignore_errors=True)


def _services_for(vault: Any) -> Any:
    """Build the session's services (imported at the first unlock, not at start)."""
    from desktop_app.vault.services import VaultServices

    return VaultServices.from_vault(vault)


def build_session(
    options: GuiOptions,
    preferences: Preferences | None = None,
    *,
    vault_api: Any = None,
    backoff: Any = None,
    demo_households: int = 300,
    switcher: Any = None,
    vault: Any = None,
    today: Any = None,
) -> GuiSession:
    """Build the main window and its session, and start it (needs a QApplication).

    A normal start shows the window covered, with the unlock dialog over it (the create
    page on a new laptop). ``--demo`` creates a throw-away vault of made-up families in
    a temporary folder and starts unlocked; :meth:`GuiSession.close` deletes it.

    ``switcher`` is the application's :class:`~desktop_app.gui.application.LanguageSwitcher`
    (the Settings page switches the language through it); one is made if none is given.

    ``vault`` starts unlocked with a vault that is already open (the screen walker of
    :mod:`desktop_app.gui.screen_walk`, tests); ``today`` replaces the pages' clock
    (a callable returning a date) so the same data always shows the same screens.
    """
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.gui.session import SessionController

    preferences = preferences or Preferences.load()
    window = MainWindow()
    demo_vault: Any = None
    demo_dir: Path | None = None
    vault_dir = options.vault_dir
    if options.demo:
        import tempfile

        from desktop_app.vault.demo_vault import create_demo_vault

        demo_dir = Path(tempfile.mkdtemp(prefix="hearth-demo-"))
        vault_dir = demo_dir / "vault"
        try:
            demo_vault, passphrase = create_demo_vault(vault_dir, households=demo_households)
        except BaseException:
            shutil.rmtree(demo_dir, ignore_errors=True)
            raise
        window.set_demo(passphrase)
    if vault is not None:
        demo_vault = vault
    session = SessionController(
        vault_dir,
        window,
        _services_for,
        idle_minutes=preferences.auto_lock_minutes,
        vault_api=vault_api,
        backoff=backoff,
    )
    gui = GuiSession(window, session, demo_dir)

    def build_casework(_services: Any) -> None:
        # The casework pages are built at the first unlock, not at start: nothing of
        # them can show before then, and importing them would double the start time.
        if gui.casework is None:
            from desktop_app.gui.casework import CaseworkController
            from desktop_app.gui.documents.fonts import load_bundled_fonts

            # Consent notices and documents in Tigrinya, Pashto… need these (~1 ms).
            load_bundled_fonts()
            if today is None:
                gui.casework = CaseworkController(window, session)
            else:
                gui.casework = CaseworkController(window, session, today=today)

    session.unlocked.connect(build_casework)
    if switcher is None:
        from PySide6.QtWidgets import QApplication

        from desktop_app.gui.application import LanguageSwitcher
        from desktop_app.i18n import current_language

        app = QApplication.instance()
        assert isinstance(app, QApplication), "a QApplication must exist"
        switcher = LanguageSwitcher(app)
        switcher.language = current_language()

    def build_settings(_services: Any) -> None:
        # Built at the first unlock too: the window is covered until then. A page that
        # was plugged into the section already (by a test, a later feature) is kept.
        placeholder = window.section_widget("settings").objectName() == "settings_page"
        if gui.settings is None and placeholder:
            from desktop_app.gui.settings_page import SettingsPage

            page = SettingsPage(switcher=switcher, today=today)
            page.auto_lock_changed.connect(session.set_idle_minutes)
            window.set_section_widget("settings", page)
            gui.settings = page

    session.unlocked.connect(build_settings)
    if demo_vault is not None:
        session.start_unlocked(demo_vault)
    else:
        session.start()
    return gui


def run_gui(options: GuiOptions) -> int:
    """Open Hearth's window and run the event loop until it closes."""
    # Imported here so that admin verbs never load Qt widgets.
    from PySide6.QtCore import QLocale, QTimer

    from desktop_app.gui.application import LanguageSwitcher, create_application
    from desktop_app.gui.crash_dialog import install_excepthook

    app = create_application()
    probe = bool(os.environ.get(STARTUP_PROBE_ENV))
    # A start-up probe (the benchmark, the frozen smoke test) has nobody to close a
    # crash dialog: it reports the redacted report and fails instead of waiting.
    crashes: list[str] = []
    install_excepthook(show=crashes.append if probe else None)
    preferences = Preferences.load()
    language = resolve_language(
        options.language, preferences.language, QLocale.system().name(), available_languages()
    )
    switcher = LanguageSwitcher(app)
    switcher.apply(language)
    # Text size and contrast before the first window: the unlock screen must be readable.
    from desktop_app.gui.display import apply_display

    apply_display(app, preferences)
    gui = build_session(options, preferences, switcher=switcher)
    # Quitting by any road (window closed, unlock dialog closed, Ctrl+Q) keeps the
    # drafts, drops the key and removes a demo vault.
    app.aboutToQuit.connect(gui.close)
    if probe:

        def report_shown() -> None:
            if crashes:
                sys.stderr.write(crashes[0] + "\n")
                app.exit(STARTUP_CRASHED)
                return
            print(STARTUP_MARKER, flush=True)
            app.quit()

        QTimer.singleShot(0, report_shown)
    try:
        return app.exec()
    finally:
        gui.close()
