"""One walk over every screen per test module, with the checks of that module run on each.

A walk costs a demo vault and a few seconds: a module walks once (a module-scoped
fixture calls :func:`walk`) and its tests assert on what the checks found.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Collection, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.gui import display
from desktop_app.gui.application import LanguageSwitcher
from desktop_app.gui.screen_walk import DEFAULT_SIZE, ScreenWalk
from desktop_app.gui.style import apply_style

Check = Callable[[QWidget], list[str]]


@dataclass
class WalkResult:
    """What one walk saw: every screen, and each check's findings by screen."""

    screens: list[tuple[str, str, str]] = field(default_factory=list)  # name, group, class
    findings: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)

    def failures(self, check: str) -> dict[str, list[str]]:
        """The screens where ``check`` found something, with what it found."""
        return {name: found for name, found in self.findings[check].items() if found}


@contextmanager
def isolated_folders(base: Path) -> Iterator[None]:
    """Settings and vault folders of the walk's own (module fixtures run before the
    per-test isolation of ``tests/conftest.py``)."""
    saved = {k: os.environ.get(k) for k in ("HEARTH_CONFIG_DIR", "HEARTH_VAULT_DIR")}
    os.environ["HEARTH_CONFIG_DIR"] = str(base / "config")
    os.environ["HEARTH_VAULT_DIR"] = str(base / "vaults")
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def walk(
    app: QApplication,
    folder: Path,
    checks: Mapping[str, Check],
    *,
    language: str = "en",
    text_scale: int = 100,
    high_contrast: bool = False,
    size: tuple[int, int] = DEFAULT_SIZE,
    mark: Callable[[str], str] | None = None,
    groups: Collection[str] | None = None,
    on_window: Callable[[ScreenWalk], dict[str, Any]] | None = None,
) -> WalkResult:
    """Walk every screen in ``language`` (and text size, contrast) and run ``checks``.

    ``on_window`` runs once on the walk (its main window complete) before it closes;
    what it returns goes into :attr:`WalkResult.extra`. The language, text size and
    contrast are put back to English, 100 % and normal afterwards.
    """
    switcher = LanguageSwitcher(app)
    result = WalkResult(findings={name: {} for name in checks})
    sheet = app.styleSheet()
    with isolated_folders(folder):
        try:
            apply_style(app)  # as the application starts (a style sheet changes metrics)
            switcher.apply(language)
            display.apply_text_scale(app, text_scale)
            display.apply_high_contrast(app, high_contrast)
            with ScreenWalk(folder / "walk", size=size, mark=mark, switcher=switcher) as screens:
                if on_window is not None:
                    result.extra.update(on_window(screens))
                for screen in screens.screens(groups):
                    result.screens.append((screen.name, screen.group, type(screen.window).__name__))
                    for name, check in checks.items():
                        result.findings[name][screen.name] = check(screen.window)
        finally:
            display.apply_high_contrast(app, False)
            display.apply_text_scale(app, 100)
            switcher.apply("en")
            app.setStyleSheet(sheet)
    return result
