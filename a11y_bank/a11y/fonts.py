"""The low-vision font: Atkinson Hyperlegible for Latin text, the system's CJK font for Chinese.

Atkinson Hyperlegible (Braille Institute, SIL OFL 1.1) tells apart the letters and digits people
with low vision confuse (I l 1, O 0, rn m). It ships in the `fontpkg-atkinson-hyperlegible` wheel;
its TTFs and licence are found with importlib.resources and registered with
`QFontDatabase.addApplicationFont` once per process. It has no Chinese glyphs, so the family list
given to `QFont.setFamilies` continues with a system CJK family (Qt falls back family by family,
per character) and then the platform's own default. resources/fonts/ holds the licence text.
"""

from __future__ import annotations

import logging
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable

from PySide6.QtGui import QFontDatabase

log = logging.getLogger(__name__)

PACKAGE = "fontpkg_atkinson_hyperlegible"
FAMILY = "Atkinson Hyperlegible"
# Simplified Chinese families by preference (Linux, Windows, macOS); any other one that covers
# Simplified Chinese is used when none of these is installed.
PREFERRED_CJK = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Microsoft YaHei",
    "PingFang SC",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
)


def font_files() -> list[Traversable]:
    """The packaged TTF files (empty when the font package is not installed)."""
    try:
        folder = resources.files(PACKAGE) / "files"
    except ModuleNotFoundError:
        return []
    return sorted((f for f in folder.iterdir() if f.name.endswith(".ttf")), key=lambda f: f.name)


def licence_text() -> str:
    """The OFL licence shipped with the font files ("" without the package)."""
    try:
        return (resources.files(PACKAGE) / "LICENSE").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return ""


@cache
def register() -> str | None:
    """Add the font files to Qt's database once; the family name, or None if none could be added.

    Needs a QGuiApplication. Reads the bytes (not a path) so it works from a zipped install too.
    """
    families: set[str] = set()
    for file in font_files():
        font_id = QFontDatabase.addApplicationFontFromData(file.read_bytes())
        if font_id < 0:
            log.warning("font file not accepted by Qt: %s", file.name)
            continue
        families.update(QFontDatabase.applicationFontFamilies(font_id))
    if FAMILY in families:
        return FAMILY
    if families:
        log.warning("unexpected font families %s", sorted(families))
    return None


def cjk_families() -> list[str]:
    """Installed Simplified Chinese families to fall back on, preferred ones first (at most two)."""
    installed = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    preferred = [name for name in PREFERRED_CJK if name in installed]
    others = [name for name in installed if name not in preferred and "mono" not in name.lower()]
    return (preferred + others)[:2]


def low_vision_families(system_families: list[str]) -> list[str]:
    """The family list for the low-vision font, or `system_families` unchanged if it is missing."""
    family = register()
    if family is None:
        return list(system_families)
    rest = [name for name in (*cjk_families(), *system_families) if name != family]
    return [family, *dict.fromkeys(rest)]
