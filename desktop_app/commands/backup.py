"""``hearth backup``: write an encrypted backup archive of the vault."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop_app.commands.common import register_verb, unlock_from_args
from desktop_app.i18n import _


def register(subparsers: Any) -> None:
    """Add the ``backup`` verb."""
    parser = register_verb(
        subparsers,
        "backup",
        _("write an encrypted backup of the vault"),
        _(
            "Write an encrypted backup: the database (still encrypted with the vault's "
            "key) and the key file, in one archive. The same passphrases and recovery "
            "code open it."
        ),
    )
    parser.add_argument(
        "--output",
        "-o",
        metavar="FILE",
        type=Path,
        default=None,
        help=_("backup file or folder (default: the vault's backups folder)"),
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Unlock, write the backup, say where it is."""
    from desktop_app.vault.backup import create_backup, default_backup_name
    from desktop_app.vault.vault import BACKUPS_DIR

    target: Path | None = args.output
    if target is None:
        target = Path(args.vault) / BACKUPS_DIR / default_backup_name()
    elif target.is_dir() or not target.suffix:
        target = target / default_backup_name()  # a folder, existing or to be made
    with unlock_from_args(args) as vault:
        path = create_backup(vault, target)
    print(_("Backup written to {path}.").format(path=path))
    return 0
