"""A crafted vault for the Reports page: counts chosen so every kind of cell appears.

October 2026, area NORTH, statistics consent given (one more family in SOUTH refused it):

* 11 new households — 7 Arabic, 3 Ukrainian, 1 Dari: the total and Arabic are sent,
  Ukrainian and Dari are small numbers (hidden).
* 8 households with an open need — 6 housing, 2 food: food is a small number.
* 8 referrals made — 6 housing, 2 food: food is a small number, so housing is hidden to
  protect it (the total minus housing would give food away); the total is sent.
* 7 contacts — 6 home visits with a qualified interpreter, 1 check-in call a child
  interpreted: the call and the child are small numbers, home visits and qualified
  interpreters are hidden to protect them; the total is sent.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime

from desktop_app.core import models as m
from desktop_app.stats.payload import Payload
from desktop_app.vault.repositories import bulk_insert_households
from desktop_app.vault.services import VaultServices
from tests.helpers.vaults import consent_to_everything

TODAY = date(2026, 11, 15)
PERIOD = "2026-10"

EXPECTED_NEEDS_CHART = {"Housing": 6, "Food": 2}
EXPECTED_CONTACTS_IN_OCTOBER = 7
EXPECTED_REFERRALS = {"Referred": 8}


def _at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 10, tzinfo=UTC)


def _consents(services: VaultServices, statistics: bool) -> tuple[m.ConsentEvent, ...]:
    events = consent_to_everything(services)
    if statistics:
        return events
    return tuple(
        dataclasses.replace(e, decision=m.ConsentDecision.REFUSED, review_on=None)
        if e.purpose is m.ConsentPurpose.STATISTICS
        else e
        for e in events
    )


def fill_report_vault(services: VaultServices) -> None:
    """Store the crafted households (see the module docstring)."""
    service = services.services.add(m.Service("Brackenford Housing Advice"))
    assert service.id is not None
    households = []

    def household(
        alias: str,
        language: str,
        *,
        area: str = "NORTH",
        statistics: bool = True,
        need: m.NeedCategory | None = None,
        contact: tuple[m.ContactKind, m.InterpreterMode] | None = None,
    ) -> None:
        needs: tuple[m.Need, ...] = ()
        referrals: tuple[m.Referral, ...] = ()
        if need is not None:
            needs = (
                m.Need(
                    need,
                    status=m.NeedStatus.REFERRED,
                    note="Crafted private note",
                    identified_on=date(2026, 10, 2),
                    status_changed_on=date(2026, 10, 4),
                ),
            )
            referrals = (
                m.Referral(
                    0,
                    service.id,  # type: ignore[arg-type]
                    True,
                    m.ReferralStatus.REFERRED,
                    referred_on=date(2026, 10, 4),
                    status_changed_on=date(2026, 10, 4),
                ),
            )
        contacts: tuple[m.Contact, ...] = ()
        if contact is not None:
            contacts = (
                m.Contact(
                    contact[0],
                    date(2026, 10, 5),
                    interpreter_mode=contact[1],
                    note="Crafted contact note",
                ),
            )
        households.append(
            m.HouseholdAggregate(
                household=m.Household(
                    reference="",
                    alias=alias,
                    school="Riverside Primary School",
                    area=area,
                    preferred_language=language,
                    created_at=_at(date(2026, 10, 3)),
                ),
                people=(m.Person(m.Role.CAREGIVER, given_name=f"{alias} parent"),),
                needs=needs,
                contacts=contacts,
                referrals=referrals,
                consents=_consents(services, statistics),
            )
        )

    visit = (m.ContactKind.HOME_VISIT, m.InterpreterMode.QUALIFIED_IN_PERSON)
    for index in range(6):
        household(
            f"Crafted Arabic family {index}", "ar", need=m.NeedCategory.HOUSING, contact=visit
        )
    household(
        "Crafted Arabic family 6",
        "ar",
        need=m.NeedCategory.FOOD,
        contact=(m.ContactKind.CHECK_IN_CALL, m.InterpreterMode.CHILD),
    )
    household("Crafted Ukrainian family 0", "uk", need=m.NeedCategory.FOOD)
    household("Crafted Ukrainian family 1", "uk")
    household("Crafted Ukrainian family 2", "uk")
    household("Crafted Dari family", "fa-AF")
    household(
        "Crafted refusing family",
        "ar",
        area="SOUTH",
        statistics=False,
        need=m.NeedCategory.HOUSING,
        contact=visit,
    )
    bulk_insert_households(services.vault.connection, households, audit=services.audit)


def add_new_households(services: VaultServices, count: int, language: str = "ar") -> None:
    """Add ``count`` consenting October households without needs (for revisions)."""
    bulk_insert_households(
        services.vault.connection,
        [
            m.HouseholdAggregate(
                household=m.Household(
                    reference="",
                    alias=f"Later family {language} {i}",
                    area="NORTH",
                    preferred_language=language,
                    created_at=_at(date(2026, 10, 20)),
                ),
                people=(m.Person(m.Role.CAREGIVER),),
                consents=_consents(services, True),
            )
            for i in range(count)
        ],
        audit=services.audit,
    )


def value(
    payload: Payload, indicator: str, dimensions: tuple[tuple[str, str], ...] = ()
) -> tuple[int | None, str]:
    """A cell's number and suppression reason in a payload."""
    for cell in payload.values:
        if cell.indicator == indicator and cell.dimensions == dimensions:
            return cell.value, cell.suppressed.value
    raise KeyError((indicator, dimensions))
