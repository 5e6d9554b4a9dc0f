"""No visible or spoken string stays English in Chinese: every screen, signed in with the bank's data.

Built in Chinese from the start (as with --lang zh_CN) and opened one by one, every widget's texts
(labels, buttons, lists, tables' headers, accessible names and descriptions, tool tips) are scanned
for English words. Words of the demo bank's own data (account nicknames, payee names, references,
product and card names) are allowed: the bank sends them, the app does not translate them. A
second pass looks for any English catalogue string, filled in, anywhere in the window.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from a11y_bank.i18n import Translations
from a11y_bank.sandbox import wealth
from a11y_bank.ui.screens import SECTIONS, load_screen_class
from tests.i18n.scan import ASCII_WORD, catalogue_patterns, english_ui_texts, untranslated

ROOT = Path(__file__).resolve().parents[2]
BUILT_KEYS = [s.key for s in SECTIONS if load_screen_class(s.key) is not None]
#: Screens that must be scanned (issue 7 names them); a missing one fails rather than being skipped.
REQUIRED = {"accounts", "history", "transfer", "bills", "payees", "wealth", "cards", "enrol", "security",
            "support", "settings", "help", "signin"}  # fmt: skip


def bank_data_words(db_path: Path) -> frozenset[str]:
    """Every word of every text the demo bank holds (its database, and the product catalogue it
    serves from code): what the bank says, never the app's own text."""
    words = {w.lower() for product in wealth.PRODUCTS for w in ASCII_WORD.findall(product.name.en)}
    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as conn:
        tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}" LIMIT 5000'):
                for value in row:
                    if isinstance(value, str):
                        words.update(w.lower() for w in ASCII_WORD.findall(value))
    return frozenset(words)


def test_every_screen_has_the_required_sections() -> None:
    assert set(BUILT_KEYS) >= REQUIRED


def test_no_screen_shows_english_in_chinese(
    qtbot: QtBot, request: pytest.FixtureRequest, languages: Translations, sandbox: Any
) -> None:
    languages.switch("zh_CN")  # before the window: it is built in Chinese
    window = request.getfixturevalue("signed_in_window")
    data_words = bank_data_words(Path(sandbox.sandbox.db.path))
    patterns = catalogue_patterns(ROOT / "translations" / "a11y_bank_zh_CN.ts")
    found: dict[str, dict[str, str]] = {}
    for key in BUILT_KEYS:
        window.navigate(key)
        qtbot.waitUntil(lambda: window.ctx.tasks.active_count() == 0, timeout=20_000)
        qtbot.wait(20)
        screen = window.current_screen()
        english = untranslated(screen, data_words) | english_ui_texts(screen, patterns)
        if english:
            found[key] = english
    seen = {text for texts in found.values() for text in texts}
    around = {t: w for t, w in untranslated(window, data_words).items() if t not in seen}
    if around:  # the section list, the status line, the bar: outside every screen
        found["(window)"] = around
    assert found == {}


def test_the_scan_finds_english_when_there_is_some(
    qtbot: QtBot, request: pytest.FixtureRequest, sandbox: Any
) -> None:
    """The same scan over the English app finds the app's words: the test above can fail."""
    window = request.getfixturevalue("signed_in_window")
    data_words = bank_data_words(Path(sandbox.sandbox.db.path))
    assert {"current", "wang", "fang"} <= data_words  # the bank's data is read
    window.navigate("transfer")
    qtbot.waitUntil(lambda: window.ctx.tasks.active_count() == 0, timeout=20_000)
    english = untranslated(window.current_screen(), data_words)
    assert any(re.search(r"\bReview payment\b", text) for text in english)


def test_the_emergency_panel_and_the_lock_screen_are_chinese(
    qtbot: QtBot, request: pytest.FixtureRequest, languages: Translations, sandbox: Any
) -> None:
    """The two views that are not sections: the emergency panel (F10, a dialog) and the lock screen."""
    from a11y_bank.ui.emergency import EmergencyPanel
    from a11y_bank.ui.lock import LockScreen

    languages.switch("zh_CN")
    window = request.getfixturevalue("signed_in_window")
    data_words = bank_data_words(Path(sandbox.sandbox.db.path))
    panel = EmergencyPanel(window.ctx, window)
    panel.show()
    qtbot.waitUntil(lambda: window.ctx.tasks.active_count() == 0, timeout=20_000)
    lock = LockScreen(window.ctx)
    qtbot.addWidget(lock)
    found = {
        "emergency": untranslated(panel, data_words),
        "lock": untranslated(lock, data_words),
    }
    panel.close()
    assert found == {"emergency": {}, "lock": {}}
