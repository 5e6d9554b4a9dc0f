"""Products: which product each account is, as plain readable text. Read-only, and no offers.

The text is one read-only `QTextBrowser` document: a heading per account (visual structure; Qt does
not expose heading semantics of a text document to screen readers) and one "Label: value" line per
fact, so reading line by line with the caret gives whole statements. Tab leaves it (it never
swallows Tab). Nothing here pops up, interrupts or sells.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import ClassVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from a11y_bank.api.bank import Bank
from a11y_bank.api.models import Account, Product
from a11y_bank.ui.bank_text import BankTextLanguage
from a11y_bank.ui.context import AppContext
from a11y_bank.ui.models.accounts import account_label
from a11y_bank.ui.models.owned_tasks import OwnedTasks
from a11y_bank.ui.screens.base import Screen
from a11y_bank.ui.widgets.fields import label_for, set_label_text

__all__ = ["Holding", "ProductsScreen", "load_holdings", "product_terms"]


@dataclass(frozen=True, slots=True)
class Holding:
    """An account and the product behind it (None when the bank names none)."""

    account: Account
    product: Product | None


def load_holdings(bank: Bank) -> list[Holding]:
    """Every account with its product (worker thread: one request per account)."""
    return [Holding(account, bank.product(account.account_id)) for account in bank.accounts()]


def product_terms(product: Product) -> tuple[str, str]:
    """(kind, terms) of a product the bank describes itself (OB `OtherProductType.Name`/`.Description`);
    "" for what the bank did not say."""
    return product.other_type_name, product.description


class ProductsScreen(Screen):
    """The customer's holdings and their product terms, as one readable document."""

    section: ClassVar[str] = "products"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._tasks = OwnedTasks(ctx.tasks, self)
        self._holdings: list[Holding] = []
        self._loading = False
        self._bank_text = BankTextLanguage()
        self.heading = QLabel(self)
        self.heading.setObjectName("screenHeading")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.document = QTextBrowser(self)
        self.document.setObjectName("productsText")
        self.document.setOpenLinks(False)
        self.document.setTabChangesFocus(True)  # never a Tab trap (pitfalls §3.2)
        self.document.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.document_label = label_for(self.document, "", self)
        self.status = QLabel(self)
        self.status.setObjectName("productsStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.refresh_button = QPushButton(self)
        self.refresh_button.setObjectName("refreshProducts")
        self.refresh_button.setAutoDefault(True)
        self.refresh_button.clicked.connect(self.refresh)
        layout = QVBoxLayout(self)  # the main window wraps every screen in a scroll area
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.status)
        layout.addWidget(self.document_label)
        layout.addWidget(self.document, 1)
        layout.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignLeft)
        QWidget.setTabOrder(self.document, self.refresh_button)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        #: Heading of the products screen.
        self.heading.setText(self.tr("Products"))
        #: Introduction on the products screen.
        intro = self.tr(
            "The product behind each of your accounts and its terms. This page only shows information."
        )
        self.intro.setText(intro)
        #: Label of the text that lists the products of each account.
        set_label_text(self.document_label, self.document, self.tr("Your products"))
        #: Button that loads the products again.
        self.refresh_button.setText(self.tr("Refresh"))
        self._render()
        self._ask_again_if_language_changed()

    def title(self) -> str:
        #: Window title part for the products screen.
        return self.tr("Products")

    def first_focus(self) -> QWidget:
        return self.document

    def on_shown(self, **kwargs: object) -> None:
        self.refresh()

    @property
    def holdings(self) -> list[Holding]:
        return list(self._holdings)

    # --- loading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        if self._loading:
            return
        self._loading = True
        bank = self.ctx.bank
        #: Shown and spoken while the products are loading.
        progress = self.tr("Loading your products.")
        self.status.setText(progress)
        self.announce(progress)
        self._bank_text.asking()
        self._tasks.run(lambda: load_holdings(bank), self._loaded, self._failed, progress_text=progress)

    def _ask_again_if_language_changed(self) -> None:
        """After a language switch, ask the bank again for its product names and terms in the new
        language, quietly (the document is redrawn where it is; nothing is announced)."""
        if self._loading or not self.isVisible() or not self._bank_text.stale():  # hidden: on_shown reloads
            return
        bank = self.ctx.bank
        self._bank_text.asking()
        self._tasks.run(lambda: load_holdings(bank), self._reloaded_quietly, lambda _error: None)

    def _reloaded_quietly(self, holdings: list[Holding]) -> None:
        self._holdings = holdings
        self._render()

    def _loaded(self, holdings: list[Holding]) -> None:
        self._loading = False
        self._holdings = holdings
        self._render()
        if len(holdings) == 1:
            #: Shown and spoken when the products of the customer's only account are shown.
            text = self.tr("Products of 1 account shown.")
        else:
            #: Shown and spoken when the products are shown; %n is the number of accounts.
            text = self.tr("Products of %n accounts shown.", "", len(holdings))
        self.status.setText(text)
        self.announce(text)

    def _failed(self, error: BaseException) -> None:
        self._loading = False
        if not self.show_failure(self.status, error):
            self.refresh_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- the document -------------------------------------------------------------------------

    def _render(self) -> None:
        if not self._holdings:
            #: Shown in the products text before anything is loaded.
            self.document.setPlainText(self.tr("No products to show yet."))
            return
        self.document.setHtml("".join(self._holding_html(holding) for holding in self._holdings))

    def _holding_html(self, holding: Holding) -> str:
        heading = f"<h2>{html.escape(account_label(holding.account))}</h2>"
        product = holding.product
        if product is None:
            #: Products text when the bank names no product for an account.
            return heading + f"<p>{html.escape(self.tr('No product information for this account.'))}</p>"
        other_kind, terms = product_terms(product)
        rows = (
            #: Products text: label of the product's name.
            (self.tr("Product"), product.name),
            #: Products text: label of the product's type (for example personal current account).
            (self.tr("Type"), other_kind or self._type_name(product.product_type)),
            #: Products text: label of the product's terms (rate, term, how to take money out).
            (self.tr("Terms"), terms),
            #: Products text: label of the bank's reference for the product.
            (self.tr("Product reference"), product.product_id),
        )
        # Paragraphs, not a table: each fact reads as "Label: value" in any screen reader's browse mode.
        facts = "".join(
            f"<p>{html.escape(label)}: {html.escape(value)}</p>" for label, value in rows if value
        )
        return heading + facts

    def _type_name(self, product_type: str) -> str:
        names = {
            #: OB product type PersonalCurrentAccount, in words.
            "PersonalCurrentAccount": self.tr("Personal current account"),
            #: OB product type BusinessCurrentAccount, in words.
            "BusinessCurrentAccount": self.tr("Business current account"),
            #: OB product type SavingsAccount, in words.
            "SavingsAccount": self.tr("Savings account"),
            #: OB product type CommercialCreditCard, in words.
            "CommercialCreditCard": self.tr("Commercial credit card"),
            #: OB product type Loan, in words.
            "Loan": self.tr("Loan"),
            #: OB product type Mortgage, in words.
            "Mortgage": self.tr("Mortgage"),
            #: OB product type Other (a product the bank describes itself), in words.
            "Other": self.tr("Other product"),
        }
        return names.get(product_type, product_type)
