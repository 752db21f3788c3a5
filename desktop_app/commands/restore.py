"""``hearth restore``: replace the vault with a backup, after checking the backup."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop_app.commands.common import ask, register_verb
from desktop_app.i18n import _


def register(subparsers: Any) -> None:
    """Add the ``restore`` verb."""
    parser = register_verb(
        subparsers,
        "restore",
        _("replace the vault with a backup"),
        _(
            "Check that the backup opens with your passphrase (or the recovery code) "
            "and passes every integrity check, then replace the vault with it. The "
            "current vault is kept until the restored one has opened."
        ),
    )
    parser.add_argument("backup", metavar="FILE", type=Path, help=_("the backup file"))
    parser.add_argument(
        "--recovery-code",
        action="store_true",
        help=_("open the backup with its recovery code instead of a passphrase"),
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Read the secret, restore, report."""
    from desktop_app.vault.backup import restore_backup
    from desktop_app.vault.keyslots import Keyslots

    if args.recovery_code:
        code = ask(_("Recovery code: "))

        def finder(slots: Keyslots) -> tuple[str, bytes]:
            return "recovery code", slots.unlock_recovery(code)

    else:
        user = args.user
        passphrase = ask(
            _("Passphrase for {user}: ").format(user=user) if user else _("Passphrase: ")
        )

        def finder(slots: Keyslots) -> tuple[str, bytes]:
            return slots.unlock(user, passphrase)

    vault = restore_backup(args.backup, args.vault, finder)
    vault.close()
    print(
        _("Restored the vault in {folder} from {backup}.").format(
            folder=args.vault, backup=args.backup
        )
    )
    return 0
