"""Support chat screen: keyboard-only journey, announcements, offline queue, transcript, rating, audits.

The screen talks to a composed chat sandbox (tests/chat/conftest.py: bank sign-in + Matrix routes) with
a password login, so these tests never need the bank facade.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from a11y_bank.a11y.announcer import AnnouncementSpy
from a11y_bank.chat.client import MatrixClient
from a11y_bank.chat.config import ChatConfig
from a11y_bank.chat.errors import ChatAuthExpired
from a11y_bank.chat.models import Credentials
from a11y_bank.chat.outbox import ChatOutbox
from a11y_bank.chat.session import ChatSession, ConnectionState
from a11y_bank.chat.timeline import MessageStatus
from a11y_bank.sandbox.matrix.agent import GREETING, ratings
from a11y_bank.sandbox.state import open_sandbox
from a11y_bank.ui.context import AppContext
from a11y_bank.ui.screens.chat import AnnounceMode, ChatScreen
from tests.chat.conftest import FAST_AGENT, ChatServer, serve
from tests.gui.audit import (
    AnnouncementRecorder,
    audit_at_text_size,
    audit_screen,
    check_announcements_visible,
    settle,
)

USER = "alice"


@pytest.fixture(scope="module")
def chat_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ChatServer]:
    from a11y_bank.sandbox.matrix.routes import MatrixService

    sandbox = open_sandbox(tmp_path_factory.mktemp("chatgui") / "bank.sqlite3")
    running = serve(sandbox, MatrixService(sandbox, FAST_AGENT))
    yield running
    running.stop()
    sandbox.db.close()


def factory_for(url: str, outbox_path: Path, made: list[ChatSession]) -> Callable[[AppContext], ChatSession]:
    def login(client: MatrixClient, device_id: str) -> Credentials:
        return client.login_password(USER, "Demo-1234", device_id=device_id)

    def make(_ctx: AppContext) -> ChatSession:
        client = MatrixClient(ChatConfig(url, timeout=5.0, max_retries=1, backoff=0.01))
        session = ChatSession(client, ChatOutbox(outbox_path), login)
        made.append(session)
        return session

    return make


@pytest.fixture
def chat_screen(
    qtbot: QtBot, offline_window: Any, chat_site: ChatServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[ChatScreen]:
    made: list[ChatSession] = []
    monkeypatch.setattr(
        ChatScreen, "session_factory", staticmethod(factory_for(chat_site.url, tmp_path / "o.db", made))
    )
    monkeypatch.setattr(ChatScreen, "session_owner", staticmethod(lambda _ctx: USER))
    monkeypatch.setattr(ChatScreen, "poll_timeout_ms", 500)
    screen = ChatScreen(offline_window.ctx)
    qtbot.add_widget(screen)
    screen.resize(900, 1200)
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    screen.on_shown()
    qtbot.waitUntil(lambda: any(m.body == GREETING for m in screen.model.timeline.messages), timeout=10_000)
    yield screen
    screen.stop(wait=3.0)
    qtbot.wait(20)  # deliver what the runner posted while the screen still exists
    for session in made:
        session.client.close()


def bodies(screen: ChatScreen) -> list[str]:
    return [m.body for m in screen.model.timeline.messages]


def test_keyboard_journey_ask_read_export_rate(
    qtbot: QtBot,
    chat_screen: ChatScreen,
    offline_ctx: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    screen = chat_screen
    spy = AnnouncementSpy(offline_ctx.announcer)
    screen.composer.setFocus()
    qtbot.keyClicks(screen.composer, "what are your opening hours")
    qtbot.keyClick(screen.composer, Qt.Key.Key_Return)
    assert screen.composer.toPlainText() == ""
    qtbot.waitUntil(lambda: any("Branches are open" in b for b in bodies(screen)), timeout=10_000)
    mine = next(m for m in screen.model.timeline.messages if m.own)
    assert mine.status in {MessageStatus.SENT, MessageStatus.READ}
    assert any("Support assistant" in t and "Branches are open" in t for t in spy.texts)

    # F8 goes to the newest message; F9 reads it.
    qtbot.keyClick(screen.composer, Qt.Key.Key_F8)
    assert screen.list_view.hasFocus()
    assert screen.list_view.currentIndex().row() == screen.model.rowCount() - 1
    spy.clear()
    qtbot.keyClick(screen.list_view, Qt.Key.Key_F9)
    assert "Branches are open" in spy.last()
    qtbot.keyClick(screen.list_view, Qt.Key.Key_Home)
    assert screen.list_view.currentIndex().row() == 0
    text = screen.model.data(screen.list_view.currentIndex(), Qt.ItemDataRole.AccessibleTextRole)
    assert text.startswith("Support assistant, ")

    # Export: copy and save (text and HTML), by keyboard.
    screen.copy_button.setFocus()
    qtbot.keyClick(screen.copy_button, Qt.Key.Key_Space)
    assert "Branches are open" in QGuiApplication.clipboard().text()
    target = tmp_path / "chat.html"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Web page (*.html)"))
    screen.save_button.setFocus()
    qtbot.keyClick(screen.save_button, Qt.Key.Key_Space)
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "<ol>" in page
    assert "opening hours" in page
    # F9 spoke at NOW priority, so the announcer holds normal messages for a moment (a11y/announcer.py).
    qtbot.waitUntil(lambda: spy.last() == "Transcript saved as chat.html.", timeout=5_000)
    assert "Transcript copied." in spy.texts

    # Rate 4 with a complaint; the bank stores it once and confirms with a reference.
    screen.rating_combo.setFocus()
    for _ in range(4):
        qtbot.keyClick(screen.rating_combo, Qt.Key.Key_Down)
    screen.complaint.setFocus()
    qtbot.keyClicks(screen.complaint, "Too slow")
    screen.rate_button.setFocus()
    qtbot.keyClick(screen.rate_button, Qt.Key.Key_Space)
    assert "rating of 4 out of 10" in screen.rating_result.text()
    qtbot.waitUntil(
        lambda: any(b.startswith("Thank you. Your rating of 4") for b in bodies(screen)), timeout=10_000
    )
    hs = screen.session
    assert hs is not None
    stored = [
        r for r in ratings(chat_server_service(screen)) if r["score"] == 4 and r["complaint"] == "Too slow"
    ]
    assert len(stored) == 1


def chat_server_service(screen: ChatScreen) -> Any:
    return _SITE["service"].hs


_SITE: dict[str, Any] = {}


@pytest.fixture(autouse=True)
def _remember_site(chat_site: ChatServer) -> None:
    _SITE["service"] = chat_site.service


def test_shift_enter_is_a_new_line_and_tab_leaves(qtbot: QtBot, chat_screen: ChatScreen) -> None:
    screen = chat_screen
    screen.composer.setFocus()
    qtbot.keyClicks(screen.composer, "line one")
    qtbot.keyClick(screen.composer, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(screen.composer, "line two")
    assert screen.composer.toPlainText() == "line one\nline two"
    qtbot.keyClick(screen.composer, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is screen.send_button


def test_typing_is_shown_and_announced_once(
    qtbot: QtBot, chat_screen: ChatScreen, offline_ctx: AppContext
) -> None:
    spy = AnnouncementSpy(offline_ctx.announcer)
    screen = chat_screen
    screen.quick_buttons[2].setFocus()
    qtbot.keyClick(screen.quick_buttons[2], Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: any("no monthly account fee" in b for b in bodies(screen)), timeout=10_000)
    typing = [t for t in spy.texts if t == "Support assistant is typing..."]
    assert len(typing) == 1
    assert screen.typing.isHidden()
    # Nothing audio-only: every announcement was also shown, word for word, on the status line.
    assert spy.status_texts == spy.texts


def test_announce_modes(qtbot: QtBot, chat_screen: ChatScreen, offline_ctx: AppContext) -> None:
    screen = chat_screen
    spy = AnnouncementSpy(offline_ctx.announcer)
    screen.announce_combo.setCurrentIndex(2)
    assert screen.announce_mode is AnnounceMode.OFF
    screen.send_text("how do I transfer money")
    qtbot.waitUntil(lambda: any("choose Transfer" in b for b in bodies(screen)), timeout=10_000)
    assert not any("choose Transfer" in t for t in spy.texts)
    assert screen.unread >= 1
    assert "unread" in screen.status.text()
    screen.jump_to_newest()
    assert screen.unread == 0
    assert "unread" not in screen.status.text()


def test_offline_messages_are_sent_once_after_reconnect(
    qtbot: QtBot, offline_window: Any, chat_site: ChatServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The homeserver is down while the customer writes; when it comes up the message goes out once."""
    from a11y_bank.sandbox.matrix.routes import MatrixService
    from a11y_bank.sandbox.server import bind

    port_sock = bind()
    port = port_sock.getsockname()[1]
    port_sock.close()
    made: list[ChatSession] = []
    url = f"http://127.0.0.1:{port}"
    monkeypatch.setattr(
        ChatScreen, "session_factory", staticmethod(factory_for(url, tmp_path / "o.db", made))
    )
    monkeypatch.setattr(ChatScreen, "session_owner", staticmethod(lambda _ctx: USER))
    monkeypatch.setattr(ChatScreen, "poll_timeout_ms", 300)
    screen = ChatScreen(offline_window.ctx)
    qtbot.add_widget(screen)
    screen.show()
    screen.on_shown()
    qtbot.waitUntil(
        lambda: screen.runner is not None and screen.runner.state is ConnectionState.OFFLINE, timeout=10_000
    )
    screen.send_text("written while offline")
    assert screen.model.timeline.messages[-1].status is MessageStatus.SENDING
    sandbox = open_sandbox(tmp_path / "bank.sqlite3")
    running = serve(sandbox, MatrixService(sandbox, FAST_AGENT), port=port)
    try:
        qtbot.waitUntil(
            lambda: any(
                m.body == "written while offline" and m.status is not MessageStatus.SENDING
                for m in screen.model.timeline.messages
            ),
            timeout=15_000,
        )
        count = sandbox.db.one(
            "SELECT COUNT(*) AS n FROM mx_events WHERE content LIKE '%written while offline%'"
        )
        assert count is not None
        assert count["n"] == 1
        assert [m.body for m in screen.model.timeline.messages].count("written while offline") == 1
    finally:
        screen.stop(wait=3.0)
        qtbot.wait(20)  # deliver what the runner posted while the screen still exists
        running.stop()
        for session in made:
            session.client.close()
        sandbox.db.close()


@pytest.fixture
def window_with_chat(
    qtbot: QtBot, offline_window: Any, chat_site: ChatServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Any]:
    """The main window with "support" showing ChatScreen (as it will once the section points at it)."""
    import a11y_bank.ui.mainwindow as mainwindow

    made: list[ChatSession] = []
    monkeypatch.setattr(
        ChatScreen, "session_factory", staticmethod(factory_for(chat_site.url, tmp_path / "o.db", made))
    )
    monkeypatch.setattr(ChatScreen, "session_owner", staticmethod(lambda _ctx: USER))
    monkeypatch.setattr(ChatScreen, "poll_timeout_ms", 300)
    original = mainwindow.load_screen_class
    monkeypatch.setattr(
        mainwindow, "load_screen_class", lambda key: ChatScreen if key == "support" else original(key)
    )
    offline_window.resize(1280, 900)
    yield offline_window
    screen = offline_window.screen_for("support")
    assert isinstance(screen, ChatScreen)
    screen.stop(wait=3.0)
    qtbot.wait(20)  # deliver what the runner posted while the screen still exists
    for session in made:
        session.client.close()


@pytest.mark.parametrize("percent", [100, 300])
def test_chat_screen_passes_audit(qtbot: QtBot, window_with_chat: Any, theme: Any, percent: int) -> None:
    window_with_chat.navigate("support")
    screen = window_with_chat.current_screen()
    assert isinstance(screen, ChatScreen)
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0, timeout=10_000)
    settle(qtbot)
    if percent == 100:
        report = audit_screen(qtbot, window_with_chat, screen)
    else:
        report = audit_at_text_size(qtbot, window_with_chat, screen, theme, percent)
    assert report.focusable >= 15
    report.assert_ok()


def test_announced_only_when_away_in_that_mode(
    qtbot: QtBot, window_with_chat: Any, offline_ctx: AppContext
) -> None:
    window_with_chat.navigate("support")
    screen = window_with_chat.current_screen()
    assert isinstance(screen, ChatScreen)
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0, timeout=10_000)
    screen.announce_combo.setCurrentIndex(1)
    spy = AnnouncementSpy(offline_ctx.announcer)
    screen.send_text("what are the fees")
    qtbot.waitUntil(lambda: any("no monthly account fee" in b for b in bodies(screen)), timeout=10_000)
    assert not any("no monthly account fee" in t for t in spy.texts)  # on screen: not announced
    window_with_chat.navigate("help")
    screen.send_text("what are your opening hours")
    qtbot.waitUntil(lambda: any("Branches are open" in t for t in spy.texts), timeout=10_000)
    assert screen.unread >= 2


def test_bank_session_factory_exchanges_the_bank_sign_in(chat_site: ChatServer, tmp_path: Path) -> None:
    """The app's default: the bank's own origin, and the bank session exchanged for a chat token."""
    from types import SimpleNamespace

    from a11y_bank.cli import make_bank
    from a11y_bank.ui.models.chat import bank_session_factory, outbox_file_for

    bank = make_bank(chat_site.url, tmp_path / "data")
    try:
        bank.sign_in("liwei", "Demo-1234")
        session = bank_session_factory(SimpleNamespace(bank=bank))  # type: ignore[arg-type]
        try:
            first = session.connect()
            assert session.user_id == "@liwei:a11ybank.sandbox"
            assert session.room_id is not None
            assert first.first
            assert (tmp_path / "data" / outbox_file_for("cust-liwei")).exists()
        finally:
            session.client.close()
        bank.sign_out()
        with pytest.raises(ChatAuthExpired):
            bank_session_factory(SimpleNamespace(bank=bank))  # type: ignore[arg-type]
    finally:
        bank.close()


def test_a_new_customer_never_sees_the_previous_chat(
    qtbot: QtBot, offline_window: Any, chat_site: ChatServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[ChatSession] = []
    owner = ["alice"]
    monkeypatch.setattr(
        ChatScreen, "session_factory", staticmethod(factory_for(chat_site.url, tmp_path / "o.db", made))
    )
    monkeypatch.setattr(ChatScreen, "session_owner", staticmethod(lambda _ctx: owner[0]))
    monkeypatch.setattr(ChatScreen, "poll_timeout_ms", 300)
    screen = ChatScreen(offline_window.ctx)
    qtbot.add_widget(screen)
    screen.on_shown()
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0, timeout=10_000)
    first_session = screen.session
    owner[0] = ""  # signed out (or someone else signed in)
    screen.on_shown()
    assert screen.session is not first_session
    assert screen.model.rowCount() == 0  # the previous customer's messages are gone at once
    assert screen.unread == 0
    screen.stop(wait=3.0)
    qtbot.wait(50)
    for session in made:
        session.client.close()


def test_signed_in_customer_chats_by_keyboard_in_the_app(
    qtbot: QtBot, signed_in_window: Any, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The issue's journey on the real app and demo bank: open the chat by its shortcut, ask, read the
    answer, save the transcript, rate. Keyboard only; the default session (bank sign-in exchanged).
    For a deaf customer nothing may be heard only: every announcement of the journey (new messages,
    typing, transcript saved, rating) also reaches the visible status line."""
    from a11y_bank.ui.shortcuts import shortcut_for

    monkeypatch.setattr(ChatScreen, "poll_timeout_ms", 500)
    recorder = AnnouncementRecorder(ctx.announcer)
    combo = shortcut_for("section:support").sequences()[0][0]
    qtbot.keyClick(signed_in_window, combo.key(), combo.keyboardModifiers())
    screen = signed_in_window.current_screen()
    assert isinstance(screen, ChatScreen)
    try:
        assert QApplication.focusWidget() is screen.composer
        qtbot.waitUntil(
            lambda: any(m.body == GREETING for m in screen.model.timeline.messages), timeout=15_000
        )
        qtbot.keyClicks(screen.composer, "What is my balance?")
        qtbot.keyClick(screen.composer, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: any(b.startswith("Your balances") for b in bodies(screen)), timeout=15_000)
        qtbot.keyClick(screen.composer, Qt.Key.Key_F8)
        assert screen.list_view.hasFocus()
        newest = screen.model.data(screen.list_view.currentIndex(), Qt.ItemDataRole.AccessibleTextRole)
        assert newest.startswith("Support assistant, ")
        assert "Your balances" in newest

        target = tmp_path / "transcript.txt"
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Text file (*.txt)")
        )
        while QApplication.focusWidget() is not screen.save_button:
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        qtbot.keyClick(screen.save_button, Qt.Key.Key_Space)
        assert "What is my balance?" in target.read_text(encoding="utf-8")

        qtbot.keyClick(screen.save_button, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is screen.rating_combo
        for _ in range(9):
            qtbot.keyClick(screen.rating_combo, Qt.Key.Key_Down)
        qtbot.keyClick(screen.rating_combo, Qt.Key.Key_Tab)
        qtbot.keyClick(screen.complaint, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is screen.rate_button
        qtbot.keyClick(screen.rate_button, Qt.Key.Key_Space)
        qtbot.waitUntil(
            lambda: any(b.startswith("Thank you. Your rating of 9") for b in bodies(screen)), timeout=15_000
        )
        seen = check_announcements_visible(qtbot, recorder)
        assert any("Your balances" in text for text in recorder.announced)  # the answer was announced
        seen.assert_ok()
    finally:
        recorder.stop()
        screen.stop(wait=3.0)
        qtbot.wait(20)


def test_help_from_the_emergency_panel_lands_as_an_unsent_draft(
    qtbot: QtBot, signed_in_window: Any, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """F10, "Ask for help": the chat opens with the reason in the message box, focus there, said aloud;
    nothing is sent until the customer presses Enter."""
    from tests.gui.test_emergency import open_panel
    from tests.gui.test_signin import KeyboardUser

    monkeypatch.setattr(ChatScreen, "poll_timeout_ms", 500)
    spy = AnnouncementSpy(ctx.announcer)
    keys = KeyboardUser(qtbot)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5_000)
    panel = open_panel(qtbot, keys)
    qtbot.waitUntil(lambda: ctx.tasks.active_count() == 0, timeout=15_000)  # its cards asked for and shown
    panel.ask_help.setFocus()
    qtbot.waitUntil(panel.ask_help.hasFocus, timeout=5_000)
    keys.press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: signed_in_window.current_section() == "support", timeout=5_000)
    screen = signed_in_window.current_screen()
    assert isinstance(screen, ChatScreen)
    try:
        draft = screen.composer.toPlainText()
        assert "help" in draft
        assert signed_in_window.focusWidget() is screen.composer  # the window's focus, once it is active
        signed_in_window.activateWindow()  # offscreen does not re-activate the window after the panel
        qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.composer, timeout=5_000)
        assert screen.composer.textCursor().position() == len(draft)  # typing goes on after it
        said = next(t for t in spy.texts if t.startswith("Your message box holds:"))
        assert draft in said
        qtbot.waitUntil(
            lambda: any(m.body == GREETING for m in screen.model.timeline.messages), timeout=15_000
        )
        qtbot.wait(300)  # a sender would have delivered it by now
        assert draft not in bodies(screen)
        assert screen.session is not None
        assert not screen.session.outbox.pending()

        qtbot.keyClick(screen.composer, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: draft in bodies(screen), timeout=10_000)
        assert screen.composer.toPlainText() == ""
    finally:
        screen.stop(wait=3.0)
        qtbot.wait(20)


def test_a_draft_keeps_what_was_already_typed(qtbot: QtBot, chat_screen: ChatScreen) -> None:
    chat_screen.composer.setPlainText("My card")
    chat_screen.on_shown(draft="I need help.")
    assert chat_screen.composer.toPlainText() == "My card\nI need help."
    chat_screen.on_shown(draft="I need help.")  # shown again with the same draft: not doubled
    assert chat_screen.composer.toPlainText() == "My card\nI need help."
    assert chat_screen.composer.hasFocus()


def test_help_lists_the_chat_keys_the_chat_binds(
    qtbot: QtBot, offline_window: Any, offline_ctx: AppContext, chat_screen: ChatScreen
) -> None:
    """One table: Help shows the chat's F8/F9 (and F10) from `MORE_SHORTCUTS`, and the chat screen and
    emergency panel bind exactly those keys."""
    from PySide6.QtGui import QKeySequence, QShortcut

    from a11y_bank.ui.emergency import EMERGENCY_KEY
    from a11y_bank.ui.shortcuts import MORE_SHORTCUTS, shortcut_for

    offline_window.navigate("help")
    help_screen = offline_window.current_screen()
    listed = [help_screen.more_list.item(i).text() for i in range(help_screen.more_list.count())]
    assert listed == [help_screen.describe(spec) for spec in MORE_SHORTCUTS]
    assert "F8: In the support chat: go to the newest message" in listed
    assert "F9: In the support chat: read the newest message" in listed
    assert help_screen.more_list.accessibleName() == "More keys"

    bound = {s.key().toString() for s in chat_screen.findChildren(QShortcut)}
    for action in ("chat_newest", "chat_read_newest"):
        assert QKeySequence(shortcut_for(action).keys[0]).toString() in bound
    assert shortcut_for("emergency").keys == (EMERGENCY_KEY,)

    spy = AnnouncementSpy(offline_ctx.announcer)
    help_screen.read_aloud.click()
    assert "F9: In the support chat: read the newest message" in spy.last()
