"""The accessibility profile: how this customer needs the app to look, sound and wait (no Qt).

Stored per user next to settings.json (`a11y_profile.json` in the platformdirs data dir), applied at
start, and exportable / importable as one file that carries the relevant `Settings` too (text size,
voice on/off and rate, language): the profile that can follow a customer to a branch terminal.

Reading never fails: a missing, corrupt or foreign file gives the defaults; each bad value falls
back to its default. Nothing secret is ever in a profile.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from a11y_bank.quickmenu import QuickMenu
from a11y_bank.settings import Settings

_log = logging.getLogger(__name__)

PROFILE_FILE = "a11y_profile.json"
EXPORT_KIND = "a11y_bank accessibility profile"
FORMAT_VERSION = 1
THEMES = ("system", "default", "dark", "high_contrast_dark", "high_contrast_light", "yellow_on_black")
VERBOSITY = ("beginner", "expert")
PITCH_RANGE = (0, 99)
VOLUME_RANGE = (0, 100)
MULTIPLIER_RANGE = (1, 10)
LINE_SPACING_RANGE = (100, 200)
# Settings fields that travel with an exported profile.
SHARED_SETTINGS = ("text_size_percent", "voice_enabled", "voice_rate", "language", "high_contrast")
_MAX_BYTES = 64 * 1024


@dataclass(frozen=True)
class A11yProfile:
    """Preferences beyond `Settings`. `time_multiplier` None means no time limit (the default).

    `quick_menu`: the customer's Alt+1 … Alt+9 actions (a11y_bank.quickmenu), so they travel with the
    profile to a branch terminal.
    """

    theme: str = "system"
    verbosity: str = "beginner"
    typing_echo: bool = True
    voice_pitch: int = 50
    voice_volume: int = 100
    time_multiplier: int | None = None
    earcons: bool = False
    # Atkinson Hyperlegible (Latin) with the system CJK font (a11y/fonts.py); off: the system font.
    low_vision_font: bool = True
    # Voice and earcons only on plugged-in headphones (branch terminals force it: a11y/playback.py).
    headphones_only: bool = False
    line_spacing_percent: int = 100
    quick_menu: QuickMenu = field(default_factory=QuickMenu)

    def to_json(self) -> dict[str, Any]:
        document: dict[str, Any] = {spec.name: getattr(self, spec.name) for spec in fields(self)}
        document["quick_menu"] = self.quick_menu.to_json()
        return document

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> A11yProfile:
        """Every known key that holds a valid value; anything else keeps its default."""
        defaults = cls()
        values: dict[str, Any] = {}
        for spec in fields(cls):
            if spec.name in data:
                value = _valid(spec.name, data[spec.name])
                if value is _INVALID:
                    _log.warning("profile %s: ignored an invalid value", spec.name)
                else:
                    values[spec.name] = value
        return replace(defaults, **values)


_INVALID = object()


def _valid(name: str, value: object) -> object:
    if name == "quick_menu":
        # A stored list is read tolerantly (bad entries dropped); `update` takes a QuickMenu.
        return value if isinstance(value, QuickMenu) else QuickMenu.from_json(value)
    choices = {"theme": THEMES, "verbosity": VERBOSITY}
    ranges = {
        "voice_pitch": PITCH_RANGE,
        "voice_volume": VOLUME_RANGE,
        "line_spacing_percent": LINE_SPACING_RANGE,
    }
    if name in choices:
        return value if value in choices[name] else _INVALID
    if name in ranges:
        low, high = ranges[name]
        ok = isinstance(value, int) and not isinstance(value, bool) and low <= value <= high
        return value if ok else _INVALID
    if name == "time_multiplier":
        if value is None:
            return None
        low, high = MULTIPLIER_RANGE
        ok = isinstance(value, int) and not isinstance(value, bool) and low <= value <= high
        return value if ok else _INVALID
    return value if isinstance(value, bool) else _INVALID


class ProfileStore:
    """The profile of the user whose data dir this is; `save()` after each change."""

    def __init__(self, path: Path | None, profile: A11yProfile | None = None) -> None:
        self.path = path
        self.profile = profile or A11yProfile()
        self._listeners: list[Callable[[A11yProfile], None]] = []

    def subscribe(self, listener: Callable[[A11yProfile], None]) -> None:
        """Call `listener` with the new profile after every change (update or import)."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[A11yProfile], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _changed(self) -> None:
        for listener in list(self._listeners):
            listener(self.profile)

    @classmethod
    def in_dir(cls, data_dir: Path) -> ProfileStore:
        path = data_dir / PROFILE_FILE
        return cls(path, load_profile(path))

    def update(self, **changes: Any) -> A11yProfile:
        """Change some fields (validated: an invalid value raises ValueError) and save."""
        for name, value in changes.items():
            if _valid(name, value) is _INVALID:
                raise ValueError(f"invalid {name}")
        self.profile = replace(self.profile, **changes)
        self.save()
        self._changed()
        return self.profile

    def save(self) -> bool:
        if self.path is None:
            return True
        document = {"version": FORMAT_VERSION, **self.profile.to_json()}
        try:
            _write_atomically(self.path, json.dumps(document, indent=2, sort_keys=True) + "\n")
        except OSError as exc:
            _log.warning("could not save the accessibility profile (%s)", type(exc).__name__)
            return False
        return True

    def export_to(self, path: Path, settings: Settings) -> None:
        """Write the profile and the shared settings to `path` (raises OSError on failure)."""
        document = export_document(self.profile, settings)
        _write_atomically(path, json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n")

    def import_from(self, path: Path, settings: Settings) -> A11yProfile:
        """Read an exported profile into this store and `settings` (both then saved by the caller
        for settings, here for the profile). Raises ValueError for a file that is not a profile."""
        self.profile, shared = read_document(_read_json(path))
        for name, value in shared.items():
            setattr(settings, name, value)  # Settings validates each value
        self.save()
        self._changed()
        return self.profile


def export_document(profile: A11yProfile, settings: Settings) -> dict[str, Any]:
    """The exported profile file's JSON: the profile and the shared settings (also what the bank keeps,
    api/preferences.py)."""
    return {
        "kind": EXPORT_KIND,
        "version": FORMAT_VERSION,
        "profile": json.loads(json.dumps(profile.to_json())),  # plain JSON types (tuples become lists)
        "settings": {name: getattr(settings, name) for name in SHARED_SETTINGS},
    }


def read_document(data: dict[str, Any]) -> tuple[A11yProfile, dict[str, Any]]:
    """The profile and the shared settings' raw values from an exported document (each value is checked
    by `A11yProfile.from_json` / `Settings` when used). Raises ValueError for anything else."""
    if data.get("kind") != EXPORT_KIND:
        raise ValueError("not an accessibility profile file")
    profile_part = data.get("profile")
    settings_part = data.get("settings")
    if not isinstance(profile_part, dict) or not isinstance(settings_part, dict):
        raise ValueError("accessibility profile file is incomplete")
    shared = {name: settings_part[name] for name in SHARED_SETTINGS if name in settings_part}
    return A11yProfile.from_json(profile_part), shared


def load_profile(path: Path) -> A11yProfile:
    """The stored profile; defaults (with a warning) when missing, unreadable or corrupt."""
    try:
        data = _read_json(path)
    except FileNotFoundError:
        return A11yProfile()
    except (OSError, ValueError) as exc:
        _log.warning("accessibility profile unreadable (%s); using the defaults", type(exc).__name__)
        return A11yProfile()
    return A11yProfile.from_json(data)


def _read_json(path: Path) -> dict[str, Any]:
    with path.open("rb") as handle:
        raw = handle.read(_MAX_BYTES + 1)
    if len(raw) > _MAX_BYTES:
        raise ValueError("file too large for a profile")
    data = json.loads(raw.decode("utf-8"))
    if not isinstance(data, dict):
        raise ValueError("profile is not a JSON object")
    return data


def _write_atomically(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
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
