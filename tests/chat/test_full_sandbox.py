"""The chat against the real sandbox app (a11y_bank.sandbox.app mounts the Matrix routes)."""

from __future__ import annotations

import time

from a11y_bank.chat.client import MatrixClient, new_txn_id
from a11y_bank.chat.config import ChatConfig
from a11y_bank.sandbox.matrix.homeserver import SUPPORT_BOT
from tests.chat.conftest import bank_token


def test_bank_customer_asks_for_balance_on_the_demo_bank(sandbox_url: str) -> None:
    client = MatrixClient(ChatConfig(sandbox_url, timeout=5.0))
    try:
        client.login_bank_token(bank_token(sandbox_url, "alice"), device_id="FULLAPP")
        room = client.support_room(SUPPORT_BOT)
        token = client.sync(None, timeout_ms=0).next_batch
        client.send_message(room, "balance please", new_txn_id())
        deadline = time.monotonic() + 10
        answers: list[str] = []
        while not any(a.startswith("Your balances") for a in answers):
            assert time.monotonic() < deadline, answers
            batch = client.sync(token, timeout_ms=2_000)
            token = batch.next_batch
            answers.extend(e.body for e in batch.room(room).events if e.sender == SUPPORT_BOT)
    finally:
        client.close()
