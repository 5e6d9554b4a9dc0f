"""Helpers shared by the benchmarks: medians, ratios, child processes that answer with one JSON line."""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
RESULTS = ROOT / "benchmarks" / "results"
PYCACHE = RESULTS / "pycache"
"""Bytecode for the children (git-ignored with the results): see `offscreen_env`."""

JsonDict = dict[str, Any]


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


def ratio(measured: float, reference: float) -> float | None:
    """measured / reference, None when the reference is zero (nothing to compare against)."""
    return round(measured / reference, 3) if reference > 0 else None


def machine() -> JsonDict:
    """What the figures were measured on (they only compare within one run, but say where)."""
    return {
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "processor": _cpu_model(),
    }


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def offscreen_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment for a Qt child: offscreen platform, the repository importable."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    env.pop("QT_ACCESSIBILITY", None)
    # Bytecode, as an installed app has it (pip and PyInstaller compile the package). Where
    # PYTHONDONTWRITEBYTECODE is set (this project's shells), every start would otherwise compile
    # a11y_bank from source: ~140 ms of a cold start and of each screen's first visit, measured.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    env["PYTHONFAULTHANDLER"] = "1"  # a crashing child says where (its stderr reaches the report)
    env.update(extra or {})
    return env


def use_bytecode() -> None:
    """This process and its children import a11y_bank from bytecode under PYCACHE, written now."""
    sys.pycache_prefix = str(PYCACHE)
    sys.dont_write_bytecode = False
    precompile()


def precompile() -> None:
    """Write a11y_bank's bytecode under PYCACHE before anything is timed (quick when up to date)."""
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "a11y_bank")],
        env=offscreen_env(),
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def last_json_line(text: str) -> JsonDict:
    """The last line of `text` that parses as a JSON object (children print it last)."""
    for raw in reversed(text.strip().splitlines()):
        line = raw.strip()
        if line.startswith("{"):
            try:
                value = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(value, dict):
                return value
    raise RuntimeError(f"no JSON result in the child's output: {text[-500:]!r}")


def run_child(args: Sequence[str], *, env: Mapping[str, str] | None = None, timeout: float = 600) -> JsonDict:
    """Run `python args...` and return the JSON object it printed last; raise with its stderr on failure."""
    done = subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        env=dict(env) if env is not None else offscreen_env(),
        timeout=timeout,
        cwd=ROOT,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed ({done.returncode}): {_crash_text(done.stderr)}")
    return last_json_line(done.stdout)


def _crash_text(stderr: str, limit: int = 4000) -> str:
    """The end of a child's stderr, or for a crash the faulthandler's report from its start (the
    crashing thread comes first; the other threads' stacks after it would push it out)."""
    fatal = stderr.find("Fatal Python error")
    return stderr[fatal : fatal + limit] if fatal >= 0 else stderr[-limit:]


def emit(result: Mapping[str, Any]) -> None:
    """Print a benchmark's result as the last line of its output."""
    sys.stdout.write(json.dumps(result) + "\n")
    sys.stdout.flush()


class SandboxProcess:
    """The demo bank in its own process on 127.0.0.1 with test controls (as a branch's server would run).

    Use as a context manager; `url` is its base URL. The database is created with the demo data
    first (a 100 000-transaction shop account), outside any timing.
    """

    def __init__(self, db: Path) -> None:
        self.db = db
        self.url = ""
        self._process: subprocess.Popen[str] | None = None

    def __enter__(self) -> SandboxProcess:
        from a11y_bank.sandbox.state import open_sandbox

        open_sandbox(self.db).db.close()  # generate the demo data before anything is timed
        self._process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "a11y_bank.sandbox",
                "--port",
                "0",
                "--db",
                str(self.db),
                "--test-controls",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            cwd=ROOT,
        )
        assert self._process.stdout is not None
        self.url = self._process.stdout.readline().strip().rsplit(" ", 1)[-1]
        if not self.url.startswith("http://127.0.0.1:"):
            self.__exit__()
            raise RuntimeError("the sandbox did not start")
        return self

    def __exit__(self, *_exc: object) -> None:
        if self._process is not None:
            self._process.terminate()
            self._process.wait(timeout=10)
            self._process = None
