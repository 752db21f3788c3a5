"""Unfinished forms saved inside the vault (on auto-lock) and restored after unlock.

Drafts are not audited: they are saved often and automatically, and say nothing the
final save will not.
"""

from __future__ import annotations

from desktop_app.core.models import Draft
from desktop_app.vault.repositories._base import Repository, dt2s, s2dt, writing


class DraftRepository(Repository):
    """Drafts keyed by form kind and key."""

    def save(self, draft: Draft) -> None:
        """Save (or replace) a draft."""
        with writing(self._conn) as conn:
            conn.execute(
                "INSERT OR REPLACE INTO drafts (kind, key, payload, saved_at) VALUES (?, ?, ?, ?)",
                (draft.kind, draft.key, bytes(draft.payload), dt2s(draft.saved_at)),
            )

    def load(self, kind: str, key: str) -> Draft | None:
        """Return a draft, or ``None``."""
        raw = self._conn.execute(
            "SELECT kind, key, payload, saved_at FROM drafts WHERE kind = ? AND key = ?",
            (kind, key),
        ).fetchone()
        return None if raw is None else Draft(raw[0], raw[1], bytes(raw[2]), s2dt(raw[3]))

    def delete(self, kind: str, key: str) -> None:
        """Remove a draft once its form is saved or discarded."""
        with writing(self._conn) as conn:
            conn.execute("DELETE FROM drafts WHERE kind = ? AND key = ?", (kind, key))

    def saved(self, kind: str | None = None) -> list[Draft]:
        """Return all drafts (of one kind), newest first."""
        rows = self._conn.execute(
            "SELECT kind, key, payload, saved_at FROM drafts WHERE ? IS NULL OR kind = ?"
            " ORDER BY saved_at DESC",
            (kind, kind),
        ).fetchall()
        return [Draft(r[0], r[1], bytes(r[2]), s2dt(r[3])) for r in rows]
