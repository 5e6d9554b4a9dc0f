"""The fields of a payment form shared by Transfer and Pay bills: the amount (labelled with the
paying account's currency, read back in words), the checked values, and the errors shown beside a field.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from a11y_bank.a11y.announcer import Announcer
from a11y_bank.domain.money import Money
from a11y_bank.domain.validation import ValidationError, parse_amount, validate_schedule_date
from a11y_bank.ui.messages import say_at_field
from a11y_bank.ui.models.money_text import current_locale_name, spoken_money
from a11y_bank.ui.widgets.fields import LabelledField
from a11y_bank.ui.widgets.money import MoneyLineEdit

__all__ = ["FormValues", "PaymentAmountField", "checked_amount", "checked_date", "show_field_error"]


def show_field_error(announcer: Announcer, field: LabelledField, error: ValidationError) -> None:
    """A catalogue message next to the field, focus back on the field, then spoken once
    (`ui.messages.say_at_field`; docs/orca.md, finding 9)."""
    say_at_field(announcer, field, error.code, **error.params)


def checked_amount(
    announcer: Announcer, field: LabelledField, edit: MoneyLineEdit
) -> Money | ValidationError:
    """The typed amount in the edit's currency; an error is shown by the field, spoken, and focused."""
    money = parse_amount(edit.text(), edit.currency())
    if isinstance(money, ValidationError):
        show_field_error(announcer, field, money)
    return money


def checked_date(
    announcer: Announcer, field: LabelledField, edit: QLineEdit
) -> date | ValidationError | None:
    """None for "pay today" (empty or today's date), a later date to schedule, or the shown error."""
    text = edit.text().strip()
    if not text:
        return None
    today = date.today()
    when = validate_schedule_date(text, today=today)
    if isinstance(when, ValidationError):
        show_field_error(announcer, field, when)
        return when
    return when if when > today else None


@dataclass(frozen=True, slots=True)
class FormValues:
    """The checked amount, reference and date of a payment form (date None: pay today)."""

    amount: Money
    reference: str
    when: date | None


class PaymentAmountField(LabelledField):
    """The amount of a payment: a money edit in the paying account's currency, labelled "Amount in
    CNY" with a hint, and read back in words when the customer leaves it ("Amount: twelve yuan and
    fifty fen"). The edit itself would speak digits; the words are ours (its announcer is None)."""

    def __init__(self, announce: Callable[[str], None], parent: QWidget | None = None) -> None:
        self.edit = MoneyLineEdit("CNY", None)
        self.edit.setObjectName("amount")
        super().__init__(self.edit, parent=parent)
        self._announce = announce
        self.edit.editingFinished.connect(self._speak_amount)
        self.retranslate_ui()

    def set_currency(self, currency: str) -> None:
        """The paying account's currency: the edit's and the label's."""
        self.edit.set_currency(currency)
        self.retranslate_ui()

    def checked(self, announcer: Announcer) -> Money | ValidationError:
        return checked_amount(announcer, self, self.edit)

    def retranslate_ui(self) -> None:
        #: Label of a payment's amount field; {currency} is the paying account's currency code.
        self.set_text(self.tr("Amount in {currency}").format(currency=self.edit.currency()))
        #: Hint under a payment's amount field.
        self.set_hint(self.tr("Digits and a decimal point, for example 120.50."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _speak_amount(self) -> None:
        money = parse_amount(self.edit.text(), self.edit.currency())
        if isinstance(money, Money):
            #: Spoken when a payment's amount field is left; {amount} is the amount in words.
            text = self.tr("Amount: {amount}")
            self._announce(text.format(amount=spoken_money(money, current_locale_name())))
