"""Money as the screens show it and as they say it: the one place the UI layer calls the domain formatters.

Displayed amounts go through `domain.money.format_money` (Babel, locale aware, never rounded); spoken
amounts through `domain.words.amount_in_words` ("twenty-three yuan and forty fen"), because a screen
reader reading "¥23.40" says "yen sign twenty three point four zero" or worse.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from a11y_bank.domain.money import Money, format_money
from a11y_bank.domain.words import amount_in_words, capitals_zh, language_of

__all__ = ["capitals_money", "current_locale_name", "display_money", "spoken_money"]


def current_locale_name() -> str:
    """The Babel locale name of the application's current Qt locale ("en_GB", "zh_CN").

    Qt reports "C" when no locale is set (CI, containers); Babel knows no such locale, so that and
    any other name Babel cannot parse fall back to English.
    """
    from babel import Locale, UnknownLocaleError  # on use: Babel's locale data loads slowly (app start)

    name = QLocale().name()
    try:
        Locale.parse(name)
    except (ValueError, UnknownLocaleError):
        return "en"
    return name


def display_money(money: Money, locale_name: str) -> str:
    """The amount for the eye: "¥3,200.50" / "£12.00"."""
    return format_money(money, locale_name)


def spoken_money(money: Money, locale_name: str) -> str:
    """The amount for the ear: "three thousand two hundred yuan and fifty fen"."""
    try:
        return amount_in_words(money, locale_name)  # picks Chinese for zh_*, else English
    except ValueError:
        return display_money(money, locale_name)  # beyond what words can say (10**18 and up)


def capitals_money(money: Money, locale_name: str) -> str | None:
    """Chinese financial capitals (大写, "人民币叁仟贰佰元伍角整") as bank slips show them, in Chinese only.

    None for other languages and for what capitals cannot write (other currencies, negatives).
    """
    if language_of(locale_name) != "zh_CN":
        return None
    try:
        return capitals_zh(money)
    except ValueError:
        return None
