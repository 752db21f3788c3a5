"""Catalog maintenance: extraction into the template and merging into each language.

Used by ``scripts/update_catalogs`` and by the catalog tests (which check that the
committed template is current). Not used at run time.
"""

from __future__ import annotations

from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.pofile import read_po, write_po

# Python strings use _, N_, ngettext, pgettext, npgettext (Babel's defaults); forms
# compiled by uic call QCoreApplication.translate("FormClass", "text").
KEYWORDS = {**DEFAULT_KEYWORDS, "translate": ((1, "c"), 2)}
PROJECT = "Hearth"
BUGS_ADDRESS = "hearth-translators@example.org"


def extract(root: Path) -> Catalog:
    """Extract every translatable string under ``root/desktop_app`` into a catalog."""
    catalog = Catalog(project=PROJECT, msgid_bugs_address=BUGS_ADDRESS, fuzzy=False)
    method_map = [("**.py", "python")]
    for filename, lineno, message, comments, context in extract_from_dir(
        str(root / "desktop_app"),
        method_map,
        keywords=KEYWORDS,
        comment_tags=("TRANSLATORS:",),
        strip_comment_tags=True,
    ):
        location = (f"desktop_app/{filename}", lineno)
        catalog.add(message, None, [location], auto_comments=comments, context=context)
    return catalog


def extract_template(root: Path, pot: Path) -> Catalog:
    """Write the template ``pot`` from the sources, keeping a stable layout."""
    catalog = extract(root)
    pot.parent.mkdir(parents=True, exist_ok=True)
    with pot.open("wb") as fp:
        write_po(fp, catalog, width=100, sort_by_file=True, omit_header=False)
    return catalog


def message_keys(catalog: Catalog) -> set[tuple[str | None, str]]:
    """Return (context, msgid) of every message; plural ids use their singular."""
    keys = set()
    for message in catalog:
        if not message.id:
            continue
        msgid = message.id[0] if isinstance(message.id, tuple | list) else message.id
        keys.add((message.context, str(msgid)))
    return keys


def update_catalogs(pot: Path) -> list[Path]:
    """Merge the template into every ``<locale>/LC_MESSAGES/hearth.po``; return them."""
    with pot.open("rb") as fp:
        template = read_po(fp)
    updated = []
    for po in sorted(pot.parent.glob("*/LC_MESSAGES/hearth.po")):
        locale = po.parent.parent.name
        with po.open("rb") as fp:
            catalog = read_po(fp, locale=locale)
        # No fuzzy matching: a guessed translation is worse than an honest gap.
        catalog.update(template, no_fuzzy_matching=True)
        with po.open("wb") as fp:
            write_po(fp, catalog, width=100, sort_by_file=True, ignore_obsolete=True)
        updated.append(po)
    return updated


def new_catalog(pot: Path, locale: str) -> Path:
    """Create a language's catalog from the template."""
    with pot.open("rb") as fp:
        template = read_po(fp, locale=locale)
    po = pot.parent / locale / "LC_MESSAGES" / "hearth.po"
    po.parent.mkdir(parents=True, exist_ok=True)
    template.locale = locale
    with po.open("wb") as fp:
        write_po(fp, template, width=100, sort_by_file=True)
    return po
