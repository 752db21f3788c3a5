"""Drive the consent step's real widgets the way staff do."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QPoint, Qt

from desktop_app.core.models import ConsentMethod, ConsentPurpose
from desktop_app.gui.consent_step import PURPOSES, ConsentStepWidget
from desktop_app.gui.signature_pad import SignaturePad


def decide(step: ConsentStepWidget, decisions: Mapping[ConsentPurpose, bool]) -> None:
    """Pick each purpose in the list and click "they agree" or "they do not agree"."""
    for purpose, given in decisions.items():
        step.ui.purpose_list.setCurrentRow(PURPOSES.index(purpose))
        (step.ui.given_radio if given else step.ui.refused_radio).click()


def everything(*, but: Mapping[ConsentPurpose, bool] | None = None) -> dict[ConsentPurpose, bool]:
    """All purposes agreed, except those overridden in ``but``."""
    return {p: True for p in PURPOSES} | dict(but or {})


def choose_method(step: ConsentStepWidget, method: ConsentMethod) -> None:
    """Choose how the decision is recorded."""
    combo = step.ui.method_combo
    combo.setCurrentIndex(combo.findData(method.value))


def sign(qtbot, pad: SignaturePad) -> None:
    """Draw a signature with the mouse: press, a zig-zag of moves, release."""
    pad.resize(420, 140)
    points = [QPoint(30, 100), QPoint(90, 40), QPoint(150, 110), QPoint(230, 45), QPoint(380, 95)]
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=points[0])
    for point in points[1:]:
        qtbot.mouseMove(pad, point)
    with qtbot.waitSignal(pad.changed):
        qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=points[-1])
