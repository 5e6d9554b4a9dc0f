"""Bundle size and cold start to the sign-in window: the frozen bundle and the venv, side by side.

    tools/build_bundle.sh && python benchmarks/bundle.py [--bundle dist/a11y-bank] [--repeats 7]

Size: the bundle folder (files, bytes, and as a .tar.gz, i.e. what a download costs) against what
the venv holds for the same app: the installed files of a11y_bank's runtime dependency closure plus
the interpreter's standard library (a venv is not usable without a Python installation).

Start: a new process each run, timed from launch until the sign-in window is on screen. With Xvfb
and xdotool (apt: xvfb xdotool) the app runs on a private X server and the clock stops when its main
window is mapped and visible (`x11`). Without them it runs offscreen with `--quit-after 0` and the
clock stops when the process has exited: the timer fires on the first pass of the event loop, after
the window was shown, so this `offscreen` figure also includes the shutdown. Runs alternate between
bundle and venv so drift hits both; one unmeasured run each first seeds the demo bank. The OS page
cache is warm unless --drop-caches is given (needs root).

Prints a table, writes JSON to --json (default benchmarks/results/bundle.json, git-ignored).
"""

from __future__ import annotations

import argparse
import gzip
import importlib.metadata
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tarfile
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WINDOW_NAME = "a11y bank"
POLL_S = 0.01
START_TIMEOUT_S = 60.0


@dataclass(frozen=True)
class Size:
    files: int
    bytes: int
    gzip_bytes: int | None = None


@dataclass(frozen=True)
class StartTimes:
    mode: str
    seconds: list[float]

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)


# --- size --------------------------------------------------------------------------------------


def folder_size(folder: Path, *, skip: str | None = None) -> tuple[int, int]:
    """Files and bytes under folder, leaving out any sub-folder named `skip`."""
    files = [
        p
        for p in folder.rglob("*")
        if p.is_file() and not p.is_symlink() and (skip is None or skip not in p.relative_to(folder).parts)
    ]
    return len(files), sum(p.stat().st_size for p in files)


class _CountingSink:
    """A write-only file object that only counts bytes (the archive is never stored)."""

    def __init__(self) -> None:
        self.count = 0

    def write(self, data: bytes) -> int:
        self.count += len(data)
        return len(data)

    def flush(self) -> None:
        return None


def gzip_size(folder: Path) -> int:
    sink = _CountingSink()
    with (
        gzip.GzipFile(fileobj=sink, mode="wb", compresslevel=6) as zipped,
        tarfile.open(fileobj=zipped, mode="w|") as tar,
    ):
        tar.add(folder, arcname=folder.name)
    return sink.count


def bundle_size(folder: Path, *, archive: bool) -> Size:
    files, size = folder_size(folder)
    return Size(files, size, gzip_size(folder) if archive else None)


def requirement_names(dist: importlib.metadata.Distribution) -> list[str]:
    """Names of the unconditional requirements and those whose marker holds here (no extras)."""
    from packaging.requirements import Requirement

    names = []
    for spec in dist.requires or []:
        requirement = Requirement(spec)
        if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
            names.append(requirement.name)
    return names


def runtime_closure(root: str = "a11y_bank") -> list[importlib.metadata.Distribution]:
    seen: dict[str, importlib.metadata.Distribution] = {}
    todo = [root]
    while todo:
        name = re.sub(r"[-_.]+", "-", todo.pop()).lower()
        if name in seen:
            continue
        try:
            dist = importlib.metadata.distribution(name)
        except importlib.metadata.PackageNotFoundError:
            continue  # an optional dependency that is not installed is not part of the app
        seen[name] = dist
        todo.extend(requirement_names(dist))
    return list(seen.values())


def venv_size() -> Size:
    """The app's runtime closure in site-packages plus the standard library it runs on."""
    files, size = 0, 0
    for dist in runtime_closure():
        for entry in dist.files or []:
            path = Path(str(dist.locate_file(entry)))
            if path.is_file():
                files, size = files + 1, size + path.stat().st_size
    # The interpreter's own site-packages sits inside its stdlib folder and is not the app's.
    stdlib_files, stdlib_bytes = folder_size(Path(sysconfig.get_paths()["stdlib"]), skip="site-packages")
    return Size(files + stdlib_files, size + stdlib_bytes)


# --- start-up ----------------------------------------------------------------------------------


def x11_tools_missing() -> list[str]:
    return [tool for tool in ("Xvfb", "xdotool") if shutil.which(tool) is None]


@contextmanager
def xvfb() -> Iterator[str]:
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        display = f":{pipe.readline().strip()}"
    try:
        yield display
    finally:
        server.terminate()
        server.wait(10)


def window_visible(display: str) -> bool:
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", WINDOW_NAME],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        check=False,
        timeout=10,
    )
    return found.returncode == 0 and bool(found.stdout.strip())


def time_to_window(command: Sequence[str], env: dict[str, str], display: str) -> float:
    start = time.perf_counter()
    app = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while not window_visible(display):
            if app.poll() is not None:
                raise RuntimeError(f"{command[0]} exited with {app.returncode} before showing a window")
            if time.perf_counter() - start > START_TIMEOUT_S:
                raise TimeoutError(f"no window after {START_TIMEOUT_S} s")
            time.sleep(POLL_S)
        return time.perf_counter() - start
    finally:
        app.terminate()
        app.wait(30)


def time_to_exit(command: Sequence[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run([*command, "--quit-after", "0"], env=env, check=True, capture_output=True, timeout=120)
    return time.perf_counter() - start


def drop_caches() -> None:
    os.sync()
    Path("/proc/sys/vm/drop_caches").write_text("3\n", encoding="ascii")


def measure_starts(
    targets: dict[str, list[str]], repeats: int, data_dir: Path, *, cold: bool
) -> dict[str, StartTimes]:
    base_env = {**os.environ, "LANG": os.environ.get("LANG", "C.UTF-8")}
    base_env.pop("QT_QPA_PLATFORM", None)
    with _start_mode() as (mode, display):
        env = {**base_env, "QT_QPA_PLATFORM": "xcb", "DISPLAY": display} if display else base_env
        if not display:
            env["QT_QPA_PLATFORM"] = "offscreen"
        measure: Callable[[list[str]], float] = (
            (lambda cmd: time_to_window(cmd, env, display))
            if display
            else (lambda cmd: time_to_exit(cmd, env))
        )
        args = ["--data-dir", str(data_dir), "--speech", "null"]
        for command in targets.values():
            measure([*command, *args])  # unmeasured: seeds the demo bank in data_dir
        times: dict[str, list[float]] = {name: [] for name in targets}
        for _ in range(repeats):
            for name, command in targets.items():
                if cold:
                    drop_caches()
                times[name].append(measure([*command, *args]))
    return {name: StartTimes(mode, seconds) for name, seconds in times.items()}


@contextmanager
def _start_mode() -> Iterator[tuple[str, str]]:
    if x11_tools_missing():
        yield "offscreen", ""
        return
    with xvfb() as display:
        yield "x11", display


# --- report ------------------------------------------------------------------------------------


def mib(n: int | None) -> str:
    return "-" if n is None else f"{n / 2**20:.1f} MiB"


def table(sizes: dict[str, Size], starts: dict[str, StartTimes]) -> str:
    mode = next(iter(starts.values())).mode
    head = f"{'':<26}{'bundle':>16}{'venv':>16}"
    rows = [
        head,
        f"{'files':<26}{sizes['bundle'].files:>16}{sizes['venv'].files:>16}",
        f"{'size on disk':<26}{mib(sizes['bundle'].bytes):>16}{mib(sizes['venv'].bytes):>16}",
        f"{'download (.tar.gz)':<26}{mib(sizes['bundle'].gzip_bytes):>16}{'-':>16}",
    ]
    for label, pick in (("start median", statistics.median), ("start min", min), ("start max", max)):
        cells = "".join(f"{pick(starts[t].seconds):>15.3f}s" for t in ("bundle", "venv"))
        rows.append(f"{label + f' ({mode})':<26}{cells}")
    return "\n".join(rows)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "a11y-bank")
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--json", type=Path, default=ROOT / "benchmarks" / "results" / "bundle.json")
    parser.add_argument("--no-archive", action="store_true", help="skip the .tar.gz size (saves ~15 s)")
    parser.add_argument("--drop-caches", action="store_true", help="empty the page cache before each run")
    args = parser.parse_args(argv)
    executable = args.bundle / "a11y-bank"
    if not executable.is_file():
        print(f"no bundle at {args.bundle}: run tools/build_bundle.sh first", file=sys.stderr)
        return 2
    sizes = {"bundle": bundle_size(args.bundle, archive=not args.no_archive), "venv": venv_size()}
    targets = {"bundle": [str(executable)], "venv": [sys.executable, "-m", "a11y_bank"]}
    with tempfile.TemporaryDirectory(prefix="a11y-bank-bench-") as data_dir:
        starts = measure_starts(targets, args.repeats, Path(data_dir), cold=args.drop_caches)
    print(table(sizes, starts))
    result = {
        "machine": {
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
        },
        "repeats": args.repeats,
        "page_cache": "dropped" if args.drop_caches else "warm",
        "size": {name: asdict(size) for name, size in sizes.items()},
        "start": {
            name: {
                "mode": t.mode,
                "median_s": round(t.median, 4),
                "seconds": [round(s, 4) for s in t.seconds],
            }
            for name, t in starts.items()
        },
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"JSON: {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
