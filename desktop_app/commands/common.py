"""What every admin verb shares: ``--vault``/``--user``, reading passphrases, unlocking.

Passphrases come from the terminal (hidden), or one line each from stdin when stdin is
not a terminal, so scripts can pipe them. Every failure is a ``UserFacingError`` with
its own exit code; ``cli.main`` prints it as one line.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from desktop_app.commands.prompt import read_secret
from desktop_app.core.errors import UserFacingError
from desktop_app.i18n import _

if TYPE_CHECKING:
    from desktop_app.vault.vault import Vault


class InputEndedError(UserFacingError):
    """stdin ended before every passphrase was read."""

    exit_code = 9

    def __init__(self) -> None:
        super().__init__(
            _("The input ended before a passphrase was given."),
            hint=_("Pipe one passphrase per line, or run the command in a terminal."),
        )


class PassphraseMismatchError(UserFacingError):
    """The confirmation differs from the passphrase."""

    exit_code = 9

    def __init__(self) -> None:
        super().__init__(
            _("The two passphrases are different."),
            hint=_("Nothing was changed. Run the command again."),
        )


class WeakPassphraseError(UserFacingError):
    """The new passphrase is too easy to guess."""

    exit_code = 9


def add_vault_options(parser: argparse.ArgumentParser, *, user_help: str | None = None) -> None:
    """Add ``--vault DIR`` and ``--user NAME`` to a verb's parser.

    ``--vault`` given after the verb wins over one given before it; ``cli.main`` fills
    in the default folder when neither is given.
    """
    parser.add_argument(
        "--vault",
        metavar="DIR",
        type=Path,
        default=argparse.SUPPRESS,
        help=_("vault folder (default: your user data folder)"),
    )
    parser.add_argument(
        "--user",
        metavar="NAME",
        default=None,
        help=user_help or _("who you are (needed when several people use the vault)"),
    )


def ask(prompt: str, stream: TextIO | None = None) -> str:
    """Read one secret, turning the end of input into a clear error."""
    try:
        return read_secret(prompt, stream)
    except EOFError as error:
        raise InputEndedError() from error


def ask_new_passphrase(user_inputs: tuple[str, ...] = (), *, prompt: str | None = None) -> str:
    """Read a new passphrase and its confirmation; refuse weak or mismatched ones."""
    from desktop_app.core.passphrase import evaluate

    passphrase = ask(prompt or _("New passphrase: "))
    strength = evaluate(passphrase, user_inputs)
    if not strength.acceptable:
        raise WeakPassphraseError(strength.advice, hint=_("Nothing was changed."))
    if ask(_("Type it again: ")) != passphrase:
        raise PassphraseMismatchError()
    return passphrase


def unlock_from_args(args: argparse.Namespace, *, prompt: str | None = None) -> Vault:
    """Unlock the vault at ``args.vault`` as ``args.user`` with a passphrase from input."""
    from desktop_app.vault.vault import Vault

    folder: Path = args.vault
    users = Vault.users(folder)  # fails clearly when there is no vault
    user = getattr(args, "user", None)
    if user is None and len(users) == 1:
        user = users[0]
    if user is None:
        from desktop_app.vault.errors import ChooseUserError

        raise ChooseUserError()
    passphrase = ask(prompt or _("Passphrase for {user}: ").format(user=user))
    return Vault.unlock(folder, user, passphrase)


def print_recovery_code(code: str, stream: TextIO | None = None) -> None:
    """Print the recovery code once, with what it is for."""
    out = stream or sys.stdout
    print(
        _(
            "Recovery code (shown only now — print it or write it down, and keep it "
            "locked away; it opens the vault if every passphrase is forgotten):"
        ),
        file=out,
    )
    print(f"\n    {code}\n", file=out)


def register_verb(subparsers: Any, name: str, help_text: str, description: str) -> Any:
    """Add a verb's parser with the shared vault options and return it."""
    parser = subparsers.add_parser(name, help=help_text, description=description)
    add_vault_options(parser)
    return parser
