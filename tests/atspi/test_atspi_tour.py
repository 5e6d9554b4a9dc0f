"""The real accessibility tree, as Orca sees it: every screen, signed in, no unnamed control.

Xvfb + a private dbus-run-session + the AT-SPI bus; the real app on the xcb platform; real X key
events (xdotool) to sign in and to visit every section with Ctrl+1 … Ctrl+9, then Wealth, Cards and
Security through the section list, enrolment from the sign-in page, and a question asked in the support
chat; the tree walked out of process with Debian's pyatspi (tools/atspi_walk.py). See
tests/atspi/tour.py for the steps.

Needs: xvfb dbus-x11 at-spi2-core python3-pyatspi xdotool libxcb-cursor0 (CI installs them).
"""

from __future__ import annotations

import ast
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.xvfb import xvfb_display

pytestmark = pytest.mark.atspi

TOUR = Path(__file__).with_name("tour.py")
BUS_LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")


def missing_tools() -> list[str]:
    missing = [tool for tool in ("Xvfb", "dbus-run-session", "xdotool") if shutil.which(tool) is None]
    if not BUS_LAUNCHER.exists():
        missing.append("at-spi2-core (at-spi-bus-launcher)")
    probe = subprocess.run(["/usr/bin/python3", "-c", "import pyatspi"], capture_output=True, check=False)
    if probe.returncode != 0:
        missing.append("python3-pyatspi")
    libs = subprocess.run(["/sbin/ldconfig", "-p"], capture_output=True, text=True, check=False).stdout
    if "libxcb-cursor.so.0" not in libs:
        missing.append("libxcb-cursor0")
    return missing


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    missing = missing_tools()
    if missing:
        pytest.skip("AT-SPI tier needs system packages: " + ", ".join(missing))
    with xvfb_display() as display:
        yield display


@pytest.fixture(scope="module")
def tour(display: str, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    data_dir = tmp_path_factory.mktemp("atspi")
    runtime = tmp_path_factory.mktemp("xdg-runtime")
    out = data_dir / "tour.json"
    env = {**os.environ, "DISPLAY": display, "XDG_RUNTIME_DIR": str(runtime)}
    env.pop("QT_QPA_PLATFORM", None)
    done = subprocess.run(
        ["dbus-run-session", "--", sys.executable, str(TOUR), "--data-dir", str(data_dir), "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result: dict[str, Any] = json.loads(out.read_text())
    return result


def walked(tour: dict[str, Any]) -> list[dict[str, Any]]:
    return [step for step in tour["steps"] if "walk" in step]


def test_app_appears_on_the_accessibility_bus(tour: dict[str, Any]) -> None:
    start = tour["steps"][0]
    assert "error" not in start["walk"], start["walk"]
    assert start["walk"]["application"] == "a11y_bank"
    assert start["walk"]["frames"], "no window in the tree"


def test_keyboard_sign_in_reaches_accounts(tour: dict[str, Any]) -> None:
    sign_in = next(step for step in tour["steps"] if step["step"] == "sign-in")
    assert sign_in["signed_in"], tour["app_log"]
    assert sign_in["title"].startswith("Accounts"), sign_in["title"]


SECTION_STEPS = 10  # sign-in page + nine sections by Ctrl+N
LISTED_TITLES = {
    "list:Wealth": "Wealth products",
    "list:Cards": "Cards",
    "list:Security": "Security",
    "list:Quick": "Quick menu",
}


def test_every_screen_has_no_unnamed_interactive_node(tour: dict[str, Any], record_property: Any) -> None:
    steps = walked(tour)
    by_key = [s for s in steps if s["step"] == "start" or s["step"].startswith("ctrl+")]
    assert len(by_key) == SECTION_STEPS
    titles = [step["title"] for step in by_key]
    assert len(set(titles)) == SECTION_STEPS, f"some shortcut did not change the screen: {titles}"
    assert {s["step"] for s in steps} >= {"enrol", "chat", *LISTED_TITLES}
    total = 0
    problems: list[str] = []
    for step in steps:
        result = step["walk"]
        assert "error" not in result, result
        total += result["nodes"]
        print(f"{step['title']}: {result['nodes']} nodes, {result['interactive']} interactive")
        problems += [f"{step['title']}: unnamed {u['role']} at {u['path']}" for u in result["unnamed"]]
        problems += [
            f"{step['title']}: focusable {g['role']} (generic role) at {g['path']}"
            for g in result["generic_focusable"]
        ]
    record_property("atspi_nodes_walked", total)
    record_property("atspi_screens_walked", len(steps))
    assert not problems, "\n".join(problems)
    assert total > 500


def test_sections_after_the_nine_are_reached_from_the_section_list(tour: dict[str, Any]) -> None:
    """Wealth, Cards, Security and Quick menu: no Ctrl+N key, so by the list (Shift+Tab, type the name,
    Enter)."""
    for step in walked(tour):
        if step["step"] in LISTED_TITLES:
            assert step["focused_before"] == "list: Sections", step["focused_before"]
            assert step["title"].startswith(LISTED_TITLES[step["step"]]), step["title"]
            assert step["walk"]["interactive"] >= 3, step


def test_enrolment_is_reached_from_sign_in_and_left_with_escape(tour: dict[str, Any]) -> None:
    enrol = next(step for step in tour["steps"] if step["step"] == "enrol")
    assert enrol["title"].startswith("Enrol in online banking"), enrol["title"]
    assert enrol["back_title"].startswith("Sign in"), enrol["back_title"]
    assert enrol["walk"]["interactive"] >= 3


DUMP_LINE = re.compile(
    r"^(?P<indent> *)(?P<role>[a-z][a-z -]*): (?P<name>'.*'|\".*\")(?P<hidden> \(hidden\))?$"
)


# "sender, time: text. status" (the time in the locale's short format, e.g. 15:11 or 3:11 PM).
MESSAGE_ITEM = re.compile(
    r"^(?P<sender>[^,]+), (?P<time>\d{1,2}:\d{2}(?:\s?[AP]M)?): (?P<text>.+?)"
    r"(?P<status> (Sending|Sent|Read)\.)?$"
)


def dumped_nodes(walk: dict[str, Any]) -> list[tuple[int, str, str]]:
    """(depth, role, name) of every node in a --dump walk."""
    nodes = []
    for line in walk["tree"]:
        match = DUMP_LINE.match(line)
        if match is None or match["hidden"]:
            continue
        nodes.append((len(match["indent"]) // 2, match["role"], ast.literal_eval(match["name"])))
    return nodes


def children_of(nodes: list[tuple[int, str, str]], index: int) -> list[tuple[int, str, str]]:
    depth = nodes[index][0]
    found = []
    for node in nodes[index + 1 :]:
        if node[0] <= depth:
            break
        if node[0] == depth + 1:
            found.append(node)
    return found


def test_chat_messages_are_a_named_list_of_full_sentences(tour: dict[str, Any]) -> None:
    """The message list is a list named "Messages"; each item is one sentence "sender, time: text.
    status"; the question asked by keyboard is there as sent, and the assistant's answer follows;
    the message box is a named text field."""
    chat = next(step for step in tour["steps"] if step["step"] == "chat")
    assert chat["title"].startswith("Support chat"), chat["title"]
    nodes = dumped_nodes(chat["walk"])
    lists = [i for i, (_, role, name) in enumerate(nodes) if role == "list" and name == "Messages"]
    assert len(lists) == 1, [n for n in nodes if n[1] == "list"]
    items = [name for _, role, name in children_of(nodes, lists[0]) if role == "list item"]
    print("\n".join(items))
    parsed = [MESSAGE_ITEM.match(item) for item in items]
    assert items
    assert all(parsed), [i for i, m in zip(items, parsed, strict=True) if m is None]
    asked = [m for m in parsed if m and m["text"].startswith(chat["question"])]
    assert len(asked) == 1, items
    assert asked[0]["sender"] == "You"
    assert asked[0]["status"] in {" Sent.", " Read."}
    after = parsed[parsed.index(asked[0]) + 1 :]
    assert any(m and m["sender"] == "Support assistant" and "fee" in m["text"] for m in after), items
    assert ("text", "Your message") in [(role, name) for _, role, name in nodes]
