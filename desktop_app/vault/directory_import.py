"""Storing an imported directory from a worker thread, on a connection of its own.

The GUI imports a council's directory off its thread (the window never freezes). The
worker must not share the session's connection: a save on the GUI thread meanwhile would
land inside the import's transaction. So the import opens a second connection to the
same vault with the same key, writes everything in one transaction there (all of it, or
nothing: :meth:`ServiceRepository.import_directory`), and closes it. SQLite's write lock
keeps the two connections apart; the audit chain is appended under that lock.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from desktop_app.core.models import Service
from desktop_app.vault.audit import AuditLog
from desktop_app.vault.connection import open_connection
from desktop_app.vault.repositories.services import DirectoryImport, ServiceRepository


def import_on_own_connection(
    database: Path,
    key: bytes,
    actor: str,
    services: Sequence[Service],
    *,
    progress: Callable[[int, int], None] | None = None,
) -> DirectoryImport:
    """Import ``services`` into the vault database at ``database`` in one transaction.

    Args:
        database: the vault's database file (``vault.db_path(folder)``).
        key: the vault's raw data key, read on the GUI thread before starting.
        actor: the staff member the audit log names.
        services: the directory as read from the file.
        progress: called as ``progress(done, total)`` now and then.
    """
    conn = open_connection(database, key)
    try:
        repository = ServiceRepository(conn, AuditLog(conn, actor))
        return repository.import_directory(services, progress=progress)
    finally:
        conn.close()
