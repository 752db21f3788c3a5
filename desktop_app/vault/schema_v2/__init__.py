"""Schema version 2: what version 1 lacked, in one migration step.

Each feature keeps its tables in its own module here (``STATEMENTS``, run in order), so
work on consent, statistics, sync and outreach can grow the same version without
touching each other's text. Once version 2 is released (a ``tests/fixtures/vault-v2.db``
exists), these modules are frozen like ``schema.SCHEMA_V1``: a later change is a new
step in :data:`desktop_app.vault.migrations.STEPS`.

Every table that holds a household's data references ``households (id) ON DELETE
CASCADE``, so erasing a household (withdrawal, retention) takes it along.
"""

from __future__ import annotations

from desktop_app.vault.schema_v2 import (
    champions,
    consent,
    directory,
    events,
    families,
    outreach,
    stats,
    sync,
    visits,
)

STATEMENTS: tuple[str, ...] = (
    *events.STATEMENTS,  # first: it rebuilds two tables (see its docstring)
    *consent.STATEMENTS,
    *stats.STATEMENTS,
    *sync.STATEMENTS,
    *outreach.STATEMENTS,
    *directory.STATEMENTS,
    *families.STATEMENTS,
    *visits.STATEMENTS,
    *champions.STATEMENTS,
)
