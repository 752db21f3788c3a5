"""``hearth user add|remove|list``: who can unlock the vault."""

from __future__ import annotations

import argparse
from typing import Any

from desktop_app.commands.common import ask_new_passphrase, register_verb, unlock_from_args
from desktop_app.i18n import _


def register(subparsers: Any) -> None:
    """Add the ``user`` verb and its actions."""
    parser = register_verb(
        subparsers,
        "user",
        _("add, remove or list the people who can unlock the vault"),
        _(
            "Manage keyslots. “add NAME” reads your passphrase, then the new user's "
            "passphrase twice; “remove NAME” reads your passphrase; “list” needs none."
        ),
    )
    parser.add_argument("action", choices=["add", "remove", "list"], help=_("what to do"))
    parser.add_argument("name", nargs="?", metavar="NAME", help=_("the user to add or remove"))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Do the action; report in one line."""
    from desktop_app.core.errors import UserFacingError
    from desktop_app.vault.vault import Vault

    if args.action == "list":
        for name in Vault.users(args.vault):
            print(name)
        return 0
    name = (args.name or "").strip()
    if not name:
        raise UserFacingError(
            _("Say which user to {action}.").format(action=args.action),
            hint=_("For example: hearth user {action} NAME").format(action=args.action),
        )
    with unlock_from_args(args) as vault:
        if args.action == "add":
            from desktop_app.vault.errors import UserExistsError
            from desktop_app.vault.keyslots import same_user

            if any(same_user(name, u) for u in vault.list_users()):
                raise UserExistsError(name)
            passphrase = ask_new_passphrase(
                (name,), prompt=_("New passphrase for {user}: ").format(user=name)
            )
            stored = vault.add_user(name, passphrase)
            print(_("{user} can now unlock the vault.").format(user=stored))
        else:
            vault.remove_user(name)
            print(_("{user} can no longer unlock the vault.").format(user=name))
    return 0
