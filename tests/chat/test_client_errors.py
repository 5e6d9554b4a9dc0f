"""The client's retry policy and error mapping, with httpx.MockTransport (every request accounted for)."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest

from a11y_bank.chat.client import MatrixClient
from a11y_bank.chat.config import ChatConfig
from a11y_bank.chat.errors import (
    ChatAuthExpired,
    ChatInvalidResponse,
    ChatNotFound,
    ChatOffline,
    ChatRateLimited,
    ChatRejected,
    ChatTimeout,
)
from a11y_bank.chat.models import Credentials

Handler = Callable[[httpx.Request], httpx.Response]
SECRET = "syt_very_secret_token"


def client_with(handler: Handler, retries: int = 2) -> tuple[MatrixClient, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return handler(request)

    config = ChatConfig("http://127.0.0.1:9", max_retries=retries, transport=httpx.MockTransport(record))
    client = MatrixClient(config, sleep=lambda _s: None)
    client.use(Credentials("@u:test", "DEV", SECRET))
    return client, seen


def test_send_is_retried_after_a_lost_answer_with_the_same_txn() -> None:
    calls = iter([httpx.ReadError("dropped"), httpx.Response(200, json={"event_id": "$e"})])

    def handler(request: httpx.Request) -> httpx.Response:
        outcome = next(calls)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    client, seen = client_with(handler)
    assert client.send_message("!r:test", "hi", "txn1") == "$e"
    assert [r.url.raw_path for r in seen] == [
        b"/_matrix/client/v3/rooms/%21r%3Atest/send/m.room.message/txn1"
    ] * 2
    assert seen[0].content == seen[1].content


def test_create_room_is_not_repeated_after_an_ambiguous_failure() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("late")

    client, seen = client_with(handler)
    with pytest.raises(ChatTimeout):
        client.create_room(name="Support")
    assert len(seen) == 1


def test_connect_failures_are_retried_then_offline() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused")

    client, seen = client_with(handler)
    with pytest.raises(ChatOffline):
        client.create_room(name="Support")  # never reached the server: safe to retry even this
    assert len(seen) == 3


@pytest.mark.parametrize(
    ("response", "error"),
    [
        (httpx.Response(401, json={"errcode": "M_UNKNOWN_TOKEN"}), ChatAuthExpired),
        (httpx.Response(404, json={"errcode": "M_NOT_FOUND"}), ChatNotFound),
        (httpx.Response(403, json={"errcode": "M_FORBIDDEN"}), ChatRejected),
        (
            httpx.Response(429, json={"errcode": "M_LIMIT_EXCEEDED", "retry_after_ms": 60_000}),
            ChatRateLimited,
        ),
        (httpx.Response(200, text="not json"), ChatInvalidResponse),
        (httpx.Response(200, json={"no": "event id"}), ChatInvalidResponse),
        (httpx.Response(503), ChatOffline),
    ],
)
def test_errors_are_typed_and_carry_no_secret(response: httpx.Response, error: type[Exception]) -> None:
    client, _ = client_with(lambda _r: response)
    with pytest.raises(error) as info:
        client.send_message("!r:test", "my PIN is 1234", "txn")
    assert SECRET not in str(info.value) + repr(info.value)
    assert "1234" not in str(info.value) + repr(info.value)


def test_short_rate_limit_is_waited_out() -> None:
    answers = iter(
        [
            httpx.Response(429, json={"errcode": "M_LIMIT_EXCEEDED", "retry_after_ms": 20}),
            httpx.Response(200, json={"event_id": "$ok"}),
        ]
    )
    client, seen = client_with(lambda _r: next(answers))
    assert client.send_message("!r:test", "x", "t") == "$ok"
    assert len(seen) == 2


def test_token_sent_as_bearer_and_never_in_repr() -> None:
    client, seen = client_with(lambda _r: httpx.Response(200, json={"user_id": "@u:test"}))
    assert client.whoami() == "@u:test"
    assert seen[0].headers["Authorization"] == f"Bearer {SECRET}"
    assert SECRET not in repr(client.credentials)


def test_sync_read_timeout_outlasts_the_long_poll() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        assert request.url.params["timeout"] == "30000"
        assert request.url.params["since"] == "s1"
        assert request.extensions["timeout"]["read"] == pytest.approx(40.0)
        return httpx.Response(200, json={"next_batch": "s2"})

    client, _ = client_with(handler)
    assert client.sync("s1", timeout_ms=30_000).next_batch == "s2"


def test_not_logged_in_is_auth_expired() -> None:
    client = MatrixClient(
        ChatConfig("http://127.0.0.1:9", transport=httpx.MockTransport(lambda _r: httpx.Response(500)))
    )
    with pytest.raises(ChatAuthExpired):
        client.whoami()


@pytest.mark.parametrize("bad", [{"max_retries": -1}, {"timeout": 0}, {"sync_timeout_ms": -1}])
def test_config_is_checked(bad: dict[str, float]) -> None:
    with pytest.raises(ValueError, match="must be"):
        ChatConfig("http://127.0.0.1:9", **bad)  # type: ignore[arg-type]
