"""Subject access (GDPR Art. 15): everything Hearth holds about one household.

:func:`subject_access_export` returns one JSON-ready dictionary: the household, its
people, needs with their status history, contacts, follow-ups, referrals (with the
service's name), champion registration and matches, events attended, and the whole
consent history with the exact notice text, version and language of every decision.
The readable PDF in the family's language is rendered from this by the GUI.

Keys and vocabulary values are the stable English identifiers of the data model
(``"status": "referred"``); the PDF translates them.
"""

from __future__ import annotations

import base64
import dataclasses
from datetime import date, datetime
from enum import Enum
from typing import Any

from desktop_app.core.models import YearMonth, utc_now
from desktop_app.vault.audit import AuditLog
from desktop_app.vault.connection import Connection
from desktop_app.vault.repositories import (
    ChampionRepository,
    ConsentRepository,
    EventRepository,
    HouseholdRepository,
)
from desktop_app.vault.repositories._base import require_found

#: Identifies the export's shape (bump on incompatible changes).
EXPORT_FORMAT = "hearth-subject-access"
EXPORT_VERSION = 1


def _plain(value: Any) -> Any:
    """Turn records, enums, dates and tuples into JSON values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date | YearMonth):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def subject_access_export(
    conn: Connection, household_id: int, audit: AuditLog | None = None
) -> dict[str, Any]:
    """Return everything held about a household, JSON-ready.

    Args:
        conn: the vault connection.
        household_id: the household.
        audit: when given, the export is recorded in the audit log (who, when, which
            household id — nothing else).

    Raises:
        RecordNotFoundError: there is no such household.
    """
    reader = audit or AuditLog(conn, "subject access")
    households = HouseholdRepository(conn, reader)
    aggregate = households.get(household_id)
    require_found(0 if aggregate is None else 1)
    assert aggregate is not None
    consent = ConsentRepository(conn, reader)
    services = {
        int(r[0]): str(r[1])
        for r in conn.execute(
            "SELECT s.id, s.name FROM services s JOIN referrals r ON r.service_id = s.id"
            " WHERE r.household_id = ?",
            (household_id,),
        )
    }
    notices: dict[str, Any] = {}
    for event in aggregate.consents:
        notice = consent.notice(event.notice_hash)
        if notice is not None:
            notices[notice.version_hash] = _plain(notice)
    champions = ChampionRepository(conn, reader)
    registration = next(
        (c for c in champions.champions(active_only=False) if c.household_id == household_id),
        None,
    )
    matches = champions.matches_for_household(household_id)
    if registration is not None and registration.id is not None:
        matches += champions.matches_for_champion(registration.id)
    referrals = []
    for referral in aggregate.referrals:
        entry = _plain(referral)
        entry["service_name"] = services.get(referral.service_id, "")
        referrals.append(entry)
    export: dict[str, Any] = {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "exported_at": utc_now().isoformat(),
        "household": _plain(aggregate.household),
        "people": _plain(aggregate.people),
        "needs": _plain(aggregate.needs),
        "contacts": _plain(aggregate.contacts),
        "follow_ups": _plain(aggregate.follow_ups),
        "referrals": referrals,
        "champion": _plain(registration),
        "champion_matches": _plain(matches),
        "events_attended": _plain(EventRepository(conn, reader).attended_by(household_id)),
        "consent": {
            "current": _plain({p.value: e for p, e in consent.current(household_id).items()}),
            "history": _plain(aggregate.consents),
            "notices": notices,
            # Signatures drawn on screen, as base64 PNG, by consent event id.
            "signatures": {
                str(event.id): base64.b64encode(png).decode("ascii")
                for event in aggregate.consents
                if event.id is not None and (png := consent.signature(event.id)) is not None
            },
        },
    }
    if audit is not None:
        audit.append("subject_access_export", "household", household_id)
    return export
