"""Test-wide set-up: headless Qt, isolated settings folders, and the auto `gui` marker."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Headless by construction: tests never need a display and never open a window on one.
# The offscreen screen is a small laptop's (1366 × 768), not Qt's default 800 × 800:
# windows that size themselves to the screen do so as on the laptops Hearth runs on.
_SCREEN = Path(__file__).resolve().parent / "fixtures" / "laptop-screen.json"
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"
# New keyslots use Hearth's floor Argon2id cost (m=64 MiB, t=3) instead of calibrating to
# half a second each; tests of the calibration itself clear this.
os.environ["HEARTH_KDF_PROFILE"] = "fast"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark every test that uses ``qtbot`` as ``gui`` so ``-m "not gui"`` is the fast lane.

    The ``frozen`` smoke test builds the frozen program (about a minute, into build/dist):
    it runs when asked for (``-m frozen``, its file named, or ``HEARTH_FROZEN_DIR`` set)
    and as its own step of ``.ci/run``; otherwise it is deselected, and pytest says so.
    """
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)
    asked = (
        "frozen" in (config.option.markexpr or "")
        or any("test_frozen" in arg for arg in config.args)
        or bool(os.environ.get("HEARTH_FROZEN_DIR"))
    )
    if not asked:
        frozen = [item for item in items if item.get_closest_marker("frozen")]
        if frozen:
            config.hook.pytest_deselected(items=frozen)
            items[:] = [item for item in items if not item.get_closest_marker("frozen")]


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Keep every test away from the real user's settings and vault folders."""
    base = tmp_path_factory.mktemp("user")
    saved = {k: os.environ.get(k) for k in ("HEARTH_CONFIG_DIR", "HEARTH_VAULT_DIR")}
    os.environ["HEARTH_CONFIG_DIR"] = str(base / "config")
    os.environ["HEARTH_VAULT_DIR"] = str(base / "vault")
    yield
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


@pytest.fixture
def project_root() -> Path:
    """Return the root of the source checkout."""
    return Path(__file__).resolve().parent.parent
