"""Sentences join with a space in English and without one after Chinese text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from a11y_bank.domain.sentences import end_sentence, is_closed_up, join_phrases, join_sentences


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        (("Payment sent.", "Press Enter to continue."), "Payment sent. Press Enter to continue."),
        (("已转账。", "按回车键继续。"), "已转账。按回车键继续。"),
        (("金额：", "¥12.50"), "金额：¥12.50"),
        (("转账给 Alice Smith。", "请核对。"), "转账给 Alice Smith。请核对。"),
        (("Sent to 王芳.", "Done."), "Sent to 王芳. Done."),  # an English sentence quoting a name
        (("共三笔", "已加载。"), "共三笔已加载。"),
        (("", " Only this. ", ""), "Only this."),
        ((), ""),
    ],
)
def test_join(parts: tuple[str, ...], expected: str) -> None:
    assert join_sentences(*parts) == expected


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        (("Amount", "edit field", "12.50"), "Amount, edit field, 12.50"),
        (("金额", "编辑框", "12.50"), "金额，编辑框，12.50"),
        (("日期: 5月3日", "金额: 12.00元"), "日期: 5月3日，金额: 12.00元"),
        (("Send", "", "button"), "Send, button"),
        (
            ("收款人：Alice Chen", "账户尾号：6789"),
            "收款人：Alice Chen，账户尾号：6789",
        ),  # a Latin name inside
    ],
)
def test_phrases(parts: tuple[str, ...], expected: str) -> None:
    assert join_phrases(*parts) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Screen: Transfer", "Screen: Transfer."),
        ("Amount, edit field", "Amount, edit field."),
        ("屏幕：转账", "屏幕：转账。"),
        ("已完成。", "已完成。"),
        ("Done!", "Done!"),
        ("余额 ¥12", "余额 ¥12."),  # ends in a digit: the voice reads "." as a pause either way
        ("", ""),
    ],
)
def test_end_sentence(text: str, expected: str) -> None:
    assert end_sentence(text) == expected


def test_closed_up_characters() -> None:
    assert all(is_closed_up(c) for c in "。，！？：；（）、中文")
    assert not any(is_closed_up(c) for c in "a.,!?:;() 1¥")


@given(st.lists(st.text(min_size=1).map(str.strip).filter(bool), max_size=6))
def test_nothing_is_lost(parts: list[str]) -> None:
    """Joining only ever adds single spaces between parts: removing them gives the parts back."""
    joined = join_sentences(*parts)
    assert joined.replace(" ", "") == "".join(parts).replace(" ", "")
    assert "  " not in joined or any("  " in p for p in parts)
