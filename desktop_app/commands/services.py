"""``hearth services``: import and export the signposting directory (Open Referral HSDS).

``import`` reads a council's directory — a CSV data package (folder or ``.zip``) or an
HSDS JSON file — checks every row, and stores it in one transaction only when nothing
is wrong; each problem is printed with its file, row and field. ``--dry-run`` checks and
says what would change, changing nothing. ``export`` writes the whole directory (archived
services too) as a CSV data package or JSON that another Hearth or the council can load.
Neither uses the network.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop_app.commands.common import add_vault_options, unlock_from_args
from desktop_app.core.errors import UserFacingError
from desktop_app.i18n import _, ngettext


class DirectoryProblemsError(UserFacingError):
    """The directory file has problems: nothing was imported."""

    exit_code = 23


class ExportTargetError(UserFacingError):
    """The export could not be written where asked."""

    exit_code = 24


def register(subparsers: Any) -> None:
    """Add the ``services`` verb and its actions."""
    parser = subparsers.add_parser(
        "services",
        help=_("import or export the services directory (Open Referral HSDS)"),
        description=_(
            "Import a services directory from a council or another Hearth (an Open Referral "
            "HSDS data package, as a folder or .zip, or an HSDS JSON file), or export "
            "this vault's directory in the same shapes."
        ),
    )
    actions = parser.add_subparsers(dest="services_action", metavar=_("ACTION"), required=True)
    imp = actions.add_parser(
        "import",
        help=_("check a directory file and import it (all of it, or nothing)"),
        description=_(
            "Check every row of a directory file and import it in one go. If any row has a "
            "problem, nothing is imported and every problem is listed."
        ),
    )
    imp.add_argument(
        "source", metavar=_("FILE_OR_FOLDER"), type=Path, help=_("the directory to import")
    )
    imp.add_argument(
        "--dry-run",
        action="store_true",
        help=_("only check the file and say what would change; change nothing"),
    )
    add_vault_options(imp)
    exp = actions.add_parser(
        "export",
        help=_("write the directory as an HSDS data package or JSON"),
        description=_(
            "Write every service of the directory, archived ones too: --format csv writes a "
            "data package (a .zip when PATH ends in .zip, otherwise a new folder); --format "
            "json writes one JSON file."
        ),
    )
    exp.add_argument("--format", choices=("csv", "json"), required=True, help=_("the shape"))
    exp.add_argument(
        "--output",
        "-o",
        metavar="PATH",
        type=Path,
        required=True,
        help=_("where to write (it must not exist yet)"),
    )
    add_vault_options(exp)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Dispatch to the action."""
    if args.services_action == "import":
        return run_import(args)
    return run_export(args)


def run_import(args: argparse.Namespace) -> int:
    """Check the file (no passphrase needed for that), then import it or say what would."""
    from desktop_app.core.hsds import read_directory
    from desktop_app.vault.repositories import ServiceRepository

    source: Path = args.source
    read = read_directory(source)
    print(
        ngettext(
            "Checked {rows} row of {name}.",
            "Checked {rows} rows of {name}.",
            read.rows_checked,
        ).format(rows=read.rows_checked, name=source.name or str(source))
    )
    for note in read.notes:
        print(note)
    if not read.ok:
        for problem in read.problems:
            print(problem.describe())
        count = len(read.problems)
        raise DirectoryProblemsError(
            ngettext(
                "Nothing was imported: the file has {count} problem.",
                "Nothing was imported: the file has {count} problems.",
                count,
            ).format(count=count),
            hint=_("Fix each one listed above in the file, then import it again."),
        )
    if read.unmapped:
        print(
            ngettext(
                "{count} service matches none of Hearth's need categories; it comes in "
                "without one (give it one in the Services page): {names}.",
                "{count} services match none of Hearth's need categories; they come in "
                "without one (give them one in the Services page): {names}.",
                len(read.unmapped),
            ).format(count=len(read.unmapped), names=", ".join(u.name for u in read.unmapped))
        )
    if read.unknown_terms:
        terms = ", ".join(f"{term} ({count})" for term, count in read.unknown_terms)
        print(_("Taxonomy terms that matched no need category: {terms}.").format(terms=terms))
    with unlock_from_args(args) as vault:
        services = ServiceRepository(vault.connection, vault.audit())
        if args.dry_run:
            updated = sum(services.by_hsds_id(s.hsds_id) is not None for s in read.services)
            added = len(read.services) - updated
        else:
            result = services.import_directory(read.services)
            added, updated = result.added, result.updated
    total = added + updated
    if args.dry_run:
        print(
            ngettext(
                "Dry run: {count} service would be imported ({added} new, {updated} updated). "
                "Nothing was changed.",
                "Dry run: {count} services would be imported ({added} new, {updated} "
                "updated). Nothing was changed.",
                total,
            ).format(count=total, added=added, updated=updated)
        )
    else:
        print(
            ngettext(
                "Imported {count} service ({added} new, {updated} updated).",
                "Imported {count} services ({added} new, {updated} updated).",
                total,
            ).format(count=total, added=added, updated=updated)
        )
    return 0


def run_export(args: argparse.Namespace) -> int:
    """Unlock, read the whole directory, write it."""
    from desktop_app.core.hsds import write_csv_package, write_json
    from desktop_app.vault.repositories import ServiceRepository

    output: Path = args.output
    if output.exists():
        raise ExportTargetError(
            _("{path} exists already.").format(path=output),
            hint=_("Choose a new name; nothing was written."),
        )
    with unlock_from_args(args) as vault:
        directory = ServiceRepository(vault.connection, vault.audit()).list(include_archived=True)
    try:
        if args.format == "json":
            write_json(directory, output)
        else:
            write_csv_package(directory, output)
    except FileExistsError as error:
        raise ExportTargetError(
            _("{path} exists already.").format(path=output),
            hint=_("Choose a new name; nothing was written."),
        ) from error
    except OSError as error:
        raise ExportTargetError(
            _("The directory could not be written to {path}.").format(path=output),
            hint=_("Check that the folder exists and you may write there, then try again."),
        ) from error
    print(
        ngettext(
            "Wrote {count} service to {path}.",
            "Wrote {count} services to {path}.",
            len(directory),
        ).format(count=len(directory), path=output)
    )
    return 0
