"""The gettext side of the translation pipeline, without Qt."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop_app import i18n
from desktop_app.i18n import _, available_languages, pgettext
from desktop_app.i18n.catalog import load_catalog
from desktop_app.i18n.locales import native_name, resolve_language, text_direction


@pytest.fixture(autouse=True)
def _restore_language() -> Iterator[None]:
    yield
    i18n.set_language("en")


def test_french_catalog_translates_python_and_form_strings() -> None:
    i18n.set_language("fr")
    assert _("About Hearth") == "À propos de Hearth"
    assert pgettext("MainWindow", "Families") == "Familles"


def test_lookup_tells_missing_apart_from_present() -> None:
    catalog = load_catalog("fr")
    assert catalog.lookup("MainWindow", "Families") == "Familles"
    assert catalog.lookup("MainWindow", "No such text in any catalog") is None
    # A Qt text Hearth does not list (gui/qt_texts.py): Qt's own catalog must answer it.
    assert catalog.lookup("QFileDialog", "File &name:") is None
    assert catalog.lookup("QPlatformTheme", "Cancel") == "Annuler"  # listed: Qt's own word


def test_unknown_language_falls_back_to_source_text() -> None:
    i18n.set_language("xx")
    assert _("About Hearth") == "About Hearth"
    assert load_catalog("xx").lookup(None, "About Hearth") is None


def test_direction_comes_from_locale_data() -> None:
    for rtl in ("ar", "fa", "ps", "ur", "ckb", "he"):
        assert text_direction(rtl) == "rtl", rtl
    for ltr in ("en", "fr", "uk", "ti", "so", "not-a-language"):
        assert text_direction(ltr) == "ltr", ltr


def test_language_names_in_their_own_script() -> None:
    assert native_name("ar") == "العربية"
    assert native_name("uk") == "Українська"
    assert native_name("ti") == "ትግርኛ"
    assert native_name("fr") == "Français"


def test_resolve_language_prefers_request_then_saved_then_system() -> None:
    available = ["ar", "en", "fr"]
    assert resolve_language("ar", "fr", "fr_FR.UTF-8", available) == "ar"
    assert resolve_language(None, "fr", "ar_SY", available) == "fr"
    assert resolve_language(None, None, "fr_CA", available) == "fr"
    assert resolve_language("de", None, None, available) == "en"


def test_shipped_languages_include_english_french_arabic() -> None:
    assert {"en", "fr", "ar"} <= set(available_languages())
