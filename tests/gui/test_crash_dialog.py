"""Unexpected errors: a redacted report and a dialog, never a traceback with data."""

from __future__ import annotations

import sys

from desktop_app.gui.crash_dialog import CrashDialog, install_excepthook, redacted_report


def test_report_keeps_no_message_or_values() -> None:
    secret = "Amira Haddad, 12 Elm Road"
    try:
        family = {"name": secret}
        raise ValueError(f"could not save {family['name']}")
    except ValueError:
        exc_type, _exc, tb = sys.exc_info()
        assert exc_type is not None
        report = redacted_report(exc_type, tb)
    assert "ValueError" in report
    assert "tests/gui/test_crash_dialog.py" in report
    assert secret not in report
    assert "Elm" not in report


def test_frozen_frames_keep_their_package_relative_paths() -> None:
    # PyInstaller compiles modules with paths relative to the package root.
    namespace: dict[str, object] = {}
    code = compile("def fail():\n    raise KeyError('HH-7F3K')\n", "desktop_app/vault/x.py", "exec")
    exec(code, namespace)
    try:
        namespace["fail"]()  # type: ignore[operator]
    except KeyError:
        exc_type, _exc, tb = sys.exc_info()
        assert exc_type is not None
        report = redacted_report(exc_type, tb)
    assert "  desktop_app/vault/x.py:2 in fail" in report
    assert "HH-7F3K" not in report


def test_excepthook_routes_errors_to_the_dialog(qtbot, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook(show=shown.append)
    try:
        raise RuntimeError("household HH-7F3K exploded")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert len(shown) == 1
    assert "HH-7F3K" not in shown[0]
    dialog = CrashDialog(shown[0])
    qtbot.addWidget(dialog)
    assert dialog.detailedText() == shown[0]
    assert "no family data" in dialog.text()
