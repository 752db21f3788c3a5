"""A second connection to an unlocked vault, for work that runs off the GUI thread.

The session's connection belongs to the GUI thread: a save there opens a transaction
on it, and a computation on another thread using the same connection would run inside
that transaction (or start one under it). Work that takes seconds — a period's
statistics at 100,000 households, a sync waiting on a server, a folder of bundles —
therefore gets its own connection with the same key and the same safety pragmas (WAL
lets it read while the GUI writes; writes take turns on the database lock) and its own
repositories, writing the audit log as the same staff member.

Take a :class:`BackgroundVault` on the GUI thread while the vault is unlocked (it
captures the folder, key and staff member), then open it on the worker thread with
:meth:`BackgroundVault.services`. The connection is closed when the block ends; a lock
in the meantime closes the session's connection only, so a background job finishes
(or fails) on its own and its result is then dropped by the page that started it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.vault.connection import open_connection
from desktop_app.vault.vault import Vault, db_path

if TYPE_CHECKING:
    from desktop_app.vault.services import VaultServices


class _WorkerVault(Vault):
    """A vault object over a background connection: closing it only closes that."""

    def close(self) -> None:
        """Close the background connection (no checkpoint: the session still runs)."""
        connection, self._connection = self._connection, None
        self._key = None
        if connection is not None:
            connection.close()


class BackgroundVault:
    """What a worker thread needs to open its own connection to an unlocked vault."""

    def __init__(self, vault: Vault) -> None:
        self._folder = Path(vault.folder)
        self._key: bytes | None = vault.data_key()  # raises when the vault is locked
        self._actor = vault.actor

    @classmethod
    def of(cls, services: VaultServices) -> BackgroundVault:
        """Capture the session's vault (call on the GUI thread, while unlocked)."""
        return cls(services.vault)

    @contextmanager
    def services(self) -> Iterator[VaultServices]:
        """Open a connection of this thread's own and yield repositories over it."""
        from desktop_app.vault.services import VaultServices

        if self._key is None:
            raise RuntimeError("this background vault was already used")
        key, self._key = self._key, None  # one use: the key is not kept longer than needed
        connection = open_connection(db_path(self._folder), key)
        vault = _WorkerVault(self._folder, key, self._actor, connection)
        try:
            yield VaultServices.from_vault(vault)
        finally:
            vault.close()
