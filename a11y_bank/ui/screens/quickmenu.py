"""The personal quick menu: the screen that lists and edits it, and the runner behind Alt+1 … Alt+9.

The menu itself (a11y_bank.quickmenu) lives in the accessibility profile, so it follows the customer.
Running an action never moves money by itself: a payment opens Transfer or Pay bills filled in and
goes straight to the review page, where the customer checks it, confirms and types the one-time code
as for any other payment. An action whose payee, biller or account is gone says so (catalogue message
"quick_menu.stale") and puts focus on its entry here, to edit or remove it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from a11y_bank.a11y.priority import Priority
from a11y_bank.a11y.profile import ProfileStore
from a11y_bank.api.models import Account, Beneficiary, Biller
from a11y_bank.domain.money import Money
from a11y_bank.domain.validation import ValidationError, parse_amount
from a11y_bank.quickmenu import LABEL_MAX, MAX_ACTIONS, ActionKind, QuickAction, QuickMenu
from a11y_bank.ui.context import AppContext
from a11y_bank.ui.messages import say, visible_text
from a11y_bank.ui.models.accounts import account_label, account_name, pick_balance
from a11y_bank.ui.models.error_codes import say_error
from a11y_bank.ui.models.money_text import current_locale_name, display_money, spoken_money
from a11y_bank.ui.models.owned_tasks import OwnedTasks
from a11y_bank.ui.screens import NAV_SECTIONS, Section
from a11y_bank.ui.screens.base import Screen
from a11y_bank.ui.screens.bills import category_name
from a11y_bank.ui.screens.payees import ButtonRow, payee_sentence, show_field_error, tab_chain
from a11y_bank.ui.shortcuts import shortcut_for
from a11y_bank.ui.theme import make_heading
from a11y_bank.ui.widgets.fields import LabelledField, label_for, set_label_text
from a11y_bank.ui.widgets.money import MoneyLineEdit

__all__ = ["QuickMenuRunner", "QuickMenuScreen", "key_text", "menu_sentence"]

SECTION = "quickmenu"


def key_text(number: int) -> str:
    """The key of quick menu entry `number` (1 … 9) as shown in Help: "Alt+3"."""
    return shortcut_for(f"quick:{number}").key_text()


def menu_sentence(menu: QuickMenu) -> str:
    """The whole menu read aloud: "Quick menu: 1, Pay electricity bill; 2, Send 200 yuan to Mum."."""
    entries = "; ".join(f"{number}, {action.label}" for number, action in enumerate(menu, start=1))
    #: The quick menu read aloud; {entries} is like "1, Pay electricity bill; 2, Send 200 yuan to Mum".
    return QCoreApplication.translate("QuickMenu", "Quick menu: {entries}.").format(entries=entries)


def profile_store(ctx: AppContext) -> ProfileStore:
    """Where the menu is kept: the accessibility profile (an in-memory one where the app has none)."""
    if ctx.profile is None:
        ctx.profile = ProfileStore(None)
    return ctx.profile


def shortcut_sections() -> list[Section]:
    """The screens an "open a screen" action may open (every section but this one)."""
    return [s for s in NAV_SECTIONS if s.key != SECTION]


@dataclass
class BankChoices:
    """What the customer can pick from, as the bank last said: accounts, saved payees, billers."""

    accounts: list[Account] = field(default_factory=list)
    payees: list[Beneficiary] = field(default_factory=list)
    billers: list[Biller] = field(default_factory=list)

    def has_account(self, account_id: str) -> bool:
        return any(a.account_id == account_id for a in self.accounts)

    def account(self, account_id: str) -> Account | None:
        """The account with this id; the first account when the action did not name one."""
        if not account_id:
            return self.accounts[0] if self.accounts else None
        return next((a for a in self.accounts if a.account_id == account_id), None)

    def is_runnable(self, action: QuickAction) -> bool:
        """False when the payee, biller or account the action names is no longer at the bank."""
        if action.kind is ActionKind.OPEN_SCREEN:
            return any(s.key == action.screen for s in shortcut_sections())
        if self.account(action.account_id) is None:
            return False
        if action.kind is ActionKind.SEND_MONEY:
            return any(p.beneficiary_id == action.payee_id for p in self.payees)
        if action.kind is ActionKind.PAY_BILL:
            return any(b.biller_id == action.biller_id for b in self.billers)
        return True


def load_choices(ctx: AppContext) -> BankChoices:
    """Accounts, payees and billers (on a worker thread: three requests)."""
    bank = ctx.bank
    return BankChoices(bank.accounts(), bank.beneficiaries(), bank.billers())


class QuickMenuRunner(QObject):
    """Runs entry N of the customer's quick menu (Alt+N) and reads the menu aloud (Alt+0).

    `available` says whether the customer's screens may show now (signed in and not locked): an answer
    from the bank that arrives after a lock or sign-out neither navigates nor speaks a balance.
    """

    def __init__(
        self, ctx: AppContext, parent: QObject | None = None, *, available: Callable[[], bool] = lambda: True
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.available = available
        self._tasks = OwnedTasks(ctx.tasks, self)
        self._running = False

    def menu(self) -> QuickMenu:
        return profile_store(self.ctx).profile.quick_menu

    def read_aloud(self) -> None:
        menu = self.menu()
        if not len(menu):
            say(self.ctx.announcer, "quick_menu.empty")
            return
        self.ctx.announcer.announce(menu_sentence(menu), Priority.NEXT)

    def run(self, number: int) -> None:
        action = self.menu().for_key(number)
        if action is None:
            say(self.ctx.announcer, "quick_menu.empty_slot", name=key_text(number))
            return
        if action.kind is ActionKind.OPEN_SCREEN:
            self._open_screen(number, action)
            return
        if self._running:
            return  # a second press while the first is being prepared: one run is enough
        self._running = True
        self._tasks.run(
            lambda: load_choices(self.ctx),
            lambda choices: self._checked(number, action, choices),
            self._failed,
            #: Progress announced while a quick menu action checks its payee, biller or account.
            progress_text=QCoreApplication.translate("QuickMenu", "Getting your quick menu action ready"),
        )

    def _open_screen(self, number: int, action: QuickAction) -> None:
        if BankChoices().is_runnable(action):
            self.ctx.navigate(action.screen)
        else:
            self.stale(number, action)

    def _failed(self, error: BaseException) -> None:
        self._running = False
        say_error(self.ctx.announcer, error)

    def _checked(self, number: int, action: QuickAction, choices: BankChoices) -> None:
        self._running = False
        if not self.available():
            return
        if not choices.is_runnable(action):
            self.stale(number, action)
        elif action.kind is ActionKind.SEND_MONEY:
            self.ctx.navigate("transfer", quick_action=action)
        elif action.kind is ActionKind.PAY_BILL:
            self.ctx.navigate("bills", quick_action=action)
        else:
            self._read_balance(choices.account(action.account_id))

    def stale(self, number: int, action: QuickAction) -> None:
        """Say why the action cannot run and put focus on its entry in the quick menu screen."""
        self.ctx.navigate(SECTION, slot=number)
        say(self.ctx.announcer, "quick_menu.stale", Priority.NOW, name=action.label)

    def _read_balance(self, account: Account | None) -> None:
        if account is None:
            return
        bank = self.ctx.bank
        self._tasks.run(
            lambda: pick_balance(bank.balances(account.account_id)),
            lambda balance: self._say_balance(account, balance),
            self._failed,
            #: Progress announced while a quick menu action reads an account's balance.
            progress_text=QCoreApplication.translate("QuickMenu", "Reading the balance"),
        )

    def _say_balance(self, account: Account, balance: Money | None) -> None:
        if not self.available():
            return  # locked or signed out meanwhile: a balance is not said to whoever is there now
        name = account_name(account)
        if balance is None:
            #: Said when the bank gave no balance for an account; {name} e.g. "Savings account".
            text = QCoreApplication.translate("QuickMenu", "{name}: the bank did not give a balance.").format(
                name=name
            )
            self.ctx.announcer.announce(text, Priority.NEXT)
            return
        words = spoken_money(balance, current_locale_name())
        #: A balance read by a quick menu action; {name} e.g. "Savings account", {amount} in words.
        text = QCoreApplication.translate("QuickMenu", "{name}, ending {last4}: balance {amount}.").format(
            name=name, last4=account.last4, amount=words
        )
        self.ctx.announcer.announce(text, Priority.NEXT)


class ActionEditor(QGroupBox):
    """The fields of one quick menu action: kind, then only the choosers that kind needs, then its name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("quickKind")
        for kind in ActionKind:
            self.kind_combo.addItem("", kind.value)
        self.kind_field = LabelledField(self.kind_combo, parent=self)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.account_combo = self._combo("quickAccount")
        self.account_field = LabelledField(self.account_combo, parent=self)
        self.account_combo.currentIndexChanged.connect(self._account_changed)
        self.payee_combo = self._combo("quickPayee")
        self.payee_field = LabelledField(self.payee_combo, parent=self)
        self.biller_combo = self._combo("quickBiller")
        self.biller_field = LabelledField(self.biller_combo, parent=self)
        self.bill_ref_edit = QLineEdit(self)
        self.bill_ref_edit.setObjectName("quickBillReference")
        self.bill_ref_field = LabelledField(self.bill_ref_edit, parent=self)
        self.screen_combo = self._combo("quickScreen")
        self.screen_field = LabelledField(self.screen_combo, parent=self)
        self.amount_edit = MoneyLineEdit("CNY", None, self)
        self.amount_edit.setObjectName("quickAmount")
        self.amount_field = LabelledField(self.amount_edit, parent=self)
        self.label_edit = QLineEdit(self)
        self.label_edit.setObjectName("quickLabel")
        self.label_field = LabelledField(self.label_edit, parent=self)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("quickSave")
        self.save_button.setAutoDefault(True)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("quickCancel")
        self.cancel_button.setAutoDefault(True)
        layout = QVBoxLayout(self)
        for labelled in self.fields():
            layout.addWidget(labelled)
        layout.addWidget(ButtonRow([self.save_button, self.cancel_button], self))
        self._choices = BankChoices()
        # A new action's name follows what is chosen until the customer types one of their own.
        self._label_is_suggested = True
        self.label_edit.textEdited.connect(self._label_typed)
        for combo in (
            self.kind_combo,
            self.account_combo,
            self.payee_combo,
            self.biller_combo,
            self.screen_combo,
        ):
            combo.currentIndexChanged.connect(self._suggest_label)
        self.amount_edit.textChanged.connect(self._suggest_label)
        self._kind_changed()

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        return combo

    def fields(self) -> list[LabelledField]:
        return [
            self.kind_field,
            self.account_field,
            self.payee_field,
            self.biller_field,
            self.bill_ref_field,
            self.screen_field,
            self.amount_field,
            self.label_field,
        ]

    def focus_chain(self) -> list[QWidget]:
        return [labelled.field for labelled in self.fields()] + [self.save_button, self.cancel_button]

    def retranslate_ui(self) -> None:
        names = {
            #: Kind of quick menu action: pay a utility bill.
            ActionKind.PAY_BILL: QCoreApplication.translate("QuickMenu", "Pay a bill"),
            #: Kind of quick menu action: send money to a saved payee.
            ActionKind.SEND_MONEY: QCoreApplication.translate("QuickMenu", "Send money to a saved payee"),
            #: Kind of quick menu action: say the balance of an account.
            ActionKind.READ_BALANCE: QCoreApplication.translate(
                "QuickMenu", "Read the balance of an account"
            ),
            #: Kind of quick menu action: open one of the app's screens.
            ActionKind.OPEN_SCREEN: QCoreApplication.translate("QuickMenu", "Open a screen"),
        }
        for row in range(self.kind_combo.count()):
            self.kind_combo.setItemText(row, names[ActionKind(self.kind_combo.itemData(row))])
        #: Label of the list of kinds of quick menu action.
        self.kind_field.set_text(QCoreApplication.translate("QuickMenu", "What the action does"))
        #: Label of the bill number field of a quick menu action.
        self.bill_ref_field.set_text(QCoreApplication.translate("QuickMenu", "Your number on the bill"))
        #: Hint under the bill number field of a quick menu action.
        self.bill_ref_field.set_hint(QCoreApplication.translate("QuickMenu", "As printed on your bill."))
        #: Label of the list of screens a quick menu action can open.
        self.screen_field.set_text(QCoreApplication.translate("QuickMenu", "Screen to open"))
        #: Label of the name field of a quick menu action.
        self.label_field.set_text(QCoreApplication.translate("QuickMenu", "Name of the action"))
        #: Hint under the name field of a quick menu action.
        self.label_field.set_hint(
            QCoreApplication.translate(
                "QuickMenu", "What you will hear for it, for example Send 200 yuan to Mum."
            )
        )
        #: Label of the list of saved payees in the quick menu editor.
        self.payee_field.set_text(QCoreApplication.translate("QuickMenu", "Payee"))
        #: Label of the list of billers in the quick menu editor.
        self.biller_field.set_text(QCoreApplication.translate("QuickMenu", "Biller"))
        #: Button that saves the quick menu action being edited.
        self.save_button.setText(QCoreApplication.translate("QuickMenu", "Save action"))
        #: Button that closes the quick menu editor without saving.
        self.cancel_button.setText(QCoreApplication.translate("QuickMenu", "Cancel"))
        for button in (self.save_button, self.cancel_button):
            button.setAccessibleName(button.text())
        self._kind_changed()
        self._fill_screens()

    # --- choices ------------------------------------------------------------------------------

    def set_choices(self, choices: BankChoices) -> None:
        self._choices = choices
        self._refill(self.account_combo, [(account_label(a), a.account_id) for a in choices.accounts])
        self._refill(self.payee_combo, [(payee_sentence(p), p.beneficiary_id) for p in choices.payees])
        #: A biller in the quick menu editor; {category} e.g. Electricity, {name} the company.
        biller_text = QCoreApplication.translate("QuickMenu", "{category}: {name}")
        self._refill(
            self.biller_combo,
            [
                (biller_text.format(category=category_name(b.category), name=b.name), b.biller_id)
                for b in choices.billers
            ],
        )
        self._account_changed()

    def _fill_screens(self) -> None:
        self._refill(self.screen_combo, [(s.translated_label(), s.key) for s in shortcut_sections()])

    @staticmethod
    def _refill(combo: QComboBox, entries: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for text, data in entries:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def kind(self) -> ActionKind:
        return ActionKind(self.kind_combo.currentData())

    def _kind_changed(self) -> None:
        kind = self.kind()
        payment = kind in (ActionKind.PAY_BILL, ActionKind.SEND_MONEY)
        self.account_field.setVisible(kind is not ActionKind.OPEN_SCREEN)
        self.payee_field.setVisible(kind is ActionKind.SEND_MONEY)
        self.biller_field.setVisible(kind is ActionKind.PAY_BILL)
        self.bill_ref_field.setVisible(kind is ActionKind.PAY_BILL)
        self.screen_field.setVisible(kind is ActionKind.OPEN_SCREEN)
        self.amount_field.setVisible(payment)
        #: Label of the account list of a quick menu payment.
        paying = QCoreApplication.translate("QuickMenu", "Pay from account")
        #: Label of the account list of a quick menu action that reads a balance.
        reading = QCoreApplication.translate("QuickMenu", "Account")
        self.account_field.set_text(paying if payment else reading)

    def _account_changed(self) -> None:
        account = self._choices.account(str(self.account_combo.currentData() or ""))
        if account is not None:
            self.amount_edit.set_currency(account.currency)
        #: Label of the amount of a quick menu payment; {currency} is the paying account's currency.
        self.amount_field.set_text(
            QCoreApplication.translate("QuickMenu", "Amount in {currency}").format(
                currency=self.amount_edit.currency()
            )
        )
        #: Hint under the amount of a quick menu payment.
        self.amount_field.set_hint(
            QCoreApplication.translate(
                "QuickMenu", "Checked again on the review page before anything is sent."
            )
        )

    # --- the suggested name ---------------------------------------------------------------------

    def _label_typed(self, text: str) -> None:
        self._label_is_suggested = not text  # emptied: suggestions may come back

    def _suggest_label(self) -> None:
        if self._label_is_suggested:
            self.label_edit.setText(self.suggested_label())

    def suggested_label(self) -> str:
        """A name for what is chosen: "Send ¥20.00 to Alice Chen", "Pay Electricity bill"."""
        kind = self.kind()
        if kind is ActionKind.SEND_MONEY:
            text = self._payment_label()
        elif kind is ActionKind.PAY_BILL:
            biller = next(
                (b for b in self._choices.billers if b.biller_id == self.biller_combo.currentData()), None
            )
            #: Suggested name of a quick bill payment; {category} e.g. Electricity.
            text = QCoreApplication.translate("QuickMenu", "Pay {category} bill")
            text = text.format(category=category_name(biller.category)) if biller is not None else ""
        elif kind is ActionKind.READ_BALANCE:
            account = self._choices.account(str(self.account_combo.currentData() or ""))
            #: Suggested name of a quick action that reads a balance; {account} e.g. "Savings account".
            text = QCoreApplication.translate("QuickMenu", "Read balance of {account}")
            text = text.format(account=account_name(account)) if account is not None else ""
        else:
            #: Suggested name of a quick action that opens a screen; {screen} e.g. "History".
            text = QCoreApplication.translate("QuickMenu", "Open {screen}").format(
                screen=self.screen_combo.currentText()
            )
        return text[:LABEL_MAX].strip()

    def _payment_label(self) -> str:
        payee = next(
            (p for p in self._choices.payees if p.beneficiary_id == self.payee_combo.currentData()), None
        )
        if payee is None:
            return ""
        amount = self.amount_edit.value()
        if amount is None or amount <= 0:
            #: Suggested name of a quick payment before its amount is typed; {payee} the payee's name.
            return QCoreApplication.translate("QuickMenu", "Send money to {payee}").format(payee=payee.name)
        money = display_money(Money(amount, self.amount_edit.currency()), current_locale_name())
        #: Suggested name of a quick payment; {amount} e.g. "¥20.00", {payee} the payee's name.
        return QCoreApplication.translate("QuickMenu", "Send {amount} to {payee}").format(
            amount=money, payee=payee.name
        )

    # --- one action in, one action out ----------------------------------------------------------

    def load(self, action: QuickAction | None) -> None:
        """Fill the fields from `action` (None: a new one, whose name is suggested) and clear old errors."""
        for labelled in self.fields():
            labelled.set_error("")
        self._label_is_suggested = action is None
        action = action or QuickAction(ActionKind.SEND_MONEY, "")
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(action.kind.value), 0))
        for combo, value in (
            (self.account_combo, action.account_id),
            (self.payee_combo, action.payee_id),
            (self.biller_combo, action.biller_id),
            (self.screen_combo, action.screen),
        ):
            combo.setCurrentIndex(max(combo.findData(value), 0))
        self.bill_ref_edit.setText(action.bill_reference)
        self.amount_edit.setText(action.amount_text())
        self._kind_changed()
        self._account_changed()
        if self._label_is_suggested:
            self._suggest_label()
        else:
            self.label_edit.setText(action.label)

    def action(self) -> QuickAction | tuple[LabelledField, ValidationError]:
        """The action the fields describe, or the field to blame and why (not yet validated as a
        whole: `QuickMenu.add` / `replace` do that)."""
        kind = self.kind()
        amount: Decimal | None = None
        if kind in (ActionKind.PAY_BILL, ActionKind.SEND_MONEY):
            money = parse_amount(self.amount_edit.text(), self.amount_edit.currency())
            if isinstance(money, ValidationError):
                return self.amount_field, money
            amount = money.amount
        return QuickAction(
            kind=kind,
            label=self.label_edit.text(),
            account_id=str(self.account_combo.currentData() or ""),
            payee_id=str(self.payee_combo.currentData() or ""),
            biller_id=str(self.biller_combo.currentData() or ""),
            bill_reference=self.bill_ref_edit.text(),
            amount=amount,
            screen=str(self.screen_combo.currentData() or ""),
        )

    def field_for(self, error: ValidationError) -> LabelledField:
        """The field a model error is about ("quick_menu.payee_missing" -> the payee list)."""
        by_code = {
            "quick_menu.account_missing": self.account_field,
            "quick_menu.payee_missing": self.payee_field,
            "quick_menu.biller_missing": self.biller_field,
            "quick_menu.bill_reference_missing": self.bill_ref_field,
            "quick_menu.screen_missing": self.screen_field,
            "quick_menu.amount_missing": self.amount_field,
        }
        return by_code.get(error.code, self.label_field)


class QuickMenuScreen(Screen):
    """The nine entries of the quick menu: run, add, edit, remove, move up or down, read aloud."""

    section: ClassVar[str] = SECTION

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._tasks = OwnedTasks(ctx.tasks, self)
        self._choices = BankChoices()
        self._loaded_once = False
        self._editing: int | None = None  # the row being edited; len(menu) while adding
        self._return_slot = 1  # where focus goes back when the editor closes
        self.runner = QuickMenuRunner(ctx, self)
        self._build()
        self.retranslate_ui()
        tab_chain([self.list_widget, *self._buttons(), *self.editor.focus_chain()])

    # --- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel(self)
        make_heading(self.heading)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.list_widget = QListWidget(self)
        self.list_widget.setObjectName("quickMenuList")
        self.list_widget.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_widget.setWordWrap(True)
        for _slot in range(MAX_ACTIONS):
            QListWidgetItem(self.list_widget)  # row N-1 is the entry on Alt+N
        self.list_widget.setCurrentRow(0)
        self.list_widget.itemActivated.connect(lambda _item: self.run_current())
        self.list_label = label_for(self.list_widget, "", self)
        self.run_button = self._button("quickRun", self.run_current)
        self.edit_button = self._button("quickEdit", self.edit_current)
        self.remove_button = self._button("quickRemove", self.remove_current)
        self.up_button = self._button("quickUp", lambda: self.move_current(-1))
        self.down_button = self._button("quickDown", lambda: self.move_current(+1))
        self.read_button = self._button("quickRead", self.runner.read_aloud)
        self.status = QLabel(self)
        self.status.setObjectName("quickMenuStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.editor = ActionEditor(self)
        self.editor.hide()
        self.editor.save_button.clicked.connect(self.save)
        self.editor.cancel_button.clicked.connect(self.cancel_edit)
        for edit in (self.editor.label_edit, self.editor.amount_edit, self.editor.bill_ref_edit):
            edit.returnPressed.connect(self.save)
        self.list_widget.currentRowChanged.connect(lambda _row: self._update_buttons())
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.list_label)
        layout.addWidget(self.list_widget, 1)
        layout.addWidget(ButtonRow(self._buttons()[:3], self))
        layout.addWidget(ButtonRow(self._buttons()[3:], self))
        layout.addWidget(self.status)
        layout.addWidget(self.editor)
        layout.addStretch(0)

    def _button(self, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.setAutoDefault(True)
        button.clicked.connect(slot)
        return button

    def _buttons(self) -> list[QPushButton]:
        return [
            self.run_button,
            self.edit_button,
            self.remove_button,
            self.up_button,
            self.down_button,
            self.read_button,
        ]

    def retranslate_ui(self) -> None:
        self.heading.setText(self.title())
        #: Introduction on the quick menu screen.
        self.intro.setText(
            QCoreApplication.translate(
                "QuickMenu",
                "Your own shortcuts. Alt+1 to Alt+9 run the actions below from any screen, and Alt+0 "
                "reads this list aloud. A payment always stops at the review page, so you check it and "
                "confirm it with your code.",
            )
        )
        #: Label of the list of the nine quick menu entries.
        set_label_text(
            self.list_label, self.list_widget, QCoreApplication.translate("QuickMenu", "Your quick menu")
        )
        #: Button that runs the selected quick menu action (same as its Alt+number key).
        self.run_button.setText(QCoreApplication.translate("QuickMenu", "Run"))
        #: Button that edits the selected quick menu entry (or sets up an empty one).
        self.edit_button.setText(QCoreApplication.translate("QuickMenu", "Add or edit"))
        #: Button that removes the selected quick menu action.
        self.remove_button.setText(QCoreApplication.translate("QuickMenu", "Remove"))
        #: Button that moves the selected quick menu action one place up (to the key before).
        self.up_button.setText(QCoreApplication.translate("QuickMenu", "Move up"))
        #: Button that moves the selected quick menu action one place down (to the key after).
        self.down_button.setText(QCoreApplication.translate("QuickMenu", "Move down"))
        #: Button that reads the whole quick menu aloud (same as Alt+0).
        self.read_button.setText(QCoreApplication.translate("QuickMenu", "Read the menu aloud"))
        for button in self._buttons():
            button.setAccessibleName(button.text())
        self.editor.retranslate_ui()
        self._update_editor_title()
        self._fill()

    def title(self) -> str:
        #: Title of the quick menu screen.
        return QCoreApplication.translate("QuickMenu", "Quick menu")

    def first_focus(self) -> QWidget:
        return self.list_widget

    # --- showing ------------------------------------------------------------------------------

    def menu(self) -> QuickMenu:
        return profile_store(self.ctx).profile.quick_menu

    def on_shown(self, **kwargs: object) -> None:
        if self._editing is not None:  # left with Escape while editing: the menu may have changed since
            self._editing = None
            self.editor.hide()
        slot = kwargs.get("slot")
        if isinstance(slot, int) and 1 <= slot <= MAX_ACTIONS:
            self.list_widget.setCurrentRow(slot - 1)
        self._fill()
        self._tasks.run(
            lambda: load_choices(self.ctx),
            self._choices_loaded,
            self._load_failed,
            #: Progress announced while the quick menu screen loads accounts, payees and billers.
            progress_text=QCoreApplication.translate(
                "QuickMenu", "Loading your accounts, payees and billers"
            ),
        )

    def _choices_loaded(self, choices: BankChoices) -> None:
        self._choices = choices
        self._loaded_once = True
        self.editor.set_choices(choices)
        self._fill()

    def _load_failed(self, error: BaseException) -> None:
        self.status.setText(visible_text(say_error(self.ctx.announcer, error)))

    def entry_text(self, slot: int, action: QuickAction | None) -> str:
        key = key_text(slot)
        if action is None:
            #: An empty quick menu entry; {key} is its key, e.g. Alt+4.
            return QCoreApplication.translate("QuickMenu", "{key}: empty").format(key=key)
        if self._loaded_once and not self._choices.is_runnable(action):
            #: A quick menu entry whose payee, biller or account is gone; {key} e.g. Alt+1, {label} its name.
            return QCoreApplication.translate(
                "QuickMenu", "{key}: {label} (cannot run: edit or remove it)"
            ).format(key=key, label=action.label)
        #: A quick menu entry; {key} is its key (Alt+1), {label} the name the customer gave it.
        return QCoreApplication.translate("QuickMenu", "{key}: {label}").format(key=key, label=action.label)

    def _fill(self) -> None:
        menu = self.menu()
        for row in range(self.list_widget.count()):
            item = self.list_widget.item(row)
            text = self.entry_text(row + 1, menu.for_key(row + 1))
            item.setText(text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
        self._update_buttons()

    def current_slot(self) -> int:
        """The selected entry's number (1 … 9)."""
        return max(self.list_widget.currentRow(), 0) + 1

    def current_action(self) -> QuickAction | None:
        return self.menu().for_key(self.current_slot())

    def _update_buttons(self) -> None:
        has_action = self.current_action() is not None
        count = len(self.menu())
        for button in (self.run_button, self.remove_button):
            button.setEnabled(has_action)
        self.up_button.setEnabled(has_action and self.current_slot() > 1)
        self.down_button.setEnabled(has_action and self.current_slot() < count)
        self.read_button.setEnabled(count > 0)

    # --- running, removing, moving ------------------------------------------------------------

    def run_current(self) -> None:
        if self.current_action() is None:
            self.edit_current()  # Enter on an empty entry sets it up
        else:
            self.runner.run(self.current_slot())

    def remove_current(self) -> None:
        action = self.current_action()
        if action is None:
            return
        self._store(self.menu().remove(self.current_slot() - 1))
        #: Said after a quick menu action was removed; {label} is its name.
        self._tell(
            QCoreApplication.translate(
                "QuickMenu", "Removed {label}. The actions after it moved up one key."
            ).format(label=action.label)
        )

    def move_current(self, offset: int) -> None:
        action = self.current_action()
        if action is None:
            return
        index = self.current_slot() - 1
        target = min(max(index + offset, 0), len(self.menu()) - 1)
        if target == index:
            return
        self._store(self.menu().move(index, offset))
        self.list_widget.setCurrentRow(target)
        self.list_widget.setFocus(Qt.FocusReason.OtherFocusReason)
        #: Said after a quick menu action moved; {label} its name, {key} its new key (Alt+2).
        self._tell(
            QCoreApplication.translate("QuickMenu", "{label} is now on {key}.").format(
                label=action.label, key=key_text(target + 1)
            )
        )

    def _store(self, menu: QuickMenu) -> None:
        profile_store(self.ctx).update(quick_menu=menu)
        self._fill()

    def _tell(self, text: str) -> None:
        self.status.setText(text)
        self.announce(text, Priority.NEXT)

    # --- editing ------------------------------------------------------------------------------

    def edit_current(self) -> None:
        """Open the editor on the selected entry; an empty entry adds a new action at the end."""
        menu = self.menu()
        action = self.current_action()
        if action is None and menu.is_full:
            say(self.ctx.announcer, "quick_menu.full", maximum=MAX_ACTIONS)
            return
        self._editing = self.current_slot() - 1 if action is not None else len(menu)
        self._return_slot = self.current_slot()
        self._update_editor_title()
        self.editor.load(action)
        self.editor.show()
        self.editor.kind_combo.setFocus(Qt.FocusReason.OtherFocusReason)
        self.announce(self.editor.title(), Priority.NEXT)

    def _update_editor_title(self) -> None:
        slot = (self._editing or 0) + 1
        #: Title of the quick menu editor; {key} is the key the action will run on, e.g. Alt+2.
        self.editor.setTitle(
            QCoreApplication.translate("QuickMenu", "Action on {key}").format(key=key_text(slot))
        )

    def save(self) -> None:
        if self._editing is None:
            return
        for labelled in self.editor.fields():
            labelled.set_error("")
        built = self.editor.action()
        if isinstance(built, tuple):
            show_field_error(self.ctx.announcer, *built)
            return
        menu = self.menu()
        adding = self._editing >= len(menu)
        result = menu.add(built) if adding else menu.replace(self._editing, built)
        if isinstance(result, ValidationError):
            show_field_error(self.ctx.announcer, self.editor.field_for(result), result)
            return
        slot = len(result) if adding else self._editing + 1
        self._store(result)
        self._close_editor(slot)
        saved = result.for_key(slot)
        label = saved.label if saved is not None else ""
        #: Said after a quick menu action was saved; {label} its name, {key} its key (Alt+1).
        self._tell(
            QCoreApplication.translate("QuickMenu", "Saved. {key} now runs {label}.").format(
                key=key_text(slot), label=label
            )
        )

    def cancel_edit(self) -> None:
        self._close_editor(self._return_slot)
        #: Said when the quick menu editor is closed without saving.
        self._tell(QCoreApplication.translate("QuickMenu", "Not saved."))

    def _close_editor(self, slot: int) -> None:
        self._editing = None
        self.editor.hide()
        self.list_widget.setCurrentRow(slot - 1)
        self.list_widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_buttons()

    def is_editing(self) -> bool:
        return self._editing is not None
