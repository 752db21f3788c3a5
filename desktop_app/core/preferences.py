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
    auto_lock_minutes: int = 5

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
        try:
            return cls(**values)
        except TypeError:
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
