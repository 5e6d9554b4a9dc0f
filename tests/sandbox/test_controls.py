"""Test controls, fault injection, rate limiting and the access log."""

from __future__ import annotations

import json
import logging
import time
import uuid
from decimal import Decimal
from pathlib import Path

import httpx
import pytest

from a11y_bank.sandbox.server import start_in_thread
from tests.sandbox.conftest import AISP, EXT, PISP, BankClient, initiation


def test_controls_are_absent_without_the_flag(template_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "bank.sqlite3"
    db.write_bytes(template_db.read_bytes())
    with start_in_thread(db) as running, httpx.Client(base_url=running.url) as http:
        for method, path in [
            ("POST", "/token"),
            ("GET", "/outbox"),
            ("POST", "/faults"),
            ("DELETE", "/faults"),
            ("POST", "/clock"),
            ("GET", "/ledger/check"),
            ("POST", "/rate-limit"),
        ]:
            assert http.request(method, f"/__sandbox__{path}", json={}).status_code == 404, path
        assert (
            http.post(
                f"{EXT}/auth/sign-in", json={"Data": {"Username": "liwei", "Password": "Demo-1234"}}
            ).status_code
            == 201
        )


def test_dropped_response_after_commit_then_retry_gets_the_same_payment(liwei: BankClient) -> None:
    instr = initiation("42.00")
    consent_id = liwei.authorised_consent(instr)
    before = Decimal(liwei.balance("acc-lw-cur"))
    fault = {"Kind": "drop", "Path": "/domestic-payments$", "Method": "POST", "Count": 1}
    assert liwei.control("POST", "/faults", fault).status_code == 201
    key = str(uuid.uuid4())

    with pytest.raises(httpx.RemoteProtocolError):
        liwei.pay(consent_id, instr, key=key)

    assert Decimal(liwei.balance("acc-lw-cur")) == before - 42  # it was committed
    retry = liwei.pay(consent_id, instr, key=key)
    assert retry.status_code == 201
    assert Decimal(liwei.balance("acc-lw-cur")) == before - 42  # and not paid twice
    assert retry.json()["Data"]["ConsentId"] == consent_id


def test_error_and_429_faults_are_counted(liwei: BankClient) -> None:
    liwei.control(
        "POST", "/faults", {"Kind": "error", "Path": "/accounts$", "Method": "GET", "Count": 1, "Status": 500}
    )
    liwei.control("POST", "/faults", {"Kind": "ratelimit", "Path": "/accounts$", "Count": 1, "RetryAfter": 7})
    first, second, third = (liwei.get(f"{AISP}/accounts") for _ in range(3))
    assert first.status_code == 500
    assert first.json()["Errors"][0]["ErrorCode"] == "U000"
    assert second.status_code == 429
    assert second.headers["retry-after"] == "7"
    assert third.status_code == 200


def test_delay_fault_and_clearing(liwei: BankClient) -> None:
    liwei.control("POST", "/faults", {"Kind": "delay", "Path": "/billers$", "Count": 2, "Seconds": 0.4})
    started = time.monotonic()
    assert liwei.get(f"{EXT}/billers").status_code == 200
    assert time.monotonic() - started >= 0.4
    assert liwei.control("DELETE", "/faults").status_code == 204
    started = time.monotonic()
    liwei.get(f"{EXT}/billers")
    assert time.monotonic() - started < 0.4
    bad = liwei.control("POST", "/faults", {"Kind": "explode"})
    assert bad.status_code == 400


def test_rate_limit_per_token_with_retry_after(liwei: BankClient) -> None:
    assert liwei.control("POST", "/rate-limit", {"RequestsPerSecond": 0.5, "Burst": 3}).status_code == 204
    statuses = [liwei.get(f"{EXT}/billers").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    limited = liwei.get(f"{EXT}/billers")
    assert int(limited.headers["retry-after"]) >= 1
    other = BankClient(liwei.running)
    try:
        other.sign_in("alice")
        assert other.get(f"{EXT}/billers").status_code == 200  # a different token has its own bucket
    finally:
        other.close()


def test_interaction_id_is_echoed_and_payments_are_signed(liwei: BankClient) -> None:
    headers = liwei.headers()
    response = liwei.http.get(f"{AISP}/accounts", headers=headers)
    assert response.headers["x-fapi-interaction-id"] == headers["x-fapi-interaction-id"]
    consent = liwei.payment_consent(initiation())
    header, payload, signature = consent.headers["x-jws-signature"].split(".")
    assert header
    assert payload == ""
    assert signature
    assert PISP


def test_access_log_is_one_json_line_per_request_without_secrets(
    liwei: BankClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="a11y_bank.sandbox.access")
    instr = initiation("9.99")
    consent_id = liwei.authorised_consent(instr)
    liwei.pay(consent_id, instr)
    code = liwei.running.sandbox.db.one("SELECT code FROM outbox ORDER BY id DESC")["code"]  # type: ignore[index]
    lines = [r.getMessage() for r in caplog.records if r.name == "a11y_bank.sandbox.access"]
    assert len(lines) >= 4
    for line in lines:
        entry = json.loads(line)
        assert set(entry) == {"method", "path", "status", "ms", "interaction_id"}
    text = "\n".join(lines)
    assert liwei.token is not None
    assert liwei.token not in text
    assert code not in text
    assert "6222020200112345678" not in text
    assert "6217000010023456789" not in text


def test_ledger_check_reports_a_broken_ledger(liwei: BankClient) -> None:
    assert liwei.ledger_ok()["Balanced"] is True
    with liwei.running.sandbox.db.transaction() as conn:
        conn.execute("UPDATE accounts SET balance_minor = balance_minor + 1 WHERE id = 'acc-lw-sav'")
    report = liwei.ledger_ok()
    assert report["Balanced"] is False
    assert report["MismatchedAccounts"] == ["acc-lw-sav"]


def test_clock_control(client: BankClient) -> None:
    assert (
        client.control("POST", "/clock", {"Set": "2030-05-01T09:30:00Z"})
        .json()["Data"]["Now"]
        .startswith("2030-05-01T09:30")
    )
    moved = client.control("POST", "/clock", {"AdvanceSeconds": 90}).json()["Data"]["Now"]
    assert moved.startswith("2030-05-01T09:31")
    assert client.control("POST", "/clock", {"Set": "not a date"}).status_code == 400
    frozen = client.control("POST", "/clock", {"Frozen": True}).json()["Data"]
    assert frozen["Frozen"] is True
    time.sleep(1.1)
    assert client.control("GET", "/clock").json()["Data"]["Now"] == frozen["Now"]
    moved = client.control("POST", "/clock", {"AdvanceSeconds": 60}).json()["Data"]["Now"]
    assert moved > frozen["Now"]
    assert client.control("POST", "/clock", {"Frozen": False}).json()["Data"]["Frozen"] is False
