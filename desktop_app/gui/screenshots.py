"""Render every screen to PNG without a display (``scripts/screenshots``).

The screens themselves, and the states they are drawn in, come from
:mod:`desktop_app.gui.screen_walk`: the same walk the accessibility, pseudo-locale
and large-text tests check, so what reviewers look at is what the tests cover.
"""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
import tempfile
from collections.abc import Collection
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop_app.gui.screen_walk import DEFAULT_SIZE, ScreenWalk


def grab(widget: QWidget, path: Path) -> Path:
    """Show ``widget``, let it lay out, and save what it paints to ``path``."""
    widget.show()
    QCoreApplication.processEvents()
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    return path


def render_all(
    out: Path,
    language: str,
    *,
    size: tuple[int, int] = DEFAULT_SIZE,
    suffix: str = "",
    groups: Collection[str] | None = None,
    switcher: Any = None,
    leaflets: bool = True,
) -> list[Path]:
    """Render every screen of the walk in the current language (and text size, contrast).

    Files are named ``<screen>-<language><suffix>.png``; with ``leaflets`` the intake's
    leaflet is drawn too (as a PNG of its PDF, in Arabic and ``language``; needs
    ``pdftoppm``).
    """
    paths: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="hearth-shots-") as folder:
        with ScreenWalk(Path(folder), size=size, switcher=switcher) as walk:
            for screen in walk.screens(groups):
                paths.append(grab(screen.window, out / f"{screen.name}-{language}{suffix}.png"))
            content = walk.leaflet_content
        if leaflets and content is not None:
            paths += _render_leaflets(content, out, language, Path(folder))
    return paths


def _render_leaflets(content: Any, out: Path, language: str, folder: Path) -> list[Path]:
    from desktop_app.gui.leaflet import write_leaflet_pdf

    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        return []
    paths = []
    for family_language in dict.fromkeys(("ar", language)):
        pdf = folder / f"leaflet-{family_language}.pdf"
        write_leaflet_pdf(dataclasses.replace(content, language=family_language), pdf)
        stem = out / f"leaflet-{family_language}-ui-{language}"
        subprocess.run(
            [pdftoppm, "-png", "-r", "70", "-singlefile", str(pdf), str(stem)], check=True
        )
        paths.append(stem.with_suffix(".png"))
    return paths
