"""Sandbox throughput: payments per second with N concurrent clients, against a trivial GET baseline.

    python benchmarks/sandbox_throughput.py [--clients 16] [--processes 4] [--payments 40] [--gets 150]
                                            [--repeats 3]

The sandbox runs in its own process (as the app's users would meet it), on 127.0.0.1 with test controls.
A "payment" is the whole journey: consent, SCA challenge, reading the code from the outbox, verify,
payment (five requests). The baseline is ``GET /__sandbox__/clock`` (no auth, no database), measured
the same way in the same run. Each figure is the median of the repeats. Prints a table, then one JSON line:
payments/s, their ratio to the baseline's GETs/s, the server process's CPU time per payment and per GET
(from /proc: it moves far less with the machine's load than the rates do, so before/after comparisons
should look at it first) and the load average before and after the run.

The clients are kept light so that they measure the server, not themselves: each is a thread with
its own keep-alive ``http.client`` connection, and the threads are spread over ``--processes``
processes (16 httpx clients in one process saturated that process's GIL at ~1 100 requests/s and
left the server idle three quarters of the time, measured with py-spy). They share the 2 cores
with the server, as terminals on the same machine would.
"""

from __future__ import annotations

import argparse
import http.client
import json
import multiprocessing
import os
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
from urllib.parse import urlencode, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from a11y_bank.sandbox.state import open_sandbox

JWS = "eyJhbGciOiJIUzI1NiJ9..YmVuY2g"
PISP = "/open-banking/v4.0/pisp"
EXT = "/a11y-ext/v1"


JsonBody = dict[str, Any]


class Http:
    """One keep-alive connection; JSON in, (status, JSON) out."""

    def __init__(self, url: str) -> None:
        parts = urlsplit(url)
        self._conn = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port, timeout=60)

    def call(
        self,
        method: str,
        path: str,
        body: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> tuple[int, Any]:
        sent = dict(headers or {})
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            sent["Content-Type"] = "application/json"
        self._conn.request(method, path, body=data, headers=sent)
        response = self._conn.getresponse()
        raw = response.read()
        return response.status, json.loads(raw) if raw else None

    def ok(self, method: str, path: str, body: dict[str, Any] | None = None, **headers: str) -> Any:
        status, parsed = self.call(method, path, body, headers)
        if status >= 300:
            raise RuntimeError(f"{method} {path}: {status} {parsed}")
        return parsed

    def close(self) -> None:
        self._conn.close()


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


def _pay(http: Http, token: str) -> None:
    def headers(**extra: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {token}", "x-idempotency-key": str(uuid.uuid4()), **extra}

    initiation = _initiation(uuid.uuid4().hex[:12])
    consent = http.ok(
        "POST",
        f"{PISP}/domestic-payment-consents",
        {"Data": {"Initiation": initiation}, "Risk": {}},
        **headers(**{"x-jws-signature": JWS}),
    )
    consent_id = consent["Data"]["ConsentId"]
    challenge = http.ok(
        "POST", f"{EXT}/sca/challenges", {"Data": {"ConsentId": consent_id, "Channel": "SMS"}}, **headers()
    )
    challenge_id = challenge["Data"]["ChallengeId"]
    outbox = http.ok("GET", "/__sandbox__/outbox?" + urlencode({"ChallengeId": challenge_id}))
    code = outbox["Data"]["Message"][0]["Code"]
    http.ok("POST", f"{EXT}/sca/challenges/{challenge_id}/verify", {"Data": {"Code": code}}, **headers())
    status, paid = http.call(
        "POST",
        f"{PISP}/domestic-payments",
        {"Data": {"ConsentId": consent_id, "Initiation": initiation}, "Risk": {}},
        headers(**{"x-jws-signature": JWS}),
    )
    if status != 201:
        raise RuntimeError(f"payment: {status} {paid}")


def _get(http: Http, _token: str) -> None:
    http.ok("GET", "/__sandbox__/clock")


Work = Callable[[Http, str], None]
WORK: dict[str, Work] = {"pay": _pay, "get": _get}


def _client_process(job: tuple[str, str, int, list[str]], start: Any, results: Any) -> None:
    """One load process: a thread per token, released together with the other processes."""
    url, work, per_client, tokens = job
    connections = [Http(url) for _ in tokens]
    errors: list[BaseException] = []

    def client(http: Http, token: str) -> None:
        try:
            for _ in range(per_client):
                WORK[work](http, token)
        except BaseException as exc:  # reported to the parent after the run
            errors.append(exc)

    threads = [threading.Thread(target=client, args=pair) for pair in zip(connections, tokens, strict=True)]
    start.wait()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for connection in connections:
        connection.close()
    results.put((len(tokens) * per_client, time.monotonic(), repr(errors[0]) if errors else None))


def _server_cpu_s(pid: int) -> float | None:
    """User + system CPU seconds of process ``pid`` so far (Linux /proc; None elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Measured:
    """Operations per second and the server's CPU milliseconds per operation, one entry per repeat."""

    def __init__(self) -> None:
        self.rates: list[float] = []
        self.cpu_ms: list[float] = []

    def run(
        self, server_pid: int, url: str, *, processes: int, per_client: int, work: str, tokens: list[str]
    ) -> None:
        cpu_before = _server_cpu_s(server_pid)
        self.rates.append(_run(url, processes, per_client, work, tokens))
        cpu_after = _server_cpu_s(server_pid)
        if cpu_before is not None and cpu_after is not None:
            self.cpu_ms.append((cpu_after - cpu_before) * 1000 / (per_client * len(tokens)))

    def rate(self) -> float:
        return round(statistics.median(self.rates), 1)

    def cpu(self) -> float | None:
        return round(statistics.median(self.cpu_ms), 3) if self.cpu_ms else None


def _load() -> list[float]:
    return [round(value, 2) for value in os.getloadavg()]


def _run(url: str, processes: int, per_client: int, work: str, tokens: list[str]) -> float:
    """Operations per second with one client thread per token, spread over ``processes`` processes."""
    mp = multiprocessing.get_context("fork")
    groups = [tokens[i::processes] for i in range(processes) if tokens[i::processes]]
    start = mp.Barrier(len(groups) + 1)
    results = mp.Queue()
    children = [
        mp.Process(target=_client_process, args=((url, work, per_client, group), start, results))
        for group in groups
    ]
    for child in children:
        child.start()
    start.wait()
    started = time.monotonic()  # CLOCK_MONOTONIC is system-wide: comparable with the children's
    done: list[tuple[int, float, str | None]] = [results.get(timeout=600) for _ in children]
    for child in children:
        child.join()
    failed = [error for _, _, error in done if error]
    if failed:
        raise RuntimeError(f"{work} failed: {failed[0]}")
    return sum(ops for ops, _, _ in done) / (max(end for _, end, _ in done) - started)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument(
        "--processes", type=int, default=4, help="processes the client threads are spread over"
    )
    parser.add_argument("--payments", type=int, default=40, help="payments per client per repeat")
    parser.add_argument("--gets", type=int, default=150, help="baseline GETs per client per repeat")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)

    load_before = _load()
    with tempfile.TemporaryDirectory() as work:
        db = Path(work) / "bank.sqlite3"
        _prepare_db(db)
        process, url = _start(db)
        try:
            control = Http(url)
            control.ok("POST", "/__sandbox__/rate-limit", {"RequestsPerSecond": 1e6, "Burst": 1_000_000})
            tokens = [
                control.ok("POST", "/__sandbox__/token", {"Username": "liwei"})["Data"]["AccessToken"]
                for _ in range(args.clients)
            ]
            gets, payments = Measured(), Measured()
            for _ in range(args.repeats):  # alternating, so the machine's load drifts over both alike
                gets.run(
                    process.pid,
                    url,
                    processes=args.processes,
                    per_client=args.gets,
                    work="get",
                    tokens=tokens,
                )
                payments.run(
                    process.pid,
                    url,
                    processes=args.processes,
                    per_client=args.payments,
                    work="pay",
                    tokens=tokens,
                )
            control.close()
            control = Http(url)  # the server closes a keep-alive connection idle for 5 s
            ledger = control.ok("GET", "/__sandbox__/ledger/check")["Data"]
            control.close()
        finally:
            process.terminate()
            process.wait(timeout=10)

    result = {
        "clients": args.clients,
        "client_processes": args.processes,
        "repeats": args.repeats,
        "baseline_get_per_s": gets.rate(),
        "payments_per_s": payments.rate(),
        "payment_requests_per_s": round(payments.rate() * 5, 1),
        "ratio_payment_to_get": round(payments.rate() / gets.rate(), 4),
        "server_cpu_ms_per_payment": payments.cpu(),
        "server_cpu_ms_per_get": gets.cpu(),
        "load_average_before": load_before,
        "load_average_after": _load(),
        "ledger_balanced": ledger["Balanced"],
    }
    print(f"{'measure (median of ' + str(args.repeats) + ')':<34}{'per second':>12}{'server CPU ms':>15}")
    print(f"{'trivial GET (baseline)':<34}{result['baseline_get_per_s']:>12}{gets.cpu() or '-':>15}")
    print(f"{'payments (5 requests each)':<34}{result['payments_per_s']:>12}{payments.cpu() or '-':>15}")
    print(f"{'  = requests within payments':<34}{result['payment_requests_per_s']:>12}")
    print(f"payments/s : GET/s = {result['ratio_payment_to_get']}")
    print(f"load average (1, 5, 15 min) before {load_before}, after {result['load_average_after']}")
    print(f"ledger balanced after the run: {ledger['Balanced']}")
    print(json.dumps(result))
    return 0 if ledger["Balanced"] else 1


if __name__ == "__main__":
    sys.exit(main())
