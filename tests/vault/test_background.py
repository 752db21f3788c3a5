"""A background connection: its own transactions, the same key and audit chain, closed after."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.vault.audit import verify_chain
from desktop_app.vault.background import BackgroundVault
from desktop_app.vault.services import VaultServices
from tests.helpers.vaults import add_family, vault_services


@pytest.fixture
def services(tmp_path: Path) -> Iterator[VaultServices]:
    with vault_services(tmp_path / "vault") as opened:
        add_family(opened, alias="Background family")
        yield opened


def test_a_worker_thread_reads_and_writes_on_its_own_connection(services: VaultServices) -> None:
    background = BackgroundVault.of(services)
    seen: dict[str, object] = {}

    def work() -> None:
        with background.services() as worker:
            seen["connection"] = worker.vault.connection
            seen["households"] = worker.households.count()
            worker.settings.set("stats.area_code", "NORTH")
            seen["actor"] = worker.actor

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert seen["households"] == 1
    assert seen["actor"] == services.actor
    assert seen["connection"] is not services.vault.connection
    # The worker's write is visible to the session and audited on the same chain.
    assert services.settings.get("stats.area_code") == "NORTH"
    assert verify_chain(services.vault.connection) == []


def test_the_session_can_write_while_a_worker_holds_a_read_snapshot(
    services: VaultServices,
) -> None:
    background = BackgroundVault.of(services)
    with background.services() as worker:
        conn = worker.vault.connection
        conn.execute("BEGIN")
        before = conn.execute("SELECT count(*) FROM households").fetchone()[0]
        add_family(services, alias="Saved meanwhile")  # the GUI thread's own transaction
        during = conn.execute("SELECT count(*) FROM households").fetchone()[0]
        conn.execute("COMMIT")
        after = conn.execute("SELECT count(*) FROM households").fetchone()[0]
    assert (before, during, after) == (1, 1, 2)
    assert services.households.count() == 2


def test_the_connection_is_closed_after_the_block_and_usable_once(
    services: VaultServices,
) -> None:
    background = BackgroundVault.of(services)
    with background.services() as worker:
        connection = worker.vault.connection
    with pytest.raises(Exception, match="closed"):
        connection.execute("SELECT 1")
    assert not worker.vault.is_open
    with pytest.raises(RuntimeError, match="already used"), background.services():
        pass
    # The session's own connection is untouched.
    assert services.households.count() == 1


def test_a_locked_vault_gives_no_background_vault(tmp_path: Path) -> None:
    with vault_services(tmp_path / "v") as services:
        vault = services.vault
    with pytest.raises(RuntimeError, match="locked"):
        BackgroundVault(vault)
