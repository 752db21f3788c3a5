"""``hearth purge``: erase closed households kept past the retention period.

The same purge the window runs after every unlock. It prints counts only — never a
name or a reference — and ``--dry-run`` only counts, changing nothing.
"""

from __future__ import annotations

import argparse
from typing import Any

from desktop_app.commands.common import register_verb, unlock_from_args
from desktop_app.i18n import _, ngettext


def register(subparsers: Any) -> None:
    """Add the ``purge`` verb."""
    parser = register_verb(
        subparsers,
        "purge",
        _("erase closed cases kept longer than the retention period"),
        _(
            "Erase every closed household whose retention period (default 24 months "
            "after closing) has passed. Prints how many, never who."
        ),
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help=_("only count what would be erased; change nothing"),
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Unlock, purge (or count), print the counts."""
    from desktop_app.vault.retention import purge_expired

    with unlock_from_args(args) as vault:
        audit = vault.audit()
        report = purge_expired(vault.connection, audit, audit.today(), dry_run=args.dry_run)
    print(
        ngettext(
            "Retention period: {months} month after a case is closed.",
            "Retention period: {months} months after a case is closed.",
            report.retention_months,
        ).format(months=report.retention_months)
    )
    if report.dry_run:
        print(
            ngettext(
                "{count} closed household would be erased. Nothing was changed.",
                "{count} closed households would be erased. Nothing was changed.",
                report.due,
            ).format(count=report.due)
        )
    else:
        print(
            ngettext(
                "{count} closed household was erased.",
                "{count} closed households were erased.",
                report.erased,
            ).format(count=report.erased)
        )
    return 0
