"""Patterns of every catalogue message as shown and as spoken, to tell a catalogued rejection from any
other text (placeholders match anything)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from a11y_bank.domain.messages import CATALOGUE
from a11y_bank.ui.messages import render, spoken_text, visible_text

_HOLE = "\ue000"  # a private-use character no message contains


@dataclass(frozen=True, slots=True)
class CataloguePattern:
    code: str
    shown: re.Pattern[str]
    shown_short: re.Pattern[str]
    spoken: re.Pattern[str]


def _pattern(text: str) -> re.Pattern[str]:
    return re.compile(re.escape(text).replace(re.escape(_HOLE), ".*?"), re.DOTALL)


@cache
def patterns() -> tuple[CataloguePattern, ...]:
    """One pattern pair per catalogue entry, in the app's current language."""
    found = []
    for code, entry in CATALOGUE.items():
        msg = render(code, **dict.fromkeys(entry.placeholders(), _HOLE))
        shown, short, spoken = _pattern(visible_text(msg)), _pattern(msg.text), _pattern(spoken_text(msg))
        found.append(CataloguePattern(code, shown, short, spoken))
    return tuple(found)


def codes_showing(text: str) -> set[str]:
    """Catalogue codes whose shown form (text and action, or the text alone under a field whose label
    already says what to do) is exactly `text`; empty: `text` is not a catalogue message."""
    return {p.code for p in patterns() if p.shown.fullmatch(text) or p.shown_short.fullmatch(text)}


def spoken_as(code: str, text: str) -> bool:
    return any(p.code == code and p.spoken.fullmatch(text) for p in patterns())
