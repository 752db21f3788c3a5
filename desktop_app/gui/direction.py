"""Things that point: arrows that follow the reading direction of the UI language.

In Arabic "next" is to the left. A "→" typed into a string, or the "<" and ">" that
Qt's wizard puts into its Back and Next buttons, keep pointing the English way (arrows
are not mirrored by the bidirectional algorithm, and the wizard's came out reversed in
Arabic). Here the arrows are chosen for the direction in force: characters from the UI
language's direction, icons from the style (``QStyle.SP_ArrowBack``/``SP_ArrowForward``
are right-to-left aware).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QStyle, QWizard

from desktop_app.i18n import current_language, text_direction

_ARROWS = re.compile(r"\s*[<>‹›«»←→]\s*")


def right_to_left() -> bool:
    """Whether the UI language reads right to left."""
    return text_direction(current_language()) == "rtl"


def forward_arrow() -> str:
    """The arrow for "then" or "next": "→", or "←" in a right-to-left language."""
    return "←" if right_to_left() else "→"


def join_steps(steps: Iterable[str]) -> str:
    """Steps in the order they happened, joined by arrows that point the reading way."""
    return f" {forward_arrow()} ".join(steps)


def without_arrows(text: str) -> str:
    """``text`` with the arrow characters of a button's label taken out ("< &Back")."""
    return _ARROWS.sub(" ", text).strip()


def set_wizard_arrows(wizard: QWizard) -> None:
    """Give a wizard's Back and Next buttons arrows that point the reading way.

    The words stay Qt's own (its translations of "< &Back" and "&Next >" in every
    language, without the arrow characters); the arrows are the style's icons, Back's
    before the word and Next's after it, mirrored in a right-to-left layout. Call it
    again after the language or the direction changed.
    """
    rtl = wizard.layoutDirection() == Qt.LayoutDirection.RightToLeft
    style = wizard.style()
    for which, source, icon in (
        (QWizard.WizardButton.BackButton, "< &Back", QStyle.StandardPixmap.SP_ArrowBack),
        (QWizard.WizardButton.NextButton, "&Next >", QStyle.StandardPixmap.SP_ArrowForward),
    ):
        wizard.setButtonText(which, without_arrows(QCoreApplication.translate("QWizard", source)))
        button = wizard.button(which)
        # SP_ArrowBack/SP_ArrowForward follow the application's direction.
        button.setIcon(style.standardIcon(icon, None, button))
        if which == QWizard.WizardButton.NextButton:
            # The icon goes after the word: the button is laid out the other way round.
            opposite = Qt.LayoutDirection.LeftToRight if rtl else Qt.LayoutDirection.RightToLeft
            button.setLayoutDirection(opposite)
