"""`api.branch` against the real demo bank, every request and response validated by the spec oracle:
a ticket is taken, read and called through the typed client; a lost answer is retried with the same key
and gives the same number; staff get None when nobody waits; a customer cannot call tickets."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from a11y_bank.api.bank import Bank
from a11y_bank.api.branch import (
    DEMO_BRANCH,
    BranchQueue,
    QueueReason,
    TicketStatus,
    parse_ticket,
)
from a11y_bank.api.errors import InvalidResponse, Rejected
from a11y_bank.sandbox.server import RunningSandbox
from tests.api.fakes import FakeSleep
from tests.api.sandbox_support import CountingTransport, all_validated, make_bank, validated_transport


class Person:
    def __init__(self, bank: Bank, transport: CountingTransport) -> None:
        self.bank, self.transport, self.queue = bank, transport, BranchQueue(bank)


@pytest.fixture
def people(bank: RunningSandbox, tmp_path: Path) -> Iterator[dict[str, Person]]:
    """liwei, alice and staff1 each signed in on their own client."""
    signed: dict[str, Person] = {}
    passwords = {"liwei": "Demo-1234", "alice": "Demo-1234", "staff1": "Staff-1234"}
    try:
        for name, password in passwords.items():
            transport = validated_transport()
            client = make_bank(bank.url, tmp_path / name, transport, sleep=FakeSleep())
            signed[name] = Person(client, transport)
            client.sign_in(name, password)
        yield signed
    finally:
        for person in signed.values():
            person.bank.close()


def test_take_read_and_call_a_ticket(people: dict[str, Person]) -> None:
    liwei, alice, staff = people["liwei"], people["alice"], people["staff1"]
    with all_validated(liwei.transport):
        mine = liwei.queue.take_ticket(DEMO_BRANCH)
    hers = alice.queue.take_ticket(DEMO_BRANCH, QueueReason.COUNTER_SERVICE)
    assert (mine.number, mine.status, mine.people_ahead, mine.desk) == ("A001", TicketStatus.WAITING, 0, None)
    assert mine.texted_to is not None
    assert "*** ****" in mine.texted_to
    assert (hers.number, hers.people_ahead) == ("B001", 1)
    with all_validated(staff.transport):
        called = staff.queue.call_next(DEMO_BRANCH, desk=4)
    assert called is not None
    assert (called.ticket_id, called.desk) == (mine.ticket_id, 4)
    with all_validated(liwei.transport):
        now = liwei.queue.ticket(mine.ticket_id)
    assert (now.status, now.desk, now.people_ahead) == (TicketStatus.CALLED, 4, 0)
    assert alice.queue.ticket(hers.ticket_id).people_ahead == 0
    assert staff.queue.call_next(DEMO_BRANCH, desk=4) is not None  # alice
    assert liwei.queue.ticket(mine.ticket_id).status is TicketStatus.DONE
    assert staff.queue.call_next(DEMO_BRANCH, desk=4) is None  # nobody waits


def test_a_customer_cannot_call_tickets(people: dict[str, Person]) -> None:
    with pytest.raises(Rejected) as refused:
        people["liwei"].queue.call_next(DEMO_BRANCH, desk=1)
    assert refused.value.status == 403
    with pytest.raises(ValueError, match="desk"):
        people["staff1"].queue.call_next(DEMO_BRANCH, desk=0)


def test_a_lost_answer_is_retried_with_the_same_key_and_gives_the_same_number(
    people: dict[str, Person], bank: RunningSandbox
) -> None:
    with httpx.Client(base_url=bank.url) as controls:
        fault = {"Kind": "drop", "Path": "/a11y-ext/v1/branch/queue-tickets$", "Method": "POST", "Count": 1}
        assert controls.post("/__sandbox__/faults", json=fault).status_code == 201
        ticket = people["liwei"].queue.take_ticket(DEMO_BRANCH)
        outbox = controls.get("/__sandbox__/outbox", params={"ChallengeId": ticket.ticket_id}).json()
    assert ticket.number == "A001"
    assert len(outbox["Data"]["Message"]) == 1  # one ticket, one SMS, although the first answer was lost


def answer(**data: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "TicketId": "qt-1",
        "BranchId": DEMO_BRANCH,
        "TicketNumber": "A027",
        "Reason": "HELP_AT_TERMINAL",
        "Status": "Waiting",
        "PeopleAhead": 2,
        "CreationDateTime": datetime(2026, 1, 1, tzinfo=UTC).isoformat(),
        "StatusUpdateDateTime": datetime(2026, 1, 1, tzinfo=UTC).isoformat(),
    }
    return {"Data": {**base, **data}}


@pytest.mark.parametrize(
    "bad",
    [
        {"TicketNumber": "27"},
        {"Status": "Gone"},
        {"PeopleAhead": -1},
        {"PeopleAhead": True},
        {"Status": "Called"},  # called without a desk
        {"Status": "Called", "Desk": 100},
        {"TextMessage": {"Channel": "SMS"}},
    ],
)
def test_a_malformed_answer_is_invalid(bad: dict[str, Any]) -> None:
    with pytest.raises(InvalidResponse):
        parse_ticket(answer(**bad))


def test_a_well_formed_answer_parses() -> None:
    ticket = parse_ticket(
        answer(
            Status="Called", Desk=2, TextMessage={"Channel": "SMS", "MaskedDestination": "138 *** **** 1234"}
        )
    )
    assert (ticket.number, ticket.status, ticket.desk, ticket.texted_to) == (
        "A027",
        TicketStatus.CALLED,
        2,
        "138 *** **** 1234",
    )
