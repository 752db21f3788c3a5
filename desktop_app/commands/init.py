"""``hearth init``: create a new vault and print its recovery code once."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from desktop_app.commands.common import ask_new_passphrase, print_recovery_code, register_verb
from desktop_app.i18n import _


def register(subparsers: Any) -> None:
    """Add the ``init`` verb."""
    parser = register_verb(
        subparsers,
        "init",
        _("create a new, empty vault"),
        _(
            "Create a new encrypted vault for one staff member. Reads the new passphrase "
            "and its confirmation (one line each when piped), then prints the recovery "
            "code once."
        ),
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Create the vault, print the recovery code."""
    from desktop_app.core.errors import UserFacingError
    from desktop_app.vault.errors import VaultExistsError
    from desktop_app.vault.vault import Vault

    if Vault.exists(args.vault):
        raise VaultExistsError(str(args.vault))
    user = (args.user or "").strip()
    if not user:
        raise UserFacingError(
            _("Say who the vault is for."), hint=_("Add --user NAME (your name or initials).")
        )
    passphrase = ask_new_passphrase((user,))
    vault, code = Vault.create(args.vault, user, passphrase)
    vault.close()
    print(_("Created a vault for {user} in {folder}.").format(user=user, folder=args.vault))
    print_recovery_code(code, sys.stdout)
    return 0
