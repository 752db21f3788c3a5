"""``hearth export-household``: everything held about one household, as JSON.

For a family that asks what Hearth holds about them (subject access, GDPR Art. 15).
The file is written only where the person asks, readable by them alone; the readable
PDF in the family's language comes from the window.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import Any

from desktop_app.commands.common import register_verb, unlock_from_args
from desktop_app.core.errors import UserFacingError
from desktop_app.i18n import _


class UnknownReferenceError(UserFacingError):
    """No household has this reference."""

    exit_code = 11


def register(subparsers: Any) -> None:
    """Add the ``export-household`` verb."""
    parser = register_verb(
        subparsers,
        "export-household",
        _("export everything held about one household (subject access)"),
        _(
            "Write everything the vault holds about one household — people, needs, "
            "contacts, referrals, consent history with the notice texts — to a JSON "
            "file, for a family that asks."
        ),
    )
    parser.add_argument("reference", metavar="REFERENCE", help=_("the household's reference"))
    parser.add_argument(
        "--output",
        "-o",
        metavar="FILE",
        type=Path,
        required=True,
        help=_("the JSON file to write (it must not exist yet)"),
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Unlock, find the household, write the export."""
    from desktop_app.vault.subject_access import subject_access_export

    output: Path = args.output
    from desktop_app.vault.repositories import HouseholdRepository

    with unlock_from_args(args) as vault:
        audit = vault.audit()
        found = HouseholdRepository(vault.connection, audit).get_by_reference(args.reference)
        if found is None or found.household.id is None:
            raise UnknownReferenceError(
                _("No household has this reference."),
                hint=_("Check the reference (for example HH-7F3K) and try again."),
            )
        export = subject_access_export(vault.connection, found.household.id, audit)
    data = json.dumps(export, ensure_ascii=False, indent=2).encode("utf-8")
    try:
        fd = os.open(output, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError as error:
        raise UserFacingError(
            _("The file {path} exists already.").format(path=output),
            hint=_("Choose a new file name; nothing was written."),
        ) from error
    with os.fdopen(fd, "wb") as handle:
        handle.write(data + b"\n")
    print(
        _("Everything held about {reference} was written to {path}.").format(
            reference=args.reference.strip().upper(), path=output
        )
    )
    return 0
