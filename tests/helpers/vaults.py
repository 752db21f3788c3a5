"""Real vaults for GUI tests: created in a temporary folder, filled with made-up families."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import sqlcipher3

from desktop_app.core import models as m
from desktop_app.core.demo import DEFAULT_TODAY, demo_consent_notices
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


def consent_to_everything(services: VaultServices) -> tuple[m.ConsentEvent, ...]:
    """Store the demo consent notices; return a "given" decision for every purpose."""
    events = []
    seen: set[m.ConsentPurpose] = set()
    for notice in demo_consent_notices():
        services.consent.save_notice(notice)
        if notice.purpose in seen:
            continue
        seen.add(notice.purpose)
        events.append(
            m.ConsentEvent(
                purpose=notice.purpose,
                decision=m.ConsentDecision.GIVEN,
                notice_hash=notice.version_hash,
                language=notice.language,
                method=m.ConsentMethod.VERBAL_VIA_INTERPRETER,
                decided_by=m.DecidedBy.CAREGIVER,
                staff_member="Staff",
                decided_at=datetime(TODAY.year, TODAY.month, TODAY.day, 9, tzinfo=UTC),
            )
        )
    return tuple(events)


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
    consents: tuple[m.ConsentEvent, ...] | None = None,
    created_on: date | None = None,
) -> m.HouseholdAggregate:
    """Store one household with the given details; return it as stored.

    ``consents`` defaults to every purpose given; ``created_on`` to now (the real clock).
    """
    household = m.Household(
        reference=reference,
        alias=alias,
        school=school,
        preferred_language=language,
        interpreter_language=language,
        key_contact="Ms Patel",
    )
    if created_on is not None:
        created = datetime(created_on.year, created_on.month, created_on.day, 12, tzinfo=UTC)
        household = replace(household, created_at=created, updated_at=created)
    return services.households.create(
        m.HouseholdAggregate(
            household=household,
            people=people or (m.Person(m.Role.CAREGIVER, given_name="Amal"),),
            needs=needs,
            contacts=contacts,
            follow_ups=follow_ups,
            consents=consent_to_everything(services) if consents is None else consents,
        )
    )


def fill_the_disk(services: VaultServices) -> None:
    """Make the vault's database full, as a full disk would (SQLITE_FULL on the next page).

    A scratch table takes every free byte up to ``max_page_count``; ``free_the_disk``
    gives the room back.
    """
    conn = services.vault.connection
    conn.execute("CREATE TABLE IF NOT EXISTS test_filler (blob BLOB)")
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages + 2}")
    for size in (4000, 500, 50):  # big pieces first, then crumbs of the last pages
        while True:
            try:
                conn.execute("INSERT INTO test_filler VALUES (randomblob(?))", (size,))
            except sqlcipher3.OperationalError as error:
                if "full" not in str(error):
                    raise
                break


def free_the_disk(services: VaultServices) -> None:
    """Undo :func:`fill_the_disk`."""
    conn = services.vault.connection
    conn.execute("PRAGMA max_page_count = 1073741823")
    conn.execute("DROP TABLE test_filler")
