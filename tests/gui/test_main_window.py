"""The main window shell: sections, shortcuts, translation and direction."""

from __future__ import annotations

from babel.messages.pofile import read_po
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

from desktop_app.gui.application import LanguageSwitcher
from desktop_app.gui.main_window import MainWindow
from desktop_app.i18n.maintenance import extract
from tests.helpers.qt import strip_mnemonic, visible_texts

SECTIONS = [
    "Today",
    "Families",
    "Services",
    "Champions",
    "Events",
    "Reports & Sync",
    "Settings",
]


def _english_sources(project_root) -> set[str]:
    return {
        strip_mnemonic(str(m.id if isinstance(m.id, str) else m.id[0]))
        for m in extract(project_root)
        if m.id
    }


def test_window_shows_every_section_with_a_placeholder(qtbot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    nav = window.ui.navigation_list
    assert [nav.item(i).text() for i in range(nav.count())] == SECTIONS
    assert window.windowTitle() == "Hearth"
    for row, name in enumerate(SECTIONS):
        window.show_section(row)
        assert window.current_section() == row
        page = window.ui.page_stack.currentWidget()
        assert page is not None
        texts = visible_texts(page)
        assert name in texts
        assert any(len(t) > 40 for t in texts), f"{name} page says what will be there"


def test_ctrl_number_shortcuts_switch_sections(qtbot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section() == 2
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section() == window.SECTION_KEYS.index("events")
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section() == 6
    assert window.SECTION_KEYS[6] == "settings"
    assert "Ctrl+7" in window.ui.navigation_list.toolTip()


def test_french_leaves_no_english_on_the_shell(
    qtbot, switcher: LanguageSwitcher, project_root
) -> None:
    switcher.apply("fr")
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    english = _english_sources(project_root) - {"Hearth"}  # the product name stays
    texts = visible_texts(window)
    assert "Familles" in texts
    leftovers = [t for t in texts if t in english]
    assert leftovers == []


def test_live_switch_retranslates_an_open_window(qtbot, switcher: LanguageSwitcher) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.ui.navigation_list.item(1).text() == "Families"
    switcher.apply("fr")
    # Qt delivers LanguageChange as a posted event: wait for it, never sleep.
    qtbot.waitUntil(lambda: window.ui.navigation_list.item(1).text() == "Familles")
    assert "Envoyer" in window.status_label.text()
    switcher.apply("en")
    qtbot.waitUntil(lambda: window.ui.navigation_list.item(1).text() == "Families")


def test_arabic_is_right_to_left(qtbot, switcher: LanguageSwitcher, qapp: QApplication) -> None:
    switcher.apply("ar")
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.ui.navigation_list.item(0).text() == "اليوم"
    # In a right-to-left layout the navigation sits on the right of the pages.
    nav = window.ui.navigation_list.geometry()
    pages = window.ui.page_stack.geometry()
    assert nav.left() > pages.left()


def test_qt_texts_hearth_does_not_list_fall_through_to_qts_own_catalog(
    qtbot, switcher: LanguageSwitcher
) -> None:
    switcher.apply("fr")
    # The file dialog's texts are not in Hearth's catalog: Qt's French catalog answers.
    text = QCoreApplication.translate("QFileDialog", "File &name:")
    assert text.replace("&", "").startswith("Nom de fichier")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Annuler"


def test_arabic_catalog_covers_the_shell(project_root) -> None:
    po = project_root / "resources/translations/ar/LC_MESSAGES/hearth.po"
    with po.open("rb") as fp:
        catalog = read_po(fp)
    shell = [m for m in catalog if m.context == "MainWindow"]
    assert shell
    assert all(m.string for m in shell)


def test_a_language_switch_after_a_section_was_replaced(qtbot, switcher: LanguageSwitcher) -> None:
    # retranslateUi still sets the Designer placeholder's texts: they must not be deleted.
    window = MainWindow()
    qtbot.addWidget(window)
    for key in window.SECTION_KEYS:
        window.set_section_widget(key, QLabel(key))
    # Let deleteLater run, as the event loop would.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    switcher.apply("fr")
    qtbot.waitUntil(lambda: window.ui.navigation_list.item(1).text() == "Familles")
    assert window.section_widget("today").text() == "today"  # type: ignore[attr-defined]


def test_date_pickers_follow_the_ui_language_live(qtbot, switcher: LanguageSwitcher) -> None:
    from PySide6.QtCore import QDate, QLocale
    from PySide6.QtWidgets import QDateEdit

    window = MainWindow()
    qtbot.addWidget(window)
    picker = QDateEdit(QDate(2026, 10, 5), window.section_widget("today"))
    english = picker.text()
    switcher.apply("ar")
    assert picker.locale().language() == QLocale.Language.Arabic
    assert picker.text() != english
    assert any("\u0660" <= c <= "\u0669" for c in picker.text())  # Arabic digits
    later = QDateEdit()  # made after the switch: takes the default
    qtbot.addWidget(later)
    assert later.locale().language() == QLocale.Language.Arabic
    switcher.apply("en")
    assert picker.text() == english
