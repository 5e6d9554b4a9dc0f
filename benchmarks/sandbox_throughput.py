"""Sandbox throughput: payments per second with N concurrent clients, against a trivial GET baseline.

    python benchmarks/sandbox_throughput.py [--clients 16] [--payments 15] [--gets 150] [--repeats 3]

The sandbox runs in its own process (as the app's users would meet it), on 127.0.0.1 with test controls.
Each client is a thread with its own httpx.Client. A "payment" is the whole journey: consent, SCA
challenge, reading the code from the outbox, verify, payment (five requests). The baseline is
``GET /__sandbox__/clock`` (no auth, no database), measured the same way in the same run. Each figure is the
median of the repeats. Prints a table, then one JSON line.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from a11y_bank.sandbox.state import open_sandbox

JWS = "eyJhbGciOiJIUzI1NiJ9..YmVuY2g"
PISP = "/open-banking/v4.0/pisp"
EXT = "/a11y-ext/v1"


def _prepare_db(path: Path) -> None:
    sandbox = open_sandbox(path)  # generates the demo data
    with sandbox.db.transaction() as conn:  # the benchmark measures throughput, not the daily limit
        conn.execute("UPDATE customers SET daily_limit_minor = 100000000000")
    sandbox.db.close()


def _start(db: Path) -> tuple[subprocess.Popen[str], str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "a11y_bank.sandbox", "--port", "0", "--db", str(db), "--test-controls"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    line = process.stdout.readline().strip()
    return process, line.rsplit(" ", 1)[-1]


def _initiation(n: str) -> dict[str, Any]:
    return {
        "InstructionIdentification": n,
        "EndToEndIdentification": n,
        "InstructedAmount": {"Amount": "1.00", "Currency": "CNY"},
        "DebtorAccount": {"SchemeName": "UK.OBIE.BBAN", "Identification": "6222020200112345678"},
        "CreditorAccount": {
            "SchemeName": "UK.OBIE.BBAN",
            "Identification": "6217000010023456789",
            "Name": "Alice Chen",
        },
    }


def _pay(http: httpx.Client, token: str) -> None:
    def headers(**extra: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {token}", "x-idempotency-key": str(uuid.uuid4()), **extra}

    initiation = _initiation(uuid.uuid4().hex[:12])
    consent = http.post(
        f"{PISP}/domestic-payment-consents",
        json={"Data": {"Initiation": initiation}, "Risk": {}},
        headers=headers(**{"x-jws-signature": JWS}),
    )
    consent_id = consent.json()["Data"]["ConsentId"]
    challenge = http.post(
        f"{EXT}/sca/challenges", json={"Data": {"ConsentId": consent_id, "Channel": "SMS"}}, headers=headers()
    )
    challenge_id = challenge.json()["Data"]["ChallengeId"]
    code = http.get("/__sandbox__/outbox", params={"ChallengeId": challenge_id}).json()["Data"]["Message"][0][
        "Code"
    ]
    verified = http.post(
        f"{EXT}/sca/challenges/{challenge_id}/verify", json={"Data": {"Code": code}}, headers=headers()
    )
    assert verified.status_code == 200, verified.text
    paid = http.post(
        f"{PISP}/domestic-payments",
        json={"Data": {"ConsentId": consent_id, "Initiation": initiation}, "Risk": {}},
        headers=headers(**{"x-jws-signature": JWS}),
    )
    assert paid.status_code == 201, paid.text


def _run(
    url: str, clients: int, per_client: int, work: Callable[[httpx.Client, str], None], tokens: list[str]
) -> float:
    """Operations per second with ``clients`` threads each doing ``per_client`` operations."""
    barrier = threading.Barrier(clients + 1)
    errors: list[BaseException] = []

    def worker(token: str) -> None:
        with httpx.Client(base_url=url, timeout=60) as http:
            barrier.wait()
            try:
                for _ in range(per_client):
                    work(http, token)
            except BaseException as exc:  # reported after the run
                errors.append(exc)

    threads = [threading.Thread(target=worker, args=(tokens[i],)) for i in range(clients)]
    for thread in threads:
        thread.start()
    barrier.wait()
    started = time.perf_counter()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    if errors:
        raise errors[0]
    return clients * per_client / elapsed


def _get(http: httpx.Client, _token: str) -> None:
    http.get("/__sandbox__/clock").raise_for_status()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--payments", type=int, default=15, help="payments per client per repeat")
    parser.add_argument("--gets", type=int, default=150, help="baseline GETs per client per repeat")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as work:
        db = Path(work) / "bank.sqlite3"
        _prepare_db(db)
        process, url = _start(db)
        try:
            with httpx.Client(base_url=url) as http:
                http.post("/__sandbox__/rate-limit", json={"RequestsPerSecond": 1e6, "Burst": 1_000_000})
                tokens = [
                    http.post("/__sandbox__/token", json={"Username": "liwei"}).json()["Data"]["AccessToken"]
                    for _ in range(args.clients)
                ]
            gets, payments = [], []
            for _ in range(args.repeats):
                gets.append(_run(url, args.clients, args.gets, _get, tokens))
                payments.append(_run(url, args.clients, args.payments, _pay, tokens))
            with httpx.Client(base_url=url) as http:
                ledger = http.get("/__sandbox__/ledger/check").json()["Data"]
        finally:
            process.terminate()
            process.wait(timeout=10)

    result = {
        "clients": args.clients,
        "repeats": args.repeats,
        "baseline_get_per_s": round(statistics.median(gets), 1),
        "payments_per_s": round(statistics.median(payments), 1),
        "payment_requests_per_s": round(statistics.median(payments) * 5, 1),
        "ledger_balanced": ledger["Balanced"],
    }
    print(f"{'measure (median of ' + str(args.repeats) + ')':<34}{'per second':>12}")
    print(f"{'trivial GET (baseline)':<34}{result['baseline_get_per_s']:>12}")
    print(f"{'payments (5 requests each)':<34}{result['payments_per_s']:>12}")
    print(f"{'  = requests within payments':<34}{result['payment_requests_per_s']:>12}")
    print(f"ledger balanced after the run: {ledger['Balanced']}")
    print(json.dumps(result))
    return 0 if ledger["Balanced"] else 1


if __name__ == "__main__":
    sys.exit(main())
