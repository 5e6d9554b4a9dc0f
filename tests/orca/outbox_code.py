"""Print the newest one-time code from the sandbox's test outbox (a `typecmd:` step of orca-speech).

    python outbox_code.py http://127.0.0.1:PORT right  # the code the bank just "sent"
    python outbox_code.py http://127.0.0.1:PORT wrong  # a code that differs from it in one digit
    python outbox_code.py http://127.0.0.1:PORT right-drop  # the code, after making the bank drop
                                                           # every answer to a payment POST (an
                                                           # *unknown* outcome); the tier clears it
    python outbox_code.py http://127.0.0.1:PORT clear  # the bank answers again; prints nothing

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
FAULTS = "/__sandbox__/faults"
#: The bank commits the payment but every answer to its POST is lost, retries included.
DROP_PAYMENT_ANSWERS = {"Kind": "drop", "Path": "/pisp/domestic-payments$", "Method": "POST", "Count": 20}
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


def sandbox_call(base_url: str, method: str, path: str, body: object = None) -> None:
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(base_url.rstrip("/") + path, data=data, method=method)
    request.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(request, timeout=5):
        pass


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("base_url")
    parser.add_argument(
        "which",
        choices=("right", "wrong", "right-drop", "clear"),
        help="the code, a wrong one of the same length, or the code with payment answers dropped",
    )
    args = parser.parse_args(argv)
    if args.which == "clear":
        sandbox_call(args.base_url, "DELETE", FAULTS)
        return 0
    deadline = time.monotonic() + WAIT_S
    while (code := newest_code(args.base_url)) is None:
        if time.monotonic() > deadline:
            print("no one-time code in the sandbox outbox", file=sys.stderr)
            return 1
        time.sleep(0.1)
    if args.which == "right-drop":
        sandbox_call(args.base_url, "POST", FAULTS, DROP_PAYMENT_ANSWERS)
    sys.stdout.write(wrong_code(code) if args.which == "wrong" else code)
    return 0


if __name__ == "__main__":
    sys.exit(main())
