"""Payees: the saved payees as spoken sentences, add one (checked, with the bank's name check read
back), delete one after a confirmation whose default answer is Cancel.

`name_check_sentence` is shared with the Transfer screen (pay a new payee; the form is
`ui.widgets.payee_form.PayeeForm`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from a11y_bank.a11y.priority import Priority
from a11y_bank.api.models import Beneficiary, NameCheck
from a11y_bank.domain.sentences import join_sentences
from a11y_bank.ui.context import AppContext
from a11y_bank.ui.dialogs import ask_to_confirm
from a11y_bank.ui.messages import render, spoken_text, visible_text
from a11y_bank.ui.models.error_codes import say_error
from a11y_bank.ui.models.owned_tasks import OwnedTasks
from a11y_bank.ui.screens.base import Screen
from a11y_bank.ui.theme import make_heading
from a11y_bank.ui.widgets.fields import label_for, set_label_text
from a11y_bank.ui.widgets.layout import ButtonRow, tab_chain
from a11y_bank.ui.widgets.payee_form import NewPayee, PayeeForm
from a11y_bank.ui.widgets.payment_fields import show_field_error

__all__ = [
    "ButtonRow",  # moved to ui.widgets; still importable from here
    "NameCheckResult",
    "NewPayee",
    "PayeeForm",
    "PayeesScreen",
    "name_check_sentence",
    "payee_sentence",
    "show_field_error",
    "tab_chain",
]

_PAYEE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True, slots=True)
class NameCheckResult:
    """What the bank said about a payee name: the sentence to show and speak, and whether it warns."""

    sentence: str
    warning: bool


def name_check_sentence(check: NameCheck, typed_name: str, matched_name: str = "") -> NameCheckResult:
    """The Confirmation-of-Payee answer as a sentence ("The bank says this account belongs to Zhang San")."""
    if check is NameCheck.MATCH:
        #: Name check result: the typed payee name matches the account holder; {name} is that name.
        text = QCoreApplication.translate("Payees", "The bank says this account belongs to {name}.")
        return NameCheckResult(text.format(name=typed_name), warning=False)
    if check is NameCheck.CLOSE_MATCH:
        #: Name check result: close but not exact; {name} is the account holder's real name.
        text = QCoreApplication.translate(
            "Payees",
            "Close match: the bank says this account belongs to {name}. Check that this is who you mean.",
        )
        return NameCheckResult(text.format(name=matched_name or typed_name), warning=True)
    if check is NameCheck.NO_MATCH:
        #: Name check result: the name does not match the account; {name} is the name the customer typed.
        text = QCoreApplication.translate(
            "Payees",
            "Warning: this account does not belong to {name}. "
            "If you pay it, the money may go to someone else. Check the details with the payee.",
        )
        return NameCheckResult(text.format(name=typed_name), warning=True)
    #: Name check result: the bank could not check the name for this account.
    text = QCoreApplication.translate(
        "Payees", "The bank could not check the name for this account. Make sure the details are right."
    )
    return NameCheckResult(text, warning=True)


def payee_sentence(payee: Beneficiary) -> str:
    """One saved payee read as a sentence: "Zhang San, account ending 1234, reference Rent"."""
    if payee.reference:
        #: A saved payee in a list; {name}, {last4} last 4 characters of the account, {reference}.
        text = QCoreApplication.translate("Payees", "{name}, account ending {last4}, reference {reference}")
        return text.format(name=payee.name, last4=payee.last4, reference=payee.reference)
    #: A saved payee in a list; {name}, {last4} last 4 characters of the account number.
    text = QCoreApplication.translate("Payees", "{name}, account ending {last4}")
    return text.format(name=payee.name, last4=payee.last4)


class PayeesScreen(Screen):
    """Saved payees (one sentence each), add a payee, delete the selected one after confirming."""

    section: ClassVar[str] = "payees"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        # Reads are dropped with the screen: a list arriving after it was closed must not touch it.
        self._reads = OwnedTasks(ctx.tasks, self)
        self._payees: list[Beneficiary] = []
        self._busy = False
        self._build()
        self.retranslate_ui()
        tab_chain(
            [
                self.list_widget,
                self.delete_button,
                self.pay_button,
                *self.form.focus_chain(),
                self.add_button,
            ]
        )

    def _build(self) -> None:
        self.heading = QLabel(self)
        make_heading(self.heading)
        self.list_widget = QListWidget(self)
        self.list_widget.setObjectName("payeeList")
        self.list_widget.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_widget.setWordWrap(True)
        self.list_label = label_for(self.list_widget, "", self)
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("deletePayee")
        self.delete_button.setAutoDefault(True)
        self.delete_button.clicked.connect(self.ask_delete)
        self.pay_button = QPushButton(self)
        self.pay_button.setObjectName("payPayee")
        self.pay_button.setAutoDefault(True)
        self.pay_button.clicked.connect(self._pay_current)
        self.status = QLabel(self)
        self.status.setObjectName("payeesStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        self.form = PayeeForm(self.ctx.announcer, self)
        self.add_button = QPushButton(self.form)
        self.add_button.setObjectName("addPayee")
        self.add_button.setAutoDefault(True)
        self.add_button.clicked.connect(self.add_payee)
        self.form.body.addWidget(self.add_button)
        self.name_check_label = QLabel(self.form)
        self.name_check_label.setObjectName("nameCheck")
        self.name_check_label.setWordWrap(True)
        self.name_check_label.setTextFormat(Qt.TextFormat.PlainText)
        self.name_check_label.hide()
        self.form.body.addWidget(self.name_check_label)
        for edit in (
            self.form.name_field.field,
            self.form.sort_code_field.field,
            self.form.account_field.field,
        ):
            if isinstance(edit, QLineEdit):
                edit.returnPressed.connect(self.add_payee)

        buttons = ButtonRow([self.delete_button, self.pay_button], self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.list_label)
        layout.addWidget(self.list_widget, 1)
        layout.addWidget(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.form)

    def retranslate_ui(self) -> None:
        #: Heading of the payees screen.
        self.heading.setText(self.tr("Payees"))
        #: Label of the list of saved payees.
        set_label_text(self.list_label, self.list_widget, self.tr("Your saved payees"))
        #: Button that deletes the selected payee (asks first).
        self.delete_button.setText(self.tr("Delete payee"))
        #: Button that opens Transfer with the selected payee chosen.
        self.pay_button.setText(self.tr("Pay this payee"))
        #: Button that saves the new payee typed below.
        self.add_button.setText(self.tr("Add payee"))
        self.form.retranslate_ui()

    def title(self) -> str:
        #: Window title part for the payees screen.
        return self.tr("Payees")

    def first_focus(self) -> QWidget:
        return self.list_widget

    def on_shown(self, **kwargs: object) -> None:
        self.refresh()

    # --- list ---------------------------------------------------------------------------------

    @property
    def payees(self) -> list[Beneficiary]:
        return list(self._payees)

    def refresh(self, select_id: str | None = None, then_say: str = "") -> None:
        bank = self.ctx.bank
        self._reads.run(
            bank.beneficiaries,
            lambda payees: self._loaded(payees, select_id, then_say),
            self._failed,
            #: Progress announced while the saved payees load.
            progress_text=self.tr("Loading your payees"),
        )

    def _loaded(self, payees: list[Beneficiary], select_id: str | None, then_say: str) -> None:
        self._payees = sorted(payees, key=lambda payee: payee.name.casefold())
        current_row = max(self.list_widget.currentRow(), 0)
        self.list_widget.clear()
        for payee in self._payees:
            item = QListWidgetItem(payee_sentence(payee))
            item.setData(_PAYEE_ID_ROLE, payee.beneficiary_id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, payee_sentence(payee))
            self.list_widget.addItem(item)
        rows = [i for i, payee in enumerate(self._payees) if payee.beneficiary_id == select_id]
        if self._payees:
            self.list_widget.setCurrentRow(rows[0] if rows else min(current_row, len(self._payees) - 1))
        has_payees = bool(self._payees)
        self.delete_button.setEnabled(has_payees)
        self.pay_button.setEnabled(has_payees)
        count_text = self._count_text(len(self._payees))
        self.status.setText(count_text)
        self.announce(join_sentences(then_say, count_text), Priority.NORMAL)

    def _count_text(self, count: int) -> str:
        if count == 0:
            #: Shown and spoken when there are no saved payees.
            return self.tr("You have no saved payees.")
        if count == 1:
            #: Shown and spoken when there is exactly one saved payee.
            return self.tr("1 saved payee.")
        #: Shown and spoken after the payees loaded; %n is how many.
        return self.tr("%n saved payees.", "", count)

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self.add_button.setEnabled(True)
        self.status.setText(visible_text(say_error(self.ctx.announcer, error)))

    def current_payee(self) -> Beneficiary | None:
        item = self.list_widget.currentItem()
        if item is None:
            return None
        payee_id = item.data(_PAYEE_ID_ROLE)
        return next((p for p in self._payees if p.beneficiary_id == payee_id), None)

    def _pay_current(self) -> None:
        payee = self.current_payee()
        if payee is not None:
            self.ctx.navigate("transfer", payee_id=payee.beneficiary_id)

    # --- delete -------------------------------------------------------------------------------

    def ask_delete(self) -> None:
        payee = self.current_payee()
        if payee is None or self._busy:
            return
        ask_to_confirm(
            self.delete_button,
            #: Title of the dialog that asks before deleting a payee.
            title=self.tr("Delete payee"),
            #: Question before deleting a payee; {payee} is the payee sentence (name, account ending).
            question=self.tr("Delete {payee}? You will need to add them again to pay them.").format(
                payee=payee_sentence(payee)
            ),
            #: Button that confirms deleting the payee.
            confirm_text=self.tr("Delete"),
            on_answer=lambda yes: self._delete(payee) if yes else self._kept(payee),
            return_focus_to=self.list_widget,
        )

    def _kept(self, payee: Beneficiary) -> None:
        #: Spoken when the customer cancels deleting a payee; {name} is the payee's name.
        self.announce(self.tr("{name} was not deleted.").format(name=payee.name), Priority.NORMAL)

    def _delete(self, payee: Beneficiary) -> None:
        self._busy = True
        bank = self.ctx.bank
        self.ctx.tasks.run(
            lambda: bank.delete_beneficiary(payee.beneficiary_id),
            lambda _none: self._deleted(payee),
            self._failed,
            #: Progress announced while a payee is deleted.
            progress_text=self.tr("Deleting the payee"),
        )

    def _deleted(self, payee: Beneficiary) -> None:
        self._busy = False
        message = render("success.payee_deleted", payee=payee.name)
        self.list_widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self.refresh(then_say=spoken_text(message))

    # --- add ----------------------------------------------------------------------------------

    def add_payee(self) -> None:
        if self._busy:
            return
        new_payee = self.form.validate()
        if new_payee is None:
            return
        self._busy = True
        self.add_button.setEnabled(False)
        bank = self.ctx.bank
        self.ctx.tasks.run(
            lambda: bank.add_beneficiary(
                new_payee.name, new_payee.account.scheme.value, new_payee.account.identification
            ),
            lambda result: self._added(new_payee, *result),
            self._failed,
            #: Progress announced while the bank saves and checks a new payee.
            progress_text=self.tr("Adding the payee and checking the name"),
        )

    def _added(self, new_payee: NewPayee, payee: Beneficiary, check: NameCheck) -> None:
        self._busy = False
        self.add_button.setEnabled(True)
        result = name_check_sentence(check, new_payee.name, payee.matched_name)
        self.name_check_label.setText(result.sentence)
        self.name_check_label.setVisible(True)
        added = render("success.payee_added", payee=payee.name)
        self.announce(result.sentence, Priority.NOW if result.warning else Priority.NEXT)
        self.form.clear()
        self.list_widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self.refresh(select_id=payee.beneficiary_id, then_say=spoken_text(added))
