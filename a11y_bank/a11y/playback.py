"""Playing a WAV file in a child process that can be stopped at once.

pyttsx3's Linux espeak driver plays with `os.system("aplay ...")`: blocking and out of reach, so an
urgent message waited for the whole old utterance (pitfalls §5.4). The voice and the earcons instead
start the platform's player with `subprocess.Popen` and terminate it when told to: the process and
its audio stream end together (the sound server or ALSA drops a client's buffer when it closes).

Players, first found wins: paplay, pw-play, aplay on Linux; afplay on macOS. Windows has none here:
the SAPI5 driver plays and stops its own audio (see speech.py).

Headphones only (branch terminals, issue 6): `AudioRoute` picks the PulseAudio / PipeWire sink whose
active port is headphones or a headset and is plugged in (`pactl list sinks`), and the player sends
the file there (`paplay --device`, `pw-play --target`). With no such sink, or a player that cannot
choose a sink (aplay, afplay, Windows), nothing is played: speaking aloud at a counter would tell
everyone nearby the customer's balance.

`HeadphoneWatcher` notices headphones unplugged or plugged back in while they are needed, on its own
thread (never the GUI's): `pactl subscribe` wakes it at once on a sink or card event, and it also
looks every few seconds (a sound server that sends no events, or an event it missed). It runs
`pactl list sinks` only while the route is active, so with the setting off it costs nothing.
"""

from __future__ import annotations

import logging
import os
import re
import select
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

# Each player with the arguments that keep it quiet on stdout; the WAV path is appended.
_PLAYERS: dict[str, tuple[str, ...]] = {
    "linux": ("paplay", "pw-play", "aplay"),
    "darwin": ("afplay",),
}
_QUIET_FLAGS = {"aplay": ("-q",)}
# A stopped player gets SIGTERM; one still running after this long gets SIGKILL.
KILL_AFTER_S = 0.2


def player_command(names: Sequence[str] | None = None) -> list[str] | None:
    """The command line (without the file) of the first installed player, or None."""
    platform = "linux" if sys.platform.startswith("linux") else sys.platform
    for name in names if names is not None else _PLAYERS.get(platform, ()):
        program = shutil.which(name)
        if program is not None:
            return [program, *_QUIET_FLAGS.get(name, ())]
    return None


@dataclass
class Playback:
    """One run of the player: when it started and ended, and how (negative: killed by that signal)."""

    path: Path
    pid: int
    started: float
    ended: float | None = None
    returncode: int | None = None
    stopped: bool = False


@dataclass(frozen=True)
class Sink:
    """One `pactl list sinks` entry: its name, active port, and whether that port is plugged-in headphones."""

    name: str
    active_port: str | None
    headphones: bool


_HEADPHONE_WORDS = ("headphone", "headset")


def parse_pactl_sinks(text: str) -> list[Sink]:
    """The sinks in `pactl list sinks` output (LC_ALL=C). A port counts as headphones when its name
    or its `type:` says headphones or headset, and it is not marked "not available" (unplugged)."""
    sinks: list[Sink] = []
    for block in text.split("Sink #")[1:]:
        name = _field(block, "Name")
        if name is None:
            continue
        active = _field(block, "Active Port")
        sinks.append(Sink(name, active, active is not None and _is_plugged_headphones(block, active)))
    return sinks


def _field(block: str, key: str) -> str | None:
    for line in block.splitlines():
        stripped = line.strip()
        if stripped.startswith(key + ":"):
            return stripped.partition(":")[2].strip() or None
    return None


def _is_plugged_headphones(block: str, port: str) -> bool:
    for line in block.splitlines():
        stripped = line.strip()
        if not stripped.startswith(port + ":"):
            continue
        description = stripped.lower()
        if "not available" in description:
            return False
        return any(word in description for word in _HEADPHONE_WORDS)
    return any(word in port.lower() for word in _HEADPHONE_WORDS)  # no port list: judge by the name


def pactl_sinks_text() -> str | None:
    """`pactl list sinks` output, or None without pactl or a sound server (never raises)."""
    program = shutil.which("pactl")
    if program is None:
        return None
    try:
        done = subprocess.run(  # noqa: S603 - a fixed, installed program
            [program, "list", "sinks"],
            capture_output=True,
            text=True,
            timeout=3,
            env={"LC_ALL": "C", **_pulse_env()},
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        log.warning("pactl failed: %s", type(exc).__name__)
        return None
    return done.stdout if done.returncode == 0 else None


def _pulse_env() -> dict[str, str]:
    """What pactl needs to find the user's sound server."""
    keys = (
        "PATH",
        "HOME",
        "XDG_RUNTIME_DIR",
        "PULSE_SERVER",
        "PULSE_RUNTIME_PATH",
        "DBUS_SESSION_BUS_ADDRESS",
    )
    return {key: os.environ[key] for key in keys if key in os.environ}


# How each player is told which sink to use.
_DEVICE_FLAG = {"paplay": "--device={}", "pw-play": "--target={}"}


class AudioRoute:
    """Where sound goes: the default output, or only to plugged-in headphones.

    `headphones_only` is the user's setting; `required` is set by a branch terminal (kiosk), which
    always needs headphones. `refresh()` looks for the headphone sink again (the player calls it before
    each sound, so plugging headphones in or out takes effect at the next utterance).
    """

    def __init__(self, sinks_text: Callable[[], str | None] = pactl_sinks_text) -> None:
        self.headphones_only = False
        self.required = False
        self.device: str | None = None
        self.sinks_text = sinks_text

    @property
    def active(self) -> bool:
        return self.headphones_only or self.required

    def refresh(self) -> bool:
        """Find the headphone sink; True if sound can play (headphones found, or not needed)."""
        if not self.active:
            self.device = None
            return True
        text = self.sinks_text()
        sinks = parse_pactl_sinks(text) if text else []
        self.device = next((sink.name for sink in sinks if sink.headphones), None)
        return self.device is not None

    def command_for(self, base: Sequence[str]) -> list[str] | None:
        """`base` player command aimed at the headphones, unchanged when not needed, or None: silence."""
        if not self.active:
            return list(base)
        flag = _DEVICE_FLAG.get(Path(base[0]).name) if base else None
        if self.device is None or flag is None:
            return None
        return [*base, flag.format(self.device)]


class ProcessPlayer:
    """Plays one file at a time with `command + [path]`; `stop()` from any thread cuts it off.

    `play()` blocks its caller (the speech thread) until the file has played or been stopped.
    `history` keeps the last few runs (times from `time.monotonic()`), for tests and benchmarks.
    """

    HISTORY = 20

    def __init__(self, command: Sequence[str], route: AudioRoute | None = None) -> None:
        if not command:
            raise ValueError("a player needs a command")
        self.command = list(command)
        self.route = route or AudioRoute()
        self.history: list[Playback] = []
        self._lock = threading.Lock()
        self._process: subprocess.Popen[bytes] | None = None
        self._current: Playback | None = None

    def play(self, path: Path, cancelled: Callable[[], bool] = lambda: False) -> Playback | None:
        """Play `path` unless `cancelled()` is already true; None when it never started.

        The check and the start happen under the lock `stop()` takes, so a stop that comes first
        is seen here, and one that comes after finds the process to end: nothing slips between.
        With headphones required and none plugged in, nothing plays (None).
        """
        if self.route.active:
            self.route.refresh()
        command = self.route.command_for(self.command)
        if command is None:
            return None
        with self._lock:
            if cancelled():
                return None
            try:
                process = subprocess.Popen(  # noqa: S603 - an installed player on our own temp file
                    [*command, str(path)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
                )
            except OSError as exc:  # a player that vanished must not break the voice thread
                log.warning("audio player did not start: %s", type(exc).__name__)
                return None
            run = Playback(path, process.pid, time.monotonic())
            self._process, self._current = process, run
            self.history = [*self.history[-(self.HISTORY - 1) :], run]
        self._wait(process, run)
        return run

    def stop(self) -> None:
        """End the file being played, if any (never waits)."""
        with self._lock:
            if self._process is not None and self._process.poll() is None and self._current is not None:
                self._current.stopped = True
                self._process.terminate()

    def _wait(self, process: subprocess.Popen[bytes], run: Playback) -> None:
        terminated_at: float | None = None
        while True:
            try:
                run.returncode = process.wait(timeout=0.01)
                break
            except subprocess.TimeoutExpired:
                if run.stopped and terminated_at is None:
                    terminated_at = time.monotonic()
                elif terminated_at is not None and time.monotonic() - terminated_at > KILL_AFTER_S:
                    process.kill()  # it ignored SIGTERM
        run.ended = time.monotonic()
        with self._lock:
            if self._process is process:
                self._process, self._current = None, None


def default_player(route: AudioRoute | None = None) -> ProcessPlayer | None:
    """The platform's player, or None (Windows, or nothing installed)."""
    command = player_command()
    return ProcessPlayer(command, route) if command is not None else None


# `pactl subscribe` lines that may mean headphones came or went: a sink's port changed, a card's
# profile or ports changed, a sink appeared or vanished (Bluetooth), or the server's default moved.
# Not "sink-input" (a stream started or stopped: every utterance makes some).
_ROUTE_EVENT = re.compile(r"^Event '\w+' on (?:sink|card|server)(?: #\d+)?$")
# How often the watcher looks even without an event (a sound server that sends none).
CHECK_EVERY_S = 2.0
# Events of one plug or unplug come in a burst: read them all before looking once.
_BURST_S = 0.05


def is_route_event(line: str) -> bool:
    """True for a `pactl subscribe` line about a sink, a card or the server (not a stream)."""
    return _ROUTE_EVENT.match(line.strip()) is not None


def pactl_subscribe() -> subprocess.Popen[bytes] | None:
    """`pactl subscribe` running, its events on stdout; None without pactl (never raises)."""
    program = shutil.which("pactl")
    if program is None:
        return None
    try:
        return subprocess.Popen(  # noqa: S603 - a fixed, installed program
            [program, "subscribe"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            stdin=subprocess.DEVNULL,
            env={"LC_ALL": "C", **_pulse_env()},
        )
    except OSError as exc:
        log.warning("pactl subscribe failed: %s", type(exc).__name__)
        return None


class HeadphoneWatcher:
    """Calls `on_change(plugged)` when headphones the route needs are unplugged (False) or plugged
    back in (True). `on_change` runs on the watcher's thread: hand it to the GUI thread yourself.

    The state it compares with is the one the route last found (`AudioRoute.refresh`, also called when
    the setting is switched on), so switching the setting on without headphones says nothing here: the
    settings screen tells the user that itself.
    """

    def __init__(
        self,
        route: AudioRoute,
        on_change: Callable[[bool], None],
        *,
        subscribe: Callable[[], subprocess.Popen[bytes] | None] = pactl_subscribe,
        interval_s: float = CHECK_EVERY_S,
    ) -> None:
        self.route = route
        self.on_change = on_change
        self.interval_s = interval_s
        self._subscribe = subscribe
        self._plugged: bool | None = None  # what the last look found; None while the route is off
        self._check_lock = threading.Lock()
        self._stopping = threading.Event()
        self._process: subprocess.Popen[bytes] | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="headphone-watcher", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        """End the thread and its `pactl subscribe` (waits at most a second)."""
        self._stopping.set()
        process = self._process
        if process is not None and process.poll() is None:
            process.terminate()
        if self._thread is not None:
            self._thread.join(timeout=1)
            self._thread = None
        if process is not None:
            try:
                process.wait(timeout=1)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=1)
            if process.stdout is not None:
                process.stdout.close()

    def check(self) -> bool | None:
        """Look once; the new state when it changed (and `on_change` was called), else None."""
        with self._check_lock:
            if not self.route.active:
                self._plugged = None
                return None
            before = self._plugged if self._plugged is not None else self.route.device is not None
            plugged = self.route.refresh()
            self._plugged = plugged
        if plugged == before:
            return None
        self.on_change(plugged)
        return plugged

    # -- the thread ---------------------------------------------------------------------------

    def _run(self) -> None:
        process = None if self._stopping.is_set() else self._subscribe()
        self._process = process
        events = process.stdout.fileno() if process is not None and process.stdout is not None else None
        while not self._stopping.is_set():
            if events is None:
                self._stopping.wait(self.interval_s)
                look = True
            else:
                events, look = self._wait_for_events(events)
            if look and not self._stopping.is_set():
                self._check_safely()

    def _wait_for_events(self, fd: int) -> tuple[int | None, bool]:
        """Wait for a burst of events, or the interval; (the descriptor, or None once pactl ended and
        only the interval is left; whether to look now)."""
        ready, _, _ = select.select([fd], [], [], self.interval_s)
        if not ready:
            return fd, True
        chunk = os.read(fd, 4096)
        while chunk and select.select([fd], [], [], _BURST_S)[0]:
            more = os.read(fd, 4096)
            if not more:
                break
            chunk += more
        if not chunk:
            log.info("pactl subscribe ended: looking for headphones every %.0f s", self.interval_s)
            return None, True
        lines = chunk.decode("utf-8", "replace").splitlines()
        return fd, any(is_route_event(line) for line in lines)

    def _check_safely(self) -> None:
        try:
            self.check()
        except Exception:  # a failing callback must not end the watching
            log.exception("headphone check failed")
