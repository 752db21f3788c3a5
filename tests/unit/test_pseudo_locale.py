"""The developers' pseudo-language: every template message, transformed safely."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from desktop_app import i18n
from desktop_app.i18n import available_languages
from desktop_app.i18n.catalog import load_catalog
from desktop_app.i18n.locales import resolve_language
from desktop_app.i18n.pseudo import END, PSEUDO_LANGUAGE, START, accent, is_pseudo, pseudo_text

PLACEHOLDER = re.compile(r"\{[^{}]*\}|\{\{|\}\}")
TAG = re.compile(r"<[A-Za-z/!][^<>]*>")
MNEMONIC = re.compile(r"(?<!&)&([A-Za-z0-9])")
URL = re.compile(r"https?://[^\s<>\"]+|\*\.[\w-]+")


def _template(project_root: Path) -> list[tuple[str | None, str]]:
    with (project_root / "resources/translations/hearth.pot").open("rb") as handle:
        catalog = read_po(handle)
    forms: list[tuple[str | None, str]] = []
    for message in catalog:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple | list) else (message.id,)
        forms.extend((message.context, form) for form in ids)
    return forms


@pytest.fixture(autouse=True)
def _english_afterwards() -> object:
    yield
    i18n.set_language("en")


def test_every_template_message_keeps_what_programs_and_keys_need(project_root: Path) -> None:
    forms = _template(project_root)
    assert len(forms) > 1500  # the Python strings and the Designer forms' strings
    assert any(context for context, _form in forms)  # .ui strings carry their form class
    for _context, source in forms:
        pseudo = pseudo_text(source)
        assert is_pseudo(pseudo), source
        assert Counter(PLACEHOLDER.findall(pseudo)) == Counter(PLACEHOLDER.findall(source))
        assert TAG.findall(pseudo) == TAG.findall(source), source
        assert MNEMONIC.findall(pseudo) == MNEMONIC.findall(source), source
        assert pseudo.count("&&") == source.count("&&"), source
        assert pseudo.count("\n") == source.count("\n"), source
        assert URL.findall(pseudo) == URL.findall(source), source
        # Nothing a person reads is left in plain ASCII letters.
        rest = URL.sub("", PLACEHOLDER.sub("", TAG.sub("", MNEMONIC.sub("", pseudo))))
        rest = re.sub(r"&(?:[A-Za-z]+|#[0-9]+);", "", rest)
        assert not re.search(r"[A-Za-z]", rest), (source, pseudo)


def test_messages_grow_by_about_forty_percent_inside_fence_posts() -> None:
    source = "Save every change on this page"
    pseudo = pseudo_text(source)
    assert pseudo.startswith(START)
    assert pseudo.endswith(END)
    inner = pseudo[len(START) : -len(END)]
    assert 1.35 * len(source) <= len(inner) <= 1.5 * len(source)
    assert inner.startswith(accent(source))
    assert " " in inner[len(source) :]  # breakable filler words, like a real translation
    assert pseudo_text("") == ""
    # Rich text: the fence posts go inside the markup, so Qt still sees rich text.
    rich = pseudo_text("<p>Read <b>this</b> first</p>")
    assert rich.startswith("<p>" + START)
    assert rich.endswith(END + "</p>")


def test_the_catalog_answers_python_form_and_plural_lookups() -> None:
    i18n.set_language(PSEUDO_LANGUAGE)
    assert i18n._("Families") == pseudo_text("Families")
    # A Designer form's string, looked up as the Qt bridge does (context = form class).
    catalog = i18n.active_catalog()
    assert catalog.lookup("MainWindow", "&Lock") == pseudo_text("&Lock")
    one = i18n.ngettext("{count} bundle imported.", "{count} bundles imported.", 1)
    many = i18n.ngettext("{count} bundle imported.", "{count} bundles imported.", 4)
    assert one == pseudo_text("{count} bundle imported.")
    assert many == pseudo_text("{count} bundles imported.")
    assert many.format(count=4).startswith(START)
    # Dates, numbers and language names come from English locale data.
    assert i18n.current_language() == "en"
    assert i18n.text_direction(PSEUDO_LANGUAGE) == "ltr"


def test_only_developers_who_ask_for_it_get_it() -> None:
    available = available_languages()
    assert PSEUDO_LANGUAGE not in available  # never listed in Settings
    assert resolve_language(PSEUDO_LANGUAGE, "fr", "de_DE", available) == PSEUDO_LANGUAGE
    # A saved preference or a system locale never selects it.
    assert resolve_language(None, PSEUDO_LANGUAGE, PSEUDO_LANGUAGE, available) == "en"
    # The family-document domain has no pseudo catalog: documents stay real.
    assert load_catalog(PSEUDO_LANGUAGE, domain="family").gettext("Hello") == "Hello"
