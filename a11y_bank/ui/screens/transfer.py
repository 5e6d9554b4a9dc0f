"""Transfer: from an account to a saved or new payee, with a review page, a one-time code and a
status that is announced as it moves.

Pages (one QStackedWidget, never a chain of modal dialogs): the form, then the pages of
`PaymentSteps` (review, code, status), which Pay bills reuses. `PaymentFlow` drives the steps.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QObject, Qt
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

from a11y_bank.a11y.announcer import Announcer
from a11y_bank.a11y.priority import Priority
from a11y_bank.api.models import Account, Beneficiary, Challenge, NameCheck, PaymentConsent, PaymentIntent
from a11y_bank.domain.money import Money
from a11y_bank.domain.sentences import join_sentences
from a11y_bank.domain.validation import (
    ValidationError,
    parse_amount,
    validate_reference,
    validate_schedule_date,
)
from a11y_bank.quickmenu import QuickAction
from a11y_bank.ui.context import AppContext
from a11y_bank.ui.messages import render, say, visible_text
from a11y_bank.ui.models.error_codes import say_error
from a11y_bank.ui.models.money_text import capitals_money, current_locale_name, display_money, spoken_money
from a11y_bank.ui.payment_flow import (
    CODE_CHANNELS,
    CODE_STEPS,
    FINAL_STEPS,
    FORM_STEPS,
    FlowStep,
    PaymentFlow,
    long_date,
    preferred_channel,
)
from a11y_bank.ui.screens.base import Screen
from a11y_bank.ui.screens.payees import (
    ButtonRow,
    NewPayee,
    PayeeForm,
    name_check_sentence,
    payee_sentence,
    show_field_error,
    tab_chain,
)
from a11y_bank.ui.theme import make_heading
from a11y_bank.ui.widgets.fields import LabelledField, SecretEdit, label_for, set_label_text
from a11y_bank.ui.widgets.money import MoneyLineEdit

__all__ = [
    "LARGE_AMOUNT",
    "FormValues",
    "PaymentDetails",
    "PaymentSteps",
    "TransferScreen",
    "account_sentence",
    "checked_amount",
    "checked_date",
]

#: Amounts at or above this (in the account's currency) are warned about before money moves.
LARGE_AMOUNT = Decimal(5000)
_NEW_PAYEE = "__new__"


def account_sentence(account: Account) -> str:
    """An own account as a list entry: "Current account, ending 1234, CNY"."""
    name = account.nickname or account.description or account.kind
    #: One of the customer's accounts in a list; {name} nickname, {last4} last 4 digits, {currency} code.
    text = QCoreApplication.translate("TransferScreen", "{name}, ending {last4}, {currency}")
    return text.format(name=name, last4=account.last4, currency=account.currency)


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


@dataclass(frozen=True)
class PaymentDetails:
    """What the review page shows besides the consent: the from-account and the warnings."""

    from_text: str
    warnings: list[str] = field(default_factory=list)


class PaymentSteps(QObject):
    """The review, one-time code and status pages of a payment, added to a screen's QStackedWidget.

    The screen keeps its form as page 0 and calls `show_review(details)` when the flow reaches REVIEW.
    Focus moves to the main control of each page as it appears; every change is announced by the flow.
    """

    def __init__(self, screen: Screen, flow: PaymentFlow, stack: QStackedWidget, form_page: QWidget) -> None:
        super().__init__(screen)
        self._screen = screen
        self._flow = flow
        self._stack = stack
        self._form_page = form_page
        self._details = PaymentDetails("")
        self.review_page = QWidget(stack)
        self.code_page = QWidget(stack)
        self.status_page = QWidget(stack)
        self._build_review()
        self._build_code()
        self._build_status()
        for page in (self.review_page, self.code_page, self.status_page):
            stack.addWidget(page)
        flow.step_changed.connect(self._step_changed)
        flow.code_sent.connect(self._code_sent)
        flow.problem.connect(self._problem)
        flow.status_changed.connect(self._status_changed)
        self.retranslate_ui()

    # --- building -----------------------------------------------------------------------------

    def _build_review(self) -> None:
        page = self.review_page
        self.review_heading = QLabel(page)
        make_heading(self.review_heading, 1.2)
        self.summary = QLabel(page)
        self.summary.setObjectName("paymentSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.warnings = QLabel(page)
        self.warnings.setObjectName("paymentWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.channel_combo = QComboBox(page)
        self.channel_combo.setObjectName("codeChannel")
        for channel in CODE_CHANNELS:
            self.channel_combo.addItem("", channel)
        self.channel_label = label_for(self.channel_combo, "", page)
        self.confirm_button = QPushButton(page)
        self.confirm_button.setObjectName("confirmPayment")
        self.confirm_button.setAutoDefault(True)
        self.confirm_button.clicked.connect(self._confirm)
        self.review_back_button = QPushButton(page)
        self.review_back_button.setObjectName("reviewBack")
        self.review_back_button.setAutoDefault(True)
        self.review_back_button.clicked.connect(self._flow.back_to_edit)
        buttons = ButtonRow([self.confirm_button, self.review_back_button], page)
        layout = QVBoxLayout(page)
        for widget in (
            self.review_heading,
            self.summary,
            self.warnings,
            self.channel_label,
            self.channel_combo,
        ):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        layout.addStretch(1)

    def _build_code(self) -> None:
        page = self.code_page
        self.code_heading = QLabel(page)
        make_heading(self.code_heading, 1.2)
        self.code_instructions = QLabel(page)
        self.code_instructions.setObjectName("codeInstructions")
        self.code_instructions.setWordWrap(True)
        self.code_instructions.setTextFormat(Qt.TextFormat.PlainText)
        self.code_edit = SecretEdit(page)
        self.code_edit.setObjectName("oneTimeCode")
        self.code_edit.setMaxLength(20)  # room for pasted "123 456" or "123-456"
        self.code_edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.code_edit.returnPressed.connect(self._submit_code)
        self.code_field = LabelledField(self.code_edit, parent=page)
        self.pay_button = QPushButton(page)
        self.pay_button.setObjectName("approvePayment")
        self.pay_button.setAutoDefault(True)
        self.pay_button.clicked.connect(self._submit_code)
        self.resend_button = QPushButton(page)
        self.resend_button.setObjectName("resendCode")
        self.resend_button.setAutoDefault(True)
        self.resend_button.clicked.connect(self._resend)
        self.code_back_button = QPushButton(page)
        self.code_back_button.setObjectName("codeBack")
        self.code_back_button.setAutoDefault(True)
        self.code_back_button.clicked.connect(self._flow.back_to_edit)
        buttons = ButtonRow([self.pay_button, self.resend_button, self.code_back_button], page)
        layout = QVBoxLayout(page)
        layout.addWidget(self.code_heading)
        layout.addWidget(self.code_instructions)
        layout.addWidget(self.code_field)
        layout.addWidget(buttons)
        layout.addStretch(1)

    def _build_status(self) -> None:
        page = self.status_page
        self.status_heading = QLabel(page)
        make_heading(self.status_heading, 1.2)
        self.status_label = QLabel(page)
        self.status_label.setObjectName("paymentStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.status_detail = QLabel(page)
        self.status_detail.setObjectName("paymentStatusDetail")
        self.status_detail.setWordWrap(True)
        self.status_detail.setTextFormat(Qt.TextFormat.PlainText)
        self.send_again_button = QPushButton(page)
        self.send_again_button.setObjectName("sendAgain")
        self.send_again_button.setAutoDefault(True)
        self.send_again_button.clicked.connect(self._flow.send_again)
        self.another_button = QPushButton(page)
        self.another_button.setObjectName("anotherPayment")
        self.another_button.setAutoDefault(True)
        self.another_button.clicked.connect(self._start_over)
        self.accounts_button = QPushButton(page)
        self.accounts_button.setObjectName("toAccounts")
        self.accounts_button.setAutoDefault(True)
        self.accounts_button.clicked.connect(lambda: self._screen.ctx.navigate("accounts"))
        buttons = ButtonRow([self.send_again_button, self.another_button, self.accounts_button], page)
        layout = QVBoxLayout(page)
        layout.addWidget(self.status_heading)
        layout.addWidget(self.status_label)
        layout.addWidget(self.status_detail)
        layout.addWidget(buttons)
        layout.addStretch(1)

    def focus_chain(self) -> list[QWidget]:
        """Tab order of the three pages, in reading order."""
        return [
            self.summary,
            self.warnings,
            self.channel_combo,
            self.confirm_button,
            self.review_back_button,
            self.code_edit,
            self.pay_button,
            self.resend_button,
            self.code_back_button,
            self.status_label,
            self.send_again_button,
            self.another_button,
            self.accounts_button,
        ]

    def retranslate_ui(self) -> None:
        #: Heading of the page that shows a payment for checking before it is approved.
        self.review_heading.setText(self.tr("Check the payment"))
        #: Label of the list that chooses how the one-time code is sent.
        set_label_text(self.channel_label, self.channel_combo, self.tr("Send the code by"))
        names = {
            #: One-time code channel: text message.
            "SMS": self.tr("Text message (SMS)"),
            #: One-time code channel: e-mail.
            "EMAIL": self.tr("E-mail"),
            #: One-time code channel: an automated phone call that reads the code.
            "VOICE": self.tr("Voice call"),
            #: One-time code channel: the customer's security token device.
            "TOKEN": self.tr("Security token"),
        }
        for index in range(self.channel_combo.count()):
            self.channel_combo.setItemText(index, names[str(self.channel_combo.itemData(index))])
        #: Button on the review page: the customer confirms the payment and asks for the code.
        self.confirm_button.setText(self.tr("Confirm and send code"))
        #: Button that goes back to the payment form, keeping what was typed.
        self.review_back_button.setText(self.tr("Back to edit"))
        #: Heading of the page where the one-time code is typed.
        self.code_heading.setText(self.tr("Approve with your code"))
        #: Label of the one-time code field.
        self.code_field.set_text(self.tr("One-time code"))
        #: Hint under the one-time code field.
        self.code_field.set_hint(self.tr("6 digits. You can paste it; spaces are fine."))
        #: Button that checks the code and sends the payment.
        self.pay_button.setText(self.tr("Approve and pay"))
        #: Button that asks the bank for a new one-time code.
        self.resend_button.setText(self.tr("Send a new code"))
        #: Button that goes back to the payment form; a new code will be needed.
        self.code_back_button.setText(self.tr("Back to edit"))
        #: Heading of the page that follows a sent payment.
        self.status_heading.setText(self.tr("Payment status"))
        #: Button that sends a payment again after it certainly did not reach the bank.
        self.send_again_button.setText(self.tr("Send it again"))
        #: Button that starts a new payment after this one ended.
        self.another_button.setText(self.tr("Make another payment"))
        #: Button that opens the accounts screen.
        self.accounts_button.setText(self.tr("Go to accounts"))

    # --- review -------------------------------------------------------------------------------

    def show_review(self, consent: PaymentConsent, details: PaymentDetails) -> None:
        """Fill the review page for `consent`, move focus to the summary and read it out."""
        self._details = details
        locale = current_locale_name()
        warnings = list(details.warnings)
        if consent.funds_available is False:
            warnings.append(visible_text(render("payment.insufficient_funds")))
        visible, spoken = self._summary_texts(consent, details.from_text, locale)
        self.summary.setText(visible)
        self.summary.setAccessibleName(spoken)
        self.warnings.setText("\n".join(warnings))
        self.warnings.setAccessibleName(join_sentences(*warnings))
        self.warnings.setVisible(bool(warnings))
        index = self.channel_combo.findData(preferred_channel(self._screen.ctx.settings))
        self.channel_combo.setCurrentIndex(max(index, 0))
        self._stack.setCurrentWidget(self.review_page)
        self.summary.setFocus(Qt.FocusReason.OtherFocusReason)
        announcer = self._screen.ctx.announcer
        if warnings:
            announcer.announce(join_sentences(*warnings), Priority.NOW)
        # NEXT, not NORMAL: the summary must come right after the warnings, before anything queued.
        announcer.announce(spoken, Priority.NEXT, visible=visible.replace("\n", " "))

    def _summary_texts(self, consent: PaymentConsent, from_text: str, locale: str) -> tuple[str, str]:
        intent = consent.intent
        when = intent.requested_execution_date
        #: Review page: the payment is made at once.
        when_text = self.tr("Today") if when is None else long_date(when)
        #: Review page: the payment has no reference.
        reference = intent.reference or self.tr("None")
        last4 = intent.creditor_identification.replace(" ", "")[-4:]
        # Adapter: the facade's PaymentConsent has no charges yet (OB Data.Charges); use them once it does.
        charges = getattr(consent, "charges", None)
        if isinstance(charges, Money) and not charges.is_zero():
            fee, spoken_fee = display_money(charges, locale), spoken_money(charges, locale)
        else:
            #: Review page: the bank charges no fee for this payment.
            fee = spoken_fee = self.tr("No fee")
        #: Review summary shown before approving; each {…} is filled in; keep one item per line.
        visible = self.tr(
            "To: {payee}\nAccount ending: {last4}\nAmount: {amount}\nFrom: {source}\n"
            "Date: {when}\nReference: {reference}\nFee: {fee}"
        ).format(
            payee=intent.creditor_name,
            last4=last4,
            amount=display_money(intent.amount, locale),
            source=from_text,
            when=when_text,
            reference=reference,
            fee=fee,
        )
        capitals = capitals_money(intent.amount, locale)
        if capitals is not None:  # Chinese slips also show the amount in capitals (大写)
            #: Review page, Chinese only: the amount in financial capitals (大写), e.g. 人民币叁仟贰佰元伍角.
            visible += "\n" + self.tr("Amount in capitals: {capitals}").format(capitals=capitals)
        #: Review summary read aloud before approving; the amount is in words.
        spoken = self.tr(
            "Check this payment. Pay {amount} to {payee}, account ending {last4}, from {source}. "
            "Date: {when}. Reference: {reference}. Fee: {fee}. Confirm to get a one-time code."
        ).format(
            amount=spoken_money(intent.amount, locale),
            payee=intent.creditor_name,
            last4=" ".join(last4),
            source=from_text,
            when=when_text,
            reference=reference,
            fee=spoken_fee,
        )
        return visible, spoken

    def _confirm(self) -> None:
        self._flow.confirm(str(self.channel_combo.currentData()))

    # --- code ---------------------------------------------------------------------------------

    def _code_sent(self, challenge: Challenge) -> None:
        msg = render("success.code_sent", destination=challenge.masked_destination)
        self.code_instructions.setText(visible_text(msg))
        self.code_edit.clear()
        self.code_field.set_error("")

    def _submit_code(self) -> None:
        error = self._flow.submit_code(self.code_edit.text())
        if error is not None:
            show_field_error(self._screen.ctx.announcer, self.code_field, error)

    def _resend(self) -> None:
        self.code_field.set_error("")
        self._flow.resend_code()

    # --- status -------------------------------------------------------------------------------

    def _status_changed(self, text: str) -> None:
        self.status_label.setText(text)

    def _problem(self, text: str) -> None:
        step = self._flow.step
        if step in CODE_STEPS:
            self.code_field.set_error(text)
            self.code_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        elif step in (FlowStep.REVIEW,):
            self.warnings.setText(text)
            self.warnings.setVisible(True)
            self.confirm_button.setFocus(Qt.FocusReason.OtherFocusReason)
        elif step not in FORM_STEPS:
            self.status_detail.setText(text)

    def _start_over(self) -> None:
        self._flow.start_over()

    def _step_changed(self, step: FlowStep) -> None:
        self._update_buttons(step)
        if step not in CODE_STEPS and self.code_edit.text():
            self.code_edit.clear()  # a used or abandoned one-time code does not linger in a widget
        if step in FORM_STEPS:
            if self._stack.currentWidget() is not self._form_page:
                self._stack.setCurrentWidget(self._form_page)
                self._screen.first_focus().setFocus(Qt.FocusReason.OtherFocusReason)
        elif step is FlowStep.REVIEW:
            pass  # show_review() switches page once the screen has the details
        elif step in CODE_STEPS:
            self._show_code_page(step)
        else:
            self._show_status_page(step)

    def _show_code_page(self, step: FlowStep) -> None:
        if self._stack.currentWidget() is not self.code_page and step is FlowStep.AWAITING_CODE:
            self._stack.setCurrentWidget(self.code_page)
            self.code_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        elif step is FlowStep.AWAITING_CODE and not self.code_field.error():
            self.code_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_status_page(self, step: FlowStep) -> None:
        if step is FlowStep.SUBMITTING:
            #: Status while the payment is on its way to the bank.
            self.status_label.setText(self.tr("Sending the payment…"))
            self.status_detail.setText("")
        if self._stack.currentWidget() is not self.status_page:
            self._stack.setCurrentWidget(self.status_page)
            self.status_label.setFocus(Qt.FocusReason.OtherFocusReason)
        if step in FINAL_STEPS:
            self.another_button.setFocus(Qt.FocusReason.OtherFocusReason)
        elif step is FlowStep.NOT_SENT:
            self.send_again_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_buttons(self, step: FlowStep) -> None:
        self.confirm_button.setEnabled(step is FlowStep.REVIEW)
        self.review_back_button.setEnabled(step is FlowStep.REVIEW)
        waiting = step is FlowStep.AWAITING_CODE
        self.pay_button.setEnabled(waiting)
        self.resend_button.setEnabled(waiting)
        self.code_back_button.setEnabled(waiting)
        self.code_edit.setReadOnly(not waiting)
        self.send_again_button.setVisible(step is FlowStep.NOT_SENT)
        self.another_button.setEnabled(step in FINAL_STEPS)
        self.accounts_button.setEnabled(step in FINAL_STEPS or step is FlowStep.NOT_SENT)


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

        # The money edit speaks digits; we speak the amount in words ourselves (announcer=None).
        self.amount_edit = MoneyLineEdit("CNY", None, page)
        self.amount_edit.setObjectName("amount")
        self.amount_edit.editingFinished.connect(self._speak_amount)
        self.amount_field = LabelledField(self.amount_edit, parent=page)
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
        self._retranslate_amount()
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

    def _retranslate_amount(self) -> None:
        #: Label of the amount field; {currency} is the account's currency code.
        self.amount_field.set_text(
            self.tr("Amount in {currency}").format(currency=self.amount_edit.currency())
        )
        #: Hint under the amount field.
        self.amount_field.set_hint(self.tr("Digits and a decimal point, for example 120.50."))

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
            self.amount_edit.set_currency(account.currency)
        self._retranslate_amount()

    def _payee_changed(self) -> None:
        self.payee_form.setVisible(self.payee_combo.currentData() == _NEW_PAYEE)

    def current_account(self) -> Account | None:
        account_id = self.from_combo.currentData()
        return next((a for a in self._accounts if a.account_id == account_id), None)

    def current_payee(self) -> Beneficiary | None:
        payee_id = self.payee_combo.currentData()
        return next((p for p in self._payees if p.beneficiary_id == payee_id), None)

    def _speak_amount(self) -> None:
        money = self._typed_money()
        if isinstance(money, Money):
            #: Spoken when the amount field is left; {amount} is the amount in words.
            self.announce(
                self.tr("Amount: {amount}").format(amount=spoken_money(money, current_locale_name()))
            )

    def _typed_money(self) -> Money | ValidationError:
        return parse_amount(self.amount_edit.text(), self.amount_edit.currency())

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
        money = checked_amount(announcer, self.amount_field, self.amount_edit)
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
        account = self.current_account()
        from_text = account_sentence(account) if account is not None else ""
        self.steps.show_review(consent, PaymentDetails(from_text, self.warnings_for(consent)))

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
