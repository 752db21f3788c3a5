"""Render Hearth's SVG icon into the PNG sizes a desktop needs, plus .ico and .icns.

Run with a Python that has PySide6 (build/build-linux uses the build environment):

    python build/render_icons.py resources/icons/org.hearth.Hearth.svg OUT_DIR

Writes ``OUT_DIR/hicolor/<n>x<n>/apps/org.hearth.Hearth.png`` for the freedesktop sizes,
``OUT_DIR/hicolor/scalable/apps/org.hearth.Hearth.svg``, and ``OUT_DIR/hearth.ico`` and
``OUT_DIR/hearth.icns`` (Qt's own image writers) for the Windows and macOS builds.
Uses Qt's offscreen platform, so it needs no display.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

APP_ID = "org.hearth.Hearth"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def write(image: QImage, path: Path, fmt: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QImageWriter(str(path), fmt)
    if not writer.write(image):
        raise SystemExit(f"render_icons: cannot write {path}: {writer.errorString()}")


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    svg, out = Path(argv[0]), Path(argv[1])
    _app = QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: not a valid SVG: {svg}")
    hicolor = out / "hicolor"
    for size in SIZES:
        write(render(renderer, size), hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png", b"png")
    scalable = hicolor / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    write(render(renderer, 256), out / "hearth.ico", b"ico")
    write(render(renderer, 512), out / "hearth.icns", b"icns")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
