"""Statistics settings: what the Settings page saves is exactly what the statistics read."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from desktop_app.stats.disclosure import DisclosureRules, DisclosureRulesError, opendp_noise
from desktop_app.stats.release import Statistics
from desktop_app.stats.settings import (
    SETTING_AREA,
    SETTING_EPSILON,
    SETTING_NOISE,
    SETTING_ROUNDING,
    SETTING_THRESHOLD,
    StatisticsSettings,
    area_code_problem,
)
from desktop_app.vault.services import VaultServices
from tests.helpers.vaults import vault_services


@pytest.fixture
def services(tmp_path: Path) -> Iterator[VaultServices]:
    with vault_services(tmp_path / "vault") as opened:
        yield opened


def _stats(services: VaultServices) -> Statistics:
    return Statistics(services.aggregates, services.settings, today=lambda: date(2026, 11, 15))


def test_defaults_when_nothing_is_set(services: VaultServices) -> None:
    settings = StatisticsSettings.load(services.settings)
    assert settings == StatisticsSettings()
    assert _stats(services).rules() == DisclosureRules(threshold=5, rounding_base=1)
    assert _stats(services).area_code(None) == "ALL"


def test_saved_settings_are_what_the_statistics_use(services: VaultServices) -> None:
    with services.transaction():
        StatisticsSettings("BRK-01", 10, 5, noise_epsilon=0.5).save(services.settings)
    assert services.settings.get(SETTING_AREA) == "BRK-01"
    assert services.settings.get(SETTING_THRESHOLD) == "10"
    assert services.settings.get(SETTING_ROUNDING) == "5"
    assert services.settings.get(SETTING_EPSILON) == "0.5"
    stats = _stats(services)
    assert stats.rules() == DisclosureRules(threshold=10, rounding_base=5, noise_scale=2.0)
    assert stats.area_code(None) == "BRK-01"
    assert StatisticsSettings.load(services.settings).noise_epsilon == 0.5


def test_the_epsilon_is_what_opendp_reports_per_number() -> None:
    rules = StatisticsSettings(noise_epsilon=0.25).rules()
    assert rules.noise_scale is not None
    _add, per_count = opendp_noise(rules.noise_scale)
    assert per_count == pytest.approx(0.25)


def test_an_older_noise_scale_is_still_read_and_epsilon_wins(services: VaultServices) -> None:
    services.settings.set(SETTING_NOISE, "4")
    assert _stats(services).rules().noise_scale == 4.0
    services.settings.set(SETTING_EPSILON, "1.0")
    assert _stats(services).rules().noise_scale == 1.0
    # Saving with ε removes the older key, so only one value ever decides.
    StatisticsSettings(noise_epsilon=0.5).save(services.settings)
    assert services.settings.get(SETTING_NOISE) is None


def test_noise_off_removes_both_keys_and_an_empty_area_means_all(services: VaultServices) -> None:
    StatisticsSettings("NORTH", noise_epsilon=1.0).save(services.settings)
    services.settings.set(SETTING_NOISE, "2")
    StatisticsSettings("").save(services.settings)
    for key in (SETTING_EPSILON, SETTING_NOISE, SETTING_AREA):
        assert services.settings.get(key) is None
    assert _stats(services).rules().noise_scale is None
    assert _stats(services).area_code(None) == "ALL"


@pytest.mark.parametrize(
    "bad",
    [
        StatisticsSettings(threshold=2),
        StatisticsSettings(threshold=101),
        StatisticsSettings(rounding_base=0),
        StatisticsSettings(noise_epsilon=0.0),
        StatisticsSettings(noise_epsilon=float("inf")),
        StatisticsSettings(area_code="St Mary's School"),
        StatisticsSettings(area_code="all"),
    ],
)
def test_unsafe_values_are_refused_and_nothing_is_written(
    services: VaultServices, bad: StatisticsSettings
) -> None:
    before = services.settings.all()
    with pytest.raises(DisclosureRulesError):
        bad.save(services.settings)
    assert services.settings.all() == before


def test_a_damaged_value_is_refused_not_replaced_by_the_default(services: VaultServices) -> None:
    services.settings.set(SETTING_THRESHOLD, "ten")
    with pytest.raises(DisclosureRulesError, match="damaged"):
        _stats(services).rules()
    services.settings.set(SETTING_THRESHOLD, "2")  # set by hand below the floor
    with pytest.raises(DisclosureRulesError, match="too low"):
        _stats(services).rules()


@pytest.mark.parametrize(
    ("code", "ok"),
    [("", True), ("BRK-01", True), ("north_2.a", True), ("-x", False), ("a b", False),
     ("x" * 33, False), ("ALL", False), ("ÉCOLE", False)],
)  # fmt: skip
def test_area_codes(code: str, ok: bool) -> None:
    assert (area_code_problem(code) is None) is ok
