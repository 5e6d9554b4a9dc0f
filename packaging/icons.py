"""Render the hand-drawn SVG app icon to the PNG, ICO and ICNS files the freezers want.

Nothing generated is committed: the build calls `python packaging/icons.py OUT_DIR`. Windows .ico
and macOS .icns are plain containers of PNG images (Vista+ ICO, macOS 10.7+ ICNS), so they are
packed here byte by byte rather than through Pillow or iconutil, which are not on every build host.
"""

from __future__ import annotations

import argparse
import struct
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

APP_ID = "org.a11ybank.A11yBank"
SVG = Path(__file__).resolve().parents[1] / "resources" / "icons" / f"{APP_ID}.svg"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data, by pixel size (Apple's icns format).
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09", 1024: b"ic10"}


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn at size x size pixels, as PNG bytes (needs a QGuiApplication)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes, PySide6 takes str
    return bytes(data.data())


def pack_ico(pngs: Mapping[int, bytes]) -> bytes:
    """An ICO file whose images are the given PNGs (size 256 is written as 0, per the format)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        if not 1 <= size <= 256:
            raise ValueError(f"ICO images are 1-256 px, not {size}")
        png = pngs[size]
        side = size % 256  # 256 is stored as 0
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(images))
        images += png
    return header + entries + images


def pack_icns(pngs: Mapping[int, bytes]) -> bytes:
    """An ICNS file with one PNG element per size."""
    body = b""
    for size in sorted(pngs):
        kind = ICNS_TYPES.get(size)
        if kind is None:
            raise ValueError(f"ICNS has no PNG element for {size} px")
        body += kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write_icons(out_dir: Path, svg: Path = SVG) -> dict[str, Path]:
    """Write <id>.ico, <id>.icns and <id>-256.png into out_dir; returns them by extension."""
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(["icons", "-platform", "offscreen"])
    pngs = {size: render_png(svg, size) for size in sorted({*ICO_SIZES, *ICNS_TYPES})}
    out_dir.mkdir(parents=True, exist_ok=True)
    written = {
        "ico": out_dir / f"{APP_ID}.ico",
        "icns": out_dir / f"{APP_ID}.icns",
        "png": out_dir / f"{APP_ID}-256.png",
    }
    written["ico"].write_bytes(pack_ico({s: pngs[s] for s in ICO_SIZES}))
    written["icns"].write_bytes(pack_icns({s: pngs[s] for s in ICNS_TYPES}))
    written["png"].write_bytes(pngs[256])
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    args = parser.parse_args(argv)
    for path in write_icons(args.out_dir).values():
        sys.stdout.write(f"{path}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
