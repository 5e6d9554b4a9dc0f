"""The Orca speech-transcript tier: the real app under the real Orca, driven by real X key events.

Each journey is one run of `orca-speech` (vendored here from the shared tool): Xvfb, a private D-Bus
session and AT-SPI bus, Orca 43 with no speech server (it logs every utterance), the app against a
sandbox bank with test controls, then the journey's keys through xdotool. The transcript (what Orca
said after each key) is what the tests assert on.

Run serially: one Orca per Unix user (the tool waits on /tmp/orca-speech.lock).
A11Y_ORCA_APP overrides the app command (default: the venv's `a11y-bank`), e.g. to hear another build.
"""

from __future__ import annotations

import os
import shlex
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.orca.journeys import Journey
from tests.orca.transcript import Transcript

HERE = Path(__file__).parent
ORCA_SPEECH = HERE / "orca-speech"
OUTBOX_CODE = HERE / "outbox_code.py"
BUS_LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")
RUN_TIMEOUT_S = 150
#: A key that only moves focus (Tab, arrows, Home, End) has been presented when Orca's debug log was
#: quiet this long; other keys keep the tool's 600 ms, as they may start work whose status follows.
#: Two thirds of the tier's steps are such keys: this is where its time went (docs/orca.md).
FOCUS_QUIET_MS = 350

#: apt packages the tier needs (CI installs them); the tool's own list.
APT_PACKAGES = (
    "orca xvfb dbus-x11 at-spi2-core python3-pyatspi xdotool libxcb-cursor0 libxkbcommon-x11-0 "
    "libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 "
    "libxcb-xinerama0 libxcb-xkb1"
)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "orca: real Orca screen reader speech transcripts (apt packages; serial; skipped without)"
    )


def missing_tools() -> list[str]:
    """What this machine lacks to run Orca headless (empty when the tier can run)."""
    missing = [
        tool
        for tool in ("orca", "Xvfb", "xdotool", "dbus-run-session", "flock")
        if shutil.which(tool) is None
    ]
    if not BUS_LAUNCHER.exists():
        missing.append("at-spi2-core (at-spi-bus-launcher)")
    probe = subprocess.run(["/usr/bin/python3", "-c", "import pyatspi"], capture_output=True, check=False)
    if probe.returncode != 0:
        missing.append("python3-pyatspi")
    return missing


@pytest.fixture(scope="session")
def orca_available() -> None:
    missing = missing_tools()
    if missing:
        pytest.skip(f"Orca tier needs system packages ({', '.join(missing)}); apt-get install {APT_PACKAGES}")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_for_sandbox(url: str, process: subprocess.Popen[bytes], timeout_s: float = 60) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"a11y-bank-sandbox exited with {process.returncode}")
        try:
            with urllib.request.urlopen(url + "/__sandbox__/outbox", timeout=2):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("a11y-bank-sandbox did not answer")


@pytest.fixture(scope="session")
def orca_sandbox(orca_available: None, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A demo bank with test controls (`a11y-bank-sandbox`), shared by the tier's runs."""
    db = tmp_path_factory.mktemp("orca-bank") / "sandbox.sqlite3"
    port = free_port()
    sandbox = Path(sys.executable).with_name("a11y-bank-sandbox")
    command = [str(sandbox), "--port", str(port), "--db", str(db), "--test-controls"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for_sandbox(url, process)
        yield url
    finally:
        process.terminate()
        process.wait(10)


def clear_faults(bank_url: str) -> None:
    """Take back every fault injected into the sandbox (a journey that made the bank misbehave)."""
    request = urllib.request.Request(bank_url + "/__sandbox__/faults", method="DELETE")
    with urllib.request.urlopen(request, timeout=5):
        pass


@dataclass(frozen=True)
class OrcaRun:
    transcript: Transcript
    text: str  # transcript.txt: what a reviewer reads
    seconds: float
    out_dir: Path


@dataclass(frozen=True)
class OrcaSpeech:
    """Runs journeys under Orca against one sandbox."""

    bank_url: str
    work: pytest.TempPathFactory

    def journey(self, journey: Journey) -> OrcaRun:
        """Run a journey; the sandbox's faults are cleared afterwards whatever the journey injected."""
        try:
            return self.run(journey.name, journey.keys)
        finally:
            clear_faults(self.bank_url)

    def run(self, name: str, keys: Sequence[str]) -> OrcaRun:
        out = self.work.mktemp(f"orca-{name}")
        data_dir = out / "data"
        app = shlex.split(os.environ.get("A11Y_ORCA_APP", "")) or [
            str(Path(sys.executable).with_name("a11y-bank"))
        ]
        app_args = [
            "--speech",
            "null",
            "--lang",
            "en",
            "--data-dir",
            str(data_dir),
            "--api-url",
            self.bank_url,
        ]
        env = {
            **os.environ,
            "ORCA_SPEECH_CMD": shlex.join([*app, *app_args]),
            "ORCA_SPEECH_TYPECMD": shlex.join([sys.executable, str(OUTBOX_CODE), self.bank_url]),
            "ORCA_SPEECH_OUT": str(out),
            "ORCA_SPEECH_FOCUS_QUIET_MS": str(FOCUS_QUIET_MS),
        }
        for inherited in (
            "QT_QPA_PLATFORM",
            "QT_ACCESSIBILITY",
            "DISPLAY",
            "WAYLAND_DISPLAY",
            "DBUS_SESSION_BUS_ADDRESS",
        ):
            env.pop(inherited, None)
        started = time.monotonic()
        done = subprocess.run(
            [str(ORCA_SPEECH), *keys],
            env=env,
            capture_output=True,
            text=True,
            timeout=RUN_TIMEOUT_S,
            check=False,
        )
        seconds = time.monotonic() - started
        # Exit 1 only says a Tab step was silent: the tests report that precisely. 2+ is a setup failure.
        assert done.returncode in (0, 1), f"orca-speech failed ({done.returncode}):\n{done.stderr[-3000:]}"
        transcript_json = out / "transcript.json"
        assert transcript_json.exists(), done.stdout[-3000:] + done.stderr[-3000:]
        text = (out / "transcript.txt").read_text(encoding="utf-8")
        print(f"--- orca transcript: {name} ({seconds:.1f} s)\n{text}")
        return OrcaRun(Transcript.load(transcript_json), text, seconds, out)


@pytest.fixture(scope="session")
def orca(orca_sandbox: str, tmp_path_factory: pytest.TempPathFactory) -> OrcaSpeech:
    return OrcaSpeech(orca_sandbox, tmp_path_factory)
