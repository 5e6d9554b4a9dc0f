"""Speech: keypress -> first audio of a voice prompt, and how long a NOW utterance takes to cut one off.

    python -m benchmarks.perf.speech [--repeats 5]

The app's real voice path runs: a key press on a button whose handler calls `Announcer.announce`,
`SpeechService`, `Pyttsx3Backend` on its speech thread, pyttsx3's espeak driver, espeak-ng. The
backend renders each utterance to a WAV (`save_to_file`) and plays it with a `ProcessPlayer` that a
NOW announcement terminates. To see when audio output begins and ends on a machine without a sound
card, the player is a stand-in `aplay`: a shell script that logs the moment it starts (when the real
one would open the device) and then takes as long as the WAV lasts, as the real one does; it logs
its end and exits on SIGTERM, as the real one does.

- first audio: key press -> the stand-in starts. Reference: `espeak-ng --stdout` started in the same
  run -> its first bytes of audio (the synthesiser's own first-audio latency, streaming).
- cut-off: a long utterance is playing; a NOW announcement is made; time until the old utterance's
  audio stops. Reference: time for a streaming `espeak-ng --stdout` to stop after SIGTERM.
Goals: medians <= 150 ms and <= 50 ms.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.perf.common import JsonDict, emit, median, offscreen_env, ratio, run_child

PROMPT = "Enter the six digit code we sent to your phone ending in 1234."
LONG = (
    "Your payment of three hundred and twenty yuan to Alice Chen is being sent. "
    "The bank will confirm it within a few seconds. You can keep working while it is on its way, "
    "and we will tell you as soon as it has arrived in the payee's account."
)
NOW_TEXT = "Payment sent."
GOAL_FIRST_AUDIO_MS = 150.0
GOAL_CUT_OFF_MS = 50.0
WAV_BYTES_PER_S = 22050 * 2  # what pyttsx3's espeak driver writes: mono, 16 bit, 22 050 Hz

# Logs "start <epoch> <wav>" then plays for the WAV's duration; "end <epoch> <wav>" when done or killed.
FAKE_APLAY = """#!/bin/sh
wav=""
for a in "$@"; do case "$a" in -*) ;; *) wav="$a";; esac; done
echo "start $(date +%s.%N) $wav" >> "$A11Y_BENCH_APLAY_LOG"
bytes=$(stat -c %s "$wav" 2>/dev/null || echo 0)
ms=$(( (bytes - 44) * 1000 / BYTES_PER_S ))
finish() { echo "end $(date +%s.%N) $wav" >> "$A11Y_BENCH_APLAY_LOG"; exit 0; }
trap finish TERM INT
sleep "$(( ms / 1000 )).$(printf %03d $(( ms % 1000 )))" &
wait $!
finish
""".replace("BYTES_PER_S", str(WAV_BYTES_PER_S))


class AplayLog:
    """Reads the stand-in aplay's log: (event, epoch seconds) in order."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def events(self) -> list[tuple[str, float]]:
        if not self.path.exists():
            return []
        rows = [line.split() for line in self.path.read_text().splitlines() if line.strip()]
        return [(row[0], float(row[1])) for row in rows if len(row) >= 2]

    def wait_for(self, count: int, kind: str, timeout_s: float = 30) -> float:
        """Epoch time of the `count`-th event of `kind`, waiting for it."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            times = [t for k, t in self.events() if k == kind]
            if len(times) >= count:
                return times[count - 1]
            time.sleep(0.002)
        raise TimeoutError(f"no {kind} #{count} from the audio stand-in")


# --- child: the app's voice -----------------------------------------------------------------------


def child(repeats: int, log_path: Path) -> JsonDict:
    from PySide6.QtWidgets import QApplication, QPushButton

    from a11y_bank.a11y.announcer import NOW_HOLD_MS, Announcer
    from a11y_bank.a11y.playback import ProcessPlayer, player_command
    from a11y_bank.a11y.priority import Priority
    from a11y_bank.a11y.speech import Pyttsx3Backend, SpeechService
    from benchmarks.perf.qt_probe import spin

    app = QApplication(["bench"])
    stand_in = player_command(["aplay"])  # the stand-in, first on PATH
    assert stand_in is not None
    speech = SpeechService(Pyttsx3Backend(player=ProcessPlayer(stand_in)), enabled=True)
    announcer = Announcer(speech)
    log = AplayLog(log_path)
    button = QPushButton("Send code")
    button.clicked.connect(lambda: announcer.announce(PROMPT))
    button.show()
    first_audio_ms: list[float] = []
    cut_off_ms: list[float] = []
    now_audio_ms: list[float] = []
    starts = ends = 0
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    for _ in range(repeats + 1):  # the first one also starts the engine: reported apart
        pressed = time.time()
        QTest.keyClick(button, Qt.Key.Key_Space)
        starts += 1
        first_audio_ms.append((log.wait_for(starts, "start") - pressed) * 1000)
        ends += 1
        log.wait_for(ends, "end")
        spin(50)
    for _ in range(repeats):
        announcer.announce(LONG)
        starts += 1
        log.wait_for(starts, "start")
        spin(300)  # well into the long utterance
        now = time.time()
        announcer.announce(NOW_TEXT, Priority.NOW)
        ends += 1
        cut_off_ms.append((log.wait_for(ends, "end") - now) * 1000)
        starts += 1
        now_audio_ms.append((log.wait_for(starts, "start") - now) * 1000)
        ends += 1
        log.wait_for(ends, "end")
        spin(NOW_HOLD_MS)  # the announcer holds NORMAL messages this long after a NOW one
    speech.shutdown()
    app.processEvents()
    return {
        "engine_start_first_audio_ms": round(first_audio_ms[0], 1),
        "first_audio_ms": [round(v, 1) for v in first_audio_ms[1:]],
        "cut_off_ms": [round(v, 1) for v in cut_off_ms],
        "now_first_audio_ms": [round(v, 1) for v in now_audio_ms],
    }


# --- reference: espeak-ng streaming ------------------------------------------------------------------


def _espeak() -> list[str]:
    return [shutil.which("espeak-ng") or "espeak-ng", "--stdout", "-s", "180"]


def reference_first_audio_ms(text: str) -> float:
    started = time.perf_counter()
    process = subprocess.Popen([*_espeak(), text], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert process.stdout is not None
    process.stdout.read(1)
    elapsed = (time.perf_counter() - started) * 1000
    process.stdout.read()
    process.wait()
    return elapsed


def reference_cut_off_ms(text: str) -> float:
    process = subprocess.Popen([*_espeak(), text * 4], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert process.stdout is not None
    process.stdout.read(4096)
    started = time.perf_counter()
    process.send_signal(signal.SIGTERM)
    process.stdout.read()  # EOF: no more audio
    elapsed = (time.perf_counter() - started) * 1000
    process.wait()
    return elapsed


# --- parent ----------------------------------------------------------------------------------------


def measure(repeats: int) -> JsonDict:
    if shutil.which("espeak-ng") is None:
        return {"name": "speech", "skipped": "espeak-ng is not installed"}
    with tempfile.TemporaryDirectory(prefix="bench-speech-") as work:
        bin_dir = Path(work) / "bin"
        bin_dir.mkdir()
        aplay = bin_dir / "aplay"
        aplay.write_text(FAKE_APLAY)
        aplay.chmod(0o755)
        log = Path(work) / "aplay.log"
        env = offscreen_env(
            {"PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}", "A11Y_BENCH_APLAY_LOG": str(log)}
        )
        app = run_child(["-m", "benchmarks.perf.speech", "--child", str(repeats), str(log)], env=env)
    ref_first = [reference_first_audio_ms(PROMPT) for _ in range(repeats)]
    ref_cut = [reference_cut_off_ms(LONG) for _ in range(repeats)]
    return summarise(app, ref_first, ref_cut)


def summarise(app: JsonDict, ref_first: list[float], ref_cut: list[float]) -> JsonDict:
    first, cut = median(app["first_audio_ms"]), median(app["cut_off_ms"])
    rf, rc = median(ref_first), median(ref_cut)
    return {
        "name": "speech",
        "first_audio_ms": round(first, 1),
        "reference_first_audio_ms": round(rf, 1),
        "first_audio_ratio": ratio(first, rf),
        "cut_off_ms": round(cut, 1),
        "reference_cut_off_ms": round(rc, 1),
        "cut_off_ratio": ratio(cut, rc),
        "now_first_audio_ms": round(median(app["now_first_audio_ms"]), 1),
        "goals": {"first_audio_ms": GOAL_FIRST_AUDIO_MS, "cut_off_ms": GOAL_CUT_OFF_MS},
        "met": {"first_audio": first <= GOAL_FIRST_AUDIO_MS, "cut_off": cut <= GOAL_CUT_OFF_MS},
        "app": app,
        "reference_first_audio_runs_ms": [round(v, 1) for v in ref_first],
        "reference_cut_off_runs_ms": [round(v, 1) for v in ref_cut],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--child", nargs=2, metavar=("REPEATS", "LOG"))
    args = parser.parse_args(argv)
    if args.child:
        emit(child(int(args.child[0]), Path(args.child[1])))
        os._exit(0)  # the figures are out; pyttsx3's espeak driver can crash at interpreter teardown
    emit(measure(args.repeats))
    return 0


if __name__ == "__main__":
    sys.exit(main())
