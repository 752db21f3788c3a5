"""``hearth verify``: check every page's tamper seal, the structure and the audit chain."""

from __future__ import annotations

import argparse
from typing import Any

from desktop_app.commands.common import register_verb, unlock_from_args
from desktop_app.i18n import _

EXIT_PROBLEMS = 10


def register(subparsers: Any) -> None:
    """Add the ``verify`` verb."""
    parser = register_verb(
        subparsers,
        "verify",
        _("check the vault for damage or tampering"),
        _(
            "Check every page of the database against its tamper seal (HMAC), the "
            "database structure, and the audit log's hash chain. Exits with 10 when a "
            "check fails."
        ),
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Unlock, run the checks, print each result in plain words."""
    with unlock_from_args(args) as vault:
        report = vault.verify()
    for line in report.checked:
        print(_("OK: {check}").format(check=line))
    for line in report.problems:
        print(_("PROBLEM: {problem}").format(problem=line))
    if report.ok:
        print(_("The vault is sound."))
        return 0
    print(
        _(
            "The vault failed a check. Keep using a copy of the latest backup "
            "(“hearth restore”) and keep this one for investigation."
        )
    )
    return EXIT_PROBLEMS
