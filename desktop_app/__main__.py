"""Allow ``python -m desktop_app`` to behave exactly like the ``hearth`` command."""

# Before anything else is loaded: a crash must never write this process's memory to disk.
from desktop_app.core.hardening import disable_core_dumps

disable_core_dumps()

from desktop_app.cli import main  # noqa: E402

raise SystemExit(main())
