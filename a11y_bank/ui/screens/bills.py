"""Pay bills: pay a biller (electricity, water, gas, mobile, broadband) now or on a later date, through
the same review -> code -> status pages as Transfer; list upcoming scheduled payments and cancel one.
"""

from __future__ import annotations

import re
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from a11y_bank.a11y.priority import Priority
from a11y_bank.api.models import Account, Biller, PaymentConsent, PaymentIntent, ScheduledPayment
from a11y_bank.domain.money import Money
from a11y_bank.domain.sentences import join_sentences
from a11y_bank.domain.validation import ValidationError, validate_reference
from a11y_bank.quickmenu import QuickAction
from a11y_bank.ui.context import AppContext
from a11y_bank.ui.dialogs import ask_to_confirm
from a11y_bank.ui.messages import render, say, spoken_text, visible_text
from a11y_bank.ui.models.error_codes import say_error
from a11y_bank.ui.models.money_text import current_locale_name, display_money, spoken_money
from a11y_bank.ui.payment_flow import FINAL_STEPS, FORM_STEPS, FlowStep, PaymentFlow, long_date
from a11y_bank.ui.screens.base import Screen
from a11y_bank.ui.screens.transfer import LARGE_AMOUNT, account_sentence
from a11y_bank.ui.theme import make_heading
from a11y_bank.ui.widgets.fields import LabelledField, label_for, set_label_text
from a11y_bank.ui.widgets.layout import ButtonRow, tab_chain
from a11y_bank.ui.widgets.payment_fields import PaymentAmountField, checked_date, show_field_error
from a11y_bank.ui.widgets.payment_steps import PaymentDetails, PaymentSteps

__all__ = ["BillsScreen", "biller_sentence", "category_name", "scheduled_sentence"]

_PAYMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def category_name(category: str) -> str:
    """A biller's category (the API's enum) in the app's language; an unknown one as the bank sent it."""
    names = {
        #: Biller category: electricity.
        "Electricity": QCoreApplication.translate("Billers", "Electricity"),
        #: Biller category: water.
        "Water": QCoreApplication.translate("Billers", "Water"),
        #: Biller category: gas.
        "Gas": QCoreApplication.translate("Billers", "Gas"),
        #: Biller category: mobile phone.
        "Mobile": QCoreApplication.translate("Billers", "Mobile"),
        #: Biller category: broadband internet.
        "Broadband": QCoreApplication.translate("Billers", "Broadband"),
    }
    return names.get(category, category)


def biller_sentence(biller: Biller) -> str:
    """A biller in the list: "Electricity: State Grid Shanghai Electric Power"."""
    #: A company that sends bills, in a list; {category} e.g. Electricity, {name} the company.
    text = QCoreApplication.translate("BillsScreen", "{category}: {name}")
    return text.format(category=category_name(biller.category), name=biller.name)


def scheduled_sentence(payment: ScheduledPayment, locale: str, *, spoken: bool) -> str:
    """An upcoming payment as one sentence, the amount in words when `spoken`."""
    amount = spoken_money(payment.amount, locale) if spoken else display_money(payment.amount, locale)
    when = long_date(payment.scheduled_date_time.date())
    if payment.reference:
        #: An upcoming scheduled payment; {amount}, {payee}, {when} a date, {reference} its reference.
        text = QCoreApplication.translate(
            "BillsScreen", "{amount} to {payee} on {when}, reference {reference}"
        )
        return text.format(amount=amount, payee=payment.creditor_name, when=when, reference=payment.reference)
    #: An upcoming scheduled payment without reference; {amount}, {payee}, {when} a date.
    text = QCoreApplication.translate("BillsScreen", "{amount} to {payee} on {when}")
    return text.format(amount=amount, payee=payment.creditor_name, when=when)


class BillsScreen(Screen):
    """Pay a bill now or schedule it; see and cancel upcoming scheduled payments."""

    section: ClassVar[str] = "bills"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._accounts: list[Account] = []
        self._billers: list[Biller] = []
        self._scheduled: list[ScheduledPayment] = []
        self._cancelling = False
        self._last_step = FlowStep.EDITING
        # A quick menu bill payment (Alt+N) waiting for billers and accounts to load.
        self._quick_action: QuickAction | None = None
        self.flow = PaymentFlow(ctx, self)
        self._build()
        self.steps = PaymentSteps(self, self.flow, self.stack, self.form_page)
        self.flow.review_ready.connect(self._review_ready)
        self.flow.step_changed.connect(self._step_changed)
        self.flow.problem.connect(self._flow_problem)
        self.retranslate_ui()
        tab_chain(
            [
                self.biller_combo,
                self.bill_ref_edit,
                self.from_combo,
                self.amount_edit,
                self.date_edit,
                self.review_button,
                self.scheduled_list,
                self.cancel_button,
                *self.steps.focus_chain(),
            ]
        )

    # --- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel(self)
        make_heading(self.heading)
        self.stack = QStackedWidget(self)
        self.form_page = QWidget(self.stack)
        self.stack.addWidget(self.form_page)
        self._build_bill_box(self.form_page)
        self._build_scheduled_box(self.form_page)
        self.status = QLabel(self.form_page)
        self.status.setObjectName("billsStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        form = QVBoxLayout(self.form_page)
        form.addWidget(self.bill_box)
        form.addWidget(self.status)
        form.addWidget(self.scheduled_box)
        form.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.stack, 1)

    def _build_bill_box(self, page: QWidget) -> None:
        self.bill_box = QGroupBox(page)
        self.biller_combo = QComboBox(page)
        self.biller_combo.setObjectName("biller")
        self.biller_label = label_for(self.biller_combo, "", page)
        self.biller_combo.currentIndexChanged.connect(self._biller_changed)
        self.bill_ref_edit = QLineEdit(page)
        self.bill_ref_edit.setObjectName("billReference")
        self.bill_ref_field = LabelledField(self.bill_ref_edit, parent=page)
        self.from_combo = QComboBox(page)
        self.from_combo.setObjectName("fromAccount")
        self.from_label = label_for(self.from_combo, "", page)
        self.from_combo.currentIndexChanged.connect(self._account_changed)
        self.amount_field = PaymentAmountField(self.announce, page)
        self.amount_edit = self.amount_field.edit
        self.date_edit = QLineEdit(page)
        self.date_edit.setObjectName("paymentDate")
        self.date_field = LabelledField(self.date_edit, parent=page)
        self.review_button = QPushButton(page)
        self.review_button.setObjectName("reviewPayment")
        self.review_button.setAutoDefault(True)
        self.review_button.clicked.connect(self.review)
        for edit in (self.bill_ref_edit, self.amount_edit, self.date_edit):
            edit.returnPressed.connect(self.review)
        bill = QVBoxLayout(self.bill_box)
        bill.addWidget(self.biller_label)
        bill.addWidget(self.biller_combo)
        bill.addWidget(self.bill_ref_field)
        bill.addWidget(self.from_label)
        bill.addWidget(self.from_combo)
        bill.addWidget(self.amount_field)
        bill.addWidget(self.date_field)
        bill.addWidget(self.review_button, 0, Qt.AlignmentFlag.AlignLeft)

    def _build_scheduled_box(self, page: QWidget) -> None:
        self.scheduled_box = QGroupBox(page)
        self.scheduled_list = QListWidget(page)
        self.scheduled_list.setObjectName("scheduledPayments")
        self.scheduled_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.scheduled_list.setWordWrap(True)
        self.scheduled_label = label_for(self.scheduled_list, "", page)
        self.cancel_button = QPushButton(page)
        self.cancel_button.setObjectName("cancelScheduled")
        self.cancel_button.setAutoDefault(True)
        self.cancel_button.clicked.connect(self.ask_cancel)
        scheduled = QVBoxLayout(self.scheduled_box)
        scheduled.addWidget(self.scheduled_label)
        scheduled.addWidget(self.scheduled_list)
        scheduled.addWidget(ButtonRow([self.cancel_button], page))

    def retranslate_ui(self) -> None:
        #: Heading of the pay bills screen.
        self.heading.setText(self.tr("Pay bills"))
        #: Title of the group of fields for one bill.
        self.bill_box.setTitle(self.tr("Pay a bill"))
        #: Label of the list of companies that send bills.
        set_label_text(self.biller_label, self.biller_combo, self.tr("Biller"))
        #: Label of the list of the customer's own accounts to pay from.
        set_label_text(self.from_label, self.from_combo, self.tr("From account"))
        #: Label of the payment date field.
        self.date_field.set_text(self.tr("Payment date (optional)"))
        #: Hint under the payment date field of a bill.
        self.date_field.set_hint(
            self.tr(
                "Leave empty to pay today, or type a later date as year-month-day, for example 2026-12-31."
            )
        )
        #: Button that shows the bill payment for checking before anything is sent.
        self.review_button.setText(self.tr("Review payment"))
        #: Title of the group listing payments booked for a later date.
        self.scheduled_box.setTitle(self.tr("Upcoming scheduled payments"))
        #: Label of the list of upcoming scheduled payments.
        set_label_text(self.scheduled_label, self.scheduled_list, self.tr("Scheduled payments"))
        #: Button that cancels the selected scheduled payment (asks first).
        self.cancel_button.setText(self.tr("Cancel scheduled payment"))
        self._fill_billers()
        self._biller_changed()
        self._fill_scheduled()
        if hasattr(self, "steps"):  # not yet while __init__ builds the widgets
            self.steps.retranslate_ui()

    def title(self) -> str:
        #: Window title part for the pay bills screen.
        return self.tr("Pay bills")

    def first_focus(self) -> QWidget:
        return self.biller_combo

    def can_leave(self) -> bool:
        return not self.flow.money_in_flight()

    # --- loading ------------------------------------------------------------------------------

    def on_shown(self, **kwargs: object) -> None:
        quick = kwargs.get("quick_action")
        if isinstance(quick, QuickAction) and not self._take_quick_action(quick):
            return
        if self.flow.step in FORM_STEPS or self.flow.step in FINAL_STEPS:
            self.refresh()

    def _take_quick_action(self, action: QuickAction) -> bool:
        """A quick menu bill payment: filled in once loaded, then shown for review (never sent from
        here). Refused while another payment on this screen is under way."""
        if self.flow.step in FINAL_STEPS:
            self.flow.start_over()
        if self.flow.step is not FlowStep.EDITING:
            say(self.ctx.announcer, "quick_menu.payment_busy", Priority.NOW)
            return False
        self._quick_action = action
        return True

    def _apply_quick_action(self, action: QuickAction) -> None:
        self._quick_action = None
        biller_row = self.biller_combo.findData(action.biller_id)
        account_row = self.from_combo.findData(action.account_id) if action.account_id else 0
        if biller_row < 0 or account_row < 0:
            say(self.ctx.announcer, "quick_menu.stale", Priority.NOW, name=action.label)
            return
        self.biller_combo.setCurrentIndex(biller_row)
        self.from_combo.setCurrentIndex(account_row)  # sets the amount's currency
        self.bill_ref_edit.setText(action.bill_reference)
        self.date_edit.clear()
        self.amount_edit.setText(action.amount_text())
        self.review()

    def refresh(self, then_say: str = "") -> None:
        bank = self.ctx.bank
        self.ctx.tasks.run(
            lambda: (bank.billers(), bank.accounts(), bank.scheduled_payments()),
            lambda result: self._loaded(*result, then_say=then_say),
            self._failed,
            #: Progress announced while billers, accounts and scheduled payments load.
            progress_text=self.tr("Loading billers and scheduled payments"),
        )

    def _loaded(
        self,
        billers: list[Biller],
        accounts: list[Account],
        scheduled: list[ScheduledPayment],
        *,
        then_say: str,
    ) -> None:
        self._billers = billers
        self._accounts = accounts
        self._scheduled = sorted(scheduled, key=lambda p: p.scheduled_date_time)
        self._fill_billers()
        current = self.from_combo.currentData()
        self.from_combo.blockSignals(True)
        self.from_combo.clear()
        for account in accounts:
            self.from_combo.addItem(account_sentence(account), account.account_id)
        self.from_combo.setCurrentIndex(max(self.from_combo.findData(current), 0))
        self.from_combo.blockSignals(False)
        self._account_changed()
        self._fill_scheduled()
        count = self._scheduled_count_text()
        self.status.setText(count)
        if self._quick_action is not None:
            self._apply_quick_action(self._quick_action)
            return
        self.announce(join_sentences(then_say, count), Priority.NORMAL)

    def _failed(self, error: BaseException) -> None:
        self._cancelling = False
        self.status.setText(visible_text(say_error(self.ctx.announcer, error)))

    def _fill_billers(self) -> None:
        current = self.biller_combo.currentData()
        self.biller_combo.blockSignals(True)
        self.biller_combo.clear()
        for biller in self._billers:
            self.biller_combo.addItem(biller_sentence(biller), biller.biller_id)
        self.biller_combo.setCurrentIndex(max(self.biller_combo.findData(current), 0))
        self.biller_combo.blockSignals(False)
        self._biller_changed()

    def _fill_scheduled(self) -> None:
        locale = current_locale_name()
        row = self.scheduled_list.currentRow()
        self.scheduled_list.clear()
        for payment in self._scheduled:
            item = QListWidgetItem(scheduled_sentence(payment, locale, spoken=False))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, scheduled_sentence(payment, locale, spoken=True))
            item.setData(_PAYMENT_ID_ROLE, payment.scheduled_payment_id)
            self.scheduled_list.addItem(item)
        if self._scheduled:
            self.scheduled_list.setCurrentRow(min(max(row, 0), len(self._scheduled) - 1))
        self.cancel_button.setEnabled(bool(self._scheduled))

    def _scheduled_count_text(self) -> str:
        count = len(self._scheduled)
        if count == 0:
            #: Shown and spoken when no payment is scheduled.
            return self.tr("No payments are scheduled.")
        if count == 1:
            #: Shown and spoken when exactly one payment is scheduled.
            return self.tr("1 payment is scheduled.")
        #: Shown and spoken after loading; %n is how many payments are scheduled.
        return self.tr("%n payments are scheduled.", "", count)

    def current_biller(self) -> Biller | None:
        biller_id = self.biller_combo.currentData()
        return next((b for b in self._billers if b.biller_id == biller_id), None)

    def current_account(self) -> Account | None:
        account_id = self.from_combo.currentData()
        return next((a for a in self._accounts if a.account_id == account_id), None)

    def current_scheduled(self) -> ScheduledPayment | None:
        item = self.scheduled_list.currentItem()
        payment_id = item.data(_PAYMENT_ID_ROLE) if item is not None else None
        return next((p for p in self._scheduled if p.scheduled_payment_id == payment_id), None)

    def _biller_changed(self) -> None:
        biller = self.current_biller()
        #: Label of the bill reference field when the biller does not name it.
        label = biller.reference_label if biller is not None and biller.reference_label else ""
        self.bill_ref_field.set_text(label or self.tr("Bill account number"))
        #: Hint under the bill reference field.
        self.bill_ref_field.set_hint(self.tr("As printed on your bill."))

    def _account_changed(self) -> None:
        account = self.current_account()
        if account is not None:
            self.amount_field.set_currency(account.currency)

    # --- paying -------------------------------------------------------------------------------

    def _checked_bill_reference(self, biller: Biller) -> str | None:
        reference = validate_reference(self.bill_ref_edit.text(), required=True)
        if isinstance(reference, ValidationError):
            show_field_error(self.ctx.announcer, self.bill_ref_field, reference)
            return None
        compact = reference.replace(" ", "")
        if biller.reference_pattern and re.fullmatch(biller.reference_pattern, compact) is None:
            label = self.bill_ref_field.label.text().lower()
            mismatch = ValidationError("bill_reference.mismatch", {"name": label})
            show_field_error(self.ctx.announcer, self.bill_ref_field, mismatch)
            return None
        return compact

    def review(self) -> None:
        """Check the fields (message shown + spoken, focus on the bad one); then ask for review."""
        if self.flow.step is not FlowStep.EDITING:
            return
        for labelled in (self.bill_ref_field, self.amount_field, self.date_field):
            labelled.set_error("")
        biller, account = self.current_biller(), self.current_account()
        if biller is None or account is None:
            return
        reference = self._checked_bill_reference(biller)
        if reference is None:
            return
        money = self.amount_field.checked(self.ctx.announcer)
        if isinstance(money, ValidationError):
            return
        when = checked_date(self.ctx.announcer, self.date_field, self.date_edit)
        if isinstance(when, ValidationError):
            return
        self.flow.review(
            PaymentIntent(
                debtor_account_id=account.account_id,
                creditor_scheme=biller.scheme_name,
                creditor_identification=biller.identification,
                creditor_name=biller.creditor_name or biller.name,
                amount=money,
                reference=reference,
                requested_execution_date=when,
            )
        )

    def _review_ready(self, consent: PaymentConsent) -> None:
        self.steps.show_review(consent, self._review_details)

    def _review_details(self, consent: PaymentConsent) -> PaymentDetails:
        account = self.current_account()
        warnings: list[str] = []
        amount = consent.intent.amount
        if amount.amount >= LARGE_AMOUNT:
            threshold = display_money(Money(LARGE_AMOUNT, amount.currency), current_locale_name())
            #: Warning on the review page for a large bill payment; {threshold} e.g. "¥5,000.00".
            warnings.append(
                self.tr(
                    "This is a large payment: more than {threshold}. Make sure the amount is right."
                ).format(threshold=threshold)
            )
        from_text = account_sentence(account) if account is not None else ""
        return PaymentDetails(from_text, warnings)

    def _flow_problem(self, text: str) -> None:
        """The bank refused to prepare the payment (limit, funds, offline): shown on the form, already
        announced; focus goes to the amount, the field most likely to need a change."""
        if self.flow.step in FORM_STEPS:
            self.status.setText(text)
            self.amount_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _step_changed(self, step: FlowStep) -> None:
        self.review_button.setEnabled(step is FlowStep.EDITING)
        if step is FlowStep.SCHEDULED:
            self.refresh()  # the new payment joins the upcoming list
        if step is FlowStep.EDITING and self._last_step in FINAL_STEPS:
            for edit in (self.bill_ref_edit, self.amount_edit, self.date_edit):
                edit.clear()
        self._last_step = step

    # --- cancelling a scheduled payment -------------------------------------------------------

    def ask_cancel(self) -> None:
        payment = self.current_scheduled()
        if payment is None or self._cancelling:
            return
        locale = current_locale_name()
        ask_to_confirm(
            self.cancel_button,
            #: Title of the dialog that asks before cancelling a scheduled payment.
            title=self.tr("Cancel scheduled payment"),
            #: Question before cancelling a scheduled payment; {payment} describes it (amount, payee, date).
            question=self.tr("Cancel this payment: {payment}? It will not be paid.").format(
                payment=scheduled_sentence(payment, locale, spoken=False)
            ),
            #: Button that confirms cancelling the scheduled payment.
            confirm_text=self.tr("Cancel the payment"),
            on_answer=lambda yes: self._cancel(payment) if yes else self._kept(payment),
            return_focus_to=self.scheduled_list,
        )

    def _kept(self, payment: ScheduledPayment) -> None:
        #: Spoken when the customer decides not to cancel a scheduled payment; {payee} is who gets it.
        self.announce(
            self.tr("The payment to {payee} is still scheduled.").format(payee=payment.creditor_name)
        )

    def _cancel(self, payment: ScheduledPayment) -> None:
        self._cancelling = True
        bank = self.ctx.bank
        self.ctx.tasks.run(
            lambda: bank.cancel_scheduled(payment.scheduled_payment_id),
            lambda _none: self._cancelled(payment),
            self._failed,
            #: Progress announced while a scheduled payment is being cancelled.
            progress_text=self.tr("Cancelling the scheduled payment"),
        )

    def _cancelled(self, payment: ScheduledPayment) -> None:
        self._cancelling = False
        done = render("success.scheduled_cancelled", payee=payment.creditor_name)
        self.scheduled_list.setFocus(Qt.FocusReason.OtherFocusReason)
        self.refresh(then_say=spoken_text(done))

    def scheduled(self) -> list[ScheduledPayment]:
        return list(self._scheduled)
