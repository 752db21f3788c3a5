"""Periods, previews and frozen releases: no differencing, revisions, the privacy budget."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from desktop_app.core import models as m
from desktop_app.stats.disclosure import DisclosureRules
from desktop_app.stats.payload import Payload
from desktop_app.stats.periods import Period, PeriodError, closed_period
from desktop_app.stats.release import (
    SETTING_AREA,
    SETTING_THRESHOLD,
    RevisionRefusedError,
    Statistics,
    release_payload,
)
from desktop_app.vault.repositories import bulk_insert_households
from desktop_app.vault.services import VaultServices
from tests.helpers.vaults import consent_to_everything, vault_services

TODAY = date(2026, 11, 15)


def _new_households(services: VaultServices, count: int, day: date) -> None:
    consents = consent_to_everything(services)
    bulk_insert_households(
        services.vault.connection,
        [
            m.HouseholdAggregate(
                household=m.Household(
                    reference="",
                    alias=f"Made-up family {day} {i}",
                    preferred_language="uk",
                    created_at=datetime(day.year, day.month, day.day, 9, tzinfo=UTC),
                ),
                people=(m.Person(m.Role.CAREGIVER),),
                consents=consents,
            )
            for i in range(count)
        ],
        audit=services.audit,
    )


@pytest.fixture
def services(tmp_path: Path) -> Iterator[VaultServices]:
    with vault_services(tmp_path / "vault") as services:
        _new_households(services, 20, date(2026, 10, 6))
        yield services


def _stats(services: VaultServices, **kwargs: object) -> Statistics:
    return Statistics(services.aggregates, services.settings, today=lambda: TODAY, **kwargs)  # type: ignore[arg-type]


def _value(
    payload: Payload, indicator: str, dimensions: tuple[tuple[str, str], ...] = ()
) -> int | None:
    return next(
        v.value for v in payload.values if v.indicator == indicator and v.dimensions == dimensions
    )


# ------------------------------------------------------------------ periods


def test_periods_parse_months_and_quarters() -> None:
    october = Period.parse("2026-10")
    assert (october.start, october.end, october.months) == (
        date(2026, 10, 1),
        date(2026, 11, 1),
        ("2026-10",),
    )
    q4 = Period.parse("2026q4")
    assert (q4.code, q4.start, q4.end) == ("2026Q4", date(2026, 10, 1), date(2027, 1, 1))
    assert q4.months == ("2026-10", "2026-11", "2026-12")
    assert Period.parse("2026-12").end == date(2027, 1, 1)


@pytest.mark.parametrize("text", ["2026-13", "2026-1", "2026Q5", "October", "", "2026-10-01"])
def test_malformed_periods_are_refused(text: str) -> None:
    with pytest.raises(PeriodError, match="not a period"):
        Period.parse(text)


@pytest.mark.parametrize("text", ["2026-11", "2026Q4", "2027-01"])
def test_open_and_future_periods_are_refused(text: str) -> None:
    with pytest.raises(PeriodError, match="has not ended yet") as raised:
        closed_period(text, TODAY)
    assert raised.value.hint


def test_an_open_period_is_never_released(services: VaultServices) -> None:
    with pytest.raises(PeriodError):
        _stats(services).release_period("2026-11")
    assert services.aggregates.releases("2026-11", "ALL") == []


# ------------------------------------------------------------------ freezing


def test_a_preview_does_not_freeze(services: VaultServices) -> None:
    stats = _stats(services)
    preview = stats.preview("2026-10")
    assert not preview.frozen
    assert _value(preview.payload, "new_households") == 20
    assert services.aggregates.releases("2026-10", "ALL") == []
    _new_households(services, 7, date(2026, 10, 7))
    assert _value(stats.preview("2026-10").payload, "new_households") == 27


def test_a_released_period_resends_identical_numbers(services: VaultServices) -> None:
    stats = _stats(services)
    first = stats.release_period("2026-10")
    assert first.frozen
    assert first.payload.revision == 0
    _new_households(services, 9, date(2026, 10, 8))  # the data moves on …
    again = stats.release_period("2026-10")
    assert again.payload.to_json() == first.payload.to_json()  # … the release does not
    assert stats.preview("2026-10").payload.to_json() == first.payload.to_json()
    assert release_payload(services, "2026-10").to_json() == first.payload.to_json()
    assert len(services.aggregates.releases("2026-10", "ALL")) == 1


def test_releases_are_frozen_in_the_vault(services: VaultServices) -> None:
    _stats(services).release_period("2026-10")
    conn = services.vault.connection
    with pytest.raises(Exception, match="frozen"):
        conn.execute("UPDATE stat_releases SET payload_json = x'00'")
    with pytest.raises(Exception, match="frozen"):
        conn.execute("DELETE FROM stat_releases")


def test_a_revision_revealing_a_small_difference_is_refused(services: VaultServices) -> None:
    stats = _stats(services)
    first = stats.release_period("2026-10")
    _new_households(services, 2, date(2026, 10, 9))  # 20 → 22: the difference is 2 families
    with pytest.raises(RevisionRefusedError, match="2026-10") as raised:
        stats.release_period("2026-10", revise=True)
    assert raised.value.hint
    assert [r.revision for r in services.aggregates.releases("2026-10", "ALL")] == [0]
    assert stats.release_period("2026-10").payload.to_json() == first.payload.to_json()


def test_a_revision_whose_difference_passes_the_rule_is_released(services: VaultServices) -> None:
    stats = _stats(services)
    stats.release_period("2026-10")
    _new_households(services, 5, date(2026, 10, 9))  # every changed cell moves by 5
    revised = stats.release_period("2026-10", revise=True)
    assert revised.payload.revision == 1
    assert _value(revised.payload, "new_households") == 25
    assert [r.revision for r in services.aggregates.releases("2026-10", "ALL")] == [0, 1]
    # asked again, the latest revision comes back unchanged
    assert stats.release_period("2026-10").payload.to_json() == revised.payload.to_json()


def test_a_revision_of_unchanged_data_is_the_same_release(services: VaultServices) -> None:
    stats = _stats(services)
    first = stats.release_period("2026-10")
    assert stats.release_period("2026-10", revise=True).payload == first.payload
    assert len(services.aggregates.releases("2026-10", "ALL")) == 1


def test_areas_are_released_separately(services: VaultServices) -> None:
    stats = _stats(services)
    services.settings.set(SETTING_AREA, "BRK01")
    everywhere = stats.release_period("2026-10")
    assert everywhere.payload.area == "BRK01"
    north = stats.release_period("2026-10", "NORTH")
    assert north.payload.area == "NORTH"
    assert _value(north.payload, "new_households") == 0  # nobody is in NORTH
    assert services.aggregates.latest_release("2026-10", "BRK01") is not None


# ------------------------------------------------------------------ rules and budget


def test_the_threshold_comes_from_the_vault_settings(services: VaultServices) -> None:
    _new_households(services, 6, date(2026, 9, 3))
    stats = _stats(services)
    assert _value(stats.preview("2026-09").payload, "new_households") == 6
    services.settings.set(SETTING_THRESHOLD, "10")
    assert stats.rules() == DisclosureRules(threshold=10)
    assert _value(stats.preview("2026-09").payload, "new_households") is None


def test_the_privacy_budget_is_recorded_per_period(services: VaultServices) -> None:
    stats = _stats(services, noise=(lambda n: n, 0.25))
    rules = DisclosureRules(noise_scale=4.0)
    released = stats.release_period("2026-10", rules=rules)
    assert released.epsilon > 0
    assert services.aggregates.latest_release("2026-10", "ALL").epsilon == released.epsilon  # type: ignore[union-attr]
    _new_households(services, 10, date(2026, 10, 10))
    stats.release_period("2026-10", revise=True, rules=rules)
    assert stats.privacy_spent("2026-10") == pytest.approx(2 * released.epsilon)
    assert stats.privacy_spent("2026-09") == 0
    assert dataclasses.asdict(rules)["noise_scale"] == 4.0
