"""Playing a WAV file in a child process that can be stopped at once.

pyttsx3's Linux espeak driver plays with `os.system("aplay ...")`: blocking and out of reach, so an
urgent message waited for the whole old utterance (pitfalls §5.4). The voice and the earcons instead
start the platform's player with `subprocess.Popen` and terminate it when told to: the process and
its audio stream end together (the sound server or ALSA drops a client's buffer when it closes).

Players, first found wins: paplay, pw-play, aplay on Linux; afplay on macOS. Windows has none here:
the SAPI5 driver plays and stops its own audio (see speech.py).
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

#: Each player with the arguments that keep it quiet on stdout; the WAV path is appended.
_PLAYERS: dict[str, tuple[str, ...]] = {
    "linux": ("paplay", "pw-play", "aplay"),
    "darwin": ("afplay",),
}
_QUIET_FLAGS = {"aplay": ("-q",)}
#: A stopped player gets SIGTERM; one still running after this long gets SIGKILL.
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


class ProcessPlayer:
    """Plays one file at a time with `command + [path]`; `stop()` from any thread cuts it off.

    `play()` blocks its caller (the speech thread) until the file has played or been stopped.
    `history` keeps the last few runs (times from `time.monotonic()`), for tests and benchmarks.
    """

    HISTORY = 20

    def __init__(self, command: Sequence[str]) -> None:
        if not command:
            raise ValueError("a player needs a command")
        self.command = list(command)
        self.history: list[Playback] = []
        self._lock = threading.Lock()
        self._process: subprocess.Popen[bytes] | None = None
        self._current: Playback | None = None

    def play(self, path: Path, cancelled: Callable[[], bool] = lambda: False) -> Playback | None:
        """Play `path` unless `cancelled()` is already true; None when it never started.

        The check and the start happen under the lock `stop()` takes, so a stop that comes first
        is seen here, and one that comes after finds the process to end: nothing slips between.
        """
        with self._lock:
            if cancelled():
                return None
            try:
                process = subprocess.Popen(  # noqa: S603 - an installed player on our own temp file
                    [*self.command, str(path)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
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


def default_player() -> ProcessPlayer | None:
    """The platform's player, or None (Windows, or nothing installed)."""
    command = player_command()
    return ProcessPlayer(command) if command is not None else None
