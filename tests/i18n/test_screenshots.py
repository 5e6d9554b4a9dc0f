"""docs/screenshots holds what issues 4 and 7 ask for, for every screen there is (tools/screenshots.py)."""

from __future__ import annotations

import importlib.util
import struct
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
MAX_PNG_BYTES = 64 * 1024  # documentation, not data: the repository must stay small


def _load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("screenshots", ROOT / "tools" / "screenshots.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look the module up while the class is built
    spec.loader.exec_module(module)
    return module


tool = _load_tool()


def test_the_plan_has_every_screen_in_chinese_and_every_theme() -> None:
    shots = tool.docs_plan()
    chinese = {(s.section, s.percent) for s in shots if s.lang == "zh_CN"}
    assert chinese == {(key, p) for key in tool.section_keys() for p in (100, 300)}
    themes = {s.theme for s in shots}
    assert themes == {"default", "high_contrast_dark", "high_contrast_light", "yellow_on_black"}
    for theme in themes - {"default"}:
        assert {(s.section, s.percent) for s in shots if s.theme == theme} == {
            (key, p) for key in tool.THEME_SECTIONS for p in (100, 300)
        }
    assert len({s.path for s in shots}) == len(shots)  # no shot overwrites another


def test_every_planned_screenshot_is_in_the_docs_small_and_a_real_png() -> None:
    """A new screen without screenshots fails here: run `python tools/screenshots.py --docs`."""
    missing, too_big = [], []
    for shot in tool.docs_plan():
        if not shot.path.exists():
            missing.append(str(shot.path.relative_to(ROOT)))
            continue
        data = shot.path.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n", shot.path
        width, height = struct.unpack(">II", data[16:24])
        assert (width, height) == tool.WINDOW_SIZE, shot.path
        if len(data) > MAX_PNG_BYTES:
            too_big.append(str(shot.path.relative_to(ROOT)))
    assert missing == []
    assert too_big == []


def test_the_index_links_every_screenshot() -> None:
    index = (ROOT / "docs" / "screenshots" / "README.md").read_text(encoding="utf-8")
    base = ROOT / "docs" / "screenshots"
    unlinked = [
        str(s.path.relative_to(base)) for s in tool.docs_plan() if str(s.path.relative_to(base)) not in index
    ]
    assert unlinked == []
