"""Catalog quality: template current, placeholders kept, msgfmt accepts every file."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from desktop_app.i18n.maintenance import extract, message_keys

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
CATALOGS = sorted(TRANSLATIONS.glob("*/LC_MESSAGES/hearth.po"))
PLACEHOLDER = re.compile(r"\{[a-z_][a-z0-9_]*\}")


def _read(path: Path) -> Catalog:
    with path.open("rb") as fp:
        return read_po(fp)


def test_template_is_current() -> None:
    committed = message_keys(_read(TRANSLATIONS / "hearth.pot"))
    fresh = message_keys(extract(ROOT))
    assert fresh - committed == set(), "new strings: run scripts/update_catalogs"
    assert committed - fresh == set(), "stale strings: run scripts/update_catalogs"


def test_french_and_arabic_are_shipped() -> None:
    assert {p.parent.parent.name for p in CATALOGS} >= {"fr", "ar"}


@pytest.mark.parametrize("po", CATALOGS, ids=lambda p: p.parent.parent.name)
def test_every_catalog_covers_the_template(po: Path) -> None:
    template = message_keys(_read(TRANSLATIONS / "hearth.pot"))
    assert message_keys(_read(po)) >= template, "run scripts/update_catalogs"


@pytest.mark.parametrize("po", CATALOGS, ids=lambda p: p.parent.parent.name)
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


@pytest.mark.parametrize("po", CATALOGS, ids=lambda p: p.parent.parent.name)
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


def test_french_shell_is_fully_translated() -> None:
    french = _read(TRANSLATIONS / "fr" / "LC_MESSAGES" / "hearth.po")
    untranslated = [m.id for m in french if m.id and not m.string and not m.fuzzy]
    fuzzy = [m.id for m in french if m.id and m.fuzzy]
    assert untranslated == []
    assert fuzzy == []
