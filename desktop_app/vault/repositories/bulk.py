"""A fast path to load many households at once (the demo generator and benchmarks).

Rows are inserted with ``executemany`` in batched transactions, with ids assigned here
(under the write lock) so children can point at parents without a round trip per row.
The search index is filled in the same transactions, and the audit log records one
``bulk_import`` entry per batch rather than one per household — plus, as everywhere,
one sealing entry per consent event. Every household passes the same consent rule as
``HouseholdRepository.create`` (:func:`desktop_app.core.consent.check_household`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from desktop_app.core import cadence
from desktop_app.core.consent import check_household
from desktop_app.core.models import Household, HouseholdAggregate, NeedStatusChange, new_reference
from desktop_app.vault import search as fts
from desktop_app.vault.audit import AuditAction, AuditLog
from desktop_app.vault.connection import Connection, transaction
from desktop_app.vault.repositories import _people, consent, contacts, follow_ups, referrals
from desktop_app.vault.repositories._base import d2s
from desktop_app.vault.repositories.households import (
    _HOUSEHOLD_COLUMNS,
    HOUSEHOLD_PARAMS,
    household_params,
)
from desktop_app.vault.schema import SEARCH_TABLE

_TABLES = (
    "households",
    "people",
    "needs",
    "need_status_changes",
    "contacts",
    "follow_ups",
    "referrals",
    "referral_status_changes",
    "consent_events",
)


def _batches(items: Iterable[HouseholdAggregate], size: int) -> Iterator[list[HouseholdAggregate]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _next_ids(conn: Connection) -> dict[str, int]:
    return {
        table: int(conn.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0])
        for table in _TABLES
    }


def _visit_fields(aggregate: HouseholdAggregate) -> tuple[Household, tuple[Any, ...]]:
    """The same rule as ``refresh_contact_dates``, computed without a query.

    Returns the household with its default worker filled in, and its last contact,
    next visit due and slipped day as stored.
    """
    household = aggregate.household
    if not aggregate.contacts:
        return household, (None, None, None)
    # Latest by date; among same-day contacts the one added last (as the SQL's id order).
    ordered = sorted(enumerate(aggregate.contacts), key=lambda p: (p[1].contact_on, p[0]))
    latest = ordered[-1][1]
    if not household.assigned_worker:
        staffed = [c for _i, c in ordered if c.staff_member]
        if staffed:
            household = dataclasses.replace(household, assigned_worker=staffed[-1].staff_member)
    dates = cadence.schedule(household, latest.contact_on, latest.next_contact_due)
    return household, (d2s(dates.last_contact_on), d2s(dates.next_due), d2s(dates.slips_on))


def bulk_insert_households(
    conn: Connection,
    households: Iterable[HouseholdAggregate],
    *,
    batch_size: int = 2000,
    audit: AuditLog | None = None,
) -> list[int]:
    """Insert many new households quickly; return their ids in input order.

    Each aggregate follows :meth:`HouseholdRepository.create`'s conventions: an empty
    reference gets a fresh one, and a referral's ``need_id`` is the position of its need
    in the aggregate. Consent notices referred to must be stored beforehand. Each batch
    commits on its own: after a failure, earlier batches stay.
    """
    audit = audit or AuditLog(conn, "bulk import")
    taken = {r[0] for r in conn.execute("SELECT reference FROM households")}
    stored_ids: list[int] = []
    for batch in _batches(households, batch_size):
        for aggregate in batch:
            check_household(aggregate)
        with transaction(conn):
            for notice_hash in sorted({e.notice_hash for a in batch for e in a.consents}):
                consent.ensure_notice(conn, audit, notice_hash)
            ids, sealed = _insert_batch(conn, batch, taken)
            stored_ids += ids
            audit.append_many(sealed)
            audit.append(AuditAction.BULK_IMPORT, "household", None)
    return stored_ids


def _insert_batch(
    conn: Connection, batch: list[HouseholdAggregate], taken: set[str]
) -> tuple[list[int], list[tuple[str, str, int | None, str]]]:
    ids = _next_ids(conn)
    sealed: list[tuple[str, str, int | None, str]] = []
    rows: dict[str, list[tuple[Any, ...]]] = {t: [] for t in _TABLES}
    search_rows: list[tuple[Any, ...]] = []
    stored: list[int] = []

    def next_id(table: str) -> int:
        value = ids[table]
        ids[table] += 1
        return value

    for aggregate in batch:
        household: Household = aggregate.household
        reference = household.reference
        while not reference or reference in taken:
            if household.reference:
                raise ValueError("duplicate household reference in bulk insert")
            reference = new_reference(length=4 if len(taken) < 300_000 else 5)
        taken.add(reference)
        household = dataclasses.replace(household, reference=reference)
        hid = next_id("households")
        stored.append(hid)
        household, visit_dates = _visit_fields(dataclasses.replace(aggregate, household=household))
        rows["households"].append((*household_params(household, hid), *visit_dates))
        for person in aggregate.people:
            rows["people"].append((next_id("people"), hid, *_people.params(person)))
        need_ids: list[int] = []
        for need in aggregate.needs:
            need_id = next_id("needs")
            need_ids.append(need_id)
            rows["needs"].append(
                (
                    need_id,
                    hid,
                    need.category.value,
                    need.status.value,
                    need.note,
                    need.identified_on.isoformat(),
                    d2s(need.status_changed_on),
                )
            )
            history = need.history or (
                NeedStatusChange(need.status, need.status_changed_on or need.identified_on),
            )
            for change in history:
                rows["need_status_changes"].append(
                    (
                        next_id("need_status_changes"),
                        need_id,
                        change.status.value,
                        change.changed_on.isoformat(),
                    )
                )
        for contact in aggregate.contacts:
            rows["contacts"].append((next_id("contacts"), hid, *contacts.params(contact)))
        for follow_up in aggregate.follow_ups:
            rows["follow_ups"].append((next_id("follow_ups"), hid, *follow_ups.params(follow_up)))
        for referral in aggregate.referrals:
            linked = dataclasses.replace(referral, need_id=need_ids[referral.need_id])
            referrals.check_consent(linked)
            referral_id = next_id("referrals")
            rows["referrals"].append((referral_id, hid, *referrals.params(linked)))
            for step in referrals.history_rows(referral_id, linked):
                rows["referral_status_changes"].append(
                    (next_id("referral_status_changes"), *step[1:])
                )
        for event in aggregate.consents:
            event_id = next_id("consent_events")
            values, salt = consent.params(event), consent.new_salt()
            rows["consent_events"].append((event_id, hid, *values, salt))
            digest = consent.event_digest(event_id, hid, values, salt)
            sealed.append(
                (AuditAction.CREATE, consent.ENTITY, event_id, consent.audit_detail(hid, digest))
            )
        codes, names, notes = fts.document(
            reference,
            [household.alias, *(p.given_name for p in aggregate.people)],
            [n.note for n in aggregate.needs] + [c.note for c in aggregate.contacts],
        )
        search_rows.append((hid, codes, names, notes))

    conn.executemany(
        f"INSERT INTO households (id, {_HOUSEHOLD_COLUMNS}, last_contact_on, next_contact_due,"
        f" slipped_on) VALUES ({', '.join('?' * (HOUSEHOLD_PARAMS + 3))})",
        rows["households"],
    )
    conn.executemany(_people.INSERT, rows["people"])
    conn.executemany(
        "INSERT INTO needs (id, household_id, category, status, note, identified_on,"
        " status_changed_on) VALUES (?, ?, ?, ?, ?, ?, ?)",
        rows["needs"],
    )
    conn.executemany(
        "INSERT INTO need_status_changes (id, need_id, status, changed_on) VALUES (?, ?, ?, ?)",
        rows["need_status_changes"],
    )
    conn.executemany(contacts.INSERT, rows["contacts"])
    conn.executemany(follow_ups.INSERT, rows["follow_ups"])
    conn.executemany(referrals.INSERT, rows["referrals"])
    conn.executemany(referrals.INSERT_CHANGE, rows["referral_status_changes"])
    conn.executemany(consent.INSERT, rows["consent_events"])
    conn.executemany(
        f"INSERT INTO {SEARCH_TABLE} (rowid, codes, names, notes) VALUES (?, ?, ?, ?)",
        search_rows,
    )
    return stored, sealed
