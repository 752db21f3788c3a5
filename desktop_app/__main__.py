"""Allow ``python -m desktop_app`` to behave exactly like the ``hearth`` command."""

from desktop_app.cli import main

raise SystemExit(main())
