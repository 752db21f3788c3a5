"""The family documents' gettext domain, without Qt: fallback, review headers, tooling."""

from __future__ import annotations

import gettext
import io
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po

from desktop_app import i18n
from desktop_app.i18n import _
from desktop_app.i18n.catalog import (
    REVIEW_HEADER,
    available_languages,
    catalog_review,
    compile_all,
    load_catalog,
    parse_review,
)
from desktop_app.i18n.family import (
    FAMILY_DOCUMENT_LANGUAGES,
    STAFF_COPY_LANGUAGES,
    catalog_folder,
    family_catalog_languages,
    family_gettext,
    family_review,
    family_texts,
)
from desktop_app.i18n.locales import writing_script
from desktop_app.i18n.maintenance import new_catalog, update_catalogs
from desktop_app.i18n.pofiles import (
    compile_catalog,
    header_fields,
    read_catalog,
    set_header,
    write_catalog,
)

HEADING = "Your contact at school"


@pytest.fixture(autouse=True)
def _english_ui() -> object:
    yield
    i18n.set_language("en")


def _catalog(root: Path, folder: str, domain: str, entries: dict[str, str]) -> Path:
    catalog = Catalog(locale=folder.split("_")[0], domain=domain)
    for msgid, msgstr in entries.items():
        catalog.add(msgid, msgstr)
    set_header(catalog, REVIEW_HEADER, "machine")
    po = root / folder / "LC_MESSAGES" / f"{domain}.po"
    write_catalog(po, catalog)
    return po


def test_arabic_and_ukrainian_family_texts_are_real_translations() -> None:
    gettext_ar, _ngettext, used = family_gettext("ar")
    assert used == "ar"
    assert gettext_ar(HEADING) == "الشخص الذي تتواصلون معه في المدرسة"
    ukrainian = family_texts("uk")
    assert ukrainian.language == "uk"
    assert not ukrainian.fell_back
    assert ukrainian.gettext(HEADING) == "Ваша контактна особа в школі"
    # Plurals follow each language's rules (Ukrainian: one / few / many).
    minute, minutes = "{count} minute", "{count} minutes"
    assert [ukrainian.ngettext(minute, minutes, n) for n in (1, 3, 5)] == [
        "{count} хвилина",
        "{count} хвилини",
        "{count} хвилин",
    ]


def test_family_texts_do_not_touch_the_ui_language() -> None:
    i18n.set_language("fr")
    assert family_texts("ar").gettext(HEADING) != HEADING
    assert _("About Hearth") == "À propos de Hearth"
    assert i18n.current_language() == "fr"


def test_a_language_without_a_family_catalog_falls_back_to_english() -> None:
    tigre = family_texts("tig")  # no family catalog yet
    assert tigre.language == "en"
    assert tigre.fell_back
    assert tigre.gettext(HEADING) == HEADING
    assert tigre.locale == "en"  # English texts, English dates
    assert family_gettext("tig")[2] == "en"
    assert not family_texts("en").fell_back


def test_dari_falls_back_to_persian_then_english(tmp_path: Path) -> None:
    assert catalog_folder("fa-AF") == "fa_AF"
    assert family_texts("fa-AF", tmp_path).language == "en"
    _catalog(tmp_path, "fa", "family", {HEADING: "فرد تماس شما در مدرسه"})
    dari = family_texts("fa-AF", tmp_path)
    assert dari.language == "fa"
    assert dari.fell_back, "the staff member is told the texts are Persian, not Dari"
    assert dari.locale == "fa-AF", "dates still use Dari month names"
    assert dari.gettext(HEADING) == "فرد تماس شما در مدرسه"
    _catalog(tmp_path, "fa_AF", "family", {HEADING: "شخص تماس شما در مکتب"})
    exact = family_texts("fa-AF", tmp_path)
    assert (exact.language, exact.fell_back) == ("fa-AF", False)
    assert exact.gettext(HEADING) == "شخص تماس شما در مکتب"
    assert family_catalog_languages(tmp_path) == ["en", "fa", "fa-AF"]


def test_adding_a_language_is_adding_its_family_po(tmp_path: Path) -> None:
    assert family_texts("so", tmp_path).language == "en"
    _catalog(tmp_path, "so", "family", {HEADING: "Xiriirkaaga dugsiga"})
    somali = family_texts("so", tmp_path)
    assert (somali.language, somali.gettext(HEADING)) == ("so", "Xiriirkaaga dugsiga")
    # A family catalog does not make a staff UI language.
    assert "so" not in available_languages(tmp_path)
    assert "so" in available_languages(tmp_path, "family")


def test_the_two_domains_are_separate_catalogs(tmp_path: Path) -> None:
    _catalog(tmp_path, "uk", "hearth", {"Families": "Родини"})
    _catalog(tmp_path, "uk", "family", {HEADING: "Контакт"})
    assert load_catalog("uk", tmp_path).gettext(HEADING) == HEADING
    assert load_catalog("uk", tmp_path, "family").gettext("Families") == "Families"
    assert load_catalog("uk", tmp_path, "family").gettext(HEADING) == "Контакт"


def test_review_header_survives_update_and_compilation(tmp_path: Path) -> None:
    pot = tmp_path / "family.pot"
    template = Catalog(domain="family")
    template.add(HEADING)
    template.add("A new text")
    write_catalog(pot, template)
    po = _catalog(tmp_path, "uk", "family", {HEADING: "Контакт"})
    reviewed = "reviewed by Olena K. on 2027-01-15"
    catalog = set_header(read_catalog(po, locale="uk"), REVIEW_HEADER, reviewed)
    write_catalog(po, catalog)
    # scripts/update_catalogs merges the template in: the header stays.
    update_catalogs(pot)
    text = po.read_text(encoding="utf-8")
    assert header_fields(text)[REVIEW_HEADER] == reviewed
    assert 'msgid "A new text"' in text
    # Compiled (a frozen build ships only the .mo): the header is inside.
    compiled = gettext.GNUTranslations(io.BytesIO(compile_catalog(po)))
    assert compiled.info()["x-hearth-review"] == reviewed
    assert [p.name for p in compile_all(tmp_path)] == ["family.mo"]
    po.unlink()  # only the .mo left, as in a frozen build
    review = catalog_review("uk", "family", tmp_path)
    assert review is not None
    assert review.reviewed
    assert review.reviewer == "Olena K."
    assert str(review.reviewed_on) == "2027-01-15"


def test_a_new_catalog_starts_as_machine_reviewed(tmp_path: Path) -> None:
    pot = tmp_path / "family.pot"
    template = Catalog(domain="family")
    template.add(HEADING)
    out = io.BytesIO()
    write_po(out, template)
    pot.write_bytes(out.getvalue())
    po = new_catalog(pot, "ti")
    assert po == tmp_path / "ti" / "LC_MESSAGES" / "family.po"
    assert header_fields(po.read_text(encoding="utf-8"))[REVIEW_HEADER] == "machine"


def test_shipped_catalogs_say_they_are_machine_translations() -> None:
    for language, domain in (
        ("ar", "family"),
        ("uk", "family"),
        ("fr", "hearth"),
        ("ar", "hearth"),
    ):
        review = catalog_review(language, domain)
        assert review is not None, (language, domain)
        assert review.value == "machine"
        assert not review.reviewed
    assert family_review("uk") == catalog_review("uk", "family")
    assert family_review("tig") is None
    assert catalog_review("en") is None  # the source language has no catalog


def test_parse_review_is_honest_about_unknown_values() -> None:
    assert not parse_review(None).reviewed
    assert not parse_review("").reviewed
    assert not parse_review("machine").reviewed
    assert not parse_review("looks fine to me").reviewed
    checked = parse_review("reviewed by A. Haddad on 2027-02-01")
    assert (checked.reviewer, str(checked.reviewed_on)) == ("A. Haddad", "2027-02-01")
    assert parse_review("Reviewed by the Somali community group").reviewer == (
        "the Somali community group"
    )


def test_writing_scripts_of_the_family_languages() -> None:
    scripts = {language: writing_script(language) for language in FAMILY_DOCUMENT_LANGUAGES}
    for language in ("ar", "fa-AF", "fa", "ps", "ckb", "ur"):
        assert scripts[language] == "Arab", language
    for language in ("ti", "am"):
        assert scripts[language] == "Ethi", language
    for language in ("uk", "ru"):
        assert scripts[language] == "Cyrl", language
    for language in ("so", "tr", "fr", "es", "pt", "en"):
        assert scripts[language] == "Latn", language
    assert writing_script("el") == "Grek"
    assert writing_script("sr-Latn") == "Latn"


def test_every_family_and_staff_language_has_its_documents_and_notices() -> None:
    """Issue #7's languages: a complete family catalog and the five consent notices each."""
    from desktop_app.core.consent_notices import load_notice
    from desktop_app.core.models import ConsentPurpose

    for language in dict.fromkeys(FAMILY_DOCUMENT_LANGUAGES + STAFF_COPY_LANGUAGES):
        texts = family_texts(language)
        assert not texts.fell_back, language
        for purpose in ConsentPurpose:
            notice = load_notice(purpose, language)
            assert notice.language == language, (language, purpose)
