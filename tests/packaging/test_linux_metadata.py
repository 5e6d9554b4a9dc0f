"""The Linux desktop entry and AppStream metainfo: valid for the freedesktop tools, and consistent
with each other, the icon and the bundle's executable name.

desktop-file-validate (apt: desktop-file-utils) and appstreamcli (apt: appstream) are used when
installed; without them those two tests skip and say which package is missing.
"""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "org.a11ybank.A11yBank"
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
ICON = ROOT / "resources" / "icons" / f"{APP_ID}.svg"
SPEC = ROOT / "packaging" / "pyinstaller" / "a11y_bank.spec"
FLATPAK = LINUX / f"{APP_ID}.yml"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def spec_app_name() -> str:
    match = re.search(r'^APP_NAME = "([^"]+)"', SPEC.read_text(encoding="utf-8"), re.MULTILINE)
    assert match, "APP_NAME not found in the spec"
    return match.group(1)


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="apt package desktop-file-utils")
def test_desktop_file_validates() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert not result.stdout.strip(), "hints and warnings count too"


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="apt package appstream")
def test_metainfo_validates_strictly() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", "--strict", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_entry_launches_the_bundle_executable_with_the_shipped_icon() -> None:
    entry = desktop_entry()
    assert entry["Exec"].split()[0] == spec_app_name()
    assert entry["Icon"] == ICON.stem
    assert entry["Terminal"] == "false"


def test_metainfo_matches_the_desktop_entry() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    assert root.findtext("provides/binary") == spec_app_name()


def test_metainfo_declares_the_accessibility_features() -> None:
    root = ET.parse(METAINFO).getroot()
    controls = {c.text for c in root.iterfind("supports/control")}
    assert {"keyboard", "pointing"} <= controls
    features = " ".join(li.text or "" for li in root.iterfind("description/ul/li")).lower()
    for feature in ("screen reader", "keyboard", "spoken", "text size", "high-contrast"):
        assert feature in features, f"description does not mention {feature!r}"
    keywords = {k.text for k in root.iterfind("keywords/keyword")}
    assert {"accessibility", "screen reader"} <= keywords


def test_icon_is_a_square_svg() -> None:
    svg = ET.parse(ICON).getroot()
    assert svg.tag == "{http://www.w3.org/2000/svg}svg"
    _x, _y, width, height = (float(v) for v in svg.attrib["viewBox"].split())
    assert width == height


def test_flatpak_manifest_installs_the_same_files() -> None:
    manifest = FLATPAK.read_text(encoding="utf-8")
    assert re.search(rf"^app-id: {re.escape(APP_ID)}$", manifest, re.MULTILINE)
    for path in (DESKTOP, METAINFO, ICON):
        assert path.relative_to(ROOT).as_posix() in manifest, f"{path.name} is not installed by the manifest"
