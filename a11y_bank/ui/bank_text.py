"""Text the bank wrote (product names and sheets, questionnaires, card names) follows a language switch.

The bank localises its own text (it answers each request in the language of `api.language`, which
follows the app's). What a screen already shows was asked for in the language of its request, so after
a switch the screen asks the bank again: `BankTextLanguage` remembers which language a screen's bank text
was asked in, and says when that is no longer the app's; `choose_data` keeps a choice across the redraw.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from a11y_bank.api.language import APP_LANGUAGE, BankLanguage

__all__ = ["BankTextLanguage", "choose_data"]


class BankTextLanguage:
    """The language one screen's bank text was asked in (GUI thread)."""

    def __init__(self, current: BankLanguage = APP_LANGUAGE) -> None:
        self._current = current
        self._asked: str | None = None

    def asking(self) -> None:
        """A request for bank text is going out now, in the current language."""
        self._asked = self._current.tag

    def stale(self) -> bool:
        """True when bank text was asked for and the language has changed since."""
        return self._asked is not None and self._asked != self._current.tag


def choose_data(combo: QComboBox, data: object) -> None:
    """Select the entry holding `data` again after `combo` was refilled with text in another language
    (or fresh figures): the customer's choice survives the redraw, if it is still there."""
    index = combo.findData(data) if data is not None else -1
    if index >= 0:
        combo.setCurrentIndex(index)
