"""Branch queue tickets at the demo bank over real HTTP, every request and response checked by the spec
oracle: numbers in sequence per branch and day, one ticket per idempotency key and per waiting customer,
the SMS in the outbox in the customer's language, Waiting -> Called (desk) -> Done, staff-only calling."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest

from tests.sandbox.conftest import EXT, BankClient, error_code

TICKETS = f"{EXT}/branch/queue-tickets"
BRANCH = "br-demo-1"


def take(
    client: BankClient,
    *,
    key: str | None = None,
    language: str | None = None,
    reason: str = "HELP_AT_TERMINAL",
) -> httpx.Response:
    headers = client.headers(key=key or str(uuid.uuid4()))
    if language is not None:
        headers["Accept-Language"] = language
    return client.http.post(TICKETS, json={"Data": {"BranchId": BRANCH, "Reason": reason}}, headers=headers)


def ticket_of(response: httpx.Response) -> dict[str, Any]:
    assert response.status_code in (200, 201), response.text
    data: dict[str, Any] = response.json()["Data"]
    return data


def staff_calls(client: BankClient, desk: int) -> httpx.Response:
    """The test control: a member of staff at `desk` calls the next ticket."""
    return client.control("POST", "/branch/call-next", {"Data": {"BranchId": BRANCH, "Desk": desk}})


def texts_for(client: BankClient, ticket_id: str) -> list[dict[str, Any]]:
    messages: list[dict[str, Any]] = client.control("GET", f"/outbox?ChallengeId={ticket_id}").json()["Data"][
        "Message"
    ]
    return messages


def as_customer(client: BankClient, username: str) -> BankClient:
    """Another person's client, signed in with a token from the test control (no password needed)."""
    other = BankClient(client.running)
    other.token = client.control("POST", "/token", {"Username": username}).json()["Data"]["AccessToken"]
    return other


def test_numbers_follow_each_other_and_count_the_people_ahead(client: BankClient) -> None:
    client.sign_in("liwei")
    alice, staff = as_customer(client, "alice"), as_customer(client, "staff1")
    try:
        first = ticket_of(take(client))
        second = ticket_of(take(alice))
        counter = ticket_of(take(staff, reason="COUNTER_SERVICE"))
    finally:
        alice.close()
        staff.close()
    assert (first["TicketNumber"], first["PeopleAhead"], first["Status"]) == ("A001", 0, "Waiting")
    assert (second["TicketNumber"], second["PeopleAhead"]) == ("A002", 1)
    assert (counter["TicketNumber"], counter["PeopleAhead"]) == ("B001", 2)  # its own letter, one queue
    assert "Desk" not in first


def test_one_ticket_per_idempotency_key_and_per_waiting_customer(client: BankClient) -> None:
    client.sign_in("liwei")
    key = str(uuid.uuid4())
    first = ticket_of(take(client, key=key))
    again = ticket_of(take(client, key=key))
    pressed_twice = ticket_of(take(client))  # another key: still the ticket already held
    assert again == first
    assert pressed_twice["TicketId"] == first["TicketId"]
    assert len(texts_for(client, first["TicketId"])) == 1  # one SMS, not three
    changed = client.http.post(
        TICKETS,
        json={"Data": {"BranchId": BRANCH, "Reason": "COUNTER_SERVICE"}},
        headers=client.headers(key=key),
    )
    assert (changed.status_code, error_code(changed)) == (400, "U016")


@pytest.mark.parametrize(
    ("language", "content_language", "words"),
    [(None, "en", "your queue number is A001"), ("zh-CN", "zh-CN", "您的排队号码是 A001")],
)
def test_the_number_is_texted_to_the_phone_on_record_in_the_customers_language(
    client: BankClient, language: str | None, content_language: str, words: str
) -> None:
    client.sign_in("liwei")
    response = take(client, language=language)
    ticket = ticket_of(response)
    assert response.headers["Content-Language"] == content_language
    [sms] = texts_for(client, ticket["TicketId"])
    assert sms["Channel"] == "SMS"
    assert sms["Code"] == "A001"
    assert words in sms["Text"]
    assert sms["Destination"] == ticket["TextMessage"]["MaskedDestination"]
    assert "*** ****" in sms["Destination"]  # masked, never the whole number


def test_waiting_called_to_a_desk_then_done(client: BankClient) -> None:
    client.sign_in("liwei")
    alice = as_customer(client, "alice")
    try:
        mine = ticket_of(take(client, language="zh-CN"))
        hers = ticket_of(take(alice))
        called = ticket_of(staff_calls(client, 2))
        assert (called["TicketId"], called["Status"], called["Desk"]) == (mine["TicketId"], "Called", 2)
        now = ticket_of(client.get(f"{TICKETS}/{mine['TicketId']}"))
        assert (now["Status"], now["Desk"], now["PeopleAhead"]) == ("Called", 2, 0)
        assert ticket_of(alice.get(f"{TICKETS}/{hers['TicketId']}"))["PeopleAhead"] == 0  # she is next
        assert "2 号窗口" in texts_for(client, mine["TicketId"])[-1]["Text"]  # called, by SMS too

        ticket_of(staff_calls(client, 2))  # desk 2 is free again: the next one
        assert ticket_of(client.get(f"{TICKETS}/{mine['TicketId']}"))["Status"] == "Done"
        assert ticket_of(alice.get(f"{TICKETS}/{hers['TicketId']}"))["Status"] == "Called"
        assert "please go to desk 2" in texts_for(client, hers["TicketId"])[-1]["Text"]

        empty = staff_calls(client, 2)
        assert (empty.status_code, error_code(empty)) == (400, "BQ01")
        assert ticket_of(alice.get(f"{TICKETS}/{hers['TicketId']}"))["Status"] == "Done"  # committed anyway
        after = ticket_of(take(client))  # a new ticket once the old one is done
        assert after["TicketNumber"] == "A003"
    finally:
        alice.close()


def test_only_staff_call_tickets_and_only_the_owner_reads_one(client: BankClient) -> None:
    client.sign_in("liwei")
    mine = ticket_of(take(client))
    body = {"Data": {"BranchId": BRANCH, "Desk": 3}}
    refused = client.post(f"{TICKETS}/call-next", body)
    assert (refused.status_code, error_code(refused)) == (403, "U028")
    staff = as_customer(client, "staff1")
    alice = as_customer(client, "alice")
    try:
        called = staff.post(f"{TICKETS}/call-next", body)
        assert ticket_of(called)["TicketNumber"] == "A001"
        assert ticket_of(called)["Desk"] == 3
        other = alice.get(f"{TICKETS}/{mine['TicketId']}")
        assert (other.status_code, error_code(other)) == (403, "U028")
        unknown = alice.get(f"{TICKETS}/qt-nope")
        assert (unknown.status_code, error_code(unknown)) == (403, "U028")
    finally:
        staff.close()
        alice.close()


@pytest.mark.parametrize(
    ("data", "path"),
    [
        ({"BranchId": "br-nowhere", "Reason": "HELP_AT_TERMINAL"}, "Data.BranchId"),
        ({"BranchId": BRANCH, "Reason": "JUMP_THE_QUEUE"}, "Data.Reason"),
        ({"BranchId": BRANCH, "Reason": "HELP_AT_TERMINAL", "Priority": 1}, "Data.Priority"),
    ],
)
def test_bad_requests_are_refused_and_change_nothing(
    client: BankClient, data: dict[str, Any], path: str
) -> None:
    client.sign_in("liwei")
    response = client.unchecked.post(
        TICKETS, json={"Data": data}, headers=client.headers(key=str(uuid.uuid4()))
    )
    assert response.status_code == 400
    assert response.json()["Errors"][0]["Path"] == path
    assert ticket_of(take(client))["TicketNumber"] == "A001"


def test_a_desk_outside_1_to_99_is_refused(client: BankClient) -> None:
    staff = as_customer(client, "staff1")
    try:
        for desk in (0, 100):
            response = staff.unchecked.post(
                f"{TICKETS}/call-next",
                json={"Data": {"BranchId": BRANCH, "Desk": desk}},
                headers=staff.headers(key=str(uuid.uuid4())),
            )
            assert (response.status_code, response.json()["Errors"][0]["Path"]) == (400, "Data.Desk")
    finally:
        staff.close()


def test_numbering_starts_again_the_next_day(client: BankClient) -> None:
    client.sign_in("liwei")
    assert ticket_of(take(client))["TicketNumber"] == "A001"
    client.advance(24 * 3600)
    assert ticket_of(take(client))["TicketNumber"] == "A001"
