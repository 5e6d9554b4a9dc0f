"""The staff console: joins the handed-over room, prints the customer's messages, answers them."""

from __future__ import annotations

import io
import time
from collections.abc import Callable

from a11y_bank.agent import AgentConsole, main
from a11y_bank.chat.client import MatrixClient, new_txn_id
from a11y_bank.sandbox.matrix.homeserver import SUPPORT_BOT
from tests.chat.conftest import ChatServer

MakeClient = Callable[..., MatrixClient]


def test_staff_answers_a_handed_over_chat(make_client: MakeClient) -> None:
    customer = make_client()
    customer.login_password("liwei", "Demo-1234")
    room = customer.create_room(name="Support", invite=(SUPPORT_BOT,))
    staff = make_client()
    staff.login_password("staff1", "Staff-1234")
    out = io.StringIO()
    console = AgentConsole(staff, out)
    console.start()
    customer.send_message(room, "Please let me talk to a person", new_txn_id())
    deadline = time.monotonic() + 5
    while room not in console.rooms:
        assert time.monotonic() < deadline, out.getvalue()
        console.poll(timeout_ms=500)
    assert console.current == room
    customer.send_message(room, "My card was swallowed by an ATM", new_txn_id())
    while "swallowed" not in out.getvalue():
        assert time.monotonic() < deadline + 5, out.getvalue()
        console.poll(timeout_ms=500)
    assert "liwei: My card was swallowed by an ATM" in out.getvalue()
    assert console.handle("Hello Li Wei, I have blocked the card.\n")
    texts = [e.body for e in customer.messages(room, limit=50).events]
    assert "Hello Li Wei, I have blocked the card." in texts
    assert console.handle("/rooms")
    assert any(line.startswith("* ") and line.endswith(room) for line in out.getvalue().splitlines())
    assert console.handle("/history")
    assert not console.handle("/quit")


def test_main_refuses_a_wrong_password(chat_server: ChatServer) -> None:
    out = io.StringIO()
    code = main(
        ["--url", chat_server.url, "--user", "staff1", "--password-stdin"], io.StringIO("nope\n"), out
    )
    assert code == 1
    assert "Could not log in: ChatRejected" in out.getvalue()
    assert "nope" not in out.getvalue()


def test_main_logs_in_and_quits(chat_server: ChatServer) -> None:
    out = io.StringIO()
    stdin = io.StringIO("Staff-1234\n/help\n/quit\n")
    assert main(["--url", chat_server.url, "--user", "staff1", "--password-stdin"], stdin, out) == 0
    assert "Logged in as @staff1:a11ybank.sandbox" in out.getvalue()
    assert "/history" in out.getvalue()
