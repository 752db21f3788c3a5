"""Parent champions ("Friendly Faces"), their matches with newcomers, and check-ins."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from desktop_app.core.champions import (
    BEST_WITHOUT_SCHOOL,
    ChampionProfile,
    ChildPlace,
    FamilyProfile,
    Load,
    MatchScore,
    SchoolPlace,
    child_age,
    load_of,
    normal_name,
    primary_language,
    rank,
)
from desktop_app.core.consent import champion_fields, check_fields, match_fields
from desktop_app.core.errors import UserFacingError
from desktop_app.core.models import (
    AgeBand,
    Champion,
    ChampionCheckIn,
    ChampionMatch,
    ChampionMatchStatus,
    Role,
)
from desktop_app.i18n import _
from desktop_app.vault.audit import AuditAction
from desktop_app.vault.repositories._base import (
    Repository,
    d2s,
    framed,
    list2s,
    require_found,
    require_id,
    s2d,
    s2d_req,
    s2list,
    writing,
)
from desktop_app.vault.repositories._guard import household_of, require_fields

COLUMNS = (
    "household_id, languages, school, year_groups, availability, max_families, active, retired_on"
)
_LIVE_MATCHES = ("suggested", "introduced", "active")
_LIVE_SQL = "('suggested', 'introduced', 'active')"
_C_COLUMNS = ", ".join("c." + c.strip() for c in COLUMNS.split(","))


@dataclass(frozen=True, slots=True)
class ChampionSuggestion:
    """A champion suggested for a household, with why (shown to staff in words)."""

    champion: Champion
    match: MatchScore
    reference: str  # the champion family's reference and alias, to find them
    alias: str
    live_matches: int

    @property
    def points(self) -> int:
        """The match's points (:mod:`desktop_app.core.champions`)."""
        return self.match.points

    @property
    def same_school(self) -> bool:
        """Whether the champion is at the family's school."""
        return self.match.place is not SchoolPlace.NONE

    @property
    def shared_languages(self) -> tuple[str, ...]:
        """The champion's languages the family speaks."""
        return self.match.shared_languages

    @property
    def shared_year_groups(self) -> tuple[str, ...]:
        """The champion's year groups the family's children are in."""
        return self.match.shared_year_groups

    @property
    def free_places(self) -> int:
        """How many more families the champion can take."""
        return self.match.free_places


@dataclass(frozen=True, slots=True)
class ChampionLoad:
    """One line of the Champions page: a champion, whose family it is, and their load."""

    champion: Champion
    reference: str
    alias: str
    live_matches: int  # introductions under way (suggested, introduced or active)
    consent_given: bool  # their "introduce to a parent champion" consent is current

    @property
    def load(self) -> Load:
        """Has room, full, or over capacity."""
        return load_of(self.live_matches, self.champion.max_families)


@lru_cache(maxsize=4096)
def _tags(text: str) -> tuple[str, ...]:
    # Suggestions parse thousands of these lists, and champions share few of them.
    return s2list(text)


def _params(c: Champion) -> tuple[Any, ...]:
    return (
        c.household_id,
        list2s(c.languages),
        c.school,
        list2s(c.year_groups),
        c.availability,
        c.max_families,
        int(c.active),
        d2s(c.retired_on),
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
        retired_on=s2d(raw[8]),
    )


# The latest "introduce to a parent champion" decision of the champion's household is a
# grant that is not past its review date (one step down consent_events_household).
_CHAMPION_CONSENTS = (
    "coalesce((SELECT e.decision IN ('given', 'renewed')"
    " AND (e.review_on IS NULL OR e.review_on >= :today)"
    " FROM consent_events e WHERE e.household_id = c.household_id"
    " AND e.purpose = 'champion_introduction' ORDER BY e.id DESC LIMIT 1), 0)"
)
_LIVE_COUNT = (
    "(SELECT count(*) FROM champion_matches m INDEXED BY champion_matches_load"
    f" WHERE m.champion_id = c.id AND m.status IN {_LIVE_SQL})"
)


class AlreadyChampionError(UserFacingError):
    """The household is registered as a champion already."""

    def __init__(self) -> None:
        super().__init__(
            _("This family is already a parent champion."),
            hint=_("Find them in the list of champions and edit their details there."),
        )


@dataclass(frozen=True, slots=True)
class IntroductionRow:
    """A match with the two families' handles, for lists on the Champions page."""

    match: ChampionMatch
    household_reference: str  # the newcomer family
    household_alias: str
    champion_reference: str  # the champion's family
    champion_alias: str
    check_ins: int = 0  # how many check-ins were recorded
    last_check_in: date | None = None


class ChampionRepository(Repository):
    """Champions and matches."""

    def add(self, champion: Champion) -> Champion:
        """Register a consenting household as a champion.

        A champion family needs *keep a case record* and *introduce to a parent
        champion* (which covers both sides of an introduction): every field of a
        champion registration belongs to that purpose.

        Raises:
            ConsentRequiredError: the family has not given one of those purposes.
            AlreadyChampionError: the family is a champion already.
        """
        with writing(self._conn) as conn:
            require_fields(conn, self._audit, champion.household_id, champion_fields(champion))
            taken = conn.execute(
                "SELECT 1 FROM champions WHERE household_id = ?", (champion.household_id,)
            ).fetchone()
            if taken is not None:
                raise AlreadyChampionError()
            cursor = conn.execute(
                f"INSERT INTO champions ({COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                _params(champion),
            )
            stored = dataclasses.replace(champion, id=int(cursor.lastrowid))
            self._audit.append(AuditAction.CREATE, "champion", stored.id)
        return stored

    def update(self, champion: Champion) -> Champion:
        """Save a changed champion (languages, availability, paused, retired...)."""
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

    def retire(self, champion_id: int, on: date) -> int:
        """Retire a champion: no more suggestions, and their introductions end.

        Returns:
            How many introductions under way were ended.
        """
        with writing(self._conn) as conn:
            champion = self.get(champion_id)
            if champion is None:
                require_found(0)
            assert champion is not None
            retired = dataclasses.replace(champion, active=False, retired_on=on)
            require_fields(conn, self._audit, champion.household_id, champion_fields(retired))
            conn.execute(
                "UPDATE champions SET active = 0, retired_on = ? WHERE id = ?",
                (on.isoformat(), champion_id),
            )
            self._audit.append(AuditAction.UPDATE, "champion", champion_id)
            ended = [
                int(r[0])
                for r in conn.execute(
                    "SELECT id FROM champion_matches WHERE champion_id = ? AND status IN"
                    f" {_LIVE_SQL} ORDER BY id",
                    (champion_id,),
                )
            ]
            for match_id in ended:
                conn.execute(
                    "UPDATE champion_matches SET status = ? WHERE id = ?",
                    (ChampionMatchStatus.ENDED.value, match_id),
                )
                self._audit.append(AuditAction.STATUS_CHANGE, "champion_match", match_id)
        return len(ended)

    def get(self, champion_id: int) -> Champion | None:
        """Return one champion."""
        raw = self._conn.execute(
            f"SELECT id, {COLUMNS} FROM champions WHERE id = ?", (champion_id,)
        ).fetchone()
        return None if raw is None else _from_row(raw)

    def for_household(self, household_id: int) -> Champion | None:
        """Return the household's champion registration, if it has one."""
        raw = self._conn.execute(
            f"SELECT id, {COLUMNS} FROM champions WHERE household_id = ?", (household_id,)
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

    def loads(self, *, include_retired: bool = False) -> list[ChampionLoad]:
        """Return every champion with their family's handle and current load.

        Ordered by reference. Retired champions only when asked for.
        """
        where = "" if include_retired else "WHERE c.retired_on IS NULL"
        rows = self._conn.execute(
            f"SELECT c.id, {_C_COLUMNS}, h.reference, h.alias"
            f" FROM champions c JOIN households h ON h.id = c.household_id {where}"
            " ORDER BY h.reference"
        ).fetchall()
        live = self._live_counts()
        consenting = self._consenting_households(self._audit.today())
        return [
            ChampionLoad(
                champion=_from_row(r[:9]),
                reference=r[9],
                alias=r[10],
                live_matches=live.get(int(r[0]), 0),
                consent_given=int(r[1]) in consenting,
            )
            for r in rows
        ]

    def _live_counts(self) -> dict[int, int]:
        """Introductions under way per champion (one pass over champion_matches_load)."""
        return {
            int(champion_id): int(n)
            for champion_id, n in self._conn.execute(
                "SELECT champion_id, count(*) FROM champion_matches"
                f" INDEXED BY champion_matches_load WHERE status IN {_LIVE_SQL}"
                " GROUP BY champion_id"
            )
        }

    def _consenting_households(self, today: date) -> set[int]:
        """Households whose "introduce to a parent champion" consent is current.

        From indexes alone: each household's latest decision (consent_events_purpose,
        whose bare ``decision`` column SQLite takes from the row holding ``max(id)``),
        less the decisions past their review date (consent_events_review).
        """
        latest = self._conn.execute(
            "SELECT household_id, decision, max(id) FROM consent_events"
            " WHERE purpose = 'champion_introduction' GROUP BY household_id"
        ).fetchall()
        expired = {
            int(r[0])
            for r in self._conn.execute(
                "SELECT id FROM consent_events INDEXED BY consent_events_review"
                " WHERE review_on < ?",
                (today.isoformat(),),
            )
        }
        return {
            int(household_id)
            for household_id, decision, event_id in latest
            if decision in ("given", "renewed") and int(event_id) not in expired
        }

    # ------------------------------------------------------------ suggestions

    def family_profile(self, household_id: int, *, today: date | None = None) -> FamilyProfile:
        """Return what matching knows of a newcomer family.

        Raises:
            RecordNotFoundError: no such household.
        """
        row = self._conn.execute(
            "SELECT school, preferred_language, interpreter_language FROM households WHERE id = ?",
            (household_id,),
        ).fetchone()
        require_found(0 if row is None else 1)
        school, preferred, interpreter = row
        children = self._children([household_id], today or self._audit.today())
        return FamilyProfile(
            household_id=household_id,
            school=school,
            languages=tuple(lang for lang in (preferred, interpreter) if lang),
            children=tuple(children.get(household_id, ())),
        )

    def suggest(
        self, household_id: int, limit: int = 5, *, today: date | None = None
    ) -> list[ChampionSuggestion]:
        """Suggest champions for a newcomer household, best first.

        Only champions who are active, have a free place, whose own consent is current,
        who were never matched with this family, and who share its school or a language
        are considered; :func:`desktop_app.core.champions.rank` orders them. The
        children of champions at the family's school are read for their classes; for
        champions at other schools, ages come from the year groups they registered.

        Raises:
            ConsentRequiredError: the family has not agreed to be introduced (checked
                before anything about the champions is read).
            RecordNotFoundError: no such household.
        """
        today = today or self._audit.today()
        from desktop_app.vault.repositories.consent import current_events

        family = self.family_profile(household_id, today=today)
        check_fields({"champion_match.status"}, current_events(self._conn, household_id), today)
        schools = self._schools_like(family.school)

        def best(profiles: list[ChampionProfile]) -> list[MatchScore]:
            # The champion's own consent is checked best first, only until enough are
            # found: nearly every active champion's is current (a withdrawal pauses
            # them), so this reads a handful of consent rows, not one per candidate.
            return rank(
                family,
                profiles,
                limit=limit,
                accept=lambda p: self._champion_consents(p.household_id, today),
            )

        # Champions at the family's school first. A champion at another school scores at
        # most BEST_WITHOUT_SCHOOL, so when enough at the school score more, the others
        # (often thousands who share a language) cannot enter the list and are not read.
        at_school = self._candidates(family, today, schools=schools, at_school=True)
        chosen = best(at_school)
        if len(chosen) < limit or chosen[-1].points <= BEST_WITHOUT_SCHOOL:
            elsewhere = self._candidates(family, today, schools=schools, at_school=False)
            chosen = best(at_school + elsewhere)
        if not chosen:
            return []
        rows = self._conn.execute(
            f"SELECT c.id, {_C_COLUMNS}, h.reference, h.alias, {_LIVE_COUNT}"
            " FROM champions c JOIN households h ON h.id = c.household_id"
            " WHERE c.id IN (SELECT value FROM json_each(?))",
            (json.dumps([s.champion_id for s in chosen]),),
        ).fetchall()
        found = {int(r[0]): r for r in rows}
        return [
            ChampionSuggestion(
                _from_row(found[s.champion_id][:9]),
                s,
                found[s.champion_id][9],
                found[s.champion_id][10],
                int(found[s.champion_id][11]),
            )
            for s in chosen
            if s.champion_id in found
        ]

    def _champion_consents(self, household_id: int, today: date) -> bool:
        """Whether a champion family's "introduce to a parent champion" consent is current."""
        row = self._conn.execute(
            f"SELECT {_CHAMPION_CONSENTS} FROM (SELECT :hid AS household_id) c",
            {"hid": household_id, "today": today.isoformat()},
        ).fetchone()
        return bool(row[0])

    def _schools_like(self, school: str) -> list[str]:
        """The champions' school names that are this school (spaces and case aside).

        The few distinct names come from the index champions_school.
        """
        wanted = normal_name(school)
        if not wanted:
            return []
        return [
            r[0]
            for r in self._conn.execute("SELECT DISTINCT school FROM champions WHERE active = 1")
            if normal_name(r[0]) == wanted
        ]

    def _candidates(
        self,
        family: FamilyProfile,
        today: date,
        *,
        schools: list[str] | None = None,
        at_school: bool | None = None,
    ) -> list[ChampionProfile]:
        """Return the champions who could suit a family, as matching sees them.

        Active, with a free place, never matched with the family, sharing its school or
        a language; their own consent is checked afterwards, best first.

        Args:
            family: the newcomer family.
            today: for the children's ages.
            schools: the champions' names for the family's school (default: looked up).
            at_school: only those at the family's school (True), only those elsewhere
                who share a language (False), or both (None).
        """
        if schools is None:
            schools = self._schools_like(family.school)
        args: dict[str, object] = {"hid": family.household_id}
        for i, school in enumerate(schools):
            args[f"school{i}"] = school
        same = f"c.school IN ({', '.join(f':school{i}' for i in range(len(schools)))})"
        languages = []
        for i, primary in enumerate(sorted({primary_language(t) for t in family.languages})):
            if not primary:
                continue
            args[f"lang{i}"] = framed(primary)
            args[f"sub{i}"] = f",{primary}-"
            languages.append(f"instr(lower(c.languages), :lang{i})")
            languages.append(f"instr(lower(c.languages), :sub{i})")
        speaks = f"({' OR '.join(languages)})" if languages else ""
        if at_school is True:
            condition = same if schools else ""
        elif at_school is False:
            condition = speaks and (f"NOT {same} AND {speaks}" if schools else speaks)
        else:
            condition = " OR ".join(c for c in (same if schools else "", speaks) if c)
        if not condition:
            return []
        rows = self._conn.execute(
            "SELECT c.id, c.household_id, c.languages, c.school, c.year_groups,"
            " c.max_families FROM champions c"
            f" WHERE c.active = 1 AND c.household_id != :hid AND ({condition})",
            args,
        ).fetchall()
        # Loads in one pass over the index champion_matches_load (a few thousand
        # entries), and the champions this family ever met: cheaper than asking per row.
        live = dict(
            self._conn.execute(
                "SELECT champion_id, count(*) FROM champion_matches"
                f" INDEXED BY champion_matches_load WHERE status IN {_LIVE_SQL}"
                " GROUP BY champion_id"
            ).fetchall()
        )
        met = {
            int(r[0])
            for r in self._conn.execute(
                "SELECT champion_id FROM champion_matches WHERE household_id = ?",
                (family.household_id,),
            )
        }
        rows = [r for r in rows if r[0] not in met and live.get(r[0], 0) < r[5]]
        # Children are read only to find classmates: at the family's school, and only
        # when the family's children have a class recorded.
        children: dict[int, list[ChildPlace]] = {}
        if any(c.class_name.strip() for c in family.children):
            here = set(schools)
            children = self._children([int(r[1]) for r in rows if r[3] in here], today)
        return [
            ChampionProfile(
                champion_id=int(champion_id),
                household_id=int(owner),
                school=school,
                languages=_tags(languages),
                year_groups=_tags(years),
                children=tuple(children.get(int(owner), ())),
                capacity=int(capacity),
                live_matches=int(live.get(champion_id, 0)),
            )
            for champion_id, owner, languages, school, years, capacity in rows
        ]

    def _children(self, household_ids: Sequence[int], today: date) -> dict[int, list[ChildPlace]]:
        """Return the children of these households as matching sees them."""
        found: dict[int, list[ChildPlace]] = {}
        if not household_ids:
            return found
        rows = self._conn.execute(
            "SELECT p.household_id, p.school_year, p.class_name, p.birth_year, p.age_band"
            " FROM people p WHERE p.role = ? AND p.household_id IN"
            " (SELECT value FROM json_each(?))",
            (Role.CHILD.value, json.dumps(list(household_ids))),
        )
        for household_id, school_year, class_name, birth_year, band in rows:
            age = child_age(
                school_year, birth_year, None if band is None else AgeBand(band), today=today
            )
            found.setdefault(household_id, []).append(ChildPlace(school_year, class_name, age))
        return found

    # ------------------------------------------------------------ matches

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

    def introduce(self, champion_id: int, household_id: int, on: date) -> ChampionMatch:
        """Record that a family was introduced to a champion on ``on``.

        Raises:
            ConsentRequiredError: the family has not agreed to be introduced.
            ChampionUnavailableError: the champion is paused, retired, full, has no
                current consent of their own, or is the family itself.
        """
        with writing(self._conn) as conn:
            row = conn.execute(
                f"SELECT c.household_id, c.active, c.max_families, {_LIVE_COUNT},"
                f" {_CHAMPION_CONSENTS} FROM champions c WHERE c.id = :id",
                {"id": champion_id, "today": self._audit.today().isoformat()},
            ).fetchone()
            require_found(0 if row is None else 1)
            owner, active, capacity, live, consenting = row
            match = ChampionMatch(
                champion_id, household_id, ChampionMatchStatus.INTRODUCED, introduced_on=on
            )
            # The family's consent first: its refusal is the message staff must see.
            require_fields(conn, self._audit, household_id, match_fields(match))
            before = conn.execute(
                "SELECT 1 FROM champion_matches WHERE champion_id = ? AND household_id = ?",
                (champion_id, household_id),
            ).fetchone()
            if before is not None:
                raise AlreadyIntroducedError()
            if owner == household_id or not active or live >= capacity or not consenting:
                raise ChampionUnavailableError()
            return self.match(match)

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

    def check_in(self, match_id: int, check_in: ChampionCheckIn) -> ChampionMatch:
        """Record a check-in on a live match; an introduction that is going becomes active.

        Raises:
            MatchEndedError: the match was ended or declined.
            ConsentRequiredError: the family's consent is no longer current.
        """
        with writing(self._conn) as conn:
            status = conn.execute(
                "SELECT status FROM champion_matches WHERE id = ?", (match_id,)
            ).fetchone()
            require_found(0 if status is None else 1)
            if status[0] not in _LIVE_MATCHES:
                raise MatchEndedError()
            self.add_check_in(match_id, check_in)
            if status[0] != ChampionMatchStatus.ACTIVE.value:
                self.set_match_status(match_id, ChampionMatchStatus.ACTIVE)
        stored = self._matches("id = ?", match_id)
        return stored[0]

    def matches_for_household(self, household_id: int) -> list[ChampionMatch]:
        """Return the champion matches of a newcomer household."""
        return self._matches("household_id = ?", household_id)

    def matches_for_champion(self, champion_id: int) -> list[ChampionMatch]:
        """Return the households a champion was matched with."""
        return self._matches("champion_id = ?", champion_id)

    def introductions(
        self,
        *,
        champion_id: int | None = None,
        household_id: int | None = None,
        live_only: bool = False,
        limit: int = 500,
    ) -> list[IntroductionRow]:
        """Return matches with both families' handles: live ones first, then the newest.

        Args:
            champion_id: only this champion's.
            household_id: only this (newcomer) family's.
            live_only: leave out ended and declined ones.
            limit: at most this many.
        """
        clauses = ["1"]
        args: list[object] = []
        if champion_id is not None:
            clauses.append("m.champion_id = ?")
            args.append(champion_id)
        if household_id is not None:
            clauses.append("m.household_id = ?")
            args.append(household_id)
        if live_only:
            clauses.append(f"m.status IN {_LIVE_SQL}")
        rows = self._conn.execute(
            "SELECT m.id, m.champion_id, m.household_id, m.status, m.introduced_on,"
            " h.reference, h.alias, ch.reference, ch.alias,"
            " (SELECT count(*) FROM champion_check_ins k WHERE k.match_id = m.id),"
            " (SELECT max(k.checked_on) FROM champion_check_ins k WHERE k.match_id = m.id)"
            " FROM champion_matches m JOIN households h ON h.id = m.household_id"
            " JOIN champions c ON c.id = m.champion_id"
            " JOIN households ch ON ch.id = c.household_id"
            f" WHERE {' AND '.join(clauses)}"
            f" ORDER BY m.status NOT IN {_LIVE_SQL}, m.introduced_on DESC, m.id DESC LIMIT ?",
            (*args, limit),
        ).fetchall()
        return [
            IntroductionRow(
                ChampionMatch(
                    id=r[0],
                    champion_id=r[1],
                    household_id=r[2],
                    status=ChampionMatchStatus(r[3]),
                    introduced_on=s2d(r[4]),
                ),
                r[5],
                r[6],
                r[7],
                r[8],
                int(r[9]),
                s2d(r[10]),
            )
            for r in rows
        ]

    def get_match(self, match_id: int) -> ChampionMatch | None:
        """Return one match with its check-ins."""
        found = self._matches("id = ?", match_id)
        return found[0] if found else None

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


class ChampionUnavailableError(UserFacingError):
    """The champion cannot take this family now."""

    def __init__(self) -> None:
        super().__init__(
            _("This champion cannot take a family now."),
            hint=_(
                "They may be paused, retired or full, or their own consent is no longer "
                "current. Suggest champions again and choose another."
            ),
        )


class AlreadyIntroducedError(UserFacingError):
    """The family and the champion were matched before (each pair is matched once)."""

    def __init__(self) -> None:
        super().__init__(
            _("This family was introduced to this champion before."),
            hint=_("Look at the family's introductions below, or choose another champion."),
        )


class MatchEndedError(UserFacingError):
    """A check-in on an introduction that was ended or declined."""

    def __init__(self) -> None:
        super().__init__(
            _("This introduction has ended."),
            hint=_("Check-ins are recorded on introductions that are still going."),
        )
