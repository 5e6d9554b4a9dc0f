"""Assertions the journey tests share: spoken once, every stop named, no secret, the golden transcript."""

from __future__ import annotations

import re

from tests.orca import golden
from tests.orca.conftest import OrcaRun
from tests.orca.journeys import SIGN_IN_BALANCE_HISTORY, SIGN_IN_KEYS, Journey
from tests.orca.transcript import Step, Transcript, steps_typing


def spoken_once(transcript: Transcript, phrase: str) -> None:
    count = transcript.count(phrase)
    assert count == 1, f"{phrase!r} spoken {count} times:\n" + "\n".join(transcript.utterances())


def no_unnamed_stops(run: OrcaRun) -> None:
    stops = run.transcript.unnamed_stops()
    assert run.transcript.focus_stops() > 0
    assert not stops, "focus stops Orca did not name:\n" + "\n".join(map(str, stops))


def digits_spoken(step: Step) -> list[str]:
    """Utterances of a code-typing step that say digits (a one-time code read out)."""
    return [u for u in (*step.speech, *step.key_echo) if re.search(r"\d", u)]


def no_code_digits(run: OrcaRun, typed: int) -> None:
    """The `typed` one-time-code steps (typecmd:) gave Orca no digit to say, in speech or key echo."""
    steps = steps_typing(run.transcript, ["typecmd:right", "typecmd:wrong"])
    assert len(steps) == typed
    for step in steps:
        assert digits_spoken(step) == [], step


def first_compared_step(journey: Journey) -> int:
    """The step after the sign-in of a journey that starts by signing in (0 for the sign-in journey
    itself): the messages at sign-in race each other under Orca 43 (docs/orca.md, finding 10), and the
    sign-in journey is the one that checks them."""
    signs_in_first = journey.keys[: len(SIGN_IN_KEYS)] == SIGN_IN_KEYS
    if journey is SIGN_IN_BALANCE_HISTORY or not signs_in_first:
        return 0
    return 2 + len(SIGN_IN_KEYS)  # START, APP, then the sign-in keys; the next step is compared


def matches_golden(journey: Journey, run: OrcaRun) -> None:
    problems = golden.check_or_update(
        journey.name, journey.title, journey.notes, run.transcript, compare_from=first_compared_step(journey)
    )
    assert not problems, (
        f"Orca's transcript of {journey.name} differs from tests/orca/golden_transcripts/{journey.name}.txt "
        f"(review, then {golden.UPDATE_ENV}=update):\n" + "\n".join(problems)
    )
