"""The published statement (docs/accessibility.md and the app's copy) is current, and every test it
names as proof exists (no Orca needed)."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.orca.golden import GOLDEN_DIR
from tests.orca.journeys import ALL as JOURNEYS
from tools import accessibility_statement as statement

ROOT = Path(__file__).resolve().parents[2]


def test_the_statement_files_are_current() -> None:
    stale = [str(path.relative_to(ROOT)) for path in statement.stale()]
    assert stale == [], f"{stale}: run python tools/accessibility_statement.py and commit the result"


def test_every_journey_has_a_golden_transcript_in_the_statement() -> None:
    missing = [j.name for j in JOURNEYS if not (GOLDEN_DIR / f"{j.name}.txt").exists()]
    assert missing == [], (
        f"no golden transcript for {missing}: run the Orca tier with A11Y_ORCA_GOLDEN=update"
    )
    text = statement.render_markdown(statement.heard_journeys())
    for journey in JOURNEYS:
        assert f"### {journey.title}" in text


def _test_names(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {node.name for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)}


def test_every_proof_names_a_test_that_exists() -> None:
    missing = []
    for criterion in statement.CRITERIA:
        for proof in criterion.proof:
            file_name, _, test_name = proof.partition("::")
            path = ROOT / file_name
            if not path.exists() or not test_name.startswith("test_") or test_name not in _test_names(path):
                missing.append(f"{criterion.number}: {proof}")
    assert missing == []


def test_only_proved_criteria_are_claimed_supported() -> None:
    for criterion in statement.CRITERIA:
        if criterion.status in (statement.SUPPORTED, statement.PARTIAL):
            assert criterion.proof, f"{criterion.number} is claimed without a test"
        if criterion.status == statement.NOT_TESTED:
            assert not criterion.proof


def test_the_statement_never_holds_the_demo_password() -> None:
    for text in statement.outputs().values():
        assert "Demo-1234" not in text


def test_every_sentence_the_statement_writes_has_its_reviewed_chinese() -> None:
    assert statement.missing_translations() == [], "add them to tools/accessibility_statement_zh.py"


def test_the_chinese_statement_claims_exactly_what_the_english_one_does() -> None:
    heard = statement.heard_journeys()
    english = statement.render_text(heard).splitlines()
    chinese = statement.render_text(heard, statement.CHINESE).splitlines()
    assert len(chinese) == len(english) + 2  # plus the Chinese's note on the quotes and its blank line
    for criterion in statement.CRITERIA:
        [english_line] = [line for line in english if line.startswith(f"{criterion.number} ")]
        [chinese_line] = [line for line in chinese if line.startswith(f"{criterion.number} ")]
        assert chinese_line.endswith("。")
        for proof in criterion.proof:  # the same tests prove it
            assert proof in english_line
            assert proof in chinese_line
        assert statement.CHINESE.say("status", criterion.status) in chinese_line
    # What Orca said is evidence: quoted as it was said, line for line.
    transcripts = english[english.index(statement.ENGLISH.fill("journeys")) :]
    titles = {h.journey.title for h in heard}
    said = [
        line.partition(": ")[2]
        for line in transcripts
        if ": " in line and not line.startswith("Keys: ") and line not in titles
    ]
    assert len(said) > 100
    missing = [quote for quote in said if not any(line.endswith(f": {quote}") for line in chinese)]
    assert missing == []
