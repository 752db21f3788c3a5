"""Disclosure control: what makes a table of counts safe to leave the laptop.

Pure Python, no vault. A :class:`Table` is one indicator's cells (true counts keyed by
their ``(dimension, option)`` pairs) and the additive *relations* between them — a total
(or margin) cell equal to the sum of its part cells. :func:`protect` turns it into
published values in four steps:

1. **Primary suppression**: every count from 1 to k−1 (k = :attr:`DisclosureRules.threshold`,
   default 5, never below 3) is hidden.
2. **Secondary suppression**: a relation holding exactly one hidden cell would give it
   away (total minus the rest), so another cell of that relation is hidden too — the
   smallest non-zero part first, the total only when no part is left — until every
   relation holds none or at least two hidden cells.
3. **The check**: the exact feasible range of every hidden cell, given everything
   published and that counts are whole and never negative, is computed by linear
   programming (a small exact simplex over fractions: :func:`feasible_ranges`). A
   hidden cell whose range is a single number is pinned; another cell of one of its
   relations is hidden and the check runs again. The relations of one- and two-way
   tables with margins form a totally unimodular system, so the linear-programming
   bounds are attained by whole numbers: the ranges are exact, not merely outer bounds.
4. **Rounding** (optional) of the published numbers to a base, e.g. 5; rounding only
   widens what an outsider can infer, so the check of step 3 (on unrounded numbers) is
   the stricter one. A rounded count never lands in 1..k−1.

Optional differential-privacy noise (:class:`DisclosureRules.noise_scale`) adds discrete
Laplace noise to every cell through the OpenDP library before step 1. Noisy cells are
independent draws, so a total minus its parts gives only another noisy number: with
noise the relations are not used for secondary suppression. The privacy budget ε is
reported per release (sequential composition over the cells, each a count to which one
household contributes at most once — an assumption the indicator definitions state).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from fractions import Fraction
from typing import Any, Protocol, TypeVar

from desktop_app.core.errors import UserFacingError
from desktop_app.i18n import _
from desktop_app.stats.payload import PublishedValue, Suppression

CellKey = tuple[tuple[str, str], ...]
"""A cell's ``(dimension, option)`` pairs, sorted; ``()`` is the grand total."""

MIN_THRESHOLD = 3
DEFAULT_THRESHOLD = 5


class DisclosureRulesError(UserFacingError):
    """Disclosure settings that would not protect anyone."""

    exit_code = 2


@dataclass(frozen=True, slots=True)
class DisclosureRules:
    """How a table is protected.

    Attributes:
        threshold: k — counts from 1 to k−1 are suppressed (at least 3).
        rounding_base: publish multiples of this (1: no rounding).
        noise_scale: the scale of discrete Laplace noise added to each count through
            OpenDP (``None``: no noise).
    """

    threshold: int = DEFAULT_THRESHOLD
    rounding_base: int = 1
    noise_scale: float | None = None

    def __post_init__(self) -> None:
        if self.threshold < MIN_THRESHOLD:
            raise DisclosureRulesError(
                _("A threshold of {threshold} is too low to protect families.").format(
                    threshold=self.threshold
                ),
                hint=_("Use a threshold of {minimum} or more (5 is usual).").format(
                    minimum=MIN_THRESHOLD
                ),
            )
        if self.rounding_base < 1:
            raise DisclosureRulesError(
                _("Counts can only be rounded to a base of 1 or more."),
                hint=_("Use 1 for no rounding, or for example 5."),
            )
        if self.noise_scale is not None and not (
            math.isfinite(self.noise_scale) and self.noise_scale > 0
        ):
            raise DisclosureRulesError(
                _("The noise scale must be a positive number."),
                hint=_("Leave noise off, or use for example 2."),
            )


@dataclass(frozen=True, slots=True)
class Relation:
    """``total`` equals the sum of ``parts`` (a margin of a table)."""

    total: CellKey
    parts: tuple[CellKey, ...]

    @property
    def cells(self) -> tuple[CellKey, ...]:
        """The total and its parts."""
        return (self.total, *self.parts)


@dataclass(frozen=True, slots=True)
class Table:
    """One indicator's true counts and the relations between its cells."""

    indicator: str
    values: Mapping[CellKey, int]
    relations: tuple[Relation, ...] = ()


@dataclass(frozen=True, slots=True)
class FeasibleRange:
    """What an outsider can work out about a hidden cell: ``low ≤ value ≤ high``.

    ``high`` is ``None`` when nothing published bounds the cell from above.
    """

    low: int
    high: int | None

    @property
    def pinned(self) -> bool:
        """Whether the published numbers give the cell away exactly."""
        return self.high is not None and self.high == self.low

    def contains(self, value: int) -> bool:
        """Whether ``value`` is within the range."""
        return self.low <= value and (self.high is None or value <= self.high)


@dataclass(frozen=True, slots=True)
class ProtectedTable:
    """A table after disclosure control: its published values and the evidence."""

    indicator: str
    values: tuple[PublishedValue, ...]
    ranges: Mapping[CellKey, FeasibleRange] = field(default_factory=dict)
    epsilon: float = 0.0

    def value(self, key: CellKey) -> PublishedValue:
        """Return the published value of one cell."""
        for value in self.values:
            if value.dimensions == key:
                return value
        raise KeyError(key)


# ---------------------------------------------------------------- suppression


def primary_suppression(values: Mapping[CellKey, int], threshold: int) -> set[CellKey]:
    """Return the cells whose count is from 1 to ``threshold`` − 1."""
    return {key for key, count in values.items() if 0 < count < threshold}


def relation_is_safe(relation: Relation, suppressed: set[CellKey]) -> bool:
    """Whether a relation holds no hidden cell or at least two."""
    return sum(1 for cell in relation.cells if cell in suppressed) != 1


def secondary_suppression(table: Table, suppressed: Iterable[CellKey]) -> set[CellKey]:
    """Hide more cells until no relation holds exactly one hidden cell.

    Returns the whole hidden set (``suppressed`` plus the complements).
    """
    hidden = set(suppressed)
    changed = True
    while changed:
        changed = False
        for relation in table.relations:
            if not relation_is_safe(relation, hidden):
                hidden.add(_complement(table, relation, hidden))
                changed = True
    return hidden


def _complement(table: Table, relation: Relation, hidden: set[CellKey]) -> CellKey:
    """Choose the cell to hide next in ``relation``: the smallest non-zero part."""
    parts = [p for p in relation.parts if p not in hidden]
    if parts:
        # Non-zero first (hiding a zero protects little), then smallest, then stable.
        return min(parts, key=lambda p: (table.values[p] == 0, table.values[p], p))
    if relation.total not in hidden:
        return relation.total
    raise AssertionError("a relation with every cell hidden is already safe")


def suppress(
    table: Table, threshold: int, *, already: Iterable[CellKey] = ()
) -> tuple[set[CellKey], dict[CellKey, FeasibleRange]]:
    """Primary and secondary suppression, repeated until no hidden cell is pinned.

    Args:
        table: the counts and their relations.
        threshold: k.
        already: cells hidden before (a coordinator's cells whose number never left
            their device).

    Returns the hidden cells and each one's feasible range from the published numbers.
    """
    hidden = secondary_suppression(
        table, primary_suppression(table.values, threshold) | set(already)
    )
    while True:
        ranges = feasible_ranges(table, hidden)
        pinned = [key for key, found in sorted(ranges.items()) if found.pinned]
        grown = False
        for key in pinned:
            for relation in table.relations:
                if key in relation.cells and any(c not in hidden for c in relation.cells):
                    hidden.add(_complement(table, relation, hidden))
                    grown = True
                    break
            if grown:
                break
        if not grown:
            return hidden, ranges
        hidden = secondary_suppression(table, hidden)


# ---------------------------------------------------------------- the check


def feasible_ranges(
    table: Table,
    hidden: Iterable[CellKey],
    published: Mapping[CellKey, int] | None = None,
) -> dict[CellKey, FeasibleRange]:
    """Return every hidden cell's exact feasible range given the published numbers.

    The unknowns are the hidden cells (whole, never negative); every relation is an
    equation over them with the published cells as constants. Each cell's minimum and
    maximum are found by linear programming. Only published numbers are used: the true
    values of hidden cells never enter the computation.

    Args:
        table: the table (its relations, and its published cells' numbers).
        hidden: the cells that are not published.
        published: the published numbers, when they differ from ``table.values``.
    """
    hidden_cells = sorted(set(hidden))
    if not hidden_cells:
        return {}
    numbers = table.values if published is None else published
    index = {key: i for i, key in enumerate(hidden_cells)}
    rows: list[list[Fraction]] = []
    rhs: list[Fraction] = []
    for relation in table.relations:
        row = [Fraction(0)] * len(hidden_cells)
        constant = 0
        for sign, cell in [(-1, relation.total)] + [(1, p) for p in relation.parts]:
            if cell in index:
                row[index[cell]] += sign
            else:
                constant += sign * numbers[cell]
        if any(row):
            rows.append(row)
            rhs.append(Fraction(-constant))
    if not rows:
        return {key: FeasibleRange(0, None) for key in hidden_cells}
    start = _feasible_basis(rows, rhs, len(hidden_cells))
    if start is None:
        raise ValueError("the published numbers contradict each other")
    ranges = {}
    for key, i in index.items():
        high = _optimise(start, i, len(hidden_cells), maximise=True)
        low = _optimise(start, i, len(hidden_cells), maximise=False)
        assert low is not None  # bounded below by zero
        ranges[key] = FeasibleRange(math.ceil(low), None if high is None else math.floor(high))
    return ranges


_Tableau = tuple[list[list[Fraction]], list[int]]


def _feasible_basis(rows: list[list[Fraction]], rhs: list[Fraction], n: int) -> _Tableau | None:
    """Phase one of the simplex method: a basic feasible solution of ``rows·x = rhs``."""
    m = len(rows)
    tableau = []
    for r, (row, b) in enumerate(zip(rows, rhs, strict=True)):
        sign = -1 if b < 0 else 1
        artificial = [Fraction(1 if j == r else 0) for j in range(m)]
        tableau.append([sign * v for v in row] + artificial + [sign * b])
    basis = [n + r for r in range(m)]
    cost = [Fraction(0)] * n + [Fraction(-1)] * m
    if _simplex(tableau, basis, cost) is None:
        raise AssertionError("phase one is bounded")
    if any(tableau[r][-1] != 0 for r in range(m) if basis[r] >= n):
        return None
    # Drive the (zero) artificials out of the basis; a row that cannot is redundant.
    keep = []
    for r in range(m):
        if basis[r] >= n:
            column = next((j for j in range(n) if tableau[r][j] != 0), None)
            if column is None:
                continue
            _pivot(tableau, basis, r, column)
        keep.append(r)
    trimmed = [[*tableau[r][:n], tableau[r][-1]] for r in keep]
    return trimmed, [basis[r] for r in keep]


def _optimise(start: _Tableau, variable: int, n: int, *, maximise: bool) -> Fraction | None:
    """Phase two: the max (or min) of one variable; ``None`` when unbounded."""
    tableau = [row[:] for row in start[0]]
    basis = start[1][:]
    cost = [Fraction(0)] * n
    cost[variable] = Fraction(1 if maximise else -1)
    if _simplex(tableau, basis, cost) is None:
        return None
    for r, b in enumerate(basis):
        if b == variable:
            return tableau[r][-1]
    return Fraction(0)


def _simplex(
    tableau: list[list[Fraction]], basis: list[int], cost: Sequence[Fraction]
) -> bool | None:
    """Maximise ``cost·x`` from a feasible basis (Bland's rule: no cycling).

    Returns True at the optimum, None when unbounded.
    """
    columns = len(cost)
    while True:
        entering = -1
        for j in range(columns):
            if j in basis:
                continue
            reduced = cost[j] - sum(
                (cost[b] * tableau[r][j] for r, b in enumerate(basis) if tableau[r][j]),
                Fraction(0),
            )
            if reduced > 0:
                entering = j
                break
        if entering < 0:
            return True
        leaving = -1
        best: tuple[Fraction, int] | None = None
        for r, row in enumerate(tableau):
            if row[entering] > 0:
                candidate = (row[-1] / row[entering], basis[r])
                if best is None or candidate < best:
                    best, leaving = candidate, r
        if leaving < 0:
            return None
        _pivot(tableau, basis, leaving, entering)


def _pivot(tableau: list[list[Fraction]], basis: list[int], r: int, column: int) -> None:
    pivot_row = tableau[r]
    value = pivot_row[column]
    if value != 1:
        pivot_row = [v / value for v in pivot_row]
        tableau[r] = pivot_row
    for i, row in enumerate(tableau):
        factor = row[column]
        if i != r and factor != 0:
            tableau[i] = [a - factor * b for a, b in zip(row, pivot_row, strict=True)]
    basis[r] = column


# ---------------------------------------------------------------- rounding and noise


def round_count(value: int, base: int, threshold: int) -> int:
    """Round a published count to the nearest multiple of ``base`` (halves go up).

    A count of ``threshold`` or more never rounds down into 1..k−1: it goes up to the
    first multiple of ``base`` that is at least ``threshold``.
    """
    if base <= 1 or value == 0:
        return value
    rounded = (2 * value + base) // (2 * base) * base
    if 0 < rounded < threshold or (rounded == 0 and value >= threshold):
        rounded = -(-threshold // base) * base
    return rounded


Noise = Callable[[int], int]
"""Adds noise to one count (a mechanism); returns the noisy count."""


def opendp_noise(scale: float) -> tuple[Noise, float]:
    """Return OpenDP's discrete Laplace mechanism at ``scale`` and its ε per count.

    ε is what OpenDP's privacy map reports for a count one household changes by at
    most one.
    """
    import opendp.prelude as dp

    dp.enable_features("contrib")
    mechanism = dp.m.make_laplace(
        dp.atom_domain(T=int), dp.absolute_distance(T=int), scale=float(scale)
    )
    epsilon = float(mechanism.map(1))  # type: ignore[no-untyped-call]

    def add(count: int) -> int:
        return int(mechanism(count))

    return add, epsilon


# ---------------------------------------------------------------- protect


def protect(
    table: Table, rules: DisclosureRules, *, noise: tuple[Noise, float] | None = None
) -> ProtectedTable:
    """Apply disclosure control to one table and return what may be published.

    Args:
        table: the true counts.
        rules: threshold, rounding, noise.
        noise: a mechanism and its ε per count (tests inject one); by default OpenDP's
            when ``rules.noise_scale`` is set.
    """
    epsilon = 0.0
    if rules.noise_scale is not None or noise is not None:
        add, per_count = noise or opendp_noise(float(rules.noise_scale or 1.0))
        # Post-processing keeps the guarantee: clamp at zero, then suppress small ones.
        noisy = {key: max(0, add(count)) for key, count in sorted(table.values.items())}
        epsilon = per_count * len(noisy)
        table = Table(table.indicator, noisy, ())
    hidden, ranges = suppress(table, rules.threshold)
    primary = primary_suppression(table.values, rules.threshold)
    values = []
    for key in sorted(table.values):
        if key in hidden:
            reason = Suppression.PRIMARY if key in primary else Suppression.SECONDARY
            values.append(PublishedValue(table.indicator, key, None, reason))
        else:
            count = round_count(table.values[key], rules.rounding_base, rules.threshold)
            values.append(PublishedValue(table.indicator, key, count))
    return ProtectedTable(table.indicator, tuple(values), ranges, epsilon)


# ---------------------------------------------------------------- differencing


@dataclass(frozen=True, slots=True)
class RevealedDifference:
    """A cell whose change between two releases is a small count."""

    indicator: str
    dimensions: CellKey
    difference: int


def revealing_differences(
    previous: Iterable[PublishedValue], current: Iterable[PublishedValue], threshold: int
) -> list[RevealedDifference]:
    """Return the cells published in both releases whose difference is in 1..k−1.

    Releasing a period again is itself a release of the difference: a total that moved
    from 40 to 42 tells the world about 2 households.
    """
    before = {(v.indicator, v.dimensions): v.value for v in previous}
    found = []
    for value in current:
        old = before.get((value.indicator, value.dimensions))
        if old is None or value.value is None:
            continue
        change = abs(value.value - old)
        if 0 < change < threshold:
            found.append(RevealedDifference(value.indicator, value.dimensions, change))
    return found


# ---------------------------------------------------------------- merged cells (hub)


class CellLike(Protocol):
    """A published cell with its period and area (``sync.formats.Cell``)."""

    @property
    def period(self) -> str: ...  # noqa: D102

    @property
    def area(self) -> str: ...  # noqa: D102

    @property
    def indicator(self) -> str: ...  # noqa: D102

    @property
    def dimensions(self) -> tuple[tuple[str, str], ...]: ...  # noqa: D102

    @property
    def value(self) -> int | None: ...  # noqa: D102

    @property
    def suppressed(self) -> Suppression: ...  # noqa: D102


C = TypeVar("C", bound=CellLike)


def protect_cells(cells: Sequence[C], rules: DisclosureRules | None = None) -> list[C]:
    """Re-apply disclosure control to merged cells (a coordinator's sums).

    Cells already hidden stay hidden (their numbers never left their device); each
    ``(period, area, indicator)`` table then gets primary and secondary suppression
    over its declared relations and the feasible-range check (which reads published
    numbers only, so the unknown hidden ones do not matter). Returns cells of the same
    type, in the same order.
    """
    from desktop_app.stats.indicators import relations_for

    rules = rules or DisclosureRules()
    groups: dict[tuple[str, str, str], list[C]] = {}
    for cell in cells:
        groups.setdefault((cell.period, cell.area, cell.indicator), []).append(cell)
    decided: dict[int, C] = {}
    for (_period, _area, indicator), members in groups.items():
        keys = [tuple(sorted(c.dimensions)) for c in members]
        known = {k: c.value for k, c in zip(keys, members, strict=True) if c.value is not None}
        # Unknown cells take a stand-in value: the hidden set is what matters, and the
        # feasible-range check only ever reads published numbers.
        values = {k: known.get(k, 0) for k in keys}
        already = {k for k, c in zip(keys, members, strict=True) if c.value is None}
        table = Table(indicator, values, relations_for(indicator, keys))
        primary = primary_suppression(known, rules.threshold)
        try:
            hidden, _ranges = suppress(table, rules.threshold, already=already)
        except ValueError:
            # Devices that rounded their counts send totals that no longer add up: the
            # range check has nothing consistent to work on, the relation rule still does.
            hidden = secondary_suppression(table, already | primary)
        for key, cell in zip(keys, members, strict=True):
            if key in hidden and cell.value is not None:
                why = Suppression.PRIMARY if key in primary else Suppression.SECONDARY
                decided[id(cell)] = _replace(cell, value=None, suppressed=why)
    return [decided.get(id(cell), cell) for cell in cells]


def _replace(cell: C, **changes: Any) -> C:
    return replace(cell, **changes)  # type: ignore[type-var]
