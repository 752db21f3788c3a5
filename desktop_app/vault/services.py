"""Everything an unlocked session needs, built once from the open vault.

The composition root (``app.py``) builds a :class:`VaultServices` after each unlock and
hands it to the GUI; the GUI reaches the data only through these repositories (it
never writes SQL). After a lock the object is dropped with the vault.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop_app.vault.audit import AuditLog
from desktop_app.vault.connection import Connection, transaction
from desktop_app.vault.repositories import (
    ChampionRepository,
    ConsentRepository,
    ContactRepository,
    DraftRepository,
    EventRepository,
    FollowUpRepository,
    HouseholdRepository,
    NeedRepository,
    ReferralRepository,
    ServiceRepository,
    SettingsRepository,
)
from desktop_app.vault.repositories.aggregates import AggregatesRepository
from desktop_app.vault.repositories.sync import SyncRepository

if TYPE_CHECKING:
    from desktop_app.vault.vault import Vault


@dataclass(frozen=True, slots=True)
class VaultServices:
    """The repositories of one unlocked vault, all writing as the same staff member."""

    vault: Vault
    audit: AuditLog
    households: HouseholdRepository
    needs: NeedRepository
    contacts: ContactRepository
    follow_ups: FollowUpRepository
    services: ServiceRepository
    referrals: ReferralRepository
    consent: ConsentRepository
    champions: ChampionRepository
    events: EventRepository
    drafts: DraftRepository
    settings: SettingsRepository
    sync: SyncRepository
    aggregates: AggregatesRepository

    @classmethod
    def from_vault(cls, vault: Vault) -> VaultServices:
        """Build the repositories over ``vault``'s connection, audited as its actor."""
        conn = vault.connection
        audit = AuditLog(conn, vault.actor)
        return cls(
            vault=vault,
            audit=audit,
            households=HouseholdRepository(conn, audit),
            needs=NeedRepository(conn, audit),
            contacts=ContactRepository(conn, audit),
            follow_ups=FollowUpRepository(conn, audit),
            services=ServiceRepository(conn, audit),
            referrals=ReferralRepository(conn, audit),
            consent=ConsentRepository(conn, audit),
            champions=ChampionRepository(conn, audit),
            events=EventRepository(conn, audit),
            drafts=DraftRepository(conn, audit),
            settings=SettingsRepository(conn, audit),
            sync=SyncRepository(conn, audit),
            aggregates=AggregatesRepository(conn, audit),
        )

    @property
    def actor(self) -> str:
        """The staff member who unlocked the vault."""
        return self.vault.actor

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """Save several records together: all of them commit, or none (an intake)."""
        with transaction(self.vault.connection) as conn:
            yield conn
