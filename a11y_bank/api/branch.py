"""Branch queue tickets (extension API, ``/a11y-ext/v1/branch/queue-tickets``): the queue number as text
for customers who cannot hear one called aloud (guideline art. 15(1)).

`BranchQueue(bank).take_ticket(branch_id)` asks for a ticket for the signed-in customer (the bank texts
the number to their phone on record); `.ticket(ticket_id)` reads its status (Waiting, Called with the
desk, Done); `.call_next(branch_id, desk)` is the staff action (a staff member's session), None when
nobody is waiting. Errors are the facade's `BankApiError`s. Sync: run on a worker thread.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from a11y_bank.api.bank import Bank
from a11y_bank.api.client import encode_body, new_idempotency_key, quote_segment
from a11y_bank.api.errors import InvalidResponse, Rejected

__all__ = [
    "DEMO_BRANCH",
    "NOBODY_WAITING",
    "BranchQueue",
    "QueueReason",
    "QueueTicket",
    "TicketStatus",
]

PATH = "/branch/queue-tickets"
DEMO_BRANCH = "br-demo-1"
"""The demo bank's one branch (a terminal is configured with the branch it stands in)."""
NOBODY_WAITING = "BQ01"
_NUMBER = re.compile(r"^[A-Z]\d{3,4}$")
_MAX_DESK = 99


class QueueReason(enum.StrEnum):
    HELP_AT_TERMINAL = "HELP_AT_TERMINAL"
    COUNTER_SERVICE = "COUNTER_SERVICE"


class TicketStatus(enum.StrEnum):
    WAITING = "Waiting"
    CALLED = "Called"
    DONE = "Done"


@dataclass(frozen=True, slots=True)
class QueueTicket:
    """A ticket as the bank tells it. `desk` is set once called; `texted_to` is the masked phone the
    number was sent to (None if the bank sent no SMS)."""

    ticket_id: str
    number: str
    status: TicketStatus
    people_ahead: int
    desk: int | None
    texted_to: str | None
    updated: datetime


def _data(answer: Mapping[str, Any]) -> Mapping[str, Any]:
    data = answer.get("Data")
    if not isinstance(data, dict):
        raise InvalidResponse("Data is not an object")
    return data


def _text(data: Mapping[str, Any], name: str) -> str:
    value = data.get(name)
    if not isinstance(value, str) or not value:
        raise InvalidResponse(f"Data.{name} is missing")
    return value


def _count(value: object, name: str, low: int, high: int) -> int:
    if not (isinstance(value, int) and not isinstance(value, bool) and low <= value <= high):
        raise InvalidResponse(f"Data.{name} is not a whole number from {low} to {high}")
    return value


def _desk(data: Mapping[str, Any], status: TicketStatus) -> int | None:
    if "Desk" not in data:
        if status is not TicketStatus.WAITING:
            raise InvalidResponse("Data.Desk is missing on a called ticket")
        return None
    return _count(data["Desk"], "Desk", 1, _MAX_DESK)


def _texted_to(data: Mapping[str, Any]) -> str | None:
    message = data.get("TextMessage")
    if message is None:
        return None
    if not isinstance(message, dict) or not isinstance(message.get("MaskedDestination"), str):
        raise InvalidResponse("Data.TextMessage is not a text message")
    return str(message["MaskedDestination"])


def parse_ticket(answer: Mapping[str, Any]) -> QueueTicket:
    """A `QueueTicket` from the bank's answer; `InvalidResponse` if it is not one."""
    data = _data(answer)
    number = _text(data, "TicketNumber")
    if not _NUMBER.match(number):
        raise InvalidResponse("Data.TicketNumber is not a queue number")
    try:
        status = TicketStatus(str(data.get("Status")))
        updated = datetime.fromisoformat(_text(data, "StatusUpdateDateTime"))
    except ValueError:
        raise InvalidResponse("Data.Status or Data.StatusUpdateDateTime is not valid") from None
    return QueueTicket(
        ticket_id=_text(data, "TicketId"),
        number=number,
        status=status,
        people_ahead=_count(data.get("PeopleAhead"), "PeopleAhead", 0, 1_000_000),
        desk=_desk(data, status),
        texted_to=_texted_to(data),
        updated=updated,
    )


class BranchQueue:
    """Queue tickets through the signed-in session of `bank` (a customer's, or staff's for call_next)."""

    def __init__(self, bank: Bank) -> None:
        self._client = bank.client

    def take_ticket(
        self,
        branch_id: str,
        reason: QueueReason = QueueReason.HELP_AT_TERMINAL,
        *,
        idempotency_key: str | None = None,
    ) -> QueueTicket:
        """A ticket for the signed-in customer (the one they already hold there, if any). The key makes
        a retry after a lost answer return the same ticket, never a second number."""
        body = encode_body({"Data": {"BranchId": branch_id, "Reason": reason.value}})
        answer = self._client.extension_post(
            PATH, body, idempotency_key=idempotency_key or new_idempotency_key()
        )
        return parse_ticket(answer)

    def ticket(self, ticket_id: str) -> QueueTicket:
        return parse_ticket(self._client.extension_get(f"{PATH}/{quote_segment(ticket_id)}"))

    def call_next(self, branch_id: str, desk: int) -> QueueTicket | None:
        """Staff: call the longest-waiting ticket to `desk`; None when nobody is waiting."""
        if not 1 <= desk <= _MAX_DESK:
            raise ValueError("desk is from 1 to 99")
        body = encode_body({"Data": {"BranchId": branch_id, "Desk": desk}})
        try:
            answer = self._client.extension_post(
                f"{PATH}/call-next", body, idempotency_key=new_idempotency_key()
            )
        except Rejected as exc:
            if exc.has_code(NOBODY_WAITING):
                return None
            raise
        return parse_ticket(answer)
