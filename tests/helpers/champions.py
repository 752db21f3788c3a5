"""Families for the champion and event tests: a school, a language, children, some consents."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

from desktop_app.core import models as m
from desktop_app.vault.services import VaultServices
from tests.helpers.vaults import TODAY, consent_to_everything

SCHOOL = "Riverside Primary School"


def family(
    services: VaultServices,
    alias: str,
    *,
    school: str = SCHOOL,
    language: str = "ar",
    children: tuple[tuple[str, str, int], ...] = (("Year 3", "Oak", 2017),),
    refuse: tuple[m.ConsentPurpose, ...] = (),
) -> int:
    """Store a household (caregiver + children as (year, class, birth year)); return its id.

    Every consent purpose is given except those in ``refuse`` (recorded as refused).
    """
    consents = tuple(
        dataclasses.replace(e, decision=m.ConsentDecision.REFUSED, review_on=None)
        if e.purpose in refuse
        else e
        for e in consent_to_everything(services)
    )
    people = (
        m.Person(m.Role.CAREGIVER, given_name=f"{alias} parent"),
        *(
            m.Person(m.Role.CHILD, school_year=year, class_name=name, birth_year=born)
            for year, name, born in children
        ),
    )
    stored = services.households.create(
        m.HouseholdAggregate(
            household=m.Household(
                reference="",
                alias=alias,
                school=school,
                preferred_language=language,
                interpreter_language=language,
                key_contact="Ms Patel",
            ),
            people=people,
            consents=consents,
        )
    )
    assert stored.household.id is not None
    return stored.household.id


def champion(
    services: VaultServices,
    alias: str,
    *,
    languages: tuple[str, ...] = ("ar",),
    school: str = SCHOOL,
    capacity: int = 2,
    children: tuple[tuple[str, str, int], ...] = (("Year 3", "Oak", 2017),),
    family_language: str | None = None,
) -> m.Champion:
    """Store a family and register it as a champion; return the champion."""
    household_id = family(
        services,
        alias,
        school=school,
        language=family_language or languages[0],
        children=children,
    )
    return services.champions.add(
        m.Champion(
            household_id,
            languages=languages,
            school=school,
            year_groups=tuple(year for year, _name, _born in children),
            availability="School drop-off",
            max_families=capacity,
        )
    )


def withdrawal(services: VaultServices, purpose: m.ConsentPurpose) -> m.ConsentEvent:
    """A withdrawal of ``purpose``, recorded by the test's staff member on TODAY."""
    given = next(e for e in consent_to_everything(services) if e.purpose is purpose)
    return dataclasses.replace(
        given,
        decision=m.ConsentDecision.WITHDRAWN,
        review_on=None,
        decided_at=datetime(TODAY.year, TODAY.month, TODAY.day, 15, tzinfo=UTC),
    )
