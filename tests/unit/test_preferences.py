"""Pre-unlock preferences: defaults, round trip, and bad values falling back one by one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.core.preferences import (
    DEFAULT_AUTO_LOCK_MINUTES,
    MAX_AUTO_LOCK_MINUTES,
    Preferences,
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
