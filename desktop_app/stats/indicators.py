"""The indicators Hearth reports, declared in one place.

Each :class:`Indicator` has a stable id (what a payload and a DHIS2 mapping name), a
translatable title and definition, its dimensions and a version. An *additive*
indicator's cells are a table with margins: the interior combinations of options, every
margin and the grand total (``()``), tied by :class:`~desktop_app.stats.disclosure.Relation`
s so secondary suppression can protect them. A *non-additive* indicator (a household
counted once in each category it has) publishes its categories only, with no total,
because the categories overlap.

Counting rules shared by all indicators: only households whose statistics consent is
given *now* count (a withdrawal takes a household out of every aggregate computed
afterwards); periods are closed months or quarters; a household, contact, referral or
need is counted at most once in each cell. Raw counts come from
:class:`desktop_app.vault.repositories.aggregates.AggregatesRepository`.

**Children enrolled within 20 school days of arrival** cannot be computed from what
Hearth stores: it keeps a household's *arrival month* only (no arrival day, by design),
no enrolment or start date for a child, and no school calendar to count school days.
What the data supports is :data:`ARRIVED_CHILDREN` — children of households that
arrived in the period, by whether a school year or class is recorded for them.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from desktop_app.core.models import ContactKind, EventKind, NeedCategory
from desktop_app.i18n import N_
from desktop_app.stats.disclosure import CellKey, Relation, Table
from desktop_app.vault.repositories.aggregates import PeriodCounts

INDICATOR_VERSION = "2"
"""The version of this set of definitions, carried by every payload. Change it (and
the changed indicator's own ``version``) whenever a definition changes meaning.
Version 2: event attendance gained the kinds *ESOL session for parents* and
*graduation or celebration* (counted as workshops or other events before)."""

OTHER = "other"

LANGUAGE_GROUPS: tuple[str, ...] = (
    "ar", "fa", "ps", "uk", "ru", "ti", "am", "so", "ckb", "kmr", "ur", "bn",
    "ro", "pl", "tr", "sq", "es", "pt", "fr", OTHER,
)  # fmt: skip
"""Languages reported on their own; every other (smaller) language is grouped as
``other``. A fixed list, so a receiving system can map each group once."""

_LANGUAGE_ALIASES = {"prs": "fa", "ku": "kmr"}


def language_group(tag: str) -> str:
    """Return the reporting group of a BCP 47 tag (``fa-AF`` → ``fa``, ``xx`` → other)."""
    primary = tag.split("-")[0].strip().lower()
    primary = _LANGUAGE_ALIASES.get(primary, primary)
    return primary if primary in LANGUAGE_GROUPS else OTHER


_QUALIFIED = ("qualified_in_person", "qualified_phone", "qualified_video")
INTERPRETER_GROUPS: tuple[str, ...] = ("qualified", "family_member", "child", "none")


def interpreter_group(mode: str) -> str:
    """Return the reporting group of an interpreter mode."""
    return "qualified" if mode in _QUALIFIED else mode


@dataclass(frozen=True, slots=True)
class Dimension:
    """A way an indicator is broken down: an id, a title and its options (codes)."""

    id: str
    title: str  # marked with N_(): translate when shown
    options: tuple[str, ...]


LANGUAGE = Dimension("language_group", N_("Language group"), LANGUAGE_GROUPS)
NEED = Dimension("need_category", N_("Need category"), tuple(c.value for c in NeedCategory))
CONTACT_KIND = Dimension("contact_kind", N_("Kind of contact"), tuple(k.value for k in ContactKind))
INTERPRETER = Dimension("interpreter", N_("Interpreter"), INTERPRETER_GROUPS)
EVENT_KIND = Dimension("event_kind", N_("Kind of event"), tuple(k.value for k in EventKind))
MET_IN_TIME = Dimension("met_within_90_days", N_("Met within 90 days"), ("yes", "no"))
SCHOOL_PLACE = Dimension(
    "school_place", N_("School year or class recorded"), ("recorded", "not_recorded")
)

Interior = dict[tuple[str, ...], int]
"""Counts of the interior cells: a tuple of options, one per dimension, in order."""


@dataclass(frozen=True, slots=True)
class Indicator:
    """One published indicator.

    Attributes:
        id: stable identifier (payloads, mappings).
        title: short title, marked with ``N_()``.
        definition: what exactly is counted, marked with ``N_()``.
        dimensions: the breakdowns, in order.
        count: reads the interior counts from a period's raw counts.
        additive: whether margins and a total are published (the options partition
            what is counted).
        interior: for two dimensions, whether the cross-tabulated cells are published
            (False: only each dimension's margin and the total).
        version: bumped when the definition changes meaning.
    """

    id: str
    title: str
    definition: str
    dimensions: tuple[Dimension, ...]
    count: Callable[[PeriodCounts], Interior]
    additive: bool = True
    interior: bool = True
    version: int = 1

    @property
    def depth(self) -> int:
        """How many dimensions a published cell may fix at most."""
        if not self.additive or self.interior:
            return len(self.dimensions)
        return min(1, len(self.dimensions))

    def cells(self) -> list[CellKey]:
        """Every published cell's key, sorted (interior, margins, total)."""
        if not self.additive:
            return sorted(_key(self.dimensions, combo) for combo in self._combos())
        keys = []
        for size in range(self.depth + 1):
            for chosen in itertools.combinations(self.dimensions, size):
                for options in itertools.product(*(d.options for d in chosen)):
                    keys.append(tuple(sorted(zip((d.id for d in chosen), options, strict=True))))
        return sorted(keys)

    def relations(self, keys: Iterable[CellKey] | None = None) -> tuple[Relation, ...]:
        """The margins: each cell fixing fewer dimensions is the sum of its parts.

        With ``keys``, only relations whose cells are all among them (a merged table
        may lack some cells).
        """
        if not self.additive:
            return ()
        present = set(self.cells() if keys is None else keys)
        found = []
        for key in sorted(present):
            fixed = {d for d, _ in key}
            if len(fixed) >= self.depth:
                continue
            for dimension in self.dimensions:
                if dimension.id in fixed:
                    continue
                parts = tuple(
                    tuple(sorted((*key, (dimension.id, option)))) for option in dimension.options
                )
                if all(p in present for p in parts):
                    found.append(Relation(key, parts))
        return tuple(found)

    def table(self, counts: PeriodCounts) -> Table:
        """Return this indicator's table of true counts for a period."""
        interior = self.count(counts)
        unknown = set(interior) - set(self._combos())
        if unknown:
            raise ValueError(f"{self.id}: counts for undeclared options")
        values: dict[CellKey, int] = {}
        for key in self.cells():
            wanted = dict(key)
            values[key] = sum(
                n
                for combo, n in interior.items()
                if all(
                    wanted.get(d.id, o) == o for d, o in zip(self.dimensions, combo, strict=True)
                )
            )
        return Table(self.id, values, self.relations())

    def _combos(self) -> list[tuple[str, ...]]:
        return list(itertools.product(*(d.options for d in self.dimensions)))


def _key(dimensions: Sequence[Dimension], combo: Sequence[str]) -> CellKey:
    return tuple(sorted(zip((d.id for d in dimensions), combo, strict=True)))


def _grouped(counts: Mapping[str, int], group: Callable[[str], str]) -> Interior:
    out: Interior = {}
    for key, n in counts.items():
        combo = (group(key),)
        out[combo] = out.get(combo, 0) + n
    return out


def _by_option(counts: Mapping[str, int]) -> Interior:
    return {(key,): n for key, n in counts.items()}


def _contacts(counts: PeriodCounts) -> Interior:
    out: Interior = {}
    for (kind, mode), n in counts.contacts_by_kind_and_interpreter.items():
        combo = (kind, interpreter_group(mode))
        out[combo] = out.get(combo, 0) + n
    return out


def _met(counts: PeriodCounts) -> Interior:
    out: Interior = {}
    for (_category, in_time), n in counts.needs_met_by_category_and_timeliness.items():
        out[(in_time,)] = out.get((in_time,), 0) + n
    return out


NEW_HOUSEHOLDS = Indicator(
    "new_households",
    N_("New households"),
    N_("Households whose first consent (their intake in Hearth) was recorded in the period."),
    (LANGUAGE,),
    lambda c: _grouped(c.new_households_by_language, language_group),
)
HOUSEHOLDS_SUPPORTED = Indicator(
    "households_supported",
    N_("Households supported, by language"),
    N_(
        "Households open at any time in the period (registered before its end, not closed "
        "before its start), by their preferred language; smaller languages are grouped "
        "as other."
    ),
    (LANGUAGE,),
    lambda c: _grouped(c.supported_households_by_language, language_group),
)
OPEN_NEED_HOUSEHOLDS = Indicator(
    "households_with_open_need",
    N_("Households with an open need"),
    N_(
        "Households with at least one need identified before the end of the period and "
        "still open (identified, signposted or referred) on its last day."
    ),
    (),
    lambda c: {(): c.open_need_households},
)
OPEN_NEED_BY_CATEGORY = Indicator(
    "households_with_open_need_by_category",
    N_("Households with an open need, by category"),
    N_(
        "For each need category, households with an open need of that category on the "
        "last day of the period. A household with several needs counts in each of their "
        "categories, so there is no total."
    ),
    (NEED,),
    lambda c: _by_option(c.open_need_households_by_category),
    additive=False,
)
REFERRALS_MADE = Indicator(
    "referrals_made",
    N_("Referrals made, by need category"),
    N_("Referrals to a service made in the period, by the category of the need referred."),
    (NEED,),
    lambda c: _by_option(c.referrals_made_by_category),
)
REFERRALS_COMPLETED = Indicator(
    "referrals_completed",
    N_("Referrals completed, by need category"),
    N_("Referrals marked completed in the period, by the category of the need referred."),
    (NEED,),
    lambda c: _by_option(c.referrals_completed_by_category),
)
CONTACTS = Indicator(
    "contacts",
    N_("Contacts, by kind and by interpreter"),
    N_(
        "Contacts with households in the period, by kind of contact and, separately, by "
        "who interpreted: a qualified interpreter (in person, phone or video), a family "
        "member, a child, or nobody."
    ),
    (CONTACT_KIND, INTERPRETER),
    _contacts,
    interior=False,
)
CHAMPION_INTRODUCTIONS = Indicator(
    "champion_introductions",
    N_("Parent champion introductions"),
    N_("Households introduced to a parent champion in the period."),
    (),
    lambda c: {(): c.champion_introductions},
)
EVENT_ATTENDANCE = Indicator(
    "event_attendance",
    N_("Event attendance, by kind of event"),
    N_("Households attending events held in the period (one per household and event)."),
    (EVENT_KIND,),
    lambda c: _by_option(c.attendance_by_event_kind),
    version=2,  # ESOL sessions and celebrations became kinds of their own
)
NEEDS_MET = Indicator(
    "needs_met",
    N_("Needs met, and whether within 90 days"),
    N_(
        "Needs marked met in the period, by whether they were met within 90 days of "
        "being identified."
    ),
    (MET_IN_TIME,),
    _met,
)
ARRIVED_CHILDREN = Indicator(
    "arrived_children_school_place",
    N_("Children arrived, by school place recorded"),
    N_(
        "Children of households that arrived in the period, by whether a school year or "
        "class is recorded for them when the figures are made. (Hearth does not store "
        "arrival days, enrolment dates or school calendars, so enrolment within 20 "
        "school days cannot be counted.)"
    ),
    (SCHOOL_PLACE,),
    lambda c: _by_option(c.arrived_children_by_school_place),
)

INDICATORS: tuple[Indicator, ...] = (
    NEW_HOUSEHOLDS,
    HOUSEHOLDS_SUPPORTED,
    OPEN_NEED_HOUSEHOLDS,
    OPEN_NEED_BY_CATEGORY,
    REFERRALS_MADE,
    REFERRALS_COMPLETED,
    CONTACTS,
    CHAMPION_INTRODUCTIONS,
    EVENT_ATTENDANCE,
    NEEDS_MET,
    ARRIVED_CHILDREN,
)
"""Every indicator, in the order they are shown and sent."""

_BY_ID = {indicator.id: indicator for indicator in INDICATORS}


def indicator(indicator_id: str) -> Indicator:
    """Return the indicator with this id.

    Raises:
        KeyError: no such indicator.
    """
    return _BY_ID[indicator_id]


def relations_for(indicator_id: str, keys: Iterable[CellKey]) -> tuple[Relation, ...]:
    """Return the relations among ``keys`` of an indicator (none for unknown ids)."""
    found = _BY_ID.get(indicator_id)
    return () if found is None else found.relations(keys)


def tables(counts: PeriodCounts) -> list[Table]:
    """Return every indicator's table of true counts for a period."""
    return [ind.table(counts) for ind in INDICATORS]
