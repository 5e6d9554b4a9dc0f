"""A locked app shows nothing of the account in the real accessibility tree (AT-SPI, as Orca sees it).

Xvfb + a private dbus-run-session + the AT-SPI bus; the real app on xcb; real X key events (xdotool):
sign in, Accounts, History, then Ctrl+L. Every node's name, description and text (hidden nodes too) is
read out of process with pyatspi (tests/hardening/atspi_texts.py). Before the lock the customer's
name and account digits are in the tree (the scan can see them); locked, none are, no section key
leaves the lock page, a wrong password keeps it locked, the right one returns to History.

Needs: xvfb dbus-x11 at-spi2-core python3-pyatspi xdotool libxcb-cursor0 (as tests/atspi).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.atspi.test_atspi_tour import missing_tools
from tests.xvfb import xvfb_display

pytestmark = pytest.mark.atspi

TOUR = Path(__file__).with_name("lock_tour.py")
CUSTOMER_NAME = "Li Wei"  # the demo bank's liwei (a11y_bank/sandbox/demo.py)
ACCOUNT_DIGITS = re.compile(r"\d{4}")  # masked numbers end in 4 digits; balances have 4+ digit runs too


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    missing = missing_tools()
    if missing:
        pytest.skip("AT-SPI tier needs system packages: " + ", ".join(missing))
    with xvfb_display() as display:
        yield display


@pytest.fixture(scope="module")
def tour(display: str, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    data_dir = tmp_path_factory.mktemp("lock-atspi")
    runtime = tmp_path_factory.mktemp("xdg-runtime")
    out = data_dir / "tour.json"
    env = {**os.environ, "DISPLAY": display, "XDG_RUNTIME_DIR": str(runtime)}
    env.pop("QT_QPA_PLATFORM", None)
    done = subprocess.run(
        [
            "dbus-run-session",
            "--",
            sys.executable,
            str(TOUR),
            "--data-dir",
            str(data_dir / "app"),
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result: dict[str, Any] = json.loads(out.read_text())
    return result


def step(tour: dict[str, Any], name: str) -> dict[str, Any]:
    found = next((s for s in tour["steps"] if s["step"] == name), None)
    assert found is not None, f"the tour never reached {name!r}: {tour['app_log']}"
    return found


def account_texts(tree: dict[str, Any]) -> list[str]:
    assert "error" not in tree, tree
    return [t for t in tree["texts"] if CUSTOMER_NAME in t or ACCOUNT_DIGITS.search(t)]


def test_signed_in_the_tree_holds_the_account(tour: dict[str, Any], record_property: Any) -> None:
    accounts, history = step(tour, "accounts"), step(tour, "history")
    assert accounts["title"].startswith("Accounts"), accounts["title"]
    assert history["title"].startswith("History"), history["title"]
    found = account_texts(accounts["tree"]) + account_texts(history["tree"])
    record_property("account_texts_before_lock", len(found))
    assert len(found) >= 5, found  # the scan sees the name, balances and account digits


def test_locked_the_tree_holds_nothing_of_the_account(tour: dict[str, Any], record_property: Any) -> None:
    locked = step(tour, "locked")
    assert locked["title"].startswith("Locked"), locked["title"]
    record_property("atspi_nodes_locked", locked["tree"]["nodes"])
    assert account_texts(locked["tree"]) == []
    assert any("The app is locked" in t for t in locked["tree"]["texts"])
    assert step(tour, "section key")["title"] == locked["title"]  # Ctrl+1 does not leave the lock page


def test_a_wrong_password_keeps_it_locked_and_the_right_one_returns(tour: dict[str, Any]) -> None:
    wrong = step(tour, "wrong password")
    assert wrong["title"].startswith("Locked"), wrong["title"]
    assert account_texts(wrong["tree"]) == []
    assert any("password is not right" in t for t in wrong["tree"]["texts"])
    unlocked = step(tour, "unlocked")
    assert unlocked["title"].startswith("History"), unlocked["title"]
    assert account_texts(unlocked["tree"]), "History shows the account again"
