"""Walk every widget of a window, collect what a person can see or hear, and find untranslated English."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from a11y_bank.a11y.announcer import Notice

#: Words that stay as they are in Chinese text: key names, codes, and what the bank's data contains.
ALLOWED_WORDS = frozenset(
    {
        "ctrl",
        "shift",
        "tab",
        "enter",
        "esc",
        "alt",
        "space",
        "plus",
        "minus",
        "backspace",
        "pgup",
        "pgdown",
        "home",
        "end",
        "up",
        "down",
        "left",
        "right",
        "iban",
        "sms",
        "cny",
        "gbp",
        "eur",
        "usd",
        "id",
        "pin",
        "english",  # the language list shows each language in its own name on purpose
        "atkinson",  # the low-vision font's name (Atkinson Hyperlegible) is not translated
        "hyperlegible",
        "txt",
        "html",
        "support",
        "demo",
        "bank",
        "example",  # file types, the support address
        "gb",
        "west",
        "de",  # the IBAN example
    }
)
ASCII_WORD = re.compile(r"[A-Za-z]{2,}")


def widget_texts(widget: QWidget) -> Iterator[str]:
    """Everything `widget` shows or tells assistive technology, one text at a time."""
    yield widget.accessibleName()
    yield widget.accessibleDescription()
    yield widget.toolTip()
    yield widget.whatsThis()
    if widget.isWindow():
        yield widget.windowTitle()
    if isinstance(widget, (QLabel, QAbstractButton)):
        yield widget.text()
    if isinstance(widget, QGroupBox):
        yield widget.title()
    if isinstance(widget, QLineEdit):
        yield widget.placeholderText()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        yield widget.placeholderText()
    if isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    if isinstance(widget, QTabWidget):
        yield from (widget.tabText(i) for i in range(widget.count()))
    if isinstance(widget, QListWidget):  # the section list; other views show the bank's data
        yield from (widget.item(i).text() for i in range(widget.count()))
    if isinstance(widget, QTableView) and widget.model() is not None:
        model = widget.model()
        columns = widget.horizontalHeader().count()
        yield from (str(model.headerData(i, Qt.Orientation.Horizontal) or "") for i in range(columns))


def english_words(text: str, data_words: frozenset[str] = frozenset()) -> list[str]:
    """The English words of `text` that a Chinese reader should not meet."""
    allowed = ALLOWED_WORDS | data_words
    return [w for w in ASCII_WORD.findall(text) if w.lower() not in allowed]


def untranslated(root: QWidget, data_words: frozenset[str] = frozenset()) -> dict[str, str]:
    """`{text: "ClassName objectName"}` for every text under `root` that still holds English words.

    The status line (`Notice`) is left out: it shows the last thing said, which was said in the
    language of its time; the next announcement replaces it.
    """
    found: dict[str, str] = {}
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, Notice):
            continue
        for text in widget_texts(widget):
            if text and english_words(text, data_words):
                found.setdefault(text, f"{type(widget).__name__} {widget.objectName()}".strip())
    return found


def catalogue_patterns(ts_file: Path) -> list[tuple[str, re.Pattern[str]]]:
    """A pattern per catalogue source text that has English words of its own (not only placeholders).

    `{name}` and `%n` match anything, so a text built from an English source with any data in it
    is still recognised.
    """
    patterns: list[tuple[str, re.Pattern[str]]] = []
    for message in ET.parse(ts_file).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is not None and translation.text == source:
            continue  # the same in both languages ("IBAN")
        fixed = re.sub(r"\{[^{}]*\}|%L?n", " ", source)
        if not ASCII_WORD.search(fixed):
            continue
        parts = re.split(r"(\{[^{}]*\}|%L?n)", source)
        regex = "".join(".+?" if re.fullmatch(r"\{[^{}]*\}|%L?n", p) else re.escape(p) for p in parts)
        patterns.append((source, re.compile(regex, re.DOTALL)))
    return patterns


def english_ui_texts(root: QWidget, patterns: list[tuple[str, re.Pattern[str]]]) -> dict[str, str]:
    """`{text: source}` for every text under `root` that is an English catalogue string, filled in."""
    found: dict[str, str] = {}
    for widget in [root, *root.findChildren(QWidget)]:
        for text in widget_texts(widget):
            for source, pattern in patterns:
                if text and pattern.fullmatch(text.strip()):
                    found.setdefault(text, source)
    return found
