"""The pages of a payment after its form: review, one-time code and status (Transfer and Pay bills).

`PaymentFlow` drives the steps; these pages show them, move focus, and hand the customer's choices
back to the flow. One QStackedWidget, never a chain of modal dialogs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QStackedWidget, QVBoxLayout, QWidget

from a11y_bank.a11y.priority import Priority
from a11y_bank.api.models import Challenge, PaymentConsent
from a11y_bank.domain.money import Money
from a11y_bank.domain.sentences import join_phrases, join_sentences
from a11y_bank.ui.messages import render, visible_text
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
from a11y_bank.ui.theme import make_heading
from a11y_bank.ui.widgets.fields import LabelledField, SecretEdit, add_show_toggle, label_for, set_label_text
from a11y_bank.ui.widgets.layout import ButtonRow, action_button, text_label
from a11y_bank.ui.widgets.payment_fields import show_field_error

if TYPE_CHECKING:
    from a11y_bank.ui.screens.base import Screen

__all__ = ["DetailsFor", "PaymentDetails", "PaymentSteps"]


@dataclass(frozen=True)
class PaymentDetails:
    """What the review page shows besides the consent: the from-account and the warnings."""

    from_text: str
    warnings: list[str] = field(default_factory=list)


DetailsFor = Callable[[PaymentConsent], PaymentDetails]
"""The screen's part of the review page (from-account, warnings), in the current language."""


class PaymentSteps(QObject):
    """The review, one-time code and status pages of a payment, added to a screen's QStackedWidget.

    The screen keeps its form as page 0 and calls `show_review(consent, details_for)` when the flow
    reaches REVIEW; `details_for(consent)` is asked again when the language changes on that page.
    Focus moves to the main control of each page as it appears; every change is announced by the flow.
    """

    def __init__(self, screen: Screen, flow: PaymentFlow, stack: QStackedWidget, form_page: QWidget) -> None:
        super().__init__(screen)
        self._screen = screen
        self._flow = flow
        self._stack = stack
        self._form_page = form_page
        self._review: tuple[PaymentConsent, DetailsFor] | None = None  # the payment on the review page
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
        self.summary = text_label("paymentSummary", page, focusable=True)
        self.warnings = text_label("paymentWarnings", page, focusable=True)
        self.channel_combo = QComboBox(page)
        self.channel_combo.setObjectName("codeChannel")
        for channel in CODE_CHANNELS:
            self.channel_combo.addItem("", channel)
        self.channel_label = label_for(self.channel_combo, "", page)
        self.confirm_button = action_button("confirmPayment", self._confirm, page)
        self.review_back_button = action_button("reviewBack", self._flow.back_to_edit, page)
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
        self.code_instructions = text_label("codeInstructions", page)
        self.code_edit = SecretEdit(page)
        self.code_edit.setObjectName("oneTimeCode")
        self.code_edit.setMaxLength(20)  # room for pasted "123 456" or "123-456"
        self.code_edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.code_edit.returnPressed.connect(self._submit_code)
        self.code_field = LabelledField(self.code_edit, parent=page)
        self.show_code = add_show_toggle(self.code_field)  # off: a sighted user may check the code
        self.pay_button = action_button("approvePayment", self._submit_code, page)
        self.resend_button = action_button("resendCode", self._resend, page)
        self.code_back_button = action_button("codeBack", self._flow.back_to_edit, page)
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
        self.status_label = text_label("paymentStatus", page, focusable=True)
        self.status_detail = text_label("paymentStatusDetail", page)
        self.send_again_button = action_button("sendAgain", self._flow.send_again, page)
        self.another_button = action_button("anotherPayment", self._start_over, page)
        self.accounts_button = action_button(
            "toAccounts", lambda: self._screen.ctx.navigate("accounts"), page
        )
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
            self.show_code,
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
        if self._review is not None and self._flow.step is FlowStep.REVIEW:
            self._fill_review(*self._review)  # the summary follows the language too

    # --- review -------------------------------------------------------------------------------

    def show_review(self, consent: PaymentConsent, details_for: DetailsFor) -> None:
        """Fill the review page for `consent`, move focus to the summary and read it out."""
        self._review = (consent, details_for)
        visible, spoken, warnings = self._fill_review(consent, details_for)
        index = self.channel_combo.findData(preferred_channel(self._screen.ctx.settings))
        self.channel_combo.setCurrentIndex(max(index, 0))
        self._stack.setCurrentWidget(self.review_page)
        self.summary.setFocus(Qt.FocusReason.OtherFocusReason)
        announcer = self._screen.ctx.announcer
        if warnings:
            announcer.announce(join_sentences(*warnings), Priority.NOW)
        # NEXT, not NORMAL: the summary must come right after the warnings, before anything queued.
        announcer.announce(spoken, Priority.NEXT, visible=join_phrases(*visible.split("\n")))

    def _fill_review(self, consent: PaymentConsent, details_for: DetailsFor) -> tuple[str, str, list[str]]:
        """Summary and warnings of the review page in the current language: (shown, spoken, warnings)."""
        details = details_for(consent)
        warnings = list(details.warnings)
        if consent.funds_available is False:
            warnings.append(visible_text(render("payment.insufficient_funds")))
        visible, spoken = self._summary_texts(consent, details.from_text, current_locale_name())
        self.summary.setText(visible)
        self.summary.setAccessibleName(spoken)
        self.warnings.setText("\n".join(warnings))
        self.warnings.setAccessibleName(join_sentences(*warnings))
        self.warnings.setVisible(bool(warnings))
        return visible, spoken, warnings

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
