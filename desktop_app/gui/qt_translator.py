"""The bridge that lets Qt's own lookups (uic forms, tr()) answer from our gettext catalog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop_app import i18n


class CatalogTranslator(QTranslator):
    """Answer Qt translation lookups from Hearth's active gettext catalog.

    uic-generated forms call ``QCoreApplication.translate("FormClass", "text")``; Babel
    extracts those with the form class as ``msgctxt``, so the lookup key is the pair.
    Returning ``None`` (never ``""``) for messages we do not hold lets Qt fall through to
    ``qtbase_<lang>.qm`` for standard buttons: an empty string would stop the lookup and
    blank them (measured with PySide6 6.12).
    """

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        """Return our translation of ``source_text`` in ``context``, or None."""
        return i18n.active_catalog().lookup(context or None, source_text)

    def isEmpty(self) -> bool:
        """Tell Qt this translator always has something to offer."""
        return False


class TranslatorSet:
    """The translators installed on the application for the current language."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []

    def install(self, language: str) -> None:
        """Switch the application's translators to ``language``.

        Qt searches the most recently installed translator first, so Qt's own catalog
        goes in before ours.
        """
        app = QCoreApplication.instance()
        assert app is not None, "a QApplication must exist before translators"
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        i18n.set_language(language)
        qt_catalog = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_catalog.load(QLocale(language), "qtbase", "_", qt_dir):
            app.installTranslator(qt_catalog)
            self._installed.append(qt_catalog)
        ours = CatalogTranslator(app)
        app.installTranslator(ours)
        self._installed.append(ours)
