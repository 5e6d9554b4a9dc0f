"""A NOW announcement cuts off the utterance being played: real player processes, real espeak-ng WAVs.

No sound card under CI, so the player is a stand-in shell script that behaves like aplay where it
matters: it is a separate process, it lasts as long as the WAV it is given, and it ends on SIGTERM.
It also keeps a copy of each WAV (the backend deletes its own) to show the audio was real speech.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import wave
from pathlib import Path

import pytest

from a11y_bank.a11y.playback import KILL_AFTER_S, ProcessPlayer, player_command

#: Plays like aplay: as long as the WAV lasts (16-bit mono 22 050 Hz, pyttsx3's espeak format).
STAND_IN = """#!/bin/sh
cp "$1" "$(dirname "$0")/played-$(basename "$1")"
bytes=$(stat -c %s "$1")
ms=$(( (bytes - 44) * 1000 / 44100 ))
exec sleep "$(( ms / 1000 )).$(printf %03d $(( ms % 1000 )))"
"""


def _script(directory: Path, body: str) -> list[str]:
    path = directory / "player.sh"
    path.write_text(body)
    return ["/bin/sh", str(path)]


def _play_in_thread(player: ProcessPlayer, path: Path) -> threading.Thread:
    thread = threading.Thread(target=player.play, args=(path,), daemon=True)
    thread.start()
    deadline = time.monotonic() + 5
    while not player.history and time.monotonic() < deadline:
        time.sleep(0.005)
    assert player.history, "the player never started"
    return thread


def test_stop_ends_the_running_player_process_at_once(tmp_path: Path) -> None:
    player = ProcessPlayer(_script(tmp_path, "exec sleep 30\n"))
    thread = _play_in_thread(player, tmp_path / "long.wav")
    time.sleep(0.1)
    asked = time.monotonic()
    player.stop()
    thread.join(timeout=5)
    run = player.history[-1]
    assert run.ended is not None
    assert run.ended - asked < 0.2
    assert run.returncode == -signal.SIGTERM
    assert run.stopped
    with pytest.raises(ProcessLookupError):  # the process is gone (reaped), not just detached
        os.kill(run.pid, 0)


def test_a_player_ignoring_sigterm_is_killed(tmp_path: Path) -> None:
    player = ProcessPlayer(_script(tmp_path, "trap '' TERM\nexec sleep 30\n"))
    thread = _play_in_thread(player, tmp_path / "long.wav")
    time.sleep(0.1)
    player.stop()
    thread.join(timeout=5)
    run = player.history[-1]
    assert run.returncode == -signal.SIGKILL
    assert run.ended is not None
    assert run.ended - run.started < 0.1 + KILL_AFTER_S + 0.5


def test_a_stop_before_the_start_means_no_process(tmp_path: Path) -> None:
    player = ProcessPlayer(_script(tmp_path, "exec sleep 30\n"))
    assert player.play(tmp_path / "x.wav", cancelled=lambda: True) is None
    assert player.history == []
    missing = ProcessPlayer([str(tmp_path / "no-such-player")])
    assert missing.play(tmp_path / "x.wav") is None  # a vanished player: silence, no exception


def test_player_choice_takes_the_first_installed(tmp_path: Path) -> None:
    assert player_command(["no-such-player-a11y", "sh"]) == [shutil.which("sh")]
    assert player_command(["no-such-player-a11y"]) is None


needs_espeak = pytest.mark.skipif(
    shutil.which("espeak-ng") is None, reason="espeak-ng is not installed (CI: apt-get install espeak-ng)"
)

#: One process (pyttsx3 keeps one engine per process): a long utterance plays, a NORMAL one waits,
#: then a NOW one arrives. Prints what the player did.
_CHILD = """
import json, os, sys, time
from pathlib import Path
from a11y_bank.a11y.playback import ProcessPlayer
from a11y_bank.a11y.priority import Priority
from a11y_bank.a11y.speech import Pyttsx3Backend, SpeechService

player = ProcessPlayer(sys.argv[1:])
speech = SpeechService(Pyttsx3Backend(player=player), enabled=True)
speech.speak("Your payment of three hundred and twenty yuan to Alice Chen is being sent. " * 3)
deadline = time.monotonic() + 30
while not player.history and time.monotonic() < deadline:
    time.sleep(0.002)
time.sleep(0.3)
speech.speak("This progress message is dropped.")
asked = time.monotonic()
speech.speak("Wrong code.", Priority.NOW)
while (len(player.history) < 2 or player.history[-1].ended is None) and time.monotonic() < deadline:
    time.sleep(0.002)
first, second = player.history[0], player.history[-1]
print(json.dumps({
    "runs": len(player.history),
    "cut_off_s": first.ended - asked,
    "first": [first.path.name, first.returncode, first.stopped, first.ended - first.started],
    "second": [second.path.name, second.returncode, second.stopped],
}))
speech.shutdown()
os._exit(0)
"""


def _wav_seconds(path: Path) -> tuple[float, int]:
    with wave.open(str(path), "rb") as wav:
        frames = wav.readframes(wav.getnframes())
        seconds = wav.getnframes() / wav.getframerate()
    return seconds, max(abs(s) for s in memoryview(frames).cast("h"))


@needs_espeak
def test_now_stops_the_real_utterance_being_played(tmp_path: Path) -> None:
    command = _script(tmp_path, STAND_IN)
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, *command], capture_output=True, text=True, timeout=120, check=True
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["runs"] == 2, result  # the queued NORMAL message was dropped, not played
    first_name, first_code, first_stopped, first_played_s = result["first"]
    assert first_stopped, result
    assert first_code == -signal.SIGTERM, result
    assert result["cut_off_s"] < 0.25, result  # the benchmark reports the median (goal 50 ms)
    long_seconds, long_peak = _wav_seconds(tmp_path / f"played-{first_name}")
    assert long_seconds > 8
    assert long_peak > 1000
    assert first_played_s < long_seconds / 4  # ... cut off well before its end
    second_name, second_code, second_stopped = result["second"]
    now_seconds, now_peak = _wav_seconds(tmp_path / f"played-{second_name}")
    assert (second_code, second_stopped) == (0, False)  # the NOW message played to its end
    assert 0.3 < now_seconds < 3
    assert now_peak > 1000
