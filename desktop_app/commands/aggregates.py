"""``hearth aggregates``: print exactly what would leave the laptop for a period.

The figures are computed over households with statistics consent, protected by
disclosure control (small counts hidden, complements hidden, optional rounding and
noise) and printed as a table, the exact JSON payload, or CSV. A preview never freezes
a period — sending does (``hearth sync``); once a period has been sent, this prints the
frozen release. Other formats (DHIS2, ADX) come from the sync layer when it registers
them in :mod:`desktop_app.stats.formats`.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from typing import Any

from desktop_app.commands.common import register_verb, unlock_from_args
from desktop_app.i18n import _

# Modules that register more formats in desktop_app.stats.formats when imported.
FORMAT_PROVIDERS = ("desktop_app.sync.aggregate_formats",)


def _load_providers() -> None:
    for name in FORMAT_PROVIDERS:
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as error:
            if error.name != name:
                raise


def register(subparsers: Any) -> None:
    """Add the ``aggregates`` verb."""
    from desktop_app.stats.formats import FORMATTERS

    _load_providers()
    parser = register_verb(
        subparsers,
        "aggregates",
        _("show the anonymised figures a sync would send for a period"),
        _(
            "Print exactly what would leave this computer for a closed month or "
            "quarter: counts over households with statistics consent, with small "
            "numbers hidden. Nothing is sent and nothing is changed."
        ),
    )
    parser.add_argument(
        "--period",
        required=True,
        metavar="PERIOD",
        help=_("a closed month (2026-10) or quarter (2026Q4)"),
    )
    parser.add_argument(
        "--area",
        metavar="CODE",
        default=None,
        help=_("count only households of this area code (default: all of them)"),
    )
    parser.add_argument(
        "--format",
        choices=sorted(FORMATTERS),
        default="table",
        help=_("how to print the figures (default: table)"),
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Unlock, compute (or fetch the frozen release), print."""
    from desktop_app.stats.formats import FORMATTERS
    from desktop_app.stats.release import Statistics
    from desktop_app.vault.services import VaultServices

    with unlock_from_args(args) as vault:
        report = Statistics.of(VaultServices.from_vault(vault)).preview(args.period, args.area)
    if report.release is not None:
        print(
            _(
                "{period} was already released (revision {revision}, {day}): these are "
                "the frozen figures, which a send repeats exactly."
            ).format(
                period=report.payload.period,
                revision=report.release.revision,
                day=report.release.released_at.date().isoformat(),
            ),
            file=sys.stderr,
        )
    else:
        print(
            _("Preview only: nothing was sent and the period is not frozen until it is sent."),
            file=sys.stderr,
        )
    sys.stdout.write(FORMATTERS[args.format](report.payload))
    return 0
