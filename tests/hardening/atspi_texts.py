#!/usr/bin/python3
"""Every text a screen reader could get from a running app over AT-SPI: each node's name, description
and text content, hidden nodes included (a reader can reach those through the tree too).

Run with Debian's /usr/bin/python3 (pyatspi), in its own process, on the app's session bus:

    /usr/bin/python3 tests/hardening/atspi_texts.py --pid 12345 [--wait 20]

Prints one JSON object: {"nodes": N, "texts": ["role: text", ...]} or {"error": ...}.
"""

from __future__ import annotations

import argparse
import json
import time
from typing import Any

import pyatspi

MAX_NODES = 30_000
MANAGED_SAMPLE = 50  # big tables expose rows lazily; a reader visits the first ones
MAX_TEXT = 2_000


def find_app(pid: int, wait_s: float) -> Any:
    deadline = time.monotonic() + wait_s
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            try:
                if app is not None and app.get_process_id() == pid:
                    return app
            except Exception:  # an app leaving the bus mid-walk
                continue
        time.sleep(0.25)
    return None


def texts_of(node: Any) -> list[str]:
    found = [node.name or "", node.description or ""]
    try:
        text = node.queryText()
        found.append(text.getText(0, min(text.characterCount, MAX_TEXT)))
    except NotImplementedError:
        pass
    return [t for t in found if t.strip()]


def walk(root: Any) -> tuple[int, list[str]]:
    nodes, texts, stack = 0, [], [root]
    while stack and nodes < MAX_NODES:
        node = stack.pop()
        if node is None:
            continue
        nodes += 1
        role = node.getRoleName()
        texts += [f"{role}: {t}" for t in texts_of(node)]
        count = node.childCount
        if node.getState().contains(pyatspi.STATE_MANAGES_DESCENDANTS):
            count = min(count, MANAGED_SAMPLE)
        stack += [node.getChildAtIndex(i) for i in range(count)]
    return nodes, texts


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pid", type=int, required=True)
    parser.add_argument("--wait", type=float, default=20)
    args = parser.parse_args()
    app = find_app(args.pid, args.wait)
    if app is None:
        print(json.dumps({"error": f"no application with pid {args.pid} on the AT-SPI bus"}))
        return 2
    nodes, texts = walk(app)
    print(json.dumps({"nodes": nodes, "texts": texts}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
