"""The language picker's quality note comes from the catalog's own header, never a guess."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from desktop_app.i18n import available_languages
from desktop_app.i18n.quality import (
    Review,
    catalog_quality,
    parse_po_header,
    review_from_header,
)


def _po(header_lines: list[str], body: str = 'msgid "Hello"\nmsgstr "Bonjour"\n') -> str:
    header = "".join(f'"{line}\\n"\n' for line in header_lines)
    return f'# comment\nmsgid ""\nmsgstr ""\n{header}\n{body}'


def _write(root: Path, language: str, text: str) -> Path:
    folder = root / language / "LC_MESSAGES"
    folder.mkdir(parents=True)
    path = folder / "hearth.po"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("lines", "review"),
    [
        (["X-Hearth-Review: machine", "Last-Translator: A <a@b>"], Review.MACHINE),
        (["X-Hearth-Review: Reviewed", "Last-Translator: not yet reviewed"], Review.REVIEWED),
        (["X-Hearth-Review: unreviewed"], Review.UNREVIEWED),
        (["X-Hearth-Review: gold-plated"], Review.UNKNOWN),
        (["Last-Translator: Hearth developers (not yet reviewed by a native speaker)"],
         Review.UNREVIEWED),
        (["Last-Translator: machine translation"], Review.MACHINE),
        (["Last-Translator: Amina K <amina@example.org>"], Review.UNKNOWN),
        ([], Review.UNKNOWN),
    ],
)  # fmt: skip
def test_the_header_decides(tmp_path: Path, lines: list[str], review: Review) -> None:
    _write(tmp_path, "xx", _po(["Language: xx", *lines]))
    assert catalog_quality("xx", tmp_path).review is review


def test_a_review_claim_in_a_message_is_not_the_header(tmp_path: Path) -> None:
    # Only the header entry counts: a translated text mentioning the header does not.
    text = 'msgid "X-Hearth-Review: reviewed"\nmsgstr "X-Hearth-Review: reviewed"\n'
    _write(tmp_path, "xx", text)
    assert catalog_quality("xx", tmp_path).review is Review.UNKNOWN


def test_header_parsing_joins_lines_and_unescapes() -> None:
    text = 'msgid ""\nmsgstr ""\n"Last-Translator: A \\"B\\" "\n"(not yet reviewed)\\n"\n'
    assert parse_po_header(text) == {"last-translator": 'A "B" (not yet reviewed)'}


def test_english_is_the_source(tmp_path: Path) -> None:
    quality = catalog_quality("en", tmp_path)
    assert quality.review is Review.SOURCE
    assert quality.note == "The original texts of Hearth"


def test_a_compiled_catalog_alone_is_read_too(tmp_path: Path) -> None:
    text = _po(["Language: xx", "Last-Translator: someone (not yet reviewed)"])
    catalog = read_po(io.StringIO(text), locale="fr")
    folder = tmp_path / "xx" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    with (folder / "hearth.mo").open("wb") as out:
        write_mo(out, catalog)
    assert catalog_quality("xx", tmp_path).review is Review.UNREVIEWED


def test_every_shipped_catalog_states_its_review() -> None:
    # A catalog that says nothing would be shown as "not known": each one must say.
    for language in available_languages():
        quality = catalog_quality(language)
        assert quality.review is not Review.UNKNOWN, language
        if quality.review in {Review.MACHINE, Review.UNREVIEWED}:
            assert "not yet reviewed" in quality.note


def test_review_from_header_ignores_case_of_names() -> None:
    assert review_from_header({"x-hearth-review": "MACHINE"}) is Review.MACHINE
