"""Drive the real app with real X key events and walk its AT-SPI tree on every screen.

Runs *inside* a private `dbus-run-session`, with DISPLAY pointing at an Xvfb (see test_atspi_tour.py):

1. starts the AT-SPI bus (`at-spi-bus-launcher --launch-immediately`),
2. starts `python -m a11y_bank --speech null` (embedded demo bank in a fresh data dir) with
   QT_QPA_PLATFORM=xcb and QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1,
3. walks the sign-in page, then signs in as liwei by typing with xdotool (XTEST key events, exactly
   what a keyboard user produces; no focus is set from code),
4. presses Ctrl+1 … Ctrl+9 (the section shortcuts) and walks the tree after each screen has loaded,
   with tools/atspi_walk.py under Debian's /usr/bin/python3 (pyatspi), in its own process;
5. reaches the sections after the nine (Wealth, Cards, Security) through the section list: Ctrl+9 (Help),
   Shift+Tab past the section panel's buttons until the walker sees the list focused, type the name, Enter;
6. in the support chat (Ctrl+7) types a question and Enter, waits for the answer, and walks the tree
   with names (--dump), so the test can read each message item.

Before signing in it also opens enrolment from the sign-in page (Tab to "Enrol", Space), walks it, and
goes back with Escape.

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
SIGN_IN_TABS_TO_ENROL = 5  # user name, password, show password, code channel, Sign in, Enrol
# In the section list after the nine Ctrl+N ones.
LISTED_SECTIONS = ("Wealth", "Cards", "Security", "Quick")  # type-ahead: a space would press a button
SECTION_LIST = "list: Sections"  # the walker's "focused" once Shift+Tab reached the section list
MAX_BACK_TABS = 6
CHAT_KEY = "ctrl+7"
CHAT_QUESTION = "What are the fees?"
CHAT_ANSWER_WAIT_S = 5.0


def xdotool(*args: str) -> str:
    done = subprocess.run(["xdotool", *args], capture_output=True, text=True, timeout=30, check=False)
    return done.stdout.strip()


def walk(pid: int, *, dump: bool = False) -> dict[str, Any]:
    done = subprocess.run(
        [SYSTEM_PYTHON, str(WALKER), "--pid", str(pid), "--wait", "20", *(["--dump"] if dump else [])],
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


def settle_on_new_title(window: str, before: str, timeout_s: float = 5) -> str:
    wait_for(lambda: xdotool("getwindowname", window) != before, timeout_s)
    time.sleep(SETTLE_S)
    return xdotool("getwindowname", window)


def visit_enrolment(pid: int, window: str) -> dict[str, Any]:
    """From the sign-in page by keyboard: Tab to the enrol button, Space; walk; Escape back."""
    before = xdotool("getwindowname", window)
    xdotool("key", "--delay", "60", *["Tab"] * SIGN_IN_TABS_TO_ENROL, "space")
    title = settle_on_new_title(window, before)
    step = {"step": "enrol", "title": title, "walk": walk(pid)}
    xdotool("key", "Escape")
    step["back_title"] = settle_on_new_title(window, title)
    return step


def visit_listed_section(pid: int, window: str, name: str) -> dict[str, Any]:
    """Help (Ctrl+9) first, then Shift+Tab into the section list, type the section's name (type-ahead),
    Enter. Records which control had focus in the list (the walker's "focused")."""
    xdotool("key", "ctrl+9")
    time.sleep(SETTLE_S)
    before = xdotool("getwindowname", window)
    in_list = ""
    for _ in range(MAX_BACK_TABS):  # past the panel's buttons below the list (Sign out, Lock, ...)
        xdotool("key", "shift+Tab")
        time.sleep(0.3)
        in_list = walk(pid).get("focused", "")
        if in_list == SECTION_LIST:
            break
    xdotool("type", "--delay", "20", name)
    xdotool("key", "Return")
    title = settle_on_new_title(window, before)
    return {"step": f"list:{name}", "title": title, "focused_before": in_list, "walk": walk(pid)}


def chat_exchange(pid: int, window: str) -> dict[str, Any]:
    """Open the support chat, ask by keyboard (focus starts in the message box), walk with names."""
    before = xdotool("getwindowname", window)
    xdotool("key", CHAT_KEY)
    title = settle_on_new_title(window, before)
    xdotool("type", "--delay", "20", CHAT_QUESTION)
    xdotool("key", "Return")
    time.sleep(CHAT_ANSWER_WAIT_S)  # the demo agent thinks, types, answers
    return {"step": "chat", "title": title, "question": CHAT_QUESTION, "walk": walk(pid, dump=True)}


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

        xdotool("windowfocus", "--sync", window)
        steps.append(visit_enrolment(app.pid, window))

        # Sign in the way a keyboard user does: focus starts in the user name field.
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
        for name in LISTED_SECTIONS:
            steps.append(visit_listed_section(app.pid, window, name))
        steps.append(chat_exchange(app.pid, window))
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
