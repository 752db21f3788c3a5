"""Repositories: the only place SQL lives. One per aggregate, typed, audited.

Build each as ``XRepository(conn, audit)`` with an open, migrated vault connection and
the :class:`~desktop_app.vault.audit.AuditLog` of the signed-in staff member. Each write
method is atomic on its own; to save several records together (an intake), wrap the
calls in :func:`desktop_app.vault.connection.transaction` — inside it, repository writes
become savepoints and everything commits once.
"""

from desktop_app.vault.repositories._base import RecordNotFoundError
from desktop_app.vault.repositories.bulk import bulk_insert_households
from desktop_app.vault.repositories.champions import ChampionRepository, ChampionSuggestion
from desktop_app.vault.repositories.consent import ConsentRepository, UnknownNoticeError
from desktop_app.vault.repositories.contacts import ContactRepository
from desktop_app.vault.repositories.drafts import DraftRepository
from desktop_app.vault.repositories.events import EventRepository
from desktop_app.vault.repositories.follow_ups import DueFollowUp, FollowUpRepository
from desktop_app.vault.repositories.households import (
    DuplicateReferenceError,
    HouseholdRepository,
)
from desktop_app.vault.repositories.needs import NeedRepository
from desktop_app.vault.repositories.referrals import ReferralConsentError, ReferralRepository
from desktop_app.vault.repositories.services import ServiceRepository
from desktop_app.vault.repositories.settings import SettingsRepository

__all__ = [
    "ChampionRepository",
    "ChampionSuggestion",
    "ConsentRepository",
    "ContactRepository",
    "DraftRepository",
    "DueFollowUp",
    "DuplicateReferenceError",
    "EventRepository",
    "FollowUpRepository",
    "HouseholdRepository",
    "NeedRepository",
    "RecordNotFoundError",
    "ReferralConsentError",
    "ReferralRepository",
    "ServiceRepository",
    "SettingsRepository",
    "UnknownNoticeError",
    "bulk_insert_households",
]
