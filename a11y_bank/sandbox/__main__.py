"""``a11y-bank-sandbox --host 127.0.0.1 --port N --db PATH [--test-controls]``."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from a11y_bank.sandbox.server import LOOPBACK, bind, make_server
from a11y_bank.sandbox.state import open_sandbox


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="a11y-bank-sandbox", description="The a11y_bank demo bank.")
    parser.add_argument("--host", default=LOOPBACK, help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=0, help="port; 0 picks a free one (default)")
    parser.add_argument("--db", type=Path, required=True, help="SQLite file; created with demo data if new")
    parser.add_argument("--test-controls", action="store_true", help="enable the /__sandbox__ test controls")
    return parser.parse_args(argv)


LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1"}


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.host not in LOOPBACK_HOSTS:
        # A demo bank with known passwords (and, with --test-controls, password-free tokens) must never be
        # reachable from another machine.
        sys.stderr.write(f"a11y-bank-sandbox: refusing to listen on {args.host}; use 127.0.0.1\n")
        return 2
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    # The format is the message alone, so records need not look up the process, thread and asyncio task
    # (a getpid call, a task lookup and a stack walk per access-log line: ~3 % of the server's time).
    logging.logProcesses = logging.logThreads = logging.logMultiprocessing = False
    logging._srcfile = None  # nor the calling frame (the Logging HOWTO's "Optimization" section)
    logging.logAsyncioTasks = False  # type: ignore[attr-defined]  # Python 3.12, not in typeshed yet
    sandbox = open_sandbox(args.db, test_controls=args.test_controls)
    sock = bind(args.host, args.port)
    host, port = sock.getsockname()[:2]
    host = f"[{host}]" if ":" in host else host
    # One line on stdout, so a parent process can read the URL (the JSON access log goes to stderr).
    sys.stdout.write(f"a11y-bank-sandbox listening on http://{host}:{port}\n")
    sys.stdout.flush()
    make_server(sandbox).run(sockets=[sock])
    return 0


if __name__ == "__main__":
    sys.exit(main())
