"""Golden transcripts: what Orca said on each journey, a readable file in tests/orca/golden_transcripts/.

A golden file is reviewed like code: a changed word is a visible diff. Its lines are

    # title and notes (comments)
    step | key | utterance

`step` numbers the key steps of the run (0 = the app's start), so a repeated key is unambiguous. Key
echo is left out (modifier names and typed letters: the secret checks read it from the transcript).

The comparison is tolerant of Orca 43's known quirks (see `transcript.normalize`) and of what changes
from day to day: dates and clock times are masked as <date> and <time>, and an utterance may arrive
one step early or late (a status that lands just before or after the next key). Anything else that
differs is reported as a missing or an extra line.

`A11Y_ORCA_GOLDEN=update` rewrites the golden files from the runs instead of comparing.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from tests.orca.transcript import Transcript, normalize

GOLDEN_DIR = Path(__file__).parent / "golden_transcripts"
UPDATE_ENV = "A11Y_ORCA_GOLDEN"
#: Steps of the run that are no key press: Orca starting, the app's first window, Orca stopping.
FRAME_STEPS = frozenset({"START", "STOP"})
#: How many steps early or late an utterance may come and still match.
STEP_SLACK = 1

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_MASKS = (
    (re.compile(rf"\b\d{{1,2}} ({_MONTHS}) \d{{4}}\b"), "<date>"),
    (re.compile(rf"\b({_MONTHS}) \d{{1,2}}, \d{{4}}\b"), "<date>"),
    (re.compile(r"\b\d{4}-\d{2}-\d{2}\b"), "<date>"),
    (re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b"), "<date>"),
    (re.compile(r"\b\d{1,2}:\d{2}(:\d{2})?( ?[AP]M)?\b"), "<time>"),
)
_LINE = re.compile(r"^\s*(\d+) \| (.*?) \| (.*)$")


def mask(utterance: str) -> str:
    """The utterance with today's dates and clock times replaced by <date> and <time>."""
    for pattern, token in _MASKS:
        utterance = pattern.sub(token, utterance)
    return utterance


@dataclass(frozen=True)
class GoldenLine:
    step: int
    key: str
    utterance: str

    @property
    def comparable(self) -> str:
        return normalize(mask(self.utterance))

    def __str__(self) -> str:
        return f"{self.step:>3} | {self.key} | {self.utterance}"


def golden_lines(transcript: Transcript) -> list[GoldenLine]:
    """What Orca said, step by step (key echo and Orca's own start/stop left out), dates masked."""
    lines: list[GoldenLine] = []
    for index, step in enumerate(transcript.steps):
        if step.key in FRAME_STEPS:
            continue
        key = mask(step.key)
        lines.extend(GoldenLine(index, key, mask(" ".join(u.split()))) for u in step.speech)
    return lines


def render(title: str, notes: Iterable[str], transcript: Transcript) -> str:
    header = [f"# {title}", *(f"# {note}" for note in notes)]
    header.append("# step | key | what Orca said (dates and times masked; key echo left out)")
    return "\n".join([*header, *map(str, golden_lines(transcript))]) + "\n"


def parse(text: str) -> tuple[list[str], list[GoldenLine]]:
    """The comment lines (without '# ') and the golden lines of a golden file."""
    comments: list[str] = []
    lines: list[GoldenLine] = []
    for raw in text.splitlines():
        if raw.startswith("#"):
            comments.append(raw.removeprefix("#").strip())
        elif match := _LINE.match(raw):
            lines.append(GoldenLine(int(match[1]), match[2], match[3]))
    return comments, lines


#: Orca presenting a new name of the window it is in ("History – a11y bank", no role): it does so or
#: not by timing alone (a 100 ms shift of the app's start work moved it from one screen to another;
#: docs/orca.md, finding 11). Each screen's title is checked as its "notification" instead.
_WINDOW_RENAMED = re.compile(r"^.+ – a11y bank\.?$")


def compared(lines: list[GoldenLine]) -> list[GoldenLine]:
    """The lines a comparison looks at. Left out: status messages ("notification ..."), which the
    journey tests assert by name, each spoken exactly once, because two that arrive together race
    in Orca 43 (docs/orca.md, findings 6 and 10); the window's new name read as the screen changes
    (`_WINDOW_RENAMED`); and repeats of "*" within a step, because Orca says "star" for a burst of
    typed characters fewer times than there were characters."""
    kept: list[GoldenLine] = []
    for line in lines:
        said = " ".join(line.utterance.split())
        if said.casefold().startswith("notification ") or _WINDOW_RENAMED.match(said):
            continue
        if line.utterance == "*" and kept and kept[-1].step == line.step and kept[-1].utterance == "*":
            continue
        kept.append(line)
    return kept


def differences(expected: list[GoldenLine], actual: list[GoldenLine]) -> list[str]:
    """What differs, tolerantly: each expected line is matched to an unused actual line with the same
    comparable text within STEP_SLACK steps (its own step first). Empty when the run matches."""
    expected, actual = compared(expected), compared(actual)
    unused = list(actual)
    missing = []
    for want in expected:
        candidates = [
            got
            for got in unused
            if got.comparable == want.comparable and abs(got.step - want.step) <= STEP_SLACK
        ]
        if not candidates:
            missing.append(want)
            continue
        unused.remove(min(candidates, key=lambda got: abs(got.step - want.step)))
    return [f"missing: {line}" for line in missing] + [f"extra:   {line}" for line in unused]


def check_or_update(
    name: str, title: str, notes: Iterable[str], transcript: Transcript, *, compare_from: int = 0
) -> list[str]:
    """Compare a run with its golden file (or write the file in update mode); the differences.

    Steps before `compare_from` are stored but not compared (a journey's sign-in, whose messages
    the sign-in journey itself checks)."""
    path = GOLDEN_DIR / f"{name}.txt"
    if os.environ.get(UPDATE_ENV) == "update":
        GOLDEN_DIR.mkdir(exist_ok=True)
        path.write_text(render(title, notes, transcript), encoding="utf-8")
        return []
    if not path.exists():
        return [f"no golden file {path.name}: run the tier with {UPDATE_ENV}=update and review it"]
    _, expected = parse(path.read_text(encoding="utf-8"))
    actual = golden_lines(transcript)
    return differences(
        [line for line in expected if line.step >= compare_from],
        [line for line in actual if line.step >= compare_from],
    )
