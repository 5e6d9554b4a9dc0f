"""The chat's session (an HTTP client with its TLS context, the outbox's database: ~150 ms) is made
off the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from a11y_bank.chat.session import ChatSession
from a11y_bank.sandbox.matrix.agent import GREETING
from a11y_bank.ui.context import AppContext
from a11y_bank.ui.screens.chat import ChatScreen
from tests.chat.conftest import FAST_AGENT, ChatServer, serve
from tests.gui.test_chat import USER, factory_for


@pytest.fixture(scope="module")
def chat_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ChatServer]:
    from a11y_bank.sandbox.matrix.routes import MatrixService
    from a11y_bank.sandbox.state import open_sandbox

    sandbox = open_sandbox(tmp_path_factory.mktemp("chatthread") / "bank.sqlite3")
    running = serve(sandbox, MatrixService(sandbox, FAST_AGENT))
    yield running
    running.stop()
    sandbox.db.close()


@pytest.fixture
def made_on(
    chat_site: ChatServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[list[ChatSession], list[threading.Thread]]]:
    """Every session the screen makes, and the thread that made it."""
    made: list[ChatSession] = []
    threads: list[threading.Thread] = []
    make = factory_for(chat_site.url, tmp_path / "o.db", made)

    def recording(ctx: AppContext) -> ChatSession:
        threads.append(threading.current_thread())
        return make(ctx)

    monkeypatch.setattr(ChatScreen, "session_factory", staticmethod(recording))
    monkeypatch.setattr(ChatScreen, "session_owner", staticmethod(lambda _ctx: USER))
    monkeypatch.setattr(ChatScreen, "poll_timeout_ms", 300)
    yield made, threads
    for session in made:
        session.client.close()


def _screen(qtbot: QtBot, window: Any) -> ChatScreen:
    screen = ChatScreen(window.ctx)
    qtbot.add_widget(screen)
    return screen


def _stop(qtbot: QtBot, screen: ChatScreen) -> None:
    screen.stop(wait=3.0)
    qtbot.wait(20)


def test_the_session_is_made_on_a_worker_and_the_chat_then_connects(
    qtbot: QtBot, offline_window: Any, made_on: tuple[list[ChatSession], list[threading.Thread]]
) -> None:
    made, threads = made_on
    screen = _screen(qtbot, offline_window)
    screen.on_shown()
    assert screen.session is None  # not made in the GUI thread's call
    qtbot.waitUntil(lambda: any(m.body == GREETING for m in screen.model.timeline.messages), timeout=10_000)
    assert threads
    assert all(t is not threading.main_thread() for t in threads)
    assert screen.session is made[0]
    _stop(qtbot, screen)


def test_shown_twice_while_it_is_made_makes_one_session(
    qtbot: QtBot, offline_window: Any, made_on: tuple[list[ChatSession], list[threading.Thread]]
) -> None:
    made, _threads = made_on
    screen = _screen(qtbot, offline_window)
    screen.on_shown()
    screen.on_shown()
    qtbot.waitUntil(lambda: screen.runner is not None, timeout=10_000)
    qtbot.wait(200)
    assert len(made) == 1
    _stop(qtbot, screen)


def test_a_session_that_arrives_after_sign_out_is_closed_not_used(
    qtbot: QtBot,
    offline_window: Any,
    made_on: tuple[list[ChatSession], list[threading.Thread]],
) -> None:
    made, _threads = made_on
    screen = _screen(qtbot, offline_window)
    screen.on_shown()
    screen.reset()  # signed out before the session arrived
    qtbot.waitUntil(lambda: len(made) == 1, timeout=10_000)
    qtbot.waitUntil(lambda: _closed(made[0]), timeout=5_000)
    qtbot.wait(100)
    assert screen.session is None
    assert screen.runner is None
    _stop(qtbot, screen)


def _closed(session: ChatSession) -> bool:
    """The outbox's database connection was closed (any use of a closed sqlite3 connection raises)."""
    import sqlite3

    try:
        session.outbox._conn.execute("SELECT 1")
    except sqlite3.ProgrammingError:
        return True
    return False
