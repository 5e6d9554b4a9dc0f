"""The support agent answers in the language the customer writes in: Chinese to Chinese, English to
English (a chat message carries no Accept-Language). Amounts, account numbers and nicknames are data."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from a11y_bank.chat.client import MatrixClient, new_txn_id
from a11y_bank.sandbox.language import EN, ZH_CN, written_in
from a11y_bank.sandbox.matrix import agent_zh
from a11y_bank.sandbox.matrix.agent import CANNED, FALLBACK, GREETING, HANDOVER
from a11y_bank.sandbox.matrix.homeserver import SUPPORT_BOT
from tests.chat.test_client_sandbox import fresh_room, logged_in, wait_for

MakeClient = Callable[..., MatrixClient]
FEES = next(text for key, _pattern, text in CANNED if key == "fees")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("What is my balance?", EN),
        ("我的余额是多少？", ZH_CN),
        ("card 挂失", ZH_CN),
        ("", EN),
        ("１２３", EN),
    ],
)
def test_the_language_a_message_is_written_in(text: str, language: str) -> None:
    assert written_in(text) == language


def test_every_reply_has_its_chinese() -> None:
    english = [HANDOVER, FALLBACK, *(text for _key, _pattern, text in CANNED if text)]
    assert [text for text in english if text not in agent_zh.REPLIES] == []
    assert all(written_in(agent_zh.in_language(text, ZH_CN)) == ZH_CN for text in english)
    assert agent_zh.in_language(FALLBACK, EN) == FALLBACK


def answer_to(client: MatrixClient, question: str) -> str:
    room = fresh_room(client)
    _, token = wait_for(client, None, room, lambda e: e.body == GREETING)
    client.send_message(room, question, new_txn_id())
    answer, _ = wait_for(client, token, room, lambda e: e.sender == SUPPORT_BOT and e.body != GREETING)
    return answer.body


def test_a_question_in_chinese_gets_a_chinese_answer(make_client: MakeClient) -> None:
    client = logged_in(make_client, "liwei")
    balances = answer_to(client, "我的余额是多少？")
    assert balances.startswith("您的余额：")
    assert "尾号 5678" in balances
    assert "CNY" in balances
    assert answer_to(client, "手续费是多少") == agent_zh.REPLIES[FEES]
    assert answer_to(client, "你好") == agent_zh.REPLIES[FALLBACK]


def test_the_same_question_in_english_gets_the_english_answer(make_client: MakeClient) -> None:
    client = logged_in(make_client, "alice")
    assert answer_to(client, "What are your fees?") == FEES
