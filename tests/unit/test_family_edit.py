"""The Family page's staged edit as data: comparing, rebasing, writes, drafts."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from desktop_app.core import models as m
from desktop_app.core.family_edit import FamilyEdit, StagedPerson, draft_payload, read_draft
from desktop_app.core.intake import PersonEntry


def aggregate() -> m.HouseholdAggregate:
    return m.HouseholdAggregate(
        household=m.Household(
            reference="HH-7F3K",
            alias="Haddad",
            school="Riverside",
            preferred_language="ar",
            interpreter_language="ar",
            key_contact="Ms Patel",
            arrival_month=m.YearMonth(2026, 8),
            id=7,
        ),
        people=(
            m.Person(m.Role.CAREGIVER, given_name="Amal", wants_esol=None, id=1),
            m.Person(m.Role.CHILD, given_name="Rami", birth_year=2017, school_year="Year 4", id=2),
        ),
        needs=(
            m.Need(m.NeedCategory.FOOD, note="Food bank", identified_on=date(2026, 9, 1), id=5),
        ),
    )


def test_the_stored_record_is_not_an_unsaved_change() -> None:
    record = aggregate()
    baseline = FamilyEdit.from_aggregate(record)
    edit = baseline.copy()
    assert not edit.differs_from(baseline)
    assert edit.changes(baseline, record).is_empty()
    # Blank-only differences and fields the role does not use are not changes either.
    edit.alias = "Haddad  "
    edit.people[0].person.school_year = "left over from a child"
    assert not edit.differs_from(baseline)


def test_changes_are_the_writes_of_one_save() -> None:
    record = aggregate()
    baseline = FamilyEdit.from_aggregate(record)
    edit = baseline.copy()
    edit.alias = " The Haddads "
    edit.interpreter_needed = False
    del edit.people[0]  # Amal removed
    edit.people[0].person.given_name = "Ramy"
    edit.people.append(
        StagedPerson(None, PersonEntry(role="child", given_name="Lina", birth_year="2020"))
    )
    edit.need_notes["5"] = "Food bank on Fridays"
    changes = edit.changes(baseline, record)
    assert changes.household is not None
    assert changes.household.alias == "The Haddads"
    assert changes.household.interpreter_language is None
    assert changes.household.reference == "HH-7F3K"  # the rest as stored
    assert changes.removed == (1,)
    assert [(p.id, p.given_name) for p in changes.updated] == [(2, "Ramy")]
    assert [(p.id, p.given_name, p.birth_year) for p in changes.added] == [(None, "Lina", 2020)]
    assert changes.need_notes == ((5, "Food bank on Fridays"),)


def test_rebase_keeps_what_was_edited_and_takes_the_rest_from_the_vault() -> None:
    record = aggregate()
    old = FamilyEdit.from_aggregate(record)
    edit = old.copy()
    edit.alias = "Edited alias"
    edit.need_notes["5"] = "Edited note"
    newer = dataclasses.replace(
        record,
        household=dataclasses.replace(record.household, school="Hillside", alias="Haddad"),
        needs=(
            *record.needs,
            m.Need(m.NeedCategory.HOUSING, note="New need", identified_on=date(2026, 10, 1), id=6),
        ),
    )
    new = FamilyEdit.from_aggregate(newer)
    merged = edit.rebase(old, new)
    assert merged.alias == "Edited alias"
    assert merged.school == "Hillside"
    assert merged.need_notes == {"5": "Edited note", "6": "New need"}


def test_a_draft_round_trips_and_a_half_typed_year_is_kept() -> None:
    record = aggregate()
    baseline = FamilyEdit.from_aggregate(record)
    edit = baseline.copy()
    edit.people[1].person.birth_year = "20"  # half typed
    edit.alias = "عائلة حداد"
    assert edit.differs_from(baseline)
    again, base = read_draft(draft_payload(edit, baseline))
    assert again == edit
    assert base == baseline


@pytest.mark.parametrize("payload", [b"[]", b'{"edit": {}}', b"not json"])
def test_a_broken_draft_is_refused(payload: bytes) -> None:
    with pytest.raises(ValueError, match=r"draft|Expecting"):
        read_draft(payload)
