"""ICO and ICNS files packed from the SVG icon: headers right, and every image a PNG of its size."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from icons import ICNS_TYPES, ICO_SIZES, SVG, pack_icns, pack_ico, render_png, write_icons

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def png_size(png: bytes) -> tuple[int, int]:
    assert png.startswith(PNG_MAGIC)
    width, height = struct.unpack(">II", png[16:24])  # IHDR
    return width, height


def read_ico(data: bytes) -> dict[int, bytes]:
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    images = {}
    for i in range(count):
        width, height, _c, _r, planes, bits, size, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        assert (width, planes, bits) == (height, 1, 32)
        images[width or 256] = data[offset : offset + size]
    return images


def read_icns(data: bytes) -> dict[bytes, bytes]:
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    elements, at = {}, 8
    while at < len(data):
        kind, length = data[at : at + 4], struct.unpack(">I", data[at + 4 : at + 8])[0]
        elements[kind] = data[at + 8 : at + length]
        at += length
    return elements


@pytest.fixture(scope="module")
def written(qapp: object, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    # pytest-qt's QApplication first: were write_icons to create a QGuiApplication in the test
    # process, every widget test after it would fail.
    return write_icons(tmp_path_factory.mktemp("icons"))


def test_ico_holds_one_png_per_size(written: dict[str, Path]) -> None:
    images = read_ico(written["ico"].read_bytes())
    assert sorted(images) == sorted(ICO_SIZES)
    for size, png in images.items():
        assert png_size(png) == (size, size)


def test_icns_holds_one_png_per_element(written: dict[str, Path]) -> None:
    elements = read_icns(written["icns"].read_bytes())
    by_kind = {kind: size for size, kind in ICNS_TYPES.items()}
    assert set(elements) == set(by_kind)
    for kind, png in elements.items():
        assert png_size(png) == (by_kind[kind], by_kind[kind])


def test_rendered_icon_is_not_blank(written: dict[str, Path]) -> None:
    png = written["png"].read_bytes()
    assert png_size(png) == (256, 256)
    assert len(png) > 2000  # a transparent 256 px PNG compresses to a few hundred bytes


def test_sizes_outside_the_formats_are_refused() -> None:
    with pytest.raises(ValueError, match="1-256"):
        pack_ico({512: PNG_MAGIC})
    with pytest.raises(ValueError, match="no PNG element"):
        pack_icns({48: PNG_MAGIC})


def test_an_invalid_svg_is_refused(tmp_path: Path, written: dict[str, Path]) -> None:
    broken = tmp_path / "broken.svg"
    broken.write_text("<svg", encoding="utf-8")
    with pytest.raises(ValueError, match="not a valid SVG"):
        render_png(broken, 16)
    assert SVG.exists()
