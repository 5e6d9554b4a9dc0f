"""Drive the real app with real X key events and walk its AT-SPI tree on every screen.

Runs *inside* a private `dbus-run-session`, with DISPLAY pointing at an Xvfb (see test_atspi_tour.py):

1. starts the AT-SPI bus (`at-spi-bus-launcher --launch-immediately`),
2. starts `python -m a11y_bank --speech null` (embedded demo bank in a fresh data dir) with
   QT_QPA_PLATFORM=xcb and QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1,
3. walks the sign-in page, then signs in as liwei by typing with xdotool (XTEST key events, exactly
   what a keyboard user produces; no focus is set from code),
4. presses Ctrl+1 … Ctrl+9 (the section shortcuts) and walks the tree after each screen has loaded,
   with tools/atspi_walk.py under Debian's /usr/bin/python3 (pyatspi), in its own process.

Writes one JSON document to --out: {"steps": [{"step", "title", "walk": {...}}], "app_log": "..."}.
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

ROOT = Path(__file__).resolve().parents[2]
WALKER = ROOT / "tools" / "atspi_walk.py"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
SYSTEM_PYTHON = "/usr/bin/python3"
SECTION_KEYS = [f"ctrl+{n}" for n in range(1, 10)]
SETTLE_S = 1.5


def xdotool(*args: str) -> str:
    done = subprocess.run(["xdotool", *args], capture_output=True, text=True, timeout=30, check=False)
    return done.stdout.strip()


def walk(pid: int) -> dict[str, Any]:
    done = subprocess.run(
        [SYSTEM_PYTHON, str(WALKER), "--pid", str(pid), "--wait", "20"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    try:
        result: dict[str, Any] = json.loads(done.stdout)
    except json.JSONDecodeError:
        return {"error": f"walker failed: {done.stderr[-500:]}"}
    return result


def wait_for(predicate: Any, timeout_s: float, poll_s: float = 0.1) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(poll_s)
    return False


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--user", default="liwei")
    parser.add_argument("--password", default="Demo-1234")
    parser.add_argument("--out", type=Path, required=True, help="where to write the JSON result")
    args = parser.parse_args()

    bus = subprocess.Popen([BUS_LAUNCHER, "--launch-immediately"], stderr=subprocess.DEVNULL)
    time.sleep(1.0)
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1"}
    log_path = args.data_dir / "app.log"
    args.data_dir.mkdir(parents=True, exist_ok=True)
    with log_path.open("w") as log:
        app = subprocess.Popen(
            [sys.executable, "-m", "a11y_bank", "--speech", "null", "--data-dir", str(args.data_dir)],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    steps: list[dict[str, Any]] = []
    try:
        window = ""
        wait_for(lambda: bool(xdotool("search", "--onlyvisible", "--pid", str(app.pid))), 30, 0.25)
        window = xdotool("search", "--onlyvisible", "--pid", str(app.pid)).splitlines()[0]
        time.sleep(SETTLE_S)
        steps.append({"step": "start", "title": xdotool("getwindowname", window), "walk": walk(app.pid)})

        # Sign in the way a keyboard user does: focus starts in the user name field.
        xdotool("windowfocus", "--sync", window)
        xdotool("type", "--delay", "20", args.user)
        xdotool("key", "Tab")
        xdotool("type", "--delay", "20", args.password)
        xdotool("key", "Return")
        signed_in = wait_for(lambda: not xdotool("getwindowname", window).startswith(steps[0]["title"]), 30)
        time.sleep(SETTLE_S)
        steps.append({"step": "sign-in", "signed_in": signed_in, "title": xdotool("getwindowname", window)})

        for key in SECTION_KEYS:
            before = xdotool("getwindowname", window)
            xdotool("key", key)
            wait_for(lambda before=before: xdotool("getwindowname", window) != before, 5)
            time.sleep(SETTLE_S)  # let the screen load its data from the bank
            steps.append({"step": key, "title": xdotool("getwindowname", window), "walk": walk(app.pid)})
    finally:
        app.terminate()
        try:
            app.wait(10)
        except subprocess.TimeoutExpired:
            app.kill()
        bus.terminate()
    # A file, not stdout: the AT-SPI registry daemon shares our stdout and prints to it.
    args.out.write_text(json.dumps({"steps": steps, "app_log": log_path.read_text()[-3000:]}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
