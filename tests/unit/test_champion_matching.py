"""The champion-matching rule (core.champions): eligibility, points, order, words."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core import champions as rule
from desktop_app.core.champions import (
    ChampionProfile,
    ChildPlace,
    FamilyProfile,
    Load,
    SchoolPlace,
    rank,
    reason_words,
    score_match,
)
from desktop_app.core.models import AgeBand

TODAY = date(2026, 3, 10)
SCHOOL = "Riverside Primary School"

FAMILY = FamilyProfile(
    household_id=1,
    school=SCHOOL,
    languages=("ar",),
    children=(ChildPlace("Year 3", "Oak", 8),),
)


def champion(champion_id: int, **fields: object) -> ChampionProfile:
    values: dict[str, object] = {
        "champion_id": champion_id,
        "household_id": 100 + champion_id,
        "capacity": 2,
    }
    values.update(fields)
    return ChampionProfile(**values)  # type: ignore[arg-type]


def test_language_and_class_beat_closeness_of_age_on_a_crafted_set() -> None:
    same_class = champion(1, school=SCHOOL, children=(ChildPlace("Year 3", "Oak", 8),))
    # Same school, the children a year apart: close in age, nothing else.
    close_in_age = champion(2, school=SCHOOL, children=(ChildPlace("Year 4", "Elm", 9),))
    # Another school, speaks Arabic, children far older.
    speaks_arabic = champion(
        3, school="Hillside Academy", languages=("ar",), year_groups=("Year 11",)
    )
    # Same school, speaks Arabic, children far older.
    school_and_arabic = champion(
        4, school=SCHOOL, languages=("ar",), children=(ChildPlace("Year 10", "10B", 15),)
    )
    # Same school and year group, another class, same age.
    same_year = champion(5, school=SCHOOL, children=(ChildPlace("Year 3", "Willow", 8),))
    ranked = rank(FAMILY, [close_in_age, speaks_arabic, same_class, school_and_arabic, same_year])
    order = [s.champion_id for s in ranked]
    assert order == [4, 1, 5, 3, 2]
    by_id = {s.champion_id: s for s in ranked}
    assert by_id[1].place is SchoolPlace.SAME_CLASS
    assert by_id[2].age_gap == 1
    assert by_id[2].similar_age
    assert by_id[3].age_gap == 8
    assert not by_id[3].similar_age
    # The one closest in age comes last: shared language and class outrank it.
    assert order.index(3) < order.index(2)
    assert order.index(1) < order.index(2)


def test_who_is_never_suggested() -> None:
    good = {"school": SCHOOL, "languages": ("ar",)}
    never = [
        champion(1, household_id=FAMILY.household_id, **good),  # the family itself
        champion(2, capacity=1, live_matches=1, **good),  # full
        champion(3, capacity=1, live_matches=3, **good),  # over capacity
        champion(4, active=False, **good),  # paused or retired
        champion(5, already_matched=True, **good),  # matched with this family before
        champion(6, capacity=0, **good),  # takes no families
        # Shares only the children's age: no school, no language in common.
        champion(7, school="Hillside Academy", languages=("so",), year_groups=("Year 3",)),
    ]
    assert rank(FAMILY, never) == []
    for profile in never:
        assert score_match(FAMILY, profile) is None


def test_ties_go_to_the_closer_age_then_the_champion_with_more_room() -> None:
    a = champion(1, languages=("ar",), year_groups=("Year 6",), capacity=3)
    b = champion(2, languages=("ar",), year_groups=("Year 4",), capacity=1)
    c = champion(3, languages=("ar",), year_groups=("Year 4",), capacity=3)
    assert [s.champion_id for s in rank(FAMILY, [a, b, c])] == [3, 2, 1]


def test_regional_language_tags_match_their_language() -> None:
    family = FamilyProfile(2, languages=("fa-AF",))
    found = score_match(family, champion(1, languages=("fa", "en")))
    assert found is not None
    assert found.shared_languages == ("fa",)
    assert score_match(family, champion(2, languages=("ps",))) is None


def test_class_names_in_two_year_groups_are_two_classes() -> None:
    other_year_oak = champion(1, school=SCHOOL, children=(ChildPlace("Year 5", "Oak", 10),))
    found = score_match(FAMILY, other_year_oak)
    assert found is not None
    assert found.place is SchoolPlace.SAME_SCHOOL
    unknown_year_oak = champion(2, school=SCHOOL, children=(ChildPlace("", "oak", None),))
    found = score_match(FAMILY, unknown_year_oak)
    assert found is not None
    assert found.place is SchoolPlace.SAME_CLASS


def test_schools_compare_without_case_or_spacing() -> None:
    found = score_match(FAMILY, champion(1, school="  riverside  primary school"))
    assert found is not None
    assert found.place is SchoolPlace.SAME_SCHOOL


def test_reasons_in_words() -> None:
    found = score_match(
        FAMILY,
        champion(1, school=SCHOOL, languages=("ar",), children=(ChildPlace("Year 3", "Oak", 8),)),
    )
    assert found is not None
    assert reason_words(found, "en") == [
        "same school and class",
        "speaks Arabic",
        "children of similar age",
    ]
    year = score_match(FAMILY, champion(2, school=SCHOOL, year_groups=("Y3",)))
    assert year is not None
    assert reason_words(year, "en") == ["same school and year group", "children of similar age"]


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("Year 4", 4),
        ("year  4", 4),
        ("Y4", 4),
        ("4", 4),
        ("Reception", 0),
        ("R", 0),
        ("Nursery", -1),
        ("Year 13", 13),
        ("", None),
        ("Form 2", None),
        ("Year 40", None),
    ],
)
def test_year_index(text: str, index: int | None) -> None:
    assert rule.year_index(text) == index


def test_child_age_prefers_the_birth_year() -> None:
    assert rule.child_age("Year 4", 2015, None, today=TODAY) == 11
    assert rule.child_age("Year 4", None, None, today=TODAY) == 9
    assert rule.child_age("", None, AgeBand.AGE_11_15, today=TODAY) == 13
    assert rule.child_age("", None, None, today=TODAY) is None


def test_load_states() -> None:
    assert rule.load_of(1, 2) is Load.HAS_ROOM
    assert rule.load_of(2, 2) is Load.FULL
    assert rule.load_of(3, 2) is Load.OVERLOADED
    assert rule.load_words(1, 2) == "1 of 2 families"
    assert rule.load_words(1, 1) == "1 of 1 family"


# ------------------------------------------------------------------ properties

_years = st.sampled_from(["Reception", "Year 1", "Year 3", "Year 6", "Year 9", "Year 12", ""])
_children = st.lists(
    st.builds(
        ChildPlace,
        school_year=_years,
        class_name=st.sampled_from(["", "Oak", "Elm"]),
        age=st.one_of(st.none(), st.integers(0, 18)),
    ),
    max_size=3,
)


@given(
    family_children=_children,
    with_language=_children,
    without_language=_children,
    place_school=st.sampled_from([SCHOOL, "Hillside Academy"]),
)
def test_a_shared_language_always_outranks_any_closeness_of_age(
    family_children: list[ChildPlace],
    with_language: list[ChildPlace],
    without_language: list[ChildPlace],
    place_school: str,
) -> None:
    family = FamilyProfile(1, SCHOOL, ("ar",), tuple(family_children))
    speaks = champion(1, school=place_school, languages=("ar",), children=tuple(with_language))
    silent = champion(2, school=place_school, languages=("so",), children=tuple(without_language))
    a, b = score_match(family, speaks), score_match(family, silent)
    assert a is not None
    if b is not None and a.place is b.place:
        assert a.sort_key() < b.sort_key()


@given(family_year=_years, other_children=_children, other_age=st.integers(0, 18))
def test_the_same_class_always_outranks_any_closeness_of_age(
    family_year: str, other_children: list[ChildPlace], other_age: int
) -> None:
    family = FamilyProfile(1, SCHOOL, ("ar",), (ChildPlace(family_year, "Oak", other_age),))
    classmate = champion(1, school=SCHOOL, children=(ChildPlace(family_year, "Oak", None),))
    # Another school: only age can speak for it, and it needs a language to be eligible.
    other = champion(
        2,
        school="Hillside Academy",
        languages=("ar",),
        children=(*other_children, ChildPlace("", "", other_age)),
    )
    a, b = score_match(family, classmate), score_match(family, other)
    assert a is not None
    assert b is not None
    assert a.place is SchoolPlace.SAME_CLASS
    # Class against language: both beat age, so neither wins by closeness of age alone.
    assert a.points - rule.SIMILAR_AGE_POINTS <= b.points <= a.points + rule.SIMILAR_AGE_POINTS
    same_school_close = champion(3, school=SCHOOL, children=(ChildPlace("", "Elm", other_age),))
    c = score_match(family, same_school_close)
    assert c is not None
    assert c.age_gap == 0
    assert a.sort_key() < c.sort_key()
