"""The demo bank under load: many terminals sharing one sandbox.

    python -m benchmarks.perf.load [--clients 16] [--repeats 3] [--trials 20]

Three parts, each against a reference measured in the same run:
- payments per second with N concurrent clients: benchmarks/sandbox_throughput.py is run as it is
  (its reference is a trivial GET on the same server); goal >= 300 payments/s on 2 cores.
- account-query latency: N threads, each a signed-in `Bank` (the app's facade, as a terminal uses
  it) reading accounts and balances; p50/p99 against a plain GET of `/__sandbox__/clock` (no auth, no
  database) from N threads on the same server, rounds interleaved.
- exactly-once under faults: benchmarks/exactly_once.py at a small size (0 duplicates, 0 lost).
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
from collections.abc import Callable
from pathlib import Path

import httpx

from benchmarks.perf.common import ROOT, JsonDict, SandboxProcess, emit, last_json_line, median, ratio

USER, PASSWORD = "liwei", "Demo-1234"
GOAL_PAYMENTS_PER_S = 300.0


def throughput(clients: int, repeats: int) -> JsonDict:
    out = _script("sandbox_throughput.py", "--clients", str(clients), "--repeats", str(repeats))
    return {
        **out,
        "ratio_payment_to_get": ratio(out["payments_per_s"], out["baseline_get_per_s"]),
        "goal_payments_per_s": GOAL_PAYMENTS_PER_S,
        "met": out["payments_per_s"] >= GOAL_PAYMENTS_PER_S and out["ledger_balanced"],
    }


def exactly_once(trials: int) -> JsonDict:
    out = _script("exactly_once.py", "--trials", str(trials), "--seed", "9", check=False)
    keys = ("trials", "duplicates", "lost", "wrong_amounts", "seconds")
    return {key: out.get(key) for key in keys}


def _script(name: str, *args: str, check: bool = True) -> JsonDict:
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / name), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=1800,
        check=False,
    )
    if check and done.returncode != 0:
        raise RuntimeError(f"{name} failed: {done.stderr[-1500:]}")
    text = done.stdout
    block = text.rfind("\n{\n")  # exactly_once.py prints its JSON indented, last
    if block >= 0:
        return dict(json.loads(text[block + 1 :]))
    return last_json_line(text)


def _latencies(clients: int, per_client: int, make_op: Callable[[int], Callable[[], object]]) -> list[float]:
    """Seconds per call, `clients` threads each making `per_client` calls at once."""
    ops = [make_op(i) for i in range(clients)]
    barrier = threading.Barrier(clients)
    times: list[float] = []
    lock = threading.Lock()
    errors: list[BaseException] = []

    def worker(op: Callable[[], object]) -> None:
        mine: list[float] = []
        barrier.wait()
        try:
            for _ in range(per_client):
                started = time.perf_counter()
                op()
                mine.append(time.perf_counter() - started)
        except BaseException as exc:  # reported after the run
            errors.append(exc)
        with lock:
            times.extend(mine)

    threads = [threading.Thread(target=worker, args=(op,)) for op in ops]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return times


def _percentile(values: list[float], q: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1]


def latency(clients: int, repeats: int, per_client: int = 40) -> JsonDict:
    from a11y_bank.cli import make_bank

    with (
        tempfile.TemporaryDirectory(prefix="bench-load-") as work,
        SandboxProcess(Path(work) / "bank.sqlite3") as bank_server,
    ):
        with httpx.Client(base_url=bank_server.url) as http:
            http.post("/__sandbox__/rate-limit", json={"RequestsPerSecond": 1e6, "Burst": 1_000_000})
        banks = [make_bank(bank_server.url, Path(work) / f"terminal-{i}") for i in range(clients)]
        for bank in banks:
            bank.sign_in(USER, PASSWORD)
        account_ids = [a.account_id for a in banks[0].accounts()]
        gets = [httpx.Client(base_url=bank_server.url) for _ in range(clients)]

        def query(i: int) -> Callable[[], object]:
            calls = iter(range(10**9))
            return lambda: banks[i].balances(account_ids[next(calls) % len(account_ids)])

        def clock(i: int) -> Callable[[], object]:
            return lambda: gets[i].get("/__sandbox__/clock").raise_for_status()

        _latencies(clients, 5, clock)  # connections and consents set up: not measured
        _latencies(clients, 5, query)
        queries: list[float] = []
        reference: list[float] = []
        for _ in range(repeats):
            reference += _latencies(clients, per_client, clock)
            queries += _latencies(clients, per_client, query)
        for bank in banks:
            bank.close()
        for client in gets:
            client.close()
    p50, p99 = _percentile(queries, 50) * 1000, _percentile(queries, 99) * 1000
    r50, r99 = _percentile(reference, 50) * 1000, _percentile(reference, 99) * 1000
    return {
        "clients": clients,
        "calls": len(queries),
        "query_p50_ms": round(p50, 1),
        "query_p99_ms": round(p99, 1),
        "reference_p50_ms": round(r50, 1),
        "reference_p99_ms": round(r99, 1),
        "p50_ratio": ratio(p50, r50),
        "p99_ratio": ratio(p99, r99),
        "median_query_ms": round(median(queries) * 1000, 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--trials", type=int, default=20, help="exactly-once campaign size (0: skip)")
    args = parser.parse_args(argv)
    result: JsonDict = {"name": "load", "throughput": throughput(args.clients, args.repeats)}
    result["latency"] = latency(args.clients, args.repeats)
    if args.trials > 0:
        result["exactly_once"] = exactly_once(args.trials)
    emit(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
