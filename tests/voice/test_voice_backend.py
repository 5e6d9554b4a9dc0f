"""The voice backend: properties applied on the speech thread, voice chosen from the UI language,
and real WAV synthesis through pyttsx3 + espeak-ng in English and Mandarin."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import threading
import time
import wave
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from a11y_bank.a11y.priority import Priority
from a11y_bank.a11y.speech import (
    ESPEAK_LANGUAGE,
    Pyttsx3Backend,
    SpeechService,
    SpyBackend,
    VoiceProperties,
    pick_voice,
)


@dataclass
class Voice:
    id: str
    languages: list[bytes | str]


ESPEAK_LIKE = [
    Voice("gmw/en-029", [b"\x05en-029"]),
    Voice("gmw/en", ["en-gb"]),
    Voice("gmw/en-us", ["en-us"]),
    Voice("sit/cmn-latn-pinyin", ["cmn-latn-pinyin"]),
    Voice("sit/cmn", ["cmn"]),
    Voice("sit/yue", ["yue"]),
]


def test_voice_follows_ui_language_with_espeak_ids() -> None:
    assert ESPEAK_LANGUAGE == {"en": "en", "zh_CN": "cmn"}
    assert pick_voice(ESPEAK_LIKE, "en") == "gmw/en"
    assert pick_voice(ESPEAK_LIKE, "zh_CN") == "sit/cmn"  # never "zh" (fails silently), not pinyin


def test_voice_falls_back_to_language_tags_then_regional() -> None:
    sapi_like = [Voice("HKEY/ZIRA", ["en-us"]), Voice("HKEY/HUIHUI", ["cmn"])]
    assert pick_voice(sapi_like, "zh_CN") == "HKEY/HUIHUI"
    assert pick_voice(sapi_like, "en") == "HKEY/ZIRA"
    assert pick_voice([Voice("x/fr", ["fr"])], "zh_CN") is None


@dataclass
class PropertyEngine:
    """A fake pyttsx3 engine recording property changes and the thread making them."""

    voices: list[Voice] = field(default_factory=lambda: list(ESPEAK_LIKE))
    properties: dict[str, object] = field(default_factory=dict)
    threads: set[int] = field(default_factory=set)
    said: list[tuple[str, dict[str, object]]] = field(default_factory=list)
    pending: list[str] = field(default_factory=list)

    def connect(self, name: str, callback: object) -> None:
        pass

    def setProperty(self, name: str, value: object) -> None:  # pyttsx3's API
        self.threads.add(threading.get_ident())
        self.properties[name] = value

    def getProperty(self, name: str) -> object:  # pyttsx3's API
        return self.voices if name == "voices" else self.properties.get(name)

    def say(self, text: str) -> None:
        self.pending.append(text)

    def runAndWait(self) -> None:  # pyttsx3's API
        self.threads.add(threading.get_ident())
        self.said.extend((text, dict(self.properties)) for text in self.pending)
        self.pending.clear()

    def stop(self) -> None:
        pass


def _wait_for(condition: Callable[[], bool], timeout: float = 5) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


def test_properties_apply_on_the_speech_thread_before_the_next_utterance() -> None:
    engine = PropertyEngine()
    backend = Pyttsx3Backend(engine_factory=lambda: engine, use_player=False)
    service = SpeechService(backend, enabled=True)
    service.set_properties(VoiceProperties(rate=150, pitch=70, volume=40, language="en"))
    service.speak("Hello.")
    service.set_language("zh_CN")
    service.speak("你好。")
    _wait_for(lambda: len(engine.said) == 2)
    backend.shutdown()
    (_first, first_props), (_second, second_props) = engine.said
    assert first_props == {"rate": 150, "volume": 0.4, "pitch": 70, "voice": "gmw/en"}
    assert second_props["voice"] == "sit/cmn"
    assert second_props["rate"] == 150  # the language change keeps the user's rate
    assert threading.get_ident() not in engine.threads
    assert len(engine.threads) == 1
    assert backend.voice_in_use == "sit/cmn"


def test_out_of_range_pitch_and_volume_are_clamped() -> None:
    spy = SpyBackend()
    service = SpeechService(spy)
    service.set_properties(VoiceProperties(pitch=500, volume=-3))
    assert (spy.properties.pitch, spy.properties.volume) == (99, 0)


def test_now_cancels_before_speaking_and_normal_does_not() -> None:
    spy = SpyBackend()
    service = SpeechService(spy, enabled=True)
    service.speak("Balance 12 yuan.")
    assert spy.cancels == 0
    service.speak("Error: wrong code.", Priority.NOW)
    assert spy.cancels == 1
    assert spy.utterances[-1] == ("Error: wrong code.", Priority.NOW)
    service.set_enabled(False)
    service.speak("not said", Priority.NOW)
    assert "not said" not in spy.spoken


def _samples(path: Path) -> tuple[int, int, int]:
    with wave.open(str(path), "rb") as wav:
        frames = wav.readframes(wav.getnframes())
        rate = wav.getframerate()
        width = wav.getsampwidth()
    samples = memoryview(frames).cast("h") if width == 2 else memoryview(frames)
    return len(samples), rate, max((abs(s) for s in samples), default=0)


needs_espeak = pytest.mark.skipif(
    shutil.which("espeak-ng") is None, reason="espeak-ng is not installed (CI: apt-get install espeak-ng)"
)


#: Renders [(text, language, rate, path), ...] in a fresh process and prints the voice used for each:
#: pyttsx3 caches one engine per process and libespeak initialises once (pitfalls §5.2-5.3), so
#: each real-engine test gets its own process, as the app does.
_CHILD = """
import json, sys
from pathlib import Path
from a11y_bank.a11y.speech import Pyttsx3Backend, VoiceProperties
backend = Pyttsx3Backend()
voices = []
for text, language, rate, path in json.loads(sys.argv[1]):
    backend.set_properties(VoiceProperties(rate=rate, language=language))
    backend.synthesise_to_file(text, Path(path)).result(timeout=60)
    voices.append(backend.voice_in_use)
backend.shutdown()
print(json.dumps(voices))
"""


def _synthesise(jobs: list[tuple[str, str, int, Path]]) -> list[str]:
    argument = json.dumps([(text, language, rate, str(path)) for text, language, rate, path in jobs])
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, argument], capture_output=True, text=True, timeout=120, check=True
    )
    voices: list[str] = json.loads(done.stdout.strip().splitlines()[-1])
    return voices


@needs_espeak
def test_real_english_and_mandarin_voices_render_audible_wavs(tmp_path: Path) -> None:
    english, chinese = tmp_path / "en.wav", tmp_path / "cmn.wav"
    voices = _synthesise(
        [("Payment of fifty yuan sent.", "en", 180, english), ("付款五十元已发送。", "zh_CN", 180, chinese)]
    )
    assert voices[0].endswith("/en"), voices
    assert voices[1].endswith("/cmn"), voices
    for path in (english, chinese):
        count, rate, peak = _samples(path)
        assert count > rate // 2, f"{path.name}: under half a second of audio"
        assert peak > 1000, f"{path.name}: silent"


@needs_espeak
def test_rate_changes_between_utterances_of_one_engine(tmp_path: Path) -> None:
    """The Settings path: one engine, the rate changed between utterances, many times over.

    Before the backend waited for libespeak-ng to take queued properties (speech.py `_EspeakIdle`),
    `runAndWait`'s `espeak_Cancel()` threw the new rate away in about 3 of 4 changes here.
    """
    text = "Your balance is one thousand two hundred yuan."
    rounds = 12
    jobs = [
        (text, "en", rate, tmp_path / f"{index}-{rate}.wav") for index in range(rounds) for rate in (120, 320)
    ]
    _synthesise(jobs)
    counts = [_samples(path)[0] for _, _, _, path in jobs]
    slow, fast = counts[0::2], counts[1::2]
    assert all(f < s * 0.7 for s, f in zip(slow, fast, strict=True)), list(zip(slow, fast, strict=True))
    assert max(slow) - min(slow) < min(slow) * 0.05  # every slow one really at the slow rate
