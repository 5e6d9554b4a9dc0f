"""The redaction filter and logging set-up: each secret kind is masked, wherever it is logged."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from a11y_bank import log
from a11y_bank.log import (
    REDACTED,
    JsonLinesFormatter,
    RedactionFilter,
    install_record_redaction,
    redact,
    setup_logging,
    uninstall_record_redaction,
)

TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJsaXdlaSJ9.c2lnbmF0dXJl"


@pytest.fixture
def clean_logging() -> Iterator[None]:
    """Restore the root logger and the record factory after a test that calls setup_logging."""
    root = logging.getLogger()
    handlers, filters, level = list(root.handlers), list(root.filters), root.level
    factory = logging.getLogRecordFactory()
    httpx_level = logging.getLogger("httpx").level
    yield
    uninstall_record_redaction()
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.filters[:] = filters
    root.setLevel(level)
    logging.setLogRecordFactory(factory)
    logging.getLogger("httpx").setLevel(httpx_level)


# --- the rules -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"Authorization: Bearer {TOKEN}", f"Authorization: Bearer {REDACTED}"),
        (f"authorization: bearer {TOKEN}==", f"authorization: bearer {REDACTED}"),
        ("headers={'Authorization': 'Bearer abc.def'}", f"headers={{'Authorization': \"{REDACTED}\"}}"),
    ],
)
def test_bearer_tokens(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "your code is 123456",
        "Code: 123456",
        "OTP=123456",
        "otp 654321 verified",
        "PIN 1234 entered",
        "pin: 98765432",
        "passcode 123456",
        "one-time code 123 456",
        "code 123-456",
    ],
)
def test_codes_after_code_words(text: str) -> None:
    masked = redact(text)
    assert REDACTED in masked
    assert not any(run in masked for run in ("123", "456", "654321", "1234", "98765432"))


def test_numbers_without_code_words_are_kept() -> None:
    assert (
        redact("status 201 in 35 ms, 3 retries, port 54321") == "status 201 in 35 ms, 3 retries, port 54321"
    )
    assert redact("paid 12.50 GBP on 2026-12-31") == "paid 12.50 GBP on 2026-12-31"
    assert redact("sort code 12-34-56") == "sort code 12-34-56"  # a branch, not a secret; 6 digits kept
    assert redact("HTTP status code=401, code=U009") == "HTTP status code=401, code=U009"
    assert redact("code='123456'") == f"code='{REDACTED}'"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("account 12345678", "account ****5678"),
        ("card 6222020200112233440 declined", "card ****3440 declined"),
        ("card 6222 0202 0011 2233 440", "card ****3440"),
        ("UK 12-34-56 12345678", "UK 12-34-56 ****5678"),
        ("IBAN GB82WEST12345698765432", "IBAN GB****5432"),
        ("IBAN GB82 WEST 1234 5698 7654 32.", "IBAN GB****5432."),
        ("accounts/12345678901234/balances", "accounts/****1234/balances"),
    ],
)
def test_long_digit_runs_keep_last_four(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        '{"Data": {"AccessToken": "SECRETVALUE", "ExpiresIn": 300}}',
        '{"RefreshToken":"SECRETVALUE"}',
        '{"Data": {"Username": "liwei", "Password": "SECRETVALUE"}}',
        '{"Data": {"Code": "SECRETVALUE"}}',
        "{'access_token': 'SECRETVALUE'}",
        '{"password": "SECRET\\"VALUE"}',
        "password=SECRETVALUE&username=liwei",
        "TokenGrant(access_token=SECRETVALUE, expires_in=300)",
        "client_secret = 'SECRETVALUE'",
    ],
)
def test_secret_keys(text: str) -> None:
    masked = redact(text)
    assert "SECRETVALUE" not in masked
    assert "VALUE" not in masked
    assert REDACTED in masked


def test_json_numbers_under_secret_keys() -> None:
    assert redact('{"Code": 123456}') == f'{{"Code": "{REDACTED}"}}'


def test_harmless_json_is_kept() -> None:
    body = '{"Data": {"Username": "liwei", "ExpiresIn": 300, "TokenType": "Bearer"}, "ErrorCode": "U009"}'
    assert redact(body) == body


def test_redact_is_idempotent() -> None:
    text = f'Bearer {TOKEN} {{"Password": "x"}} code 123456 account 12345678'
    once = redact(text)
    assert redact(once) == once


# --- the filter on records ----------------------------------------------------------------------


def make_record(msg: str, *args: object, exc: BaseException | None = None) -> logging.LogRecord:
    exc_info = (type(exc), exc, exc.__traceback__) if exc is not None else None
    return logging.LogRecord("a11y_bank.test", logging.INFO, __file__, 1, msg, args or None, exc_info)


def test_filter_redacts_formatted_arguments() -> None:
    record = make_record("sign-in sent %s with code %s", {"Password": "hunter2"}, "123456")
    assert RedactionFilter().filter(record)
    assert "hunter2" not in record.getMessage()
    assert "123456" not in record.getMessage()
    assert record.args is None


def test_filter_redacts_exception_text() -> None:
    try:
        raise RuntimeError(f"server said Bearer {TOKEN}")
    except RuntimeError as exc:
        record = make_record("failed", exc=exc)
    RedactionFilter().filter(record)
    formatted = logging.Formatter("%(message)s").format(record)
    assert "RuntimeError" in formatted
    assert TOKEN not in formatted


def test_filter_redacts_stack_info() -> None:
    record = make_record("here")
    record.stack_info = f'Stack (most recent call last):\n  headers = {{"Authorization": "Bearer {TOKEN}"}}'
    RedactionFilter().filter(record)
    assert record.stack_info is not None
    assert TOKEN not in record.stack_info
    assert TOKEN not in logging.Formatter("%(message)s").format(record)


def test_filter_survives_broken_format_arguments() -> None:
    record = make_record("value %d", "not-a-number 12345678")
    assert RedactionFilter().filter(record)
    assert "12345678" not in record.getMessage()
    assert "unformattable" in record.getMessage()


# --- setup_logging ---------------------------------------------------------------------------------


@pytest.mark.usefixtures("clean_logging")
def test_child_logger_messages_are_redacted_in_root_handlers() -> None:
    """The reason for the handler filter: root-logger filters do not see propagated records."""
    stream = io.StringIO()
    setup_logging(logging.DEBUG, stream=stream)
    logging.getLogger("a11y_bank.api.client").info("GET with Authorization: Bearer %s", TOKEN)
    logging.getLogger("a11y_bank.ui").warning("card %s", "6222020200112233440")
    output = stream.getvalue()
    assert TOKEN not in output
    assert "6222020200112233440" not in output
    assert "Bearer [REDACTED]" in output
    assert "****3440" in output


@pytest.mark.usefixtures("clean_logging")
def test_handlers_added_later_get_redacted_records(caplog: pytest.LogCaptureFixture) -> None:
    setup_logging(logging.INFO, stream=io.StringIO())
    late = io.StringIO()
    late_handler = logging.StreamHandler(late)  # no filter of ours on it
    logging.getLogger().addHandler(late_handler)
    try:
        logging.getLogger("somebody.else").info('body {"AccessToken": "%s"}', TOKEN)
    finally:
        logging.getLogger().removeHandler(late_handler)
    assert TOKEN not in late.getvalue()
    assert TOKEN not in caplog.text
    assert REDACTED in late.getvalue()


@pytest.mark.usefixtures("clean_logging")
def test_file_and_json_output(tmp_path: Path) -> None:
    handlers = setup_logging("INFO", log_dir=tmp_path / "logs", json_lines=True, stream=io.StringIO())
    logging.getLogger("a11y_bank.api").info("verify code 123456 for account 12345678")
    logging.getLogger("a11y_bank.api").debug("not at INFO")
    for handler in handlers:
        handler.flush()
    lines = (tmp_path / "logs" / log.LOG_FILE).read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1
    entry = json.loads(lines[0])
    assert entry["level"] == "INFO"
    assert entry["logger"] == "a11y_bank.api"
    assert entry["message"] == f"verify code {REDACTED} for account ****5678"
    assert entry["time"].endswith("+00:00")


@pytest.mark.usefixtures("clean_logging")
def test_setup_is_idempotent() -> None:
    root = logging.getLogger()
    before = len(root.handlers)
    setup_logging(stream=io.StringIO())
    setup_logging(stream=io.StringIO())
    ours = [h for h in root.handlers if getattr(h, "_a11y_bank_handler", False)]
    assert len(ours) == 1
    assert len(root.handlers) == before + 1
    assert sum(isinstance(f, RedactionFilter) for f in root.filters) == 1
    assert logging.getLogger("httpx").level == logging.WARNING


@pytest.mark.usefixtures("clean_logging")
def test_record_factory_install_is_idempotent() -> None:
    original = logging.getLogRecordFactory()
    install_record_redaction()
    installed = logging.getLogRecordFactory()
    install_record_redaction()
    assert logging.getLogRecordFactory() is installed
    uninstall_record_redaction()
    assert logging.getLogRecordFactory() is original


def test_json_formatter_includes_exceptions() -> None:
    try:
        raise ValueError("bad")
    except ValueError as exc:
        record = make_record("oops", exc=exc)
    entry = json.loads(JsonLinesFormatter().format(record))
    assert entry["message"] == "oops"
    assert "ValueError: bad" in entry["exception"]
