"""Editing a family's record, as data: what is staged, what changed, what to write.

The Family page stages every edit to the household's details, its people and the notes
on its needs in a :class:`FamilyEdit` — plain strings, numbers and lists, so it
round-trips through JSON into an encrypted draft when the session locks. Comparing it
with the record as last read from the vault (the *baseline*, another ``FamilyEdit``)
says whether anything is unsaved; :meth:`FamilyEdit.changes` turns the difference into
the repository writes of one Save. Pure Python: no Qt, no SQL.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from desktop_app.core.intake import PersonEntry, build_person
from desktop_app.core.models import (
    Channel,
    Household,
    HouseholdAggregate,
    Person,
    PlatformConfidence,
    YearMonth,
)

DRAFT_KIND = "family_edit"
"""The kind of Family-page drafts in the vault's drafts table (key: the household id)."""

DRAFT_VERSION = 1
"""Bumped when the payload's shape changes."""


@dataclass(slots=True)
class StagedPerson:
    """A person as shown on the Family page: ``id`` is None for someone added there."""

    id: int | None = None
    person: PersonEntry = field(default_factory=PersonEntry)

    @classmethod
    def from_person(cls, person: Person) -> StagedPerson:
        """Return a stored person as the form shows them."""
        return cls(
            id=person.id,
            person=PersonEntry(
                role=person.role.value,
                given_name=person.given_name,
                age_band=person.age_band.value if person.age_band else "",
                birth_year="" if person.birth_year is None else str(person.birth_year),
                school_year=person.school_year,
                class_name=person.class_name,
                english_proficiency=(
                    person.english_proficiency.value if person.english_proficiency else ""
                ),
                prior_schooling=person.prior_schooling.value if person.prior_schooling else "",
                esol_level=person.esol_level.value if person.esol_level else "",
                wants_esol=bool(person.wants_esol),
            ),
        )


@dataclass(slots=True)
class FamilyEdit:
    """Everything editable on the Family page, for one household."""

    household_id: int
    alias: str = ""
    school: str = ""
    area: str = ""
    preferred_language: str = ""
    interpreter_needed: bool = False
    interpreter_language: str = ""
    preferred_channel: str = Channel.IN_PERSON.value
    platform_confidence: str = PlatformConfidence.UNKNOWN.value
    arrival_month: str = ""  # "YYYY-MM", or "" when not known
    key_contact: str = ""
    people: list[StagedPerson] = field(default_factory=list)
    need_notes: dict[str, str] = field(default_factory=dict)  # need id (text) → note

    # ------------------------------------------------------------ from the vault
    @classmethod
    def from_aggregate(cls, aggregate: HouseholdAggregate) -> FamilyEdit:
        """Return the record as stored, in the shape the page edits."""
        household = aggregate.household
        assert household.id is not None
        return cls(
            household_id=household.id,
            alias=household.alias,
            school=household.school,
            area=household.area,
            preferred_language=household.preferred_language,
            interpreter_needed=household.interpreter_language is not None,
            interpreter_language=household.interpreter_language or "",
            preferred_channel=household.preferred_channel.value,
            platform_confidence=household.online_platform_confidence.value,
            arrival_month=household.arrival_month.isoformat() if household.arrival_month else "",
            key_contact=household.key_contact,
            people=[StagedPerson.from_person(p) for p in aggregate.people],
            need_notes={str(n.id): n.note for n in aggregate.needs if n.id is not None},
        )

    def copy(self) -> FamilyEdit:
        """Return a deep copy (the page keeps its own)."""
        return FamilyEdit.from_dict(asdict(self))

    # ------------------------------------------------------------ comparing
    def differs_from(self, baseline: FamilyEdit) -> bool:
        """Whether anything here is not yet in the vault."""
        return self.normalised() != baseline.normalised()

    def normalised(self) -> FamilyEdit:
        """Return the values as they would be stored (trimmed; unused fields emptied).

        Typing a space after a name, or ticking "interpreter" and unticking it again,
        is not an unsaved change.
        """
        people = []
        for staged in self.people:
            try:
                stored = build_person(staged.person)
            except ValueError:  # a half-typed birth year: compare it as typed
                people.append(
                    dataclasses.replace(staged, person=dataclasses.replace(staged.person))
                )
                continue
            people.append(StagedPerson.from_person(dataclasses.replace(stored, id=staged.id)))
        return dataclasses.replace(
            self,
            alias=self.alias.strip(),
            school=self.school.strip(),
            area=self.area.strip(),
            interpreter_language=(
                (self.interpreter_language or self.preferred_language)
                if self.interpreter_needed
                else ""
            ),
            key_contact=self.key_contact.strip(),
            people=people,
            need_notes={k: v.strip() for k, v in self.need_notes.items()},
        )

    def rebase(self, old: FamilyEdit, new: FamilyEdit) -> FamilyEdit:
        """Keep what was edited since ``old``, on top of a newer record ``new``.

        After the page saved something else (a need's status, a closed case) or a draft
        comes back after unlock, the record read from the vault may differ from the
        one the edits started from; each field someone changed keeps their value, every
        other field takes the vault's.
        """
        merged = new.copy()
        for f in fields(self):
            if f.name in ("household_id", "need_notes"):
                continue
            mine = getattr(self, f.name)
            if mine != getattr(old, f.name):
                setattr(merged, f.name, mine)
        for key, note in self.need_notes.items():
            if key in merged.need_notes and note != old.need_notes.get(key):
                merged.need_notes[key] = note
        return merged

    # ------------------------------------------------------------ writing
    def changes(self, baseline: FamilyEdit, aggregate: HouseholdAggregate) -> FamilyChanges:
        """Return the repository writes that store this edit over ``baseline``.

        Args:
            baseline: the record the edit started from (``from_aggregate(aggregate)``).
            aggregate: the stored household, for the fields the page does not edit.
        """
        mine, base = self.normalised(), baseline.normalised()
        household: Household | None = None
        if _household_fields(mine) != _household_fields(base):
            household = dataclasses.replace(
                aggregate.household,
                alias=mine.alias,
                school=mine.school,
                area=mine.area,
                preferred_language=mine.preferred_language,
                interpreter_language=mine.interpreter_language or None,
                preferred_channel=Channel(mine.preferred_channel),
                online_platform_confidence=PlatformConfidence(mine.platform_confidence),
                arrival_month=YearMonth.parse(mine.arrival_month) if mine.arrival_month else None,
                key_contact=mine.key_contact,
            )
        stored = {p.id: p for p in base.people}
        kept = {p.id for p in mine.people if p.id is not None}
        added, updated = [], []
        for staged in mine.people:
            person = build_person(staged.person)
            if staged.id is None:
                added.append(person)
            elif staged.id in stored and staged != stored[staged.id]:
                updated.append(dataclasses.replace(person, id=staged.id))
        removed = [pid for pid in stored if pid is not None and pid not in kept]
        notes = [
            (int(key), note)
            for key, note in mine.need_notes.items()
            if key in base.need_notes and note != base.need_notes[key]
        ]
        return FamilyChanges(household, tuple(added), tuple(updated), tuple(removed), tuple(notes))

    # ------------------------------------------------------------ drafts
    def to_dict(self) -> dict[str, Any]:
        """Return the edit as JSON-ready data."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FamilyEdit:
        """Read :meth:`to_dict` data; unknown keys are ignored, missing ones take defaults."""
        if not isinstance(data, dict):
            raise ValueError("a family edit is a JSON object")
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known and k not in ("people",)}
        people = []
        for raw in data.get("people", []):
            if not isinstance(raw, dict):
                raise ValueError("malformed family edit")
            entry = raw.get("person", {})
            entry_fields = {f.name for f in fields(PersonEntry)}
            people.append(
                StagedPerson(
                    id=raw.get("id"),
                    person=PersonEntry(**{k: v for k, v in entry.items() if k in entry_fields}),
                )
            )
        values["need_notes"] = {str(k): str(v) for k, v in data.get("need_notes", {}).items()}
        return cls(**values, people=people)


@dataclass(frozen=True, slots=True)
class FamilyChanges:
    """The writes of one Save, in the order they are made (one transaction)."""

    household: Household | None
    added: tuple[Person, ...]
    updated: tuple[Person, ...]
    removed: tuple[int, ...]
    need_notes: tuple[tuple[int, str], ...]

    def is_empty(self) -> bool:
        """Whether there is nothing to write."""
        return not (self.household or self.added or self.updated or self.removed or self.need_notes)


def _household_fields(edit: FamilyEdit) -> tuple[Any, ...]:
    return tuple(
        getattr(edit, f.name)
        for f in fields(edit)
        if f.name not in ("household_id", "people", "need_notes")
    )


def draft_payload(edit: FamilyEdit, baseline: FamilyEdit) -> bytes:
    """Return a draft's payload: the edit and the record it started from."""
    data = {"version": DRAFT_VERSION, "edit": edit.to_dict(), "baseline": baseline.to_dict()}
    return json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8")


def read_draft(payload: bytes) -> tuple[FamilyEdit, FamilyEdit]:
    """Return ``(edit, baseline)`` from a draft payload.

    Raises:
        ValueError: the payload is not a family-edit draft.
    """
    data = json.loads(payload.decode("utf-8"))
    if not isinstance(data, dict) or "edit" not in data or "baseline" not in data:
        raise ValueError("not a family-edit draft")
    edit, baseline = FamilyEdit.from_dict(data["edit"]), FamilyEdit.from_dict(data["baseline"])
    if edit.household_id != baseline.household_id:
        raise ValueError("a family-edit draft is about one household")
    return edit, baseline
