"""Pre-unlock preferences: defaults, round trip, and bad values falling back one by one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.core.preferences import (
    DEFAULT_AUTO_LOCK_MINUTES,
    DEFAULT_TEXT_SCALE,
    MAX_AUTO_LOCK_MINUTES,
    Preferences,
    update_preferences,
)


def test_defaults_when_nothing_is_saved(tmp_path: Path) -> None:
    preferences = Preferences.load(tmp_path)
    assert preferences.auto_lock_minutes == DEFAULT_AUTO_LOCK_MINUTES == 5
    assert preferences.language == ""


def test_round_trip(tmp_path: Path) -> None:
    Preferences(language="ar", auto_lock_minutes=15).save(tmp_path)
    assert Preferences.load(tmp_path) == Preferences(language="ar", auto_lock_minutes=15)


@pytest.mark.parametrize("bad", [0, -3, MAX_AUTO_LOCK_MINUTES + 1, "10", 2.5, True, None])
def test_a_bad_auto_lock_time_falls_back_alone(tmp_path: Path, bad: object) -> None:
    (tmp_path / "preferences.json").write_text(
        json.dumps({"language": "fr", "auto_lock_minutes": bad}), encoding="utf-8"
    )
    preferences = Preferences.load(tmp_path)
    assert preferences.auto_lock_minutes == DEFAULT_AUTO_LOCK_MINUTES
    assert preferences.language == "fr"


def test_bad_values_are_refused_in_code() -> None:
    with pytest.raises(ValueError, match="auto_lock_minutes"):
        Preferences(auto_lock_minutes=0)


def test_a_damaged_file_gives_defaults(tmp_path: Path) -> None:
    (tmp_path / "preferences.json").write_text("{not json", encoding="utf-8")
    assert Preferences.load(tmp_path) == Preferences()


def test_display_preferences_round_trip(tmp_path: Path) -> None:
    Preferences(text_scale=150, high_contrast=True).save(tmp_path)
    loaded = Preferences.load(tmp_path)
    assert (loaded.text_scale, loaded.high_contrast) == (150, True)


@pytest.mark.parametrize("bad", [0, 99, 300, "150", 150.0, True, None])
def test_a_bad_text_size_falls_back_alone(tmp_path: Path, bad: object) -> None:
    (tmp_path / "preferences.json").write_text(
        json.dumps({"language": "ar", "text_scale": bad, "high_contrast": True}),
        encoding="utf-8",
    )
    preferences = Preferences.load(tmp_path)
    assert preferences.text_scale == DEFAULT_TEXT_SCALE
    assert (preferences.language, preferences.high_contrast) == ("ar", True)


def test_a_bad_contrast_value_falls_back_alone(tmp_path: Path) -> None:
    (tmp_path / "preferences.json").write_text(
        json.dumps({"text_scale": 200, "high_contrast": "yes"}), encoding="utf-8"
    )
    preferences = Preferences.load(tmp_path)
    assert (preferences.text_scale, preferences.high_contrast) == (200, False)


def test_update_keeps_what_it_does_not_change(tmp_path: Path) -> None:
    Preferences(language="fr", auto_lock_minutes=20).save(tmp_path)
    update_preferences(tmp_path, text_scale=125)
    assert Preferences.load(tmp_path) == Preferences(
        language="fr", auto_lock_minutes=20, text_scale=125
    )


def test_update_refuses_a_bad_value_and_writes_nothing(tmp_path: Path) -> None:
    Preferences(language="fr").save(tmp_path)
    before = (tmp_path / "preferences.json").read_bytes()
    with pytest.raises(ValueError, match="text_scale"):
        update_preferences(tmp_path, text_scale=175)
    assert (tmp_path / "preferences.json").read_bytes() == before
