"""Shared test set-up: Qt runs offscreen (set before any Qt import), and one demo bank per session."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# `from tests.gui.audit import ...` works however pytest is started.
_ROOT = str(Path(__file__).resolve().parent.parent)
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

# Must happen before PySide6 is imported anywhere (pytest-qt imports it when the plugin loads tests).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ACCESSIBILITY", "1")


@pytest.fixture(scope="session")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """The demo bank on 127.0.0.1 (random port) with test controls, in a fresh database, per session, its
    clock pinned to 10:00 UTC today (tests move it with POST /__sandbox__/clock)."""
    try:
        from a11y_bank.sandbox.server import start_in_thread
    except ModuleNotFoundError as exc:  # the sandbox is built in parallel; never fake it
        pytest.skip(f"sandbox not available yet: {exc}")
    from tests.support.clock import business_clock

    db = tmp_path_factory.mktemp("sandbox") / "bank.sqlite3"
    # Business hours whatever the real time: same-day payments are refused after the 22:00 UTC cut-off.
    running = start_in_thread(db, test_controls=True, port=0, clock=business_clock())
    try:
        yield running
    finally:
        running.stop()


@pytest.fixture(scope="session")
def sandbox_url(sandbox: Any) -> str:
    url = str(sandbox.url)
    assert url.startswith("http://127.0.0.1:"), url
    return url
