"""A line edit for money amounts: Decimal in and out, never float, and it says what it holds."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QRegularExpression, QTimer, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from a11y_bank.a11y.announcer import Announcer
from a11y_bank.a11y.priority import Priority

# Up to 12 whole digits (thousands separators allowed while typing) and two decimals.
_AMOUNT_PATTERN = r"^\s*[0-9][0-9,  ]{0,15}([.][0-9]{0,2})?\s*$|^\s*[.][0-9]{1,2}\s*$|^$"
_AMOUNT_RE = re.compile(_AMOUNT_PATTERN)
SPEAK_DELAY_MS = 250  # after the reader's own focus narration (pitfalls §1.5)


def parse_amount(text: str) -> Decimal | None:
    """ "1,250.5" -> Decimal("1250.50"); None when empty or not an amount.

    Only what the field's validator lets through counts as an amount: text set or pasted around it
    ("1e30", "1.005") is refused, never rounded or raised on, so the bank gets exactly what was typed.
    """
    if _AMOUNT_RE.fullmatch(text) is None:
        return None
    cleaned = text.replace(",", "").replace(" ", "").replace("\u00a0", "").strip()
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    if not value.is_finite() or value < 0:
        return None
    return value.quantize(Decimal("0.01"))


def spoken_amount(value: Decimal, currency: str) -> str:
    """How the amount is read back: grouped digits and the currency code ("1,250.50 CNY")."""
    return f"{value:,.2f} {currency}"


class MoneyLineEdit(QLineEdit):
    """Accepts amounts like 1,250.50 and exposes them as Decimal.

    The accessible description always carries the amount as understood ("1,250.50 CNY"), and when
    editing finishes the amount is announced, so a typing slip is heard at once.

    Signals:
        value_changed(object): the parsed Decimal, or None when empty/invalid.
    """

    value_changed = Signal(object)

    def __init__(
        self, currency: str = "CNY", announcer: Announcer | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._currency = currency
        self._announcer = announcer
        self.setValidator(QRegularExpressionValidator(QRegularExpression(_AMOUNT_PATTERN), self))
        self.textChanged.connect(self._on_text_changed)
        self.editingFinished.connect(self._speak_value)

    def value(self) -> Decimal | None:
        return parse_amount(self.text())

    def set_value(self, value: Decimal | None) -> None:
        self.setText("" if value is None else f"{value:.2f}")

    def currency(self) -> str:
        return self._currency

    def set_currency(self, currency: str) -> None:
        self._currency = currency
        self._on_text_changed(self.text())

    def spoken_value(self) -> str:
        value = self.value()
        return "" if value is None else spoken_amount(value, self._currency)

    def _on_text_changed(self, _text: str) -> None:
        self.setAccessibleDescription(self.spoken_value())
        self.value_changed.emit(self.value())

    def _speak_value(self) -> None:
        if self._announcer is None or not self.spoken_value():
            return
        text = self.spoken_value()
        announcer = self._announcer
        QTimer.singleShot(SPEAK_DELAY_MS, announcer, lambda: announcer.announce(text, Priority.NORMAL))
