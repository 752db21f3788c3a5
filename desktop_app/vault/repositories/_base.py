"""Shared plumbing for the repositories: value conversion and nested writes.

Values cross into SQL as ISO 8601 text (dates, instants, ``YYYY-MM`` months), enum
values, 0/1 integers, and comma-framed lists (``",ar,ti,"``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from enum import StrEnum
from typing import TypeVar

from desktop_app.core.errors import UserFacingError
from desktop_app.core.models import YearMonth
from desktop_app.i18n import _
from desktop_app.vault.audit import AuditLog
from desktop_app.vault.connection import Connection, transaction

E = TypeVar("E", bound=StrEnum)


@contextmanager
def writing(conn: Connection) -> Iterator[Connection]:
    """Run a repository write atomically, alone or inside the caller's transaction.

    Outside a transaction this is :func:`transaction`. Inside one (the GUI saving an
    intake through several repositories at once) it is a savepoint, so a failed step
    undoes only itself and the caller decides whether the whole save commits.
    """
    if not conn.in_transaction:
        with transaction(conn):
            yield conn
        return
    conn.execute("SAVEPOINT repository_write")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK TO repository_write")
        conn.execute("RELEASE repository_write")
        raise
    conn.execute("RELEASE repository_write")


class Repository:
    """Base of every repository: a connection and the audit log of the signed-in user."""

    def __init__(self, conn: Connection, audit: AuditLog) -> None:
        self._conn = conn
        self._audit = audit


def d2s(value: date | None) -> str | None:
    """Date → ISO text (``None`` stays ``None``)."""
    return None if value is None else value.isoformat()


def s2d(value: str | None) -> date | None:
    """ISO text → date."""
    return None if value is None else date.fromisoformat(value)


def s2d_req(value: str) -> date:
    """ISO text → date, for NOT NULL columns."""
    return date.fromisoformat(value)


def dt2s(value: datetime) -> str:
    """Instant → ISO text."""
    return value.isoformat()


def s2dt(value: str) -> datetime:
    """ISO text → instant."""
    return datetime.fromisoformat(value)


def ym2s(value: YearMonth | None) -> str | None:
    """Month → ``YYYY-MM``."""
    return None if value is None else value.isoformat()


def s2ym(value: str | None) -> YearMonth | None:
    """``YYYY-MM`` → month."""
    return None if value is None else YearMonth.parse(value)


def enum_or_none(enum: type[E], value: str | None) -> E | None:
    """Text → enum member (``None`` stays ``None``)."""
    return None if value is None else enum(value)


def b2i(value: bool | None) -> int | None:
    """Bool → 0/1."""
    return None if value is None else int(value)


def i2b(value: int | None) -> bool | None:
    """0/1 → bool."""
    return None if value is None else bool(value)


def list2s(values: Iterable[str]) -> str:
    """Short list → comma-framed text (``",a,b,"``); commas inside values are dropped."""
    cleaned = [str(v).replace(",", " ").strip() for v in values]
    return "," + "".join(f"{v}," for v in cleaned if v)


def s2list(value: str) -> tuple[str, ...]:
    """Comma-framed text → tuple."""
    return tuple(part for part in value.split(",") if part)


def framed(value: str) -> str:
    """Return ``value`` as it appears inside a comma-framed list (for ``instr``)."""
    return f",{value},"


class RecordNotFoundError(UserFacingError):
    """The record does not exist (any more): it may have been erased."""


def require_found(rowcount: int) -> None:
    """Raise :class:`RecordNotFoundError` when a write touched no row."""
    if rowcount == 0:
        raise RecordNotFoundError(
            _("This record no longer exists."),
            hint=_("It may have been erased. Refresh the list and try again."),
        )


def require_id(value: int | None) -> int:
    """Return a stored record's id; a record never stored is a programming error."""
    if value is None:
        raise ValueError("the record has not been stored yet")
    return value
