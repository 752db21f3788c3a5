"""Filling a vault with the demo town's made-up families (``hearth demo``, ``--demo``).

The households come from :func:`desktop_app.core.demo.generate_households`; this module
stores the fictional services directory and consent notices they refer to, then loads the
households through :func:`~desktop_app.vault.repositories.bulk_insert_households` in
batched transactions, reporting progress after each commit.
"""

from __future__ import annotations

import dataclasses
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.core.demo import (
    DEFAULT_SEED,
    DEFAULT_TODAY,
    demo_consent_notices,
    demo_services,
    generate_households,
)
from desktop_app.core.demo_marks import mark_record
from desktop_app.core.models import HouseholdAggregate, Service
from desktop_app.vault.audit import AuditLog
from desktop_app.vault.connection import Connection
from desktop_app.vault.repositories import (
    ConsentRepository,
    ServiceRepository,
    bulk_insert_households,
)

if TYPE_CHECKING:
    from desktop_app.vault.vault import Vault

DEMO_PASSPHRASE = "made-up families only: hearth demo vault"
"""The fixed passphrase of throw-away demo vaults (they hold fictional data only)."""

DEMO_USER = "Demo staff"
"""The staff member who owns demo vaults and appears in their audit log."""

DEFAULT_BATCH_SIZE = 2000
"""Households per transaction: large enough to amortise COMMIT's fsync, small enough
that the progress line moves every second or so."""

Progress = Callable[[int, int], None]
"""Called as ``progress(done, total)`` after each committed batch."""

Mark = Callable[[str], str]
"""Rewrites every free-text value (see :mod:`desktop_app.core.demo_marks`)."""


@dataclass(frozen=True, slots=True)
class DemoSummary:
    """What a demo load stored (counts only: never any family data)."""

    households: int
    people: int
    needs: int
    contacts: int
    referrals: int
    follow_ups: int
    consent_events: int
    services: int
    seconds: float


def ensure_demo_directory(
    conn: Connection, audit: AuditLog, mark: Mark | None = None
) -> list[Service]:
    """Store the demo services and consent notices unless present; return the services.

    The directory is the demo town's Open Referral (HSDS) package, imported the way a
    council's would be (one transaction). Services already in the vault are matched by
    their HSDS id (or, for vaults made before the directory had ids, by name), so running
    the demo twice into one vault does not duplicate the directory, and a staff member's
    own services are left alone. ``mark`` rewrites the services' free text (names, notes).
    """
    services = ServiceRepository(conn, audit)
    demo = demo_services()
    if mark is not None:
        demo = tuple(mark_record(service, mark) for service in demo)
    existing = services.list(include_archived=True)
    by_id = {s.hsds_id: s for s in existing if s.hsds_id}
    by_name = {s.name: s for s in existing}
    if not any(s.hsds_id in by_id or s.name in by_name for s in demo):
        services.import_directory(demo)
        by_id = {s.hsds_id: s for s in services.list(include_archived=True)}
    stored = [by_id.get(s.hsds_id) or by_name.get(s.name) or services.add(s) for s in demo]
    notices = ConsentRepository(conn, audit)
    for notice in demo_consent_notices():
        notices.save_notice(notice)
    return stored


def _unique_references(
    households: Iterable[HouseholdAggregate], taken: set[str]
) -> Iterator[HouseholdAggregate]:
    """Blank a generated reference already used in the vault: the vault picks a new one."""
    for aggregate in households:
        if aggregate.household.reference in taken:
            household = dataclasses.replace(aggregate.household, reference="")
            aggregate = dataclasses.replace(aggregate, household=household)
        yield aggregate


def _reporting(
    households: Iterable[HouseholdAggregate], batch_size: int, total: int, progress: Progress
) -> Iterator[HouseholdAggregate]:
    """Pass households through, reporting each committed batch.

    ``bulk_insert_households`` pulls the next batch only after committing the previous
    one, so when household ``k * batch_size + 1`` is asked for, ``k`` batches are saved.
    """
    for index, aggregate in enumerate(households):
        if index and index % batch_size == 0:
            progress(index, total)
        yield aggregate


def _count(conn: Connection, table: str) -> int:
    return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def populate_demo(
    conn: Connection,
    audit: AuditLog,
    households: int,
    *,
    seed: int = DEFAULT_SEED,
    today: date = DEFAULT_TODAY,
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: Progress | None = None,
    mark: Mark | None = None,
) -> DemoSummary:
    """Add ``households`` made-up households to an open, migrated vault.

    Args:
        conn: the vault connection (autocommit, no transaction in progress).
        audit: the audit log of the staff member loading the demo.
        households: how many households to add.
        seed: the generator's seed: the same seed gives the same families.
        today: the demo world's today.
        batch_size: households per transaction.
        progress: called as ``progress(done, total)`` after each committed batch
            and once at the end.
        mark: rewrites every free-text value of the households and services (names,
            schools, notes) so data cannot pass for interface text (the pseudo-locale
            check marks it with :func:`desktop_app.core.demo_marks.non_latin`).

    Returns:
        Counts of what the vault holds afterwards, and the seconds this took.
    """
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    started = time.perf_counter()
    services = ensure_demo_directory(conn, audit, mark)
    taken = {str(r[0]) for r in conn.execute("SELECT reference FROM households")}
    stream: Iterable[HouseholdAggregate] = generate_households(
        households, seed, today=today, services=services
    )
    if mark is not None:
        stream = (mark_record(aggregate, mark) for aggregate in stream)
    if taken:
        stream = _unique_references(stream, taken)
    if progress is not None:
        stream = _reporting(stream, batch_size, households, progress)
    bulk_insert_households(conn, stream, batch_size=batch_size, audit=audit)
    if progress is not None:
        progress(households, households)
    return DemoSummary(
        households=_count(conn, "households"),
        people=_count(conn, "people"),
        needs=_count(conn, "needs"),
        contacts=_count(conn, "contacts"),
        referrals=_count(conn, "referrals"),
        follow_ups=_count(conn, "follow_ups"),
        consent_events=_count(conn, "consent_events"),
        services=_count(conn, "services"),
        seconds=time.perf_counter() - started,
    )


def create_demo_vault(
    folder: Path | None = None,
    households: int = 300,
    seed: int = DEFAULT_SEED,
    *,
    today: date = DEFAULT_TODAY,
    progress: Progress | None = None,
    mark: Mark | None = None,
    user: str = DEMO_USER,
) -> tuple[Vault, str]:
    """Create a throw-away vault full of made-up families, for the GUI's ``--demo`` mode.

    Args:
        folder: an empty or missing folder for the vault; by default a new temporary
            folder (the caller deletes it when done).
        households: how many households.
        seed: the generator's seed.
        today: the demo world's today.
        progress: see :func:`populate_demo`.
        mark: see :func:`populate_demo` (champions' and events' texts are marked too).
        user: the staff member who owns the vault.

    Returns:
        The unlocked vault and its passphrase, :data:`DEMO_PASSPHRASE` (fake data:
        show it, so people can practise unlocking).
    """
    from desktop_app.vault.vault import Vault  # the facade imports the keyslot machinery

    if folder is None:
        folder = Path(tempfile.mkdtemp(prefix="hearth-demo-"))
    vault, _code = Vault.create(folder, user, DEMO_PASSPHRASE)
    audit = AuditLog(vault.connection, user)
    populate_demo(
        vault.connection, audit, households, seed=seed, today=today, progress=progress, mark=mark
    )
    if households:
        # Parent champions, introductions and a term of events, as a school's scheme
        # has them (tens of champions whatever the size of the demo).
        from desktop_app.vault.demo_champions import populate_demo_champions

        populate_demo_champions(
            vault.connection,
            audit,
            today=today,
            seed=seed,
            max_champions=40,
            max_introductions=30,
            mark=mark,
        )
    return vault, DEMO_PASSPHRASE
