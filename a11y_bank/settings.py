"""User preferences (no Qt): text size, voice, language, contrast, code channel, verbosity.

Stored as JSON in the data dir (`settings.json`), written atomically (temporary file + fsync +
rename), so a crash mid-save leaves the previous file intact. Reading never fails: a missing file
gives the defaults; an unreadable, corrupt or foreign file gives the defaults and a logged warning;
each wrong value falls back to its default and each out-of-range number is clamped, with a warning.
`Settings.load_checked` also returns those problems, so the app can say "settings.reset".
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
import os
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from platformdirs import user_data_dir

__all__ = [
    "CODE_CHANNELS",
    "LANGUAGES",
    "SETTINGS_FILE",
    "TEXT_SIZE_RANGE",
    "VERBOSITY_LEVELS",
    "VOICE_RATE_RANGE",
    "Settings",
    "SettingsLoad",
    "default_data_dir",
]

_log = logging.getLogger(__name__)

SETTINGS_FILE = "settings.json"
FORMAT_VERSION = 1
TEXT_SIZE_RANGE = (100, 400)
"""Text size in percent of the platform default (WCAG 1.4.4 asks for 200 %; low-vision users need more)."""
VOICE_RATE_RANGE = (80, 400)
"""Voice rate in words per minute (pyttsx3's unit)."""
LANGUAGES: tuple[str, ...] = ("en", "zh_CN")
CODE_CHANNELS: tuple[str, ...] = ("SMS", "EMAIL", "VOICE", "TOKEN")
"""Where one-time codes are sent: the wire values of the SCA challenge `Channel`."""
VERBOSITY_LEVELS: tuple[str, ...] = ("brief", "normal", "full")
"""How much the app says: brief (just the result), normal (result and next step), full (and hints)."""

_MAX_FILE_BYTES = 64 * 1024  # a settings file is a few hundred bytes; anything huge is not ours


@dataclass
class Settings:
    """The preferences. Mutable: the settings screen changes them, then calls `save`.

    Every assignment (and the constructor) normalises the value: numbers are rounded and clamped,
    unknown choices and wrong types fall back to the default, with a logged warning. So a `Settings`
    in memory is always valid. Field names follow the UI code that reads them; `text_scale` and
    `code_channel` are aliases.
    """

    text_size_percent: int = 100
    voice_enabled: bool = False  # screen-reader users already hear everything; the voice is opt-in
    voice_rate: int = 180
    language: str = "en"
    high_contrast: bool = False
    otp_channel: str = "SMS"
    verbosity: str = "normal"

    def __setattr__(self, name: str, value: object) -> None:
        if name in _FIELD_NAMES:
            problems: list[str] = []
            # A wrong value keeps the current one (the default while constructing).
            value = _normalise(name, value, problems, fallback=getattr(self, name, _DEFAULTS[name]))
            for problem in problems:
                _log.warning("%s", problem)
        super().__setattr__(name, value)

    # --- aliases (the names the product brief uses) -----------------------------------------------

    @property
    def text_scale(self) -> int:
        """Alias of `text_size_percent`."""
        return self.text_size_percent

    @text_scale.setter
    def text_scale(self, percent: int) -> None:
        self.text_size_percent = percent

    @property
    def code_channel(self) -> str:
        """Alias of `otp_channel`."""
        return self.otp_channel

    @code_channel.setter
    def code_channel(self, channel: str) -> None:
        self.otp_channel = channel

    # --- (de)serialisation ------------------------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        """The stored fields as a JSON-ready dict (without the format version)."""
        return asdict(self)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> SettingsLoad:
        """Build from a decoded JSON object; unknown keys are ignored, bad values reported."""
        problems: list[str] = []
        version = data.get("version", FORMAT_VERSION)
        if version != FORMAT_VERSION:
            problems.append(
                f"settings format version {version!r}, expected {FORMAT_VERSION}; reading what fits"
            )
        values = {
            spec.name: _normalise(spec.name, data[spec.name], problems)
            for spec in fields(cls)
            if spec.init and spec.name in data
        }
        return SettingsLoad(cls(**values), tuple(problems))

    @staticmethod
    def path_in(data_dir: Path) -> Path:
        """Where the settings file lives in `data_dir`."""
        return data_dir / SETTINGS_FILE

    @classmethod
    def load_checked(cls, path: Path) -> SettingsLoad:
        """Read `path`; never raises. Problems are logged as warnings and returned."""
        try:
            raw = _read_small(path)
        except FileNotFoundError:
            _log.info("no settings file yet; using the defaults")
            return SettingsLoad(cls(), ())
        except (OSError, ValueError) as exc:
            return _defaults_because(
                cls, f"settings file unreadable ({type(exc).__name__}); using the defaults"
            )
        try:
            data = json.loads(raw)
        except ValueError:  # JSONDecodeError and UnicodeDecodeError
            return _defaults_because(cls, "settings file is not valid JSON; using the defaults")
        if not isinstance(data, dict):
            return _defaults_because(cls, "settings file does not hold a JSON object; using the defaults")
        loaded = cls.from_json(data)
        for problem in loaded.problems:
            _log.warning("%s", problem)
        return loaded

    @classmethod
    def load(cls, path: Path) -> Settings:
        """Read `path`; never raises (see `load_checked`)."""
        return cls.load_checked(path).settings

    def save(self, path: Path) -> bool:
        """Write atomically to `path` (creating its directory). False, with a warning, on failure.

        The old file stays intact when anything goes wrong (disk full, read-only, permissions).
        """
        document = {"version": FORMAT_VERSION, **self.to_json()}
        text = json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            _write_atomically(path, text + "\n")
        except OSError as exc:
            _log.warning("could not save settings (%s); keeping the previous file", type(exc).__name__)
            return False
        return True


@dataclass(frozen=True, slots=True)
class SettingsLoad:
    """Result of `Settings.load_checked`: the settings and what had to be fixed (empty if nothing)."""

    settings: Settings
    problems: tuple[str, ...]

    @property
    def message_code(self) -> str | None:
        """The catalogue code to tell the user, or None when the file was fine or absent."""
        return "settings.reset" if self.problems else None


def default_data_dir() -> Path:
    """The per-user data directory (e.g. ~/.local/share/a11y_bank on Linux)."""
    return Path(user_data_dir("a11y_bank", appauthor=False))


# --- helpers ----------------------------------------------------------------------------------------


def _defaults_because(cls: type[Settings], problem: str) -> SettingsLoad:
    _log.warning("%s", problem)
    return SettingsLoad(cls(), (problem,))


def _read_small(path: Path) -> str:
    with path.open("rb") as handle:
        raw = handle.read(_MAX_FILE_BYTES + 1)
    if len(raw) > _MAX_FILE_BYTES:
        raise ValueError("settings file too large")
    return raw.decode("utf-8")


def _write_atomically(path: Path, text: str) -> None:
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _fsync_directory(path.parent)


def _fsync_directory(directory: Path) -> None:
    """Make the rename durable on POSIX; Windows cannot open directories, and does not need it."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def _clamp_int(value: object, bounds: tuple[int, int], default: int, problems: list[str]) -> int:
    """A finite number rounded and clamped into `bounds`; anything else (incl. bools) -> `default`."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        problems.append(f"ignored a {type(value).__name__} where a number was expected")
        return default
    low, high = bounds
    number = round(value)
    clamped = min(max(number, low), high)
    if clamped != value:
        problems.append(f"clamped a value to {clamped} (allowed {low}-{high})")
    return clamped


def _choice(
    value: object, allowed: tuple[str, ...], default: str, problems: list[str], fold: Callable[[str], str]
) -> str:
    if isinstance(value, str) and fold(value) in allowed:
        return fold(value)
    problems.append(f"ignored an unknown choice (allowed: {', '.join(allowed)})")
    return default


def _language(value: str) -> str:
    """ "zh-CN", "zh", "zh_Hans_CN" -> "zh_CN"; "en_GB", "EN" -> "en"; others unchanged (then refused)."""
    primary = value.replace("-", "_").split("_")[0].lower()
    return {"zh": "zh_CN", "en": "en"}.get(primary, value)


_DEFAULTS: dict[str, Any] = {spec.name: spec.default for spec in fields(Settings)}
_FIELD_NAMES = frozenset(_DEFAULTS)


def _normalise(name: str, value: object, problems: list[str], fallback: Any = None) -> Any:
    """One field's value made valid, reporting what was changed into `problems` (by field name).

    A value that cannot be used becomes `fallback` (the field's default when None).
    """
    fallback = _DEFAULTS[name] if fallback is None else fallback
    before = len(problems)
    result: Any
    if name == "text_size_percent":
        result = _clamp_int(value, TEXT_SIZE_RANGE, fallback, problems)
    elif name == "voice_rate":
        result = _clamp_int(value, VOICE_RATE_RANGE, fallback, problems)
    elif name == "language":
        result = _choice(value, LANGUAGES, fallback, problems, _language)
    elif name == "otp_channel":
        result = _choice(value, CODE_CHANNELS, fallback, problems, str.upper)
    elif name == "verbosity":
        result = _choice(value, VERBOSITY_LEVELS, fallback, problems, str.lower)
    elif isinstance(value, bool):
        result = value
    else:  # voice_enabled, high_contrast: never coerce "false" (a truthy string) into True
        problems.append(f"ignored a {type(value).__name__} where true/false was expected")
        result = fallback
    problems[before:] = [f"settings {name}: {problem}" for problem in problems[before:]]
    return result
