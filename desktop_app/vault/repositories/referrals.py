"""Referrals of a need to a service, with consent to share."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date
from typing import Any

from desktop_app.core.consent import SHARING_STATUSES, referral_fields
from desktop_app.core.errors import UserFacingError
from desktop_app.core.models import Referral, ReferralStatus
from desktop_app.i18n import _
from desktop_app.vault.audit import AuditAction
from desktop_app.vault.connection import Connection
from desktop_app.vault.repositories._base import (
    Repository,
    d2s,
    require_found,
    s2d,
    writing,
)
from desktop_app.vault.repositories._guard import require_fields

ENTITY = "referral"
COLUMNS = (
    "need_id, service_id, consent_to_share, status, outcome, referred_on, status_changed_on,"
    " follow_up_on, blocked_on"
)
INSERT = (
    f"INSERT INTO referrals (id, household_id, {COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
# Statuses that mean named details have gone (or will go) to the service.
_SHARING = SHARING_STATUSES


class ReferralConsentError(UserFacingError):
    """A referral cannot go ahead without consent to share the family's details."""


def _consent_error() -> ReferralConsentError:
    return ReferralConsentError(
        _("This referral needs the family's consent to share their details."),
        hint=_("Record their consent first, or signpost them to the service instead."),
    )


def params(referral: Referral) -> tuple[Any, ...]:
    """Return a referral's column values in ``COLUMNS`` order."""
    r = referral
    return (
        r.need_id,
        r.service_id,
        int(r.consent_to_share),
        r.status.value,
        r.outcome,
        d2s(r.referred_on),
        d2s(r.status_changed_on),
        d2s(r.follow_up_on),
        d2s(r.blocked_on),
    )


def check_consent(referral: Referral) -> None:
    """Refuse a referral that shares details without consent to share."""
    if referral.status in _SHARING and not referral.consent_to_share:
        raise _consent_error()


def insert_referral(conn: Connection, household_id: int, referral: Referral) -> Referral:
    """Insert a referral (``need_id`` is a stored id); return it with ids."""
    check_consent(referral)
    new_id = int(conn.execute(INSERT, (None, household_id, *params(referral))).lastrowid)
    return dataclasses.replace(referral, id=new_id, household_id=household_id)


def block_referral(conn: Connection, referral_id: int, on: date) -> Referral:
    """Take consent to share off a referral and flag it blocked (no audit entry here)."""
    raw = conn.execute(
        f"SELECT id, household_id, {COLUMNS} FROM referrals WHERE id = ?", (referral_id,)
    ).fetchone()
    require_found(0 if raw is None else 1)
    current = _from_row(raw)
    status = current.status
    if status in {ReferralStatus.SUGGESTED, ReferralStatus.REFERRED}:
        status = ReferralStatus.DECLINED
    conn.execute(
        "UPDATE referrals SET consent_to_share = 0, status = ?, status_changed_on = ?,"
        " blocked_on = coalesce(blocked_on, ?) WHERE id = ?",
        (
            status.value,
            d2s(on if status is not current.status else current.status_changed_on),
            on.isoformat(),
            referral_id,
        ),
    )
    return dataclasses.replace(
        current,
        consent_to_share=False,
        status=status,
        status_changed_on=on if status is not current.status else current.status_changed_on,
        blocked_on=current.blocked_on or on,
    )


def _from_row(raw: Sequence[Any]) -> Referral:
    return Referral(
        id=raw[0],
        household_id=raw[1],
        need_id=raw[2],
        service_id=raw[3],
        consent_to_share=bool(raw[4]),
        status=ReferralStatus(raw[5]),
        outcome=raw[6],
        referred_on=s2d(raw[7]),
        status_changed_on=s2d(raw[8]),
        follow_up_on=s2d(raw[9]),
        blocked_on=s2d(raw[10]),
    )


def referrals_for(conn: Connection, household_id: int) -> list[Referral]:
    """Return a household's referrals, oldest first."""
    rows = conn.execute(
        f"SELECT id, household_id, {COLUMNS} FROM referrals WHERE household_id = ? ORDER BY id",
        (household_id,),
    ).fetchall()
    return [_from_row(r) for r in rows]


class ReferralRepository(Repository):
    """Referrals; a referral without consent to share never gets past *suggested*."""

    def add(self, referral: Referral) -> Referral:
        """Record a referral of a stored need to a service.

        Raises:
            ReferralConsentError: the status shares details but consent is not given.
            RecordNotFoundError: the need does not exist.
        """
        row = self._conn.execute(
            "SELECT household_id FROM needs WHERE id = ?", (referral.need_id,)
        ).fetchone()
        require_found(0 if row is None else 1)
        with writing(self._conn) as conn:
            require_fields(conn, self._audit, int(row[0]), referral_fields(referral))
            stored = insert_referral(conn, int(row[0]), referral)
            self._audit.append(AuditAction.CREATE, ENTITY, stored.id)
        return stored

    def get(self, referral_id: int) -> Referral | None:
        """Return one referral."""
        raw = self._conn.execute(
            f"SELECT id, household_id, {COLUMNS} FROM referrals WHERE id = ?", (referral_id,)
        ).fetchone()
        return None if raw is None else _from_row(raw)

    def list_for_household(self, household_id: int) -> list[Referral]:
        """Return a household's referrals."""
        return referrals_for(self._conn, household_id)

    def change_status(
        self,
        referral_id: int,
        status: ReferralStatus,
        on: date,
        *,
        outcome: str | None = None,
        follow_up_on: date | None = None,
    ) -> Referral:
        """Move a referral on; optionally record its outcome and a follow-up date."""
        current = self.get(referral_id)
        require_found(0 if current is None else 1)
        assert current is not None
        if status in _SHARING and (not current.consent_to_share or current.blocked_on):
            raise _consent_error()
        updated = dataclasses.replace(
            current,
            status=status,
            status_changed_on=on,
            referred_on=current.referred_on or (on if status is ReferralStatus.REFERRED else None),
            outcome=current.outcome if outcome is None else outcome,
            follow_up_on=follow_up_on or current.follow_up_on,
        )
        with writing(self._conn) as conn:
            assert current.household_id is not None
            require_fields(conn, self._audit, current.household_id, referral_fields(updated))
            self._save(updated, AuditAction.STATUS_CHANGE)
        return updated

    def withdraw_consent(self, referral_id: int) -> Referral:
        """Block one referral: consent to share is gone, so it cannot proceed.

        It is flagged (``blocked_on``) so staff tell the service; one not yet accepted
        is also declined. For a household's withdrawal use ``ConsentRepository.withdraw``
        (it records the decision and blocks every pending referral).
        """
        with writing(self._conn) as conn:
            updated = block_referral(conn, referral_id, self._audit.today())
            self._audit.append(AuditAction.UPDATE, ENTITY, referral_id)
        return updated

    def blocked(self) -> list[Referral]:
        """Return every referral blocked by a withdrawal (flagged: tell the service)."""
        rows = self._conn.execute(
            f"SELECT id, household_id, {COLUMNS} FROM referrals WHERE blocked_on IS NOT NULL"
            " ORDER BY blocked_on, id"
        ).fetchall()
        return [_from_row(r) for r in rows]

    def _save(self, referral: Referral, action: AuditAction) -> None:
        with writing(self._conn) as conn:
            assignments = ", ".join(f"{c.strip()} = ?" for c in COLUMNS.split(","))
            cursor = conn.execute(
                f"UPDATE referrals SET {assignments} WHERE id = ?", (*params(referral), referral.id)
            )
            require_found(cursor.rowcount)
            self._audit.append(action, ENTITY, referral.id)
