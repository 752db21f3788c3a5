"""Households: the aggregate root. Create, read, update, close/reopen, list, search."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date
from typing import Any

from desktop_app.core import cadence
from desktop_app.core.consent import check_household, household_fields, person_fields
from desktop_app.core.errors import UserFacingError
from desktop_app.core.models import (
    Channel,
    ClosedReason,
    Contact,
    FollowUp,
    Household,
    HouseholdAggregate,
    HouseholdFilters,
    HouseholdRow,
    HouseholdSort,
    HouseholdStatus,
    Need,
    Person,
    PlatformConfidence,
    Referral,
    new_reference,
    utc_now,
)
from desktop_app.i18n import _
from desktop_app.vault import search as fts
from desktop_app.vault.audit import AuditAction, AuditLog
from desktop_app.vault.connection import Connection
from desktop_app.vault.repositories import _people
from desktop_app.vault.repositories._base import (
    Repository,
    d2s,
    dt2s,
    enum_or_none,
    require_found,
    require_id,
    s2d,
    s2dt,
    s2ym,
    writing,
    ym2s,
)
from desktop_app.vault.repositories._guard import household_of, require_fields, require_writable
from desktop_app.vault.repositories._rows import OPEN_NEEDS_SQL, ROW_COLUMNS, to_row

ENTITY = "household"

_HOUSEHOLD_COLUMNS = (
    "reference, alias, school, area, arrival_month, preferred_language, interpreter_language,"
    " preferred_channel, online_platform_confidence, key_contact, status, closed_reason,"
    " closed_on, visit_cadence_days, created_at, updated_at, assigned_worker"
)
#: Parameters of an INSERT of ``id`` plus :data:`_HOUSEHOLD_COLUMNS`.
HOUSEHOLD_PARAMS = 1 + len(_HOUSEHOLD_COLUMNS.split(","))
_HOUSEHOLD_INSERT = (
    f"INSERT INTO households (id, {_HOUSEHOLD_COLUMNS})"
    f" VALUES ({', '.join('?' * HOUSEHOLD_PARAMS)})"
)

_SORT_COLUMNS: dict[HouseholdSort, str] = {
    HouseholdSort.REFERENCE: "h.reference",
    HouseholdSort.NEXT_CONTACT_DUE: "h.next_contact_due",
    HouseholdSort.STATUS: "h.status",
    HouseholdSort.SCHOOL: "h.school",
    HouseholdSort.LAST_CONTACT: "h.last_contact_on",
}
# Sorts on a nullable column list households without a value last (see list_page).
_NULLABLE_SORTS = {HouseholdSort.NEXT_CONTACT_DUE, HouseholdSort.LAST_CONTACT}


class DuplicateReferenceError(UserFacingError):
    """Another household already has this reference."""


def household_params(household: Household, household_id: int | None) -> tuple[Any, ...]:
    """Return the INSERT parameters of a household row."""
    h = household
    return (
        household_id,
        h.reference,
        h.alias,
        h.school,
        h.area,
        ym2s(h.arrival_month),
        h.preferred_language,
        h.interpreter_language,
        h.preferred_channel.value,
        h.online_platform_confidence.value,
        h.key_contact,
        h.status.value,
        None if h.closed_reason is None else h.closed_reason.value,
        d2s(h.closed_on),
        h.visit_cadence_days,
        dt2s(h.created_at),
        dt2s(h.updated_at),
        h.assigned_worker.strip(),
    )


def _household_from(raw: Sequence[Any]) -> Household:
    return Household(
        id=raw[0],
        reference=raw[1],
        alias=raw[2],
        school=raw[3],
        area=raw[4],
        arrival_month=s2ym(raw[5]),
        preferred_language=raw[6],
        interpreter_language=raw[7],
        preferred_channel=Channel(raw[8]),
        online_platform_confidence=PlatformConfidence(raw[9]),
        key_contact=raw[10],
        status=HouseholdStatus(raw[11]),
        closed_reason=enum_or_none(ClosedReason, raw[12]),
        closed_on=s2d(raw[13]),
        visit_cadence_days=raw[14],
        created_at=s2dt(raw[15]),
        updated_at=s2dt(raw[16]),
        assigned_worker=raw[17],
    )


def refresh_contact_dates(conn: Connection, household_id: int) -> None:
    """Recompute a household's last contact, next visit due and the day it slips.

    The next visit is the one the latest contact asked for; failing that, the last
    contact plus the cadence in force then (:mod:`desktop_app.core.cadence`: the
    household's own, else the default rhythm); no contact yet: unknown. A household
    nobody is assigned to gets the staff member of its latest contact (at intake, whoever
    ran it).
    """
    latest = conn.execute(
        "SELECT contact_on, next_contact_due FROM contacts WHERE household_id = ?"
        " ORDER BY contact_on DESC, id DESC LIMIT 1",
        (household_id,),
    ).fetchone()
    row = conn.execute(
        "SELECT arrival_month, created_at, visit_cadence_days, assigned_worker"
        " FROM households WHERE id = ?",
        (household_id,),
    ).fetchone()
    if row is None:
        return
    household = Household(
        reference="",
        arrival_month=s2ym(row[0]),
        created_at=s2dt(row[1]),
        visit_cadence_days=row[2],
    )
    last_on = None if latest is None else s2d(latest[0])
    asked_for = None if latest is None else s2d(latest[1])
    dates = cadence.schedule(household, last_on, asked_for)
    worker = row[3]
    if not worker:
        found = conn.execute(
            "SELECT staff_member FROM contacts WHERE household_id = ? AND staff_member != ''"
            " ORDER BY contact_on DESC, id DESC LIMIT 1",
            (household_id,),
        ).fetchone()
        worker = "" if found is None else found[0]
    conn.execute(
        "UPDATE households SET last_contact_on = ?, next_contact_due = ?, slipped_on = ?,"
        " assigned_worker = ? WHERE id = ?",
        (
            d2s(dates.last_contact_on),
            d2s(dates.next_due),
            d2s(dates.slips_on),
            worker,
            household_id,
        ),
    )


def _filter_sql(filters: HouseholdFilters, today: date) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if filters.school is not None:
        clauses.append("h.school = ?")
        params.append(filters.school)
    if filters.status is not None:
        clauses.append("h.status = ?")
        params.append(filters.status.value)
    if filters.need_category is not None:
        clauses.append(
            "EXISTS (SELECT 1 FROM needs n WHERE n.household_id = h.id"
            f" AND n.category = ? AND n.status IN {OPEN_NEEDS_SQL})"
        )
        params.append(filters.need_category.value)
    if filters.overdue:
        clauses.append(
            "(h.next_contact_due < ? OR EXISTS (SELECT 1 FROM follow_ups f"
            " WHERE f.household_id = h.id AND f.done_on IS NULL AND f.due_on < ?))"
        )
        params += [today.isoformat(), today.isoformat()]
    if filters.slipped:
        clauses.append("h.status = 'open' AND h.slipped_on <= ?")
        params.append(today.isoformat())
    expression = fts.match_expression(filters.query)
    if expression is not None:
        # The same safe prefix expression as search-as-you-type, so the list and the
        # search box agree; text that is only punctuation filters nothing.
        clauses.append(fts.list_filter("h"))
        params.append(expression)
    where = " AND ".join(clauses) if clauses else "1"
    return where, params


class HouseholdRepository(Repository):
    """Households and their people; the entry point for reading a whole case."""

    # ------------------------------------------------------------------ writing

    def create(self, aggregate: HouseholdAggregate) -> HouseholdAggregate:
        """Store a new household with its people, needs and other records, atomically.

        An empty ``reference`` is replaced by a fresh unique one. In ``referrals``,
        ``need_id`` is the position of the need in ``aggregate.needs``.

        Returns:
            The aggregate as stored, with ids filled in.

        The aggregate's own consent events decide what may be stored: at least *keep a
        case record*, and each further purpose for its fields.

        Raises:
            DuplicateReferenceError: the given reference is already in use.
            ConsentRequiredError: a field's consent purpose is not among the decisions.
        """
        check_household(aggregate)
        with writing(self._conn) as conn:
            household = aggregate.household
            if not household.reference:
                household = dataclasses.replace(household, reference=self._unused_reference())
            elif self._reference_taken(household.reference):
                raise DuplicateReferenceError(
                    _("Another family already has this reference."),
                    hint=_("Leave the reference empty to get a new one."),
                )
            cursor = conn.execute(_HOUSEHOLD_INSERT, household_params(household, None))
            household_id = int(cursor.lastrowid)
            self._audit.append(AuditAction.CREATE, ENTITY, household_id)
            stored = _insert_children(conn, self._audit, household_id, aggregate)
            refresh_contact_dates(conn, household_id)
            fts.index_household(conn, household_id)
            # The intake's staff member becomes the worker when none was given.
            worker = conn.execute(
                "SELECT assigned_worker FROM households WHERE id = ?", (household_id,)
            ).fetchone()[0]
        return dataclasses.replace(
            stored,
            household=dataclasses.replace(household, id=household_id, assigned_worker=worker),
        )

    def update(self, household: Household) -> Household:
        """Save changed household fields (not status: use :meth:`close`/:meth:`reopen`)."""
        household_id = require_id(household.id)
        updated = dataclasses.replace(household, updated_at=utc_now())
        with writing(self._conn) as conn:
            require_fields(conn, self._audit, household_id, household_fields(updated))
            cursor = conn.execute(
                "UPDATE households SET alias = ?, school = ?, area = ?, arrival_month = ?,"
                " preferred_language = ?, interpreter_language = ?, preferred_channel = ?,"
                " online_platform_confidence = ?, key_contact = ?, visit_cadence_days = ?,"
                " assigned_worker = ?, updated_at = ? WHERE id = ?",
                (
                    updated.alias,
                    updated.school,
                    updated.area,
                    ym2s(updated.arrival_month),
                    updated.preferred_language,
                    updated.interpreter_language,
                    updated.preferred_channel.value,
                    updated.online_platform_confidence.value,
                    updated.key_contact,
                    updated.visit_cadence_days,
                    updated.assigned_worker.strip(),
                    dt2s(updated.updated_at),
                    household_id,
                ),
            )
            require_found(cursor.rowcount)
            self._audit.append(AuditAction.UPDATE, ENTITY, household_id)
            refresh_contact_dates(conn, household_id)
            fts.index_household(conn, household_id)
        result = self.get(household_id)
        assert result is not None
        return result.household

    def close(self, household_id: int, reason: ClosedReason, closed_on: date) -> None:
        """Close a case with a reason and date."""
        with writing(self._conn) as conn:
            cursor = conn.execute(
                "UPDATE households SET status = 'closed', closed_reason = ?, closed_on = ?,"
                " updated_at = ? WHERE id = ?",
                (reason.value, closed_on.isoformat(), dt2s(utc_now()), household_id),
            )
            require_found(cursor.rowcount)
            self._audit.append(AuditAction.CLOSE, ENTITY, household_id)

    def reopen(self, household_id: int) -> None:
        """Reopen a closed case (not while its case-record consent is expired)."""
        with writing(self._conn) as conn:
            require_writable(conn, self._audit, household_id)
            cursor = conn.execute(
                "UPDATE households SET status = 'open', closed_reason = NULL, closed_on = NULL,"
                " updated_at = ? WHERE id = ?",
                (dt2s(utc_now()), household_id),
            )
            require_found(cursor.rowcount)
            self._audit.append(AuditAction.REOPEN, ENTITY, household_id)

    def add_person(self, household_id: int, person: Person) -> Person:
        """Add a person to a household."""
        with writing(self._conn) as conn:
            require_fields(conn, self._audit, household_id, person_fields(person))
            person_id = _people.insert(conn, household_id, person)
            self._audit.append(AuditAction.CREATE, "person", person_id)
            fts.index_household(conn, household_id)
        return dataclasses.replace(person, id=person_id, household_id=household_id)

    def update_person(self, person: Person) -> Person:
        """Save a changed person."""
        person_id = require_id(person.id)
        with writing(self._conn) as conn:
            owner = household_of(conn, "people", person_id)
            require_fields(conn, self._audit, owner, person_fields(person))
            household_id = _people.update(conn, person_id, person)
            require_found(1 if household_id is not None else 0)
            assert household_id is not None
            self._audit.append(AuditAction.UPDATE, "person", person_id)
            fts.index_household(conn, household_id)
        return dataclasses.replace(person, household_id=household_id)

    def remove_person(self, person_id: int) -> None:
        """Remove a person (e.g. entered by mistake, or left the household)."""
        with writing(self._conn) as conn:
            row = conn.execute(
                "SELECT household_id FROM people WHERE id = ?", (person_id,)
            ).fetchone()
            require_found(0 if row is None else 1)
            require_writable(conn, self._audit, int(row[0]))
            conn.execute("DELETE FROM people WHERE id = ?", (person_id,))
            self._audit.append(AuditAction.DELETE, "person", person_id)
            fts.index_household(conn, row[0])

    def erase(self, household_id: int) -> None:
        """Erase the household and everything about it (see :mod:`..erasure`)."""
        from desktop_app.vault.erasure import erase_household  # erasure imports this module

        erase_household(self._conn, self._audit, household_id)

    # ------------------------------------------------------------------ reading

    def get(self, household_id: int) -> HouseholdAggregate | None:
        """Return the whole case of a household, or ``None`` if there is none."""
        raw = self._conn.execute(
            f"SELECT id, {_HOUSEHOLD_COLUMNS} FROM households WHERE id = ?", (household_id,)
        ).fetchone()
        if raw is None:
            return None
        from desktop_app.vault.repositories.consent import consent_history
        from desktop_app.vault.repositories.contacts import contacts_for
        from desktop_app.vault.repositories.follow_ups import follow_ups_for
        from desktop_app.vault.repositories.needs import needs_for
        from desktop_app.vault.repositories.referrals import referrals_for

        return HouseholdAggregate(
            household=_household_from(raw),
            people=tuple(_people.people_for(self._conn, household_id)),
            needs=tuple(needs_for(self._conn, household_id)),
            contacts=tuple(contacts_for(self._conn, household_id)),
            follow_ups=tuple(follow_ups_for(self._conn, household_id)),
            referrals=tuple(referrals_for(self._conn, household_id)),
            consents=tuple(consent_history(self._conn, household_id)),
        )

    def get_by_reference(self, reference: str) -> HouseholdAggregate | None:
        """Return the whole case for a reference such as ``HH-7F3K``."""
        row = self._conn.execute(
            "SELECT id FROM households WHERE reference = ?", (reference.strip().upper(),)
        ).fetchone()
        return None if row is None else self.get(int(row[0]))

    def row(self, household_id: int, *, today: date | None = None) -> HouseholdRow | None:
        """Return one Families-list row (to refresh a line after an edit)."""
        raw = self._conn.execute(
            f"SELECT {ROW_COLUMNS} FROM households h WHERE h.id = ?", (household_id,)
        ).fetchone()
        return None if raw is None else to_row(raw, today or date.today())

    def list_page(
        self,
        offset: int,
        limit: int,
        *,
        sort: HouseholdSort = HouseholdSort.REFERENCE,
        filters: HouseholdFilters | None = None,
        descending: bool = False,
        today: date | None = None,
    ) -> list[HouseholdRow]:
        """Return one page of the Families list.

        Households without a date sort after those with one, whichever direction;
        ties are broken by reference, so paging is stable.
        """
        today = today or date.today()
        where, params = _filter_sql(filters or HouseholdFilters(), today)
        column = _SORT_COLUMNS[HouseholdSort(sort)]
        direction = "DESC" if descending else "ASC"
        if sort not in _NULLABLE_SORTS:
            order = f"{column} {direction}, h.reference {direction}"
            return self._page(where, params, order, offset, limit, today)
        # Two index-friendly queries instead of one "NULLS LAST" sort over every row.
        order = f"{column} {direction}, h.reference {direction}"
        dated_where = f"{where} AND {column} IS NOT NULL"
        rows = self._page(dated_where, params, order, offset, limit, today)
        if len(rows) == limit:
            return rows
        dated_total = self._count(dated_where, params)
        undated_offset = max(0, offset - dated_total)
        rows += self._page(
            f"{where} AND {column} IS NULL",
            params,
            f"h.reference {direction}",
            undated_offset,
            limit - len(rows),
            today,
        )
        return rows

    def count(self, filters: HouseholdFilters | None = None, *, today: date | None = None) -> int:
        """Return how many households the filters let through."""
        where, params = _filter_sql(filters or HouseholdFilters(), today or date.today())
        return self._count(where, params)

    def schools(self) -> list[str]:
        """Return the distinct school names in use (for the filter box)."""
        return [
            r[0]
            for r in self._conn.execute(
                "SELECT DISTINCT school FROM households WHERE school != '' ORDER BY school"
            )
        ]

    # ------------------------------------------------------------ visit rhythm
    def workers(self) -> list[str]:
        """Return the staff members open households are assigned to, by name."""
        return [
            r[0]
            for r in self._conn.execute(
                "SELECT DISTINCT assigned_worker FROM households INDEXED BY households_worker_due"
                " WHERE status = 'open' AND assigned_worker != '' ORDER BY assigned_worker"
            )
        ]

    def has_assigned(self, worker: str) -> bool:
        """Whether any open household is assigned to ``worker``."""
        row = self._conn.execute(
            "SELECT 1 FROM households INDEXED BY households_worker_due"
            " WHERE status = 'open' AND assigned_worker = ? LIMIT 1",
            (worker,),
        ).fetchone()
        return row is not None

    def visits_due(
        self, until: date, *, worker: str | None = None, today: date, limit: int = 200
    ) -> list[HouseholdRow]:
        """Return open households whose next visit is due on or before ``until``.

        Overdue ones come first (earliest due first). ``worker``: only the households
        assigned to that staff member; None: everyone's.
        """
        source, where, params = self._visits_due_where(until, worker)
        rows = self._conn.execute(
            f"SELECT {ROW_COLUMNS} FROM {source} WHERE {where}"
            " ORDER BY h.next_contact_due, h.id LIMIT ?",
            (*params, limit),
        ).fetchall()
        return [to_row(r, today) for r in rows]

    def count_visits_due(self, until: date, *, worker: str | None = None) -> int:
        """Return how many open households have a visit due on or before ``until``."""
        source, where, params = self._visits_due_where(until, worker)
        return self._count(where, params, source)

    @staticmethod
    def _visits_due_where(until: date, worker: str | None) -> tuple[str, str, list[Any]]:
        # The partial indexes of schema_v2/visits.py hold open households only, in due
        # order. Named, because without statistics the planner prefers the v1 status
        # index and sorts every open household instead.
        where = "h.status = 'open' AND h.next_contact_due <= ?"
        params: list[Any] = [until.isoformat()]
        if worker is None:
            return "households h INDEXED BY households_open_due", where, params
        params.append(worker)
        return (
            "households h INDEXED BY households_worker_due",
            where + " AND h.assigned_worker = ?",
            params,
        )

    def slipped(
        self, today: date, *, worker: str | None = None, limit: int = 200
    ) -> list[HouseholdRow]:
        """Return open households that slipped by ``today``, longest slipped first."""
        source, where, params = self._slipped_where(today, worker)
        rows = self._conn.execute(
            f"SELECT {ROW_COLUMNS} FROM {source} WHERE {where}"
            " ORDER BY h.slipped_on, h.id LIMIT ?",
            (*params, limit),
        ).fetchall()
        return [to_row(r, today) for r in rows]

    def count_slipped(self, today: date, *, worker: str | None = None) -> int:
        """Return how many open households slipped by ``today``."""
        source, where, params = self._slipped_where(today, worker)
        return self._count(where, params, source)

    @staticmethod
    def _slipped_where(today: date, worker: str | None) -> tuple[str, str, list[Any]]:
        where = "h.status = 'open' AND h.slipped_on <= ?"
        params: list[Any] = [today.isoformat()]
        if worker is None:
            return "households h INDEXED BY households_slipped", where, params
        params.append(worker)
        return (
            "households h INDEXED BY households_worker_slipped",
            where + " AND h.assigned_worker = ?",
            params,
        )

    def search(
        self, query: str, limit: int = 50, *, today: date | None = None
    ) -> list[HouseholdRow]:
        """Search-as-you-type over references, names and notes."""
        return fts.search_households(self._conn, query, limit, today=today)

    # ------------------------------------------------------------------ helpers

    def _page(
        self, where: str, params: list[Any], order: str, offset: int, limit: int, today: date
    ) -> list[HouseholdRow]:
        # The page's ids first, then its columns: the open-needs count is a subquery per
        # row, and SQLite would otherwise work it out for every matching household before
        # sorting (a broad search such as "a" matches nearly all of them: 42 ms at 100k).
        rows = self._conn.execute(
            f"SELECT {ROW_COLUMNS} FROM households h WHERE h.id IN ("
            f"  SELECT h.id FROM households h WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?"
            f") ORDER BY {order}",
            (*params, limit, offset),
        ).fetchall()
        return [to_row(r, today) for r in rows]

    def _count(self, where: str, params: list[Any], source: str = "households h") -> int:
        row = self._conn.execute(f"SELECT count(*) FROM {source} WHERE {where}", params)
        return int(row.fetchone()[0])

    def _reference_taken(self, reference: str) -> bool:
        row = self._conn.execute(
            "SELECT 1 FROM households WHERE reference = ?", (reference,)
        ).fetchone()
        return row is not None

    def _unused_reference(self) -> str:
        # 30^4 = 810,000 codes: collisions get likely with many households, so after a
        # few misses use longer codes rather than loop.
        for attempt in range(12):
            reference = new_reference(length=4 if attempt < 6 else 5 + attempt // 6)
            if not self._reference_taken(reference):
                return reference
        raise RuntimeError("could not find a free household reference")


def _insert_children(
    conn: Connection, audit: AuditLog, household_id: int, aggregate: HouseholdAggregate
) -> HouseholdAggregate:
    """Insert everything under a new household; return the records with ids."""
    from desktop_app.vault.repositories.consent import insert_consent_event
    from desktop_app.vault.repositories.contacts import insert_contact
    from desktop_app.vault.repositories.follow_ups import insert_follow_up
    from desktop_app.vault.repositories.needs import insert_need
    from desktop_app.vault.repositories.referrals import insert_referral

    people = tuple(
        dataclasses.replace(p, id=_people.insert(conn, household_id, p), household_id=household_id)
        for p in aggregate.people
    )
    needs: list[Need] = [insert_need(conn, household_id, n) for n in aggregate.needs]
    contacts: list[Contact] = [insert_contact(conn, household_id, c) for c in aggregate.contacts]
    follow_ups: list[FollowUp] = [
        insert_follow_up(conn, household_id, f) for f in aggregate.follow_ups
    ]
    referrals: list[Referral] = []
    for referral in aggregate.referrals:
        need = needs[referral.need_id]
        assert need.id is not None
        referrals.append(
            insert_referral(conn, household_id, dataclasses.replace(referral, need_id=need.id))
        )
    consents = tuple(insert_consent_event(conn, audit, household_id, e) for e in aggregate.consents)
    return HouseholdAggregate(
        household=aggregate.household,
        people=people,
        needs=tuple(needs),
        contacts=tuple(contacts),
        follow_ups=tuple(follow_ups),
        referrals=tuple(referrals),
        consents=consents,
    )
