"""What a consent decision does in the vault: withdrawal effects and consent queries.

Withdrawal acts at once (DESIGN §5), in the same transaction as the decision that
causes it — one function per purpose:

========================  =====================================================
statistics                nothing to delete: :func:`households_in_statistics` (the
                          only way the stats layer picks households) leaves the
                          household out of every aggregate computed from now on
referral sharing          every pending referral loses consent to share, is
                          flagged ``blocked_on`` and, if not yet accepted, declined
contact channels          a phone / SMS / messaging preferred channel is cleared
                          (back to *in person*)
champion introduction     the household's live matches end; as a champion it is
                          deactivated and its live matches end too
case record               the household is erased (:mod:`.erasure`); only audit
                          entries without personal data remain
========================  =====================================================
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop_app.core.consent import PENDING_REFERRAL_STATUSES, REMOTE_CHANNELS
from desktop_app.core.models import (
    ChampionMatchStatus,
    Channel,
    ConsentEvent,
    ConsentPurpose,
    utc_now,
)
from desktop_app.vault.audit import AuditAction, AuditLog
from desktop_app.vault.connection import Connection, transaction
from desktop_app.vault.erasure import erase_rows, finish_erasure
from desktop_app.vault.repositories._base import dt2s, require_found, writing
from desktop_app.vault.repositories.consent import insert_consent_event
from desktop_app.vault.repositories.referrals import block_referral

_LIVE_MATCHES = ("suggested", "introduced", "active")

#: Household ids whose latest statistics decision grants consent (a sub-select for the
#: stats layer: ``... WHERE h.id IN (STATISTICS_HOUSEHOLDS_SQL)``). Uses the covering
#: index ``consent_events_purpose``.
STATISTICS_HOUSEHOLDS_SQL = (
    "SELECT e.household_id FROM consent_events e WHERE e.purpose = 'statistics'"
    " AND e.decision IN ('given', 'renewed')"
    " AND e.id = (SELECT max(l.id) FROM consent_events l"
    " WHERE l.purpose = 'statistics' AND l.household_id = e.household_id)"
)


@dataclass(frozen=True, slots=True)
class WithdrawalResult:
    """What a withdrawal did (counts and flags only: safe to show and log)."""

    purpose: ConsentPurpose
    event: ConsentEvent | None = None  # None after erasure: it went with the household
    household_erased: bool = False
    referrals_blocked: int = 0
    matches_ended: int = 0
    channel_cleared: bool = False
    champion_deactivated: bool = False
    wal_clean: bool = True  # after an erasure: whether the WAL was fully truncated


# ----------------------------------------------------------------- the effects


def withdraw_statistics(
    conn: Connection, audit: AuditLog, household_id: int, on: date
) -> WithdrawalResult:
    """Statistics: the decision itself excludes the household (nothing else changes)."""
    del conn, audit, household_id, on
    return WithdrawalResult(ConsentPurpose.STATISTICS)


def withdraw_referral_sharing(
    conn: Connection, audit: AuditLog, household_id: int, on: date
) -> WithdrawalResult:
    """Sharing: block and flag every pending referral of the household."""
    pending = ", ".join(f"'{s.value}'" for s in sorted(PENDING_REFERRAL_STATUSES))
    ids = [
        int(r[0])
        for r in conn.execute(
            f"SELECT id FROM referrals WHERE household_id = ? AND status IN ({pending})"
            " AND (consent_to_share = 1 OR blocked_on IS NULL) ORDER BY id",
            (household_id,),
        )
    ]
    for referral_id in ids:
        block_referral(conn, referral_id, on)
        audit.append(AuditAction.UPDATE, "referral", referral_id)
    return WithdrawalResult(ConsentPurpose.REFERRAL_SHARING, referrals_blocked=len(ids))


def withdraw_contact_channels(
    conn: Connection, audit: AuditLog, household_id: int, on: date
) -> WithdrawalResult:
    """Contact: clear a phone / SMS / messaging preferred channel."""
    del on
    remote = ", ".join(f"'{c.value}'" for c in sorted(REMOTE_CHANNELS))
    cursor = conn.execute(
        f"UPDATE households SET preferred_channel = ?, updated_at = ?"
        f" WHERE id = ? AND preferred_channel IN ({remote})",
        (Channel.IN_PERSON.value, dt2s(utc_now()), household_id),
    )
    if cursor.rowcount:
        audit.append(AuditAction.UPDATE, "household", household_id)
    return WithdrawalResult(ConsentPurpose.CONTACT_CHANNELS, channel_cleared=bool(cursor.rowcount))


def withdraw_champion_introduction(
    conn: Connection, audit: AuditLog, household_id: int, on: date
) -> WithdrawalResult:
    """Champion: end the household's live matches, as newcomer and as champion."""
    del on
    ids = [
        int(r[0])
        for r in conn.execute(
            f"SELECT m.id FROM champion_matches m WHERE m.status IN {_LIVE_MATCHES}"
            " AND (m.household_id = ? OR m.champion_id IN"
            " (SELECT c.id FROM champions c WHERE c.household_id = ?)) ORDER BY m.id",
            (household_id, household_id),
        )
    ]
    for match_id in ids:
        conn.execute(
            "UPDATE champion_matches SET status = ? WHERE id = ?",
            (ChampionMatchStatus.ENDED.value, match_id),
        )
        audit.append(AuditAction.STATUS_CHANGE, "champion_match", match_id)
    champion = conn.execute(
        "SELECT id FROM champions WHERE household_id = ? AND active = 1", (household_id,)
    ).fetchone()
    if champion is not None:
        conn.execute("UPDATE champions SET active = 0 WHERE id = ?", (champion[0],))
        audit.append(AuditAction.UPDATE, "champion", int(champion[0]))
    return WithdrawalResult(
        ConsentPurpose.CHAMPION_INTRODUCTION,
        matches_ended=len(ids),
        champion_deactivated=champion is not None,
    )


_EFFECTS = {
    ConsentPurpose.STATISTICS: withdraw_statistics,
    ConsentPurpose.REFERRAL_SHARING: withdraw_referral_sharing,
    ConsentPurpose.CONTACT_CHANNELS: withdraw_contact_channels,
    ConsentPurpose.CHAMPION_INTRODUCTION: withdraw_champion_introduction,
}


def apply_withdrawal_effect(
    conn: Connection, audit: AuditLog, household_id: int, purpose: ConsentPurpose, on: date
) -> WithdrawalResult:
    """Apply the effect of losing ``purpose`` (not the case record: that erases)."""
    effect = _EFFECTS.get(ConsentPurpose(purpose))
    if effect is None:
        raise ValueError("withdrawing the case record erases the household: use withdraw()")
    return effect(conn, audit, household_id, on)


def withdraw(
    conn: Connection, audit: AuditLog, household_id: int, event: ConsentEvent
) -> WithdrawalResult:
    """Record a withdrawal (or refusal) and apply its effect at once.

    For *keep a case record* the decision is recorded and the household erased in one
    transaction, then the WAL is truncated — so this must run outside a transaction.

    Raises:
        ValueError: ``event`` grants consent.
        RecordNotFoundError: there is no such household.
    """
    if event.decision.grants:
        raise ValueError("a withdrawal must not grant consent")
    on = event.decided_at.date()
    if event.purpose is ConsentPurpose.CASE_RECORD:
        if conn.in_transaction:
            raise RuntimeError("a case-record withdrawal must run outside a transaction")
        with transaction(conn):
            _require_household(conn, household_id)
            insert_consent_event(conn, audit, household_id, event)
            erase_rows(conn, audit, household_id)
        clean = finish_erasure(conn)
        return WithdrawalResult(ConsentPurpose.CASE_RECORD, household_erased=True, wal_clean=clean)
    with writing(conn):
        _require_household(conn, household_id)
        stored = insert_consent_event(conn, audit, household_id, event)
        result = apply_withdrawal_effect(conn, audit, household_id, event.purpose, on)
    return WithdrawalResult(
        purpose=result.purpose,
        event=stored,
        referrals_blocked=result.referrals_blocked,
        matches_ended=result.matches_ended,
        channel_cleared=result.channel_cleared,
        champion_deactivated=result.champion_deactivated,
    )


def _require_household(conn: Connection, household_id: int) -> None:
    row = conn.execute("SELECT 1 FROM households WHERE id = ?", (household_id,)).fetchone()
    require_found(0 if row is None else 1)


# ----------------------------------------------------------------- queries


def households_in_statistics(conn: Connection) -> set[int]:
    """Return the households that may be counted in anonymised statistics.

    Only households whose *latest* statistics decision grants consent: a withdrawal
    takes a household out of every aggregate computed afterwards.
    """
    return {int(r[0]) for r in conn.execute(STATISTICS_HOUSEHOLDS_SQL)}


def expired_case_records(conn: Connection, today: date) -> list[int]:
    """Return the households that are read-only: case-record consent past its review."""
    rows = conn.execute(
        "SELECT e.household_id FROM consent_events e WHERE e.purpose = 'case_record'"
        " AND e.decision IN ('given', 'renewed') AND e.review_on IS NOT NULL"
        " AND e.review_on < ? AND e.id = (SELECT max(l.id) FROM consent_events l"
        " WHERE l.purpose = 'case_record' AND l.household_id = e.household_id)"
        " ORDER BY e.household_id",
        (today.isoformat(),),
    )
    return [int(r[0]) for r in rows]
