"""Judging a new passphrase: long and uncommon beats composition rules.

Follows NIST SP 800-63B: any Unicode (normalised with NFKC exactly once), no rules about
digits or symbols, a blocklist of common passwords, and a strength estimate from an
offline estimator (zxcvbn) to suggest 15 or more characters. The feedback is our own
translated text: zxcvbn's messages are English only.
"""

from __future__ import annotations

import enum
import unicodedata
from dataclasses import dataclass
from functools import cache

from desktop_app.i18n import _

MIN_LENGTH = 8
SUGGESTED_LENGTH = 15
# zxcvbn scores 0–4; 3 means "safely unguessable" for an offline attack with a slow hash.
GOOD_SCORE = 3


class Verdict(enum.StrEnum):
    """How a passphrase fares, from worst to best."""

    COMMON = "common"
    TOO_SHORT = "too_short"
    WEAK = "weak"
    GOOD = "good"
    STRONG = "strong"


@dataclass(frozen=True)
class Strength:
    """The meter's reading: a 0–4 score, a verdict and advice in the UI language."""

    score: int
    verdict: Verdict
    acceptable: bool
    advice: str


def normalise(passphrase: str) -> str:
    """Return the NFKC form: the one form ever derived from, so typing methods agree."""
    return unicodedata.normalize("NFKC", passphrase)


@cache
def _common_passwords() -> frozenset[str]:
    from zxcvbn.frequency_lists import FREQUENCY_LISTS

    return frozenset(FREQUENCY_LISTS["passwords"])


def is_common(passphrase: str) -> bool:
    """Return True if the passphrase is on the list of 30,000 common passwords."""
    return normalise(passphrase).casefold() in _common_passwords()


def evaluate(passphrase: str, user_inputs: tuple[str, ...] = ()) -> Strength:
    """Rate a new passphrase; ``user_inputs`` (e.g. the user name) count as guessable."""
    text = normalise(passphrase)
    if not text:
        return Strength(0, Verdict.TOO_SHORT, False, _("Type a passphrase."))
    if is_common(text) or text.casefold() in {u.casefold() for u in user_inputs if u}:
        return Strength(
            0,
            Verdict.COMMON,
            False,
            _("This is one of the most common passwords. Choose something else."),
        )
    if len(text) < MIN_LENGTH:
        return Strength(
            0,
            Verdict.TOO_SHORT,
            False,
            _(
                "Too short: use at least {minimum} characters, {suggested} or more is better."
            ).format(minimum=MIN_LENGTH, suggested=SUGGESTED_LENGTH),
        )
    from zxcvbn import zxcvbn

    score = int(zxcvbn(text, user_inputs=list(user_inputs))["score"])
    if score >= GOOD_SCORE and len(text) >= SUGGESTED_LENGTH:
        return Strength(score, Verdict.STRONG, True, _("Strong passphrase."))
    if score >= GOOD_SCORE or len(text) >= SUGGESTED_LENGTH:
        return Strength(
            max(score, GOOD_SCORE - 1),
            Verdict.GOOD,
            True,
            _("Good. {suggested} or more characters would be even better.").format(
                suggested=SUGGESTED_LENGTH
            ),
        )
    return Strength(
        score,
        Verdict.WEAK,
        False,
        _(
            "Easy to guess. Add another word or two: a few unrelated words are easy to "
            "remember and hard to guess."
        ),
    )
