"""Catalog quality, for both domains: templates current, placeholders kept, msgfmt accepts.

``hearth`` is the staff UI; ``family`` holds only the texts of documents handed to a
family, and every shipped family catalog must be complete (a family reading half
English, half Arabic is worse off than with either).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from desktop_app.i18n.catalog import DOMAINS, FAMILY_DOMAIN, REVIEW_HEADER, parse_review
from desktop_app.i18n.maintenance import extract, message_keys
from desktop_app.i18n.pofiles import header_fields

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
CATALOGS = [
    po for domain in DOMAINS for po in sorted(TRANSLATIONS.glob(f"*/LC_MESSAGES/{domain}.po"))
]
FAMILY_CATALOGS = sorted(TRANSLATIONS.glob(f"*/LC_MESSAGES/{FAMILY_DOMAIN}.po"))
PLACEHOLDER = re.compile(r"\{[a-z_][a-z0-9_]*\}")


def _id(po: Path) -> str:
    return f"{po.parent.parent.name}-{po.stem}"


def _read(path: Path) -> Catalog:
    with path.open("rb") as fp:
        return read_po(fp)


@pytest.mark.parametrize("domain", DOMAINS)
def test_template_is_current(domain: str) -> None:
    committed = message_keys(_read(TRANSLATIONS / f"{domain}.pot"))
    fresh = message_keys(extract(ROOT, domain))
    assert fresh - committed == set(), "new strings: run scripts/update_catalogs"
    assert committed - fresh == set(), "stale strings: run scripts/update_catalogs"


def test_the_domains_do_not_share_call_sites() -> None:
    """hearth.pot holds no FN_ string and family.pot nothing but FN_/FNP_ strings."""
    family = extract(ROOT, FAMILY_DOMAIN)
    hearth = extract(ROOT, "hearth")
    family_sites = {loc for m in family for loc in m.locations}
    hearth_sites = {loc for m in hearth for loc in m.locations}
    assert family_sites
    assert family_sites.isdisjoint(hearth_sites)
    assert "Your choices about your family's information" not in {
        m.id for m in hearth if isinstance(m.id, str)
    }
    # Every family call site is an FN_/FNP_ marker.
    for message in family:
        for filename, line in message.locations:
            source = (ROOT / filename).read_text(encoding="utf-8").splitlines()
            window = "\n".join(source[max(line - 3, 0) : line + 1])
            assert "FN_(" in window or "FNP_(" in window, (filename, line)


def test_french_and_arabic_are_shipped() -> None:
    assert {p.parent.parent.name for p in CATALOGS if p.stem == "hearth"} >= {"fr", "ar"}


def test_family_catalogs_for_arabic_and_ukrainian_are_shipped() -> None:
    assert {p.parent.parent.name for p in FAMILY_CATALOGS} >= {"ar", "uk"}


@pytest.mark.parametrize("po", CATALOGS, ids=_id)
def test_every_catalog_covers_the_template(po: Path) -> None:
    template = message_keys(_read(TRANSLATIONS / f"{po.stem}.pot"))
    assert message_keys(_read(po)) >= template, "run scripts/update_catalogs"


@pytest.mark.parametrize("po", CATALOGS, ids=_id)
def test_placeholders_survive_translation(po: Path) -> None:
    for message in _read(po):
        if not message.id or not message.string:
            continue
        ids = [str(i) for i in (message.id if isinstance(message.id, tuple) else (message.id,))]
        raw = message.string
        strings = [str(s) for s in (raw if isinstance(raw, tuple | list) else (raw,))]
        expected = set(PLACEHOLDER.findall(ids[-1])) | set(PLACEHOLDER.findall(ids[0]))
        for text in strings:
            if text:
                assert set(PLACEHOLDER.findall(text)) <= expected, (message.id, text)
                assert set(PLACEHOLDER.findall(ids[0])) <= set(PLACEHOLDER.findall(text)) | {
                    "{count}"
                }, (message.id, text)


@pytest.mark.parametrize("po", CATALOGS, ids=_id)
def test_msgfmt_check_accepts_catalog(po: Path, tmp_path: Path) -> None:
    msgfmt = shutil.which("msgfmt")
    assert msgfmt, "GNU gettext's msgfmt is missing: run scripts/system-deps --install"
    result = subprocess.run(
        [msgfmt, "--check", "-o", str(tmp_path / "out.mo"), str(po)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "warning" not in result.stderr, result.stderr


@pytest.mark.parametrize("po", CATALOGS, ids=_id)
def test_every_catalog_says_whether_a_native_speaker_reviewed_it(po: Path) -> None:
    value = header_fields(po.read_text(encoding="utf-8")).get(REVIEW_HEADER)
    assert value, f"{po}: add the header {REVIEW_HEADER}: machine (or 'reviewed by … on …')"
    review = parse_review(value)
    assert value == "machine" or review.reviewed, f"{po}: unreadable {REVIEW_HEADER}: {value}"


@pytest.mark.parametrize("po", FAMILY_CATALOGS, ids=_id)
def test_every_family_catalog_is_complete(po: Path) -> None:
    catalog = _read(po)
    untranslated = [
        m.id
        for m in catalog
        if m.id and (not all(m.string) if isinstance(m.string, tuple | list) else not m.string)
    ]
    fuzzy = [m.id for m in catalog if m.id and m.fuzzy]
    assert untranslated == []
    assert fuzzy == []


#: The staff UI languages Hearth ships (issue #7); each one complete.
UI_LANGUAGES = ("fr", "de", "es", "nl", "it", "pt", "el", "pl", "ar", "uk")


def test_every_ui_language_is_shipped() -> None:
    shipped = {p.parent.parent.name for p in TRANSLATIONS.glob("*/LC_MESSAGES/hearth.po")}
    assert shipped == set(UI_LANGUAGES)


@pytest.mark.parametrize("language", UI_LANGUAGES)
def test_every_ui_catalog_is_fully_translated(language: str) -> None:
    catalog = _read(TRANSLATIONS / language / "LC_MESSAGES" / "hearth.po")
    untranslated = [
        m.id
        for m in catalog
        if m.id
        and not m.fuzzy
        and not (all(m.string) if isinstance(m.string, tuple | list) else m.string)
    ]
    fuzzy = [m.id for m in catalog if m.id and m.fuzzy]
    assert untranslated == []
    assert fuzzy == []


@pytest.mark.parametrize("po", CATALOGS, ids=lambda p: f"{p.parent.parent.name}-{p.stem}")
def test_plural_forms_pick_the_forms_cldr_defines(po: Path) -> None:
    """A header formula in another order than CLDR's shows "11 families" in the wrong form."""
    import gettext

    from babel.messages.plurals import get_plural

    header = _read(po).plural_forms
    expected = get_plural(po.parent.parent.name.replace("_", "-").split("-")[0])
    ours = gettext.c2py(header.split("plural=", 1)[1].rstrip(";"))
    theirs = gettext.c2py(expected.plural_expr)
    if int(header.split("nplurals=")[1].split(";")[0]) == expected.num_plurals:
        assert [ours(n) for n in range(300)] == [theirs(n) for n in range(300)], header
    else:  # e.g. French's two gettext forms against CLDR's three (the "many" of millions)
        assert {ours(n) for n in range(2, 300)} == {1}, header
