"""Logging set-up with redaction: no token, password, one-time code or full account number is written.

Why three hooks and not one filter: a filter attached to the root *logger* only sees records
logged on the root logger itself; records from `logging.getLogger("a11y_bank.api")` propagate to
the root's *handlers* without passing the root logger's filters. So `setup_logging` puts
`RedactionFilter` on the root logger and on every handler it installs, and also wraps the log
record factory so that handlers added later by anyone (a test's caplog, a debugger) get
already-redacted records.

What is masked (see `redact`):
* `Bearer <token>` -> `Bearer [REDACTED]`;
* JSON / dict / key=value secrets (AccessToken, RefreshToken, Password, Code, Authorization, ...);
* 4-8 digit codes after the words code, OTP, PIN, passcode -> `[REDACTED]`;
* IBANs -> country + `****` + last 4;
* digit runs of 8 or more (account and card numbers, also grouped in fours) -> `****` + last 4.
  This also masks long timestamps or amounts written as bare digit runs; the log loses a little
  detail, which is the right way round.
"""

from __future__ import annotations

import json
import logging
import logging.handlers
import re
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

__all__ = [
    "LOG_FILE",
    "REDACTED",
    "JsonLinesFormatter",
    "RedactionFilter",
    "install_record_redaction",
    "redact",
    "setup_logging",
]

REDACTED = "[REDACTED]"
LOG_FILE = "a11y_bank.log"

_MASKED_FIELD_NAMES = (
    r"access_?token|refresh_?token|id_?token|token|password|passwd|pin|otp|code|"
    r"authorization|client_?secret|secret"
)
# "AccessToken": "abc" / 'password': 'x' / "Code": 123456  (JSON bodies and Python reprs)
_QUOTED_KEY_VALUE = re.compile(
    rf"""(?P<key>(?P<q>["'])(?:{_MASKED_FIELD_NAMES})(?P=q)\s*:\s*)(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\d+)""",
    re.IGNORECASE,
)
# password=abc, access_token=abc (query strings, form bodies, dataclass reprs without repr=False).
# Not "code": "status code=401" is useful, and code=123456 is caught by the code-word rule below.
_ASSIGNED_FIELD_NAMES = r"access_?token|refresh_?token|id_?token|token|password|passwd|client_?secret|secret"
_KEY_EQUALS_VALUE = re.compile(
    rf"(?P<key>\b(?:{_ASSIGNED_FIELD_NAMES})\s*=\s*)(?!{re.escape(REDACTED)})(?:'[^']*'|\"[^\"]*\"|[^\s&,;)]+)",
    re.IGNORECASE,
)
_BEARER = re.compile(r"(?P<key>\bbearer\s+)(?!\[REDACTED\])[A-Za-z0-9\-._~+/]+=*", re.IGNORECASE)
# "code 123456", "OTP: 123456", "your PIN is 1234", "one-time code 123 456"
_CODE_AFTER_WORD = re.compile(
    r"(?P<key>\b(?:code|otp|pin|passcode)\b[^\w\n]{0,3}(?:is\s+|was\s+)?)(?:\d{3}[ -]?\d{3}|\d{4,8})\b",
    re.IGNORECASE,
)
# IBANs, compact or grouped in fours: "GB82WEST12345698765432", "GB82 WEST 1234 5698 7654 32".
_IBAN = re.compile(r"\b(?P<country>[A-Z]{2})\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")
# 8+ digits in a row, or digits grouped by single spaces into 12+ digits (card numbers "6222 0202 …").
_LONG_DIGITS = re.compile(r"(?<![\w.])(?:\d{4}(?: \d{3,4}){2,}|\d{8,})(?![\w])")


def _last_four(text: str) -> str:
    return text.replace(" ", "")[-4:]


def _mask_digits(match: re.Match[str]) -> str:
    return "****" + _last_four(match.group(0))


def _mask_iban(match: re.Match[str]) -> str:
    return f"{match['country']}****{_last_four(match.group(0))}"


def redact(text: str) -> str:
    """`text` with secrets masked (see the module docstring for the rules)."""
    text = _QUOTED_KEY_VALUE.sub(lambda m: f'{m["key"]}"{REDACTED}"', text)
    text = _BEARER.sub(lambda m: m["key"] + REDACTED, text)
    text = _KEY_EQUALS_VALUE.sub(lambda m: m["key"] + REDACTED, text)
    text = _CODE_AFTER_WORD.sub(lambda m: m["key"] + REDACTED, text)
    text = _IBAN.sub(_mask_iban, text)
    return _LONG_DIGITS.sub(_mask_digits, text)


def _redact_record(record: logging.LogRecord) -> None:
    """Format the message now, redacted, and drop the args so nothing re-formats the originals."""
    if getattr(record, "_a11y_redacted", False):
        return
    try:
        message = record.getMessage()
    except Exception:  # a broken format string must not hide the log line, nor leak its args
        message = f"{record.msg!s} [unformattable arguments removed]"
    record.msg = redact(message)
    record.args = None
    if record.exc_info and not record.exc_text:
        record.exc_text = logging.Formatter().formatException(record.exc_info)
    if record.exc_text:
        record.exc_text = redact(record.exc_text)
    if record.stack_info:
        record.stack_info = redact(record.stack_info)
    record._a11y_redacted = True


class RedactionFilter(logging.Filter):
    """Redacts each record in place (message, arguments, exception and stack text); never drops one."""

    def filter(self, record: logging.LogRecord) -> bool:
        _redact_record(record)
        return True


_original_factory: Callable[..., logging.LogRecord] | None = None


def install_record_redaction() -> None:
    """Redact every record when it is created, whoever handles it later. Idempotent."""
    global _original_factory  # noqa: PLW0603 - the record factory is process-global by design
    if _original_factory is not None:
        return
    previous = logging.getLogRecordFactory()
    _original_factory = previous

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        _redact_record(record)
        return record

    logging.setLogRecordFactory(factory)


def uninstall_record_redaction() -> None:
    """Undo `install_record_redaction` (tests)."""
    global _original_factory  # noqa: PLW0603
    if _original_factory is not None:
        logging.setLogRecordFactory(_original_factory)
        _original_factory = None


class JsonLinesFormatter(logging.Formatter):
    """One JSON object per line: time (UTC ISO), level, logger, message, and exception text if any."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, str] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            entry["exception"] = record.exc_text
        return json.dumps(entry, ensure_ascii=False)


_HANDLER_MARK = "_a11y_bank_handler"
_TEXT_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


def setup_logging(
    level: int | str = logging.INFO,
    *,
    log_dir: Path | None = None,
    json_lines: bool = False,
    stream: TextIO | None = None,
) -> list[logging.Handler]:
    """Configure the root logger: stderr (or `stream`), optionally a rotating file in `log_dir`.

    Every handler gets the redaction filter, the root logger gets it too, and records are redacted
    at creation. Calling again replaces the handlers this function installed before (not others).
    Returns the installed handlers.
    """
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, _HANDLER_MARK, False):
            root.removeHandler(handler)
            handler.close()
    handlers: list[logging.Handler] = [logging.StreamHandler(stream if stream is not None else sys.stderr)]
    if log_dir is not None:
        log_dir.mkdir(parents=True, exist_ok=True)
        handlers.append(
            logging.handlers.RotatingFileHandler(
                log_dir / LOG_FILE, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
            )
        )
    formatter = JsonLinesFormatter() if json_lines else logging.Formatter(_TEXT_FORMAT)
    for handler in handlers:
        handler.setFormatter(formatter)
        handler.addFilter(RedactionFilter())
        setattr(handler, _HANDLER_MARK, True)
        root.addHandler(handler)
    if not any(isinstance(f, RedactionFilter) for f in root.filters):
        root.addFilter(RedactionFilter())
    root.setLevel(level)
    install_record_redaction()
    # httpx logs every request URL at INFO; keep it at WARNING so query strings stay out of logs.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    return handlers
