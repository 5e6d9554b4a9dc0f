"""Amounts in words, for the voice and screen readers ("twelve pounds and fifty pence", "三千二百元五角")
and the Chinese financial capitals printed on receipts ("人民币叁仟贰佰元伍角整").

A screen reader reading "¥3,200.50" says "yen sign three comma two hundred…" or worse; words are
unambiguous. English follows British usage ("one hundred and five"), as on UK cheques. Chinese
follows the standard reading rules: one 零 for any run of zeros between non-zero digits (also
across 万/亿 sections), none at the end, and "十" rather than "一十" at the very start.

Amounts with digits below the currency's minor unit (1.005 CNY) are read as decimals ("one point
zero zero five yuan") rather than rounded: what is spoken must equal what is held.
"""

from __future__ import annotations

from dataclasses import dataclass

from a11y_bank.domain.money import Money

__all__ = ["MAX_WORDS_AMOUNT", "amount_in_words", "capitals_zh", "integer_in_words", "language_of"]

MAX_WORDS_AMOUNT = 10**18
"""Integer parts from this size up have no words here (a quintillion is not a bank balance)."""

# --- English ------------------------------------------------------------------------------------

_EN_ONES = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
)  # fmt: skip
_EN_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_EN_SCALES = ("", "thousand", "million", "billion", "trillion", "quadrillion")


def _currency_name(currency: str, locale: str, count: int | None = None) -> str:
    # Babel is imported on use: its locale data loads slowly, and the app's start needs no words.
    from babel.numbers import get_currency_name

    return get_currency_name(currency, count=count, locale=locale)


def _en_under_hundred(n: int) -> str:
    if n < 20:
        return _EN_ONES[n]
    tens, ones = divmod(n, 10)
    return _EN_TENS[tens] + (f"-{_EN_ONES[ones]}" if ones else "")


def _en_under_thousand(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    if not hundreds:
        return _en_under_hundred(rest)
    head = f"{_EN_ONES[hundreds]} hundred"
    return f"{head} and {_en_under_hundred(rest)}" if rest else head


def _en_integer(n: int) -> str:
    if n == 0:
        return "zero"
    groups: list[int] = []
    while n:
        n, group = divmod(n, 1000)
        groups.append(group)
    parts = [
        f"{_en_under_thousand(group)} {_EN_SCALES[index]}".rstrip()
        for index, group in reversed(list(enumerate(groups)))
        if group
    ]
    # British "one thousand and five": the last group takes "and" when it has no hundreds.
    if len(parts) > 1 and 0 < groups[0] < 100:
        parts[-1] = f"and {parts[-1]}"
    return " ".join(parts)


@dataclass(frozen=True, slots=True)
class _EnUnits:
    major: str
    majors: str
    minor: str = ""
    minors: str = ""

    def major_for(self, n: int) -> str:
        return self.major if n == 1 else self.majors

    def minor_for(self, n: int) -> str:
        return self.minor if n == 1 else self.minors


_EN_UNITS: dict[str, _EnUnits] = {
    "CNY": _EnUnits("yuan", "yuan", "fen", "fen"),
    "GBP": _EnUnits("pound", "pounds", "penny", "pence"),
    "EUR": _EnUnits("euro", "euros", "cent", "cents"),
    "USD": _EnUnits("dollar", "dollars", "cent", "cents"),
    "HKD": _EnUnits("Hong Kong dollar", "Hong Kong dollars", "cent", "cents"),
    "AUD": _EnUnits("Australian dollar", "Australian dollars", "cent", "cents"),
    "CAD": _EnUnits("Canadian dollar", "Canadian dollars", "cent", "cents"),
    "SGD": _EnUnits("Singapore dollar", "Singapore dollars", "cent", "cents"),
    "JPY": _EnUnits("yen", "yen"),
    "KRW": _EnUnits("won", "won"),
}


def _en_digits(digits: str) -> str:
    return " ".join(_EN_ONES[int(d)] for d in digits)


def _en_amount(money: Money) -> str:
    integer, fraction = _split(money)
    units = _EN_UNITS.get(money.currency)
    if units is None or money.has_sub_minor_digits():
        count = 2 if fraction else integer  # "one point five pounds", "one Swiss franc"
        name = units.major_for(count) if units else _currency_name(money.currency, "en", count)
        point = f" point {_en_digits(fraction)}" if fraction else ""
        return f"{_en_integer(integer)}{point} {name}"
    minor = _minor_count(money, fraction)
    major_words = f"{_en_integer(integer)} {units.major_for(integer)}"
    if not minor:
        return major_words
    minor_words = f"{_en_integer(minor)} {units.minor_for(minor)}"
    return minor_words if integer == 0 else f"{major_words} and {minor_words}"


# --- Chinese ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _ZhNumerals:
    digits: str  # 0-9
    small_units: tuple[str, str, str, str]  # 1, 10, 100, 1000
    short_ten: bool  # "十五" rather than "一十五" at the very start
    whole_after_jiao: bool  # "伍角整": slips close an amount without 分 with 整 (speech does not)


_ZH_READING = _ZhNumerals(
    "零一二三四五六七八九", ("", "十", "百", "千"), short_ten=True, whole_after_jiao=False
)
_ZH_CAPITALS = _ZhNumerals(
    "零壹贰叁肆伍陆柒捌玖", ("", "拾", "佰", "仟"), short_ten=False, whole_after_jiao=True
)
_WAN = 10_000
_YI = 100_000_000


def _zh_section(n: int, numerals: _ZhNumerals) -> str:
    """0 < n < 10000: digits with 千百十, one 零 for inner zero runs, no trailing 零."""
    out: list[str] = []
    pending_zero = False
    for power in (3, 2, 1, 0):
        digit = n // 10**power % 10
        if digit == 0:
            pending_zero = bool(out)
            continue
        if pending_zero:
            out.append(numerals.digits[0])
            pending_zero = False
        out.append(numerals.digits[digit] + numerals.small_units[power])
    return "".join(out)


def _zh_grouped(n: int, base: int, unit: str, numerals: _ZhNumerals) -> str:
    """n >= base read as (high)unit(low); 零 joins them when low does not fill its place."""
    high, low = divmod(n, base)
    text = _zh_below(high, numerals) + unit
    if low:
        needs_zero = low < base // 10
        text += (numerals.digits[0] if needs_zero else "") + _zh_below(low, numerals)
    return text


def _zh_below(n: int, numerals: _ZhNumerals) -> str:
    if n >= _YI:
        return _zh_grouped(n, _YI, "亿", numerals)
    if n >= _WAN:
        return _zh_grouped(n, _WAN, "万", numerals)
    return _zh_section(n, numerals)


def _zh_integer(n: int, numerals: _ZhNumerals = _ZH_READING) -> str:
    if n == 0:
        return numerals.digits[0]
    text = _zh_below(n, numerals)
    one_ten = numerals.digits[1] + numerals.small_units[1]
    if numerals.short_ten and text.startswith(one_ten):
        text = text[1:]
    return text


def _zh_digits(digits: str, numerals: _ZhNumerals = _ZH_READING) -> str:
    return "".join(numerals.digits[int(d)] for d in digits)


def _zh_yuan(integer: int, fraction: str, numerals: _ZhNumerals) -> str:
    """元角分 reading of a CNY amount with at most 2 decimals (both reading styles)."""
    jiao, fen = (int(d) for d in (fraction + "00")[:2])
    zero = numerals.digits[0]
    parts = [_zh_integer(integer, numerals) + "元"] if integer or not (jiao or fen) else []
    if jiao:
        parts.append(numerals.digits[jiao] + "角")
    if fen:
        # "一万零五元零五分": 零 marks the missing 角 when something comes before it.
        parts.append((zero if parts and not jiao else "") + numerals.digits[fen] + "分")
    if not fen and (numerals.whole_after_jiao or not jiao):
        # Capitals close with 整 after 元 or 角 (nothing can be added after it on a slip); the
        # reading says 整 only for whole yuan ("一百元整", but "三千二百元五角").
        parts.append("整")
    return "".join(parts)


_ZH_MINOR_NAMES: dict[str, tuple[str, str]] = {
    "GBP": ("英镑", "便士"),
    "USD": ("美元", "美分"),
    "EUR": ("欧元", "欧分"),
    "HKD": ("港元", "港仙"),
    "JPY": ("日元", ""),
    "KRW": ("韩元", ""),
}


def _zh_amount(money: Money) -> str:
    integer, fraction = _split(money)
    if money.currency == "CNY" and not money.has_sub_minor_digits():
        return _zh_yuan(integer, fraction, _ZH_READING)
    names = _ZH_MINOR_NAMES.get(money.currency)
    if names is None or money.has_sub_minor_digits():
        name = "元" if money.currency == "CNY" else _currency_name(money.currency, "zh_CN")
        point = f"点{_zh_digits(fraction)}" if fraction else ""
        return f"{_zh_integer(integer)}{point}{name}"
    major, minor_name = names
    minor = _minor_count(money, fraction)
    major_words = f"{_zh_integer(integer)}{major}"
    if not minor:
        return major_words
    minor_words = f"{_zh_integer(minor)}{minor_name}"
    return minor_words if integer == 0 else major_words + minor_words


# --- shared -------------------------------------------------------------------------------------


def _split(money: Money) -> tuple[int, str]:
    """(integer part, significant fraction digits) of |amount|: 12.50 -> (12, "5"); 12.05 -> (12, "05")."""
    amount = abs(money.amount)
    integer = int(amount)
    if integer >= MAX_WORDS_AMOUNT:
        raise ValueError("amount is too large to put in words")
    fraction = format(amount - integer, "f").partition(".")[2].rstrip("0")
    return integer, fraction


def _minor_count(money: Money, fraction: str) -> int:
    """How many minor units the fraction digits are: GBP "5" -> 50 pence, "05" -> 5 pence."""
    return int(fraction.ljust(money.minor_units, "0") or "0")


def language_of(locale_name: str) -> str:
    """ "zh_CN"/"zh"/"zh-Hans" -> "zh_CN"; anything else (en, en_GB, ...) -> "en".

    English is the fallback because the app ships only these two languages.
    """
    return "zh_CN" if locale_name.replace("-", "_").split("_")[0].lower() == "zh" else "en"


def integer_in_words(n: int, lang: str) -> str:
    """A whole number in words: 1005 -> "one thousand and five" / "一千零五"; negatives are "minus"/"负"."""
    if abs(n) >= MAX_WORDS_AMOUNT:
        raise ValueError("number is too large to put in words")
    if language_of(lang) == "zh_CN":
        return ("负" if n < 0 else "") + _zh_integer(abs(n))
    return ("minus " if n < 0 else "") + _en_integer(abs(n))


def amount_in_words(money: Money, lang: str) -> str:
    """The amount as it should be spoken in `lang` ("en" or "zh_CN"; locale names like "en_GB" work).

    "three thousand two hundred yuan and fifty fen", "one pound and one penny", "minus twelve
    pounds and fifty pence"; "三千二百元五角", "一万零五元零五分", "一百元整".

    Raises:
        ValueError: the integer part is 10**18 or more.
    """
    if language_of(lang) == "zh_CN":
        text = _zh_amount(money)
        return f"负{text}" if money.is_negative() else text
    text = _en_amount(money)
    return f"minus {text}" if money.is_negative() else text


def capitals_zh(money: Money) -> str:
    """Chinese financial capitals (大写) for receipts: "人民币叁仟贰佰元伍角整", "人民币壹佰元整",
    "人民币伍分"; 整 closes every amount without 分, as the People's Bank rules for slips ask.

    Only CNY, never negative and at most 2 decimals, because a receipt amount in capitals exists to
    be unforgeable and exact.

    Raises:
        ValueError: another currency, a negative amount, sub-fen digits, or 10**18 or more.
    """
    if money.currency != "CNY":
        raise ValueError("financial capitals are written for CNY only")
    if money.is_negative():
        raise ValueError("financial capitals are written for amounts of zero or more")
    if money.has_sub_minor_digits():
        raise ValueError("financial capitals cannot show fractions of a fen")
    integer, fraction = _split(money)
    return "人民币" + _zh_yuan(integer, fraction, _ZH_CAPITALS)
