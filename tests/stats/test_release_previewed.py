"""Freezing the preview the user saw: with noise, a second computation would differ."""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from desktop_app.stats.disclosure import DisclosureRules
from desktop_app.stats.release import RevisionRefusedError, Statistics
from desktop_app.vault.services import VaultServices
from tests.helpers.vaults import vault_services
from tests.stats.test_release import TODAY, _new_households

NOISY = DisclosureRules(noise_scale=2.0)


class DriftingNoise:
    """A stand-in mechanism: each computation adds another offset (as real noise would)."""

    def __init__(self) -> None:
        self.offsets = itertools.count(10, 10)
        self.current = 0

    def next_computation(self) -> None:
        self.current = next(self.offsets)

    def __call__(self, count: int) -> int:
        return count + self.current


@pytest.fixture
def services(tmp_path: Path) -> Iterator[VaultServices]:
    with vault_services(tmp_path / "vault") as opened:
        _new_households(opened, 20, date(2026, 10, 6))
        yield opened


def _stats(services: VaultServices, noise: DriftingNoise) -> Statistics:
    return Statistics(
        services.aggregates, services.settings, today=lambda: TODAY, noise=(noise, 0.5)
    )


def test_the_previewed_numbers_are_the_ones_frozen(services: VaultServices) -> None:
    noise = DriftingNoise()
    stats = _stats(services, noise)
    noise.next_computation()
    shown = stats.compute("2026-10", rules=NOISY)
    noise.next_computation()
    # Computing again draws other numbers: freezing those would send what nobody saw.
    assert stats.compute("2026-10", rules=NOISY).payload.values != shown.payload.values
    frozen = stats.release_period("2026-10", rules=NOISY, computed=shown)
    assert frozen.payload.values == shown.payload.values
    assert frozen.epsilon == shown.epsilon
    stored = services.aggregates.latest_release("2026-10", "ALL")
    assert stored is not None
    assert stored.payload_json == frozen.payload.to_json()
    # Later requests return the frozen bytes, not a new computation.
    noise.next_computation()
    assert stats.release_period("2026-10").payload.to_json() == stored.payload_json


def test_a_report_of_another_period_or_area_or_a_frozen_one_is_refused(
    services: VaultServices,
) -> None:
    noise = DriftingNoise()
    stats = _stats(services, noise)
    september = stats.compute("2026-09")
    with pytest.raises(ValueError, match="fresh one of this period"):
        stats.release_period("2026-10", computed=september)
    north = stats.compute("2026-10", "NORTH")
    with pytest.raises(ValueError, match="fresh one of this period"):
        stats.release_period("2026-10", computed=north)
    released = stats.release_period("2026-10")
    with pytest.raises(ValueError, match="fresh one of this period"):
        stats.release_period("2026-10", revise=True, computed=released)
    assert [r.revision for r in services.aggregates.releases("2026-10", "ALL")] == [0]


def test_a_previewed_revision_still_meets_the_differencing_rule(services: VaultServices) -> None:
    stats = Statistics(services.aggregates, services.settings, today=lambda: TODAY)
    stats.release_period("2026-10")
    _new_households(services, 2, date(2026, 10, 9))  # 20 → 22
    shown = stats.compute("2026-10")
    with pytest.raises(RevisionRefusedError):
        stats.release_period("2026-10", revise=True, computed=shown)
    _new_households(services, 3, date(2026, 10, 9))  # 20 → 25
    shown = stats.compute("2026-10")
    revised = stats.release_period("2026-10", revise=True, computed=shown)
    assert revised.payload == dataclasses.replace(shown.payload, revision=1)
    assert [r.revision for r in services.aggregates.releases("2026-10", "ALL")] == [0, 1]
