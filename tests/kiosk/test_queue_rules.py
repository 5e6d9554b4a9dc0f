"""The terminal's queue-number rules without Qt: what a new ticket state means for the customer
(`ticket_news`), and the staff member's desk session (`StaffDesk`) against the demo bank."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from a11y_bank.api.branch import QueueTicket, TicketStatus
from a11y_bank.kiosk import KioskError, StaffDesk, TicketNews, ticket_news
from a11y_bank.sandbox.server import RunningSandbox
from tests.sandbox.conftest import BankClient

AT = datetime(2026, 1, 1, 10, tzinfo=UTC)


def ticket(status: TicketStatus, *, ahead: int = 0, desk: int | None = None) -> QueueTicket:
    return QueueTicket("qt-1", "A027", status, ahead, desk, "138 *** **** 1234", AT)


WAITING = ticket(TicketStatus.WAITING, ahead=2)
CALLED_2 = ticket(TicketStatus.CALLED, desk=2)


@pytest.mark.parametrize(
    ("before", "after", "news"),
    [
        (None, WAITING, None),
        (WAITING, ticket(TicketStatus.WAITING, ahead=1), None),  # fewer ahead: shown, never spoken
        (WAITING, CALLED_2, TicketNews.CALLED),
        (None, CALLED_2, TicketNews.CALLED),
        (CALLED_2, CALLED_2, None),  # said once, not at every poll
        (CALLED_2, ticket(TicketStatus.CALLED, desk=5), TicketNews.CALLED),  # sent to another desk
        (CALLED_2, ticket(TicketStatus.DONE, desk=2), TicketNews.DONE),
        (ticket(TicketStatus.DONE, desk=2), ticket(TicketStatus.DONE, desk=2), None),
    ],
)
def test_ticket_news(before: QueueTicket | None, after: QueueTicket, news: TicketNews | None) -> None:
    assert ticket_news(before, after) is news


def test_the_staff_desk_signs_in_as_staff_only_calls_and_signs_out(
    bank: RunningSandbox, client: BankClient
) -> None:
    desk = StaffDesk(bank.url)
    with pytest.raises(KioskError) as refused:
        desk("liwei", "Demo-1234")
    assert refused.value.message_code == "kiosk.not_staff"
    assert not desk.signed_in
    assert desk("staff1", "Staff-1234") == "Branch Staff One"
    assert desk.call_next(1) is None  # nobody waits yet
    client.sign_in("liwei")
    taken = client.post(
        "/a11y-ext/v1/branch/queue-tickets",
        {"Data": {"BranchId": desk.branch_id, "Reason": "HELP_AT_TERMINAL"}},
    )
    assert taken.status_code == 201, taken.text
    called = desk.call_next(7)
    assert called is not None
    assert (called.number, called.status, called.desk) == ("A001", TicketStatus.CALLED, 7)
    desk.sign_out()
    assert not desk.signed_in
    with pytest.raises(KioskError):
        desk.call_next(7)
