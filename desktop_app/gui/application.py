"""Creating the QApplication and switching its language and direction."""

from __future__ import annotations

import sys

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from desktop_app import __version__, i18n
from desktop_app.core.resources import resource_dir
from desktop_app.gui.qt_translator import TranslatorSet
from desktop_app.gui.style import apply_style
from desktop_app.i18n import text_direction


class LanguageSwitcher:
    """Owns the installed translators and the layout direction of the application."""

    def __init__(self, app: QApplication) -> None:
        self._app = app
        self._translators = TranslatorSet()
        self.language = "en"

    def apply(self, language: str) -> None:
        """Translate the whole application into ``language`` and set its direction.

        Installing translators sends a LanguageChange event to every widget, which
        retranslates open windows without a restart.
        """
        self._translators.install(language)
        direction = (
            Qt.LayoutDirection.RightToLeft
            if text_direction(language) == "rtl"
            else Qt.LayoutDirection.LeftToRight
        )
        self._app.setLayoutDirection(direction)
        # Dates and numbers in Qt's own widgets (date pickers, spin boxes) follow the UI
        # language too: new widgets take the default, open windows get a LocaleChange.
        locale = QLocale(i18n.current_language())  # the pseudo-language's are English
        QLocale.setDefault(locale)
        for widget in self._app.topLevelWidgets():
            widget.setLocale(locale)
        self.language = language


def create_application(argv: list[str] | None = None) -> QApplication:
    """Return the process's QApplication, creating it on first use."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Hearth")
    app.setApplicationDisplayName("Hearth")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Hearth")
    app.setDesktopFileName("org.hearth.Hearth")
    app.setWindowIcon(QIcon(str(resource_dir() / "icons" / "org.hearth.Hearth.svg")))
    apply_style(app)
    return app
