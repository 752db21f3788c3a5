"""Bring a vault database to the schema this code expects.

The schema version lives in ``PRAGMA user_version``. :data:`STEPS` is a linear chain:
``STEPS[n]`` turns version ``n`` into ``n + 1`` (``STEPS[0]`` creates version 1 in an
empty database). All pending steps and the new version number commit in one
transaction: a crash or power cut mid-migration leaves the old version intact.

Every released version has an encrypted fixture database under ``tests/fixtures/``
(``vault-v<N>.db``) that the tests open, migrate and read back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from desktop_app.core.errors import UserFacingError
from desktop_app.i18n import _
from desktop_app.vault import schema, schema_v2
from desktop_app.vault.connection import Connection, transaction

Step = Callable[[Connection], None]


def _create_v1(conn: Connection) -> None:
    for statement in schema.SCHEMA_V1:
        conn.execute(statement)


def _create_v2(conn: Connection) -> None:
    for statement in schema_v2.STATEMENTS:
        conn.execute(statement)


#: The migration chain; append a step for every new schema version, never edit one.
STEPS: Sequence[Step] = (_create_v1, _create_v2)

#: The schema version this code reads and writes.
CURRENT_VERSION: int = len(STEPS)


class NewerVaultError(UserFacingError):
    """The vault was written by a newer Hearth than this one."""


class NotAVaultError(UserFacingError):
    """The database holds tables but no Hearth schema version."""


def schema_version(conn: Connection) -> int:
    """Return the database's ``PRAGMA user_version``."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(
    conn: Connection,
    *,
    before_migrate: Callable[[int, int], None] | None = None,
) -> int:
    """Create or upgrade the schema; return the version the database is now at.

    Args:
        conn: an open vault connection (autocommit; no transaction in progress).
        before_migrate: called as ``before_migrate(from_version, to_version)`` before an
            *existing* database (version ≥ 1) is upgraded — the vault facade takes an
            encrypted backup there. Not called for a new database or when nothing is
            to be done. If it raises, nothing is migrated.

    Raises:
        NewerVaultError: the database was made by a newer Hearth.
        NotAVaultError: the database has tables but no schema version.
    """
    steps = STEPS
    target = len(steps)
    current = schema_version(conn)
    if current > target:
        raise NewerVaultError(
            _(
                "This vault was made by a newer Hearth (format {found}; this one reads {known})."
            ).format(found=current, known=target),
            hint=_("Install the latest Hearth to open it. Nothing was changed."),
        )
    if current == target:
        return current
    if current == 0:
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if tables:
            raise NotAVaultError(
                _("This database is not a Hearth vault."),
                hint=_("Choose the folder of a Hearth vault, or create a new one."),
            )
    elif before_migrate is not None:
        before_migrate(current, target)
    with transaction(conn):
        # Re-read under the write lock: another process may have migrated meanwhile.
        current = schema_version(conn)
        if current >= target:
            return current
        for version in range(current, target):
            steps[version](conn)
        # PRAGMA takes no parameters; ``target`` is an int we computed.
        conn.execute(f"PRAGMA user_version = {int(target)}")
    return target
