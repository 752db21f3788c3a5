"""Settings kept inside the vault (they may say something about the work)."""

from __future__ import annotations

from desktop_app.vault.audit import AuditAction
from desktop_app.vault.repositories._base import Repository, writing


class SettingsRepository(Repository):
    """Text key/value settings; changes are audited by key name only."""

    def get(self, key: str, default: str | None = None) -> str | None:
        """Return a setting's value, or ``default``."""
        row = self._conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return default if row is None else str(row[0])

    def set(self, key: str, value: str) -> None:
        """Set a setting."""
        with writing(self._conn) as conn:
            conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )
            self._audit.append(AuditAction.UPDATE, f"setting:{key}", None)

    def delete(self, key: str) -> None:
        """Remove a setting."""
        with writing(self._conn) as conn:
            conn.execute("DELETE FROM settings WHERE key = ?", (key,))
            self._audit.append(AuditAction.DELETE, f"setting:{key}", None)

    def all(self) -> dict[str, str]:
        """Return every setting."""
        return {k: v for k, v in self._conn.execute("SELECT key, value FROM settings")}
