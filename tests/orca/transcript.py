"""Orca's transcript of one run (orca-speech's transcript.json) and the checks the tier makes on it.

A transcript is a list of steps: the key (or `type:`/`typecmd:` text) that was sent and what Orca said
after it, split into speech and key echo. The matcher is tolerant of Orca 43's known quirks: case,
runs of spaces, a trailing period, and the "notification " prefix Orca puts before a notification.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

#: Orca 43's role words. An utterance made only of these names no control (a "role-only" stop).
ROLE_WORDS = frozenset(
    {
        "check box",
        "combo box",
        "filler",
        "frame",
        "label",
        "layered pane",
        "list",
        "list item",
        "menu",
        "menu item",
        "notification",
        "page tab",
        "panel",
        "password text",
        "push button",
        "radio button",
        "scroll pane",
        "spin button",
        "table",
        "table cell",
        "text",
        "tool bar",
    }
)

#: The status line's accessible description, which Orca says after each notification.
NOTICE_DESCRIPTION = "status messages"

#: Steps whose key moves the keyboard focus: Orca must then name the new focus.
FOCUS_KEYS = frozenset({"Tab", "shift+Tab"})

_TRAILING = re.compile(r"[\s.]+$")
_SPACES = re.compile(r"\s+")


def normalize(utterance: str) -> str:
    """Case-folded, single-spaced, without a trailing period or Orca's 'notification ' prefix."""
    text = _SPACES.sub(" ", utterance).strip().casefold()
    text = text.removeprefix("notification ")
    return _TRAILING.sub("", text)


def is_role_only(utterance: str) -> bool:
    """True if the utterance is only a role ('push button', 'layered pane'): it names nothing."""
    return normalize(utterance) in ROLE_WORDS


def is_notification(utterance: str) -> bool:
    """A status message (or the status line's description after it), not the name of a focus."""
    text = " ".join(utterance.split()).casefold()
    return text.startswith("notification ") or normalize(utterance) == NOTICE_DESCRIPTION


def names_focus(utterance: str) -> bool:
    return not is_role_only(utterance) and not is_notification(utterance)


@dataclass(frozen=True)
class Step:
    key: str
    speech: tuple[str, ...]
    key_echo: tuple[str, ...]

    @property
    def moves_focus(self) -> bool:
        return self.key in FOCUS_KEYS

    def said(self, phrase: str) -> bool:
        wanted = normalize(phrase)
        return any(wanted in normalize(u) for u in self.speech)


@dataclass(frozen=True)
class Stop:
    """A focus stop that Orca did not name: which step, and what was wrong."""

    index: int
    key: str
    problem: str  # "silent" or "role-only: ..."
    after: str  # the last named thing before it, to find it in the app

    def __str__(self) -> str:
        return f"step {self.index} ({self.key}, after {self.after!r}): {self.problem}"


@dataclass(frozen=True)
class Transcript:
    steps: tuple[Step, ...]

    @classmethod
    def load(cls, path: Path) -> Transcript:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return cls.from_steps(raw)

    @classmethod
    def from_steps(cls, raw: Iterable[dict[str, object]]) -> Transcript:
        steps = []
        for item in raw:
            speech, echo = item.get("speech", []), item.get("key_echo", [])
            assert isinstance(speech, list)
            assert isinstance(echo, list)
            steps.append(Step(str(item["step"]), tuple(map(str, speech)), tuple(map(str, echo))))
        return cls(tuple(steps))

    def utterances(self) -> list[str]:
        """Everything Orca said, in order, key echo excluded."""
        return [u for step in self.steps for u in step.speech]

    def count(self, phrase: str) -> int:
        """How many utterances contain `phrase` (tolerant match)."""
        wanted = normalize(phrase)
        return sum(wanted in normalize(u) for u in self.utterances())

    def matching(self, pattern: str) -> list[str]:
        """Utterances that match the regular expression `pattern` (case-insensitive)."""
        rx = re.compile(pattern, re.IGNORECASE)
        return [u for u in self.utterances() if rx.search(u)]

    def unnamed_stops(self) -> list[Stop]:
        """Focus moves after which Orca said nothing, or only a role (a status message that
        happens to be spoken in the same step does not name the focus)."""
        stops: list[Stop] = []
        last_named = ""
        for index, step in enumerate(self.steps):
            named = [u for u in step.speech if names_focus(u)]
            about_focus = [u for u in step.speech if not is_notification(u)]
            if step.moves_focus and not about_focus:
                stops.append(Stop(index, step.key, "silent", last_named))
            elif step.moves_focus and not named:
                stops.append(Stop(index, step.key, "role-only: " + " / ".join(about_focus), last_named))
            if named:
                last_named = named[-1]
        return stops

    def focus_stops(self) -> int:
        return sum(step.moves_focus for step in self.steps)

    def step_after(self, key: str, nth: int = 0) -> Step:
        """The `nth` step (0-based) sent with `key`."""
        found = [step for step in self.steps if step.key == key]
        return found[nth]


def secret_leaks(step: Step, secret: str) -> list[str]:
    """Utterances of `step` (speech or key echo) that give away characters of `secret`.

    A leak is the secret itself, or an utterance that is exactly one of its characters (Orca
    echoing a typed character). Orca's "black circle" or "star" words for masked text are fine.
    """
    chars = {c.casefold() for c in secret if not c.isspace()}
    leaks = []
    for utterance in (*step.speech, *step.key_echo):
        text = normalize(utterance)
        if secret.casefold() in text or text in chars:
            leaks.append(utterance)
    return leaks


def steps_typing(transcript: Transcript, prefixes: Sequence[str]) -> list[Step]:
    """The steps whose key starts with one of `prefixes` (`type:`, `typecmd:`)."""
    return [step for step in transcript.steps if step.key.startswith(tuple(prefixes))]
