"""The registry of sections: key -> "module:Class", created lazily by the main window.

A section whose module is not there yet (or fails to import) gets a placeholder screen that says
so, never a crash: see `load_screen_class`.
"""

from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from a11y_bank.domain.messages import QT_TRANSLATE_NOOP
from a11y_bank.ui.screens.base import Screen

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Section:
    """One entry of the section list.

    key: stable id used by `ctx.navigate(key)`.
    target: "module:Class" under a11y_bank.ui.screens.
    label: English source of the navigation label (translated in context "Sections").
    in_nav: False for the sign-in page, which is shown before the sections.
    """

    key: str
    target: str
    label: str
    in_nav: bool = True

    def translated_label(self) -> str:
        return QCoreApplication.translate("Sections", self.label)


SECTIONS: tuple[Section, ...] = (
    #: Name of the sign-in page (window title while signed out).
    Section("signin", "signin:SignInScreen", QT_TRANSLATE_NOOP("Sections", "Sign in"), in_nav=False),
    #: Navigation entry: the list of the customer's accounts and balances.
    Section("accounts", "accounts:AccountsScreen", QT_TRANSLATE_NOOP("Sections", "Accounts")),
    #: Navigation entry: transaction history of an account.
    Section("history", "history:HistoryScreen", QT_TRANSLATE_NOOP("Sections", "History")),
    #: Navigation entry: send money to a payee or between own accounts.
    Section("transfer", "transfer:TransferScreen", QT_TRANSLATE_NOOP("Sections", "Transfer")),
    #: Navigation entry: pay a utility bill (electricity, water, gas, ...).
    Section("bills", "bills:BillsScreen", QT_TRANSLATE_NOOP("Sections", "Pay bills")),
    #: Navigation entry: saved people and companies to pay.
    Section("payees", "payees:PayeesScreen", QT_TRANSLATE_NOOP("Sections", "Payees")),
    #: Navigation entry: the bank's products on each account (rates, fees).
    Section("products", "products:ProductsScreen", QT_TRANSLATE_NOOP("Sections", "Products")),
    #: Navigation entry: text chat with the bank's support (an assistant, then a person).
    Section("support", "chat:ChatScreen", QT_TRANSLATE_NOOP("Sections", "Support")),
    #: Navigation entry: text size, voice and contrast preferences.
    Section("settings", "settings:SettingsScreen", QT_TRANSLATE_NOOP("Sections", "Settings")),
    #: Navigation entry: keyboard shortcuts and how to use the app.
    Section("help", "help:HelpScreen", QT_TRANSLATE_NOOP("Sections", "Help")),
    # Later sections come after the nine that own Ctrl+1..9, so no existing position or key ever moves.
    #: Section: wealth products (questionnaire, buy, sell, holdings).
    Section("wealth", "wealth:WealthScreen", QT_TRANSLATE_NOOP("Sections", "Wealth")),
    #: Section: cards (freeze, unfreeze, activate, report lost, limits, credit card repayment).
    Section("cards", "cards:CardsScreen", QT_TRANSLATE_NOOP("Sections", "Cards")),
    #: Section: password, code channels and the accessibility profile.
    Section("security", "security:SecurityScreen", QT_TRANSLATE_NOOP("Sections", "Security")),
    #: Section: the customer's own quick menu (Alt+1 … Alt+9): list, add, edit, order, run.
    Section("quickmenu", "quickmenu:QuickMenuScreen", QT_TRANSLATE_NOOP("Sections", "Quick menu")),
    #: Page: enrol in online banking (before sign-in, from the sign-in page).
    Section("enrol", "enrol:EnrolScreen", QT_TRANSLATE_NOOP("Sections", "Enrol"), in_nav=False),
    #: Page: the accessibility statement and feedback form (from Help).
    Section(
        "accessibility",
        "help_accessibility:AccessibilityScreen",
        QT_TRANSLATE_NOOP("Sections", "Accessibility"),
        in_nav=False,
    ),
)

SCREENS: dict[str, str] = {s.key: s.target for s in SECTIONS}
NAV_SECTIONS: tuple[Section, ...] = tuple(s for s in SECTIONS if s.in_nav)


def section(key: str) -> Section:
    for s in SECTIONS:
        if s.key == key:
            return s
    raise KeyError(key)


def load_screen_class(key: str) -> type[Screen] | None:
    """The Screen class for `key`, or None if its module is not there (yet) or is broken."""
    module_name, _, class_name = section(key).target.partition(":")
    try:
        module = importlib.import_module(f"{__name__}.{module_name}")
    except ModuleNotFoundError as exc:
        if exc.name != f"{__name__}.{module_name}":
            log.exception("screen %s failed to import", key)
        return None
    except Exception:
        log.exception("screen %s failed to import", key)
        return None
    cls = getattr(module, class_name, None)
    if isinstance(cls, type) and issubclass(cls, Screen):
        return cls
    log.error("screen %s: %s is not a Screen", key, class_name)
    return None


def available_sections() -> list[str]:
    """Keys of the sections whose screen module exists."""
    return [s.key for s in SECTIONS if load_screen_class(s.key) is not None]
