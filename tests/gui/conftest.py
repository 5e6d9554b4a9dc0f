"""GUI fixtures: an AppContext wired to the session's demo bank, with spy speech and an announcement spy.

def test_x(ctx, spy_speech, announcements): ...
def test_y(main_window): ...        # signed out, sign-in page showing
def test_z(signed_in_window): ...   # signed in as liwei, Accounts showing
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from a11y_bank.a11y.announcer import AnnouncementSpy
from a11y_bank.a11y.gcguard import GuiThreadGarbageCollector
from a11y_bank.a11y.profile import ProfileStore
from a11y_bank.a11y.speech import SpeechService, SpyBackend
from a11y_bank.app import build_context
from a11y_bank.ui.context import AppContext
from a11y_bank.ui.theme import Theme

DEMO_USER = "liwei"
DEMO_PASSWORD = "Demo-1234"


@pytest.fixture(scope="session", autouse=True)
def gui_thread_gc(qapp: QApplication) -> Iterator[GuiThreadGarbageCollector]:
    """Cyclic garbage is collected on the GUI thread only, as in the app (a11y/gcguard.py)."""
    collector = GuiThreadGarbageCollector(qapp)
    yield collector
    collector.stop()


@pytest.fixture(autouse=True)
def collect_garbage_after_test() -> Iterator[None]:
    """What a test left in reference cycles (windows, screens) goes now, on this thread."""
    yield
    gc.collect()


@pytest.fixture(scope="session")
def theme(qapp: QApplication) -> Theme:
    theme = Theme(qapp)
    theme.install()
    return theme


@pytest.fixture
def spy_speech() -> SpyBackend:
    return SpyBackend()


@pytest.fixture
def settings() -> Any:
    from a11y_bank.settings import Settings

    return Settings()


class NoBank:
    """For window tests that never reach the bank: any call is a test error."""

    def __getattr__(self, name: str) -> Any:
        raise AssertionError(f"this test must not call the bank (called {name})")


@pytest.fixture
def offline_ctx(
    qtbot: QtBot, tmp_path: Path, spy_speech: SpyBackend, settings: Any, theme: Theme
) -> Iterator[AppContext]:
    """Like `ctx` but with no bank: for navigation, shortcuts, theme and audit tests of static screens."""
    context = build_context(
        NoBank(),  # type: ignore[arg-type]
        settings,
        SpeechService(spy_speech, enabled=True),
        theme=theme,
        settings_path=tmp_path / "s.json",
    )
    context.profile = ProfileStore(None)  # accessibility profile in memory: the settings controls show
    theme.set_text_percent(100)
    theme.set_high_contrast(False)
    yield context
    context.tasks.wait_for_all(10_000)
    theme.set_text_percent(100)


@pytest.fixture
def ctx(
    qtbot: QtBot, sandbox_url: str, tmp_path: Path, spy_speech: SpyBackend, settings: Any, theme: Theme
) -> Iterator[AppContext]:
    """Services against the real demo bank; voice on with the spy backend; text size back to 100 %."""
    from a11y_bank.cli import make_bank

    bank = make_bank(sandbox_url, tmp_path / "data")
    context = build_context(
        bank,
        settings,
        SpeechService(spy_speech, enabled=True),
        theme=theme,
        settings_path=tmp_path / "s.json",
    )
    context.profile = ProfileStore(None)  # accessibility profile in memory: the settings controls show
    theme.set_text_percent(100)
    theme.set_high_contrast(False)
    yield context
    context.tasks.wait_for_all(10_000)
    qtbot.wait(1)  # deliver queued results before the context goes away
    bank.close()
    theme.set_text_percent(100)


@pytest.fixture
def announcements(ctx: AppContext) -> AnnouncementSpy:
    return AnnouncementSpy(ctx.announcer)


def open_window(qtbot: QtBot, context: AppContext) -> Any:
    from a11y_bank.ui.mainwindow import MainWindow

    window = MainWindow(context)
    qtbot.add_widget(window)
    window.navigate("signin")
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def main_window(qtbot: QtBot, ctx: AppContext) -> Any:
    """Signed out, sign-in page showing, against the demo bank."""
    return open_window(qtbot, ctx)


@pytest.fixture
def offline_window(qtbot: QtBot, offline_ctx: AppContext) -> Any:
    """The main window with no bank behind it (navigation, shortcuts, static screens)."""
    return open_window(qtbot, offline_ctx)


@pytest.fixture
def signed_in_window(qtbot: QtBot, main_window: Any, ctx: AppContext) -> Any:
    """Signed in as liwei (through the Bank, on a worker thread) with Accounts showing."""
    done: list[object] = []
    ctx.tasks.run(lambda: ctx.bank.sign_in(DEMO_USER, DEMO_PASSWORD), done.append, done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=15_000)
    if isinstance(done[0], BaseException):
        raise done[0]
    main_window.navigate("accounts")
    return main_window


def sign_in_on_worker(qtbot: QtBot, ctx: AppContext, user: str, password: str) -> None:
    """Sign in through the facade on a worker thread, as the screens call the bank; fails on an error."""
    done: list[object] = []
    ctx.tasks.run(lambda: ctx.bank.sign_in(user, password), done.append, done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=15_000)
    assert not isinstance(done[0], BaseException), done[0]


def show_as_page(qtbot: QtBot, screen: QWidget, size: tuple[int, int] = (900, 700)) -> QScrollArea:
    """`screen` in a resizable scroll area, as the main window shows every screen, shown and exposed."""
    page = QScrollArea()
    page.setWidgetResizable(True)
    page.setWidget(screen)
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    qtbot.waitExposed(page)
    return page
