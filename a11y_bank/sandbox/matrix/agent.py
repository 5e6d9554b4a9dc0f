"""The demo support agent: joins every support room it is invited to, answers common questions, hands
over to a person on request, and records the end-of-chat rating (with an optional complaint).

It is a Matrix user of the sandbox homeserver (`SUPPORT_BOT`), so everything it does is ordinary room
events that any client, `a11y-bank-agent` included, sees. Replies come after a short "typing" pause, on
the server's event loop, never inside the customer's request.
"""

from __future__ import annotations

import asyncio
import re
import secrets
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from a11y_bank.sandbox.language import ZH_CN, written_in
from a11y_bank.sandbox.matrix import agent_zh
from a11y_bank.sandbox.matrix.errors import bad_json
from a11y_bank.sandbox.matrix.homeserver import SUPPORT_BOT, Device, Homeserver, StoredEvent

RATING_TYPE = "org.a11ybank.rating"
MAX_COMPLAINT = 4000
BOT_DEVICE = Device(SUPPORT_BOT, "SUPPORTBOT")

GREETING = (
    "Hello, I am the bank's support assistant. You can ask about your balance, a lost card, fees, "
    "how to transfer money or our opening hours. Write 'talk to a person' at any time to reach our staff."
)
HANDOVER = (
    "I am passing this conversation to a person. A member of staff will answer here shortly; "
    "you do not need to repeat your question."
)
FALLBACK = (
    "Sorry, I did not understand. You can ask about your balance, a lost card, fees, how to transfer "
    "money or our opening hours, or write 'talk to a person'."
)
CANNED: tuple[tuple[str, re.Pattern[str], str], ...] = (
    (
        "lost_card",
        re.compile(r"\b(lost|stolen|missing)\b.*\bcard\b|\bcard\b.*\b(lost|stolen|missing)\b|挂失", re.I),
        "If your card is lost or stolen, write 'talk to a person' and a member of staff will block it for "
        "you at once. Blocking is free, and a new card arrives in 5 working days.",
    ),
    ("balance", re.compile(r"\bbalances?\b|余额", re.I), ""),  # answered from the ledger
    (
        "fees",
        re.compile(r"\b(fees?|charges?|costs?)\b|手续费", re.I),
        "Transfers between your own accounts and to other banks in China are free. Transfers in other "
        "currencies cost 0.1 percent, at least 5 yuan. There is no monthly account fee.",
    ),
    (
        "transfer",
        re.compile(r"\b(transfer|send money|pay someone)\b|转账", re.I),
        "To transfer money, choose Transfer in the list of sections. Pick the account to pay from, a saved "
        "payee or a new one, type the amount, review, and confirm with the one-time code we send you.",
    ),
    (
        "hours",
        re.compile(r"\b(opening hours|hours|open|close[sd]?)\b|营业时间", re.I),
        "This chat and the app are open all day, every day. Branches are open Monday to Friday 9:00 to "
        "17:00 and Saturday 9:00 to 12:00. Staff answer the chat from 8:00 to 22:00.",
    ),
)
PERSON = re.compile(r"\b(person|human|agent|staff|someone|operator)\b|人工", re.I)


@dataclass
class AgentTiming:
    """Seconds before the agent starts typing, and how long it types. Tests make these small."""

    think: float = 0.3
    typing: float = 0.8


def reply_for(text: str) -> str | None:
    """The canned topic key for `text`: "person", a `CANNED` key, or None when nothing matched."""
    if PERSON.search(text):
        return "person"
    for key, pattern, _answer in CANNED:
        if pattern.search(text):
            return key
    return None


class SupportAgent:
    """Hooks into the homeserver: rating checks, auto-join on invite, answers to customer messages."""

    def __init__(self, homeserver: Homeserver, timing: AgentTiming | None = None) -> None:
        self.hs = homeserver
        self.timing = timing or AgentTiming()
        self._tasks: set[asyncio.Task[None]] = set()
        homeserver.event_checks[RATING_TYPE] = self._store_rating
        homeserver.on_event.append(self._on_event)

    # --- joining ------------------------------------------------------------------------------

    def room_created(self, room_id: str, invited: list[str]) -> None:
        """Called by the createRoom route: the agent accepts its invite at once and says hello."""
        if SUPPORT_BOT not in invited:
            return
        self.hs.join(BOT_DEVICE, room_id)
        self._say(room_id, GREETING)

    # --- reacting -----------------------------------------------------------------------------

    def _on_event(self, event: StoredEvent) -> None:
        if event.sender == SUPPORT_BOT or self.hs.is_staff(event.sender):
            return
        if event.type == RATING_TYPE:
            self._later(event.room_id, _rating_thanks(event.content))
        elif event.type == "m.room.message" and not self._handed_over(event.room_id):
            body = event.content.get("body")
            if isinstance(body, str):
                self._answer(event, body)

    def _answer(self, event: StoredEvent, body: str) -> None:
        topic = reply_for(body)
        language = written_in(body)  # answered in the language the customer wrote in
        if topic == "person":
            self._hand_over(event.room_id)
            self._later(event.room_id, agent_zh.in_language(HANDOVER, language))
        elif topic == "balance":
            self._later(event.room_id, self._balances(event.sender, language))
        else:
            answer = next((text for key, _p, text in CANNED if key == topic), FALLBACK)
            self._later(event.room_id, agent_zh.in_language(answer, language))

    def _handed_over(self, room_id: str) -> bool:
        row = self.hs.db.one("SELECT handed_over FROM mx_rooms WHERE room_id = ?", (room_id,))
        return bool(row and row["handed_over"])

    def _hand_over(self, room_id: str) -> None:
        with self.hs.db.transaction() as conn:
            conn.execute("UPDATE mx_rooms SET handed_over = 1 WHERE room_id = ?", (room_id,))
        for staff in self.hs.staff_users():
            self.hs.invite(SUPPORT_BOT, room_id, staff)

    def _balances(self, user_id: str, language: str) -> str:
        customer = self.hs.customer_of(user_id)
        rows = self.hs.db.query(
            "SELECT name, nickname, identification, currency, balance_minor FROM accounts"
            " WHERE customer_id = ? ORDER BY opened_at, id",
            (customer or "",),
        )
        if language == ZH_CN:
            return _balances_zh(rows)
        if not rows:
            return "I could not find any accounts for you. Write 'talk to a person' for help."
        parts = [
            f"{row['nickname'] or row['name']} ending {row['identification'][-4:]}: "
            f"{_amount(row['balance_minor'])} {row['currency']}"
            for row in rows
        ]
        return "Your balances: " + "; ".join(parts) + "."

    # --- speaking -----------------------------------------------------------------------------

    def _say(self, room_id: str, text: str) -> None:
        self.hs.send(BOT_DEVICE, room_id, "m.room.message", {"msgtype": "m.text", "body": text}, _txn())

    def _later(self, room_id: str, text: str) -> None:
        """Reply after a pause with "typing" shown, on the running loop (or at once without one)."""
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            self._say(room_id, text)
            return
        task = loop.create_task(self._type_then_say(room_id, text))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _type_then_say(self, room_id: str, text: str) -> None:
        await asyncio.sleep(self.timing.think)
        self.hs.set_typing(BOT_DEVICE, room_id, SUPPORT_BOT, True, 30_000)
        await asyncio.sleep(self.timing.typing)
        self._say(room_id, text)  # sending clears the agent's typing

    # --- ratings ------------------------------------------------------------------------------

    def _store_rating(
        self, conn: sqlite3.Connection, device: Device, room_id: str, content: dict[str, Any], event_id: str
    ) -> None:
        """Validate a rating event and store it in the same transaction as the event (so: exactly once)."""
        score = content.get("score")
        complaint = content.get("complaint", "")
        if not isinstance(score, int) or isinstance(score, bool) or not 1 <= score <= 10:
            raise bad_json("score must be a whole number from 1 to 10")
        if not isinstance(complaint, str) or len(complaint) > MAX_COMPLAINT:
            raise bad_json(f"complaint must be text of at most {MAX_COMPLAINT} characters")
        reference = "R-" + secrets.token_hex(4).upper()
        content["reference"] = reference
        conn.execute(
            "INSERT INTO chat_ratings (id, room_id, user_id, score, complaint, event_id, created_ts)"
            " VALUES (?,?,?,?,?,?,strftime('%s','now') * 1000)",
            (reference, room_id, device.user_id, score, complaint.strip() or None, event_id),
        )


def ratings(homeserver: Homeserver) -> list[dict[str, Any]]:
    """Every stored rating, oldest first (for staff and tests)."""
    rows = homeserver.db.query("SELECT * FROM chat_ratings ORDER BY created_ts, id")
    return [dict(row) for row in rows]


def _rating_thanks(content: dict[str, Any]) -> str:
    score, reference = content.get("score"), content.get("reference")
    text = f"Thank you. Your rating of {score} out of 10 is recorded, reference {reference}."
    if str(content.get("complaint", "")).strip():
        text += " Your complaint is recorded too; a member of staff will answer it within 5 working days."
    return text


def _balances_zh(rows: list[sqlite3.Row]) -> str:
    if not rows:
        return agent_zh.NO_ACCOUNTS
    parts = "；".join(
        agent_zh.BALANCE_LINE.format(
            name=row["nickname"] or row["name"],
            last4=row["identification"][-4:],
            amount=_amount(row["balance_minor"]),
            currency=row["currency"],
        )
        for row in rows
    )
    return agent_zh.BALANCES.format(parts=parts)


def _amount(minor: int) -> str:
    return f"{Decimal(minor).scaleb(-2):,.2f}"


def _txn() -> str:
    return "bot" + secrets.token_hex(8)


Later = Callable[[str, str], None]
