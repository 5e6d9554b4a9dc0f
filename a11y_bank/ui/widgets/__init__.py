"""Reusable accessible widgets."""

from a11y_bank.ui.widgets.fields import LabelledField, label_for, set_label_text
from a11y_bank.ui.widgets.money import MoneyLineEdit, parse_amount, spoken_amount

__all__ = ["LabelledField", "MoneyLineEdit", "label_for", "parse_amount", "set_label_text", "spoken_amount"]
