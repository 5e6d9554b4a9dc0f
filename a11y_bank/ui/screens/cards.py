"""Cards: masked list, freeze in one step, and (with a one-time code) unfreeze, activate, report lost or
stolen with a replacement, limits, and credit card repayment. No step needs a phone call: the code goes
by text message, e-mail, voice message or security token, as the customer chooses.

One page: the card list and what can be done to the chosen card, the credit card statement with the
repayment form, and a confirmation panel (what will happen -> send code -> type it -> done) that appears
when an action needs the code. Focus moves to where the user acts next and every step is announced.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QListWidget,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from a11y_bank.a11y.priority import Priority
from a11y_bank.api.cards import (
    ActionResult,
    Card,
    CardAction,
    CardConsent,
    Cards,
    CardStatus,
    Limits,
    RepaymentOption,
    RepaymentResult,
    Statement,
)
from a11y_bank.api.errors import Rejected
from a11y_bank.api.models import Account, Challenge
from a11y_bank.domain.sentences import join_sentences
from a11y_bank.domain.validation import ValidationError
from a11y_bank.ui.bank_text import BankTextLanguage, choose_data
from a11y_bank.ui.context import AppContext
from a11y_bank.ui.models.accounts import account_label
from a11y_bank.ui.models.money_text import current_locale_name, display_money
from a11y_bank.ui.models.owned_tasks import OwnedTasks
from a11y_bank.ui.screens.base import Screen
from a11y_bank.ui.widgets.code_confirmation import CodeConfirmation, CodeStepNames, say_code_ready
from a11y_bank.ui.widgets.fields import LabelledField
from a11y_bank.ui.widgets.layout import action_button, submit_on_return, text_label
from a11y_bank.ui.widgets.money import MoneyLineEdit
from a11y_bank.ui.widgets.payment_fields import checked_amount

__all__ = ["CardsOverview", "CardsScreen", "load_cards"]

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class CardsOverview:
    cards: list[Card]
    statements: dict[str, Statement]
    accounts: list[Account]


def load_cards(cards: Cards) -> CardsOverview:
    """The cards, each credit card's statement and the CNY accounts to repay from (worker thread)."""
    listed = cards.cards()
    statements = {c.card_id: cards.statement(c.card_id) for c in listed if c.card_type == "CREDIT"}
    accounts = [a for a in cards.bank.accounts() if a.currency == "CNY"]
    return CardsOverview(listed, statements, accounts)


class CardsScreen(Screen):
    """Cards and what can be done to them; see the module docstring."""

    section: ClassVar[str] = "cards"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._tasks = OwnedTasks(ctx.tasks, self)
        self._overview: CardsOverview | None = None
        self._consent: CardConsent | None = None
        self._challenge: Challenge | None = None
        self._busy = False
        self._bank_text = BankTextLanguage()
        self.heading = self._label("screenHeading")
        self.status = self._label("cardsStatus")
        self.card_list = QListWidget(self)
        self.card_list.setObjectName("cardList")
        self.card_list.setWordWrap(True)
        self.card_list.currentRowChanged.connect(self._card_chosen)
        self.card_field = LabelledField(self.card_list, parent=self)
        self.details = text_label("cardDetails", self, focusable=True)
        self.freeze_button = self._button("freezeCard", self.freeze)
        self.unfreeze_button = self._button("unfreezeCard", lambda: self.prepare(CardAction.UNFREEZE))
        self.activate_button = self._button("activateCard", lambda: self.prepare(CardAction.ACTIVATE))
        self.lost_button = self._button("reportLost", lambda: self.prepare(CardAction.REPORT_LOST))
        self.stolen_button = self._button("reportStolen", lambda: self.prepare(CardAction.REPORT_STOLEN))
        self.purchase_edit = MoneyLineEdit("CNY", ctx.announcer, self)
        self.purchase_edit.setObjectName("purchaseLimit")
        self.purchase_field = LabelledField(self.purchase_edit, parent=self)
        self.online_check = QCheckBox(self)
        self.online_check.setObjectName("onlinePayments")
        self.limits_button = self._button("reviewLimits", self.prepare_limits)
        self.statement_text = QTextBrowser(self)
        self.statement_text.setObjectName("cardStatement")
        self.statement_text.setTabChangesFocus(True)
        self.statement_field = LabelledField(self.statement_text, parent=self)
        self.option_combo = QComboBox(self)
        self.option_combo.setObjectName("repaymentOption")
        self.option_field = LabelledField(self.option_combo, parent=self)
        self.repay_amount_edit = MoneyLineEdit("CNY", ctx.announcer, self)
        self.repay_amount_edit.setObjectName("repaymentAmount")
        self.repay_amount_field = LabelledField(self.repay_amount_edit, parent=self)
        self.from_combo = QComboBox(self)
        self.from_combo.setObjectName("repayFrom")
        self.from_field = LabelledField(self.from_combo, parent=self)
        self.repay_button = self._button("reviewRepayment", self.prepare_repayment)
        submit_on_return(self.prepare_limits, self.purchase_edit)
        submit_on_return(self.prepare_repayment, self.repay_amount_edit)
        self.confirm_box = QGroupBox(self)
        self.confirm_box.setObjectName("confirmBox")
        self._build_confirm_box()
        self.refresh_button = self._button("refreshCards", self.refresh)
        layout = QVBoxLayout(self)
        for widget in (
            self.heading,
            self.status,
            self.card_field,
            self.details,
            self.freeze_button,
            self.unfreeze_button,
            self.activate_button,
            self.lost_button,
            self.stolen_button,
            self.purchase_field,
            self.online_check,
            self.limits_button,
            self.confirm_box,
            self.statement_field,
            self.option_field,
            self.repay_amount_field,
            self.from_field,
            self.repay_button,
            self.refresh_button,
        ):
            layout.addWidget(widget)
        self.confirm_box.setVisible(False)
        self.retranslate_ui()

    def _label(self, name: str) -> QLabel:
        return text_label(name, self)

    def _button(self, name: str, slot: Callable[[], object]) -> QPushButton:
        return action_button(name, slot, self)

    def _build_confirm_box(self) -> None:
        self.review_text = text_label("cardReview", self, focusable=True)
        names = CodeStepNames("cardCodeChannel", "sendCardCode", "cardCode", "confirmCardAction")
        self.code_step = CodeConfirmation(
            self.ctx.settings, names, send=self.send_code, confirm=self.confirm_code, parent=self
        )
        self.cancel_button = self._button("cancelCardAction", self.cancel)
        box = QVBoxLayout(self.confirm_box)
        for widget in (self.review_text, self.code_step, self.cancel_button):
            box.addWidget(widget)

    # --- texts ----------------------------------------------------------------------------------

    @property
    def cards(self) -> Cards:
        """Made when first used, so building the screen never touches the bank."""
        return Cards(self.ctx.bank)

    def retranslate_ui(self) -> None:
        #: Heading of the cards screen.
        self.heading.setText(self.tr("Cards"))
        #: Label of the list of cards.
        self.card_field.set_text(self.tr("Your cards"))
        #: Hint under the card list.
        self.card_field.set_hint(self.tr("Only the last four digits of each card are shown."))
        #: Button that freezes the chosen card at once.
        self.freeze_button.setText(self.tr("Freeze card now"))
        #: Button that unfreezes the chosen card (needs a one-time code).
        self.unfreeze_button.setText(self.tr("Unfreeze card"))
        #: Button that activates a new card.
        self.activate_button.setText(self.tr("Activate card"))
        #: Button that reports the card lost and orders a replacement.
        self.lost_button.setText(self.tr("Report lost and order a new card"))
        #: Button that reports the card stolen and orders a replacement.
        self.stolen_button.setText(self.tr("Report stolen and order a new card"))
        #: Label of the daily purchase limit field.
        self.purchase_field.set_text(self.tr("Daily purchase limit, in yuan"))
        #: Check box that allows online payments with the card.
        self.online_check.setText(self.tr("Allow online payments"))
        #: Button that reviews the new limits.
        self.limits_button.setText(self.tr("Review new limits"))
        #: Title of the confirmation panel.
        self.confirm_box.setTitle(self.tr("Confirm with a one-time code"))
        #: Button that confirms the card action with the code.
        self.code_step.confirm_button.setText(self.tr("Confirm"))
        #: Button that abandons the card action.
        self.cancel_button.setText(self.tr("Cancel"))
        #: Label of the credit card statement text.
        self.statement_field.set_text(self.tr("Credit card statement"))
        #: Label of how much to repay.
        self.option_field.set_text(self.tr("How much to repay"))
        self._fill_options()
        #: Label of the chosen repayment amount.
        self.repay_amount_field.set_text(self.tr("Chosen amount, in yuan"))
        #: Hint under the chosen amount.
        self.repay_amount_field.set_hint(self.tr("Only used when you choose an amount."))
        #: Label of the account a repayment is paid from.
        self.from_field.set_text(self.tr("Repay from"))
        #: Button that reviews the repayment.
        self.repay_button.setText(self.tr("Review repayment"))
        #: Button that loads the cards again.
        self.refresh_button.setText(self.tr("Refresh"))
        self._render()
        # An action or repayment waiting for its code: say it in the new language too.
        if self._consent is not None:
            review = self._review_sentence(self._consent)
            self.review_text.setText(review)
            self.review_text.setAccessibleName(review)
        self._ask_again_if_language_changed()

    def _fill_options(self) -> None:
        current = self.option_combo.currentData()
        self.option_combo.clear()
        #: Repayment option: everything owed.
        self.option_combo.addItem(self.tr("Everything owed"), RepaymentOption.FULL)
        #: Repayment option: the minimum payment.
        self.option_combo.addItem(self.tr("The minimum payment"), RepaymentOption.MINIMUM)
        #: Repayment option: an amount the customer types.
        self.option_combo.addItem(self.tr("An amount I choose"), RepaymentOption.AMOUNT)
        if current is not None:
            self.option_combo.setCurrentIndex(max(0, self.option_combo.findData(current)))

    def title(self) -> str:
        #: Window title part for the cards screen.
        return self.tr("Cards")

    def first_focus(self) -> QWidget:
        return self.card_list

    def on_shown(self, **kwargs: object) -> None:
        self.refresh()

    def can_leave(self) -> bool:
        return not self._busy

    def _say(self, text: str, priority: Priority = Priority.NORMAL) -> None:
        self.status.setText(text)
        self.announce(text, priority)

    def _run(self, op: Callable[[], T], done: Callable[[T], None], progress: str) -> None:
        self._say(progress)
        self._tasks.run(op, done, self._failed, progress_text=progress)

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        challenge = self._challenge
        if challenge is not None and self.code_step.code_refused(
            self.ctx.announcer, error, challenge.challenge_id
        ):
            return
        if isinstance(error, Rejected) and error.has_code("CD02"):
            #: The bank refused a repayment: nothing is due, or more than is owed.
            self._say(self.tr("Nothing is due, or the amount is more than you owe."), Priority.NOW)
            return
        if isinstance(error, Rejected) and error.has_code("CD01"):
            #: The bank refused: the card's state does not allow this (for example it is blocked).
            self._say(self.tr("This card cannot do that in its current state."), Priority.NOW)
            return
        self.show_failure(self.status, error)

    # --- list -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        cards = self.cards
        self._bank_text.asking()
        #: Shown and spoken while the cards load.
        self._run(lambda: load_cards(cards), self._loaded, self.tr("Loading your cards."))

    def _loaded(self, overview: CardsOverview) -> None:
        self._overview = overview
        self._render()
        #: Spoken when the cards are loaded; %n is how many.
        self._say(self.tr("%n card(s) shown.", "", len(overview.cards)))

    def _status_name(self, status: CardStatus) -> str:
        names = {
            #: Card status: not yet activated.
            CardStatus.INACTIVE: self.tr("not activated yet"),
            #: Card status: working.
            CardStatus.ACTIVE: self.tr("active"),
            #: Card status: frozen by the customer.
            CardStatus.FROZEN: self.tr("frozen"),
            #: Card status: blocked after a loss or theft report.
            CardStatus.BLOCKED: self.tr("blocked"),
        }
        return names[status]

    def _card_line(self, card: Card) -> str:
        #: A card in the list; {name}, {last4} the last four digits, {status}, {expiry} year-month.
        return self.tr("{name} ending {last4}, {status}, expires {expiry}").format(
            name=card.name,
            last4=" ".join(card.last4),
            status=self._status_name(card.status),
            expiry=card.expiry,
        )

    def _render(self) -> None:
        overview = self._overview
        if overview is None:
            return
        row = max(0, self.card_list.currentRow())
        self.card_list.blockSignals(True)
        self.card_list.clear()
        for card in overview.cards:
            self.card_list.addItem(self._card_line(card))
        self.card_list.setCurrentRow(min(row, self.card_list.count() - 1))
        self.card_list.blockSignals(False)
        chosen_account = self.from_combo.currentData()  # redrawn in place: the choice stays
        self.from_combo.clear()
        for account in overview.accounts:
            self.from_combo.addItem(account_label(account), account.account_id)
        choose_data(self.from_combo, chosen_account)
        self._card_chosen(self.card_list.currentRow())

    def selected(self) -> Card | None:
        row = self.card_list.currentRow()
        if self._overview is None or not 0 <= row < len(self._overview.cards):
            return None
        return self._overview.cards[row]

    def _card_chosen(self, _row: int) -> None:
        card = self.selected()
        if card is None:
            return
        money = current_locale_name()
        purchase = display_money(card.limits.daily_purchase, money) if card.limits.daily_purchase else ""
        #: Online payments allowed (in the card details).
        allowed = self.tr("allowed")
        #: Online payments not allowed (in the card details).
        not_allowed = self.tr("not allowed")
        online = allowed if card.limits.online else not_allowed
        #: Details of the chosen card; {line} the card, {purchase} the daily purchase limit, {online} yes/no.
        text = self.tr("{line}. Daily purchase limit {purchase}. Online payments: {online}.").format(
            line=self._card_line(card), purchase=purchase, online=online
        )
        self.details.setText(text)
        self.details.setAccessibleName(text)
        self.freeze_button.setEnabled(card.status is CardStatus.ACTIVE)
        self.unfreeze_button.setEnabled(card.status is CardStatus.FROZEN)
        self.activate_button.setEnabled(card.status is CardStatus.INACTIVE)
        open_card = card.status is not CardStatus.BLOCKED
        for button in (self.lost_button, self.stolen_button, self.limits_button):
            button.setEnabled(open_card)
        self.online_check.setChecked(bool(card.limits.online))
        statement = self._overview.statements.get(card.card_id) if self._overview else None
        self.statement_text.setPlainText(self._statement_text(statement))
        for widget in (self.option_combo, self.repay_amount_edit, self.from_combo, self.repay_button):
            widget.setEnabled(statement is not None)

    def _statement_text(self, statement: Statement | None) -> str:
        if statement is None:
            #: Statement text for a debit card.
            return self.tr("Only credit cards have a statement.")
        locale = current_locale_name()
        #: The statement in sentences; amounts and dates filled in.
        head = self.tr(
            "Statement of {date}: {closing}. You owe {current} now. Minimum payment due {minimum} by {due}."
        ).format(
            date=statement.statement_date.isoformat(),
            closing=display_money(statement.statement_balance, locale),
            current=display_money(statement.current_balance, locale),
            minimum=display_money(statement.minimum_due, locale),
            due=statement.due_date.isoformat(),
        )
        lines = [
            f"{line.booked.date().isoformat()} {line.description}: "
            + ("+" if line.credit else "-")
            + display_money(line.amount, locale)
            for line in statement.lines
        ]
        return "\n".join([head, *lines])

    # --- freeze (one step) ------------------------------------------------------------------------

    def freeze(self) -> None:
        card = self.selected()
        if card is None or self._busy:
            return
        cards = self.cards
        #: Shown and spoken while the card is frozen.
        self._run(lambda: cards.freeze(card.card_id), self._frozen, self.tr("Freezing your card."))

    def _frozen(self, card: Card) -> None:
        self._replace_card(card)
        #: Spoken when the card is frozen; {last4} its last digits.
        self._say(
            self.tr("Card ending {last4} is frozen. Nobody can use it until you unfreeze it.").format(
                last4=" ".join(card.last4)
            ),
            Priority.NOW,
        )
        self.details.setFocus(Qt.FocusReason.OtherFocusReason)

    def _replace_card(self, card: Card) -> None:
        if self._overview is None:
            return
        listed = [card if c.card_id == card.card_id else c for c in self._overview.cards]
        self._overview = CardsOverview(listed, self._overview.statements, self._overview.accounts)
        self._render()

    # --- actions and repayments with a code -------------------------------------------------------

    def prepare(self, action: CardAction, limits: Limits | None = None) -> None:
        card = self.selected()
        if card is None or self._busy:
            return
        cards = self.cards
        #: Shown and spoken while the bank prepares the action.
        self._run(
            lambda: cards.prepare_action(card.card_id, action, limits), self._review, self.tr("Preparing.")
        )

    def prepare_limits(self) -> None:
        limit = checked_amount(self.ctx.announcer, self.purchase_field, self.purchase_edit)
        if isinstance(limit, ValidationError):
            return
        self.purchase_field.set_error("")
        self.prepare(
            CardAction.SET_LIMITS, Limits(daily_purchase=limit, online=self.online_check.isChecked())
        )

    def prepare_repayment(self) -> None:
        card = self.selected()
        if card is None or self._busy:
            return
        option = RepaymentOption(self.option_combo.currentData())
        amount = None
        if option is RepaymentOption.AMOUNT:
            typed = checked_amount(self.ctx.announcer, self.repay_amount_field, self.repay_amount_edit)
            if isinstance(typed, ValidationError):
                return
            amount = typed
        self.repay_amount_field.set_error("")
        from_id = str(self.from_combo.currentData())
        cards = self.cards
        self._run(
            lambda: cards.prepare_repayment(card.card_id, from_id, option, amount),
            self._review,
            #: Shown and spoken while the bank prepares the repayment.
            self.tr("Preparing the repayment."),
        )

    def _review_sentence(self, consent: CardConsent) -> str:
        card = self.selected()
        last4 = " ".join(card.last4) if card else ""
        if consent.amount is not None:
            #: What a repayment will do; {amount} and the card's last digits.
            return self.tr("Repay {amount} to the credit card ending {last4}.").format(
                amount=display_money(consent.amount, current_locale_name()), last4=last4
            )
        sentences = {
            #: What unfreezing will do.
            CardAction.UNFREEZE: self.tr("Unfreeze the card ending {last4}."),
            #: What activating will do.
            CardAction.ACTIVATE: self.tr("Activate the card ending {last4}."),
            #: What reporting lost will do.
            CardAction.REPORT_LOST: self.tr("Block the card ending {last4} as lost and send you a new card."),
            #: What reporting stolen will do.
            CardAction.REPORT_STOLEN: self.tr(
                "Block the card ending {last4} as stolen and send you a new card."
            ),
            #: What setting limits will do.
            CardAction.SET_LIMITS: self.tr("Change the limits of the card ending {last4}."),
        }
        assert consent.action is not None
        return sentences[consent.action].format(last4=last4)

    def _review(self, consent: CardConsent) -> None:
        self._consent = consent
        self._challenge = None
        text = self._review_sentence(consent)
        self.review_text.setText(text)
        self.review_text.setAccessibleName(text)
        self.code_step.code_edit.clear()
        self.code_step.code_edit.setEnabled(False)
        self.code_step.confirm_button.setEnabled(False)
        self.confirm_box.setVisible(True)
        self.review_text.setFocus(Qt.FocusReason.OtherFocusReason)
        #: Spoken when an action awaits its code; {review} says what will happen.
        self._say(self.tr("{review} Send a one-time code to confirm.").format(review=text))

    def send_code(self) -> None:
        consent = self._consent
        if consent is None or self._busy:
            return
        channel = str(self.code_step.channel_combo.currentData())
        cards = self.cards
        #: Shown and spoken while the code is sent.
        self._run(
            lambda: cards.send_code(consent, channel), self._code_sent, self.tr("Sending a one-time code.")
        )

    def _code_sent(self, challenge: Challenge) -> None:
        self._challenge = challenge
        self.code_step.code_edit.setEnabled(True)
        self.code_step.confirm_button.setEnabled(True)
        self.code_step.code_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        sent = say_code_ready(self.ctx.announcer, challenge.code_length, challenge.masked_destination)
        self.status.setText(sent)

    def confirm_code(self) -> None:
        consent, challenge = self._consent, self._challenge
        if consent is None or challenge is None or self._busy:
            return
        code = self.code_step.checked_code(self.ctx.announcer, challenge.code_length)
        if code is None:
            return
        self._busy = True
        cards = self.cards

        def confirm_and_execute() -> ActionResult | RepaymentResult:
            cards.confirm_code(challenge, code)
            return cards.repay(consent) if consent.amount is not None else cards.execute_action(consent)

        #: Shown and spoken while the action is confirmed.
        self._run(confirm_and_execute, self._done, self.tr("Confirming."))

    def _done(self, result: ActionResult | RepaymentResult) -> None:
        self._busy = False
        self._consent = None
        self.confirm_box.setVisible(False)
        if isinstance(result, RepaymentResult):
            locale = current_locale_name()
            #: Spoken after a repayment; {amount} repaid, {owed} still owed.
            text = self.tr("Repaid {amount}. You still owe {owed}.").format(
                amount=display_money(result.amount, locale), owed=display_money(result.still_owed, locale)
            )
        else:
            #: Spoken after a card action; {card} the card's new state.
            text = self.tr("Done: {card}.").format(card=self._card_line(result.card))
            if result.replacement is not None:
                #: Added when a replacement card is on its way.
                text = join_sentences(
                    text, self.tr("A new card is on its way; activate it here when it arrives.")
                )
        self._say(text, Priority.NOW)
        self.card_list.setFocus(Qt.FocusReason.OtherFocusReason)
        self._reload_quietly(self._failed)

    def _reload_quietly(self, failed: Callable[[BaseException], None]) -> None:
        cards = self.cards
        self._bank_text.asking()
        self._tasks.run(lambda: load_cards(cards), self._reloaded, failed)

    def _ask_again_if_language_changed(self) -> None:
        """After a language switch, ask the bank again for what it wrote (card names, its own statement
        lines) in the new language, quietly; merchant names stay as the merchants sent them."""
        if self._bank_text.stale() and self.isVisible():  # a hidden one reloads when shown (on_shown)
            self._reload_quietly(lambda _error: None)

    def _reloaded(self, overview: CardsOverview) -> None:
        self._overview = overview
        self._render()

    def cancel(self) -> None:
        self._consent = None
        self._challenge = None
        self.confirm_box.setVisible(False)
        #: Spoken when a card action is abandoned.
        self._say(self.tr("Cancelled. Nothing was changed."))
        self.card_list.setFocus(Qt.FocusReason.OtherFocusReason)
