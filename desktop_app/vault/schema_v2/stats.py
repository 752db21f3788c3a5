"""Schema version 2: the stats tables (see the package docstring)."""

from __future__ import annotations

STATEMENTS: tuple[str, ...] = ()
