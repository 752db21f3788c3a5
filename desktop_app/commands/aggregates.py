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
import sys
from typing import Any

from desktop_app.commands.common import register_verb, unlock_from_args
from desktop_app.core.errors import UserFacingError
from desktop_app.i18n import _

#: ``--format`` names: the statistics layer's own, then the receivers' (sync layer).
FORMATS = ("table", "json", "csv", "dhis2", "adx")


class FormatNeedsTargetError(UserFacingError):
    """DHIS2 JSON cannot be shown without a DHIS2 target's identifiers."""

    exit_code = 22


def register(subparsers: Any) -> None:
    """Add the ``aggregates`` verb (kept cheap: the command line is parsed at every start)."""
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
        choices=FORMATS,
        default="table",
        help=_("how to print the figures (default: table)"),
    )
    parser.add_argument(
        "--target",
        metavar="NAME",
        default=None,
        help=_("with --format dhis2 or adx: the configured target whose identifiers to use"),
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Unlock, compute (or fetch the frozen release), print."""
    from desktop_app.stats.release import Statistics
    from desktop_app.vault.services import VaultServices

    with unlock_from_args(args) as vault:
        services = VaultServices.from_vault(vault)
        report = Statistics.of(services).preview(args.period, args.area)
        target = None if args.target is None else _load_target(services, args.target)
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
    sys.stdout.write(_formatted(args.format, report.payload, target))
    return 0


def _load_target(services: Any, name: str) -> Any:
    from desktop_app.sync.targets import load_target

    return load_target(services.sync, name)


def _formatted(name: str, payload: Any, target: Any) -> str:
    """The payload as ``--format name`` shows it: exactly what that receiver would get."""
    from desktop_app.stats.formats import FORMATTERS
    from desktop_app.sync.formats import adx_xml, cells_of, dhis2_json
    from desktop_app.sync.targets import AdxTarget, Dhis2Target

    if name in FORMATTERS:
        return FORMATTERS[name](payload)
    if name == "dhis2":
        if not isinstance(target, Dhis2Target):
            raise FormatNeedsTargetError(
                _("DHIS2 JSON needs the identifiers of a DHIS2 target."),
                hint=_("Add --target NAME with a DHIS2 target configured in Settings."),
            )
        return dhis2_json(cells_of(payload), target.mapping).decode("utf-8") + "\n"
    data_set = target.data_set if isinstance(target, AdxTarget) else "HEARTH"
    return adx_xml(cells_of(payload), data_set=data_set).decode("utf-8") + "\n"
