"""Qt's own texts (standard buttons, wizard buttons, text menus) in every staff language."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QWizard, QWizardPage

from desktop_app.gui.application import LanguageSwitcher
from desktop_app.gui.qt_texts import QT_TEXTS
from desktop_app.i18n.catalog import catalog_path

SB = QDialogButtonBox.StandardButton
UI_LANGUAGES = ("fr", "de", "es", "nl", "it", "pt", "el", "pl", "ar", "uk")
QT_DIR = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def _qt_catalog(language: str) -> QTranslator | None:
    translator = QTranslator()
    path = QT_DIR / f"qtbase_{language}.qm"
    return translator if path.is_file() and translator.load(str(path)) else None


def _ours(language: str) -> dict[tuple[str, str], str]:
    with catalog_path(language, ".po").open("rb") as handle:
        catalog = read_po(handle)
    return {
        (m.context, m.id): m.string
        for m in catalog
        if m.context and isinstance(m.id, str) and isinstance(m.string, str)
    }


def test_every_listed_text_is_one_qt_really_looks_up() -> None:
    """A typo in a source text would be a message Qt never asks for."""
    french = _qt_catalog("fr")
    assert french is not None
    unknown = [pair for pair in QT_TEXTS if not french.translate(*pair)]
    assert unknown == []


@pytest.mark.parametrize("language", UI_LANGUAGES)
def test_where_qt_has_the_language_hearth_says_what_qt_says(language: str) -> None:
    ours = _ours(language)
    qt = _qt_catalog(language)
    for context, text in QT_TEXTS:
        mine = ours[(context, text)]
        assert mine, (context, text)
        assert mine.count("&") == text.count("&"), (context, text, mine)
        if qt is not None:
            assert mine == qt.translate(context, text), (context, text)


@pytest.mark.parametrize(
    ("language", "cancel", "save", "next_text", "copy"),
    [
        # Qt has no Greek catalog at all.
        ("el", "Ακύρωση", "Αποθήκευση", "&Επόμενο >", "Αντι&γραφή"),
        # Qt's Portuguese is Brazil's ("Salvar", "Próximo"): Hearth's is Portugal's.
        ("pt", "Cancelar", "Guardar", "&Seguinte >", "&Copiar"),
        # Qt's own Arabic, through Hearth's catalog.
        ("ar", "ألغِ", "احفظ", "ال&تّالي >", "ا&نسخ"),
    ],
)
def test_standard_buttons_the_wizard_and_text_menus_speak_the_language(
    qtbot,
    switcher: LanguageSwitcher,
    language: str,
    cancel: str,
    save: str,
    next_text: str,
    copy: str,
) -> None:
    switcher.apply(language)
    box = QDialogButtonBox(SB.Cancel | SB.Save)
    qtbot.addWidget(box)
    assert box.button(SB.Cancel).text() == cancel
    assert box.button(SB.Save).text() == save
    wizard = QWizard()
    qtbot.addWidget(wizard)
    wizard.addPage(QWizardPage())
    wizard.addPage(QWizardPage())
    assert wizard.buttonText(QWizard.WizardButton.NextButton) == next_text
    field = QLineEdit()
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    texts = [action.text().split("\t")[0] for action in menu.actions()]
    menu.deleteLater()
    assert copy in texts
    assert "&Copy" not in texts
    switcher.apply("en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
