"""Self-voicing: an optional voice that speaks announcements (off unless the user turns it on).

One dedicated thread owns the pyttsx3 engine: it creates it, sets its properties and runs it, fed by
a queue (pyttsx3 breaks when threads mix or `runAndWait` re-enters: pitfalls §5.1-5.3). The GUI only
posts text and never waits.

Priorities and interrupt rules (NVDA's speech manager model):

- NORMAL is queued behind whatever is being said or waiting.
- NEXT jumps ahead of queued NORMAL speech (behind earlier NEXT/NOW), never cuts the current one.
- NOW cancels everything queued (NORMAL and NEXT alike), stops the utterance in progress, then
  speaks. Cancelled speech is *dropped*, never resumed: a half-read balance replayed after an error
  would be out of context; "repeat last" (F6) brings any message back on request.

How the current utterance is stopped: pyttsx3 stays the synthesiser, but where a player program
exists (Linux, macOS: `playback.py`) each utterance is rendered to a private temporary WAV with
`save_to_file` and played by a child process that `cancel()` terminates, so the old audio stops
within milliseconds. (The espeak driver's own `say` plays through a blocking `os.system("aplay")`
that nothing can stop: pitfalls §5.4.) Without a player (Windows) the engine's own `say`/`stop`
are used; SAPI5 stops at the next word.

Voice properties (rate, pitch, volume and the voice, chosen from the UI language: espeak-ng `en`
for English, `cmn` for Simplified Chinese; `zh` silently fails, pitfalls §5.5) are applied on the
speech thread before the next utterance (pitfalls §5.9). With the espeak driver the thread then
waits until libespeak-ng has taken them (`_EspeakIdle`): the driver sends them down espeak's
asynchronous command queue, and `runAndWait` calls `stop()`, which cancels that queue whenever it
is still busy and so threw a new rate away (a rate change between two utterances was lost 30 times
in 40 here, and once in CI).
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol

from a11y_bank.a11y.earcons import Earcons
from a11y_bank.a11y.playback import AudioRoute, ProcessPlayer, default_player
from a11y_bank.a11y.priority import Priority

log = logging.getLogger(__name__)

BACKEND_NAMES = ("pyttsx3", "null", "spy")
DEFAULT_RATE_WPM = 180
DEFAULT_PITCH = 50
PITCH_RANGE = (0, 99)
"""espeak-ng's pitch scale (50 is the voice's normal pitch)."""
VOLUME_RANGE = (0, 100)
"""Percent of full volume (pyttsx3 takes 0.0-1.0)."""

# UI language -> espeak-ng voice language. `zh` fails silently in espeak-ng (pitfalls §5.5).
ESPEAK_LANGUAGE = {"en": "en", "zh_CN": "cmn"}


@dataclass(frozen=True)
class VoiceProperties:
    """How the voice sounds. `language` is the UI language ("en", "zh_CN"); `voice_id`, when set,
    is an engine voice id chosen by the user and wins over the language."""

    rate: int = DEFAULT_RATE_WPM
    pitch: int = DEFAULT_PITCH
    volume: int = 100
    language: str = "en"
    voice_id: str | None = None

    def clamped(self) -> VoiceProperties:
        return VoiceProperties(
            rate=self.rate,
            pitch=min(max(self.pitch, PITCH_RANGE[0]), PITCH_RANGE[1]),
            volume=min(max(self.volume, VOLUME_RANGE[0]), VOLUME_RANGE[1]),
            language=self.language,
            voice_id=self.voice_id,
        )


def _languages_of(voice: Any) -> list[str]:
    """A pyttsx3 voice's languages as text (the espeak driver gives bytes or str by version)."""
    out: list[str] = []
    for lang in getattr(voice, "languages", None) or []:
        text = lang.decode("ascii", "replace") if isinstance(lang, bytes) else str(lang)
        out.append(text.lstrip("\x05").lower())
    return out


def pick_voice(voices: list[Any], ui_language: str) -> str | None:
    """The engine voice id for `ui_language`, or None when the engine has none for it.

    espeak-ng ids look like "gmw/en" or "sit/cmn": the voice whose id ends in the espeak language
    wins ("sit/cmn", not "sit/cmn-latn-pinyin"), then an exact language, then a regional one.
    """
    code = ESPEAK_LANGUAGE.get(ui_language, ui_language).lower()
    by_id = [v for v in voices if str(getattr(v, "id", "")).lower().rsplit("/", 1)[-1] == code]
    exact = [v for v in voices if code in _languages_of(v)]
    regional = [v for v in voices if any(lang.startswith(code + "-") for lang in _languages_of(v))]
    for group in (by_id, exact, regional):
        if group:
            return str(group[0].id)
    return None


class SpeechBackend(Protocol):
    """Something that can say text aloud."""

    def speak(self, text: str, priority: Priority) -> None: ...

    def cancel(self) -> None:
        """Drop queued speech and stop the current utterance where the engine allows it."""

    def set_rate(self, words_per_minute: int) -> None: ...

    def set_properties(self, properties: VoiceProperties) -> None:
        """Rate, pitch, volume and voice for the next utterance."""

    def shutdown(self) -> None: ...


class NullBackend:
    """Says nothing (voice off, headless runs, or no speech engine installed)."""

    def speak(self, text: str, priority: Priority) -> None:
        pass

    def cancel(self) -> None:
        pass

    def set_rate(self, words_per_minute: int) -> None:
        pass

    def set_properties(self, properties: VoiceProperties) -> None:
        pass

    def shutdown(self) -> None:
        pass


@dataclass
class SpyBackend:
    """Records what would be spoken, for tests: `utterances` holds (text, priority)."""

    utterances: list[tuple[str, Priority]] = field(default_factory=list)
    cancels: int = 0
    rate: int = DEFAULT_RATE_WPM
    properties: VoiceProperties = field(default_factory=VoiceProperties)

    def speak(self, text: str, priority: Priority) -> None:
        self.utterances.append((text, priority))

    def cancel(self) -> None:
        self.cancels += 1

    def set_rate(self, words_per_minute: int) -> None:
        self.rate = words_per_minute

    def set_properties(self, properties: VoiceProperties) -> None:
        self.properties = properties
        self.rate = properties.rate

    def shutdown(self) -> None:
        pass

    @property
    def spoken(self) -> list[str]:
        return [text for text, _ in self.utterances]


@dataclass
class _Utterance:
    text: str
    priority: Priority
    to_file: Path | None = None
    done: Future[None] | None = None
    # The voice settings in force when it was posted: a later change never alters queued speech.
    rate: int = DEFAULT_RATE_WPM
    properties: VoiceProperties | None = None
    # The backend's cancel count when it was posted: a later cancel makes spoken items stale.
    generation: int = 0


_STOP = object()
# How long to wait for libespeak-ng to take queued properties before speaking anyway.
ESPEAK_SETTLE_TIMEOUT_S = 2.0


class Pyttsx3Backend:
    """pyttsx3 on one dedicated thread, its audio played by a stoppable `ProcessPlayer`.

    `engine_factory` builds the engine *on the speech thread* (default: `pyttsx3.init()`); tests may
    pass a fake. `player` plays the rendered WAVs (default: the platform's, see playback.py);
    `use_player=False`, or no player program on the machine, lets the engine play with its own `say`
    (never while headphones are required: it cannot choose the output). The thread starts lazily.
    """

    def __init__(
        self,
        engine_factory: Callable[[], Any] | None = None,
        rate: int = DEFAULT_RATE_WPM,
        *,
        player: ProcessPlayer | None = None,
        use_player: bool = True,
    ) -> None:
        self._engine_factory = engine_factory or _default_engine
        self._rate = rate
        self._properties: VoiceProperties | None = None  # None: leave pitch, volume, voice alone
        self._applied: tuple[int | None, VoiceProperties | None] = (None, None)  # speech thread only
        self.voice_in_use: str | None = None  # the engine voice id last applied
        self.player = (player or default_player()) if use_player else None
        # Headphones only (playback.AudioRoute): the player's, so one switch governs both.
        self.route = self.player.route if self.player is not None else AudioRoute()
        self._queue: deque[_Utterance | object] = deque()
        self._cond = threading.Condition()
        self._generation = 0
        self._current: _Utterance | None = None
        self._thread: threading.Thread | None = None
        self._broken = False
        self._settle: Callable[[], None] = _no_settle
        self._workdir: Path | None = None  # private temp dir for rendered speech, made on first use
        self._serial = 0

    # -- called from any thread ---------------------------------------------------------------

    def speak(self, text: str, priority: Priority) -> None:
        if not text.strip():
            return  # pyttsx3 returns an error string for "" instead of raising (pitfalls §5.6)
        self._post(_Utterance(text, priority))

    def synthesise_to_file(self, text: str, path: Path) -> Future[None]:
        """Render `text` to a WAV file on the speech thread; the future completes when written."""
        done: Future[None] = Future()
        self._post(_Utterance(text, Priority.NORMAL, to_file=path, done=done))
        return done

    def cancel(self) -> None:
        """Drop queued speech and stop the utterance being played (file renders are kept)."""
        with self._cond:
            self._generation += 1
            kept = [u for u in self._queue if isinstance(u, _Utterance) and u.to_file is not None]
            self._queue.clear()
            self._queue.extend(kept)
        if self.player is not None:
            self.player.stop()  # after the generation moved on: see ProcessPlayer.play

    def set_rate(self, words_per_minute: int) -> None:
        with self._cond:
            self._rate = words_per_minute
            if self._properties is not None:
                self._properties = replace(self._properties, rate=words_per_minute)

    def set_properties(self, properties: VoiceProperties) -> None:
        with self._cond:
            self._properties = properties.clamped()
            self._rate = properties.rate

    def shutdown(self) -> None:
        with self._cond:
            self._generation += 1
            self._queue.clear()
            self._queue.append(_STOP)
            self._cond.notify()
        if self.player is not None:
            self.player.stop()
        if self._thread is not None:
            self._thread.join(timeout=5)
        if self._workdir is not None:
            shutil.rmtree(self._workdir, ignore_errors=True)

    # -- internals ----------------------------------------------------------------------------

    def _post(self, item: _Utterance) -> None:
        with self._cond:
            item.rate, item.properties = self._rate, self._properties
            item.generation = self._generation
            if item.priority >= Priority.NEXT:
                # Ahead of queued NORMAL speech, behind earlier NEXT/NOW ones.
                index = next(
                    (
                        i
                        for i, u in enumerate(self._queue)
                        if isinstance(u, _Utterance) and u.priority < item.priority
                    ),
                    len(self._queue),
                )
                self._queue.insert(index, item)
            else:
                self._queue.append(item)
            self._cond.notify()
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="speech", daemon=True)
                self._thread.start()

    def _stale(self, item: _Utterance) -> bool:
        """Spoken items posted before the latest cancel are dropped; file renders never are."""
        return item.to_file is None and item.generation != self._generation

    def _next(self) -> _Utterance | object:
        with self._cond:
            while not self._queue:
                self._cond.wait()
            return self._queue.popleft()

    def _run(self) -> None:
        engine = self._create_engine()
        while True:
            item = self._next()
            if item is _STOP:
                return
            assert isinstance(item, _Utterance)
            if self._stale(item):
                continue
            if engine is None:
                _fail(item, RuntimeError("no speech engine"))
                continue
            self._current = item
            try:
                self._say(engine, item)
            except Exception as exc:  # a broken engine must not kill the thread
                log.warning("speech failed: %s", type(exc).__name__)
                _fail(item, exc)
            finally:
                self._current = None

    def _create_engine(self) -> Any:
        try:
            engine = self._engine_factory()
            self._settle = _settle_for(engine)
        except Exception as exc:  # no engine means silence, not a crash
            log.warning("no speech engine: %s", exc)
            self._broken = True
            return None
        engine.connect("started-word", self._maybe_stop(engine))
        return engine

    def _maybe_stop(self, engine: Any) -> Callable[..., None]:
        """Engine-played speech (no player) stops at the next word once it is stale."""

        def on_word(*_args: object, **_kwargs: object) -> None:
            current = self._current
            if current is not None and self._stale(current):
                engine.stop()  # on the engine's own thread: the callback runs inside runAndWait

        return on_word

    def _say(self, engine: Any, item: _Utterance) -> None:
        self._apply(engine, item)
        if item.to_file is not None:
            self._render(engine, item.text, item.to_file)
            if item.done is not None:
                item.done.set_result(None)
        elif self.player is not None:
            self._play(engine, item, self.player)
        elif not self.route.active:  # the engine's own playback cannot be aimed at headphones
            engine.say(item.text)
            engine.runAndWait()

    def _apply(self, engine: Any, item: _Utterance) -> None:
        applied_rate, applied_properties = self._applied
        if item.rate != applied_rate:
            engine.setProperty("rate", item.rate)
        if item.properties is not None and item.properties != applied_properties:
            self._apply_properties(engine, item.properties)
        self._applied = (item.rate, item.properties)
        self._settle()

    def _render(self, engine: Any, text: str, path: Path) -> None:
        path.unlink(missing_ok=True)
        engine.save_to_file(text, str(path))
        engine.runAndWait()
        if not path.exists():
            raise RuntimeError("the speech engine wrote no audio")

    def _play(self, engine: Any, item: _Utterance, player: ProcessPlayer) -> None:
        path = self._scratch_file()
        try:
            self._render(engine, item.text, path)
            player.play(path, cancelled=lambda: self._stale(item))
        finally:
            path.unlink(missing_ok=True)

    def _scratch_file(self) -> Path:
        """A fresh WAV path in a private (0700) directory: speech may hold a balance."""
        if self._workdir is None:
            self._workdir = Path(tempfile.mkdtemp(prefix="a11y-voice-"))
        self._serial += 1
        return self._workdir / f"utterance-{self._serial}.wav"

    def _apply_properties(self, engine: Any, properties: VoiceProperties) -> None:
        engine.setProperty("volume", properties.volume / 100)
        try:
            engine.setProperty("pitch", properties.pitch)
        except Exception as exc:  # NSSS has no pitch (pitfalls §5.6): keep speaking without it
            log.info("voice pitch not supported: %s", type(exc).__name__)
        voice = properties.voice_id or pick_voice(list(engine.getProperty("voices")), properties.language)
        if voice is None:
            log.warning("no voice for language %s; keeping the current voice", properties.language)
            return
        engine.setProperty("voice", voice)
        self.voice_in_use = voice

    @property
    def broken(self) -> bool:
        """True when the engine could not be created (the backend is then silent)."""
        return self._broken


def _fail(item: _Utterance, exc: BaseException) -> None:
    if item.done is not None and not item.done.done():
        item.done.set_exception(exc)


def _no_settle() -> None:
    pass


class _EspeakIdle:
    """Waits until libespeak-ng's command queue is empty (the adapter for pyttsx3's espeak driver).

    The driver runs libespeak-ng in asynchronous `AUDIO_OUTPUT_RETRIEVAL` mode, so `setProperty`
    only queues an `espeak_SetParameter` command. `runAndWait` first calls the driver's `stop()`,
    which calls `espeak_Cancel()` whenever `espeak_IsPlaying()` says the queue is busy; Cancel empties
    the queue and restores the last *applied* parameters, so a property set just before was lost and
    the utterance came out with the old rate or voice. Waiting here for the queue to drain before
    each utterance makes the order deterministic; idle, it costs one C call.
    """

    def __init__(self, is_playing: Callable[[], int]) -> None:
        self._is_playing = is_playing

    def __call__(self) -> None:
        deadline = time.monotonic() + ESPEAK_SETTLE_TIMEOUT_S
        while self._is_playing() and time.monotonic() < deadline:
            time.sleep(0.001)


def _settle_for(engine: Any) -> Callable[[], None]:
    """The settle step for `engine`'s driver: `_EspeakIdle` for pyttsx3's espeak driver, else nothing."""
    module = getattr(getattr(engine, "proxy", None), "_module", None)
    if module is None or getattr(module, "__name__", "") != "pyttsx3.drivers.espeak":
        return _no_settle
    from pyttsx3.drivers import _espeak

    # The driver prints "Audio saved to <file>" for every utterance; a module-level name shadows it.
    module.print = _quiet
    settle = _EspeakIdle(_espeak.IsPlaying)
    # A new engine holds property changes in pyttsx3's own queue until its first run, where they would
    # race the same Cancel; one empty run (on an idle libespeak-ng) makes later ones go straight through.
    settle()
    engine.runAndWait()
    settle()
    return settle


def _quiet(*_args: object, **_kwargs: object) -> None:
    pass


def _default_engine() -> Any:
    import pyttsx3

    return pyttsx3.init()


def make_backend(name: str) -> SpeechBackend:
    """The backend for a `--speech` name: "pyttsx3", "null" or "spy"."""
    if name == "pyttsx3":
        return Pyttsx3Backend()
    if name == "null":
        return NullBackend()
    if name == "spy":
        return SpyBackend()
    raise ValueError(f"unknown speech backend {name!r}; choose one of {', '.join(BACKEND_NAMES)}")


class SpeechService:
    """What the announcer talks to: a backend plus the user's on/off switch and rate, and the earcons."""

    def __init__(
        self, backend: SpeechBackend, *, enabled: bool = False, earcons: Earcons | None = None
    ) -> None:
        self.backend = backend
        self.enabled = enabled
        self.properties = VoiceProperties()
        #: Where sound may go (headphones only, or anywhere): the backend's, shared with the earcons.
        self.route: AudioRoute = getattr(backend, "route", None) or AudioRoute()
        # The optional sounds for success, warning and error (off unless the profile turns them on);
        # independent of the voice switch: a screen-reader user may want earcons and no voice.
        self.earcons = earcons if earcons is not None else Earcons()
        self.earcons.route = self.route

    @classmethod
    def from_name(cls, name: str, *, enabled: bool = False) -> SpeechService:
        return cls(make_backend(name), enabled=enabled)

    def speak(self, text: str, priority: Priority = Priority.NORMAL) -> None:
        if not self.enabled:
            return
        if priority == Priority.NOW:
            self.backend.cancel()
        self.backend.speak(text, priority)

    def set_enabled(self, enabled: bool) -> None:
        self.enabled = enabled
        if not enabled:
            self.backend.cancel()

    def set_rate(self, words_per_minute: int) -> None:
        self.properties = replace(self.properties, rate=words_per_minute)
        self.backend.set_rate(words_per_minute)

    def set_properties(self, properties: VoiceProperties) -> None:
        """Rate, pitch, volume and voice at once (the settings screen and start-up)."""
        self.properties = properties.clamped()
        self.backend.set_properties(self.properties)

    def set_language(self, ui_language: str) -> None:
        """The voice follows the UI language ("en" -> espeak-ng en, "zh_CN" -> cmn)."""
        self.set_properties(replace(self.properties, language=ui_language))

    def set_headphones_only(self, on: bool) -> bool:
        """Voice and earcons only on plugged-in headphones; False if they are needed and none are found
        (everything stays silent then, and the caller tells the user)."""
        self.route.headphones_only = on
        return self._check_route()

    def require_headphones(self) -> bool:
        """A branch terminal: headphones always, whatever the customer's profile says."""
        self.route.required = True
        return self._check_route()

    def headphones_missing(self) -> bool:
        """True when headphones are needed and none are plugged in (looks again)."""
        return not self.route.refresh()

    def _check_route(self) -> bool:
        found = self.route.refresh()
        if not found:
            self.backend.cancel()  # anything playing aloud stops now
        return found

    def stop(self) -> None:
        """Silence the voice now (e.g. the user pressed a key)."""
        self.backend.cancel()

    def shutdown(self) -> None:
        self.backend.shutdown()
