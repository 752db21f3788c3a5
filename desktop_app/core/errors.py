"""Errors that carry a message meant for the person using Hearth.

Anything raised as a :class:`UserFacingError` is a known situation (wrong passphrase,
disk full, a file that is not a vault) and is shown in plain words with what to do
next. Every other exception is a bug and goes to the crash dialog, which never shows
case data.
"""

from __future__ import annotations


class UserFacingError(Exception):
    """A known failure whose message is already translated and safe to show.

    Messages must never contain family data: they are shown on screen and may be
    read over a shoulder.
    """

    exit_code: int = 1

    def __init__(self, message: str, *, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip()
