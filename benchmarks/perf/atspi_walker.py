#!/usr/bin/python3
"""Times AT-SPI walks of one application, on request (runs under Debian's /usr/bin/python3: pyatspi).

    /usr/bin/python3 benchmarks/perf/atspi_walker.py PID

Reads commands from stdin, one a line: `walk N` walks the application's whole accessible tree N
times with tools/atspi_walk.py's `Walk` over what is showing (as a screen reader's review would:
containers that manage their descendants, i.e. tables and big lists, are sampled, not walked child
by child) and answers one JSON line: the seconds of each walk, the nodes visited, and the largest
child count a managed container declared (what a naive walker would have had to visit). `quit`
ends it.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

import pyatspi
from atspi_walk import Walk, find_app


class CountingWalk(Walk):
    """tools/atspi_walk.Walk over what is showing (as a screen reader's review), recording how many
    children the managed containers declare. A hidden node is visited, its subtree is not: the
    main window's other stacked screens and hidden windows are there but nobody reads them."""

    def __init__(self) -> None:
        super().__init__(dump=False)
        self.declared_children = 0
        self.hidden_skipped = 0

    def visit(self, node: Any, path: str, depth: int, sampled: bool = False) -> None:
        if node is None:
            return
        states = node.getState()
        if depth > 0 and not states.contains(pyatspi.STATE_SHOWING):
            self.nodes += 1
            self.hidden_skipped += 1
            return
        if states.contains(pyatspi.STATE_MANAGES_DESCENDANTS):
            self.declared_children = max(self.declared_children, node.childCount)
        super().visit(node, path, depth, sampled)


def walks(app: Any, count: int) -> dict[str, Any]:
    seconds: list[float] = []
    last = CountingWalk()
    for _ in range(count):
        last = CountingWalk()
        started = time.perf_counter()
        last.visit(app, "", 0)
        seconds.append(time.perf_counter() - started)
    return {
        "seconds": seconds,
        "nodes": last.nodes,
        "interactive": last.interactive,
        "managed_containers": last.managed,
        "largest_managed_child_count": last.declared_children,
        "hidden_subtrees_skipped": last.hidden_skipped,
        "unnamed": len(last.unnamed),
    }


def main() -> int:
    app = find_app(int(sys.argv[1]), 30.0)
    if app is None:
        print(json.dumps({"error": "the application is not on the AT-SPI bus"}), flush=True)
        return 2
    print(json.dumps({"found": app.name}), flush=True)
    for line in sys.stdin:
        words = line.split()
        if not words or words[0] == "quit":
            break
        if words[0] == "walk":
            print(json.dumps(walks(app, int(words[1]))), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
