"""Parent champions, introductions and events for a demo vault (made-up families only).

Run after :func:`desktop_app.vault.demo_vault.populate_demo`: some families who agreed to
"introduce to a parent champion" become champions (their own school, language and
children's year groups), some others are introduced to the best champion suggested for
them, with a check-in or two, and the school holds a term of coffee mornings, ESOL
sessions, workshops and a celebration that families came to. Everything goes through
the repositories, so the consent rules hold for demo data as for real data.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from desktop_app.core.consent import ConsentExpiredError, ConsentRequiredError
from desktop_app.core.models import (
    Champion,
    ChampionCheckIn,
    ConsentPurpose,
    Event,
    EventAttendance,
    EventKind,
)
from desktop_app.vault.audit import AuditLog
from desktop_app.vault.connection import Connection, transaction
from desktop_app.vault.repositories import ChampionRepository, ConsentRepository, EventRepository

# A family whose consent is missing or past its review is left out, as staff would.
_SKIP = (ConsentRequiredError, ConsentExpiredError)

_AVAILABILITY = (
    "School drop-off, weekday mornings",
    "After school pick-up",
    "Coffee mornings on Fridays",
    "Weekends, by phone first",
    "Parents' evenings",
)
_CHECK_IN_NOTES = (
    "Met at the gate; showed them the school office",
    "Went to the coffee morning together",
    "Helped with the school app",
    "Family is settling in well",
    "Explained the uniform shop",
)
_EVENTS = (
    ("Welcome coffee morning", EventKind.COFFEE_MORNING),
    ("English for parents", EventKind.ESOL_SESSION),
    ("Using the school app", EventKind.WORKSHOP),
    ("Coffee and questions", EventKind.COFFEE_MORNING),
    ("English for parents", EventKind.ESOL_SESSION),
    ("International evening", EventKind.SCHOOL_EVENT),
    ("New to English: graduation", EventKind.CELEBRATION),
)


@dataclass(frozen=True, slots=True)
class DemoChampionsSummary:
    """What was added (counts only)."""

    champions: int
    introductions: int
    events: int
    attendances: int


def populate_demo_champions(
    conn: Connection,
    audit: AuditLog,
    *,
    today: date,
    seed: int = 7,
    champion_share: float = 0.3,
    introduction_share: float = 0.25,
    max_champions: int | None = None,
    max_introductions: int | None = None,
    events: bool = True,
    mark: Callable[[str], str] | None = None,
) -> DemoChampionsSummary:
    """Register demo champions, introduce some families, hold a term of events.

    Args:
        conn: the demo vault's connection (no transaction in progress).
        audit: the audit log of the demo staff member.
        today: the demo world's today.
        seed: the generator's seed.
        champion_share: of the families who agreed to introductions, how many become
            champions (1.0: all of them).
        introduction_share: of the remaining ones, how many are introduced.
        max_champions: at most this many champions (a school's scheme has tens).
        max_introductions: at most this many introductions.
        events: whether to add the term's events and their attendance.
        mark: rewrites the free texts (availability, check-in notes, event titles);
            see :mod:`desktop_app.core.demo_marks`.
    """
    rng = random.Random(seed)
    text: Callable[[str], str] = mark if mark is not None else (lambda value: value)
    champions = ChampionRepository(conn, audit)
    consenting = sorted(
        ConsentRepository(conn, audit).households_with_consent(ConsentPurpose.CHAMPION_INTRODUCTION)
    )
    rng.shuffle(consenting)
    cut = round(len(consenting) * champion_share)
    if max_champions is not None:
        cut = min(cut, max_champions)
    chosen, others = consenting[:cut], consenting[cut:]
    registered = 0
    with transaction(conn):
        for household_id in chosen:
            profile = champions.family_profile(household_id, today=today)
            languages = list(dict.fromkeys(profile.languages))
            if rng.random() < 0.4 and "en" not in languages:
                languages.append("en")
            try:
                champions.add(
                    Champion(
                        household_id,
                        languages=tuple(languages),
                        school=profile.school,
                        year_groups=tuple(
                            dict.fromkeys(c.school_year for c in profile.children if c.school_year)
                        ),
                        availability=text(rng.choice(_AVAILABILITY)),
                        max_families=rng.choice((1, 2, 2, 3)),
                    )
                )
            except _SKIP:
                continue  # e.g. a case record past its review: left out
            registered += 1
    introduced = 0
    wanted = round(len(others) * introduction_share)
    if max_introductions is not None:
        wanted = min(wanted, max_introductions)
    with transaction(conn):
        for household_id in others:
            if introduced >= wanted:
                break
            try:
                suggestions = champions.suggest(household_id, limit=3, today=today)
            except _SKIP:
                continue
            if not suggestions:
                continue
            pick = suggestions[0] if rng.random() < 0.7 else rng.choice(suggestions)
            on = today - timedelta(days=rng.randint(3, 150))
            try:
                match = champions.introduce(pick.champion.id or 0, household_id, on)
            except _SKIP:
                continue
            day = on
            for _ in range(rng.choice((0, 1, 1, 2, 3))):
                day = day + timedelta(days=rng.randint(7, 30))
                if day > today:
                    break
                champions.check_in(
                    match.id or 0, ChampionCheckIn(day, text(rng.choice(_CHECK_IN_NOTES)))
                )
            introduced += 1
    held, attended = _hold_events(conn, audit, rng, today, consenting, text) if events else (0, 0)
    return DemoChampionsSummary(registered, introduced, held, attended)


def _hold_events(
    conn: Connection,
    audit: AuditLog,
    rng: random.Random,
    today: date,
    families: list[int],
    text: Callable[[str], str],
) -> tuple[int, int]:
    repo = EventRepository(conn, audit)
    champions = ChampionRepository(conn, audit)
    schools = sorted({champions.family_profile(h).school for h in families[:50]} - {""})
    held = attended = 0
    with transaction(conn):
        for index, (title, kind) in enumerate(_EVENTS):
            # Four weeks apart, the last two still to come.
            day = today + timedelta(days=28 * (index - len(_EVENTS) + 2))
            event = repo.add(
                Event(
                    text(title),
                    kind,
                    day,
                    school=rng.choice(schools) if schools else "",
                    languages=("ar", "uk") if kind is EventKind.ESOL_SESSION else (),
                )
            )
            held += 1
            if day > today or not families:
                continue
            for household_id in rng.sample(families, min(len(families), rng.randint(6, 14))):
                try:
                    repo.record_attendance(
                        EventAttendance(event.id or 0, household_id, rng.randint(1, 4))
                    )
                except _SKIP:
                    continue
                attended += 1
    return held, attended
