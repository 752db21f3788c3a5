"""``hearth passwd``: change a passphrase (re-wraps one keyslot; nothing else changes)."""

from __future__ import annotations

import argparse
from typing import Any

from desktop_app.commands.common import (
    ask,
    ask_new_passphrase,
    print_recovery_code,
    register_verb,
    unlock_from_args,
)
from desktop_app.i18n import _


def register(subparsers: Any) -> None:
    """Add the ``passwd`` verb."""
    parser = register_verb(
        subparsers,
        "passwd",
        _("change your passphrase, or set a new one with the recovery code"),
        _(
            "Change a user's passphrase: reads the current passphrase, then the new one "
            "twice. With --recovery-code, reads the recovery code instead of the current "
            "passphrase (for a forgotten passphrase). With --new-recovery-code, replaces "
            "the recovery code and prints the new one."
        ),
    )
    parser.add_argument(
        "--recovery-code",
        action="store_true",
        help=_("prove who you are with the recovery code (forgotten passphrase)"),
    )
    parser.add_argument(
        "--new-recovery-code",
        action="store_true",
        help=_("replace the recovery code instead (the old one stops working)"),
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Unlock, re-wrap the slot (or the recovery slot), report."""
    from desktop_app.vault.errors import ChooseUserError, UnknownUserError
    from desktop_app.vault.vault import Vault

    if args.recovery_code:
        users = Vault.users(args.vault)
        user = args.user or (users[0] if len(users) == 1 else None)
        if user is None:
            raise ChooseUserError()
        if not any(u.casefold() == user.casefold() for u in users):
            raise UnknownUserError(user)
        code = ask(_("Recovery code: "))
        vault = Vault.recover(args.vault, code)
    else:
        vault = unlock_from_args(args, prompt=_("Current passphrase: "))
        user = vault.actor
    with vault:
        if args.new_recovery_code:
            print_recovery_code(vault.new_recovery_code())
            return 0
        passphrase = ask_new_passphrase((user,))
        vault.set_passphrase(user, passphrase)
    print(_("The passphrase of {user} was changed.").format(user=user))
    return 0
