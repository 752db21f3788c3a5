"""Referral rules (DESIGN §4): how a referral moves on, and what its dates tell.

A referral starts *suggested* (the family is thinking about it, nothing sent) or
*referred* (their details went to the service, with consent to share). From there:

==============  ==============================================================
suggested       → referred, declined, no response
referred        → accepted, completed, declined, no response
accepted        → completed, declined, no response
no response     → referred (sent again), accepted, completed, declined
completed       final
declined        final
==============  ==============================================================

*completed* straight from *referred* is allowed: a service sometimes helps before
anyone records that it accepted. Pure Python: the vault enforces these rules, the
family page offers only these moves.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from desktop_app.core.intake import language_first
from desktop_app.core.models import (
    NeedCategory,
    Referral,
    ReferralStatus,
    ReferralStatusChange,
    Service,
)

S = ReferralStatus

#: Where a referral may go from each status.
NEXT_STATUSES: Mapping[ReferralStatus, tuple[ReferralStatus, ...]] = {
    S.SUGGESTED: (S.REFERRED, S.DECLINED, S.NO_RESPONSE),
    S.REFERRED: (S.ACCEPTED, S.COMPLETED, S.DECLINED, S.NO_RESPONSE),
    S.ACCEPTED: (S.COMPLETED, S.DECLINED, S.NO_RESPONSE),
    S.NO_RESPONSE: (S.REFERRED, S.ACCEPTED, S.COMPLETED, S.DECLINED),
    S.COMPLETED: (),
    S.DECLINED: (),
}

#: Statuses a referral can start in.
START_STATUSES: tuple[ReferralStatus, ...] = (S.SUGGESTED, S.REFERRED)


def next_statuses(referral: Referral) -> tuple[ReferralStatus, ...]:
    """Return where ``referral`` may move now (nothing once it is blocked)."""
    if referral.blocked_on is not None:
        return ()
    return NEXT_STATUSES[ReferralStatus(referral.status)]


def can_move(current: ReferralStatus, target: ReferralStatus) -> bool:
    """Whether a referral may move from ``current`` to ``target``."""
    return ReferralStatus(target) in NEXT_STATUSES[ReferralStatus(current)]


def is_open(referral: Referral) -> bool:
    """Whether staff still have something to do about this referral."""
    return bool(NEXT_STATUSES[ReferralStatus(referral.status)]) and referral.blocked_on is None


def derived_history(referral: Referral) -> tuple[ReferralStatusChange, ...]:
    """Return the steps a referral's dates tell, for one stored without a history.

    The day it was referred (when known), then its current status on the day of its last
    change. A referral with no dates at all has no history.
    """
    steps: list[ReferralStatusChange] = []
    status = ReferralStatus(referral.status)
    if referral.referred_on is not None and status is not S.SUGGESTED:
        steps.append(ReferralStatusChange(S.REFERRED, referral.referred_on))
    last = referral.status_changed_on or referral.referred_on
    if last is not None and not (status is S.REFERRED and steps):
        steps.append(ReferralStatusChange(status, last))
    return tuple(steps)


def last_change_on(referral: Referral) -> ReferralStatusChange | None:
    """Return the latest step of a referral's history, if any."""
    return referral.history[-1] if referral.history else None


def services_for_need(
    services: Iterable[Service], category: NeedCategory, language: str
) -> list[Service]:
    """Return the active services for a need category, those offering ``language`` first.

    Within each group services are in name order; archived services are left out.
    """
    matching = [s for s in services if not s.archived and category in s.categories]
    return language_first(matching, language)
