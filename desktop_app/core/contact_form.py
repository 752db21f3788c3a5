"""What the "Log a contact" form holds, as plain data: its draft and the records it saves.

The dialog (``gui/contact_dialog.py``) keeps everything typed in its widgets; this is the
same content without Qt, so a draft can be written into the vault when the session locks
and read back after unlock, and the records a save stores can be tested on their own.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from datetime import date

from desktop_app.core.models import (
    Contact,
    ContactKind,
    FollowUp,
    FollowUpSource,
    InterpreterMode,
    NeedCategory,
)

#: The draft kind of an unsaved contact (one per household: the key is its id).
DRAFT_KIND = "contact_form"

#: Longest "what to do" of a follow-up: a line, not a note.
MAX_FOLLOW_UP_CHARS = 160


@dataclass
class ContactFormState:
    """Everything the form holds (dates as ISO text, enums as their values)."""

    household_id: int
    kind: str = ContactKind.HOME_VISIT.value
    contact_on: str = ""
    duration_minutes: int = 0  # 0: not recorded
    language: str = ""
    interpreter_mode: str = InterpreterMode.NONE.value
    interpreter_name: str = ""
    topics: list[str] = field(default_factory=list)
    note: str = ""
    next_due: str = ""  # "": no next contact asked for
    follow_up: bool = False
    follow_up_what: str = ""
    follow_up_due: str = ""

    def to_payload(self) -> bytes:
        """Return the draft payload (UTF-8 JSON)."""
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True).encode("utf-8")

    @classmethod
    def from_payload(cls, payload: bytes) -> ContactFormState:
        """Read a draft payload; unknown keys are ignored, malformed ones refused.

        Raises:
            ValueError: the payload is not a contact draft.
        """
        raw = json.loads(bytes(payload).decode("utf-8"))
        if not isinstance(raw, dict) or not isinstance(raw.get("household_id"), int):
            raise ValueError("malformed contact draft")
        known = {f.name for f in fields(cls)}
        state = cls(**{k: v for k, v in raw.items() if k in known})
        # Values the enums would refuse later are refused now, with the same error.
        ContactKind(state.kind)
        InterpreterMode(state.interpreter_mode)
        for topic in state.topics:
            NeedCategory(topic)
        return state

    def contact(self, staff_member: str) -> Contact:
        """Return the contact this form logs."""
        return Contact(
            kind=ContactKind(self.kind),
            contact_on=date.fromisoformat(self.contact_on),
            duration_minutes=self.duration_minutes or None,
            language=self.language,
            interpreter_mode=InterpreterMode(self.interpreter_mode),
            interpreter_name=(
                self.interpreter_name.strip()
                if InterpreterMode(self.interpreter_mode) is not InterpreterMode.NONE
                else ""
            ),
            topics=tuple(NeedCategory(t) for t in self.topics),
            note=self.note.strip(),
            next_contact_due=date.fromisoformat(self.next_due) if self.next_due else None,
            staff_member=staff_member,
        )

    def follow_up_record(self) -> FollowUp | None:
        """Return the follow-up saved with the contact, or None."""
        if not self.follow_up:
            return None
        return FollowUp(
            what=self.follow_up_what.strip(),
            due_on=date.fromisoformat(self.follow_up_due),
            source=FollowUpSource.CONTACT,
        )

    def differs_from(self, other: ContactFormState) -> bool:
        """Whether anything was typed or changed compared with ``other`` (the defaults)."""
        return asdict(self) != asdict(other)
