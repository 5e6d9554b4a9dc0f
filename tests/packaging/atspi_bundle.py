"""Start the frozen bundle on X11 with the AT-SPI bus and check it is accessible as Orca sees it.

Runs *inside* `dbus-run-session`, with DISPLAY pointing at an Xvfb (test_bundle_smoke.py):

1. starts the AT-SPI bus, then the bundle (xcb, QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1, --speech null);
2. walks the sign-in window's tree out of process (tools/atspi_walk.py under /usr/bin/python3);
3. signs in as liwei by typing with xdotool, as a keyboard user would, and reads the new title.

Writes {"walk": {...}, "start_title", "signed_in", "title", "app_log"} as JSON to --out. The helpers
(walk, xdotool, wait_for) are the AT-SPI tier's (tests/atspi/tour.py); only the program differs.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.atspi.tour import BUS_LAUNCHER, SETTLE_S, wait_for, walk, xdotool


def drive(app: subprocess.Popen[bytes], user: str, password: str) -> dict[str, Any]:
    wait_for(lambda: bool(xdotool("search", "--onlyvisible", "--pid", str(app.pid))), 30, 0.25)
    windows = xdotool("search", "--onlyvisible", "--pid", str(app.pid)).splitlines()
    if not windows:
        return {"walk": {"error": "no window"}, "signed_in": False, "start_title": "", "title": ""}
    window = windows[0]
    time.sleep(SETTLE_S)
    start_title = xdotool("getwindowname", window)
    result: dict[str, Any] = {"start_title": start_title, "walk": walk(app.pid)}
    xdotool("windowfocus", "--sync", window)
    xdotool("type", "--delay", "20", user)
    xdotool("key", "Tab")
    xdotool("type", "--delay", "20", password)
    xdotool("key", "Return")
    result["signed_in"] = wait_for(lambda: xdotool("getwindowname", window) != start_title, 30)
    result["title"] = xdotool("getwindowname", window)
    return result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bundle", type=Path, required=True, help="the bundle's executable")
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()

    bus = subprocess.Popen([BUS_LAUNCHER, "--launch-immediately"], stderr=subprocess.DEVNULL)
    time.sleep(1.0)
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1"}
    args.data_dir.mkdir(parents=True, exist_ok=True)
    log_path = args.data_dir.parent / "bundle-app.log"
    with log_path.open("w") as log:
        app = subprocess.Popen(
            [str(args.bundle), "--speech", "null", "--data-dir", str(args.data_dir)],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        result = drive(app, "liwei", "Demo-1234")
    finally:
        app.terminate()
        try:
            app.wait(10)
        except subprocess.TimeoutExpired:
            app.kill()
        bus.terminate()
    result["app_log"] = log_path.read_text()[-3000:]
    # A file, not stdout: the AT-SPI registry daemon shares our stdout and prints to it.
    args.out.write_text(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
