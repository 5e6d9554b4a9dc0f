"""Headphones unplugged or plugged back in while the voice may only use headphones: the watcher notices
(through a fake `pactl` on PATH whose answer the test changes), the voice stops at once, and the customer
is told on the status line and through the screen reader, never aloud through the speakers."""

from __future__ import annotations

import os
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from a11y_bank.a11y.announcer import Announcer
from a11y_bank.a11y.playback import AudioRoute, HeadphoneWatcher, is_route_event, pactl_subscribe
from a11y_bank.a11y.priority import Priority
from a11y_bank.a11y.speech import SpeechService, SpyBackend
from a11y_bank.app import build_context
from a11y_bank.settings import Settings
from a11y_bank.ui.headphones import HeadphoneNotices
from tests.voice.test_headphones import PLUGGED, UNPLUGGED, NoBank

SINK = "alsa_output.pci-0000_00_1f.3.analog-stereo"
#: Long enough that a test passing within it was woken by `pactl subscribe`, not by the periodic look.
NO_PERIODIC_LOOK_S = 60.0


class FakePactl:
    """A `pactl` program on PATH: `list sinks` prints the state file; `subscribe` prints a stream event
    and a sink event each time the test changes the state (as PulseAudio does when a jack is pulled)."""

    def __init__(self, directory: Path) -> None:
        self.state = directory / "sinks.txt"
        self.generation = directory / "generation"
        self.generation.write_text("0")
        self.state.write_text(PLUGGED)
        script = directory / "pactl"
        script.write_text(
            "#!/bin/sh\n"
            'case "$1" in\n'
            f'  list) cat "{self.state}" ;;\n'
            "  subscribe)\n"
            "    last=0\n"
            "    while :; do\n"
            f'      now=$(cat "{self.generation}")\n'
            '      if [ "$now" != "$last" ]; then\n'
            "        echo \"Event 'new' on sink-input #9\"\n"
            "        echo \"Event 'change' on sink #47\"\n"
            "        last=$now\n"
            "      fi\n"
            "      sleep 0.05\n"
            "    done ;;\n"
            "  *) exit 1 ;;\n"
            "esac\n"
        )
        script.chmod(0o755)

    def set(self, sinks: str) -> None:
        self.state.write_text(sinks)
        self.generation.write_text(str(int(self.generation.read_text()) + 1))


@pytest.fixture
def pactl(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> FakePactl:
    fake = FakePactl(tmp_path)
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    return fake


class Changes:
    """What `on_change` was told, and from which thread."""

    def __init__(self) -> None:
        self.seen: list[bool] = []
        self.threads: set[str] = set()
        self.event = threading.Event()

    def __call__(self, plugged: bool) -> None:
        self.seen.append(plugged)
        self.threads.add(threading.current_thread().name)
        self.event.set()

    def wait_for(self, count: int, timeout_s: float = 5.0) -> list[bool]:
        deadline = time.monotonic() + timeout_s
        while len(self.seen) < count and time.monotonic() < deadline:
            self.event.wait(0.05)
            self.event.clear()
        return self.seen


def headphones_only_route() -> AudioRoute:
    route = AudioRoute()
    route.headphones_only = True
    route.refresh()
    return route


@pytest.fixture
def watcher_parts(pactl: FakePactl) -> Iterator[tuple[HeadphoneWatcher, Changes]]:
    changes = Changes()
    watcher = HeadphoneWatcher(headphones_only_route(), changes, interval_s=NO_PERIODIC_LOOK_S)
    yield watcher, changes
    watcher.stop()


def test_only_sink_card_and_server_events_wake_the_watcher() -> None:
    assert is_route_event("Event 'change' on sink #47")
    assert is_route_event("Event 'change' on card #3\n")
    assert is_route_event("Event 'new' on sink #52")
    assert is_route_event("Event 'change' on server")
    assert not is_route_event("Event 'new' on sink-input #9")  # a stream: every utterance makes one
    assert not is_route_event("Event 'change' on source #1")
    assert not is_route_event("nonsense")


def test_a_look_reports_only_changes_and_only_while_headphones_are_needed() -> None:
    sinks = {"now": PLUGGED}
    changes = Changes()
    route = AudioRoute(sinks_text=lambda: sinks["now"])
    watcher = HeadphoneWatcher(route, changes, subscribe=lambda: None)
    assert watcher.check() is None  # setting off: nothing looked at, nothing said
    route.headphones_only = True
    route.refresh()  # what switching the setting on does
    assert watcher.check() is None  # still plugged in
    sinks["now"] = UNPLUGGED
    assert watcher.check() is False
    assert watcher.check() is None  # said once, not on every look
    assert route.device is None
    sinks["now"] = PLUGGED
    assert watcher.check() is True
    assert route.device == SINK
    route.headphones_only = False
    sinks["now"] = UNPLUGGED
    assert watcher.check() is None  # the setting is off again: unplugging is none of our business
    assert changes.seen == [False, True]


def test_switching_the_setting_on_without_headphones_is_not_reported_as_an_unplug() -> None:
    changes = Changes()
    route = AudioRoute(sinks_text=lambda: UNPLUGGED)
    watcher = HeadphoneWatcher(route, changes, subscribe=lambda: None)
    route.headphones_only = True
    route.refresh()  # the settings screen tells the user "No headphones are connected" itself
    assert watcher.check() is None
    assert changes.seen == []


def test_pactl_subscribe_wakes_the_watcher_at_once(
    pactl: FakePactl, watcher_parts: tuple[HeadphoneWatcher, Changes]
) -> None:
    watcher, changes = watcher_parts
    watcher.start()
    time.sleep(0.3)  # the fake's first event has been looked at: still plugged in
    assert changes.seen == []
    pactl.set(UNPLUGGED)
    assert changes.wait_for(1) == [False]
    pactl.set(PLUGGED)
    assert changes.wait_for(2) == [False, True]
    assert changes.threads == {"headphone-watcher"}  # never the caller's (GUI) thread
    watcher.stop()
    assert watcher._thread is None
    process = watcher._process
    assert process is not None
    assert process.poll() is not None  # pactl subscribe ended with the watcher


def test_without_pactl_subscribe_the_watcher_looks_every_interval(pactl: FakePactl) -> None:
    changes = Changes()
    watcher = HeadphoneWatcher(headphones_only_route(), changes, subscribe=lambda: None, interval_s=0.1)
    watcher.start()
    try:
        pactl.set(UNPLUGGED)
        assert changes.wait_for(1) == [False]
    finally:
        watcher.stop()


def test_a_subscribe_that_ends_leaves_the_periodic_look(pactl: FakePactl) -> None:
    changes = Changes()

    def ends_at_once() -> subprocess.Popen[bytes] | None:
        process = pactl_subscribe()
        assert process is not None
        process.terminate()
        return process

    watcher = HeadphoneWatcher(headphones_only_route(), changes, subscribe=ends_at_once, interval_s=0.1)
    watcher.start()
    try:
        time.sleep(0.3)
        pactl.set(UNPLUGGED)
        assert changes.wait_for(1) == [False]
    finally:
        watcher.stop()


def test_the_customer_is_told_on_the_status_line_and_the_voice_stays_silent(
    qtbot: QtBot, pactl: FakePactl, tmp_path: Path
) -> None:
    spy = SpyBackend()
    speech = SpeechService(spy, enabled=True)
    speech.route.headphones_only = True
    assert speech.route.refresh()
    ctx = build_context(NoBank(), Settings(), speech, settings_path=tmp_path / "s.json")  # type: ignore[arg-type]
    qtbot.addWidget(ctx.announcer.notice)
    notices = HeadphoneNotices(speech, ctx.announcer)
    notices.watcher.interval_s = NO_PERIODIC_LOOK_S
    notices.start()
    try:
        time.sleep(0.3)
        pactl.set(UNPLUGGED)
        qtbot.waitUntil(lambda: "Headphones unplugged" in ctx.announcer.last_text(), timeout=5000)
        text, priority = ctx.announcer.history()[-1]
        assert text == "Headphones unplugged: voice is paused. Plug them back in to hear it again."
        assert priority == Priority.NOW
        assert ctx.announcer.notice.text().startswith("Headphones unplugged: voice is paused.")
        assert spy.cancels >= 1  # anything playing was cut off
        assert speech.route.command_for(["/usr/bin/paplay"]) is None  # the voice has nowhere to play
        pactl.set(PLUGGED)
        qtbot.waitUntil(lambda: "Headphones connected" in ctx.announcer.last_text(), timeout=5000)
        assert ctx.announcer.notice.text().startswith("Headphones connected: voice is on again.")
        assert speech.route.command_for(["/usr/bin/paplay"]) == ["/usr/bin/paplay", f"--device={SINK}"]
        assert [t for t, _p in ctx.announcer.history() if "Headphones" in t] == [
            "Headphones unplugged: voice is paused. Plug them back in to hear it again.",
            "Headphones connected: voice is on again. Sound plays only through your headphones.",
        ]
    finally:
        notices.stop()
        ctx.tasks.wait_for_all(5_000)


def test_a_terminal_tells_whichever_window_is_in_front(qtbot: QtBot, tmp_path: Path) -> None:
    """The kiosk passes a function: the customer's announcer while a customer is served, else its own."""
    speech = SpeechService(SpyBackend(), enabled=True)
    terminal = build_context(NoBank(), Settings(), speech, settings_path=tmp_path / "t.json")  # type: ignore[arg-type]
    customer = build_context(NoBank(), Settings(), speech, settings_path=tmp_path / "c.json")  # type: ignore[arg-type]
    for announcer in (terminal.announcer, customer.announcer):
        qtbot.addWidget(announcer.notice)
    serving: dict[str, object] = {"customer": None}

    def in_front() -> Announcer:
        return customer.announcer if serving["customer"] else terminal.announcer

    notices = HeadphoneNotices(
        speech, in_front, watcher_factory=lambda *_a, **_k: HeadphoneWatcher(speech.route, print)
    )
    notices.tell(False)
    assert terminal.announcer.last_text().startswith("Headphones unplugged")
    assert customer.announcer.history() == []
    serving["customer"] = True
    notices.tell(True)
    assert customer.announcer.last_text().startswith("Headphones connected")
