"""Screens built ahead after sign-in, in idle time (ui/build_ahead.py), as the app's main window does."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from a11y_bank.ui.build_ahead import FIRST_BUILD_DELAY_MS, IDLE_RETRY_MS, ScreenBuilder
from a11y_bank.ui.context import AppContext
from a11y_bank.ui.mainwindow import QUIET_BEFORE_BUILD_MS
from a11y_bank.ui.screens import NAV_SECTIONS
from tests.gui.conftest import DEMO_PASSWORD, DEMO_USER

NAV_KEYS = [s.key for s in NAV_SECTIONS]


@pytest.fixture
def ahead_window(qtbot: QtBot, ctx: AppContext) -> Any:
    """The main window as the app builds it (build_ahead=True), signed in through the facade, still on
    the sign-in page: the next navigation is the first page after sign-in."""
    from a11y_bank.ui.mainwindow import MainWindow

    window = MainWindow(ctx, build_ahead=True)
    qtbot.add_widget(window)
    window.navigate("signin")
    window.show()
    qtbot.waitExposed(window)
    done: list[object] = []
    ctx.tasks.run(lambda: ctx.bank.sign_in(DEMO_USER, DEMO_PASSWORD), done.append, done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=15_000)
    assert not isinstance(done[0], BaseException)
    return window


def test_after_sign_in_every_section_is_built_ahead_one_per_tick(qtbot: QtBot, ahead_window: Any) -> None:
    window = ahead_window
    assert set(window._screens) == {"signin"}  # nothing of the customer's before sign-in
    window.navigate("accounts")
    builder = window.builder
    assert builder.pending == [key for key in NAV_KEYS if key != "accounts"]
    assert builder.built == []  # not in the same pass as the page the customer is shown

    qtbot.waitUntil(lambda: len(builder.built) == 1, timeout=5_000)
    assert len(builder.pending) == len(NAV_KEYS) - 2  # one screen per tick, the rest waits
    qtbot.waitUntil(lambda: not builder.pending, timeout=30_000)

    assert set(NAV_KEYS) <= set(window._screens)
    assert window.current_section() == "accounts"  # built hidden, nothing navigated
    history = window._screens["history"]
    assert history.isVisible() is False
    window.navigate("history")
    assert window.current_screen() is history  # the first visit shows the screen built ahead


def test_a_section_visited_before_its_turn_is_not_built_again(qtbot: QtBot, ahead_window: Any) -> None:
    window = ahead_window
    window.navigate("accounts")
    window.navigate("transfer")  # before the builder's first tick
    transfer = window.current_screen()
    qtbot.waitUntil(lambda: not window.builder.pending, timeout=30_000)
    assert "transfer" not in window.builder.built
    assert window._screens["transfer"] is transfer


def test_lock_stops_building_and_unlock_builds_again(qtbot: QtBot, ahead_window: Any) -> None:
    window = ahead_window
    window.navigate("accounts")
    qtbot.waitUntil(lambda: len(window.builder.built) >= 1, timeout=5_000)
    window.lock()
    assert window.is_locked()
    assert window.builder.pending == []  # nothing of the account is built behind the lock page
    assert set(window._screens) <= {"signin", "lock"}

    window._unlocked()  # as a correct password does
    assert window.current_section() == "accounts"
    qtbot.waitUntil(lambda: not window.builder.pending, timeout=30_000)
    assert set(NAV_KEYS) <= set(window._screens)


def test_tests_and_the_kiosk_keep_building_on_demand(signed_in_window: Any) -> None:
    assert signed_in_window.builder is None


def test_builder_builds_in_order_skipping_what_is_built(qtbot: QtBot) -> None:
    built: dict[str, QWidget] = {"b": QLabel("b")}

    def build(key: str) -> QWidget:
        built[key] = QLabel(key)
        return built[key]

    builder = ScreenBuilder(build, lambda key: key in built)
    builder.start(["a", "b", "c"])
    assert builder.pending == ["a", "c"]
    qtbot.waitUntil(lambda: not builder.pending, timeout=5_000)
    assert builder.built == ["a", "c"]
    assert all(built[key].testAttribute(_polished()) for key in ("a", "c"))  # polished off the first show

    builder.start(["d"])
    builder.stop()
    qtbot.wait(FIRST_BUILD_DELAY_MS + 200)  # past when it would have been built
    assert builder.pending == []
    assert "d" not in built


def _polished() -> Any:
    from PySide6.QtCore import Qt

    return Qt.WidgetAttribute.WA_WState_Polished


def test_a_screen_that_fails_to_build_does_not_stop_the_others(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    built: dict[str, QWidget] = {}

    def build(key: str) -> QWidget:
        if key == "broken":
            raise RuntimeError("cannot build")
        built[key] = QLabel(key)
        return built[key]

    builder = ScreenBuilder(build, lambda key: key in built)
    builder.start(["broken", "after"])
    qtbot.waitUntil(lambda: not builder.pending, timeout=5_000)
    assert builder.built == ["after"]
    assert "building a screen ahead failed" in caplog.text


def test_the_builder_waits_while_the_window_is_not_idle(qtbot: QtBot) -> None:
    built: dict[str, QWidget] = {}
    idle = [False]

    def build(key: str) -> QWidget:
        built[key] = QLabel(key)
        return built[key]

    builder = ScreenBuilder(build, lambda key: key in built, idle=lambda: idle[0])
    builder.start(["a"])
    qtbot.wait(FIRST_BUILD_DELAY_MS + 3 * IDLE_RETRY_MS)
    assert builder.built == []  # something was being said or fetched all along
    idle[0] = True
    qtbot.waitUntil(lambda: builder.built == ["a"], timeout=5_000)


def test_the_window_is_idle_only_without_messages_or_bank_answers_awaited(
    qtbot: QtBot, ahead_window: Any
) -> None:
    window = ahead_window
    ctx = window.ctx
    qtbot.waitUntil(lambda: ctx.announcer.quiet_for(QUIET_BEFORE_BUILD_MS), timeout=10_000)
    assert window._idle_for_building()
    ctx.announcer.announce("Loading your accounts.")
    assert not window._idle_for_building()
    qtbot.waitUntil(window._idle_for_building, timeout=10_000)
    release = threading.Event()
    ctx.tasks.run(lambda: release.wait(10), lambda _: None, lambda _: None)
    assert not window._idle_for_building()  # a bank answer is awaited
    release.set()
    qtbot.waitUntil(window._idle_for_building, timeout=10_000)
