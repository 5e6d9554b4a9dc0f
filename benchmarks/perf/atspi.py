"""Accessible tree cost: the time of an AT-SPI walk of each screen, and how many nodes it exposes.

    python -m benchmarks.perf.atspi [--repeats 5]

Needs Xvfb, dbus-run-session, at-spi2-core and Debian's python3-pyatspi (as tests/atspi); skipped
without them. Inside a private D-Bus session with the AT-SPI bus, one Qt child runs the real main
window on the xcb platform with accessibility on, signed in as liwei (demo bank in its own process),
and shows on request each section (the history on the 100 000-transaction shop account, 30 pages
loaded). A walker under /usr/bin/python3 (benchmarks/perf/atspi_walker.py, tools/atspi_walk.py's walk,
as a screen reader's review: tables are sampled, not walked row by row) walks the whole application
`--repeats` times per screen; the median is reported with the nodes visited and the largest child
count a table declared.

Reference, in the same child and the same minutes: for each screen a plain Qt window with the same
make-up (benchmarks/perf/screens.Mirror: the same numbers of labels, buttons, edits, combo boxes and
views, the views with the same rows), shown alone, walked the same way. Goal (issue 9): the history
screen exposes only what is needed, not 100 000 nodes: every walk visits fewer than 2 000 nodes.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from typing import IO, Any

from benchmarks.perf.common import (
    ROOT,
    JsonDict,
    SandboxProcess,
    emit,
    last_json_line,
    median,
    offscreen_env,
    ratio,
    use_bytecode,
)

SHOP = "acc-lw-shop"
USER, PASSWORD = "liwei", "Demo-1234"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
SYSTEM_PYTHON = "/usr/bin/python3"
WALKER = Path(__file__).with_name("atspi_walker.py")
GOAL_NODES = 2000
SETTLE_MS = 800


def missing_tools() -> list[str]:
    missing = [tool for tool in ("Xvfb", "dbus-run-session") if shutil.which(tool) is None]
    if not Path(BUS_LAUNCHER).exists():
        missing.append("at-spi2-core")
    check = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False)
    if check.returncode != 0:
        missing.append("python3-pyatspi")
    return missing


# --- the Qt child: shows what it is told, says when it is ready -------------------------------------


def app_child(api_url: str, data_dir: Path) -> int:
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QLineEdit, QMainWindow

    from benchmarks.perf.qt_probe import app_context, qapp, signed_in_window, spin
    from benchmarks.perf.screens import Mirror, _open_every_screen

    app = qapp()
    ctx = app_context(api_url, data_dir)
    window = signed_in_window(ctx, USER, PASSWORD)
    keys = _open_every_screen(window)
    shown: list[Any] = []

    def show_only(key: str, kind: str) -> None:
        for extra in shown:
            extra.close()
        shown.clear()
        if kind == "app":
            window.navigate(key, **({"account_id": SHOP} if key == "history" else {}))
            window.show()
        else:
            window.hide()
            if kind == "mirror":
                mirror = Mirror(window.screen_for(key))
                shown.append(mirror)
                mirror.window.show()
            else:  # the bare window of the cold-start reference
                bare = QMainWindow()
                bare.setCentralWidget(QLineEdit())
                shown.append(bare)
                bare.show()
        spin(SETTLE_MS)
        _say({"ready": key, "kind": kind})

    class Commands(QObject):
        line = Signal(str)

    commands = Commands()

    def handle(line: str) -> None:
        words = line.split()
        if not words or words[0] == "quit":
            app.quit()
        else:
            show_only(words[1] if len(words) > 1 else "", words[0])

    commands.line.connect(handle)

    def read_stdin() -> None:
        for line in sys.stdin:
            commands.line.emit(line)
        commands.line.emit("quit")

    threading.Thread(target=read_stdin, daemon=True).start()
    _say({"screens": keys})
    app.exec()
    ctx.tasks.wait_for_all(5000)
    os._exit(0)  # the walker and the bus go away with the session; no teardown to time


def _say(message: JsonDict) -> None:
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


# --- inside the private D-Bus session: the bus, the child, the walker -------------------------------


class Pipe:
    """A child process spoken to one line at a time; every answer is one JSON line."""

    def __init__(self, args: list[str], env: dict[str, str]) -> None:
        self.process = subprocess.Popen(
            args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT
        )

    def ask(self, line: str | None = None) -> JsonDict:
        stdin: IO[str] | None = self.process.stdin
        stdout: IO[str] | None = self.process.stdout
        assert stdin is not None
        assert stdout is not None
        if line is not None:
            stdin.write(line + "\n")
            stdin.flush()
        while True:
            answer = stdout.readline()
            if not answer:
                raise RuntimeError(f"child ended before answering {line!r}")
            if answer.startswith("{"):
                return last_json_line(answer)

    def close(self) -> None:
        try:
            if self.process.stdin is not None:
                self.process.stdin.close()
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()


def inside_session(api_url: str, data_dir: Path, repeats: int) -> JsonDict:
    bus = subprocess.Popen([BUS_LAUNCHER, "--launch-immediately"], stderr=subprocess.DEVNULL)
    env = offscreen_env({"QT_QPA_PLATFORM": "xcb", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1"})
    app = Pipe([sys.executable, "-m", "benchmarks.perf.atspi", "--app", api_url, str(data_dir)], env)
    walker: Pipe | None = None
    try:
        keys: list[str] = app.ask()["screens"]
        walker = Pipe([SYSTEM_PYTHON, str(WALKER), str(app.process.pid)], dict(os.environ))
        found = walker.ask()
        if "error" in found:
            raise RuntimeError(found["error"])
        rows = []
        for key in keys:
            row: JsonDict = {"screen": key}
            for kind in ("app", "mirror"):
                app.ask(f"{kind} {key}")
                row[kind] = walker.ask(f"walk {repeats}")
            rows.append(row)
        app.ask("bare -")
        bare = walker.ask(f"walk {repeats}")
        return {"rows": rows, "bare": bare}
    finally:
        if walker is not None:
            walker.close()
        app.close()
        bus.terminate()


# --- the orchestrator: Xvfb, the demo bank, the session ---------------------------------------------


def _xvfb() -> tuple[subprocess.Popen[bytes], str]:
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        return xvfb, f":{pipe.readline().strip()}"


def summarise(out: JsonDict) -> JsonDict:
    by_screen = []
    for row in out["rows"]:
        app, mirror = row["app"], row["mirror"]
        app_ms, ref_ms = median(app["seconds"]) * 1000, median(mirror["seconds"]) * 1000
        by_screen.append(
            {
                "screen": row["screen"],
                "walk_ms": round(app_ms, 1),
                "reference_walk_ms": round(ref_ms, 1),
                "ratio": ratio(app_ms, ref_ms),
                "nodes": app["nodes"],
                "reference_nodes": mirror["nodes"],
                "largest_table_declares": app["largest_managed_child_count"],
                "unnamed": app["unnamed"],
            }
        )
    slowest = max(by_screen, key=lambda r: r["walk_ms"])
    most = max(r["nodes"] for r in by_screen)
    history = next((r for r in by_screen if r["screen"] == "history"), None)
    return {
        "name": "atspi",
        "goal": f"every walk visits < {GOAL_NODES} nodes (the history: not 100 000)",
        "screens": len(by_screen),
        "slowest_screen": slowest["screen"],
        "slowest_walk_ms": slowest["walk_ms"],
        "median_walk_ms": round(median([r["walk_ms"] for r in by_screen]), 1),
        "reference_median_walk_ms": round(median([r["reference_walk_ms"] for r in by_screen]), 1),
        "bare_window_walk_ms": round(median(out["bare"]["seconds"]) * 1000, 1),
        "most_nodes": most,
        "history": history,
        "met": most < GOAL_NODES,
        "by_screen": by_screen,
    }


def measure(repeats: int) -> JsonDict:
    missing = missing_tools()
    if missing:
        return {"name": "atspi", "skipped": "needs " + ", ".join(missing)}
    xvfb, display = _xvfb()
    try:
        with (
            tempfile.TemporaryDirectory(prefix="bench-atspi-") as work,
            SandboxProcess(Path(work) / "bank.sqlite3") as bank,
        ):
            runtime = Path(work) / "xdg-runtime"
            runtime.mkdir(mode=0o700)
            env = {**offscreen_env(), "DISPLAY": display, "XDG_RUNTIME_DIR": str(runtime)}
            args = ["--repeats", str(repeats), "--inside", bank.url, str(Path(work) / "data")]
            done = subprocess.run(
                ["dbus-run-session", "--", sys.executable, "-m", "benchmarks.perf.atspi", *args],
                capture_output=True,
                text=True,
                env=env,
                cwd=ROOT,
                timeout=1800,
                check=False,
            )
            if done.returncode != 0:
                raise RuntimeError(f"the AT-SPI session failed ({done.returncode}): {done.stderr[-2000:]}")
            return summarise(last_json_line(done.stdout))
    finally:
        xvfb.terminate()
        xvfb.wait(10)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--inside", nargs=2, metavar=("URL", "DATA_DIR"))
    parser.add_argument("--app", nargs=2, metavar=("URL", "DATA_DIR"))
    args = parser.parse_args(argv)
    use_bytecode()
    if args.app:
        return app_child(args.app[0], Path(args.app[1]))
    if args.inside:
        emit(inside_session(args.inside[0], Path(args.inside[1]), args.repeats))
        return 0
    emit(measure(args.repeats))
    return 0


if __name__ == "__main__":
    sys.exit(main())
