"""The Reports page's local figures: the same households as the statistics, exact counts."""

from __future__ import annotations

from datetime import date

from desktop_app.vault.repositories.local_figures import LocalFiguresRepository
from desktop_app.vault.services import VaultServices
from tests.stats.test_indicators import crafted  # noqa: F401 - the crafted-vault fixture


def _repo(services: VaultServices) -> LocalFiguresRepository:
    return LocalFiguresRepository(services.vault.connection, services.audit)


def test_areas_are_listed_once_each(crafted: tuple[VaultServices, list[int]]) -> None:  # noqa: F811
    services, _ids = crafted
    assert _repo(services).areas() == ["NORTH", "SOUTH"]


def test_contacts_by_month_count_consenting_households_only(
    crafted: tuple[VaultServices, list[int]],  # noqa: F811
) -> None:
    services, _ids = crafted
    repo = _repo(services)
    year = (date(2025, 11, 1), date(2026, 11, 1))
    # The family that refused statistics had a home visit on 8 October: not counted.
    assert repo.contacts_by_month(*year) == {"2026-09": 1, "2026-10": 3}
    assert repo.contacts_by_month(*year, area="NORTH") == {"2026-09": 1, "2026-10": 3}
    assert repo.contacts_by_month(*year, area="SOUTH") == {}
    assert repo.contacts_by_month(date(2026, 10, 1), date(2026, 10, 8)) == {"2026-10": 2}


def test_referral_outcomes_are_the_status_today_of_referrals_made_in_the_period(
    crafted: tuple[VaultServices, list[int]],  # noqa: F811
) -> None:
    services, _ids = crafted
    repo = _repo(services)
    assert repo.referral_outcomes(date(2026, 10, 1), date(2026, 11, 1)) == {"completed": 1}
    assert repo.referral_outcomes(date(2026, 9, 1), date(2026, 10, 1)) == {}
    assert repo.referral_outcomes(date(2026, 10, 1), date(2026, 11, 1), area="SOUTH") == {}
