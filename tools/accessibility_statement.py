"""Generate the published accessibility statement from the golden Orca transcripts and the test table.

    python tools/accessibility_statement.py           # write docs/accessibility.md and the app's copy
    python tools/accessibility_statement.py --check   # exit 1 if either file is not current

Sources: the journeys of the Orca tier (tests/orca/journeys.py: the keys) and their golden transcripts
(tests/orca/golden_transcripts/*.txt: what Orca 43 said), and the table below of WCAG 2.2 success
criteria, each with the tests that prove it. Outputs: docs/accessibility.md (Markdown; in Chinese:
docs/accessibility.zh_CN.md) and the same
statement as plain text in a11y_bank/ui/accessibility_statement.json, which Help -> Accessibility shows,
in English and in Simplified Chinese (the app's two languages). The Chinese is a fixed, reviewed
translation of every sentence this tool writes (tools/accessibility_statement_zh.py); the facts, the
test names and what Orca said are the same in both.
`tests/orca/test_statement.py` checks both are current and that every test named here exists.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.orca import golden  # noqa: E402 - after the path set-up above
from tests.orca.journeys import ALL as JOURNEYS  # noqa: E402
from tests.orca.journeys import DEMO_PASSWORD, Journey  # noqa: E402
from tests.orca.transcript import FOCUS_KEYS  # noqa: E402
from tools import accessibility_statement_zh as zh  # noqa: E402

DOC = ROOT / "docs" / "accessibility.md"
DOC_ZH_CN = ROOT / "docs" / "accessibility.zh_CN.md"
APP_COPY = ROOT / "a11y_bank" / "ui" / "accessibility_statement.json"

SUPPORTED = "Supported"
PARTIAL = "Partially supported"
NOT_APPLICABLE = "Not applicable"
NOT_TESTED = "Not tested"


@dataclass(frozen=True)
class Criterion:
    number: str
    name: str
    level: str
    status: str
    proof: tuple[str, ...] = ()  # "tests/...py::test_name"
    note: str = ""


ORCA = "tests/orca/test_orca_journeys.py"
MORE = "tests/orca/test_orca_more_journeys.py"
AUDIT = "tests/gui/test_audit_all.py::test_screen_passes_audit"
CORE = "tests/gui/test_a11y_core.py"

CRITERIA = (
    Criterion(
        "1.1.1",
        "Non-text Content",
        "A",
        SUPPORTED,
        (
            AUDIT,
            "tests/atspi/test_atspi_tour.py::test_every_screen_has_no_unnamed_interactive_node",
            "tests/gui/test_audit_all.py::test_every_earcon_has_its_visual_mark",
        ),
        "Every control has a name; every sound (earcon) has a visible mark.",
    ),
    Criterion(
        "1.2.1-1.2.5",
        "Time-based media",
        "A/AA",
        NOT_APPLICABLE,
        (),
        "The app has no audio or video content.",
    ),
    Criterion(
        "1.3.1",
        "Info and Relationships",
        "A",
        SUPPORTED,
        (
            f"{CORE}::test_labelled_field_names_the_field_and_describes_errors",
            "tests/gui/test_history.py::test_table_cells_and_headers_are_named_for_the_screen_reader",
        ),
    ),
    Criterion(
        "1.3.2",
        "Meaningful Sequence",
        "A",
        SUPPORTED,
        (AUDIT, f"{MORE}::test_every_focus_stop_of_every_screen_is_named"),
        "Tab order is checked on every screen; the Orca tours walk it.",
    ),
    Criterion("1.3.3", "Sensory Characteristics", "A", NOT_TESTED),
    Criterion(
        "1.3.4", "Orientation", "AA", NOT_APPLICABLE, (), "A desktop window; nothing locks orientation."
    ),
    Criterion("1.3.5", "Identify Input Purpose", "AA", NOT_TESTED),
    Criterion("1.4.1", "Use of Color", "A", NOT_TESTED),
    Criterion(
        "1.4.2",
        "Audio Control",
        "A",
        SUPPORTED,
        (f"{CORE}::test_voice_off_means_no_speech_but_still_visible",),
    ),
    Criterion(
        "1.4.3",
        "Contrast (Minimum)",
        "AA",
        SUPPORTED,
        ("tests/gui/test_contrast.py::test_every_text_colour_reaches_aaa",),
    ),
    Criterion(
        "1.4.4",
        "Resize Text",
        "AA",
        SUPPORTED,
        (
            "tests/gui/test_textsize.py::test_screen_reflows_at_text_size",
            "tests/gui/test_textsize.py::test_text_size_is_one_live_factor_clamped_to_100_400",
        ),
        "Text size from 100 % to 400 % (Ctrl+plus / Ctrl+minus).",
    ),
    Criterion("1.4.5", "Images of Text", "AA", NOT_TESTED),
    Criterion(
        "1.4.10",
        "Reflow",
        "AA",
        SUPPORTED,
        (AUDIT, "tests/gui/test_textsize.py::test_screen_reflows_at_text_size"),
        "Every screen at 300 %: nothing clipped, no horizontal scrolling.",
    ),
    Criterion(
        "1.4.11",
        "Non-text Contrast",
        "AA",
        SUPPORTED,
        ("tests/gui/test_contrast.py::test_focus_ring_stands_out_from_its_neighbours",),
    ),
    Criterion("1.4.12", "Text Spacing", "AA", NOT_TESTED),
    Criterion("1.4.13", "Content on Hover or Focus", "AA", NOT_TESTED),
    Criterion(
        "2.1.1",
        "Keyboard",
        "A",
        SUPPORTED,
        (
            "tests/gui/test_signin.py::test_keyboard_only_sign_in_reaches_accounts",
            "tests/gui/test_mainwindow.py::test_every_shortcut_has_a_chord_free_route",
            f"{ORCA}::test_payment_sent_is_spoken_once",
        ),
        "Every journey below is driven by real key presses only.",
    ),
    Criterion("2.1.2", "No Keyboard Trap", "A", SUPPORTED, (AUDIT,)),
    Criterion("2.1.4", "Character Key Shortcuts", "A", NOT_TESTED),
    Criterion(
        "2.2.1",
        "Timing Adjustable",
        "A",
        SUPPORTED,
        (
            "tests/gui/test_timeouts.py::test_no_limit_by_default",
            "tests/gui/test_timeouts.py::test_one_key_extends_and_says_so",
            "tests/gui/test_timeouts.py::test_multiplier_can_be_changed_and_turned_off",
        ),
    ),
    Criterion(
        "2.2.2", "Pause, Stop, Hide", "A", NOT_APPLICABLE, (), "Nothing moves, blinks or scrolls by itself."
    ),
    Criterion("2.3.1", "Three Flashes or Below Threshold", "A", NOT_APPLICABLE, (), "Nothing flashes."),
    Criterion(
        "2.4.1",
        "Bypass Blocks",
        "A",
        SUPPORTED,
        ("tests/gui/test_mainwindow.py::test_ctrl_number_and_f1_and_escape",),
        "Ctrl+1 to Ctrl+9 go straight to a section.",
    ),
    Criterion(
        "2.4.2",
        "Page Titled",
        "A",
        SUPPORTED,
        ("tests/gui/test_mainwindow.py::test_navigation_moves_focus_and_announces_title",),
    ),
    Criterion(
        "2.4.3",
        "Focus Order",
        "A",
        SUPPORTED,
        (AUDIT, f"{MORE}::test_every_focus_stop_of_every_screen_is_named"),
    ),
    Criterion(
        "2.4.5",
        "Multiple Ways",
        "AA",
        SUPPORTED,
        (
            "tests/gui/test_mainwindow.py::test_section_list_by_tab_arrows_and_enter",
            "tests/gui/test_mainwindow.py::test_ctrl_number_and_f1_and_escape",
        ),
    ),
    Criterion(
        "2.4.6",
        "Headings and Labels",
        "AA",
        SUPPORTED,
        (f"{CORE}::test_labelled_field_names_the_field_and_describes_errors", AUDIT),
    ),
    Criterion(
        "2.4.7",
        "Focus Visible",
        "AA",
        SUPPORTED,
        (
            "tests/gui/test_contrast.py::test_focus_ring_is_drawn_at_least_2px_in_the_theme_colour",
            f"{CORE}::test_focus_ring_is_drawn_thick_around_the_focused_control",
        ),
    ),
    Criterion("2.4.11", "Focus Not Obscured (Minimum)", "AA", NOT_TESTED),
    Criterion("2.5.1", "Pointer Gestures", "A", NOT_APPLICABLE, (), "No path or multi-point gestures."),
    Criterion("2.5.2", "Pointer Cancellation", "A", NOT_TESTED),
    Criterion(
        "2.5.3",
        "Label in Name",
        "A",
        SUPPORTED,
        (f"{CORE}::test_labelled_field_names_the_field_and_describes_errors",),
    ),
    Criterion("2.5.4", "Motion Actuation", "A", NOT_APPLICABLE, (), "Nothing responds to motion."),
    Criterion("2.5.7", "Dragging Movements", "AA", NOT_APPLICABLE, (), "Nothing needs dragging."),
    Criterion(
        "2.5.8",
        "Target Size (Minimum)",
        "AA",
        SUPPORTED,
        (AUDIT, f"{CORE}::test_controls_are_at_least_44_px_and_headings_follow_text_size"),
    ),
    Criterion(
        "3.1.1",
        "Language of Page",
        "A",
        NOT_TESTED,
        (),
        "The app runs in English or Chinese; the language given to assistive technology is not tested.",
    ),
    Criterion("3.1.2", "Language of Parts", "AA", NOT_TESTED),
    Criterion("3.2.1", "On Focus", "A", NOT_TESTED),
    Criterion("3.2.2", "On Input", "A", NOT_TESTED),
    Criterion("3.2.3", "Consistent Navigation", "AA", NOT_TESTED),
    Criterion("3.2.4", "Consistent Identification", "AA", NOT_TESTED),
    Criterion(
        "3.2.6",
        "Consistent Help",
        "A",
        SUPPORTED,
        (
            "tests/gui/test_mainwindow.py::test_ctrl_number_and_f1_and_escape",
            "tests/gui/test_help_accessibility.py::test_statement_and_feedback_by_keyboard_only",
        ),
        "F1 opens Help from every screen; Help has the accessibility statement and feedback form.",
    ),
    Criterion(
        "3.3.1",
        "Error Identification",
        "A",
        SUPPORTED,
        (
            "tests/gui/test_signin.py::test_empty_fields_are_reported_at_the_field_and_nothing_is_sent",
            f"{ORCA}::test_wrong_code_is_spoken_once",
        ),
    ),
    Criterion(
        "3.3.2",
        "Labels or Instructions",
        "A",
        SUPPORTED,
        (f"{CORE}::test_labelled_field_names_the_field_and_describes_errors",),
    ),
    Criterion(
        "3.3.3",
        "Error Suggestion",
        "AA",
        SUPPORTED,
        ("tests/gui/test_history.py::test_a_bad_date_is_reported_at_the_field_and_the_filter_is_kept",),
    ),
    Criterion(
        "3.3.4",
        "Error Prevention (Legal, Financial, Data)",
        "AA",
        SUPPORTED,
        (
            f"{ORCA}::test_review_is_read_back_once",
            f"{MORE}::test_delete_question_names_the_payee_and_cancel_is_the_default",
            f"{MORE}::test_unknown_outcome_is_resolved_as_paid_exactly_once",
        ),
        "Every payment is reviewed and confirmed with a code; deleting asks first, Cancel is the default.",
    ),
    Criterion("3.3.7", "Redundant Entry", "A", NOT_TESTED),
    Criterion(
        "3.3.8",
        "Accessible Authentication (Minimum)",
        "AA",
        SUPPORTED,
        (
            "tests/gui/test_signin.py::test_password_field_is_a_real_password_field_that_accepts_paste",
            "tests/gui/test_secret_edit.py::test_paste_goes_into_the_secret_and_max_length_holds",
        ),
        "Passwords and one-time codes can be pasted; no puzzle, no memory test.",
    ),
    Criterion(
        "4.1.2",
        "Name, Role, Value",
        "A",
        SUPPORTED,
        (
            "tests/atspi/test_atspi_tour.py::test_every_screen_has_no_unnamed_interactive_node",
            f"{MORE}::test_every_focus_stop_of_every_screen_is_named",
        ),
    ),
    Criterion(
        "4.1.3",
        "Status Messages",
        "AA",
        SUPPORTED,
        (
            f"{CORE}::test_notice_has_notification_role_and_text_as_name",
            f"{ORCA}::test_sign_in_is_spoken_once",
            f"{ORCA}::test_payment_sent_is_spoken_once",
            f"{MORE}::test_unknown_outcome_is_spoken_once_with_what_to_do",
            f"{MORE}::test_scheduled_payment_is_spoken_once_with_its_date_in_words",
            f"{MORE}::test_empty_feedback_error_is_spoken_once",
        ),
        "Status messages reach Orca as notifications, each spoken once.",
    ),
    # AAA: only what a test proves.
    Criterion(
        "1.4.6",
        "Contrast (Enhanced)",
        "AAA",
        SUPPORTED,
        ("tests/gui/test_contrast.py::test_every_text_colour_reaches_aaa",),
    ),
)

KNOWN_GAPS = (
    "The support assistant's answers give amounts in digits ('355,312.95 CNY'), which Orca reads "
    "as a number, not in words as the rest of the app does.",
    "While an amount is typed, Orca reads the field's changing hint ('25.00 CNY') in digits.",
    "Card expiry dates are read as digits ('expires 2029-08'); two document viewers (Wealth product "
    "sheet, credit card statement) say their name twice.",
    "A few field errors are still said twice under Orca 43, as a status message and again as the "
    "description of the field that focus returns to: enrolment's code, Security's password and code, "
    "and sign-in's wrong password (the other forms say an error once; docs/orca.md, finding 9).",
    "When Send feedback opens the support chat, Orca says the chat's title but not 'Your message box "
    "holds ...'; the message is in the focused box and is sent with Enter. The support assistant "
    "answers feedback with its standard menu: it is not yet routed to a person.",
    "When the Accessibility screen opens, Orca says the title but not the name of the focused "
    "statement; the arrow keys then read it line by line.",
    "In Chinese, the journeys below quote what Orca said with the app in English: no Orca journey "
    "runs in Chinese yet.",
    "Tested with Orca 43 on Linux only; NVDA, JAWS, Narrator and VoiceOver are not in the test suite.",
    "Success criteria marked 'Not tested' have no automated proof yet; they are not claimed.",
)

INTRO = (
    "This statement is generated from the project's tests (tools/accessibility_statement.py): what "
    "the Orca 43 screen reader said on real keyboard journeys through the app and the demo bank, and "
    "the WCAG 2.2 success criteria those tests and the accessibility audits prove. Nothing here is "
    "claimed without a test.",
    "Every focus stop on every screen names the control, not only its role. Passwords, PINs and "
    "one-time codes are never spoken: Orca says 'star' for each character typed. Amounts and dates "
    "are spoken in words. Status messages (code sent, wrong code, payment sent, unknown outcome) are "
    "spoken once.",
)


@dataclass(frozen=True)
class Wording:
    """The sentences the statement writes in one language: templates, and a translation per English
    original (by kind: intro, status, name, note, gap, journey, secret); English is the originals."""

    templates: Mapping[str, str]
    translations: Mapping[str, Mapping[str, str]] = field(default_factory=dict)

    def say(self, kind: str, english: str) -> str:
        """`english` in this language; the original when it has no translation yet (see `missing`)."""
        return self.translations.get(kind, {}).get(english, english)

    def fill(self, template: str, **values: str) -> str:
        return self.templates[template].format(**values)


ENGLISH = Wording(
    {
        "title": "Accessibility statement",
        "covered": "Covered: {figures}",
        "figures": (
            "{journeys} journeys, {stops} focus stops (Tab or Shift+Tab) each naming its control, "
            "{notes} status messages spoken as notifications."
        ),
        "criteria": "WCAG 2.2 success criteria",
        "criterion": "{number} {name} (level {level}): {status}.{note}{proof}",
        "note": " {note}",
        "proof": " Proved by: {tests}.",
        "gaps": "Known gaps",
        "journeys": "What Orca says, journey by journey",
        "journeys_intro": "",
        "keys": "Keys: {keys}",
        "criteria_head": "| Criterion | Level | Status | Proved by | Note |",
        "transcript_head": "| Key | Orca says |",
        "orca_setup": "Orca 43.1 on Debian 12, key echo on. Dates and times are shown as <date> and <time>.",
    }
)
CHINESE = Wording(
    zh.TEMPLATES,
    {
        "intro": zh.INTRO,
        "status": zh.STATUSES,
        "name": zh.CRITERION_NAMES,
        "note": zh.NOTES,
        "gap": zh.GAPS,
        "journey": zh.JOURNEY_TITLES,
        "secret": zh.SECRET_KEYS,
        "journey_note": zh.JOURNEY_NOTES,
    },
)
WORDINGS = {"en": ENGLISH, "zh_CN": CHINESE}
"""The app's languages (a11y_bank.settings.LANGUAGES) and the statement's wording in each."""


def missing_translations() -> list[str]:
    """Every sentence the statement writes in English that has no Chinese yet (must be empty)."""
    originals = {
        "intro": INTRO,
        "status": {c.status for c in CRITERIA},
        "name": {c.name for c in CRITERIA},
        "note": {c.note for c in CRITERIA if c.note},
        "gap": KNOWN_GAPS,
        "journey": [j.name for j in JOURNEYS],
        "secret": SECRET_KEYS.values(),
        "journey_note": [note for j in JOURNEYS for note in j.notes],
    }
    return [
        f"{kind}: {text}"
        for kind, texts in originals.items()
        for text in zh.missing(dict(CHINESE.translations[kind]), texts)
    ] + [f"template: {name}" for name in ENGLISH.templates if name not in CHINESE.templates]


@dataclass(frozen=True)
class Heard:
    """One journey's golden transcript: the utterances per step."""

    journey: Journey
    lines: tuple[golden.GoldenLine, ...]

    def by_step(self) -> Iterator[tuple[str, list[str]]]:
        """(key, what Orca said) per step that said something, in order."""
        current: int | None = None
        said: list[str] = []
        key = ""
        for line in self.lines:
            if line.step != current:
                if current is not None:
                    yield key, said
                current, key, said = line.step, line.key, []
            said.append(line.utterance)
        if current is not None:
            yield key, said

    def focus_stops(self) -> int:
        return len({line.step for line in self.lines if line.key in FOCUS_KEYS})

    def notifications(self) -> int:
        return sum(line.utterance.startswith("notification ") for line in self.lines)


def heard_journeys() -> list[Heard]:
    heard = []
    for journey in JOURNEYS:
        path = golden.GOLDEN_DIR / f"{journey.name}.txt"
        if path.exists():
            _, lines = golden.parse(path.read_text(encoding="utf-8"))
            heard.append(Heard(journey, tuple(lines)))
    return heard


#: How the statement shows the keys that type a secret: it never prints one, not even the demo's.
SECRET_KEYS = {
    f"type:{DEMO_PASSWORD}": "(the password)",
    "typecmd:right": "(the one-time code)",
    "typecmd:wrong": "(a wrong one-time code)",
    "typecmd:right-drop": "(the one-time code; the bank's answer is lost)",
    "typecmd:clear": "(the bank answers again)",
}


def shown_key(key: str, wording: Wording = ENGLISH) -> str:
    secret = SECRET_KEYS.get(key)
    return wording.say("secret", secret) if secret is not None else golden.mask(key)


def shown_keys(journey: Journey, wording: Wording = ENGLISH) -> str:
    return ", ".join(shown_key(k, wording) for k in journey.keys if not k.startswith("sleep:"))


def figures(heard: list[Heard], wording: Wording = ENGLISH) -> str:
    stops = sum(h.focus_stops() for h in heard)
    notes = sum(h.notifications() for h in heard)
    return wording.fill("figures", journeys=str(len(heard)), stops=str(stops), notes=str(notes))


def criteria_markdown(wording: Wording = ENGLISH) -> Iterator[str]:
    yield wording.fill("criteria_head")
    yield "|---|---|---|---|---|"
    for c in CRITERIA:
        proof = "<br>".join(f"`{p}`" for p in c.proof) or "—"
        name, status = wording.say("name", c.name), wording.say("status", c.status)
        note = wording.say("note", c.note) if c.note else ""
        yield f"| {c.number} {name} | {c.level} | {status} | {proof} | {note} |"


def render_markdown(heard: list[Heard], wording: Wording = ENGLISH) -> str:
    out = [
        f"# {wording.fill('title')}",
        "",
        "<!-- generated by tools/accessibility_statement.py; do not edit -->",
    ]
    intro = [wording.say("intro", paragraph) for paragraph in INTRO]
    out += ["", *_paragraphs(intro), wording.fill("covered", figures=figures(heard, wording)), ""]
    out += [f"## {wording.fill('criteria')}", "", *criteria_markdown(wording), ""]
    out += [f"## {wording.fill('gaps')}", "", *(f"- {wording.say('gap', gap)}" for gap in KNOWN_GAPS), ""]
    out += [f"## {wording.fill('journeys')}", ""]
    if wording.fill("journeys_intro"):
        out += [wording.fill("journeys_intro"), ""]
    out += [wording.fill("orca_setup"), ""]
    for h in heard:
        title = h.journey.title if wording is ENGLISH else wording.say("journey", h.journey.name)
        out += [f"### {title}", "", wording.fill("keys", keys=shown_keys(h.journey, wording)), ""]
        notes = [wording.say("journey_note", note) for note in h.journey.notes]
        out += [*notes, *([""] if notes else [])]
        out += [wording.fill("transcript_head"), "|---|---|"]
        out += [
            f"| `{shown_key(key, wording)}` | {' / '.join(_cell(u) for u in said)} |"
            for key, said in h.by_step()
        ]
        out += [""]
    return "\n".join(out).rstrip() + "\n"


def render_text(heard: list[Heard], wording: Wording = ENGLISH) -> str:
    """The same statement as plain text for the app (no tables: one line per entry, reflows at 400 %),
    in `wording`'s language; what Orca said is quoted as it was said."""
    intro = [wording.say("intro", paragraph) for paragraph in INTRO]
    covered = wording.fill("covered", figures=figures(heard, wording))
    out = [wording.fill("title"), "", *_paragraphs(intro), covered, ""]
    out += [wording.fill("criteria"), ""]
    for c in CRITERIA:
        note = wording.fill("note", note=wording.say("note", c.note)) if c.note else ""
        proof = wording.fill("proof", tests="; ".join(c.proof)) if c.proof else ""
        name, status = wording.say("name", c.name), wording.say("status", c.status)
        out.append(wording.fill("criterion", number=c.number, name=name, level=c.level, status=status,
                                note=note, proof=proof))  # fmt: skip
    out += ["", wording.fill("gaps"), "", *(f"- {wording.say('gap', gap)}" for gap in KNOWN_GAPS), ""]
    out += [wording.fill("journeys"), ""]
    if wording.fill("journeys_intro"):
        out += [wording.fill("journeys_intro"), ""]
    for h in heard:
        title = h.journey.title if wording is ENGLISH else wording.say("journey", h.journey.name)
        out += [title, wording.fill("keys", keys=shown_keys(h.journey, wording))]
        out += [f"{shown_key(key, wording)}: {' / '.join(said)}" for key, said in h.by_step()]
        out += [""]
    return "\n".join(out).rstrip() + "\n"


def _paragraphs(paragraphs: Iterable[str]) -> list[str]:
    out: list[str] = []
    for paragraph in paragraphs:
        out += [paragraph, ""]
    return out


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")


def outputs() -> dict[Path, str]:
    heard = heard_journeys()
    app_copy = {
        "generated_by": "tools/accessibility_statement.py",
        "text": render_text(heard),  # English, the source
        **{f"text_{code}": render_text(heard, wording) for code, wording in WORDINGS.items() if code != "en"},
    }
    return {
        DOC: render_markdown(heard),
        DOC_ZH_CN: render_markdown(heard, CHINESE),
        APP_COPY: json.dumps(app_copy, ensure_ascii=False, indent=1) + "\n",
    }


def stale() -> list[Path]:
    return [
        path
        for path, text in outputs().items()
        if not path.exists() or path.read_text(encoding="utf-8") != text
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--check", action="store_true", help="only check that the files are current")
    args = parser.parse_args(argv)
    if args.check:
        old = stale()
        for path in old:
            print(f"{path.relative_to(ROOT)} is not current: run python tools/accessibility_statement.py")
        return 1 if old else 0
    for path, text in outputs().items():
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
