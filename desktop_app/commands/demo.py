"""``hearth demo``: fill a vault with realistic, made-up households.

For trying Hearth and for the benchmarks. Creates the vault at ``--vault`` when there is
none (asking for a new passphrase twice), otherwise unlocks it and adds to it.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any, TextIO

from desktop_app.commands.common import add_vault_options
from desktop_app.i18n import _

# Mirrors desktop_app.core.demo.DEFAULT_SEED (a test keeps them equal): the parser is
# built for every start of the window too, so it must not import the generator.
DEFAULT_SEED = 2026


def register(subparsers: Any) -> None:
    """Add the ``demo`` verb."""
    parser = subparsers.add_parser(
        "demo",
        help=_("fill a vault with realistic made-up families (for trying Hearth)"),
        description=_(
            "Add made-up households to the vault, creating it if needed. The families, "
            "schools and services are fictional; the same seed gives the same families."
        ),
    )
    parser.add_argument(
        "--households",
        type=_positive_int,
        default=1000,
        metavar="N",
        help=_("how many households to add (default: 1000)"),
    )
    parser.add_argument(
        "--seed",
        type=int,
        default=None,
        metavar="S",
        help=_("seed of the generator (default: {seed})").format(seed=DEFAULT_SEED),
    )
    parser.add_argument(
        "--batch-size",
        type=_positive_int,
        default=None,
        metavar="B",
        help=_("households saved per transaction (default: {size})").format(size=2000),
    )
    add_vault_options(
        parser, user_help=_("staff name to create the vault for (default: Demo staff)")
    )
    parser.set_defaults(func=run)


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(_("must be at least 1"))
    return value


class _ProgressLine:
    """A progress report on stderr: one rewritten line on a terminal, a few lines otherwise."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._tty = stream.isatty()
        self._next_percent = 25

    def __call__(self, done: int, total: int) -> None:
        text = _("{done} / {total} households").format(done=f"{done:,}", total=f"{total:,}")
        if self._tty:
            end = "\n" if done >= total else ""
            self._stream.write(f"\r  {text}{end}")
            self._stream.flush()
            return
        percent = done * 100 // max(total, 1)
        if percent >= self._next_percent or done >= total:
            self._stream.write(f"  {text}\n")
            self._stream.flush()
            while self._next_percent <= percent:
                self._next_percent += 25


def run(args: argparse.Namespace) -> int:
    """Create or unlock the vault, add the households, print a summary."""
    from desktop_app.commands.common import ask, ask_new_passphrase, print_recovery_code
    from desktop_app.vault.audit import AuditLog
    from desktop_app.vault.demo_vault import DEFAULT_BATCH_SIZE, DEMO_USER, populate_demo
    from desktop_app.vault.vault import Vault

    folder = args.vault
    seed = DEFAULT_SEED if args.seed is None else args.seed
    user = args.user or DEMO_USER
    if Vault.exists(folder):
        users = Vault.users(folder)
        who = args.user or (users[0] if len(users) == 1 else None)
        passphrase = ask(_("Passphrase: "))
        vault = Vault.unlock(folder, who, passphrase)
        user = vault.actor
    else:
        print(_("No vault in {folder}: creating one.").format(folder=folder), file=sys.stderr)
        passphrase = ask_new_passphrase((user,))
        vault, code = Vault.create(folder, user, passphrase)
        print_recovery_code(code)
    try:
        summary = populate_demo(
            vault.connection,
            AuditLog(vault.connection, user),
            args.households,
            seed=seed,
            batch_size=args.batch_size or DEFAULT_BATCH_SIZE,
            progress=_ProgressLine(sys.stderr),
        )
    finally:
        vault.close()
    print(
        _(
            "Added {added} made-up households in {seconds:.1f} s. The vault now holds "
            "{households} households, {people} people, {needs} needs, {contacts} contacts, "
            "{referrals} referrals, {follow_ups} follow-ups and {services} services."
        ).format(
            added=f"{args.households:,}",
            seconds=summary.seconds,
            households=f"{summary.households:,}",
            people=f"{summary.people:,}",
            needs=f"{summary.needs:,}",
            contacts=f"{summary.contacts:,}",
            referrals=f"{summary.referrals:,}",
            follow_ups=f"{summary.follow_ups:,}",
            services=f"{summary.services:,}",
        )
    )
    return 0
