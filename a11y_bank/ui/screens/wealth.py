"""Wealth: the risk questionnaire, products with their plain-text sheet, buying and selling, holdings.

Three pages in one stack: the overview (risk level, products, buy form, holdings, sell form), the
questionnaire (one group of radio buttons per question: arrows choose, Tab moves to the next question),
and the order page (review -> one-time code -> result), the same steps as a payment. Every step says
what happened through the announcer and moves focus to where the user acts next.

Suitability (the bank's rule, shown before the bank is asked): an expired or missing questionnaire must
be taken first; a product above the customer's level is either not offered for sale (its rule is
REFUSE) or needs the explicit acknowledgement check box, whose text names both levels (ACKNOWLEDGE).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import IntEnum
from typing import ClassVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from a11y_bank.a11y.priority import Priority
from a11y_bank.api.errors import OutcomeUnknown, Rejected
from a11y_bank.api.models import Account, Challenge
from a11y_bank.api.wealth import (
    Assessment,
    AssessmentStatus,
    Holding,
    OrderReview,
    OrderType,
    Questionnaire,
    Wealth,
    WealthOrder,
    WealthProduct,
)
from a11y_bank.domain.money import Money
from a11y_bank.domain.sentences import join_sentences
from a11y_bank.domain.validation import ValidationError
from a11y_bank.ui.bank_text import BankTextLanguage, choose_data
from a11y_bank.ui.context import AppContext
from a11y_bank.ui.models.accounts import account_label
from a11y_bank.ui.models.money_text import current_locale_name, display_money, spoken_money
from a11y_bank.ui.models.owned_tasks import OwnedTasks
from a11y_bank.ui.screens.base import Screen
from a11y_bank.ui.widgets.code_confirmation import CodeConfirmation, CodeStepNames, say_code_ready
from a11y_bank.ui.widgets.fields import LabelledField
from a11y_bank.ui.widgets.layout import action_button, submit_on_return, text_label
from a11y_bank.ui.widgets.money import MoneyLineEdit
from a11y_bank.ui.widgets.payment_fields import checked_amount, show_field_error

__all__ = ["Overview", "Page", "WealthScreen", "load_overview", "needs_acknowledgement", "sale_allowed"]


class Page(IntEnum):
    OVERVIEW = 0
    QUESTIONNAIRE = 1
    ORDER = 2


@dataclass(frozen=True, slots=True)
class Overview:
    assessment: Assessment
    products: list[WealthProduct]
    holdings: list[Holding]
    accounts: list[Account]


def load_overview(wealth: Wealth) -> Overview:
    """Everything the overview shows (worker thread)."""
    products = [wealth.product(p.product_id) for p in wealth.products()]  # with their sheets
    accounts = [a for a in wealth.bank.accounts() if a.currency == "CNY"]
    return Overview(wealth.assessment(), products, wealth.holdings(), accounts)


def customer_level(assessment: Assessment) -> int:
    """The usable level 1-5, or 0 when there is no valid questionnaire."""
    return int(assessment.level[1]) if assessment.status is AssessmentStatus.VALID else 0


def sale_allowed(product: WealthProduct, assessment: Assessment) -> bool:
    level = customer_level(assessment)
    return level > 0 and (product.risk_number <= level or product.above_level_rule == "ACKNOWLEDGE")


def needs_acknowledgement(product: WealthProduct, assessment: Assessment) -> bool:
    level = customer_level(assessment)
    return 0 < level < product.risk_number and product.above_level_rule == "ACKNOWLEDGE"


class WealthScreen(Screen):
    """Wealth products: questionnaire, products, buy, holdings, sell."""

    section: ClassVar[str] = "wealth"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._tasks = OwnedTasks(ctx.tasks, self)
        self._overview: Overview | None = None
        self._questionnaire: Questionnaire | None = None
        self._review: OrderReview | None = None
        self._challenge: Challenge | None = None
        self._busy = False
        self._bank_text = BankTextLanguage()
        self.heading = QLabel(self)
        self.heading.setObjectName("screenHeading")
        self.status = QLabel(self)
        self.status.setObjectName("wealthStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_overview())
        self.pages.addWidget(self._build_questionnaire_page())
        self.pages.addWidget(self._build_order_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.status)
        layout.addWidget(self.pages, 1)
        self.retranslate_ui()

    # --- building -------------------------------------------------------------------------------

    def _label(self, name: str, *, focusable: bool = False) -> QLabel:
        return text_label(name, self, focusable=focusable)

    def _button(self, name: str, slot: Callable[..., object]) -> QPushButton:
        return action_button(name, slot, self)

    def _build_overview(self) -> QWidget:
        page = QWidget(self)
        # Focusable: the first thing read on arrival; text_label keeps the focus ring off its text.
        self.risk_text = self._label("riskLevel", focusable=True)
        self.questionnaire_button = self._button("takeQuestionnaire", self.start_questionnaire)
        self.product_list = QListWidget(self)
        self.product_list.setObjectName("wealthProducts")
        self.product_list.setWordWrap(True)  # long names wrap at 300 % text instead of scrolling sideways
        self.product_list.currentRowChanged.connect(self._product_chosen)
        self.products_field = LabelledField(self.product_list, parent=self)
        self.sheet = QTextBrowser(self)
        self.sheet.setObjectName("productSheet")
        self.sheet.setTabChangesFocus(True)  # never a Tab trap
        self.sheet.setOpenLinks(False)
        self.sheet_field = LabelledField(self.sheet, parent=self)
        self.account_combo = QComboBox(self)
        self.account_combo.setObjectName("wealthAccount")
        self.account_field = LabelledField(self.account_combo, parent=self)
        self.amount_edit = MoneyLineEdit("CNY", self.ctx.announcer, self)
        self.amount_edit.setObjectName("wealthAmount")
        self.amount_field = LabelledField(self.amount_edit, parent=self)
        self.acknowledge = QCheckBox(self)
        self.acknowledge.setObjectName("acknowledgeRisk")
        self.acknowledge.setVisible(False)
        self.buy_button = self._button("reviewPurchase", self.review_purchase)
        self.holding_list = QListWidget(self)
        self.holding_list.setObjectName("wealthHoldings")
        self.holding_list.setWordWrap(True)
        self.holding_list.currentRowChanged.connect(self._holding_chosen)
        self.holdings_field = LabelledField(self.holding_list, parent=self)
        self.units_edit = QLineEdit(self)
        self.units_edit.setObjectName("unitsToSell")
        self.units_field = LabelledField(self.units_edit, parent=self)
        self.sell_button = self._button("reviewSale", self.review_sale)
        submit_on_return(self.review_purchase, self.amount_edit)
        submit_on_return(self.review_sale, self.units_edit)
        self.refresh_button = self._button("refreshWealth", self.refresh)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.risk_text,
            self.questionnaire_button,
            self.products_field,
            self.sheet_field,
            self.account_field,
            self.amount_field,
            self.acknowledge,
            self.buy_button,
            self.holdings_field,
            self.units_field,
            self.sell_button,
            self.refresh_button,
        ):
            layout.addWidget(widget)
        return page

    def _build_questionnaire_page(self) -> QWidget:
        page = QWidget(self)
        self.questionnaire_intro = self._label("questionnaireIntro", focusable=True)
        self.question_box = QVBoxLayout()
        self.answer_groups: dict[str, QButtonGroup] = {}
        self.question_boxes: dict[str, QGroupBox] = {}
        self.send_answers_button = self._button("sendAnswers", self.send_answers)
        self.cancel_questionnaire_button = self._button("cancelQuestionnaire", self.show_overview)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.questionnaire_intro)
        layout.addLayout(self.question_box)
        layout.addWidget(self.send_answers_button)
        layout.addWidget(self.cancel_questionnaire_button)
        layout.addStretch(1)
        return page

    def _build_order_page(self) -> QWidget:
        page = QWidget(self)
        self.review_text = QTextBrowser(self)
        self.review_text.setObjectName("orderReview")
        self.review_text.setTabChangesFocus(True)
        self.review_field = LabelledField(self.review_text, parent=self)
        names = CodeStepNames("codeChannel", "sendOrderCode", "orderCode", "confirmOrder")
        self.code_step = CodeConfirmation(
            self.ctx.settings, names, send=self.send_code, confirm=self.confirm_code, parent=self
        )
        self.result_text = self._label("orderResult", focusable=True)
        self.back_button = self._button("backToWealth", self.show_overview)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.review_field,
            self.code_step,
            self.result_text,
            self.back_button,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        return page

    # --- texts ----------------------------------------------------------------------------------

    @property
    def wealth(self) -> Wealth:
        """Made when first used, so building the screen never touches the bank."""
        return Wealth(self.ctx.bank)

    def retranslate_ui(self) -> None:
        #: Heading of the wealth screen.
        self.heading.setText(self.tr("Wealth products"))
        #: Button that opens the risk questionnaire.
        self.questionnaire_button.setText(self.tr("Take the risk questionnaire"))
        #: Label of the list of wealth products.
        self.products_field.set_text(self.tr("Products"))
        #: Hint under the product list.
        self.products_field.set_hint(
            self.tr("Use the arrow keys to choose a product; its sheet is read below.")
        )
        #: Label of the product sheet text.
        self.sheet_field.set_text(self.tr("Product sheet"))
        #: Label of the account money is paid from or into.
        self.account_field.set_text(self.tr("Account to pay from or into"))
        #: Label of the amount to invest.
        self.amount_field.set_text(self.tr("Amount to invest, in yuan"))
        #: Button that asks the bank for the purchase's figures before confirming.
        self.buy_button.setText(self.tr("Review purchase"))
        #: Label of the list of what the customer holds.
        self.holdings_field.set_text(self.tr("Your holdings"))
        #: Label of the number of units to sell.
        self.units_field.set_text(self.tr("Units to sell"))
        #: Hint under the units to sell.
        self.units_field.set_hint(
            self.tr("Up to 4 decimal places. Choosing a holding fills in all its units.")
        )
        #: Button that asks the bank for the sale's figures before confirming.
        self.sell_button.setText(self.tr("Review sale"))
        #: Button that loads the wealth page again.
        self.refresh_button.setText(self.tr("Refresh"))
        #: Button that sends the questionnaire's answers.
        self.send_answers_button.setText(self.tr("Send answers"))
        #: Button that leaves the questionnaire without sending it.
        self.cancel_questionnaire_button.setText(self.tr("Cancel"))
        #: Label of the order's figures on the review page.
        self.review_field.set_text(self.tr("Check your order"))
        #: Button that confirms the order with the code.
        self.code_step.confirm_button.setText(self.tr("Confirm order"))
        #: Button that goes back to the wealth overview.
        self.back_button.setText(self.tr("Back to wealth products"))
        self._render_overview()
        self._ask_again_if_language_changed()

    def title(self) -> str:
        #: Window title part for the wealth screen.
        return self.tr("Wealth products")

    def first_focus(self) -> QWidget:
        return self.risk_text

    def on_shown(self, **kwargs: object) -> None:
        self.show_overview()
        self.refresh()

    def can_leave(self) -> bool:
        return not self._busy

    def _say(self, text: str, priority: Priority = Priority.NORMAL) -> None:
        self.status.setText(text)
        self.announce(text, priority)

    def _money(self, money: Money) -> tuple[str, str]:
        locale = current_locale_name()
        return display_money(money, locale), spoken_money(money, locale)

    # --- overview -------------------------------------------------------------------------------

    def refresh(self) -> None:
        #: Shown and spoken while the wealth page loads.
        progress = self.tr("Loading your wealth products.")
        self._say(progress)
        wealth = self.wealth
        self._bank_text.asking()
        self._tasks.run(lambda: load_overview(wealth), self._loaded, self._failed, progress_text=progress)

    def _loaded(self, overview: Overview) -> None:
        self._overview = overview
        self._render_overview()
        #: Spoken when the wealth page is loaded; {level} is the sentence about the risk level.
        self._say(self.tr("Wealth products loaded. {level}").format(level=self._risk_sentence()))

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        refusal = self._wealth_refusal(error)
        if refusal:
            self._say(refusal, Priority.NOW)
            return
        self.show_failure(self.status, error)

    def _wealth_refusal(self, error: BaseException) -> str:
        """Our own sentence for the bank's wealth refusals (WM01-WM05); "" for any other error."""
        if not isinstance(error, Rejected):
            return ""
        sentences = {
            #: The bank refused: the product is above the customer's risk level and not sold to them.
            "WM01": self.tr("This product is above your risk level and cannot be sold to you."),
            #: The bank wants the explicit acknowledgement of the higher risk.
            "WM02": self.tr("This product is above your risk level. Tick the box to accept the higher risk."),
            #: The bank refused: the questionnaire is missing or expired.
            "WM03": self.tr("Take the risk questionnaire first; yours is missing or has expired."),
            #: The bank refused: below the product's minimum.
            "WM04": self.tr("The amount is below this product's minimum."),
            #: The bank refused: more units than the customer holds.
            "WM05": self.tr("You hold fewer units than that."),
        }
        return next((text for code, text in sentences.items() if error.has_code(code)), "")

    def _risk_sentence(self) -> str:
        if self._overview is None:
            #: Risk level text before anything is loaded.
            return self.tr("Your risk level is not loaded yet.")
        assessment = self._overview.assessment
        if assessment.status is AssessmentStatus.NONE:
            #: Risk level text when the questionnaire was never taken.
            return self.tr("You have not taken the risk questionnaire. Take it before buying a product.")
        until = assessment.expires.date().isoformat() if assessment.expires else ""
        if assessment.status is AssessmentStatus.EXPIRED:
            #: Risk level text when the questionnaire has expired; {date} is when it expired.
            return self.tr("Your risk questionnaire expired on {date}. Take it again before buying.").format(
                date=until
            )
        #: Risk level text; {level} is C1 (lowest) to C5 (highest), {date} when it must be renewed.
        return self.tr(
            "Your risk level is {level}, on a scale from C1 (lowest) to C5. Valid until {date}."
        ).format(level=assessment.level, date=until)

    def _render_overview(self) -> None:
        self.risk_text.setText(self._risk_sentence())
        self.risk_text.setAccessibleName(self._risk_sentence())
        overview = self._overview
        if overview is None:
            return
        # Redrawn in place (a language switch, a reload): the customer's choices stay as they were.
        row = max(0, self.product_list.currentRow())
        chosen, ticked = self._chosen_product_id(), self.acknowledge.isChecked()
        account = self.account_combo.currentData()
        self.product_list.clear()
        for product in overview.products:
            item = QListWidgetItem(self._product_line(product, overview.assessment))
            item.setData(Qt.ItemDataRole.UserRole, product.product_id)
            self.product_list.addItem(item)
        self.product_list.setCurrentRow(min(row, self.product_list.count() - 1))
        if ticked and chosen is not None and self._chosen_product_id() == chosen:
            self.acknowledge.setChecked(True)  # choosing the row again unticked it
        self.account_combo.clear()
        for account_choice in overview.accounts:
            self.account_combo.addItem(account_label(account_choice), account_choice.account_id)
        choose_data(self.account_combo, account)
        self.holding_list.clear()
        for holding in overview.holdings:
            self.holding_list.addItem(self._holding_line(holding))
        if not overview.holdings:
            #: Holdings list when the customer holds no wealth product.
            self.holding_list.addItem(self.tr("You hold no wealth products."))

    def _chosen_product_id(self) -> str | None:
        item = self.product_list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _product_line(self, product: WealthProduct, assessment: Assessment) -> str:
        minimum, _ = self._money(product.minimum)
        if not sale_allowed(product, assessment) and customer_level(assessment):
            #: After a product in the list when its risk is above the customer's level and it is not sold.
            note = self.tr(", not available at your risk level")
        else:
            note = ""
        #: A product in the list; {name}, {risk} R1-R5, {minimum} the smallest purchase, {note} a remark.
        return self.tr("{name}, risk {risk}, from {minimum}{note}").format(
            name=product.name, risk=product.risk_level, minimum=minimum, note=note
        )

    def _holding_line(self, holding: Holding) -> str:
        value, _ = self._money(holding.value)
        gain, _ = self._money(holding.gain)
        #: A holding; {units} units held, {value} what they are worth today, {gain} value minus cost.
        return self.tr("{name}: {units} units, worth {value}, gain {gain}").format(
            name=holding.product_name, units=f"{holding.units:f}", value=value, gain=gain
        )

    def selected_product(self) -> WealthProduct | None:
        row = self.product_list.currentRow()
        if self._overview is None or not 0 <= row < len(self._overview.products):
            return None
        return self._overview.products[row]

    def _product_chosen(self, _row: int) -> None:
        product = self.selected_product()
        if product is None or self._overview is None:
            return
        self.sheet.setHtml(self._sheet_html(product))
        need = needs_acknowledgement(product, self._overview.assessment)
        self.acknowledge.setChecked(False)
        self.acknowledge.setVisible(need)
        if need:
            #: Check box to accept a product above one's level; {risk} R1-R5, {level} C1-C5.
            text = self.tr(
                "I understand that this product's risk {risk} is above my risk level {level},"
                " and I accept it."
            ).format(risk=product.risk_level, level=self._overview.assessment.level)
            self.acknowledge.setText(text)
            self.acknowledge.setAccessibleName(text)
        self.buy_button.setEnabled(sale_allowed(product, self._overview.assessment))

    def _sheet_html(self, product: WealthProduct) -> str:
        minimum, _ = self._money(product.minimum)
        facts = (
            #: Product sheet: label of the risk level.
            (self.tr("Risk level"), product.risk_level),
            #: Product sheet: label of the smallest purchase.
            (self.tr("Minimum purchase"), minimum),
            #: Product sheet: label of the fees; {buy}, {sell}, {yearly} are percentages.
            (
                self.tr("Fees"),
                #: Product sheet: the fees; {buy}, {sell}, {yearly} are percentages.
                self.tr("{buy} percent to buy, {sell} percent to sell, {yearly} percent a year").format(
                    buy=product.subscription_fee_percent,
                    sell=product.redemption_fee_percent,
                    yearly=product.management_fee_percent,
                ),
            ),
            #: Product sheet: label of the terms.
            (self.tr("Terms"), product.terms),
            #: Product sheet: label of today's price of one unit.
            (self.tr("Price of one unit today"), f"{product.unit_price:f}"),
        )
        body = "".join(f"<p>{html.escape(k)}: {html.escape(v)}</p>" for k, v in facts)
        return f"<h2>{html.escape(product.name)}</h2>{body}<p>{html.escape(product.sheet)}</p>"

    def _holding_chosen(self, row: int) -> None:
        if self._overview is not None and 0 <= row < len(self._overview.holdings):
            self.units_edit.setText(f"{self._overview.holdings[row].units:f}")

    # --- questionnaire --------------------------------------------------------------------------

    def start_questionnaire(self) -> None:
        #: Shown and spoken while the questionnaire loads.
        progress = self.tr("Loading the questionnaire.")
        self._say(progress)
        wealth = self.wealth
        self._bank_text.asking()
        self._tasks.run(wealth.questionnaire, self._show_questionnaire, self._failed, progress_text=progress)

    def _show_questionnaire(self, questionnaire: Questionnaire) -> None:
        self._questionnaire = questionnaire
        while self.question_box.count():
            item = self.question_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.answer_groups.clear()
        self.question_boxes.clear()
        for number, question in enumerate(questionnaire.questions, start=1):
            title = self._question_title(number, len(questionnaire.questions), question.text)
            box = QGroupBox(title, self)
            box.setAccessibleName(title)
            group = QButtonGroup(box)
            box_layout = QVBoxLayout(box)
            for option_id, text in question.options:
                radio = QRadioButton(text, box)
                radio.setProperty("optionId", option_id)
                group.addButton(radio)
                box_layout.addWidget(radio)
            self.question_box.addWidget(box)
            self.answer_groups[question.question_id] = group
            self.question_boxes[question.question_id] = box
        self._chain_questionnaire_tab_order()
        intro = self._questionnaire_intro(questionnaire)
        self.questionnaire_intro.setText(intro)
        self.questionnaire_intro.setAccessibleName(intro)
        self.pages.setCurrentIndex(Page.QUESTIONNAIRE)
        self.questionnaire_intro.setFocus(Qt.FocusReason.OtherFocusReason)
        self._say(intro)

    def _question_title(self, number: int, count: int, text: str) -> str:
        #: A question's title; {number} its position, {count} how many, {text} the question.
        return self.tr("Question {number} of {count}: {text}").format(number=number, count=count, text=text)

    def _questionnaire_intro(self, questionnaire: Questionnaire) -> str:
        #: Introduction of the questionnaire; {count} questions, {days} how long the result is valid.
        return self.tr(
            "{count} questions about how much risk you can take. Use the arrow keys to choose an answer and "
            "Tab to go to the next question. The result is valid for {days} days."
        ).format(count=len(questionnaire.questions), days=questionnaire.validity_days)

    def _ask_again_if_language_changed(self) -> None:
        """After a language switch, ask the bank again for what it wrote (product names and sheets, the
        questionnaire) in the new language, quietly: the screen stays where it is, answers chosen stay
        chosen; an order under review is worded again with the same figures. A hidden screen waits:
        showing it reloads everything anyway (on_shown)."""
        if not self._bank_text.stale() or not self.isVisible():
            return
        self.refresh_later()
        if self._questionnaire is not None and self.pages.currentIndex() == Page.QUESTIONNAIRE:
            wealth = self.wealth
            self._tasks.run(wealth.questionnaire, self._relabel_questionnaire, lambda _error: None)

    def _relabel_questionnaire(self, questionnaire: Questionnaire) -> None:
        """The questions and answers in the new language on the same widgets (focus and answers stay)."""
        if [q.question_id for q in questionnaire.questions] != list(self.question_boxes):
            return  # the bank changed its questions meanwhile: the next time it is opened shows them
        self._questionnaire = questionnaire
        count = len(questionnaire.questions)
        for number, question in enumerate(questionnaire.questions, start=1):
            title = self._question_title(number, count, question.text)
            box = self.question_boxes[question.question_id]
            box.setTitle(title)
            box.setAccessibleName(title)
            texts = dict(question.options)
            for radio in self.answer_groups[question.question_id].buttons():
                text = texts.get(str(radio.property("optionId")))
                if text is not None:
                    radio.setText(text)
        intro = self._questionnaire_intro(questionnaire)
        self.questionnaire_intro.setText(intro)
        self.questionnaire_intro.setAccessibleName(intro)

    def _chain_questionnaire_tab_order(self) -> None:
        """Questions are built after the buttons, so Tab order is set: intro, questions, Send, Cancel."""
        previous: QWidget = self.questionnaire_intro
        for group in self.answer_groups.values():
            for radio in group.buttons():
                QWidget.setTabOrder(previous, radio)
                previous = radio
        QWidget.setTabOrder(previous, self.send_answers_button)
        QWidget.setTabOrder(self.send_answers_button, self.cancel_questionnaire_button)

    def answers(self) -> dict[str, str]:
        chosen: dict[str, str] = {}
        for question_id, group in self.answer_groups.items():
            button = group.checkedButton()
            if button is not None:
                chosen[question_id] = str(button.property("optionId"))
        return chosen

    def send_answers(self) -> None:
        answers = self.answers()
        missing = [q for q in self.answer_groups if q not in answers]
        if missing:
            box = self.question_boxes[missing[0]]
            #: Spoken when a question is unanswered; {title} is the question.
            self._say(self.tr("Please answer: {title}").format(title=box.title()), Priority.NOW)
            buttons = self.answer_groups[missing[0]].buttons()
            buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)
            return
        wealth = self.wealth
        #: Shown and spoken while the answers are sent.
        progress = self.tr("Sending your answers.")
        self._say(progress)
        self._tasks.run(lambda: wealth.assess(answers), self._assessed, self._failed, progress_text=progress)

    def _assessed(self, assessment: Assessment) -> None:
        if self._overview is not None:
            self._overview = Overview(
                assessment, self._overview.products, self._overview.holdings, self._overview.accounts
            )
        self.show_overview()
        self._render_overview()
        self._product_chosen(self.product_list.currentRow())
        #: Spoken after the questionnaire is stored; {level} is the sentence about the new level.
        self._say(
            self.tr("Your answers are saved. {level}").format(level=self._risk_sentence()), Priority.NOW
        )

    def show_overview(self) -> None:
        self.pages.setCurrentIndex(Page.OVERVIEW)
        self._review = None
        self._challenge = None
        self.risk_text.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- orders ---------------------------------------------------------------------------------

    def review_purchase(self) -> None:
        product = self.selected_product()
        self.amount_field.set_error("")
        if product is None or self._overview is None:
            return
        money = checked_amount(self.ctx.announcer, self.amount_field, self.amount_edit)
        if isinstance(money, ValidationError):
            return
        if money.amount < product.minimum.amount:
            minimum, _ = self._money(product.minimum)
            below = ValidationError("wealth.below_minimum", {"amount": minimum})
            show_field_error(self.ctx.announcer, self.amount_field, below)
            return
        acknowledged = None
        if needs_acknowledgement(product, self._overview.assessment):
            if not self.acknowledge.isChecked():
                #: Spoken when the acknowledgement box must be ticked first.
                self._say(
                    self.tr("Tick the box to accept the higher risk, or choose another product."),
                    Priority.NOW,
                )
                self.acknowledge.setFocus(Qt.FocusReason.OtherFocusReason)
                return
            acknowledged = product.risk_level
        account_id = str(self.account_combo.currentData())
        wealth = self.wealth
        self._ask_review(
            lambda: wealth.prepare_subscription(
                product.product_id, account_id, money, acknowledged_level=acknowledged
            )
        )

    def review_sale(self) -> None:
        row = self.holding_list.currentRow()
        self.units_field.set_error("")
        if self._overview is None or not 0 <= row < len(self._overview.holdings):
            #: Spoken when "Review sale" is pressed with no holding chosen.
            self._say(self.tr("Choose a holding to sell first."), Priority.NOW)
            self.holding_list.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        holding = self._overview.holdings[row]
        try:
            units = Decimal(self.units_edit.text().strip())
        except InvalidOperation:
            units = Decimal(-1)
        if (
            not units.is_finite()
            or units <= 0
            or units > holding.units
            or units != units.quantize(Decimal("0.0001"))
        ):
            wrong = ValidationError("wealth.units_invalid", {"maximum": f"{holding.units:f}"})
            show_field_error(self.ctx.announcer, self.units_field, wrong)
            return
        account_id = str(self.account_combo.currentData())
        wealth = self.wealth
        self._ask_review(lambda: wealth.prepare_redemption(holding.product_id, account_id, units))

    def _ask_review(self, op: object) -> None:
        #: Shown and spoken while the bank works out the order's figures.
        progress = self.tr("Asking the bank for the figures.")
        self._say(progress)
        self._tasks.run(op, self._show_review, self._failed, progress_text=progress)  # type: ignore[arg-type]

    def _show_review(self, review: OrderReview) -> None:
        self._review = review
        self._challenge = None
        text = self._review_sentence(review, review.product_name)
        self.review_text.setPlainText(text)
        self.code_step.code_edit.clear()
        self.result_text.clear()
        self._set_order_controls(code_sent=False)
        self.pages.setCurrentIndex(Page.ORDER)
        self.review_text.setFocus(Qt.FocusReason.OtherFocusReason)
        #: Spoken when the review is ready; {review} is the order in words.
        self._say(self.tr("Check your order: {review} Then send the code.").format(review=text))

    def _review_sentence(self, review: OrderReview, product_name: str) -> str:
        """The order in words; `product_name` as the bank writes it in the app's language."""
        amount, _ = self._money(review.amount)
        fee, _ = self._money(review.fee)
        if review.order_type is OrderType.SUBSCRIBE:
            #: Review of a purchase; {amount} paid, {fee} included fee, {units} about how many units.
            summary = self.tr("Buy {product} for {amount}, fee {fee} included, about {units} units.")
        else:
            #: Review of a sale; {amount} before the fee, {fee} the fee, {units} units sold.
            summary = self.tr("Sell {units} units of {product} for about {amount}, less a fee of {fee}.")
        text = summary.format(product=product_name, amount=amount, fee=fee, units=f"{review.units:f}")
        if review.suitability == "ACKNOWLEDGED":
            #: Added to a review when the customer accepted a product above their level.
            text = join_sentences(text, self.tr("You accepted that this product is above your risk level."))
        return text

    def _reword_review(self) -> None:
        """After a language switch, the order under review in the new language: the same figures, the
        product's name as the bank now writes it; nothing is said (the customer asked for the switch)."""
        review = self._review
        if review is None or self.pages.currentIndex() != Page.ORDER or self.result_text.text():
            return
        names = {p.product_id: p.name for p in self._overview.products} if self._overview else {}
        self.review_text.setPlainText(
            self._review_sentence(review, names.get(review.product_id, review.product_name))
        )

    def _set_order_controls(self, *, code_sent: bool, done: bool = False) -> None:
        self.code_step.send_code_button.setEnabled(not done)
        self.code_step.channel_combo.setEnabled(not done)
        self.code_step.code_edit.setEnabled(code_sent and not done)
        self.code_step.confirm_button.setEnabled(code_sent and not done)

    def send_code(self) -> None:
        review = self._review
        if review is None or self._busy:
            return
        channel = str(self.code_step.channel_combo.currentData())
        wealth = self.wealth
        #: Shown and spoken while the one-time code is being sent.
        progress = self.tr("Sending a one-time code.")
        self._say(progress)
        self._tasks.run(
            lambda: wealth.send_code(review, channel), self._code_sent, self._failed, progress_text=progress
        )

    def _code_sent(self, challenge: Challenge) -> None:
        self._challenge = challenge
        self._set_order_controls(code_sent=True)
        self.code_step.code_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        sent = say_code_ready(self.ctx.announcer, challenge.code_length, challenge.masked_destination)
        self.status.setText(sent)

    def confirm_code(self) -> None:
        review, challenge = self._review, self._challenge
        if review is None or challenge is None or self._busy:
            return
        code = self.code_step.checked_code(self.ctx.announcer, challenge.code_length)
        if code is None:
            return
        self._busy = True
        wealth = self.wealth
        #: Shown and spoken while the order is confirmed and placed.
        progress = self.tr("Confirming your order.")
        self._say(progress)

        def confirm_and_place() -> WealthOrder:
            wealth.confirm_code(challenge, code)
            return self._place(wealth, review)

        self._tasks.run(confirm_and_place, self._placed, self._order_failed, progress_text=progress)

    @staticmethod
    def _place(wealth: Wealth, review: OrderReview) -> WealthOrder:
        """Place once; an unknown outcome is settled by asking the bank, then the same key again."""
        for _ in range(3):
            try:
                return wealth.place_order(review)
            except OutcomeUnknown:
                found = wealth.find_order(review)
                if found is not None:
                    return found
        return wealth.place_order(review)

    def _placed(self, order: WealthOrder) -> None:
        self._busy = False
        amount, spoken = self._money(order.amount)
        if order.order_type is OrderType.SUBSCRIBE:
            #: Result of a purchase; {units} bought, {product}, {amount} paid.
            text = self.tr("Done. You bought {units} units of {product} for {amount}.")
        else:
            #: Result of a sale; {units} sold, {product}, {amount} before the fee.
            text = self.tr("Done. You sold {units} units of {product} for {amount} before the fee.")
        shown = text.format(units=f"{order.units:f}", product=order.product_name, amount=amount)
        self.result_text.setText(shown)
        self.result_text.setAccessibleName(shown)
        self._set_order_controls(code_sent=True, done=True)
        self.result_text.setFocus(Qt.FocusReason.OtherFocusReason)
        self.status.setText(shown)
        self.announce(
            text.format(units=f"{order.units:f}", product=order.product_name, amount=spoken), Priority.NOW
        )
        self.refresh_later()

    def refresh_later(self) -> None:
        wealth = self.wealth
        self._bank_text.asking()
        self._tasks.run(lambda: load_overview(wealth), self._reloaded_quietly, lambda _e: None)

    def _reloaded_quietly(self, overview: Overview) -> None:
        self._overview = overview
        self._render_overview()
        self._reword_review()

    def _order_failed(self, error: BaseException) -> None:
        self._busy = False
        challenge = self._challenge
        if challenge is not None and self.code_step.code_refused(
            self.ctx.announcer, error, challenge.challenge_id
        ):
            return
        self._failed(error)
