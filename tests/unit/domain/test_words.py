"""Amounts in words (en, zh_CN) and Chinese financial capitals.

Besides fixtures, the property tests read the words back with small independent parsers written
here, so every amount up to 999 999 999 999.99 must survive words -> number exactly.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from a11y_bank.domain.money import Money
from a11y_bank.domain.words import (
    MAX_WORDS_AMOUNT,
    amount_in_words,
    capitals_zh,
    integer_in_words,
    language_of,
)

# --- independent readers used by the property tests ----------------------------------------------

EN_WORDS_BELOW_20 = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
)  # fmt: skip
EN_SMALL = {word: value for value, word in enumerate(EN_WORDS_BELOW_20)}
EN_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
EN_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12, "quadrillion": 10**15}


def en_to_int(text: str) -> int:
    total = current = 0
    for word in text.replace("-", " ").split():
        if word == "and":
            continue
        if word in EN_SMALL:
            current += EN_SMALL[word]
        elif word in EN_TENS:
            current += EN_TENS[word]
        elif word == "hundred":
            current *= 100
        else:
            total += current * EN_SCALES[word]
            current = 0
    return total + current


ZH_DIGITS = {ch: i for i, ch in enumerate("零一二三四五六七八九")}
ZH_UNITS = {"十": 10, "百": 100, "千": 1000}
CAPITALS_TO_READING = str.maketrans("零壹贰叁肆伍陆柒捌玖拾佰仟", "零一二三四五六七八九十百千")


def zh_to_int(text: str) -> int:
    total = section = current = digit = 0
    for char in text:
        if char in ZH_DIGITS:
            digit = ZH_DIGITS[char]
        elif char in ZH_UNITS:
            current += (digit or 1) * ZH_UNITS[char]  # a bare 十 at the start means 一十
            digit = 0
        elif char == "万":
            section += (current + digit) * 10**4
            current = digit = 0
        elif char == "亿":
            total = (total + section + current + digit) * 10**8
            section = current = digit = 0
        else:
            raise AssertionError(f"unexpected character {char!r} in {text!r}")
    return total + section + current + digit


def en_cny_to_decimal(text: str) -> Decimal:
    major, _, rest = text.partition(" yuan")
    if not rest and not text.endswith(" yuan"):  # only fen
        major, rest = "zero", text
    fen = rest.removeprefix(" and ").removesuffix(" fen").strip()
    return Decimal(en_to_int(major)) + Decimal(en_to_int(fen) if fen else 0) / 100


def zh_cny_to_decimal(text: str) -> Decimal:
    text = text.removesuffix("整")
    major, _, rest = text.rpartition("元")
    value = Decimal(zh_to_int(major) if major else 0)
    if "角" in rest:
        jiao, _, rest = rest.partition("角")
        value += Decimal(ZH_DIGITS[jiao]) / 10
    if "分" in rest:
        value += Decimal(ZH_DIGITS[rest.removesuffix("分")[-1]]) / 100
    return value


def cny(text: str) -> Money:
    return Money(Decimal(text), "CNY")


AMOUNTS_2DP = st.decimals(min_value=Decimal(0), max_value=Decimal("999999999999.99"), places=2)


# --- fixtures ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "currency", "expected"),
    [
        ("3200.50", "CNY", "three thousand two hundred yuan and fifty fen"),
        ("1.01", "GBP", "one pound and one penny"),
        ("12.50", "GBP", "twelve pounds and fifty pence"),
        ("12.5", "GBP", "twelve pounds and fifty pence"),
        ("1.00", "GBP", "one pound"),
        ("0.00", "GBP", "zero pounds"),
        ("0", "CNY", "zero yuan"),
        ("0.50", "GBP", "fifty pence"),
        ("0.01", "GBP", "one penny"),
        ("0.05", "CNY", "five fen"),
        ("23.40", "CNY", "twenty-three yuan and forty fen"),
        ("1005.00", "CNY", "one thousand and five yuan"),
        ("101", "EUR", "one hundred and one euros"),
        ("1", "EUR", "one euro"),
        ("2.01", "USD", "two dollars and one cent"),
        ("1200", "JPY", "one thousand two hundred yen"),
        ("-12.50", "GBP", "minus twelve pounds and fifty pence"),
        ("1.005", "CNY", "one point zero zero five yuan"),  # sub-fen: read as decimals, never rounded
        ("12.5", "CHF", "twelve point five Swiss francs"),  # no unit table: Babel name, decimal reading
        ("1", "CHF", "one Swiss franc"),
        (
            "999999999999.99",
            "CNY",
            "nine hundred and ninety-nine billion nine hundred and ninety-nine million nine hundred and "
            "ninety-nine thousand nine hundred and ninety-nine yuan and ninety-nine fen",
        ),
    ],
)
def test_english(amount: str, currency: str, expected: str) -> None:
    assert amount_in_words(Money(Decimal(amount), currency), "en") == expected


@pytest.mark.parametrize(
    ("amount", "currency", "expected"),
    [
        ("3200.50", "CNY", "三千二百元五角"),
        ("10005.05", "CNY", "一万零五元零五分"),
        ("100.00", "CNY", "一百元整"),
        ("0.00", "CNY", "零元整"),
        ("0.50", "CNY", "五角"),
        ("0.05", "CNY", "五分"),
        ("0.55", "CNY", "五角五分"),
        ("10.10", "CNY", "十元一角"),
        ("15", "CNY", "十五元整"),
        ("1680.32", "CNY", "一千六百八十元三角二分"),
        ("100.05", "CNY", "一百元零五分"),
        ("-3.20", "CNY", "负三元二角"),
        ("1.005", "CNY", "一点零零五元"),
        ("12.50", "GBP", "十二英镑五十便士"),
        ("0.01", "GBP", "一便士"),
        ("12", "USD", "十二美元"),
        ("1200", "JPY", "一千二百日元"),
        ("12.5", "CHF", "十二点五瑞士法郎"),
        ("999999999999.99", "CNY", "九千九百九十九亿九千九百九十九万九千九百九十九元九角九分"),
    ],
)
def test_chinese(amount: str, currency: str, expected: str) -> None:
    assert amount_in_words(Money(Decimal(amount), currency), "zh_CN") == expected


@pytest.mark.parametrize(
    ("number", "english", "chinese"),
    [
        (0, "zero", "零"),
        (7, "seven", "七"),
        (10, "ten", "十"),
        (13, "thirteen", "十三"),
        (20, "twenty", "二十"),
        (21, "twenty-one", "二十一"),
        (100, "one hundred", "一百"),
        (101, "one hundred and one", "一百零一"),
        (110, "one hundred and ten", "一百一十"),
        (1000, "one thousand", "一千"),
        (1001, "one thousand and one", "一千零一"),
        (1010, "one thousand and ten", "一千零一十"),
        (1100, "one thousand one hundred", "一千一百"),
        (10000, "ten thousand", "一万"),
        (10010, "ten thousand and ten", "一万零一十"),
        (100000, "one hundred thousand", "十万"),
        (150000, "one hundred and fifty thousand", "十五万"),
        (1_000_000, "one million", "一百万"),
        (1_000_001, "one million and one", "一百万零一"),
        (10_000_000, "ten million", "一千万"),
        (100_000_000, "one hundred million", "一亿"),
        (100_000_001, "one hundred million and one", "一亿零一"),
        (100_010_000, "one hundred million ten thousand", "一亿零一万"),
        (120_000_000, "one hundred and twenty million", "一亿二千万"),
        (1_234_567_890,
         "one billion two hundred and thirty-four million five hundred and sixty-seven thousand "
         "eight hundred and ninety",
         "十二亿三千四百五十六万七千八百九十"),
        (10**12, "one trillion", "一万亿"),
        (-5, "minus five", "负五"),
    ],
)  # fmt: skip
def test_integers(number: int, english: str, chinese: str) -> None:
    assert integer_in_words(number, "en") == english
    assert integer_in_words(number, "zh_CN") == chinese


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        ("3200.50", "人民币叁仟贰佰元伍角整"),  # 整 after 角 too, as on slips
        ("0.50", "人民币伍角整"),
        ("10.10", "人民币壹拾元壹角整"),
        ("10.01", "人民币壹拾元零壹分"),
        ("100", "人民币壹佰元整"),
        ("10005.05", "人民币壹万零伍元零伍分"),
        ("15", "人民币壹拾伍元整"),  # capitals keep 壹拾
        ("150000", "人民币壹拾伍万元整"),
        ("0", "人民币零元整"),
        ("0.05", "人民币伍分"),
        ("1680.32", "人民币壹仟陆佰捌拾元叁角贰分"),
        ("100000005.00", "人民币壹亿零伍元整"),
    ],
)
def test_capitals(amount: str, expected: str) -> None:
    assert capitals_zh(cny(amount)) == expected


@pytest.mark.parametrize(
    ("money", "reason"),
    [
        (Money(Decimal(1), "GBP"), "CNY only"),
        (cny("-1"), "zero or more"),
        (cny("1.005"), "fractions of a fen"),
    ],
)
def test_capitals_refuses(money: Money, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        capitals_zh(money)


def test_too_large() -> None:
    with pytest.raises(ValueError, match="too large"):
        amount_in_words(cny(str(MAX_WORDS_AMOUNT)), "en")
    with pytest.raises(ValueError, match="too large"):
        integer_in_words(-MAX_WORDS_AMOUNT, "zh_CN")
    assert integer_in_words(MAX_WORDS_AMOUNT - 1, "en").startswith("nine hundred and ninety-nine quadrillion")


@pytest.mark.parametrize(
    ("locale_name", "lang"),
    [("en", "en"), ("en_GB", "en"), ("en-US", "en"), ("zh_CN", "zh_CN"), ("zh", "zh_CN"),
     ("zh-Hans", "zh_CN"), ("de_DE", "en")],
)  # fmt: skip
def test_language_of(locale_name: str, lang: str) -> None:
    assert language_of(locale_name) == lang


def test_locale_names_are_accepted() -> None:
    assert amount_in_words(cny("23.40"), "en_GB") == "twenty-three yuan and forty fen"
    assert amount_in_words(cny("23.40"), "zh_CN") == amount_in_words(cny("23.40"), "zh")


# --- properties ----------------------------------------------------------------------------------


@given(st.integers(min_value=0, max_value=MAX_WORDS_AMOUNT - 1))
def test_integers_read_back(number: int) -> None:
    assert en_to_int(integer_in_words(number, "en")) == number
    assert zh_to_int(integer_in_words(number, "zh_CN")) == number


@given(AMOUNTS_2DP)
@example(Decimal("0.01"))
@example(Decimal("1000000000000.00"))  # the upper bound, 10**12
def test_cny_amounts_read_back(amount: Decimal) -> None:
    money = cny(str(amount))
    assert en_cny_to_decimal(amount_in_words(money, "en")) == amount
    assert zh_cny_to_decimal(amount_in_words(money, "zh_CN")) == amount
    capitals = capitals_zh(money)
    assert capitals.startswith("人民币")
    assert capitals.endswith("整") == (amount * 100 % 10 == 0)  # closed unless it ends at 分
    assert zh_cny_to_decimal(capitals.removeprefix("人民币").translate(CAPITALS_TO_READING)) == amount


@given(AMOUNTS_2DP, AMOUNTS_2DP)
def test_words_keep_order(a: Decimal, b: Decimal) -> None:
    """Monotonic sanity: the larger amount never reads back as the smaller one."""
    read_a = zh_cny_to_decimal(amount_in_words(cny(str(a)), "zh_CN"))
    read_b = zh_cny_to_decimal(amount_in_words(cny(str(b)), "zh_CN"))
    assert (a < b) == (read_a < read_b)


@given(
    st.decimals(min_value=Decimal(-(10**15)), max_value=Decimal(10**15), places=3, allow_nan=False),
    st.sampled_from(["CNY", "GBP", "EUR", "USD", "JPY", "KWD", "CHF", "HKD"]),
    st.sampled_from(["en", "zh_CN"]),
)
def test_never_crashes(amount: Decimal, currency: str, lang: str) -> None:
    text = amount_in_words(Money(amount, currency), lang)
    assert text
    assert text == text.strip()
    assert "  " not in text
    assert ("minus" in text or "负" in text) == (amount < 0)


def test_chinese_zero_rules() -> None:
    """No 零零, no trailing 零 before a unit, across many section layouts."""
    for number in [10**k + 10**j for k in range(16) for j in range(k)]:
        text = integer_in_words(number, "zh_CN")
        assert "零零" not in text
        assert not text.endswith("零")
        assert zh_to_int(text) == number
