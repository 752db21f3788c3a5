"""Settings that are read before the vault is unlocked.

They are stored in plain JSON in the user's configuration folder, so they must never
hold anything about a family: only the UI language, window geometry and similar.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path

APP_NAME = "Hearth"
MIN_AUTO_LOCK_MINUTES = 1
MAX_AUTO_LOCK_MINUTES = 120
DEFAULT_AUTO_LOCK_MINUTES = 5
#: Text sizes offered, in percent of the system's font size.
TEXT_SCALES = (100, 125, 150, 200)
DEFAULT_TEXT_SCALE = 100


def config_dir() -> Path:
    """Return the folder for non-sensitive settings (overridable with HEARTH_CONFIG_DIR)."""
    override = os.environ.get("HEARTH_CONFIG_DIR")
    if override:
        return Path(override)
    import platformdirs  # imported late: it costs start-up time and is needed once

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def default_vault_dir() -> Path:
    """Return the default vault folder (overridable with HEARTH_VAULT_DIR)."""
    override = os.environ.get("HEARTH_VAULT_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "vault"


@dataclass
class Preferences:
    """Non-sensitive settings; every field must be safe to read before unlock."""

    language: str = ""
    auto_lock_minutes: int = DEFAULT_AUTO_LOCK_MINUTES
    """Minutes without keyboard or mouse activity before the vault locks itself."""
    text_scale: int = DEFAULT_TEXT_SCALE
    """The size of all text in percent of the system's font size (one of TEXT_SCALES)."""
    high_contrast: bool = False
    """Black text on white with strong outlines, whatever the system's colours."""

    def __post_init__(self) -> None:
        if not isinstance(self.language, str):
            raise TypeError("language must be a string")
        if not valid_text_scale(self.text_scale):
            raise ValueError(f"text_scale must be one of {TEXT_SCALES}")
        if not isinstance(self.high_contrast, bool):
            raise TypeError("high_contrast must be true or false")
        if not valid_auto_lock_minutes(self.auto_lock_minutes):
            raise ValueError(
                f"auto_lock_minutes must be a whole number from {MIN_AUTO_LOCK_MINUTES}"
                f" to {MAX_AUTO_LOCK_MINUTES}"
            )

    @classmethod
    def load(cls, folder: Path | None = None) -> Preferences:
        """Load preferences, falling back to defaults on a missing or damaged file."""
        path = (folder or config_dir()) / "preferences.json"
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in raw.items() if k in known} if isinstance(raw, dict) else {}
        # A bad value (edited by hand, or from a newer version) falls back to its default
        # alone, so a wrong auto-lock time does not also forget the language.
        if not valid_auto_lock_minutes(values.get("auto_lock_minutes", DEFAULT_AUTO_LOCK_MINUTES)):
            values.pop("auto_lock_minutes")
        if not isinstance(values.get("language", ""), str):
            values.pop("language")
        if not valid_text_scale(values.get("text_scale", DEFAULT_TEXT_SCALE)):
            values.pop("text_scale")
        if not isinstance(values.get("high_contrast", False), bool):
            values.pop("high_contrast")
        try:
            return cls(**values)
        except (TypeError, ValueError):
            return cls()

    def save(self, folder: Path | None = None) -> None:
        """Write preferences atomically (temporary file, fsync, rename)."""
        import tempfile  # imported late: only needed when settings change

        target_dir = folder or config_dir()
        target_dir.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target_dir, prefix=".preferences-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fp:
                json.dump(asdict(self), fp, indent=2)
                fp.flush()
                os.fsync(fp.fileno())
            os.replace(tmp, target_dir / "preferences.json")
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def valid_auto_lock_minutes(value: object) -> bool:
    """Return whether ``value`` is an allowed auto-lock time in whole minutes."""
    return (
        isinstance(value, int)
        and not isinstance(value, bool)
        and MIN_AUTO_LOCK_MINUTES <= value <= MAX_AUTO_LOCK_MINUTES
    )


def valid_text_scale(value: object) -> bool:
    """Return whether ``value`` is one of the offered text sizes (in percent)."""
    return isinstance(value, int) and not isinstance(value, bool) and value in TEXT_SCALES


def update_preferences(folder: Path | None = None, **changes: object) -> Preferences:
    """Change some preferences on disk, keeping the others as saved; return the result.

    Read again just before writing, so a change made elsewhere since start-up (another
    window, a newer field) is not overwritten by a stale copy.

    Raises:
        ValueError, TypeError: a value that is not allowed (nothing is written).
    """
    from dataclasses import replace  # imported late: only needed when settings change

    updated = replace(Preferences.load(folder), **changes)  # type: ignore[arg-type]
    updated.save(folder)
    return updated
