"""Matching newcomer families with parent champions ("Friendly Faces"): the rule itself.

The Home-School Engagement toolkit's "Friendly Faces" scheme matched every new family
with an established parent *in the same class as their children*, who greeted them at
school events and answered their questions. A champion who shares the family's
language can do that without an interpreter. So a champion is suggested for what they
share with the family, scored in points:

=====================================  ======  =========================================
what they share                        points  shown to staff as
=====================================  ======  =========================================
same school and a child in the same     4      "same school and class"
class (and school year)
same school and a child in the same     3      "same school and year group"
year group (another or unknown class)
same school only                        2      "same school"
a language (``fa-AF`` matches ``fa``)   4      "speaks Arabic"
children of similar age (the closest    1      "children of similar age"
two at most :data:`SIMILAR_AGE_YEARS`
apart)
=====================================  ======  =========================================

Only the best of the three school lines counts. Closeness of age is worth less than
either a shared language or the same class, so it can never outrank them: two
champions are ordered by their points, then by how close their children's ages are,
then by free places (the less loaded champion first), then by registration order.

A champion is *eligible* only when they are not the family itself, are active, have a
free place, were never matched with this family before, and share the school or a
language: children of a similar age alone are no reason to introduce two families who
neither meet at the school gate nor can talk to each other.

Everything here is pure: the vault builds the :class:`FamilyProfile` and
:class:`ChampionProfile` values (:mod:`desktop_app.vault.repositories.champions`) and
the GUI shows :func:`reason_words`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from functools import lru_cache

from desktop_app.core.models import AgeBand
from desktop_app.i18n import _, current_language, ngettext
from desktop_app.i18n.locales import language_name

#: Points for what a champion shares with a family (see the module docstring).
SAME_CLASS_POINTS = 4
SAME_YEAR_POINTS = 3
SAME_SCHOOL_POINTS = 2
SHARED_LANGUAGE_POINTS = 4
SIMILAR_AGE_POINTS = 1
#: Children at most this many years apart count as "of similar age".
SIMILAR_AGE_YEARS = 2
#: The most a champion at another school can score (a language and similar ages): when
#: enough champions at the family's school score more, no other can enter the list.
BEST_WITHOUT_SCHOOL = SHARED_LANGUAGE_POINTS + SIMILAR_AGE_POINTS


class SchoolPlace(IntEnum):
    """How close a champion's children are to the family's at school (best first)."""

    NONE = 0
    SAME_SCHOOL = 1
    SAME_YEAR = 2
    SAME_CLASS = 3


_PLACE_POINTS = {
    SchoolPlace.NONE: 0,
    SchoolPlace.SAME_SCHOOL: SAME_SCHOOL_POINTS,
    SchoolPlace.SAME_YEAR: SAME_YEAR_POINTS,
    SchoolPlace.SAME_CLASS: SAME_CLASS_POINTS,
}

# ----------------------------------------------------------------- school years and ages

_YEAR_WORDS = {"nursery": -1, "n": -1, "reception": 0, "r": 0, "yr": 0}
_YEAR_NUMBER = re.compile(r"^(?:year|yr|y)?\s*(\d{1,2})$")
_BAND_AGES = {
    AgeBand.UNDER_5: 3,
    AgeBand.AGE_5_10: 8,
    AgeBand.AGE_11_15: 13,
    AgeBand.AGE_16_17: 16,
}


@lru_cache(maxsize=1024)
def year_index(school_year: str) -> int | None:
    """Return a school year as a number: Nursery −1, Reception 0, "Year 4" (or "Y4") 4.

    ``None`` when the text is empty or not a year group this rule knows.
    """
    text = " ".join(school_year.casefold().split())
    if not text:
        return None
    if text in _YEAR_WORDS:
        return _YEAR_WORDS[text]
    found = _YEAR_NUMBER.match(text)
    if found is None:
        return None
    number = int(found.group(1))
    return number if number <= 14 else None


@lru_cache(maxsize=1024)
def year_key(school_year: str) -> int | str | None:
    """Return what identifies a year group: its number, else its name; None when blank."""
    index = year_index(school_year)
    if index is not None:
        return index
    return normal_name(school_year) or None


def same_year(a: str, b: str) -> bool:
    """Whether two school years name the same year group ("Year 4" and "Y4")."""
    key = year_key(a)
    return key is not None and key == year_key(b)


def age_of_year(school_year: str) -> int | None:
    """Return the usual age of a child in a school year (Reception 5, Year 4 9)."""
    index = year_index(school_year)
    return None if index is None else index + 5


def child_age(
    school_year: str = "",
    birth_year: int | None = None,
    age_band: AgeBand | None = None,
    *,
    today: date,
) -> int | None:
    """Return a child's approximate age, from what is recorded (best source first)."""
    if birth_year is not None:
        return max(0, today.year - birth_year)
    from_year = age_of_year(school_year)
    if from_year is not None:
        return from_year
    if age_band is not None:
        return _BAND_AGES.get(AgeBand(age_band))
    return None


def same_school(a: str, b: str) -> bool:
    """Whether two school names are the same school (spacing and case aside)."""
    return bool(a.strip()) and normal_name(a) == normal_name(b)


@lru_cache(maxsize=4096)
def normal_name(text: str) -> str:
    """Return a name with runs of spaces as one and case folded, for comparing."""
    return " ".join(text.split()).casefold()


def primary_language(tag: str) -> str:
    """Return the primary subtag of a BCP 47 tag, lower case (``fa-AF`` → ``fa``)."""
    return tag.split("-")[0].strip().lower()


# ----------------------------------------------------------------------------- profiles


@dataclass(frozen=True, slots=True)
class ChildPlace:
    """A child as matching sees them: school year, class and approximate age."""

    school_year: str = ""
    class_name: str = ""
    age: int | None = None


@dataclass(frozen=True, slots=True)
class FamilyProfile:
    """The newcomer family: its school, the languages it speaks, its children."""

    household_id: int
    school: str = ""
    languages: tuple[str, ...] = ()  # BCP 47 tags
    children: tuple[ChildPlace, ...] = ()


@dataclass(frozen=True, slots=True)
class ChampionProfile:
    """A champion as matching sees them, with their current load."""

    champion_id: int
    household_id: int
    school: str = ""
    languages: tuple[str, ...] = ()
    year_groups: tuple[str, ...] = ()  # as registered
    children: tuple[ChildPlace, ...] = ()  # the champion family's own children
    capacity: int = 0  # how many families they can take
    live_matches: int = 0  # introductions under way
    active: bool = True
    already_matched: bool = False  # with this family, at any time

    @property
    def free_places(self) -> int:
        """Places left (never negative, even when over capacity)."""
        return max(0, self.capacity - self.live_matches)


@dataclass(frozen=True, slots=True)
class MatchScore:
    """Why a champion suits a family, and how much: :func:`score_match`'s answer."""

    champion_id: int
    place: SchoolPlace
    shared_languages: tuple[str, ...]  # the champion's tags that the family speaks
    shared_year_groups: tuple[str, ...]  # the champion's year groups the family has
    age_gap: int | None  # years between the closest two children; None: unknown
    free_places: int
    points: int

    @property
    def similar_age(self) -> bool:
        """Whether the closest children are at most :data:`SIMILAR_AGE_YEARS` apart."""
        return self.age_gap is not None and self.age_gap <= SIMILAR_AGE_YEARS

    def sort_key(self) -> tuple[int, int, int, int]:
        """Ascending order puts the best suggestion first (see the module docstring)."""
        gap = self.age_gap if self.age_gap is not None else 1_000
        return (-self.points, gap, -self.free_places, self.champion_id)


def points_for(place: SchoolPlace, shares_language: bool, similar_age: bool) -> int:
    """Return the points of a match: the table in the module docstring."""
    return (
        _PLACE_POINTS[place]
        + (SHARED_LANGUAGE_POINTS if shares_language else 0)
        + (SIMILAR_AGE_POINTS if similar_age else 0)
    )


@dataclass(frozen=True, slots=True)
class _Family:
    """A family profile with everything matching compares, worked out once per ranking."""

    profile: FamilyProfile
    school: str
    spoken: frozenset[str]
    years: frozenset[int | str]  # year keys of the children's school years
    classes: tuple[tuple[int | str | None, str], ...]  # (year key, class) per child
    ages: tuple[int, ...]

    @classmethod
    def of(cls, family: FamilyProfile) -> _Family:
        years = {year_key(c.school_year) for c in family.children}
        return cls(
            profile=family,
            school=normal_name(family.school),
            spoken=frozenset(primary_language(t) for t in family.languages if t.strip()),
            years=frozenset(y for y in years if y is not None),
            classes=tuple(
                (year_key(c.school_year), normal_name(c.class_name))
                for c in family.children
                if c.class_name.strip()
            ),
            ages=tuple(_ages(family.children)),
        )


def _place(family: _Family, champion: ChampionProfile) -> SchoolPlace:
    if not family.school or normal_name(champion.school) != family.school:
        return SchoolPlace.NONE
    for year, name in family.classes:
        for other in champion.children:
            if not other.class_name or normal_name(other.class_name) != name:
                continue
            # The same class name in two year groups ("Oak" in Year 2 and Year 5) is
            # two classes; when either year is unknown the class name decides.
            theirs = year_key(other.school_year)
            if year is None or theirs is None or theirs == year:
                return SchoolPlace.SAME_CLASS
    their_years = [*champion.year_groups, *(c.school_year for c in champion.children)]
    if any(year_key(y) in family.years for y in their_years):
        return SchoolPlace.SAME_YEAR
    return SchoolPlace.SAME_SCHOOL


def _ages(children: Iterable[ChildPlace], year_groups: Iterable[str] = ()) -> list[int]:
    ages = [c.age for c in children if c.age is not None]
    ages += _year_ages(tuple(year_groups))
    return ages


@lru_cache(maxsize=4096)
def _year_ages(year_groups: tuple[str, ...]) -> list[int]:
    # Champions share a few hundred combinations of year groups: worked out once each.
    return [a for a in (age_of_year(y) for y in year_groups) if a is not None]


def _gap(mine: Sequence[int], champion: ChampionProfile) -> int | None:
    if not mine:
        return None
    theirs = _ages(champion.children, champion.year_groups)
    gaps = [abs(a - b) for a in mine for b in theirs]
    return min(gaps) if gaps else None


def age_gap(family: FamilyProfile, champion: ChampionProfile) -> int | None:
    """Return the years between the closest child of the family and of the champion."""
    return _gap(_ages(family.children), champion)


_Found = tuple[tuple[int, int, int, int], SchoolPlace, tuple[str, ...], int | None, int]
"""What ranking keeps per eligible champion: sort key, place, languages, gap, free places."""


def _evaluate(family: _Family, champion: ChampionProfile) -> _Found | None:
    if champion.household_id == family.profile.household_id or not champion.active:
        return None
    free = champion.free_places
    if champion.already_matched or free <= 0:
        return None
    shared_languages = tuple(
        tag for tag in champion.languages if primary_language(tag) in family.spoken
    )
    place = _place(family, champion)
    if place is SchoolPlace.NONE and not shared_languages:
        return None
    gap = _gap(family.ages, champion)
    similar = gap is not None and gap <= SIMILAR_AGE_YEARS
    points = points_for(place, bool(shared_languages), similar)
    key = (-points, gap if gap is not None else 1_000, -free, champion.champion_id)
    return key, place, shared_languages, gap, free


def _score_of(family: _Family, champion: ChampionProfile, found: _Found) -> MatchScore:
    key, place, shared_languages, gap, free = found
    return MatchScore(
        champion_id=champion.champion_id,
        place=place,
        shared_languages=shared_languages,
        shared_year_groups=tuple(y for y in champion.year_groups if year_key(y) in family.years),
        age_gap=gap,
        free_places=free,
        points=-key[0],
    )


def score_match(family: FamilyProfile, champion: ChampionProfile) -> MatchScore | None:
    """Score a champion for a family, or ``None`` when they are not eligible.

    Not eligible: the champion is the family itself, paused or retired, full, was
    matched with this family before, or shares neither the school nor a language.
    """
    prepared = _Family.of(family)
    found = _evaluate(prepared, champion)
    return None if found is None else _score_of(prepared, champion, found)


def rank(
    family: FamilyProfile,
    champions: Iterable[ChampionProfile],
    *,
    limit: int | None = None,
    accept: Callable[[ChampionProfile], bool] | None = None,
) -> list[MatchScore]:
    """Return the eligible champions' scores, best first (the order staff see).

    Args:
        family: the newcomer family.
        champions: the champions to consider.
        limit: at most this many (the best).
        accept: asked best first, for champions the caller must check itself (the vault
            checks a champion's own consent this way: only as far down as needed).
    """
    prepared = _Family.of(family)
    found = []
    for champion in champions:
        evaluated = _evaluate(prepared, champion)
        if evaluated is not None:
            found.append((evaluated, champion))
    found.sort(key=lambda pair: pair[0][0])
    scores: list[MatchScore] = []
    for evaluated, champion in found:
        if limit is not None and len(scores) >= limit:
            break
        if accept is None or accept(champion):
            scores.append(_score_of(prepared, champion, evaluated))
    return scores


# ----------------------------------------------------------------------------- wording


def reason_words(score: MatchScore, language: str | None = None) -> list[str]:
    """Return why a champion was suggested, in plain words, most important first.

    Args:
        score: the match.
        language: the UI language for language names (default: the current one).
    """
    shown_in = language or current_language()
    words: list[str] = []
    if score.place is SchoolPlace.SAME_CLASS:
        words.append(_("same school and class"))
    elif score.place is SchoolPlace.SAME_YEAR:
        words.append(_("same school and year group"))
    elif score.place is SchoolPlace.SAME_SCHOOL:
        words.append(_("same school"))
    seen: set[str] = set()
    for tag in score.shared_languages:
        primary = primary_language(tag)
        if primary in seen:
            continue
        seen.add(primary)
        words.append(_("speaks {language}").format(language=language_name(tag, shown_in)))
    if score.similar_age:
        words.append(_("children of similar age"))
    return words


class Load(IntEnum):
    """How loaded a champion is."""

    HAS_ROOM = 0
    FULL = 1  # as many introductions as they can take: no longer suggested
    OVERLOADED = 2  # more than they can take (capacity lowered, or matched by hand)


def load_of(live: int, capacity: int) -> Load:
    """Return the load state of a champion with ``live`` introductions under way."""
    if live > capacity:
        return Load.OVERLOADED
    return Load.FULL if live == capacity else Load.HAS_ROOM


def load_words(live: int, capacity: int) -> str:
    """Return a champion's load in words: "1 of 2 families"."""
    return ngettext(
        "{live} of {capacity} family", "{live} of {capacity} families", capacity
    ).format(live=live, capacity=capacity)
