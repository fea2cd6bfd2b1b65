"""Render quire.svg to the PNG sizes Linux wants, and to .ico (Windows) and .icns (macOS).

Run after changing the SVG:  .venv/bin/python resources/icons/make_icons.py
Qt's QSvgRenderer draws the SVG; Pillow writes the .ico and .icns files.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)
LINUX_SIZES = (48, 128, 256)  # kept in the repository; the rest only feed .ico/.icns


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    image = image.convertToFormat(QImage.Format.Format_RGBA8888)
    data = bytes(image.constBits())
    return Image.frombytes("RGBA", (size, size), data, "raw", "RGBA", image.bytesPerLine())


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(HERE / "quire.svg"))
    if not renderer.isValid():
        print("quire.svg could not be read", file=sys.stderr)
        return 1
    images = {size: render(renderer, size) for size in PNG_SIZES}
    for size in LINUX_SIZES:
        images[size].save(HERE / f"quire-{size}.png", optimize=True)
    images[256].save(HERE / "quire.ico", sizes=[(s, s) for s in (16, 32, 48, 64, 128, 256)])
    images[512].save(HERE / "quire.icns")
    return 0


if __name__ == "__main__":
    sys.exit(main())
