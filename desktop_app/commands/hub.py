"""``hearth hub``: coordinator mode — keys, enrolment, import, merged tables, exports.

``key`` writes the coordinator's public key for devices to add; ``enrol`` accepts a
device's key once its fingerprint is confirmed; ``import`` opens every bundle in a
folder (each refusal said in plain words, the rest still imported); ``show`` prints the
merged tables; ``export`` writes them as CSV, ADX or DHIS2 JSON. No verb here uses the
network.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from desktop_app.commands.common import add_vault_options, unlock_from_args
from desktop_app.commands.sync import confirm_line
from desktop_app.core.errors import UserFacingError
from desktop_app.i18n import _, ngettext


class MappingFileError(UserFacingError):
    """The DHIS2 mapping file could not be read."""

    exit_code = 22


def register(subparsers: Any) -> None:
    """Add the ``hub`` verb and its actions."""
    parser = subparsers.add_parser(
        "hub",
        help=_("coordinator mode: import devices' bundles, merge and export"),
        description=_(
            "Coordinator mode: receive sealed bundles from enrolled devices, keep the "
            "latest revision of each, merge them and export the tables."
        ),
    )
    actions = parser.add_subparsers(dest="hub_action", metavar=_("ACTION"), required=True)

    key = actions.add_parser("key", help=_("write this coordinator's public key to a file"))
    key.add_argument("output", metavar="FILE", type=Path, help=_("the file to write"))

    enrol = actions.add_parser("enrol", help=_("accept bundles from a device's key file"))
    enrol.add_argument("key_file", metavar="FILE", type=Path, help=_("the device's key file"))
    enrol.add_argument("--yes", action="store_true", help=_("the fingerprint was already checked"))

    imp = actions.add_parser("import", help=_("import every bundle in a folder"))
    imp.add_argument("folder", metavar="DIR", type=Path, help=_("the folder of bundles"))

    show = actions.add_parser("show", help=_("print the merged tables"))
    show.add_argument("--period", metavar="P", default=None, help=_("only this period"))

    export = actions.add_parser("export", help=_("write the merged tables to a file"))
    export.add_argument(
        "--format", choices=("csv", "adx", "dhis2"), required=True, help=_("the file format")
    )
    export.add_argument("--period", metavar="P", default=None, help=_("only this period"))
    export.add_argument(
        "--output", metavar="FILE", type=Path, required=True, help=_("the file to write")
    )
    export.add_argument(
        "--mapping",
        metavar="FILE",
        type=Path,
        help=_("DHIS2 mapping as JSON (data set, org units, data elements); for dhis2"),
    )
    for sub in (key, enrol, imp, show, export):
        add_vault_options(sub)
        sub.set_defaults(func=run)


def _mapping(path: Path | None) -> Any:
    from desktop_app.sync.formats import Dhis2Mapping

    if path is None:
        raise MappingFileError(
            _("A DHIS2 export needs a mapping file."),
            hint=_("Give it with --mapping FILE."),
        )
    try:
        return Dhis2Mapping.from_dict(json.loads(path.read_text("utf-8")))
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise MappingFileError(
            _("The DHIS2 mapping file could not be read."),
            hint=_("It is JSON with data_set, org_units and data_elements."),
        ) from error


def run(args: argparse.Namespace) -> int:
    """Unlock, then do the asked action."""
    from desktop_app.sync.hub import Hub, ImportStatus
    from desktop_app.sync.keys import KeyKind, read_key_file
    from desktop_app.vault.services import VaultServices

    with unlock_from_args(args) as vault:
        hub = Hub(VaultServices.from_vault(vault).sync)
        action = args.hub_action
        if action == "key":
            args.output.write_bytes(hub.identity.public_key_file().to_bytes())
            print(
                _("Coordinator key fingerprint: {fingerprint}").format(
                    fingerprint=hub.identity.fingerprint
                )
            )
            return 0
        if action == "enrol":
            key = read_key_file(args.key_file, KeyKind.DEVICE)
            print(_("Device fingerprint: {fingerprint}").format(fingerprint=key.fingerprint))
            confirmed = args.yes or confirm_line(
                _("Does it match the fingerprint the device's user gave you? [yes/no] ")
            )
            hub.enrol(key, confirm=confirmed)
            print(_("The device was enrolled."))
            return 0
        if action == "import":
            report = hub.import_folder(args.folder)
            for result in report.results:
                print(f"{result.file_name}: {result.message}")
            imported = report.count(ImportStatus.IMPORTED)
            refused = report.count(ImportStatus.REFUSED)
            print(
                ngettext("{count} bundle imported.", "{count} bundles imported.", imported).format(
                    count=imported
                )
            )
            return 21 if refused else 0
        if action == "show":
            cells = hub.merged(args.period)
            if not cells:
                print(_("No figures imported yet."))
            for cell in cells:
                dims = ", ".join(f"{d}={o}" for d, o in cell.dimensions)
                value = str(cell.value) if cell.value is not None else _("suppressed")
                print(f"{cell.period}\t{cell.area}\t{cell.indicator}\t{dims}\t{value}")
            return 0
        if args.format == "csv":
            data = hub.export_csv(args.period)
        elif args.format == "adx":
            data = hub.export_adx(args.period)
        else:
            data = hub.export_dhis2(_mapping(args.mapping), args.period)
    args.output.write_bytes(data)
    print(_("Written: {path}").format(path=args.output))
    return 0
