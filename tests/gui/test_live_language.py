"""Switching the language live on each main page (issue 7, "Tests").

On every section, with the page on screen, the language changes to French, German,
Spanish (the shipped catalogs) and Arabic (the shipped catalog plus stand-ins for page
titles not translated yet, as ``test_settings_page.py`` does), then back to English.
Each time the texts change, nothing the catalog translates is left in English, the
direction flips for Arabic, and English comes back exactly as it was.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from babel.messages.pofile import read_po, write_po
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.core.demo_marks import non_latin
from desktop_app.gui.application import LanguageSwitcher
from desktop_app.gui.screen_walk import ScreenWalk
from desktop_app.i18n.locales import FAMILY_LANGUAGES, native_name
from desktop_app.i18n.maintenance import extract, message_keys
from tests.helpers import ui_audit
from tests.helpers.walks import isolated_folders

SECTIONS = ("today", "families", "services", "champions", "events", "reports", "settings")
LANGUAGES = ("fr", "de", "es", "ar")
#: Languages named in their own script ("English" in any UI): data, not stale text.
NAMES = frozenset(native_name(code) for code in (*FAMILY_LANGUAGES, *LANGUAGES, "en"))


#: Arabic for page titles the Arabic catalog does not have yet (form class, source).
ARABIC_STAND_INS = {
    ("ServicesPage", "Services directory"): "دليل الخدمات",
    ("ChampionsPage", "Parent champions"): "الآباء الداعمون",
    ("EventsPage", "Events"): "الفعاليات",
    ("ReportsPage", "Reports & Sync"): "التقارير والمزامنة",
    ("SettingsPage", "Settings"): "الإعدادات",
}


def _catalogs(root: Path, source: Path) -> dict[str, set[str]]:
    """Copy the shipped catalogs (Arabic with its stand-ins) under ``root``.

    Returns, per language, the English texts it translates wherever the sources use
    them (a text translated in one form but new or untranslated in another could
    rightly stay English there).
    """
    template = message_keys(extract(source.parents[1]))
    translated: dict[str, set[str]] = {}
    for language in LANGUAGES:
        with (source / language / "LC_MESSAGES" / "hearth.po").open("rb") as handle:
            catalog = read_po(handle, locale=language)
        if language == "ar":
            for (context, msgid), msgstr in ARABIC_STAND_INS.items():
                known = catalog.get(msgid, context=context)
                if known is None:
                    catalog.add(msgid, msgstr, context=context)
                elif not known.string:
                    known.string = msgstr
        done: set[tuple[str | None, str]] = set()
        for message in catalog:
            if not message.id or isinstance(message.id, tuple | list):
                continue
            if message.string and message.string != message.id and not message.fuzzy:
                done.add((message.context, str(message.id)))
        pending = {msgid for context, msgid in template if (context, msgid) not in done}
        translated[language] = {msgid for _context, msgid in done} - pending
        target = root / language / "LC_MESSAGES" / "hearth.po"
        target.parent.mkdir(parents=True)
        with target.open("wb") as handle:
            write_po(handle, catalog)
    return translated


@pytest.fixture(scope="module")
def live(
    qapp: QApplication, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[ScreenWalk, LanguageSwitcher, dict[str, set[str]]]]:
    folder = tmp_path_factory.mktemp("live")
    source = Path(__file__).resolve().parents[2] / "resources" / "translations"
    translated = _catalogs(folder / "translations", source)
    switcher = LanguageSwitcher(qapp)
    with isolated_folders(folder), pytest.MonkeyPatch.context() as patch:
        patch.setattr("desktop_app.i18n.catalog.translations_dir", lambda: folder / "translations")
        try:
            with ScreenWalk(folder / "walk", mark=non_latin, switcher=switcher) as walk:
                yield walk, switcher, translated
        finally:
            switcher.apply("en")


def _texts(window: QWidget) -> list[str]:
    """Every text on screen: the window's menus and navigation, and the page shown."""
    return sorted(text for _widget, text, _kind in ui_audit.visible_texts(window))


def _title(page: Any) -> Any:
    """The page's title label (the Families section shows its list's)."""
    owner = page.list_page if hasattr(page, "list_page") else page
    return owner.ui.title_label


def _switch(switcher: LanguageSwitcher, language: str) -> None:
    switcher.apply(language)
    for _round in range(3):  # LanguageChange is a posted event
        QCoreApplication.processEvents()


@pytest.mark.parametrize("key", SECTIONS)
def test_a_live_switch_retranslates_the_page_and_flips_for_arabic(
    live: tuple[ScreenWalk, LanguageSwitcher, dict[str, set[str]]], key: str
) -> None:
    walk, switcher, translated = live
    window = walk.window
    row = window.SECTION_KEYS.index(key)
    window.show_section(row)
    page = window.section_widget(key)
    QCoreApplication.processEvents()
    english = _texts(window)
    try:
        _switch_through(switcher, window, page, english, translated)
    finally:
        _switch(switcher, "en")
    assert _texts(window) == english  # English comes back exactly
    assert page.layoutDirection() == Qt.LayoutDirection.LeftToRight


def _switch_through(
    switcher: LanguageSwitcher,
    window: Any,
    page: Any,
    english: list[str],
    translated: dict[str, set[str]],
) -> None:
    for language in LANGUAGES:
        _switch(switcher, language)
        shown = _texts(window)
        assert shown != english, language
        # Nothing the catalog translates is left in English on the page.
        stale = sorted(
            {text for text in shown if text in translated[language] and text not in NAMES}
        )
        assert stale == [], (language, stale)
        rtl = language == "ar"
        wanted = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        assert page.layoutDirection() == wanted, language
        navigation = window.ui.navigation_list
        centre = navigation.mapTo(window, navigation.rect().center()).x()
        pages = window.page_scroll.mapTo(window, window.page_scroll.rect().center()).x()
        assert (centre > pages) == rtl, language  # the navigation changed sides
    assert any("\u0600" <= char <= "\u06ff" for char in _title(page).text())  # Arabic
    _switch(switcher, "en")
    after = _texts(window)
    assert after == english  # English comes back exactly
    assert page.layoutDirection() == Qt.LayoutDirection.LeftToRight
