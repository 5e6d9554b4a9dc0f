"""The deliberate drop fault is one JSON line in the log, not a traceback; real server errors stay loud."""

from __future__ import annotations

import json
import logging
import sys
import uuid
from collections.abc import Iterator

import httpx
import pytest

from a11y_bank.sandbox.controls import QuietDropFilter, ResponseDropped, install_quiet_drop
from tests.sandbox.conftest import BankClient, initiation


class Recorder(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture
def server_log() -> Iterator[Recorder]:
    """What the server's error logger hands its handlers (uvicorn.error does not reach the root logger)."""
    recorder = Recorder()
    logger = logging.getLogger("uvicorn.error")
    logger.addHandler(recorder)
    try:
        yield recorder
    finally:
        logger.removeHandler(recorder)


def test_a_dropped_response_logs_one_json_line_and_no_traceback(
    liwei: BankClient, server_log: Recorder, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="a11y_bank.sandbox")
    instr = initiation("12.00")
    consent_id = liwei.authorised_consent(instr)
    fault = {"Kind": "drop", "Path": "/domestic-payments$", "Method": "POST", "Count": 1}
    assert liwei.control("POST", "/faults", fault).status_code == 201
    with pytest.raises(httpx.RemoteProtocolError):
        liwei.pay(consent_id, instr, key=str(uuid.uuid4()))

    assert [r for r in server_log.records if r.levelno >= logging.ERROR] == []
    assert [r for r in caplog.records if r.levelno >= logging.ERROR] == []
    (line,) = [r.getMessage() for r in caplog.records if r.name == "a11y_bank.sandbox.faults"]
    assert json.loads(line) == {
        "fault": "drop",
        "method": "POST",
        "path": "/open-banking/v4.0/pisp/domestic-payments",
        "status": 201,
    }


def record_of(error: BaseException) -> logging.LogRecord:
    try:
        raise error
    except BaseException:
        exc_info = sys.exc_info()
    return logging.LogRecord(
        "uvicorn.error", logging.ERROR, __file__, 1, "Exception in ASGI application", (), exc_info
    )


def test_only_the_deliberate_drop_is_kept_quiet() -> None:
    quiet = QuietDropFilter()
    assert not quiet.filter(record_of(ResponseDropped("drop")))
    assert quiet.filter(record_of(ConnectionAbortedError("a real abort")))
    assert quiet.filter(record_of(RuntimeError("a real bug")))
    assert quiet.filter(
        logging.LogRecord("uvicorn.error", logging.ERROR, __file__, 1, "no exception", (), None)
    )


def test_installing_twice_adds_one_filter() -> None:
    logger = logging.getLogger("a11y_bank.test.quiet_drop")
    install_quiet_drop(logger.name)
    install_quiet_drop(logger.name)
    assert sum(isinstance(f, QuietDropFilter) for f in logger.filters) == 1
