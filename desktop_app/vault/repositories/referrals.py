"""Referrals of a need to a service, with consent to share."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date
from typing import Any

from desktop_app.core.consent import SHARING_STATUSES, referral_fields
from desktop_app.core.errors import UserFacingError
from desktop_app.core.models import NeedStatus, Referral, ReferralStatus, ReferralStatusChange
from desktop_app.core.referrals import can_move, derived_history
from desktop_app.i18n import _
from desktop_app.vault.audit import AuditAction
from desktop_app.vault.connection import Connection
from desktop_app.vault.repositories._base import (
    Repository,
    d2s,
    require_found,
    s2d,
    s2d_req,
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
INSERT_CHANGE = (
    "INSERT INTO referral_status_changes (id, referral_id, status, changed_on) VALUES (?, ?, ?, ?)"
)
# Statuses that mean named details have gone (or will go) to the service.
_SHARING = SHARING_STATUSES
# Needs a referral reaching "referred" moves to "referred" (not closed ones).
_NEEDS_TO_MOVE = (NeedStatus.IDENTIFIED.value, NeedStatus.SIGNPOSTED.value)


class ReferralConsentError(UserFacingError):
    """A referral cannot go ahead without consent to share the family's details."""


class ReferralStatusError(UserFacingError):
    """The referral cannot move to that status (it is closed, or already there)."""


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


def history_rows(referral_id: int, referral: Referral) -> list[tuple[Any, ...]]:
    """Return the history rows to store for a new referral (``INSERT_CHANGE`` order).

    A referral given without a history gets the steps its dates tell
    (:func:`desktop_app.core.referrals.derived_history`).
    """
    history = referral.history or derived_history(referral)
    return [(None, referral_id, c.status.value, c.changed_on.isoformat()) for c in history]


def insert_referral(conn: Connection, household_id: int, referral: Referral) -> Referral:
    """Insert a referral (``need_id`` is a stored id) and its history; return it with ids."""
    check_consent(referral)
    new_id = int(conn.execute(INSERT, (None, household_id, *params(referral))).lastrowid)
    rows = history_rows(new_id, referral)
    conn.executemany(INSERT_CHANGE, rows)
    history = tuple(ReferralStatusChange(ReferralStatus(r[2]), s2d_req(r[3])) for r in rows)
    return dataclasses.replace(referral, id=new_id, household_id=household_id, history=history)


def move_need_to_referred(conn: Connection, need_id: int, on: date) -> bool:
    """Move a referral's need to *referred* (as the intake does); return whether it moved.

    Only a need still *identified* or *signposted* moves: one already referred keeps
    its history, and a closed one (met, declined, no longer needed) stays closed.
    """
    cursor = conn.execute(
        "UPDATE needs SET status = ?, status_changed_on = ? WHERE id = ? AND status IN (?, ?)",
        (NeedStatus.REFERRED.value, on.isoformat(), need_id, *_NEEDS_TO_MOVE),
    )
    if not cursor.rowcount:
        return False
    conn.execute(
        "INSERT INTO need_status_changes (need_id, status, changed_on) VALUES (?, ?, ?)",
        (need_id, NeedStatus.REFERRED.value, on.isoformat()),
    )
    return True


def block_referral(conn: Connection, referral_id: int, on: date) -> Referral:
    """Take consent to share off a referral and flag it blocked (no audit entry here)."""
    current = referral_by_id(conn, referral_id)
    require_found(0 if current is None else 1)
    assert current is not None
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
    history = current.history
    if status is not current.status:
        conn.execute(INSERT_CHANGE, (None, referral_id, status.value, on.isoformat()))
        history = (*history, ReferralStatusChange(status, on))
    return dataclasses.replace(
        current,
        consent_to_share=False,
        status=status,
        status_changed_on=on if status is not current.status else current.status_changed_on,
        blocked_on=current.blocked_on or on,
        history=history,
    )


def _from_row(raw: Sequence[Any], history: tuple[ReferralStatusChange, ...] = ()) -> Referral:
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
        history=history,
    )


def _histories(
    conn: Connection, where: str, args: tuple[Any, ...]
) -> dict[int, list[ReferralStatusChange]]:
    histories: dict[int, list[ReferralStatusChange]] = {}
    for referral_id, status, changed_on in conn.execute(
        "SELECT c.referral_id, c.status, c.changed_on FROM referral_status_changes c"
        f" JOIN referrals r ON r.id = c.referral_id WHERE {where} ORDER BY c.id",
        args,
    ):
        histories.setdefault(referral_id, []).append(
            ReferralStatusChange(ReferralStatus(status), s2d_req(changed_on))
        )
    return histories


def referrals_for(conn: Connection, household_id: int) -> list[Referral]:
    """Return a household's referrals with their histories, oldest first."""
    rows = conn.execute(
        f"SELECT id, household_id, {COLUMNS} FROM referrals WHERE household_id = ? ORDER BY id",
        (household_id,),
    ).fetchall()
    histories = _histories(conn, "r.household_id = ?", (household_id,))
    return [_from_row(r, tuple(histories.get(r[0], ()))) for r in rows]


def referral_by_id(conn: Connection, referral_id: int) -> Referral | None:
    """Return one referral with its history."""
    raw = conn.execute(
        f"SELECT id, household_id, {COLUMNS} FROM referrals WHERE id = ?", (referral_id,)
    ).fetchone()
    if raw is None:
        return None
    histories = _histories(conn, "r.id = ?", (referral_id,))
    return _from_row(raw, tuple(histories.get(referral_id, ())))


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
            if stored.status is ReferralStatus.REFERRED:
                on = stored.referred_on or stored.status_changed_on or self._audit.today()
                if move_need_to_referred(conn, stored.need_id, on):
                    self._audit.append(AuditAction.STATUS_CHANGE, "need", stored.need_id)
        return stored

    def get(self, referral_id: int) -> Referral | None:
        """Return one referral with its history."""
        return referral_by_id(self._conn, referral_id)

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
        """Move a referral on; optionally record its outcome and a follow-up date.

        The step joins the referral's history. Reaching *referred* also moves its need
        to *referred* (unless the need is already referred or closed), in the same
        transaction.

        Raises:
            ReferralConsentError: the status shares details without consent to share
                (never given, or withdrawn: the referral is blocked).
            ReferralStatusError: the referral cannot move there (see
                :func:`desktop_app.core.referrals.can_move`).
        """
        current = self.get(referral_id)
        require_found(0 if current is None else 1)
        assert current is not None
        if status in _SHARING and (not current.consent_to_share or current.blocked_on):
            raise _consent_error()
        if not can_move(current.status, status):
            raise ReferralStatusError(
                _("This referral cannot move to that status from where it is now."),
                hint=_("Pick one of the statuses offered, or make a new referral."),
            )
        updated = dataclasses.replace(
            current,
            status=status,
            status_changed_on=on,
            referred_on=current.referred_on or (on if status is ReferralStatus.REFERRED else None),
            outcome=current.outcome if outcome is None else outcome,
            follow_up_on=follow_up_on or current.follow_up_on,
            history=(*current.history, ReferralStatusChange(status, on)),
        )
        with writing(self._conn) as conn:
            assert current.household_id is not None
            require_fields(conn, self._audit, current.household_id, referral_fields(updated))
            self._save(updated, AuditAction.STATUS_CHANGE)
            conn.execute(INSERT_CHANGE, (None, referral_id, status.value, on.isoformat()))
            if status is ReferralStatus.REFERRED and move_need_to_referred(
                conn, current.need_id, on
            ):
                self._audit.append(AuditAction.STATUS_CHANGE, "need", current.need_id)
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
        histories = _histories(self._conn, "r.blocked_on IS NOT NULL", ())
        return [_from_row(r, tuple(histories.get(r[0], ()))) for r in rows]

    def _save(self, referral: Referral, action: AuditAction) -> None:
        with writing(self._conn) as conn:
            assignments = ", ".join(f"{c.strip()} = ?" for c in COLUMNS.split(","))
            cursor = conn.execute(
                f"UPDATE referrals SET {assignments} WHERE id = ?", (*params(referral), referral.id)
            )
            require_found(cursor.rowcount)
            self._audit.append(action, ENTITY, referral.id)
