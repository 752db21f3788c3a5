"""Catalog maintenance: extraction into the templates and merging into each language.

Two domains, each with its own markers, so neither template holds the other's strings:

* ``hearth`` (the staff UI): ``_``, ``N_``, ``ngettext``, ``pgettext``, ``npgettext``
  (Babel's defaults) and uic's ``QCoreApplication.translate("FormClass", "text")``;
* ``family`` (documents handed to a family): ``FN_`` and ``FNP_`` only.

Used by ``scripts/update_catalogs`` and by the catalog tests (which check that the
committed templates are current). Not used at run time.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir

from desktop_app.i18n.catalog import DOMAIN, FAMILY_DOMAIN, MACHINE, REVIEW_HEADER
from desktop_app.i18n.pofiles import (
    read_catalog,
    set_header,
    write_catalog,
)

# Python strings use _, N_, ngettext, pgettext, npgettext (Babel's defaults); forms
# compiled by uic call QCoreApplication.translate("FormClass", "text").
KEYWORDS = {**DEFAULT_KEYWORDS, "translate": ((1, "c"), 2)}
#: The family domain's markers (desktop_app.i18n.family): nothing else is extracted.
FAMILY_KEYWORDS: dict[str, Any] = {"FN_": None, "FNP_": (1, 2)}
DOMAIN_KEYWORDS: dict[str, dict[str, Any]] = {DOMAIN: KEYWORDS, FAMILY_DOMAIN: FAMILY_KEYWORDS}
PROJECT = "Hearth"
BUGS_ADDRESS = "hearth-translators@example.org"
#: The family template's opening comment: what translators of family documents need.
FAMILY_HEADER = """\
# Texts of the documents Hearth hands to families: leaflets, receipts, referral slips,
# the export of everything held about a family (gettext domain "family").
# Families read these, often newly arrived: write plainly, in short sentences and
# everyday words (a reading age of about 9). Keep every {placeholder} as it is (you may
# move it). Header X-Hearth-Review: "machine" until a native speaker has checked the
# whole file, then "reviewed by <name> on <YYYY-MM-DD>".
#"""


def extract(root: Path, domain: str = DOMAIN) -> Catalog:
    """Extract every translatable string of ``domain`` under ``root/desktop_app``."""
    catalog = Catalog(project=PROJECT, msgid_bugs_address=BUGS_ADDRESS, fuzzy=False)
    if domain == FAMILY_DOMAIN:
        catalog.header_comment = FAMILY_HEADER
    method_map = [("**.py", "python")]
    for filename, lineno, message, comments, context in extract_from_dir(
        str(root / "desktop_app"),
        method_map,
        keywords=DOMAIN_KEYWORDS[domain],
        comment_tags=("TRANSLATORS:",),
        strip_comment_tags=True,
    ):
        location = (f"desktop_app/{filename}", lineno)
        catalog.add(message, None, [location], auto_comments=comments, context=context)
    return catalog


def template_path(translations: Path, domain: str = DOMAIN) -> Path:
    """Return a domain's template: ``resources/translations/<domain>.pot``."""
    return translations / f"{domain}.pot"


def extract_template(root: Path, pot: Path, domain: str | None = None) -> Catalog:
    """Write the template ``pot`` from the sources, keeping a stable layout.

    The domain is the template's name (``hearth.pot``, ``family.pot``) unless given.
    """
    catalog = extract(root, domain or pot.stem)
    write_catalog(pot, catalog, omit_header=False)
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
    """Merge a template into every ``<folder>/LC_MESSAGES/<domain>.po``; return them.

    Header fields of Hearth's own (``X-Hearth-Review``) are kept.
    """
    domain = pot.stem
    template = read_catalog(pot)
    updated = []
    for po in sorted(pot.parent.glob(f"*/LC_MESSAGES/{domain}.po")):
        locale = po.parent.parent.name
        catalog = read_catalog(po, locale=locale, domain=domain)
        # No fuzzy matching: a guessed translation is worse than an honest gap.
        catalog.update(template, no_fuzzy_matching=True)
        write_catalog(po, catalog, ignore_obsolete=True)
        updated.append(po)
    return updated


def new_catalog(pot: Path, locale: str, review: str = MACHINE) -> Path:
    """Create a language's catalog from a template (``X-Hearth-Review: machine``).

    Change the review header to ``reviewed by <who> on <YYYY-MM-DD>`` once a native
    speaker has checked the translations.
    """
    domain = pot.stem
    template = read_catalog(pot, locale=locale, domain=domain)
    template.locale = locale
    # msgfmt --check refuses the template's placeholder header values.
    template.last_translator = "Hearth developers (not yet reviewed by a native speaker)"
    template.language_team = f"{locale} <{BUGS_ADDRESS}>"
    template.revision_date = datetime.now(UTC)
    po = pot.parent / locale / "LC_MESSAGES" / f"{domain}.po"
    write_catalog(po, set_header(template, REVIEW_HEADER, review))
    return po
