"""The real accessibility tree, as Orca sees it: every screen, signed in, no unnamed control.

Xvfb + a private dbus-run-session + the AT-SPI bus; the real app on the xcb platform; real X key
events (xdotool) to sign in and to visit every section with Ctrl+1 … Ctrl+9; the tree walked out of
process with Debian's pyatspi (tools/atspi_walk.py). See tests/atspi/tour.py for the steps.

Needs: xvfb dbus-x11 at-spi2-core python3-pyatspi xdotool libxcb-cursor0 (CI installs them).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.atspi

TOUR = Path(__file__).with_name("tour.py")
BUS_LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")


def missing_tools() -> list[str]:
    missing = [tool for tool in ("Xvfb", "dbus-run-session", "xdotool") if shutil.which(tool) is None]
    if not BUS_LAUNCHER.exists():
        missing.append("at-spi2-core (at-spi-bus-launcher)")
    probe = subprocess.run(["/usr/bin/python3", "-c", "import pyatspi"], capture_output=True, check=False)
    if probe.returncode != 0:
        missing.append("python3-pyatspi")
    libs = subprocess.run(["/sbin/ldconfig", "-p"], capture_output=True, text=True, check=False).stdout
    if "libxcb-cursor.so.0" not in libs:
        missing.append("libxcb-cursor0")
    return missing


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    missing = missing_tools()
    if missing:
        pytest.skip("AT-SPI tier needs system packages: " + ", ".join(missing))
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    try:
        yield f":{number}"
    finally:
        xvfb.terminate()
        xvfb.wait(10)


@pytest.fixture(scope="module")
def tour(display: str, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    data_dir = tmp_path_factory.mktemp("atspi")
    runtime = tmp_path_factory.mktemp("xdg-runtime")
    out = data_dir / "tour.json"
    env = {**os.environ, "DISPLAY": display, "XDG_RUNTIME_DIR": str(runtime)}
    env.pop("QT_QPA_PLATFORM", None)
    done = subprocess.run(
        ["dbus-run-session", "--", sys.executable, str(TOUR), "--data-dir", str(data_dir), "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result: dict[str, Any] = json.loads(out.read_text())
    return result


def walked(tour: dict[str, Any]) -> list[dict[str, Any]]:
    return [step for step in tour["steps"] if "walk" in step]


def test_app_appears_on_the_accessibility_bus(tour: dict[str, Any]) -> None:
    start = tour["steps"][0]
    assert "error" not in start["walk"], start["walk"]
    assert start["walk"]["application"] == "a11y_bank"
    assert start["walk"]["frames"], "no window in the tree"


def test_keyboard_sign_in_reaches_accounts(tour: dict[str, Any]) -> None:
    sign_in = next(step for step in tour["steps"] if step["step"] == "sign-in")
    assert sign_in["signed_in"], tour["app_log"]
    assert sign_in["title"].startswith("Accounts"), sign_in["title"]


def test_every_screen_has_no_unnamed_interactive_node(tour: dict[str, Any], record_property: Any) -> None:
    steps = walked(tour)
    assert len(steps) == 10  # sign-in page + nine sections
    titles = [step["title"] for step in steps]
    assert len(set(titles)) == 10, f"some shortcut did not change the screen: {titles}"
    total = 0
    problems: list[str] = []
    for step in steps:
        result = step["walk"]
        assert "error" not in result, result
        total += result["nodes"]
        print(f"{step['title']}: {result['nodes']} nodes, {result['interactive']} interactive")
        problems += [f"{step['title']}: unnamed {u['role']} at {u['path']}" for u in result["unnamed"]]
    record_property("atspi_nodes_walked", total)
    assert not problems, "\n".join(problems)
    assert total > 500
