"""Print the newest one-time code from the sandbox's test outbox (a `typecmd:` step of orca-speech).

    python outbox_code.py http://127.0.0.1:PORT right  # the code the bank just "sent"
    python outbox_code.py http://127.0.0.1:PORT wrong  # a code that differs from it in one digit

The sandbox must run with --test-controls. Waits up to 10 s for a message to arrive: the step runs
right after the key that asked for the code. Standard library only (it runs in the driver's shell).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import urllib.request

OUTBOX = "/__sandbox__/outbox"
WAIT_S = 10.0


def newest_code(base_url: str) -> str | None:
    """The code of the newest outbox message, if there is one."""
    with urllib.request.urlopen(base_url.rstrip("/") + OUTBOX, timeout=5) as answer:
        messages = json.load(answer)["Data"]["Message"]
    if not messages:
        return None
    code = messages[-1]["Code"]
    return code if isinstance(code, str) else None


def wrong_code(code: str) -> str:
    """`code` with its last digit changed: same length, certainly not the right one."""
    return code[:-1] + str((int(code[-1]) + 1) % 10)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("base_url")
    parser.add_argument(
        "which", choices=("right", "wrong"), help="the code, or a wrong one of the same length"
    )
    args = parser.parse_args(argv)
    deadline = time.monotonic() + WAIT_S
    while (code := newest_code(args.base_url)) is None:
        if time.monotonic() > deadline:
            print("no one-time code in the sandbox outbox", file=sys.stderr)
            return 1
        time.sleep(0.1)
    sys.stdout.write(wrong_code(code) if args.which == "wrong" else code)
    return 0


if __name__ == "__main__":
    sys.exit(main())
