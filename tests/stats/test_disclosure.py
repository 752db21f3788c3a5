"""Disclosure control: suppression, the feasible-range check, rounding, noise, differencing.

Property tests draw random one-way tables (parts and a total), two-way tables with every
margin, and two-way tables that publish only their margins — the three shapes the
indicators use — and check what an outsider could work out from what is published.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.stats.disclosure import (
    CellKey,
    DisclosureRules,
    DisclosureRulesError,
    FeasibleRange,
    Relation,
    Table,
    feasible_ranges,
    primary_suppression,
    protect,
    protect_cells,
    relation_is_safe,
    revealing_differences,
    round_count,
    secondary_suppression,
    suppress,
)
from desktop_app.stats.indicators import Dimension, Indicator
from desktop_app.stats.payload import PublishedValue, Suppression
from desktop_app.sync.formats import Cell

# Small counts are where disclosure happens: draw them often.
COUNT = st.one_of(st.integers(0, 6), st.integers(0, 40))


def _indicator(sizes: tuple[int, ...], *, interior: bool = True) -> Indicator:
    dims = tuple(
        Dimension(f"d{i}", f"d{i}", tuple(f"o{j}" for j in range(size)))
        for i, size in enumerate(sizes)
    )
    return Indicator("t", "t", "t", dims, lambda c: {}, interior=interior)


def _table(sizes: tuple[int, ...], interior_counts: list[int], *, interior: bool = True) -> Table:
    ind = _indicator(sizes, interior=interior)
    combos = list(itertools.product(*(d.options for d in ind.dimensions)))
    counts = dict(zip(combos, interior_counts, strict=False))
    values = {}
    for key in ind.cells():
        wanted = dict(key)
        values[key] = sum(
            n
            for combo, n in counts.items()
            if all(wanted.get(d.id, o) == o for d, o in zip(ind.dimensions, combo, strict=True))
        )
    return Table("t", values, ind.relations())


@st.composite
def tables(draw: st.DrawFn) -> Table:
    shape = draw(st.sampled_from(["one_way", "two_way", "margins_only"]))
    if shape == "one_way":
        sizes: tuple[int, ...] = (draw(st.integers(1, 7)),)
    else:
        sizes = (draw(st.integers(1, 4)), draw(st.integers(1, 4)))
    cells = 1
    for size in sizes:
        cells *= size
    counts = draw(st.lists(COUNT, min_size=cells, max_size=cells))
    return _table(sizes, counts, interior=shape != "margins_only")


THRESHOLDS = st.integers(3, 11)


def _published(protected: Iterable[PublishedValue]) -> dict[CellKey, int]:
    return {v.dimensions: v.value for v in protected if v.value is not None}


# ------------------------------------------------------------------ the rules


def test_a_threshold_below_three_is_refused() -> None:
    with pytest.raises(DisclosureRulesError):
        DisclosureRules(threshold=2)
    with pytest.raises(DisclosureRulesError):
        DisclosureRules(rounding_base=0)
    with pytest.raises(DisclosureRulesError):
        DisclosureRules(noise_scale=-1.0)
    assert DisclosureRules().threshold == 5


def test_primary_suppression_hides_one_to_k_minus_one_only() -> None:
    values: dict[CellKey, int] = {(("d", str(n)),): n for n in range(0, 8)}
    assert primary_suppression(values, 5) == {(("d", str(n)),) for n in (1, 2, 3, 4)}


def test_a_single_hidden_part_gets_a_complement_the_smallest_non_zero() -> None:
    table = _table((4,), [3, 0, 9, 20])
    hidden = secondary_suppression(table, primary_suppression(table.values, 5))
    assert hidden == {(("d0", "o0"),), (("d0", "o2"),)}  # 3, and 9 rather than 0 or 20


def test_a_hidden_total_with_published_parts_is_not_left_alone() -> None:
    # Total 4 is primary; every part is 0 or 4 → the part holding 4 is primary too.
    table = _table((3,), [4, 0, 0])
    hidden, ranges = suppress(table, 5)
    assert () in hidden
    assert (("d0", "o0"),) in hidden
    assert not any(r.pinned for r in ranges.values())


def test_the_textbook_recovery_is_prevented() -> None:
    # Row total 20 published, one cell of 2 hidden alone would be 20 - 18.
    table = _table((3,), [2, 8, 10])
    protected = protect(table, DisclosureRules())
    published = _published(protected.values)
    assert (("d0", "o0"),) not in published
    assert len([v for v in protected.values if v.value is None]) >= 2
    for key, found in protected.ranges.items():
        assert found.contains(table.values[key])
        assert not found.pinned


def test_feasible_range_of_a_classic_two_by_two() -> None:
    # | 3 7 | 10        hiding all four interior cells of a 2x2 table with published
    # | 6 4 | 10        margins leaves each cell free over a range: 3 lies in [0, 9]…
    #   9 11  20
    table = _table((2, 2), [3, 7, 6, 4])
    interior = [k for k in table.values if len(k) == 2]
    ranges = feasible_ranges(table, interior)
    assert ranges[(("d0", "o0"), ("d1", "o0"))] == FeasibleRange(0, 9)
    assert ranges[(("d0", "o0"), ("d1", "o1"))] == FeasibleRange(1, 10)
    assert ranges[(("d0", "o1"), ("d1", "o0"))] == FeasibleRange(0, 9)
    assert ranges[(("d0", "o1"), ("d1", "o1"))] == FeasibleRange(1, 10)


def test_a_pinned_cell_is_detected_and_then_protected() -> None:
    # Two hidden cells in each relation is not always enough: hide the 1 and the 9 of
    # the first row only. Column margins then pin each of them.
    table = _table((2, 2), [1, 9, 5, 5])
    hidden: set[CellKey] = {(("d0", "o0"), ("d1", "o0")), (("d0", "o0"), ("d1", "o1"))}
    ranges = feasible_ranges(table, hidden)
    assert all(r.pinned for r in ranges.values())  # 1 = col0 total 6 - 5
    assert not all(relation_is_safe(r, hidden) for r in table.relations)
    protected, ranges = suppress(table, 5)
    assert all(relation_is_safe(r, protected) for r in table.relations)
    assert not any(r.pinned for r in ranges.values())


def test_an_unbounded_cell_has_no_upper_bound() -> None:
    table = _table((2,), [1, 2])  # everything small: total and both parts hidden
    hidden, ranges = suppress(table, 5)
    assert hidden == set(table.values)
    assert ranges[()] == FeasibleRange(0, None)


# ------------------------------------------------------------------ properties


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tables(), THRESHOLDS, st.sampled_from([1, 1, 2, 5, 10]))
def test_no_published_cell_is_a_small_count(table: Table, k: int, base: int) -> None:
    protected = protect(table, DisclosureRules(threshold=k, rounding_base=base))
    for value in protected.values:
        assert value.value is None or value.value == 0 or value.value >= k
        if value.value is None:
            assert value.suppressed in (Suppression.PRIMARY, Suppression.SECONDARY)
            is_small = 0 < table.values[value.dimensions] < k
            assert (value.suppressed is Suppression.PRIMARY) == is_small


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tables(), THRESHOLDS)
def test_no_hidden_cell_can_be_worked_out_from_the_published_numbers(table: Table, k: int) -> None:
    protected = protect(table, DisclosureRules(threshold=k))
    published = _published(protected.values)
    hidden = {v.dimensions for v in protected.values if v.value is None}
    # Published numbers are the true ones (no rounding) …
    assert all(published[key] == table.values[key] for key in published)
    # … every relation holds no hidden cell or at least two …
    assert all(relation_is_safe(r, hidden) for r in table.relations)
    # … and recomputed from the published numbers alone (hidden ones replaced by a
    # nonsense value), no hidden cell's range collapses onto its true value.
    blinded = {**published, **dict.fromkeys(hidden, 10**6)}
    ranges = feasible_ranges(Table(table.indicator, blinded, table.relations), hidden, blinded)
    for key in hidden:
        assert ranges[key].contains(table.values[key])
        assert not ranges[key].pinned, key
    assert ranges == dict(protected.ranges)


def _brute_force(table: Table, hidden: list[CellKey], cap: int) -> dict[CellKey, tuple[int, int]]:
    """Every whole, non-negative completion up to ``cap``: each cell's min and max."""
    seen: dict[CellKey, tuple[int, int]] = {}
    for guess in itertools.product(range(cap + 1), repeat=len(hidden)):
        values = {**table.values, **dict(zip(hidden, guess, strict=True))}
        if all(values[r.total] == sum(values[p] for p in r.parts) for r in table.relations):
            for key, v in zip(hidden, guess, strict=True):
                low, high = seen.get(key, (v, v))
                seen[key] = (min(low, v), max(high, v))
    return seen


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from([(2,), (3,), (2, 2), (2, 3)]),
    st.data(),
)
def test_feasible_ranges_are_exact_against_brute_force(
    sizes: tuple[int, ...], data: st.DataObject
) -> None:
    cells = 1
    for size in sizes:
        cells *= size
    counts = data.draw(st.lists(st.integers(0, 4), min_size=cells, max_size=cells))
    table = _table(sizes, counts)
    keys = sorted(table.values)
    hidden = sorted(data.draw(st.sets(st.sampled_from(keys), min_size=1, max_size=4)))
    cap = sum(counts) + 2
    ranges = feasible_ranges(table, hidden)
    brute = _brute_force(table, hidden, cap)
    wider = _brute_force(table, hidden, cap + 2)
    for key in hidden:
        low, high = brute[key]
        assert ranges[key].low == low
        if wider[key][1] > high:  # grows with the enumeration's cap: unbounded
            assert ranges[key].high is None
        else:
            assert ranges[key].high == high


# ------------------------------------------------------------------ rounding


@given(st.integers(0, 10_000), st.sampled_from([2, 3, 4, 5, 10]), THRESHOLDS)
def test_rounding_invariants(value: int, base: int, k: int) -> None:
    rounded = round_count(value, base, k)
    assert rounded % base == 0
    assert rounded == 0 or rounded >= k
    if value == 0:
        assert rounded == 0
    nearest = abs(rounded - value) <= base / 2
    bumped = rounded == -(-k // base) * base  # pushed up out of 1..k-1
    assert nearest or bumped
    if value >= k:
        assert rounded >= k


def test_rounding_to_five() -> None:
    assert [round_count(v, 5, 5) for v in (0, 5, 7, 8, 12, 13, 102)] == [0, 5, 5, 10, 10, 15, 100]
    assert round_count(5, 4, 5) == 8  # 4 would be a small count


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tables(), st.sampled_from([5, 10]))
def test_rounded_tables_keep_the_same_hidden_cells(table: Table, base: int) -> None:
    plain = protect(table, DisclosureRules())
    rounded = protect(table, DisclosureRules(rounding_base=base))
    assert [v.value is None for v in plain.values] == [v.value is None for v in rounded.values]
    for before, after in zip(plain.values, rounded.values, strict=True):
        if before.value is not None:
            assert after.value == round_count(before.value, base, 5)


# ------------------------------------------------------------------ noise


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tables(), st.lists(st.integers(-6, 6), min_size=1, max_size=50))
def test_noise_invariants(table: Table, offsets: list[int]) -> None:
    draws = itertools.cycle(offsets)
    protected = protect(
        table, DisclosureRules(noise_scale=2.0), noise=(lambda n: n + next(draws), 0.5)
    )
    assert protected.epsilon == pytest.approx(0.5 * len(table.values))
    for value in protected.values:
        assert value.value is None or value.value == 0 or value.value >= 5
        assert value.value is None or value.value >= 0


def test_opendp_noise_records_its_budget() -> None:
    table = _table((3,), [40, 50, 60])
    protected = protect(table, DisclosureRules(noise_scale=2.0))
    # OpenDP's privacy map for a discrete Laplace of scale 2 on a count: ε = 0.5 each.
    assert protected.epsilon == pytest.approx(0.5 * 4)
    values = [v.value for v in protected.values]
    assert all(isinstance(v, int) and v >= 5 for v in values)


# ------------------------------------------------------------------ differencing


def test_a_difference_of_a_small_count_is_revealing() -> None:
    before = [PublishedValue("t", (), 40), PublishedValue("t", (("d", "a"),), 20)]
    after = [PublishedValue("t", (), 42), PublishedValue("t", (("d", "a"),), 30)]
    found = revealing_differences(before, after, 5)
    assert [(f.dimensions, f.difference) for f in found] == [((), 2)]
    assert revealing_differences(before, before, 5) == []


@given(st.lists(st.tuples(COUNT, COUNT), min_size=1, max_size=12), THRESHOLDS)
def test_revealing_differences_finds_exactly_the_small_changes(
    pairs: list[tuple[int, int]], k: int
) -> None:
    before = [PublishedValue("t", (("d", str(i)),), a) for i, (a, _b) in enumerate(pairs)]
    after = [PublishedValue("t", (("d", str(i)),), b) for i, (_a, b) in enumerate(pairs)]
    found = {f.dimensions for f in revealing_differences(before, after, k)}
    assert found == {(("d", str(i)),) for i, (a, b) in enumerate(pairs) if 0 < abs(a - b) < k}


# ------------------------------------------------------------------ merged cells (hub)


def test_protect_cells_reprotects_a_coordinators_sums() -> None:
    cells = [
        Cell("2026-10", "HILL", "referrals_made", (), 30),
        Cell("2026-10", "HILL", "referrals_made", (("need_category", "food"),), 2),
        Cell("2026-10", "HILL", "referrals_made", (("need_category", "housing"),), 28),
        Cell("2026-10", "HILL", "new_households", (), None, Suppression.PRIMARY),
    ]
    from desktop_app.core.models import NeedCategory

    cells += [
        Cell("2026-10", "HILL", "referrals_made", (("need_category", c.value),), 0)
        for c in NeedCategory
        if c.value not in ("food", "housing")
    ]
    out = protect_cells(cells)
    by_key = {(c.indicator, c.dimensions): c for c in out}
    assert (
        by_key[("referrals_made", (("need_category", "food"),))].suppressed is Suppression.PRIMARY
    )
    # The food cell alone would be 30 - 28: its complement is hidden too.
    assert by_key[("referrals_made", (("need_category", "housing"),))].value is None
    assert by_key[("new_households", ())].value is None
    assert all(type(c) is Cell for c in out)
    assert len(out) == len(cells)


def test_relations_cover_every_margin() -> None:
    ind = _indicator((2, 3))
    relations = ind.relations()
    # grand total over each dimension (2), each row over columns (2), each column over rows (3)
    assert len(relations) == 2 + 2 + 3
    assert Relation((), ((("d0", "o0"),), (("d0", "o1"),))) in relations
    margins_only = _indicator((2, 3), interior=False)
    assert len(margins_only.relations()) == 2
    assert all(len(k) <= 1 for k in margins_only.cells())


def test_protect_cells_copes_with_rounded_sums_that_do_not_add_up() -> None:
    from desktop_app.core.models import NeedCategory

    others = [c.value for c in NeedCategory if c.value not in ("food", "housing", "safety")]
    cells = [
        Cell("2026-10", "HILL", "referrals_made", (), 35),  # rounded: parts add to 31
        Cell("2026-10", "HILL", "referrals_made", (("need_category", "food"),), 10),
        Cell("2026-10", "HILL", "referrals_made", (("need_category", "housing"),), 20),
        Cell("2026-10", "HILL", "referrals_made", (("need_category", "safety"),), 1),
        *(Cell("2026-10", "HILL", "referrals_made", (("need_category", o),), 0) for o in others),
    ]
    out = {c.dimensions: c for c in protect_cells(cells)}
    assert out[(("need_category", "safety"),)].suppressed is Suppression.PRIMARY
    assert out[(("need_category", "food"),)].suppressed is Suppression.SECONDARY
    assert out[(("need_category", "housing"),)].value == 20
