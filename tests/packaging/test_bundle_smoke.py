"""Smoke test of the frozen Linux bundle: build it, then run it as a fresh machine would.

The bundle runs with a near-empty environment (no venv, no PYTHONPATH, a new HOME, offscreen Qt)
and a temporary data dir: the bundle self-test, `--check` (the demo bank, sign-in as liwei, every
account) and a GUI start that quits by itself. Any stderr line outside ALLOWED_STDERR fails, and so
does a file written outside the data dir.

With Xvfb, dbus-run-session, at-spi2-core, python3-pyatspi and xdotool installed (the AT-SPI tier's
apt packages), the bundle also runs on X11 with the accessibility bus: its sign-in window must be in
the tree with no unnamed interactive node, and a keyboard sign-in must reach Accounts.

Slow (the build takes about 40 s on 2 cores): `pytest -m slow tests/packaging`. Set A11Y_BANK_BUNDLE
to an already built dist/a11y-bank folder to test that bundle instead of building one.
"""

from __future__ import annotations

import ctypes.util
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.xvfb import xvfb_display

ROOT = Path(__file__).resolve().parents[2]
BUNDLE_ENV = "A11Y_BANK_BUNDLE"
BUILD_TIMEOUT_S = 600
RUN_TIMEOUT_S = 120
ATSPI_DRIVER = Path(__file__).with_name("atspi_bundle.py")
BUS_LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")

# Every line here is explained; anything else on stderr fails the smoke test.
ALLOWED_STDERR = (
    # Qt's offscreen platform (headless runs only) cannot pass size hints to a window manager.
    re.compile(r"^This plugin does not support propagateSizeHints\(\)$"),
    # Qt's AT-SPI bridge does not implement this optional call; AT-SPI clients (the walker, Orca)
    # ask for it and fall back to the shared bus. Seen only with a screen reader's client attached.
    re.compile(
        r"^qt\.accessibility\.atspi: AtSpiAdaptor::applicationInterface does not implement "
        r'"GetApplicationBusAddress" "/org/a11y/atspi/accessible/root"$'
    ),
)
ACCOUNT_LINE = re.compile(r"^.+ \(•••• \d{4}, (?P<currency>[A-Z]{3})\): ITAV -?\d+\.\d{2} [A-Z]{3}, .+$")


def unexpected_stderr(stderr: str) -> list[str]:
    return [
        line
        for line in stderr.splitlines()
        if line.strip() and not any(p.match(line) for p in ALLOWED_STDERR)
    ]


def test_the_stderr_allow_list_is_strict() -> None:
    noise = "This plugin does not support propagateSizeHints()\nTraceback (most recent call last):\n\n"
    assert unexpected_stderr(noise) == ["Traceback (most recent call last):"]


@dataclass(frozen=True)
class Machine:
    """A fresh user on this machine: empty HOME, a data dir, no Python environment."""

    home: Path
    data_dir: Path

    def env(self) -> dict[str, str]:
        return {
            "PATH": "/usr/bin:/bin",
            "HOME": str(self.home),
            "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen",
        }

    def files_outside_data_dir(self) -> list[Path]:
        return [p for p in self.home.rglob("*") if p.is_file()]


def build_bundle(out: Path) -> Path:
    if not sys.platform.startswith("linux"):
        pytest.skip(
            "Linux bundle; Windows: packaging/windows/build.ps1, macOS: tools/build_bundle.sh --selftest"
        )
    pytest.importorskip("PyInstaller", reason="the freezer is not installed (pip install pyinstaller)")
    env = {**os.environ, "PYTHON": sys.executable, "BUNDLE_DIST": str(out / "dist")}
    env["BUNDLE_WORK"] = str(out / "work")
    result = subprocess.run(
        ["bash", str(ROOT / "tools" / "build_bundle.sh")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT_S,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return out / "dist" / "a11y-bank"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    prebuilt = os.environ.get(BUNDLE_ENV)
    folder = Path(prebuilt).resolve() if prebuilt else build_bundle(tmp_path_factory.mktemp("bundle"))
    executable = folder / "a11y-bank"
    assert executable.is_file(), f"no executable in {folder}"
    return executable


@pytest.fixture
def machine(tmp_path: Path) -> Machine:
    home = tmp_path / "home"
    home.mkdir()
    return Machine(home=home, data_dir=tmp_path / "data")


def run_bundle(bundle: Path, machine: Machine, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(bundle), *args],
        cwd=machine.home,  # never the checkout: nothing may be found there by accident
        env=machine.env(),
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT_S,
        check=False,
    )


@pytest.mark.slow
@pytest.mark.timeout(BUILD_TIMEOUT_S + RUN_TIMEOUT_S)
def test_bundle_selftest_finds_everything_inside_the_bundle(bundle: Path, machine: Machine) -> None:
    result = run_bundle(bundle, machine, "--bundle-selftest")
    assert not unexpected_stderr(result.stderr), result.stderr
    report = json.loads(result.stdout)
    failed = [c for c in report["checks"] if c["required"] and not c["ok"]]
    assert not failed
    assert result.returncode == 0
    assert report["frozen"] is True
    assert Path(report["package"]).is_relative_to(bundle.parent), "a11y_bank was imported from outside"
    if ctypes.util.find_library("espeak-ng"):
        speech = next(c for c in report["checks"] if c["name"] == "speech-engine")
        assert speech["ok"], f"espeak-ng is installed but the bundle cannot use it: {speech['detail']}"


@pytest.mark.slow
@pytest.mark.timeout(BUILD_TIMEOUT_S + RUN_TIMEOUT_S)
def test_check_signs_in_to_the_demo_bank(bundle: Path, machine: Machine) -> None:
    result = run_bundle(bundle, machine, "--check", "--data-dir", str(machine.data_dir))
    assert result.returncode == 0, result.stderr
    assert not unexpected_stderr(result.stderr), result.stderr
    lines = result.stdout.splitlines()
    matches = [ACCOUNT_LINE.match(line) for line in lines]
    assert lines
    assert all(matches), result.stdout
    assert {m.group("currency") for m in matches if m} == {"CNY", "GBP"}
    assert (machine.data_dir / "sandbox.sqlite3").is_file()
    assert machine.files_outside_data_dir() == []


@pytest.mark.slow
@pytest.mark.timeout(BUILD_TIMEOUT_S + RUN_TIMEOUT_S)
def test_gui_starts_headless_and_quits(bundle: Path, machine: Machine) -> None:
    result = run_bundle(bundle, machine, "--data-dir", str(machine.data_dir), "--quit-after", "1500")
    assert result.returncode == 0, result.stderr
    assert not unexpected_stderr(result.stderr), result.stderr
    assert (machine.data_dir / "payment-outbox.sqlite3").is_file()
    assert machine.files_outside_data_dir() == []


def atspi_tools_missing() -> list[str]:
    missing = [tool for tool in ("Xvfb", "dbus-run-session", "xdotool") if shutil.which(tool) is None]
    if not BUS_LAUNCHER.exists():
        missing.append("at-spi2-core")
    probe = subprocess.run(["/usr/bin/python3", "-c", "import pyatspi"], capture_output=True, check=False)
    if probe.returncode != 0:
        missing.append("python3-pyatspi")
    return missing


@pytest.fixture
def display() -> Iterator[str]:
    missing = atspi_tools_missing()
    if missing:
        pytest.skip("the bundle's AT-SPI check needs apt packages: " + ", ".join(missing))
    with xvfb_display() as display:
        yield display


@pytest.mark.slow
@pytest.mark.timeout(BUILD_TIMEOUT_S + RUN_TIMEOUT_S)
def test_bundle_is_accessible_over_atspi(bundle: Path, machine: Machine, display: str) -> None:
    out = machine.data_dir.parent / "atspi.json"
    env = {**os.environ, "DISPLAY": display, "XDG_RUNTIME_DIR": str(machine.home)}
    env.pop("QT_QPA_PLATFORM", None)
    done = subprocess.run(
        [
            *("dbus-run-session", "--", sys.executable, str(ATSPI_DRIVER)),
            *("--bundle", str(bundle), "--data-dir", str(machine.data_dir), "--out", str(out)),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT_S,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    tree = result["walk"]
    assert "error" not in tree, tree
    assert tree["application"] == "a11y_bank"
    assert tree["frames"], "no window in the accessibility tree"
    assert tree["unnamed"] == [], tree["unnamed"]
    assert result["signed_in"], result["app_log"]
    assert result["title"].startswith("Accounts"), result["title"]
    assert not unexpected_stderr(result["app_log"]), result["app_log"]


def test_bundle_folders_are_git_ignored() -> None:
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    for path in ("dist/a11y-bank/a11y-bank", "build/pyinstaller/a11y_bank/PYZ-00.pyz"):
        ignored = subprocess.run(["git", "check-ignore", "-q", path], cwd=ROOT, check=False, timeout=60)
        assert ignored.returncode == 0, f"{path} must stay git-ignored: never commit a built bundle"
