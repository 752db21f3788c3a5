"""The ``hearth`` command: no verb opens the GUI; verbs serve admins and automation."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop_app import __version__
from desktop_app.commands import VERB_MODULES
from desktop_app.core.errors import UserFacingError
from desktop_app.core.hardening import disable_core_dumps
from desktop_app.core.preferences import Preferences, default_vault_dir
from desktop_app.i18n import _, available_languages, set_language
from desktop_app.i18n.locales import resolve_language


def _add_gui_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        metavar="LL",
        help=_("user-interface language, for example fr or ar"),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=_("open a throw-away vault full of realistic made-up families"),
    )


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser with every verb."""
    parser = argparse.ArgumentParser(
        prog="hearth",
        description=_(
            "Hearth: a private, offline casebook for people who welcome refugee and "
            "migrant families. With no verb, opens the window."
        ),
    )
    parser.add_argument("--version", action="version", version=f"hearth {__version__}")
    parser.add_argument(
        "--vault",
        metavar="DIR",
        type=Path,
        default=None,
        help=_("vault folder (default: your user data folder)"),
    )
    _add_gui_options(parser)
    verbs = parser.add_subparsers(dest="verb", metavar=_("VERB"), title=_("verbs"))
    gui = verbs.add_parser("gui", help=_("open the Hearth window (the default)"))
    _add_gui_options(gui)
    for name in VERB_MODULES:
        importlib.import_module(f"desktop_app.commands.{name}").register(verbs)
    return parser


def _cli_language() -> str:
    system = os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES") or os.environ.get("LANG")
    return resolve_language(None, Preferences.load().language, system, available_languages())


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``hearth`` command and return its exit code.

    Started as a program (``argv`` is None: the ``hearth`` entry point), the process
    first forbids core dumps of itself; in-process callers such as tests keep theirs.
    """
    if argv is None:
        disable_core_dumps()
    set_language(_cli_language())
    parser = build_parser()
    args = parser.parse_args(list(argv) if argv is not None else None)
    vault_dir: Path = args.vault or default_vault_dir()
    try:
        if args.verb in (None, "gui"):
            from desktop_app.app import GuiOptions, run_gui

            return run_gui(GuiOptions(language=args.lang, vault_dir=vault_dir, demo=args.demo))
        args.vault = vault_dir
        result: int = args.func(args)
        return result
    except UserFacingError as error:
        print(_("hearth: {message}").format(message=str(error)), file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print(_("hearth: stopped."), file=sys.stderr)
        return 130
