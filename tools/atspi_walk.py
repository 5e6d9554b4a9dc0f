#!/usr/bin/python3
"""Walk a running app's accessibility tree over AT-SPI, as a screen reader sees it.

Run with Debian's /usr/bin/python3 (python3-pyatspi is not on PyPI), in a separate process from the
app (querying the tree from the app's own GUI thread deadlocks: qt-a11y-pitfalls §6.4), on the same
session bus as the app's AT-SPI bus:

    /usr/bin/python3 tools/atspi_walk.py --pid 12345 [--wait 20] [--dump]

Prints one JSON object: the application and frame names, the number of nodes walked, the number of
interactive nodes, and every interactive node a screen reader would announce without a name
("unnamed"), with its role and path, and every focusable node with a generic role
("generic_focusable": a panel or filler that takes focus says nothing of what it is), and the focused
node ("focused": "role: name"). Exit code 0 if there are no unnamed nodes, 1 if there are, 2 if the
app was not found on the bus.

Containers that "manage descendants" (tables and big lists: 100 000 rows are 500 000 children) are not
walked child by child (pitfalls §2.2): their first SAMPLE children are checked instead, as the rows a
screen reader would actually visit.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any

import pyatspi

SAMPLE = 20
MAX_NODES = 20_000

INTERACTIVE_ROLES = {
    pyatspi.ROLE_PUSH_BUTTON,
    pyatspi.ROLE_TOGGLE_BUTTON,
    pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_TEXT,
    pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_PASSWORD_TEXT,
    pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_SLIDER,
    pyatspi.ROLE_LIST,
    pyatspi.ROLE_LIST_BOX,
    pyatspi.ROLE_TABLE,
    pyatspi.ROLE_TREE,
    pyatspi.ROLE_TREE_TABLE,
    pyatspi.ROLE_LINK,
    pyatspi.ROLE_MENU_ITEM,
    pyatspi.ROLE_PAGE_TAB,
}
# Rows and cells must be named too (a screen reader reads them), but only where they are visited.
ITEM_ROLES = {pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_TABLE_CELL, pyatspi.ROLE_TABLE_ROW}
# A control that takes focus but shows as one of these tells a screen reader nothing of what it is.
GENERIC_ROLES = {pyatspi.ROLE_PANEL, pyatspi.ROLE_FILLER, pyatspi.ROLE_UNKNOWN, pyatspi.ROLE_INVALID}


def find_app(pid: int, wait_s: float) -> Any:
    deadline = time.monotonic() + wait_s
    while True:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            try:
                if app is not None and app.get_process_id() == pid:
                    return app
            except Exception:  # an app that went away while we looked
                continue
        if time.monotonic() > deadline:
            return None
        time.sleep(0.25)


def labelled(node: Any) -> bool:
    try:
        return any(r.getRelationType() == pyatspi.RELATION_LABELLED_BY for r in node.getRelationSet())
    except Exception:
        return False


class Walk:
    def __init__(self, dump: bool) -> None:
        self.nodes = 0
        self.interactive = 0
        self.managed = 0
        self.unnamed: list[dict[str, str]] = []
        self.generic: list[dict[str, str]] = []
        self.focused = ""
        self.frames: list[str] = []
        self.dump = dump
        self.lines: list[str] = []

    def visit(self, node: Any, path: str, depth: int, sampled: bool = False) -> None:
        if node is None or self.nodes >= MAX_NODES:
            return
        self.nodes += 1
        role = node.getRole()
        name = (node.name or "").strip()
        states = node.getState()
        showing = states.contains(pyatspi.STATE_SHOWING)
        here = f"{path}/{node.getRoleName()}[{name[:30]}]"
        if self.dump:
            self.lines.append(f"{'  ' * depth}{node.getRoleName()}: {name!r}{'' if showing else ' (hidden)'}")
        if role == pyatspi.ROLE_FRAME:
            self.frames.append(name)
        must_be_named = role in INTERACTIVE_ROLES or (sampled and role in ITEM_ROLES)
        if must_be_named and showing:
            self.interactive += 1
            if not name and not labelled(node):
                self.unnamed.append({"role": node.getRoleName(), "path": here})
        if (
            states.contains(pyatspi.STATE_FOCUSED) and role not in ITEM_ROLES
        ):  # a view's current item keeps it
            self.focused = f"{node.getRoleName()}: {name}"
        if showing and role in GENERIC_ROLES and states.contains(pyatspi.STATE_FOCUSABLE):
            self.generic.append({"role": node.getRoleName(), "path": here})
        if states.contains(pyatspi.STATE_MANAGES_DESCENDANTS):
            self.managed += 1
            for index in range(min(node.childCount, SAMPLE)):
                self.visit(node.getChildAtIndex(index), here, depth + 1, sampled=True)
            return
        for index in range(node.childCount):
            self.visit(node.getChildAtIndex(index), here, depth + 1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pid", type=int, required=True, help="process id of the app")
    parser.add_argument("--wait", type=float, default=20.0, help="seconds to wait for the app on the bus")
    parser.add_argument("--dump", action="store_true", help="also print the tree")
    args = parser.parse_args()
    app = find_app(args.pid, args.wait)
    if app is None:
        print(json.dumps({"error": f"no application with pid {args.pid} on the AT-SPI bus"}))
        return 2
    walk = Walk(args.dump)
    walk.visit(app, "", 0)
    result = {
        "application": app.name,
        "frames": walk.frames,
        "nodes": walk.nodes,
        "interactive": walk.interactive,
        "managed_containers": walk.managed,
        "unnamed": walk.unnamed,
        "generic_focusable": walk.generic,
        "focused": walk.focused,
    }
    if args.dump:
        result["tree"] = walk.lines
    print(json.dumps(result))
    return 1 if walk.unnamed else 0


if __name__ == "__main__":
    sys.exit(main())
