"""A full disk during a save: a message that says what to do, and nothing lost.

SQLite's ``max_page_count`` makes the database "full" exactly as a full disk does
(SQLITE_FULL, "database or disk is full"), without filling the test machine's disk.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlcipher3

from desktop_app.core.errors import UserFacingError
from desktop_app.vault.connection import transaction
from desktop_app.vault.errors import VaultFullError
from desktop_app.vault.services import VaultServices
from tests.helpers.vaults import add_family, fill_the_disk, free_the_disk, vault_services


@pytest.fixture
def services(tmp_path: Path):
    with vault_services(tmp_path / "vault") as opened:
        yield opened


def _save_until_refused(services: VaultServices) -> tuple[int, VaultFullError]:
    """Save families until one is refused; each fits in its tables' pages until one can't."""
    for saved in range(500):
        try:
            add_family(services, alias=f"Family {saved}", reference=f"HH-F{saved:03d}")
        except VaultFullError as error:
            return saved, error
    raise AssertionError("500 families fitted into a full vault")


def test_a_save_on_a_full_disk_says_so_and_changes_nothing(services: VaultServices) -> None:
    family = add_family(services, alias="Family A.")
    fill_the_disk(services)
    saved, refused = _save_until_refused(services)
    assert services.households.get_by_reference(f"HH-F{saved:03d}") is None  # the one refused
    if saved:
        assert services.households.get_by_reference(f"HH-F{saved - 1:03d}") is not None
    assert isinstance(refused, UserFacingError)
    assert "no room left" in str(refused)
    assert "Free some space" in refused.hint
    conn = services.vault.connection
    assert not conn.in_transaction  # rolled back: the vault is usable at once
    assert services.households.get_by_reference("HH-FB01") is None
    stored = services.households.get(family.household.id)  # type: ignore[arg-type]
    assert stored is not None
    assert stored.household.alias == "Family A."
    # Once there is room again the same save works.
    free_the_disk(services)
    added = add_family(services, alias="Family B.", reference="HH-FB01")
    assert added.household.id is not None


def test_other_database_errors_are_not_dressed_up(services: VaultServices) -> None:
    with (
        pytest.raises(sqlcipher3.OperationalError, match="no such table"),
        transaction(services.vault.connection) as conn,
    ):
        conn.execute("SELECT * FROM no_such_table")
    assert not services.vault.connection.in_transaction
