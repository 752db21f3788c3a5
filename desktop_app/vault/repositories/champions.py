"""Parent champions ("Friendly Faces"), their matches with newcomers, and check-ins."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop_app.core.consent import champion_fields, match_fields
from desktop_app.core.models import (
    Champion,
    ChampionCheckIn,
    ChampionMatch,
    ChampionMatchStatus,
    Role,
)
from desktop_app.vault.audit import AuditAction
from desktop_app.vault.repositories._base import (
    Repository,
    d2s,
    list2s,
    require_found,
    require_id,
    s2d,
    s2d_req,
    s2list,
    writing,
)
from desktop_app.vault.repositories._guard import household_of, require_fields

COLUMNS = "household_id, languages, school, year_groups, availability, max_families, active"
_LIVE_MATCHES = ("suggested", "introduced", "active")


@dataclass(frozen=True, slots=True)
class ChampionSuggestion:
    """A champion suggested for a household, with why (shown to staff)."""

    champion: Champion
    same_school: bool
    shared_languages: tuple[str, ...]
    shared_year_groups: tuple[str, ...]
    free_places: int

    @property
    def score(self) -> int:
        """Higher is a better match: a shared language matters most."""
        return (
            4 * bool(self.shared_languages) + 2 * self.same_school + bool(self.shared_year_groups)
        )


def _params(c: Champion) -> tuple[Any, ...]:
    return (
        c.household_id,
        list2s(c.languages),
        c.school,
        list2s(c.year_groups),
        c.availability,
        c.max_families,
        int(c.active),
    )


def _from_row(raw: Sequence[Any]) -> Champion:
    return Champion(
        id=raw[0],
        household_id=raw[1],
        languages=s2list(raw[2]),
        school=raw[3],
        year_groups=s2list(raw[4]),
        availability=raw[5],
        max_families=raw[6],
        active=bool(raw[7]),
    )


class ChampionRepository(Repository):
    """Champions and matches."""

    def add(self, champion: Champion) -> Champion:
        """Register a consenting household as a champion."""
        with writing(self._conn) as conn:
            require_fields(conn, self._audit, champion.household_id, champion_fields(champion))
            cursor = conn.execute(
                f"INSERT INTO champions ({COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
                _params(champion),
            )
            stored = dataclasses.replace(champion, id=int(cursor.lastrowid))
            self._audit.append(AuditAction.CREATE, "champion", stored.id)
        return stored

    def update(self, champion: Champion) -> Champion:
        """Save a changed champion (languages, availability, active...)."""
        champion_id = require_id(champion.id)
        assignments = ", ".join(f"{c.strip()} = ?" for c in COLUMNS.split(","))
        with writing(self._conn) as conn:
            require_fields(conn, self._audit, champion.household_id, champion_fields(champion))
            cursor = conn.execute(
                f"UPDATE champions SET {assignments} WHERE id = ?",
                (*_params(champion), champion_id),
            )
            require_found(cursor.rowcount)
            self._audit.append(AuditAction.UPDATE, "champion", champion_id)
        return champion

    def get(self, champion_id: int) -> Champion | None:
        """Return one champion."""
        raw = self._conn.execute(
            f"SELECT id, {COLUMNS} FROM champions WHERE id = ?", (champion_id,)
        ).fetchone()
        return None if raw is None else _from_row(raw)

    def champions(self, *, active_only: bool = True, school: str | None = None) -> list[Champion]:
        """Return champions, optionally only active ones or one school's."""
        clauses: list[str] = ["active >= ?"]
        args: list[object] = [int(active_only)]
        if school is not None:
            clauses.append("school = ?")
            args.append(school)
        rows = self._conn.execute(
            f"SELECT id, {COLUMNS} FROM champions WHERE {' AND '.join(clauses)} ORDER BY id",
            args,
        ).fetchall()
        return [_from_row(r) for r in rows]

    def suggest(self, household_id: int, limit: int = 5) -> list[ChampionSuggestion]:
        """Suggest active champions with free places for a household.

        Matching uses the household's school, its preferred and interpreter languages,
        and its children's school years; champions sharing nothing are left out.
        """
        row = self._conn.execute(
            "SELECT school, preferred_language, interpreter_language FROM households WHERE id = ?",
            (household_id,),
        ).fetchone()
        require_found(0 if row is None else 1)
        school, preferred, interpreter = row
        languages = {lang.split("-")[0] for lang in (preferred, interpreter) if lang}
        years = {
            r[0]
            for r in self._conn.execute(
                "SELECT school_year FROM people WHERE household_id = ? AND role = ?"
                " AND school_year != ''",
                (household_id, Role.CHILD.value),
            )
        }
        live = {
            r[0]: r[1]
            for r in self._conn.execute(
                "SELECT champion_id, count(*) FROM champion_matches WHERE status IN"
                f" {_LIVE_MATCHES} GROUP BY champion_id"
            )
        }
        already = {
            r[0]
            for r in self._conn.execute(
                "SELECT champion_id FROM champion_matches WHERE household_id = ?", (household_id,)
            )
        }
        suggestions = []
        for champion in self.champions(active_only=True):
            if champion.household_id == household_id or champion.id in already:
                continue
            free = champion.max_families - live.get(champion.id, 0)
            if free <= 0:
                continue
            shared_langs = tuple(
                lang for lang in champion.languages if lang.split("-")[0] in languages
            )
            suggestion = ChampionSuggestion(
                champion=champion,
                same_school=bool(school) and champion.school == school,
                shared_languages=shared_langs,
                shared_year_groups=tuple(y for y in champion.year_groups if y in years),
                free_places=free,
            )
            if suggestion.score:
                suggestions.append(suggestion)
        suggestions.sort(key=lambda s: (-s.score, -s.free_places, s.champion.id or 0))
        return suggestions[:limit]

    def match(self, match: ChampionMatch) -> ChampionMatch:
        """Record a match (suggested or introduced) between a champion and a household.

        Raises:
            ConsentRequiredError: the newcomer household has not agreed to be introduced.
        """
        with writing(self._conn) as conn:
            require_fields(conn, self._audit, match.household_id, match_fields(match))
            cursor = conn.execute(
                "INSERT INTO champion_matches (champion_id, household_id, status, introduced_on)"
                " VALUES (?, ?, ?, ?)",
                (
                    match.champion_id,
                    match.household_id,
                    match.status.value,
                    d2s(match.introduced_on),
                ),
            )
            match_id = int(cursor.lastrowid)
            conn.executemany(
                "INSERT INTO champion_check_ins (match_id, checked_on, note) VALUES (?, ?, ?)",
                [(match_id, c.checked_on.isoformat(), c.note) for c in match.check_ins],
            )
            self._audit.append(AuditAction.CREATE, "champion_match", match_id)
        return dataclasses.replace(match, id=match_id)

    def set_match_status(
        self, match_id: int, status: ChampionMatchStatus, *, introduced_on: date | None = None
    ) -> None:
        """Move a match on (introduced, active, ended, declined).

        Ending or declining is always possible; moving a match on needs the newcomer's
        current consent.
        """
        with writing(self._conn) as conn:
            if status.value in _LIVE_MATCHES:
                owner = household_of(conn, "champion_matches", match_id)
                require_fields(conn, self._audit, owner, {"champion_match.status"})
            cursor = conn.execute(
                "UPDATE champion_matches SET status = ?,"
                " introduced_on = coalesce(?, introduced_on) WHERE id = ?",
                (status.value, d2s(introduced_on), match_id),
            )
            require_found(cursor.rowcount)
            self._audit.append(AuditAction.STATUS_CHANGE, "champion_match", match_id)

    def add_check_in(self, match_id: int, check_in: ChampionCheckIn) -> None:
        """Record a check-in on a match."""
        with writing(self._conn) as conn:
            owner = household_of(conn, "champion_matches", match_id)
            require_fields(conn, self._audit, owner, {"champion_match.check_ins"})
            conn.execute(
                "INSERT INTO champion_check_ins (match_id, checked_on, note) VALUES (?, ?, ?)",
                (match_id, check_in.checked_on.isoformat(), check_in.note),
            )
            self._audit.append(AuditAction.UPDATE, "champion_match", match_id)

    def matches_for_household(self, household_id: int) -> list[ChampionMatch]:
        """Return the champion matches of a newcomer household."""
        return self._matches("household_id = ?", household_id)

    def matches_for_champion(self, champion_id: int) -> list[ChampionMatch]:
        """Return the households a champion was matched with."""
        return self._matches("champion_id = ?", champion_id)

    def _matches(self, condition: str, value: int) -> list[ChampionMatch]:
        rows = self._conn.execute(
            "SELECT id, champion_id, household_id, status, introduced_on FROM champion_matches"
            f" WHERE {condition} ORDER BY id",
            (value,),
        ).fetchall()
        result = []
        for match_id, champion_id, household_id, status, introduced_on in rows:
            check_ins = tuple(
                ChampionCheckIn(s2d_req(d), note)
                for d, note in self._conn.execute(
                    "SELECT checked_on, note FROM champion_check_ins WHERE match_id = ?"
                    " ORDER BY checked_on, id",
                    (match_id,),
                )
            )
            result.append(
                ChampionMatch(
                    id=match_id,
                    champion_id=champion_id,
                    household_id=household_id,
                    status=ChampionMatchStatus(status),
                    introduced_on=s2d(introduced_on),
                    check_ins=check_ins,
                )
            )
        return result
