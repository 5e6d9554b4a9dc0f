"""The transcript checks themselves (no Orca needed): they must catch what they claim to catch."""

from __future__ import annotations

import json
from pathlib import Path

from tests.orca.outbox_code import wrong_code
from tests.orca.transcript import Step, Transcript, is_role_only, normalize, secret_leaks


def transcript(*steps: tuple[str, list[str]]) -> Transcript:
    return Transcript.from_steps({"step": key, "speech": speech, "key_echo": []} for key, speech in steps)


def test_normalize_tolerates_orca_wording() -> None:
    assert normalize("notification  Payment sent. ") == "payment sent"
    assert normalize("Signed IN.") == "signed in"


def test_role_only_utterances_are_recognised() -> None:
    assert is_role_only("layered pane")
    assert is_role_only("push button.")
    assert not is_role_only("Send push button.")


def test_silent_and_role_only_stops_are_reported_with_what_came_before() -> None:
    t = transcript(
        ("APP", ["User name text."]),
        ("Tab", []),
        ("Tab", ["layered pane"]),
        ("Tab", ["Sign in push button."]),
        ("Return", []),  # not a focus move: silence here is not a stop problem
        ("Tab", ["notification Amount: fifty yuan.", "Status messages."]),  # a status, no focus
    )
    stops = t.unnamed_stops()
    assert [(s.index, s.problem) for s in stops] == [
        (1, "silent"),
        (2, "role-only: layered pane"),
        (5, "silent"),
    ]
    assert stops[0].after == "User name text."
    assert stops[1].after == "User name text."
    assert t.focus_stops() == 4


def test_count_is_tolerant_and_counts_every_repeat() -> None:
    t = transcript(("Return", ["notification Payment sent.", "Status messages."]), ("Tab", ["payment SENT"]))
    assert t.count("Payment sent") == 2
    assert t.count("code is wrong") == 0


def test_a_typed_secret_is_caught_character_by_character() -> None:
    leaked = Step("type:Demo-1234", ("D", "e", "m"), ())
    masked = Step("type:Demo-1234", ("black circle", "black circle"), ("d",))
    assert secret_leaks(leaked, "Demo-1234") == ["D", "e", "m"]
    assert secret_leaks(masked, "Demo-1234") == ["d"]  # the key echo also gives it away
    assert secret_leaks(Step("type:x", ("star",), ()), "Demo-1234") == []


def test_wrong_code_differs_in_one_digit() -> None:
    assert wrong_code("123459") == "123450"
    assert wrong_code("000000") != "000000"


def test_load_reads_the_tool_json(tmp_path: Path) -> None:
    path = tmp_path / "transcript.json"
    path.write_text(json.dumps([{"step": "Tab", "speech": ["OK push button."], "key_echo": ["tab"]}]))
    loaded = Transcript.load(path)
    assert loaded.steps == (Step("Tab", ("OK push button.",), ("tab",)),)
    assert loaded.step_after("Tab").said("ok push button")
