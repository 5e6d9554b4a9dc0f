"""The fields of a new payee (name, and the account as a CN number, UK sort code and account, or
IBAN), checked by domain.validation; shared by the Payees and Transfer screens."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QGroupBox, QLineEdit, QVBoxLayout, QWidget

from a11y_bank.a11y.announcer import Announcer
from a11y_bank.domain.validation import (
    AccountIdentifier,
    AccountScheme,
    ValidationError,
    validate_cn_account,
    validate_iban,
    validate_payee_name,
    validate_uk_account,
)
from a11y_bank.ui.widgets.fields import LabelledField, label_for, set_label_text
from a11y_bank.ui.widgets.payment_fields import show_field_error

__all__ = ["NewPayee", "PayeeForm"]


@dataclass(frozen=True, slots=True)
class NewPayee:
    """A payee the customer typed, checked by domain.validation."""

    name: str
    account: AccountIdentifier


class PayeeForm(QGroupBox):
    """Name + account fields of a new payee (sort code + account number, IBAN or CN account number)."""

    def __init__(self, announcer: Announcer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._announcer = announcer
        self.name_field = LabelledField(QLineEdit(self), parent=self)
        self.scheme_combo = QComboBox(self)
        self.scheme_label = label_for(self.scheme_combo, "", self)
        for scheme in (AccountScheme.CN_ACCOUNT, AccountScheme.UK_SORT_CODE_ACCOUNT, AccountScheme.IBAN):
            self.scheme_combo.addItem("", scheme.value)  # plain str: Qt does not keep the enum type
        self.sort_code_field = LabelledField(QLineEdit(self), parent=self)
        self.account_field = LabelledField(QLineEdit(self), parent=self)
        self.name_field.field.setObjectName("payeeName")
        self.scheme_combo.setObjectName("payeeScheme")
        self.sort_code_field.field.setObjectName("payeeSortCode")
        self.account_field.field.setObjectName("payeeAccount")
        self.body = QVBoxLayout(self)
        for widget in (self.name_field, self.scheme_label, self.scheme_combo):
            self.body.addWidget(widget)
        self.body.addWidget(self.sort_code_field)
        self.body.addWidget(self.account_field)
        self.scheme_combo.currentIndexChanged.connect(self._scheme_changed)
        self.retranslate_ui()
        self._scheme_changed()

    def retranslate_ui(self) -> None:
        #: Title of the group of fields for a new payee.
        self.setTitle(self.tr("New payee"))
        #: Label of the new payee's name field.
        self.name_field.set_text(self.tr("Payee name"))
        #: Hint under the payee name field.
        self.name_field.set_hint(self.tr("The name on their bank account."))
        #: Label of the list that chooses how the payee's account is written.
        set_label_text(self.scheme_label, self.scheme_combo, self.tr("Account type"))
        names = {
            #: Account type: a Chinese bank account or bank card number.
            AccountScheme.CN_ACCOUNT: self.tr("Chinese account or card number"),
            #: Account type: a UK sort code and account number.
            AccountScheme.UK_SORT_CODE_ACCOUNT: self.tr("UK sort code and account number"),
            #: Account type: an international bank account number.
            AccountScheme.IBAN: self.tr("IBAN"),
        }
        for index in range(self.scheme_combo.count()):
            self.scheme_combo.setItemText(index, names[AccountScheme(self.scheme_combo.itemData(index))])
        #: Label of the UK sort code field.
        self.sort_code_field.set_text(self.tr("Sort code"))
        #: Hint under the sort code field.
        self.sort_code_field.set_hint(self.tr("6 digits, for example 12-34-56."))
        self._scheme_changed()

    def scheme(self) -> AccountScheme:
        value = self.scheme_combo.currentData()
        return AccountScheme(value) if isinstance(value, str) else AccountScheme.CN_ACCOUNT

    def _scheme_changed(self) -> None:
        scheme = self.scheme()
        self.sort_code_field.setVisible(scheme is AccountScheme.UK_SORT_CODE_ACCOUNT)
        if scheme is AccountScheme.IBAN:
            #: Label of the IBAN field.
            self.account_field.set_text(self.tr("IBAN"))
            #: Hint under the IBAN field.
            self.account_field.set_hint(
                self.tr("Starts with 2 letters, for example GB82 WEST 1234 5698 7654 32.")
            )
        elif scheme is AccountScheme.UK_SORT_CODE_ACCOUNT:
            #: Label of the UK account number field.
            self.account_field.set_text(self.tr("Account number"))
            #: Hint under the UK account number field.
            self.account_field.set_hint(self.tr("8 digits."))
        else:
            #: Label of the Chinese account or card number field.
            self.account_field.set_text(self.tr("Account or card number"))
            #: Hint under the Chinese account number field.
            self.account_field.set_hint(self.tr("16 to 19 digits. Spaces are fine."))

    def focus_chain(self) -> list[QWidget]:
        """The form's inputs in reading order (hidden ones are skipped by Qt)."""
        return [
            self.name_field.field,
            self.scheme_combo,
            self.sort_code_field.field,
            self.account_field.field,
        ]

    def text_of(self, field: LabelledField) -> str:
        widget = field.field
        return widget.text() if isinstance(widget, QLineEdit) else ""

    def clear_errors(self) -> None:
        for field in (self.name_field, self.sort_code_field, self.account_field):
            field.set_error("")

    def clear(self) -> None:
        for field in (self.name_field, self.sort_code_field, self.account_field):
            widget = field.field
            if isinstance(widget, QLineEdit):
                widget.clear()
        self.clear_errors()

    def validate(self) -> NewPayee | None:
        """The checked payee, or None after showing, speaking and focusing the first bad field."""
        self.clear_errors()
        name = validate_payee_name(self.text_of(self.name_field))
        if isinstance(name, ValidationError):
            show_field_error(self._announcer, self.name_field, name)
            return None
        account, bad_field = self._validate_account()
        if isinstance(account, ValidationError):
            show_field_error(self._announcer, bad_field, account)
            return None
        return NewPayee(name, account)

    def _validate_account(self) -> tuple[AccountIdentifier | ValidationError, LabelledField]:
        scheme = self.scheme()
        number = self.text_of(self.account_field)
        if scheme is not AccountScheme.UK_SORT_CODE_ACCOUNT and not number.strip():
            return ValidationError("account.empty"), self.account_field
        if scheme is AccountScheme.IBAN:
            return validate_iban(number), self.account_field
        if scheme is AccountScheme.CN_ACCOUNT:
            return validate_cn_account(number), self.account_field
        result = validate_uk_account(self.text_of(self.sort_code_field), number)
        field = self.sort_code_field if _is_sort_code_error(result) else self.account_field
        return result, field


def _is_sort_code_error(result: AccountIdentifier | ValidationError) -> bool:
    return isinstance(result, ValidationError) and result.code == "sort_code.invalid"
