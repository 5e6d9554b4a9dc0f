"""The transcript checks themselves (no Orca needed): they must catch what they claim to catch."""

from __future__ import annotations

import json
from pathlib import Path

from tests.orca import golden
from tests.orca.journeys import DEMO_PASSWORD
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


# -- golden transcripts ---------------------------------------------------------------------------


def test_golden_masks_dates_and_times_but_not_amounts() -> None:
    assert golden.mask("12 October 2026, Monthly saving") == "<date>, Monthly saving"
    assert golden.mask("on Monday, November 30, 2026.") == "on Monday, <date>."
    assert golden.mask("Support assistant, 3:12 PM: hello") == "Support assistant, <time>: hello"
    assert golden.mask("type 2026-11-30") == "type <date>"
    assert golden.mask("fifty yuan, 25.00 CNY") == "fifty yuan, 25.00 CNY"


def test_golden_render_and_parse_round_trip_without_key_echo_or_frame() -> None:
    run = Transcript.from_steps(
        [
            {"step": "START", "speech": ["Screen reader on."], "key_echo": []},
            {"step": "APP", "speech": ["Sign in frame."], "key_echo": []},
            {"step": "Tab", "speech": ["Password  password text."], "key_echo": ["tab"]},
            {"step": "type:What is it?", "speech": ["*"], "key_echo": ["w"]},
            {"step": "STOP", "speech": ["Screen reader off."], "key_echo": []},
        ]
    )
    text = golden.render("A title", ["a note"], run)
    comments, lines = golden.parse(text)
    assert comments[:2] == ["A title", "a note"]
    assert [(line.step, line.key, line.utterance) for line in lines] == [
        (1, "APP", "Sign in frame."),
        (2, "Tab", "Password password text."),
        (3, "type:What is it?", "*"),
    ]
    assert golden.differences(lines, golden.golden_lines(run)) == []


def test_golden_tolerates_one_step_of_drift_and_orca_wording() -> None:
    want = [golden.GoldenLine(5, "Tab", "Send push button.")]
    late = [golden.GoldenLine(6, "Tab", "send PUSH button")]
    assert golden.differences(want, late) == []
    too_late = [golden.GoldenLine(7, "Tab", "Send push button.")]
    assert golden.differences(want, too_late) == [
        "missing:   5 | Tab | Send push button.",
        "extra:     7 | Tab | Send push button.",
    ]


def test_golden_leaves_status_messages_to_the_named_checks_and_collapses_stars() -> None:
    want = [
        golden.GoldenLine(4, "type:x", "*"),
        golden.GoldenLine(5, "Return", "notification Accounts."),
        golden.GoldenLine(5, "Return", "Your accounts."),
    ]
    got = [
        golden.GoldenLine(4, "type:x", "*"),
        golden.GoldenLine(4, "type:x", "*"),
        golden.GoldenLine(4, "type:x", "*"),
        golden.GoldenLine(5, "Return", "Your accounts."),
    ]
    assert golden.differences(want, got) == []
    assert golden.differences(want, got[:3]) == ["missing:   5 | Return | Your accounts."]


def test_golden_leaves_the_window_renamed_to_timing_but_not_a_window_presented() -> None:
    want = [
        golden.GoldenLine(1, "APP", "Sign in – a11y bank frame."),
        golden.GoldenLine(5, "Return", "Accounts – a11y bank"),
    ]
    got = [
        golden.GoldenLine(1, "APP", "Sign in – a11y bank frame."),
        golden.GoldenLine(7, "Return", "History – a11y bank"),
    ]
    assert golden.differences(want, got) == []
    assert golden.differences(want, got[1:]) == ["missing:   1 | APP | Sign in – a11y bank frame."]


def test_golden_counts_repeats_a_word_spoken_twice_is_a_difference() -> None:
    once = [golden.GoldenLine(3, "Down", "Monthly saving.")]
    twice = [*once, golden.GoldenLine(3, "Down", "Monthly saving.")]
    assert golden.differences(once, twice) == ["extra:     3 | Down | Monthly saving."]
    assert golden.differences(twice, once) == ["missing:   3 | Down | Monthly saving."]


def test_every_stored_golden_file_parses_and_never_holds_the_password() -> None:
    for path in sorted(golden.GOLDEN_DIR.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        comments, lines = golden.parse(text)
        assert comments, path.name
        assert lines, path.name
        assert DEMO_PASSWORD not in " ".join(line.utterance for line in lines), path.name
