"""Consent history as evidence: every consent event is sealed into the audit chain.

When a consent event is stored, its audit entry's ``detail`` holds the household id and
a SHA-256 over the event's id, household and every stored value, salted with 128 random
bits kept in the event's row. The entry is part of the hash chain, so:

* changing an event (even with the triggers dropped) no longer matches its seal;
* deleting an event leaves a seal without its event — allowed only when the household
  was erased afterwards (the ``erase household`` entry follows it in the chain);
* an event without a seal was slipped in past the repositories;
* once erased, the seal says nothing about the family: without the salt, the digest
  cannot be checked against guesses.

:func:`verify_consent_events` is run by ``Vault.verify`` (``hearth verify``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from desktop_app.core.models import ConsentNotice, ConsentPurpose
from desktop_app.i18n import _
from desktop_app.vault.connection import Connection
from desktop_app.vault.repositories.consent import (
    COLUMNS,
    ENTITY,
    event_digest,
    parse_audit_detail,
)


def verify_consent_events(conn: Connection) -> list[str]:
    """Check every consent event against its seal; return problems in plain words."""
    problems: list[str] = []
    seals: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for seq, entity_id, detail in conn.execute(
        "SELECT seq, entity_id, detail FROM audit_log WHERE entity = ? ORDER BY seq", (ENTITY,)
    ):
        if entity_id is not None:
            seals[int(entity_id)].append((int(seq), str(detail)))
    erased: dict[int, list[int]] = defaultdict(list)
    for seq, entity_id in conn.execute(
        "SELECT seq, entity_id FROM audit_log WHERE action = 'erase' AND entity = 'household'"
    ):
        if entity_id is not None:
            erased[int(entity_id)].append(int(seq))

    def erased_after(household_id: int, seq: int) -> bool:
        return any(s > seq for s in erased.get(household_id, ()))

    present: set[int] = set()
    for row in conn.execute(f"SELECT id, household_id, {COLUMNS}, salt FROM consent_events"):
        event_id, household_id, values, salt = int(row[0]), int(row[1]), row[2:-1], row[-1]
        present.add(event_id)
        entries = seals.get(event_id, [])
        if not entries:
            problems.append(_("Consent record {id} is not in the audit log.").format(id=event_id))
            continue
        # Ids of erased events can be used again: the last seal is this row's.
        *earlier, (seq, detail) = entries
        parsed = parse_audit_detail(detail)
        if parsed != (household_id, event_digest(event_id, household_id, values, salt)):
            problems.append(
                _("Consent record {id} has been changed after it was written.").format(id=event_id)
            )
        problems += _missing(event_id, earlier, erased_after)
    for event_id, entries in seals.items():
        if event_id not in present:
            problems += _missing(event_id, entries, erased_after)
    problems += _check_notices(conn)
    return problems


def _missing(
    event_id: int,
    entries: list[tuple[int, str]],
    erased_after: Callable[[int, int], bool],
) -> list[str]:
    problems = []
    for seq, detail in entries:
        parsed = parse_audit_detail(detail)
        if parsed is None or not erased_after(parsed[0], seq):
            problems.append(_("Consent record {id} is missing.").format(id=event_id))
    return problems


def _check_notices(conn: Connection) -> list[str]:
    problems = []
    for version_hash, purpose, language, text in conn.execute(
        "SELECT version_hash, purpose, language, text FROM consent_notices"
    ):
        try:
            ConsentNotice(ConsentPurpose(purpose), language, text, version_hash)
        except ValueError:
            problems.append(_("A consent text has been changed after families were shown it."))
    return problems
