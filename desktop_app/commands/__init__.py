"""The admin and automation verbs of the ``hearth`` command, one module each.

Each module exposes ``register(subparsers)`` (adds its parser, setting
``func=run``) and ``run(args) -> int``. Add a new verb by adding its module name to
``VERB_MODULES``; ``cli.py`` does the rest.
"""

from __future__ import annotations

VERB_MODULES: list[str] = [
    "init",
    "verify",
    "backup",
    "restore",
    "passwd",
    "user",
    "rekey",
    "demo",
    "purge",
    "export_household",
    "aggregates",
    "sync",
    "hub",
    "services",
]
