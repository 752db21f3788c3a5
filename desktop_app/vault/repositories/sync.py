"""Sync storage: own keys, trusted public keys, targets, the outbox and a hub's imports.

Nothing here concerns a household. Writes are audited by kind and a key's fingerprint or
a target's name only — never by what a payload holds.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop_app.vault.audit import AuditAction
from desktop_app.vault.repositories._base import Repository, dt2s, writing


class OwnKeyPurpose(StrEnum):
    """Which of this vault's own private keys."""

    DEVICE = "device"  # Ed25519: signs this device's bundles
    RECEIVER = "receiver"  # X25519: opens bundles sealed to this vault (a coordinator)


class OutboxStatus(StrEnum):
    """Whether an outbox item has been delivered."""

    PENDING = "pending"
    SENT = "sent"


@dataclass(frozen=True, slots=True)
class TrustedKey:
    """A confirmed public key: a coordinator's (receiver) or a device's."""

    fingerprint: str
    public_key: bytes
    label: str
    added_at: str


@dataclass(frozen=True, slots=True)
class StoredTarget:
    """A configured target: its name, kind and JSON configuration."""

    name: str
    kind: str
    config: str


@dataclass(frozen=True, slots=True)
class OutboxItem:
    """What a sync made for a target, kept byte for byte until delivered."""

    id: int
    target: str
    period: str
    revision: int
    payload: bytes
    content: bytes
    status: OutboxStatus
    attempts: int
    last_error: str
    created_at: str
    sent_at: str | None


@dataclass(frozen=True, slots=True)
class HubImport:
    """A payload a coordinator opened and verified."""

    device_id: str
    period: str
    revision: int
    area: str
    payload: bytes
    imported_at: str


_OUTBOX_COLUMNS = (
    "id, target, period, revision, payload, content, status, attempts, last_error,"
    " created_at, sent_at"
)


def _outbox_item(row: tuple[object, ...]) -> OutboxItem:
    return OutboxItem(
        id=int(row[0]),  # type: ignore[call-overload]
        target=str(row[1]),
        period=str(row[2]),
        revision=int(row[3]),  # type: ignore[call-overload]
        payload=bytes(row[4]),  # type: ignore[call-overload]
        content=bytes(row[5]),  # type: ignore[call-overload]
        status=OutboxStatus(str(row[6])),
        attempts=int(row[7]),  # type: ignore[call-overload]
        last_error=str(row[8]),
        created_at=str(row[9]),
        sent_at=None if row[10] is None else str(row[10]),
    )


class SyncRepository(Repository):
    """Keys, targets, outbox and hub imports of one vault."""

    # ------------------------------------------------------------------ own keys
    def own_key(self, purpose: OwnKeyPurpose) -> bytes | None:
        """Return this vault's raw private key for ``purpose``, or ``None`` if not made yet."""
        row = self._conn.execute(
            "SELECT private_key FROM sync_own_keys WHERE purpose = ?", (purpose.value,)
        ).fetchone()
        return None if row is None else bytes(row[0])

    def store_own_key(self, purpose: OwnKeyPurpose, private_key: bytes) -> bytes:
        """Keep ``private_key`` unless a key for ``purpose`` exists; return the stored one.

        Two windows creating the key at once both end up with the first one stored.
        """
        with writing(self._conn) as conn:
            inserted = conn.execute(
                "INSERT OR IGNORE INTO sync_own_keys (purpose, private_key, created_at)"
                " VALUES (?, ?, ?)",
                (purpose.value, private_key, dt2s(self._audit.now())),
            ).rowcount
            if inserted:
                self._audit.append(AuditAction.CREATE, f"sync_key:{purpose.value}", None)
        stored = self.own_key(purpose)
        assert stored is not None
        return stored

    # ------------------------------------------------------------ trusted keys
    def add_receiver(self, fingerprint: str, public_key: bytes, label: str = "") -> None:
        """Trust a coordinator's X25519 key (the user confirmed its fingerprint)."""
        self._add_trusted(
            "sync_receivers", "fingerprint", "added_at", fingerprint, public_key, label
        )
        # Audited by the key's fingerprint: a public fact, not family data.

    def receivers(self) -> list[TrustedKey]:
        """Return every trusted coordinator key, oldest first."""
        return self._trusted("sync_receivers", "fingerprint", "added_at", None)

    def receiver(self, fingerprint: str) -> TrustedKey | None:
        """Return one coordinator key by fingerprint."""
        found = self._trusted("sync_receivers", "fingerprint", "added_at", fingerprint)
        return found[0] if found else None

    def remove_receiver(self, fingerprint: str) -> bool:
        """Stop trusting a coordinator key; return whether it was there."""
        return self._remove_trusted("sync_receivers", "fingerprint", fingerprint)

    def enrol_device(self, device_id: str, public_key: bytes, label: str = "") -> None:
        """Accept bundles signed by a device's Ed25519 key (a coordinator's list)."""
        self._add_trusted("sync_devices", "device_id", "enrolled_at", device_id, public_key, label)

    def devices(self) -> list[TrustedKey]:
        """Return every enrolled device, oldest first."""
        return self._trusted("sync_devices", "device_id", "enrolled_at", None)

    def device(self, device_id: str) -> TrustedKey | None:
        """Return one enrolled device."""
        found = self._trusted("sync_devices", "device_id", "enrolled_at", device_id)
        return found[0] if found else None

    def _add_trusted(
        self, table: str, id_column: str, at_column: str, key_id: str, public_key: bytes, label: str
    ) -> None:
        # Table and column names come from this class, never from input.
        with writing(self._conn) as conn:
            conn.execute(
                f"INSERT INTO {table} ({id_column}, label, public_key, {at_column})"
                " VALUES (?, ?, ?, ?)"
                f" ON CONFLICT ({id_column}) DO UPDATE SET label = excluded.label",
                (key_id, label, public_key, dt2s(self._audit.now())),
            )
            self._audit.append(AuditAction.CREATE, f"{table}:{key_id}", None)

    def _trusted(
        self, table: str, id_column: str, at_column: str, key_id: str | None
    ) -> list[TrustedKey]:
        sql = f"SELECT {id_column}, public_key, label, {at_column} FROM {table}"
        params: tuple[str, ...] = ()
        if key_id is not None:
            sql += f" WHERE {id_column} = ?"
            params = (key_id,)
        rows = self._conn.execute(sql + f" ORDER BY {at_column}, {id_column}", params)
        return [TrustedKey(str(r[0]), bytes(r[1]), str(r[2]), str(r[3])) for r in rows]

    def _remove_trusted(self, table: str, id_column: str, key_id: str) -> bool:
        with writing(self._conn) as conn:
            removed = conn.execute(f"DELETE FROM {table} WHERE {id_column} = ?", (key_id,)).rowcount
            if removed:
                self._audit.append(AuditAction.DELETE, f"{table}:{key_id}", None)
        return bool(removed)

    # ------------------------------------------------------------------ targets
    def save_target(self, name: str, kind: str, config: str) -> None:
        """Add or replace a target's configuration (JSON text)."""
        with writing(self._conn) as conn:
            conn.execute(
                "INSERT INTO sync_targets (name, kind, config, created_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (name) DO UPDATE SET kind = excluded.kind,"
                " config = excluded.config",
                (name, kind, config, dt2s(self._audit.now())),
            )
            self._audit.append(AuditAction.UPDATE, f"sync_target:{name}", None)

    def targets(self) -> list[StoredTarget]:
        """Return every configured target by name."""
        rows = self._conn.execute("SELECT name, kind, config FROM sync_targets ORDER BY name")
        return [StoredTarget(str(r[0]), str(r[1]), str(r[2])) for r in rows]

    def target(self, name: str) -> StoredTarget | None:
        """Return one target, or ``None``."""
        row = self._conn.execute(
            "SELECT name, kind, config FROM sync_targets WHERE name = ?", (name,)
        ).fetchone()
        return None if row is None else StoredTarget(str(row[0]), str(row[1]), str(row[2]))

    def delete_target(self, name: str) -> bool:
        """Remove a target and its outbox; return whether it existed."""
        with writing(self._conn) as conn:
            removed = conn.execute("DELETE FROM sync_targets WHERE name = ?", (name,)).rowcount
            if removed:
                self._audit.append(AuditAction.DELETE, f"sync_target:{name}", None)
        return bool(removed)

    # ------------------------------------------------------------------- outbox
    def outbox_item(self, target: str, period: str, revision: int) -> OutboxItem | None:
        """Return what was made for ``target``'s release of ``period``/``revision``."""
        row = self._conn.execute(
            f"SELECT {_OUTBOX_COLUMNS} FROM sync_outbox"
            " WHERE target = ? AND period = ? AND revision = ?",
            (target, period, revision),
        ).fetchone()
        return None if row is None else _outbox_item(row)

    def enqueue(
        self, target: str, period: str, revision: int, payload: bytes, content: bytes
    ) -> OutboxItem:
        """Keep a release's content for ``target`` until it is delivered."""
        with writing(self._conn) as conn:
            conn.execute(
                "INSERT INTO sync_outbox (target, period, revision, payload, content,"
                " created_at) VALUES (?, ?, ?, ?, ?, ?)",
                (target, period, revision, payload, content, dt2s(self._audit.now())),
            )
            self._audit.append("enqueue", f"sync_outbox:{target}:{period}:{revision}", None)
        item = self.outbox_item(target, period, revision)
        assert item is not None
        return item

    def outbox(self, target: str | None = None, *, pending_only: bool = False) -> list[OutboxItem]:
        """Return outbox items (of one target), oldest first."""
        sql = f"SELECT {_OUTBOX_COLUMNS} FROM sync_outbox WHERE 1 = 1"
        params: list[object] = []
        if target is not None:
            sql += " AND target = ?"
            params.append(target)
        if pending_only:
            sql += " AND status = 'pending'"
        rows = self._conn.execute(sql + " ORDER BY id", params)
        return [_outbox_item(r) for r in rows]

    def mark_attempt(self, item_id: int, *, sent: bool, error: str = "") -> None:
        """Record one delivery attempt: delivered, or failed with a (data-free) reason."""
        with writing(self._conn) as conn:
            if sent:
                conn.execute(
                    "UPDATE sync_outbox SET status = 'sent', attempts = attempts + 1,"
                    " last_error = '', sent_at = ? WHERE id = ?",
                    (dt2s(self._audit.now()), item_id),
                )
                self._audit.append("sent", "sync_outbox", item_id)
            else:
                conn.execute(
                    "UPDATE sync_outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?",
                    (error, item_id),
                )

    def replace_content(self, item_id: int, content: bytes) -> None:
        """Rebuild a pending item's content (the target's mapping changed; same payload)."""
        with writing(self._conn) as conn:
            conn.execute(
                "UPDATE sync_outbox SET content = ? WHERE id = ? AND status = 'pending'",
                (content, item_id),
            )
            self._audit.append(AuditAction.UPDATE, "sync_outbox", item_id)

    def discard(self, item_id: int) -> bool:
        """Remove a pending item the user gave up on; return whether it was pending."""
        with writing(self._conn) as conn:
            removed = conn.execute(
                "DELETE FROM sync_outbox WHERE id = ? AND status = 'pending'", (item_id,)
            ).rowcount
            if removed:
                self._audit.append(AuditAction.DELETE, "sync_outbox", item_id)
        return bool(removed)

    # --------------------------------------------------------------- hub imports
    def hub_revisions(self, device_id: str, period: str) -> list[int]:
        """Return the revisions already imported from ``device_id`` for ``period``."""
        rows = self._conn.execute(
            "SELECT revision FROM hub_imports WHERE device_id = ? AND period = ? ORDER BY revision",
            (device_id, period),
        )
        return [int(r[0]) for r in rows]

    def hub_store(
        self, device_id: str, period: str, revision: int, area: str, payload: bytes
    ) -> None:
        """Keep an opened, verified payload."""
        with writing(self._conn) as conn:
            conn.execute(
                "INSERT INTO hub_imports (device_id, period, revision, area, payload,"
                " imported_at) VALUES (?, ?, ?, ?, ?, ?)",
                (device_id, period, revision, area, payload, dt2s(self._audit.now())),
            )
            self._audit.append("hub_import", f"hub_imports:{device_id}:{period}:{revision}", None)

    def hub_latest(self, period: str | None = None) -> list[HubImport]:
        """Return each device's latest revision of each period (of one period)."""
        sql = (
            "SELECT device_id, period, revision, area, payload, imported_at FROM hub_imports h"
            " WHERE revision = (SELECT max(revision) FROM hub_imports"
            " WHERE device_id = h.device_id AND period = h.period)"
        )
        params: tuple[str, ...] = ()
        if period is not None:
            sql += " AND period = ?"
            params = (period,)
        rows = self._conn.execute(sql + " ORDER BY period, area, device_id", params)
        return [
            HubImport(str(r[0]), str(r[1]), int(r[2]), str(r[3]), bytes(r[4]), str(r[5]))
            for r in rows
        ]

    def hub_periods(self) -> list[str]:
        """Return every period a coordinator holds imports for."""
        rows = self._conn.execute("SELECT DISTINCT period FROM hub_imports ORDER BY period")
        return [str(r[0]) for r in rows]
