"""Real vaults for GUI tests: created in a temporary folder, filled with made-up families."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from desktop_app.core import models as m
from desktop_app.core.demo import DEFAULT_TODAY
from desktop_app.vault.demo_vault import populate_demo
from desktop_app.vault.services import VaultServices
from desktop_app.vault.vault import Vault

PASSPHRASE = "a long passphrase 12345"
TODAY: date = DEFAULT_TODAY  # the demo world's today


@contextmanager
def vault_services(folder: Path, households: int = 0) -> Iterator[VaultServices]:
    """Create a vault in ``folder`` with ``households`` demo families; yield its services."""
    vault, _code = Vault.create(folder, "Staff", PASSPHRASE)
    try:
        if households:
            populate_demo(vault.connection, vault.audit(), households, today=TODAY)
        yield VaultServices.from_vault(vault)
    finally:
        vault.close()


def add_family(
    services: VaultServices,
    *,
    alias: str,
    reference: str = "",
    school: str = "Riverside Primary School",
    language: str = "ar",
    needs: tuple[m.Need, ...] = (),
    contacts: tuple[m.Contact, ...] = (),
    follow_ups: tuple[m.FollowUp, ...] = (),
    people: tuple[m.Person, ...] = (),
) -> m.HouseholdAggregate:
    """Store one household with the given details; return it as stored."""
    household = m.Household(
        reference=reference,
        alias=alias,
        school=school,
        preferred_language=language,
        interpreter_language=language,
        key_contact="Ms Patel",
    )
    return services.households.create(
        m.HouseholdAggregate(
            household=household,
            people=people or (m.Person(m.Role.CAREGIVER, given_name="Amal"),),
            needs=needs,
            contacts=contacts,
            follow_ups=follow_ups,
        )
    )
