"""Text the app copies that holds an account number leaves the clipboard after a delay (60 s in the
app, injected short here), and at once on lock; only if the clipboard still holds what the app put."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from a11y_bank.ui.clipboard import (
    SENSITIVE_CLEAR_MS,
    ClipboardGuard,
    copy_to_clipboard,
    guard,
    looks_sensitive,
)

TRANSCRIPT = "Support chat\n10:02 Li Wei: please pay 6222 0202 0011 2233 445 today\n10:03 Agent: done"
SHORT_MS = 150


@pytest.fixture
def short_guard(qapp: QApplication) -> ClipboardGuard:
    made = ClipboardGuard(QApplication.clipboard(), clear_after_ms=SHORT_MS)
    QApplication.clipboard().clear()
    return made


@pytest.mark.parametrize(
    ("text", "sensitive"),
    [
        ("6222020200112233445", True),
        ("card 4000-1234-5678-9010", True),
        (TRANSCRIPT, True),
        ("ending 3445", False),
        ("Paid 1,234,567.89 on 2026-11-23", False),
        ("Transcript of 23 November 2026 10:02", False),
    ],
)
def test_what_counts_as_an_account_number(text: str, sensitive: bool) -> None:
    assert looks_sensitive(text) is sensitive


def test_the_app_default_is_sixty_seconds() -> None:
    assert SENSITIVE_CLEAR_MS == 60_000


def test_a_copied_account_number_is_cleared_after_the_delay(
    qtbot: QtBot, short_guard: ClipboardGuard
) -> None:
    clipboard = QApplication.clipboard()
    short_guard.copy(TRANSCRIPT)
    assert clipboard.text() == TRANSCRIPT
    assert short_guard.pending
    qtbot.wait(SHORT_MS // 3)
    assert clipboard.text() == TRANSCRIPT  # not before the delay
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=3_000)
    assert not short_guard.pending


def test_text_without_an_account_number_stays(qtbot: QtBot, short_guard: ClipboardGuard) -> None:
    short_guard.copy("Transcript copied at 10:02")
    assert not short_guard.pending
    qtbot.wait(SHORT_MS * 3)
    assert QApplication.clipboard().text() == "Transcript copied at 10:02"


def test_what_the_user_copied_since_is_never_touched(qtbot: QtBot, short_guard: ClipboardGuard) -> None:
    short_guard.copy(TRANSCRIPT)
    QApplication.clipboard().setText("the user's own note")
    qtbot.wait(SHORT_MS * 3)
    assert QApplication.clipboard().text() == "the user's own note"
    assert not short_guard.pending


def test_locking_clears_it_at_once(qtbot: QtBot, signed_in_window: Any) -> None:
    copy_to_clipboard(TRANSCRIPT)
    assert guard().pending
    signed_in_window.lock()
    assert signed_in_window.is_locked()
    assert QApplication.clipboard().text() == ""
