"""``hearth rekey``: rotate the data key (``PRAGMA rekey``) and the recovery code."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from desktop_app.commands.common import (
    ask,
    print_recovery_code,
    register_verb,
    unlock_from_args,
)
from desktop_app.i18n import _


def register(subparsers: Any) -> None:
    """Add the ``rekey`` verb."""
    parser = register_verb(
        subparsers,
        "rekey",
        _("re-encrypt the vault under a new key (after a laptop or passphrase was exposed)"),
        _(
            "Re-encrypt the whole database with a new random key and print a new recovery "
            "code. You keep your access. Every other user types their passphrase to keep "
            "theirs (an empty line removes their access; add them again with “hearth user "
            "add”). Old backups keep the old key."
        ),
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Collect the passphrases to keep, rotate, print the new recovery code."""
    vault = unlock_from_args(args)
    with vault:
        # The unlocking passphrase is read again so the new slot can be written: the
        # vault never keeps passphrases in memory after unlocking.
        keep = {vault.actor: ask(_("Passphrase for {user} (again): ").format(user=vault.actor))}
        for other in vault.list_users():
            if other == vault.actor:
                continue
            secret = ask(
                _("Passphrase for {user} (empty line: remove their access): ").format(user=other)
            )
            if secret:
                keep[other] = secret
        removed = [u for u in vault.list_users() if u not in keep]
        code = vault.rekey(keep)
    print(_("The vault is now encrypted under a new key."))
    for user in removed:
        print(_("{user} can no longer unlock the vault.").format(user=user))
    print_recovery_code(code, sys.stdout)
    return 0
