"""The offline signposting directory."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from desktop_app.core.models import NeedCategory, Service, ServiceAccess
from desktop_app.vault.audit import AuditAction
from desktop_app.vault.repositories._base import (
    Repository,
    framed,
    list2s,
    require_found,
    require_id,
    s2list,
    writing,
)

ENTITY = "service"
COLUMNS = (
    "name, categories, languages, phone, email, website, address, opening_times, access,"
    " notes, archived, organization, what_to_bring, hsds_id"
)
_PLACEHOLDERS = ", ".join("?" * len(COLUMNS.split(",")))


@dataclass(frozen=True, slots=True)
class DirectoryImport:
    """What an import of a whole directory did (counts only)."""

    added: int
    updated: int


def _with_hsds_id(service: Service) -> Service:
    """Give a service without an exchange identifier a fresh random UUID."""
    if service.hsds_id:
        return service
    return dataclasses.replace(service, hsds_id=str(uuid.uuid4()))


def _params(s: Service) -> tuple[Any, ...]:
    return (
        s.name,
        list2s(c.value for c in s.categories),
        list2s(s.languages),
        s.phone,
        s.email,
        s.website,
        s.address,
        s.opening_times,
        s.access.value,
        s.notes,
        int(s.archived),
        s.organization,
        s.what_to_bring,
        s.hsds_id,
    )


def _from_row(raw: Sequence[Any]) -> Service:
    return Service(
        id=raw[0],
        name=raw[1],
        categories=tuple(NeedCategory(c) for c in s2list(raw[2])),
        languages=s2list(raw[3]),
        phone=raw[4],
        email=raw[5],
        website=raw[6],
        address=raw[7],
        opening_times=raw[8],
        access=ServiceAccess(raw[9]),
        notes=raw[10],
        archived=bool(raw[11]),
        organization=raw[12],
        what_to_bring=raw[13],
        hsds_id=raw[14],
    )


class ServiceRepository(Repository):
    """Services families can be signposted or referred to."""

    def add(self, service: Service) -> Service:
        """Add a service to the directory (a new one gets a fresh ``hsds_id``)."""
        service = _with_hsds_id(service)
        with writing(self._conn) as conn:
            cursor = conn.execute(
                f"INSERT INTO services ({COLUMNS}) VALUES ({_PLACEHOLDERS})",
                _params(service),
            )
            stored = dataclasses.replace(service, id=int(cursor.lastrowid))
            self._audit.append(AuditAction.CREATE, ENTITY, stored.id)
        return stored

    def update(self, service: Service) -> Service:
        """Save a changed service."""
        service_id = require_id(service.id)
        service = _with_hsds_id(service)
        assignments = ", ".join(f"{c.strip()} = ?" for c in COLUMNS.split(","))
        with writing(self._conn) as conn:
            cursor = conn.execute(
                f"UPDATE services SET {assignments} WHERE id = ?", (*_params(service), service_id)
            )
            require_found(cursor.rowcount)
            self._audit.append(AuditAction.UPDATE, ENTITY, service_id)
        return service

    def archive(self, service_id: int, archived: bool = True) -> None:
        """Hide a service from suggestions (or bring it back); its referrals stay."""
        with writing(self._conn) as conn:
            cursor = conn.execute(
                "UPDATE services SET archived = ? WHERE id = ?", (int(archived), service_id)
            )
            require_found(cursor.rowcount)
            self._audit.append(AuditAction.ARCHIVE, ENTITY, service_id)

    def import_directory(
        self,
        services: Sequence[Service],
        *,
        progress: Callable[[int, int], None] | None = None,
    ) -> DirectoryImport:
        """Store a whole imported directory in one transaction: all of it, or nothing.

        A service whose ``hsds_id`` is already in the vault is updated (the file wins,
        except that a service the file gives no need category keeps the categories
        staff gave it); any other is added. Services the file does not mention are
        left as they are.

        Args:
            services: the directory read from the file (ids are ignored).
            progress: called as ``progress(done, total)`` every so often.
        """
        total = len(services)
        added = updated = 0
        with writing(self._conn) as conn:
            for index, incoming in enumerate(services, start=1):
                incoming = _with_hsds_id(dataclasses.replace(incoming, id=None))
                existing = self.by_hsds_id(incoming.hsds_id)
                if existing is None:
                    cursor = conn.execute(
                        f"INSERT INTO services ({COLUMNS}) VALUES ({_PLACEHOLDERS})",
                        _params(incoming),
                    )
                    self._audit.append(AuditAction.CREATE, ENTITY, int(cursor.lastrowid))
                    added += 1
                else:
                    merged = dataclasses.replace(
                        incoming,
                        id=existing.id,
                        categories=incoming.categories or existing.categories,
                    )
                    assignments = ", ".join(f"{c.strip()} = ?" for c in COLUMNS.split(","))
                    conn.execute(
                        f"UPDATE services SET {assignments} WHERE id = ?",
                        (*_params(merged), existing.id),
                    )
                    self._audit.append(AuditAction.UPDATE, ENTITY, existing.id)
                    updated += 1
                if progress is not None and (index % 50 == 0 or index == total):
                    progress(index, total)
        return DirectoryImport(added=added, updated=updated)

    def by_hsds_id(self, hsds_id: str) -> Service | None:
        """Return the service with this exchange identifier."""
        if not hsds_id:
            return None
        raw = self._conn.execute(
            # "!= ''" lets SQLite use the partial unique index.
            f"SELECT id, {COLUMNS} FROM services WHERE hsds_id = ? AND hsds_id != ''",
            (hsds_id,),
        ).fetchone()
        return None if raw is None else _from_row(raw)

    def get(self, service_id: int) -> Service | None:
        """Return one service."""
        raw = self._conn.execute(
            f"SELECT id, {COLUMNS} FROM services WHERE id = ?", (service_id,)
        ).fetchone()
        return None if raw is None else _from_row(raw)

    def directory(self, *, include_archived: bool = False) -> list[Service]:
        """Return the directory by name."""
        rows = self._conn.execute(
            f"SELECT id, {COLUMNS} FROM services WHERE archived <= ? ORDER BY name, id",
            (int(include_archived),),
        ).fetchall()
        return [_from_row(r) for r in rows]

    def search(
        self,
        *,
        category: NeedCategory | None = None,
        language: str | None = None,
        text: str = "",
        include_archived: bool = False,
    ) -> list[Service]:
        """Return services for a need category and/or language, by name.

        A service matches a language when it offers it or the language's base
        (``fa`` matches a service offering ``fa-AF`` and vice versa).
        """
        clauses = ["archived <= ?"]
        args: list[Any] = [int(include_archived)]
        if category is not None:
            clauses.append("instr(categories, ?) > 0")
            args.append(framed(category.value))
        if language:
            base = language.split("-")[0]
            clauses.append(
                "(instr(languages, ?) > 0 OR instr(languages, ?) > 0 OR instr(languages, ?) > 0)"
            )
            args += [framed(language), framed(base), f",{base}-"]
        if text.strip():
            clauses.append("instr(lower(name || ' ' || organization || ' ' || notes), ?) > 0")
            args.append(text.strip().lower())
        rows = self._conn.execute(
            f"SELECT id, {COLUMNS} FROM services WHERE {' AND '.join(clauses)} ORDER BY name, id",
            args,
        ).fetchall()
        return [_from_row(r) for r in rows]

    # ``list`` reads naturally at call sites (``services.list()``); defined last so the
    # ``list[...]`` annotations above still mean the built-in.
    list = directory
