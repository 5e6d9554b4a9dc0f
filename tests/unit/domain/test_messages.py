"""The message catalogue: completeness, lupdate extraction, rendering."""

from __future__ import annotations

import ast
import re
import shutil
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import a11y_bank.domain
from a11y_bank.domain import messages
from a11y_bank.domain.messages import (
    CATALOGUE,
    QT_TRANSLATE_NOOP,
    Message,
    UnknownMessage,
    message,
    payment_status_code,
)

DOMAIN_DIR = Path(a11y_bank.domain.__file__).parent
PACKAGE_DIR = DOMAIN_DIR.parent
MESSAGES_SOURCE = Path(messages.__file__)
CODE_PATTERN = re.compile(r"^[a-z_]+(\.[a-z_]+)+$")
KNOWN_PLACEHOLDERS = {
    "ahead", "amount", "attempts_left", "date", "decimals", "desk", "destination", "latest", "length",
    "maximum", "name", "number", "payee", "rules", "seconds", "spoken_number",
}  # fmt: skip


def validation_codes_used_in(directory: Path) -> set[str]:
    """Every string literal passed as the first argument of `ValidationError(...)` in `directory`."""
    codes: set[str] = set()
    for path in directory.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "ValidationError"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                codes.add(node.args[0].value)
    return codes


def test_every_validation_code_in_domain_has_an_entry() -> None:
    used = validation_codes_used_in(DOMAIN_DIR)
    assert used, "the scan found no ValidationError codes; has validation.py moved?"
    missing = used - CATALOGUE.keys()
    assert not missing, f"ValidationError codes without a catalogue entry: {sorted(missing)}"


CATALOGUE_CALLS = {"say", "render", "message", "ValidationError"}


def _literal_codes(node: ast.AST) -> list[ast.expr]:
    """The expressions in `node` that may hold a literal catalogue code."""
    if isinstance(node, ast.Call):
        name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
        positional = node.args[:2] if name in CATALOGUE_CALLS else []
        return positional + [k.value for k in node.keywords if k.arg in {"code", "message_code"}]
    if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        names = {getattr(target, "id", getattr(target, "attr", "")) for target in targets}
        return [node.value] if "message_code" in names else []
    return []


def catalogue_codes_used_in(directory: Path) -> dict[str, set[str]]:
    """Code -> files, for every literal code given to say()/render()/message()/ValidationError() or
    assigned to `message_code`, in the whole package (the UI and API use the catalogue too)."""
    used: dict[str, set[str]] = {}
    for path in directory.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            for expr in _literal_codes(node):
                if (
                    isinstance(expr, ast.Constant)
                    and isinstance(expr.value, str)
                    and CODE_PATTERN.fullmatch(expr.value)
                ):
                    used.setdefault(expr.value, set()).add(str(path.relative_to(directory)))
    return used


def test_every_code_used_in_the_package_has_an_entry() -> None:
    used = catalogue_codes_used_in(PACKAGE_DIR)
    assert "api.offline" in used, "the scan no longer sees api/errors.py; fix the scanner"
    missing = {code: sorted(files) for code, files in used.items() if code not in CATALOGUE}
    assert not missing, f"catalogue codes used but not defined: {missing}"


def test_scanner_finds_codes() -> None:
    """Guard the guard: the AST scan sees a literal code and ignores everything else."""
    source = 'ValidationError("a.b")\nValidationError(code)\nOther("c.d")\nx.ValidationError("e.f")\n'
    tree_codes = {
        node.args[0].value
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "ValidationError"
        and isinstance(node.args[0], ast.Constant)
    }
    assert tree_codes == {"a.b"}


@pytest.mark.parametrize("code", sorted(CATALOGUE))
def test_entry_is_complete(code: str) -> None:
    entry = CATALOGUE[code]
    assert entry.code == code
    assert CODE_PATTERN.fullmatch(code)
    for text in (entry.text, entry.spoken, entry.action):
        assert text.strip() == text
        assert text
    assert entry.placeholders() <= KNOWN_PLACEHOLDERS


@pytest.mark.parametrize("code", sorted(CATALOGUE))
def test_entry_renders_with_its_placeholders(code: str) -> None:
    entry = CATALOGUE[code]
    params = {name: f"<{name}>" for name in entry.placeholders()}
    rendered = entry.render(**params)
    for text in (rendered.text, rendered.spoken, rendered.action):
        assert "{" not in text
        assert "}" not in text


@pytest.mark.parametrize(
    "code",
    [
        # every API error kind
        "api.offline", "api.timeout", "api.auth_expired", "api.rate_limited", "api.rejected",
        "api.outcome_unknown", "api.invalid_response", "payment.insufficient_funds",
        "payment.limit_exceeded", "sca.code_wrong", "sca.code_expired", "sca.code_locked",
        "consent.consumed", "payment.after_cut_off",
        # payment statuses
        "status.received", "status.pending", "status.completed", "status.rejected", "status.unknown",
        # successes
        "success.signed_in", "success.payment_sent", "success.payee_added", "success.payee_deleted",
        "success.payment_scheduled", "success.scheduled_cancelled",
    ],
)  # fmt: skip
def test_required_codes_exist(code: str) -> None:
    assert message(code).code == code


def test_rate_limited_names_the_wait() -> None:
    rendered = message("api.rate_limited").render(seconds=30)
    assert "30 seconds" in rendered.text
    assert "30 seconds" in rendered.action


def test_render_translates_before_formatting() -> None:
    seen: list[tuple[str, str]] = []

    def fake_translate(context: str, text: str) -> str:
        seen.append((context, text))
        return text.replace("Too many requests.", "请求太多。")

    rendered = message("api.rate_limited").render(fake_translate, seconds=5)
    assert rendered.text.startswith("请求太多。")
    assert "5" in rendered.text
    assert {context for context, _ in seen} == {"Messages"}
    assert ("Messages", message("api.rate_limited").text) in seen


def test_render_requires_placeholders() -> None:
    with pytest.raises(KeyError, match="seconds"):
        message("api.rate_limited").render()


def test_unknown_code() -> None:
    with pytest.raises(UnknownMessage):
        message("no.such_code")


def test_noop_marker_returns_text() -> None:
    assert QT_TRANSLATE_NOOP("Messages", "Hello") == "Hello"


def test_duplicate_codes_are_refused() -> None:
    entry = Message("a.b", "t", "s", "a")
    with pytest.raises(ValueError, match="duplicate"):
        messages._index((entry, entry))


@pytest.mark.parametrize(
    ("ob_status", "code"),
    [
        ("RCVD", "status.received"),
        ("PDNG", "status.pending"),
        ("ACSP", "status.pending"),
        ("ACSC", "status.completed"),
        ("ACCC", "status.completed"),
        ("RJCT", "status.rejected"),
        ("CANC", "status.cancelled"),
        ("XXXX", "status.unknown"),
        ("", "status.unknown"),
        (None, "status.unknown"),
    ],
)
def test_payment_status_code(ob_status: str | None, code: str) -> None:
    assert payment_status_code(ob_status) == code
    assert code in CATALOGUE


def test_every_string_is_wrapped_for_lupdate() -> None:
    """Each Message field in the source is a QT_TRANSLATE_NOOP("Messages", ...) call with a `#:` above."""
    source = MESSAGES_SOURCE.read_text(encoding="utf-8")
    lines = source.splitlines()
    tree = ast.parse(source)
    marker_calls = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "QT_TRANSLATE_NOOP"
    ]
    assert len(marker_calls) == 3 * len(CATALOGUE)
    for call in marker_calls:
        context = call.args[0]
        assert isinstance(context, ast.Constant)
        assert context.value == "Messages"
        above = lines[call.lineno - 2].strip()
        assert above.startswith("#: "), f"line {call.lineno}: no translator comment above"
        assert len(above) > len("#: ") + 10


def find_lupdate() -> str | None:
    """pyside6-lupdate from PATH or next to this interpreter (a venv that is not activated)."""
    beside = Path(sys.executable).parent / "pyside6-lupdate"
    return shutil.which("pyside6-lupdate") or (str(beside) if beside.exists() else None)


@pytest.mark.skipif(find_lupdate() is None, reason="pyside6-lupdate not installed")
def test_lupdate_extracts_every_string_with_a_comment(tmp_path: Path) -> None:
    lupdate = find_lupdate()
    assert lupdate is not None
    ts_file = tmp_path / "messages.ts"
    subprocess.run(
        [lupdate, str(MESSAGES_SOURCE), "-ts", str(ts_file)], check=True, capture_output=True, timeout=120
    )
    extracted = {
        msg.findtext("source"): msg.findtext("extracomment")
        for msg in ET.parse(ts_file).getroot().iter("message")
    }
    wanted = {text for entry in CATALOGUE.values() for text in (entry.text, entry.spoken, entry.action)}
    assert wanted <= extracted.keys()
    assert all(extracted[text] for text in wanted), "a string lost its translator comment"
    contexts = {ctx.findtext("name") for ctx in ET.parse(ts_file).getroot().iter("context")}
    assert contexts == {"Messages"}


def test_placeholders_are_simple_names() -> None:
    for entry in CATALOGUE.values():
        for text in (entry.text, entry.spoken, entry.action):
            for _, name, spec, conversion in string.Formatter().parse(text):
                assert not spec
                assert conversion is None
                assert name is None or name.isidentifier()
