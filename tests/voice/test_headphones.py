"""Voice on headphones only: the sink is chosen from `pactl list sinks` output (fake, as a sound
server would print it), the player is aimed at it, and without headphones nothing sounds and the
user is told through the screen-reader channel and the status line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from a11y_bank.a11y.earcons import Earcons
from a11y_bank.a11y.playback import AudioRoute, ProcessPlayer, parse_pactl_sinks
from a11y_bank.a11y.priority import Priority
from a11y_bank.a11y.profile import ProfileStore
from a11y_bank.a11y.speech import SpeechService, SpyBackend
from a11y_bank.app import build_context
from a11y_bank.settings import Settings
from a11y_bank.ui.screens.settings_profile import ProfileControls

HDMI = """Sink #46
\tState: SUSPENDED
\tName: alsa_output.pci-0000_01_00.1.hdmi-stereo
\tDescription: HDMI Audio
\tPorts:
\t\thdmi-output-0: HDMI / DisplayPort (type: HDMI, priority: 5900, available)
\tActive Port: hdmi-output-0
"""
ANALOG = """Sink #47
\tState: RUNNING
\tName: alsa_output.pci-0000_00_1f.3.analog-stereo
\tDescription: Built-in Audio Analog Stereo
\tPorts:
\t\tanalog-output-speaker: Speakers (type: Speaker, priority: 10000, availability unknown)
\t\tanalog-output-headphones: Headphones (type: Headphones, priority: 9900, {state})
\tActive Port: {active}
"""
BLUETOOTH = """Sink #52
\tName: bluez_output.00_1B_66_AA_BB_CC.1
\tDescription: Momentum 4
\tPorts:
\t\theadset-output: Headset (type: Headset, priority: 0, available)
\tActive Port: headset-output
"""
PLUGGED = HDMI + ANALOG.format(state="available", active="analog-output-headphones")
UNPLUGGED = HDMI + ANALOG.format(state="not available", active="analog-output-headphones")
SPEAKERS = HDMI + ANALOG.format(state="available", active="analog-output-speaker")


def route(text: str | None) -> AudioRoute:
    result = AudioRoute(sinks_text=lambda: text)
    result.headphones_only = True
    return result


def test_the_sink_with_plugged_in_headphones_is_chosen() -> None:
    sinks = parse_pactl_sinks(PLUGGED)
    assert [(s.name.rsplit(".", 1)[-1], s.headphones) for s in sinks] == [
        ("hdmi-stereo", False),
        ("analog-stereo", True),
    ]
    plugged = route(PLUGGED)
    assert plugged.refresh()
    assert plugged.device == "alsa_output.pci-0000_00_1f.3.analog-stereo"
    bluetooth = route(SPEAKERS + BLUETOOTH)
    assert bluetooth.refresh()
    assert bluetooth.device == "bluez_output.00_1B_66_AA_BB_CC.1"


def test_speakers_unplugged_headphones_or_no_sound_server_mean_none() -> None:
    for text in (SPEAKERS, UNPLUGGED, "", None):
        nothing = route(text)
        assert not nothing.refresh(), text
        assert nothing.command_for(["/usr/bin/paplay"]) is None


def test_each_player_is_aimed_at_the_sink_and_aplay_cannot_be() -> None:
    plugged = route(PLUGGED)
    plugged.refresh()
    sink = "alsa_output.pci-0000_00_1f.3.analog-stereo"
    assert plugged.command_for(["/usr/bin/paplay"]) == ["/usr/bin/paplay", f"--device={sink}"]
    assert plugged.command_for(["/usr/bin/pw-play"]) == ["/usr/bin/pw-play", f"--target={sink}"]
    assert plugged.command_for(["/usr/bin/aplay", "-q"]) is None  # ALSA cannot pick a sink: silence
    anywhere = AudioRoute(sinks_text=lambda: None)
    assert anywhere.refresh()
    assert anywhere.command_for(["/usr/bin/aplay", "-q"]) == ["/usr/bin/aplay", "-q"]


def _fake_paplay(tmp_path: Path) -> tuple[list[str], Path]:
    """A real process named paplay that records its arguments."""
    log = tmp_path / "args.txt"
    script = tmp_path / "paplay"
    script.write_text(f'#!/bin/sh\necho "$@" >> "{log}"\n')
    script.chmod(0o755)
    return [str(script)], log


def test_the_player_sends_sound_to_the_headphones_or_nowhere(tmp_path: Path) -> None:
    command, log = _fake_paplay(tmp_path)
    text: dict[str, str] = {"now": PLUGGED}
    player = ProcessPlayer(command, AudioRoute(sinks_text=lambda: text["now"]))
    player.route.headphones_only = True
    wav = tmp_path / "x.wav"
    run = player.play(wav)
    assert run is not None
    assert run.returncode == 0
    assert log.read_text().split() == ["--device=alsa_output.pci-0000_00_1f.3.analog-stereo", str(wav)]
    text["now"] = UNPLUGGED  # pulled out: the next sound finds no headphones
    assert player.play(wav) is None
    assert len(log.read_text().splitlines()) == 1


def test_speech_and_earcons_share_the_route_and_stay_silent_without_headphones(tmp_path: Path) -> None:
    played: list[Path] = []
    spy = SpyBackend()
    speech = SpeechService(
        spy, enabled=True, earcons=Earcons(enabled=True, cache_dir=tmp_path, player=played.append)
    )
    speech.route.sinks_text = lambda: UNPLUGGED
    assert speech.earcons.route is speech.route
    assert speech.set_headphones_only(True) is False
    assert spy.cancels == 1  # anything already playing aloud stops
    assert speech.earcons.play("error") == "✗"
    assert played == []  # the mark, no sound
    speech.route.sinks_text = lambda: PLUGGED
    assert speech.earcons.play("error") == "✗"
    assert [p.name for p in played] == ["error.wav"]
    assert speech.set_headphones_only(False) is True


def test_a_terminal_requires_headphones_whatever_the_profile_says() -> None:
    speech = SpeechService(SpyBackend())
    speech.route.sinks_text = lambda: SPEAKERS
    assert speech.require_headphones() is False
    assert speech.set_headphones_only(False) is False  # the profile cannot turn it off here
    assert speech.headphones_missing()


class NoBank:
    def __getattr__(self, name: str) -> Any:
        raise AssertionError(f"this test must not call the bank (called {name})")


def test_the_setting_tells_the_user_when_no_headphones_are_connected(qtbot: QtBot, tmp_path: Path) -> None:
    speech = SpeechService(SpyBackend(), enabled=True)
    speech.route.sinks_text = lambda: SPEAKERS
    ctx = build_context(NoBank(), Settings(), speech, settings_path=tmp_path / "s.json")  # type: ignore[arg-type]
    ctx.profile = ProfileStore(None)
    controls = ProfileControls(ctx)
    qtbot.addWidget(controls)
    assert controls.headphones_only.accessibleName() == "Headphones only"
    controls.headphones_only.setChecked(True)
    assert ctx.profile.profile.headphones_only is True
    text, priority = ctx.announcer.history()[-1]
    assert text.startswith("No headphones are connected.")
    assert priority == Priority.NOW
    assert ctx.announcer.notice.text().startswith("No headphones are connected.")
    speech.route.sinks_text = lambda: PLUGGED
    before = len(ctx.announcer.history())
    controls.headphones_only.setChecked(False)
    controls.headphones_only.setChecked(True)
    assert len(ctx.announcer.history()) == before  # found: nothing to tell
    ctx.tasks.wait_for_all(5_000)
