"""Drive the real app over X and read its AT-SPI tree before and after it locks (test_lock_atspi.py).

Runs inside a private `dbus-run-session` with DISPLAY on an Xvfb: starts the AT-SPI bus, the app
(`python -m a11y_bank --speech null`, embedded demo bank) on xcb with accessibility on, signs in as
liwei by typing (xdotool), opens Accounts (Ctrl+1) and History (Ctrl+2) and reads the tree, locks with
Ctrl+L and reads it again, types a wrong and then the right password and reads the title each time.

Writes {"steps": [{"step", "title", "tree": {"nodes", "texts"}}], "app_log"} to --out.
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

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "atspi_texts.py"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
SYSTEM_PYTHON = "/usr/bin/python3"
SETTLE_S = 1.5


def xdotool(*args: str) -> str:
    done = subprocess.run(["xdotool", *args], capture_output=True, text=True, timeout=30, check=False)
    return done.stdout.strip()


def tree(pid: int) -> dict[str, Any]:
    done = subprocess.run(
        [SYSTEM_PYTHON, str(TEXTS), "--pid", str(pid), "--wait", "20"],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    try:
        result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        return {"error": f"walker printed nothing: {done.stderr[-2000:]}"}
    return result


def wait_for(predicate: Any, timeout_s: float, poll_s: float = 0.1) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(poll_s)
    return False


def title_of(window: str) -> str:
    return xdotool("getwindowname", window)


def press_and_settle(window: str, key: str) -> str:
    before = title_of(window)
    xdotool("key", key)
    wait_for(lambda: title_of(window) != before, 10)
    time.sleep(SETTLE_S)
    return title_of(window)


def type_password(window: str, password: str) -> None:
    xdotool("type", "--delay", "20", password)
    xdotool("key", "Return")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--user", default="liwei")
    parser.add_argument("--password", default="Demo-1234")
    args = parser.parse_args()

    bus = subprocess.Popen([BUS_LAUNCHER, "--launch-immediately"], stderr=subprocess.DEVNULL)
    time.sleep(1.0)
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1"}
    args.data_dir.mkdir(parents=True, exist_ok=True)
    log_path = args.data_dir / "app.log"
    with log_path.open("w") as log:
        app = subprocess.Popen(
            [sys.executable, "-m", "a11y_bank", "--speech", "null", "--data-dir", str(args.data_dir)],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    steps: list[dict[str, Any]] = []
    try:
        wait_for(lambda: bool(xdotool("search", "--onlyvisible", "--pid", str(app.pid))), 60, 0.25)
        window = xdotool("search", "--onlyvisible", "--pid", str(app.pid)).splitlines()[0]
        time.sleep(SETTLE_S)
        xdotool("windowfocus", "--sync", window)
        start = title_of(window)
        xdotool("type", "--delay", "20", args.user)
        xdotool("key", "Tab")
        type_password(window, args.password)
        wait_for(lambda: title_of(window) != start, 60)
        time.sleep(SETTLE_S * 2)
        steps.append({"step": "accounts", "title": title_of(window), "tree": tree(app.pid)})
        steps.append({"step": "history", "title": press_and_settle(window, "ctrl+2"), "tree": tree(app.pid)})
        steps.append({"step": "locked", "title": press_and_settle(window, "ctrl+l"), "tree": tree(app.pid)})
        steps.append({"step": "section key", "title": press_and_settle(window, "ctrl+1")})
        type_password(window, args.password + "x")
        time.sleep(SETTLE_S)
        steps.append({"step": "wrong password", "title": title_of(window), "tree": tree(app.pid)})
        locked_title = title_of(window)
        type_password(window, args.password)
        wait_for(lambda: title_of(window) != locked_title, 10)
        time.sleep(SETTLE_S)
        steps.append({"step": "unlocked", "title": title_of(window), "tree": tree(app.pid)})
    finally:
        app.terminate()
        try:
            app.wait(10)
        except subprocess.TimeoutExpired:
            app.kill()
        bus.terminate()
    args.out.write_text(json.dumps({"steps": steps, "app_log": log_path.read_text()[-3000:]}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
