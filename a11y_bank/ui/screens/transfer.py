"""Transfer: from an account to a saved or new payee, with a review page, a one-time code and a
status that is announced as it moves.

Pages (one QStackedWidget, never a chain of modal dialogs): the form, then the pages of
`ui.widgets.payment_steps.PaymentSteps` (review, code, status), which Pay bills reuses.
`PaymentFlow` drives the steps.
"""

from __future__ import annotations

from decimal import Decimal
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from a11y_bank.a11y.priority import Priority
from a11y_bank.api.models import Account, Beneficiary, NameCheck, PaymentConsent, PaymentIntent
from a11y_bank.domain.money import Money
from a11y_bank.domain.validation import (
    ValidationError,
    validate_reference,
)
from a11y_bank.quickmenu import QuickAction
from a11y_bank.ui.context import AppContext
from a11y_bank.ui.messages import say, visible_text
from a11y_bank.ui.models.error_codes import say_error
from a11y_bank.ui.models.money_text import current_locale_name, display_money
from a11y_bank.ui.payment_flow import (
    FINAL_STEPS,
    FORM_STEPS,
    FlowStep,
    PaymentFlow,
)
from a11y_bank.ui.screens.base import Screen
from a11y_bank.ui.screens.payees import name_check_sentence, payee_sentence
from a11y_bank.ui.theme import make_heading
from a11y_bank.ui.widgets.fields import LabelledField, label_for, set_label_text
from a11y_bank.ui.widgets.layout import tab_chain
from a11y_bank.ui.widgets.payee_form import NewPayee, PayeeForm
from a11y_bank.ui.widgets.payment_fields import FormValues, PaymentAmountField, checked_date, show_field_error
from a11y_bank.ui.widgets.payment_steps import PaymentDetails, PaymentSteps

__all__ = ["LARGE_AMOUNT", "TransferScreen", "account_sentence"]

# Amounts at or above this (in the account's currency) are warned about before money moves.
LARGE_AMOUNT = Decimal(5000)
_NEW_PAYEE = "__new__"


def account_sentence(account: Account) -> str:
    """An own account as a list entry: "Current account, ending 1234, CNY"."""
    name = account.nickname or account.description or account.kind
    #: One of the customer's accounts in a list; {name} nickname, {last4} last 4 digits, {currency} code.
    text = QCoreApplication.translate("TransferScreen", "{name}, ending {last4}, {currency}")
    return text.format(name=name, last4=account.last4, currency=account.currency)


class TransferScreen(Screen):
    """Send money from one of the customer's accounts to a saved or a new payee."""

    section: ClassVar[str] = "transfer"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._accounts: list[Account] = []
        self._payees: list[Beneficiary] = []
        self._wanted_payee: str | None = None
        self._adding_payee = False
        # A quick menu payment (Alt+N) waiting for the accounts and payees to load.
        self._quick_action: QuickAction | None = None
        # Payees added here whose first payment has not been made yet: their name check result.
        self._fresh_payees: dict[str, tuple[NewPayee, Beneficiary, NameCheck]] = {}
        self._last_step = FlowStep.EDITING
        self.flow = PaymentFlow(ctx, self)
        self._build()
        self.steps = PaymentSteps(self, self.flow, self.stack, self.form_page)
        self.flow.review_ready.connect(self._review_ready)
        self.flow.step_changed.connect(self._step_changed)
        self.flow.problem.connect(self._flow_problem)
        self.retranslate_ui()
        tab_chain(self._form_chain() + self.steps.focus_chain())

    # --- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel(self)
        make_heading(self.heading)
        self.stack = QStackedWidget(self)
        self.form_page = QWidget(self.stack)
        self.stack.addWidget(self.form_page)
        page = self.form_page

        self.from_combo = QComboBox(page)
        self.from_combo.setObjectName("fromAccount")
        self.from_label = label_for(self.from_combo, "", page)
        self.from_combo.currentIndexChanged.connect(self._account_changed)
        self.payee_combo = QComboBox(page)
        self.payee_combo.setObjectName("payee")
        self.payee_label = label_for(self.payee_combo, "", page)
        self.payee_combo.currentIndexChanged.connect(self._payee_changed)
        self.payee_form = PayeeForm(self.ctx.announcer, page)
        self.payee_form.hide()

        self.amount_field = PaymentAmountField(self.announce, page)
        self.amount_edit = self.amount_field.edit
        self.reference_edit = QLineEdit(page)
        self.reference_edit.setObjectName("reference")
        self.reference_field = LabelledField(self.reference_edit, parent=page)
        self.date_edit = QLineEdit(page)
        self.date_edit.setObjectName("paymentDate")
        self.date_field = LabelledField(self.date_edit, parent=page)
        self.review_button = QPushButton(page)
        self.review_button.setObjectName("reviewPayment")
        self.review_button.setAutoDefault(True)
        self.review_button.clicked.connect(self.review)
        for edit in (self.amount_edit, self.reference_edit, self.date_edit):
            edit.returnPressed.connect(self.review)
        self.form_status = QLabel(page)
        self.form_status.setObjectName("transferStatus")
        self.form_status.setWordWrap(True)
        self.form_status.setTextFormat(Qt.TextFormat.PlainText)

        self.details_box = QGroupBox(page)
        details = QVBoxLayout(self.details_box)
        for labelled in (self.amount_field, self.reference_field, self.date_field):
            details.addWidget(labelled)
        self.route_box = QGroupBox(page)
        route = QVBoxLayout(self.route_box)
        for widget in (self.from_label, self.from_combo, self.payee_label, self.payee_combo, self.payee_form):
            route.addWidget(widget)
        form = QVBoxLayout(page)
        form.addWidget(self.route_box)
        form.addWidget(self.details_box)
        form.addWidget(self.review_button, 0, Qt.AlignmentFlag.AlignLeft)
        form.addWidget(self.form_status)
        form.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.stack, 1)

    def _form_chain(self) -> list[QWidget]:
        return [
            self.from_combo,
            self.payee_combo,
            *self.payee_form.focus_chain(),
            self.amount_edit,
            self.reference_edit,
            self.date_edit,
            self.review_button,
        ]

    def retranslate_ui(self) -> None:
        #: Heading of the transfer screen.
        self.heading.setText(self.tr("Transfer money"))
        #: Title of the group: which account pays and who receives.
        self.route_box.setTitle(self.tr("From and to"))
        #: Label of the list of the customer's own accounts to pay from.
        set_label_text(self.from_label, self.from_combo, self.tr("From account"))
        #: Label of the list of payees (saved ones, or a new one).
        set_label_text(self.payee_label, self.payee_combo, self.tr("Pay to"))
        #: Title of the group with amount, reference and date.
        self.details_box.setTitle(self.tr("Payment details"))
        #: Label of the payment reference field.
        self.reference_field.set_text(self.tr("Reference (optional)"))
        #: Hint under the reference field.
        self.reference_field.set_hint(self.tr("What the payee sees, up to 35 characters."))
        #: Label of the payment date field.
        self.date_field.set_text(self.tr("Payment date (optional)"))
        #: Hint under the payment date field.
        self.date_field.set_hint(
            self.tr(
                "Leave empty to pay today, or type a later date as year-month-day, for example 2026-12-31."
            )
        )
        #: Button that shows the payment for checking before anything is sent.
        self.review_button.setText(self.tr("Review payment"))
        self.payee_form.retranslate_ui()
        if hasattr(self, "steps"):  # not yet while __init__ builds the widgets
            self.steps.retranslate_ui()
        self._fill_payees()

    def title(self) -> str:
        #: Window title part for the transfer screen.
        return self.tr("Transfer")

    def first_focus(self) -> QWidget:
        return self.from_combo

    def can_leave(self) -> bool:
        return not self.flow.money_in_flight()

    # --- loading ------------------------------------------------------------------------------

    def on_shown(self, **kwargs: object) -> None:
        payee_id = kwargs.get("payee_id")
        self._wanted_payee = payee_id if isinstance(payee_id, str) else None
        quick = kwargs.get("quick_action")
        if isinstance(quick, QuickAction) and not self._take_quick_action(quick):
            return
        if self.flow.step in FORM_STEPS or self.flow.step in FINAL_STEPS:
            self.refresh()

    def _take_quick_action(self, action: QuickAction) -> bool:
        """A quick menu payment: filled in once loaded, then shown for review (never sent from here).
        Refused while another payment on this screen is under way."""
        if self.flow.step in FINAL_STEPS:
            self.flow.start_over()
        if self.flow.step is not FlowStep.EDITING or self._adding_payee:
            say(self.ctx.announcer, "quick_menu.payment_busy", Priority.NOW)
            return False
        self._quick_action = action
        self._wanted_payee = action.payee_id
        return True

    def _apply_quick_action(self, action: QuickAction) -> None:
        self._quick_action = None
        account_row = self.from_combo.findData(action.account_id) if action.account_id else 0
        payee = self.current_payee()
        if account_row < 0 or payee is None or payee.beneficiary_id != action.payee_id:
            say(self.ctx.announcer, "quick_menu.stale", Priority.NOW, name=action.label)
            return
        self.from_combo.setCurrentIndex(account_row)  # sets the amount's currency
        self.reference_edit.clear()
        self.date_edit.clear()
        self.amount_edit.setText(action.amount_text())
        self.review()

    def refresh(self) -> None:
        bank = self.ctx.bank
        #: Progress announced while the transfer screen loads accounts and payees.
        progress = self.tr("Loading your accounts and payees")
        self.ctx.tasks.run(
            lambda: (bank.accounts(), bank.beneficiaries()),
            self._loaded,
            self._load_failed,
            progress_text=progress,
        )

    def _loaded(self, result: tuple[list[Account], list[Beneficiary]]) -> None:
        accounts, payees = result
        current = self.from_combo.currentData()
        self._accounts = accounts
        self.from_combo.blockSignals(True)
        self.from_combo.clear()
        for account in accounts:
            self.from_combo.addItem(account_sentence(account), account.account_id)
        self.from_combo.setCurrentIndex(max(self.from_combo.findData(current), 0))
        self.from_combo.blockSignals(False)
        self._account_changed()
        self._payees = sorted(payees, key=lambda payee: payee.name.casefold())
        self._fill_payees()
        if self._quick_action is not None:
            self._apply_quick_action(self._quick_action)
            return
        #: Shown and spoken when the transfer form is ready.
        ready = self.tr("Ready. Choose the account to pay from.")
        self.form_status.setText(ready)
        self.announce(ready, Priority.NORMAL)

    def _load_failed(self, error: BaseException) -> None:
        self.form_status.setText(visible_text(say_error(self.ctx.announcer, error)))

    def _fill_payees(self) -> None:
        # Keep the choice across reloads, but a fresh screen starts on the first saved payee.
        wanted = self._wanted_payee or self.payee_combo.currentData()
        if wanted == _NEW_PAYEE and self.payee_combo.count() <= 1:
            wanted = None  # "A new payee" was the only entry before the payees loaded: not a choice
        self.payee_combo.blockSignals(True)
        self.payee_combo.clear()
        for payee in self._payees:
            self.payee_combo.addItem(payee_sentence(payee), payee.beneficiary_id)
        #: Last entry of the payee list: type the details of someone not saved yet.
        self.payee_combo.addItem(self.tr("A new payee"), _NEW_PAYEE)
        index = self.payee_combo.findData(wanted) if wanted else 0
        self.payee_combo.setCurrentIndex(max(index, 0))
        self.payee_combo.blockSignals(False)
        self._wanted_payee = None
        self._payee_changed()

    def _account_changed(self) -> None:
        account = self.current_account()
        if account is not None:
            self.amount_field.set_currency(account.currency)

    def _payee_changed(self) -> None:
        self.payee_form.setVisible(self.payee_combo.currentData() == _NEW_PAYEE)

    def current_account(self) -> Account | None:
        account_id = self.from_combo.currentData()
        return next((a for a in self._accounts if a.account_id == account_id), None)

    def current_payee(self) -> Beneficiary | None:
        payee_id = self.payee_combo.currentData()
        return next((p for p in self._payees if p.beneficiary_id == payee_id), None)

    # --- review -------------------------------------------------------------------------------

    def review(self) -> None:
        """Check every field (message shown + spoken, focus on the first bad one); then ask for review."""
        if self.flow.step is not FlowStep.EDITING or self._adding_payee:
            return
        for labelled in (self.amount_field, self.reference_field, self.date_field):
            labelled.set_error("")
        account = self.current_account()
        if account is None:
            self._load_failed(Exception())
            return
        new_payee = self.payee_form.validate() if self.payee_combo.currentData() == _NEW_PAYEE else None
        if self.payee_combo.currentData() == _NEW_PAYEE and new_payee is None:
            return
        checked = self._checked_details()
        if checked is None:
            return
        if new_payee is not None:
            self._add_then_review(account, new_payee, checked)
            return
        payee = self.current_payee()
        if payee is None:
            return
        self._request_review(account, payee, checked)

    def _checked_details(self) -> FormValues | None:
        announcer = self.ctx.announcer
        money = self.amount_field.checked(announcer)
        if isinstance(money, ValidationError):
            return None
        reference = validate_reference(self.reference_edit.text())
        if isinstance(reference, ValidationError):
            show_field_error(announcer, self.reference_field, reference)
            return None
        when = checked_date(announcer, self.date_field, self.date_edit)
        if isinstance(when, ValidationError):
            return None
        return FormValues(money, reference, when)

    def _add_then_review(self, account: Account, new_payee: NewPayee, values: FormValues) -> None:
        self._adding_payee = True
        self.review_button.setEnabled(False)
        bank = self.ctx.bank
        self.ctx.tasks.run(
            lambda: bank.add_beneficiary(
                new_payee.name, new_payee.account.scheme.value, new_payee.account.identification
            ),
            lambda result: self._payee_added(account, new_payee, result, values),
            self._payee_not_added,
            #: Progress announced while the bank saves a new payee and checks the name.
            progress_text=self.tr("Checking the payee's name with the bank"),
        )

    def _payee_added(
        self,
        account: Account,
        new_payee: NewPayee,
        result: tuple[Beneficiary, NameCheck],
        values: FormValues,
    ) -> None:
        self._adding_payee = False
        self.review_button.setEnabled(True)
        payee, check = result
        self._fresh_payees[payee.beneficiary_id] = (new_payee, payee, check)
        self._payees = sorted([*self._payees, payee], key=lambda p: p.name.casefold())
        self._wanted_payee = payee.beneficiary_id
        self._fill_payees()
        self.payee_form.clear()
        self._request_review(account, payee, values)

    def _payee_not_added(self, error: BaseException) -> None:
        self._adding_payee = False
        self.review_button.setEnabled(True)
        self._load_failed(error)
        self.payee_form.name_field.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _request_review(self, account: Account, payee: Beneficiary, values: FormValues) -> None:
        intent = PaymentIntent(
            debtor_account_id=account.account_id,
            creditor_scheme=payee.scheme_name,
            creditor_identification=payee.identification,
            creditor_name=payee.name,
            amount=values.amount,
            reference=values.reference,
            requested_execution_date=values.when,
        )
        self.flow.review(intent)

    def warnings_for(self, consent: PaymentConsent) -> list[str]:
        """Warnings read aloud before money moves: new payee, its name check, a large amount."""
        warnings: list[str] = []
        fresh = self._fresh_payees.get(self._payee_id_of(consent.intent))
        if fresh is not None:
            new_payee, payee, check = fresh
            result = name_check_sentence(check, new_payee.name, payee.matched_name)
            warnings.append(result.sentence)
            #: Warning on the review page: the first payment to a payee that was just added.
            warnings.append(
                self.tr("This is your first payment to this payee. Check their details carefully.")
            )
        amount = consent.intent.amount
        if amount.amount >= LARGE_AMOUNT:
            threshold = Money(LARGE_AMOUNT, amount.currency)
            #: Warning on the review page for a large amount; {threshold} is e.g. "¥5,000.00".
            warnings.append(
                self.tr(
                    "This is a large payment: more than {threshold}. Make sure the amount is right."
                ).format(threshold=display_money(threshold, current_locale_name()))
            )
        return warnings

    def _review_ready(self, consent: PaymentConsent) -> None:
        self.steps.show_review(consent, self._review_details)

    def _review_details(self, consent: PaymentConsent) -> PaymentDetails:
        account = self.current_account()
        from_text = account_sentence(account) if account is not None else ""
        return PaymentDetails(from_text, self.warnings_for(consent))

    def _payee_id_of(self, intent: PaymentIntent) -> str:
        matches = [
            p.beneficiary_id
            for p in self._payees
            if p.identification == intent.creditor_identification and p.name == intent.creditor_name
        ]
        current = self.payee_combo.currentData()
        return current if current in matches else (matches[0] if matches else "")

    def _flow_problem(self, text: str) -> None:
        """The bank refused to prepare the payment (limit, funds, offline): shown on the form, already
        announced; focus goes to the amount, the field most likely to need a change."""
        if self.flow.step in FORM_STEPS:
            self.form_status.setText(text)
            self.amount_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _step_changed(self, step: FlowStep) -> None:
        self.review_button.setEnabled(step is FlowStep.EDITING)
        consent = self.flow.consent
        if step in (FlowStep.COMPLETED, FlowStep.SCHEDULED) and consent is not None:
            self._fresh_payees.pop(self._payee_id_of(consent.intent), None)
        if step is FlowStep.EDITING and self._last_step in FINAL_STEPS:
            self.start_fresh()
        self._last_step = step

    def start_fresh(self) -> None:
        """After a finished payment: an empty form (accounts and payees are kept)."""
        for edit in (self.amount_edit, self.reference_edit, self.date_edit):
            edit.clear()
