"""Vocabulary words: one per value, never a neighbouring enum's word."""

from __future__ import annotations

from enum import StrEnum

import pytest

from desktop_app.core import models as m
from desktop_app.gui.labels import in_ui_direction, label
from desktop_app.i18n import isolate

LABELLED = [
    m.HouseholdStatus,
    m.ClosedReason,
    m.NeedStatus,
    m.NeedCategory,
    m.ContactKind,
    m.InterpreterMode,
    m.ReferralStatus,
    m.ConsentPurpose,
    m.ConsentDecision,
    m.Role,
    m.Channel,
    m.PlatformConfidence,
    m.EventKind,
    m.ChampionMatchStatus,
]


@pytest.mark.parametrize("enum", LABELLED, ids=lambda e: e.__name__)
def test_every_value_has_its_own_word(enum: type[StrEnum]) -> None:
    words = [label(member) for member in enum]
    assert len(set(words)) == len(words)
    assert all(word != member.value for word, member in zip(words, enum, strict=True))


def test_same_code_in_two_vocabularies_keeps_two_words() -> None:
    # "none" and "other" are codes in several vocabularies; StrEnums compare as strings.
    assert label(m.InterpreterMode.NONE) == "No interpreter"
    assert label(m.PlatformConfidence.NONE) == "Not yet"
    assert label(m.Role.OTHER) == "Other"
    assert label(m.ClosedReason.OTHER) == "Other reason"


def test_bidi_helpers() -> None:
    assert isolate("حداد") == "\u2068حداد\u2069"
    assert isolate("") == ""
    assert in_ui_direction("x") == "\u200ex"
