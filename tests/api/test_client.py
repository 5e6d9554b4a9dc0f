"""ObClient against httpx.MockTransport: headers, retries with the same key and bytes, auth refresh."""

from __future__ import annotations

import json
import re
import threading
from typing import Any

import httpx
import pytest

from a11y_bank.api.auth import ACCESS_TOKEN_KEY, REFRESH_TOKEN_KEY
from a11y_bank.api.client import ObClient, encode_body
from a11y_bank.api.errors import (
    AuthExpired,
    InvalidResponse,
    Offline,
    OutcomeUnknown,
    RateLimited,
    Rejected,
    ServerError,
    Timeout,
)
from a11y_bank.api.jws import detached_jws
from a11y_bank.api.transport import parse_retry_after
from tests.api.fakes import (
    BASE_URL,
    DictStore,
    FakeSleep,
    Router,
    accounts_doc,
    config,
    is_uuid4,
    ob_error,
    ok,
    payment_doc,
    tokens,
)

PAYMENTS = "/open-banking/v4.0/pisp/domestic-payments"
ACCOUNTS = "/open-banking/v4.0/aisp/accounts"
BODY = encode_body({"Data": {"ConsentId": "c-1", "Initiation": {}}, "Risk": {}})


@pytest.fixture
def router() -> Router:
    return Router()


@pytest.fixture
def sleep() -> FakeSleep:
    return FakeSleep()


@pytest.fixture
def store() -> DictStore:
    return DictStore(**{ACCESS_TOKEN_KEY: "access-1", REFRESH_TOKEN_KEY: "refresh-1"})


def make_client(router: Router, store: DictStore, sleep: FakeSleep, **overrides: Any) -> ObClient:
    return ObClient(config(router, **overrides), store, sleep=sleep)


def test_every_request_gets_a_fresh_uuid4_interaction_id_and_the_bearer_token(
    router: Router, store: DictStore, sleep: FakeSleep
) -> None:
    router.add("GET", ACCOUNTS, ok(accounts_doc()))
    client = make_client(router, store, sleep)
    client.accounts()
    client.accounts()
    ids = [request.headers["x-fapi-interaction-id"] for request in router.requests]
    assert all(is_uuid4(value) for value in ids)
    assert len(set(ids)) == 2
    assert {request.headers["Authorization"] for request in router.requests} == {"Bearer access-1"}


def test_idempotency_key_and_jws_on_payment_posts_only(
    router: Router, store: DictStore, sleep: FakeSleep
) -> None:
    router.add("GET", ACCOUNTS, ok(accounts_doc()))
    router.add("POST", PAYMENTS, ok(payment_doc("p-1", "c-1"), 201))
    router.add("POST", "/open-banking/v4.0/pisp/domestic-payment-consents", ok({"Data": {}}, 201))
    client = make_client(router, store, sleep)
    client.accounts()
    client.create_domestic_payment(BODY, "key-1")
    client.create_domestic_payment_consent(BODY, "key-2")
    get, payment, consent = router.requests
    assert "x-idempotency-key" not in get.headers
    assert "x-jws-signature" not in get.headers
    assert payment.headers["x-idempotency-key"] == "key-1"
    assert consent.headers["x-idempotency-key"] == "key-2"
    assert payment.headers["x-jws-signature"] == detached_jws("access-1", BODY)
    assert consent.headers["x-jws-signature"] == detached_jws("access-1", BODY)
    assert payment.content == BODY


def test_generated_idempotency_keys_are_uuid4_within_40_chars(
    router: Router, store: DictStore, sleep: FakeSleep
) -> None:
    router.add("POST", "/a11y-ext/v1/sca/challenges", ok({"Data": {}}, 201))
    client = make_client(router, store, sleep)
    client.start_challenge("c-1", "SMS")
    client.start_challenge("c-1", "SMS")
    keys = [request.headers["x-idempotency-key"] for request in router.requests]
    assert all(is_uuid4(key) and len(key) <= 40 for key in keys)
    assert keys[0] != keys[1]


def test_retry_after_timeout_reuses_the_same_key_and_bytes_with_a_new_interaction_id(
    router: Router, store: DictStore, sleep: FakeSleep
) -> None:
    router.add("POST", PAYMENTS, [httpx.ReadTimeout("lost"), ok(payment_doc("p-1", "c-1"), 201)])
    client = make_client(router, store, sleep)
    document = client.create_domestic_payment(BODY, "key-1")
    assert document["Data"]["DomesticPaymentId"] == "p-1"
    first, second = router.requests
    assert first.headers["x-idempotency-key"] == second.headers["x-idempotency-key"] == "key-1"
    assert first.content == second.content == BODY
    assert first.headers["x-fapi-interaction-id"] != second.headers["x-fapi-interaction-id"]
    assert sleep.calls == [0.5]


def test_429_honours_retry_after_with_the_injected_sleep(
    router: Router, store: DictStore, sleep: FakeSleep
) -> None:
    limited = httpx.Response(429, headers={"Retry-After": "3"})
    router.add("POST", PAYMENTS, [limited, ok(payment_doc("p-1", "c-1"), 201)])
    client = make_client(router, store, sleep)
    client.create_domestic_payment(BODY, "key-1")
    assert sleep.calls == [3.0]
    assert [r.headers["x-idempotency-key"] for r in router.requests] == ["key-1", "key-1"]


def test_429_longer_than_the_bound_raises_rate_limited_without_waiting(
    router: Router, store: DictStore, sleep: FakeSleep
) -> None:
    router.add("GET", ACCOUNTS, httpx.Response(429, headers={"Retry-After": "120"}))
    client = make_client(router, store, sleep, max_retry_after=10.0)
    with pytest.raises(RateLimited) as caught:
        client.accounts()
    assert caught.value.retry_after == 120.0
    assert sleep.calls == []
    assert len(router.requests) == 1


def test_429_on_every_attempt_ends_in_rate_limited(
    router: Router, store: DictStore, sleep: FakeSleep
) -> None:
    router.add("GET", ACCOUNTS, httpx.Response(429, headers={"Retry-After": "1"}))
    client = make_client(router, store, sleep, max_retries=2)
    with pytest.raises(RateLimited):
        client.accounts()
    assert len(router.requests) == 3
    assert sleep.calls == [1.0, 1.0]


def test_5xx_on_a_read_is_retried_then_server_error(
    router: Router, store: DictStore, sleep: FakeSleep
) -> None:
    router.add("GET", ACCOUNTS, ob_error(500, "U000"))
    client = make_client(router, store, sleep, max_retries=2)
    with pytest.raises(ServerError) as caught:
        client.accounts()
    assert caught.value.status == 500
    assert len(router.requests) == 3


def test_5xx_on_a_payment_is_an_unknown_outcome_not_a_failure(
    router: Router, store: DictStore, sleep: FakeSleep
) -> None:
    router.add("POST", PAYMENTS, ob_error(503, "U000"))
    client = make_client(router, store, sleep, max_retries=1)
    with pytest.raises(OutcomeUnknown):
        client.create_domestic_payment(BODY, "key-1")
    assert {r.content for r in router.requests} == {BODY}


def test_lost_response_on_every_attempt_of_a_payment_is_outcome_unknown(
    router: Router, store: DictStore, sleep: FakeSleep
) -> None:
    router.add("POST", PAYMENTS, [httpx.RemoteProtocolError("peer closed")])
    client = make_client(router, store, sleep, max_retries=2)
    with pytest.raises(OutcomeUnknown):
        client.create_domestic_payment(BODY, "key-1")
    assert len(router.requests) == 3


def test_lost_response_on_a_read_is_a_timeout(router: Router, store: DictStore, sleep: FakeSleep) -> None:
    router.add("GET", ACCOUNTS, [httpx.ReadTimeout("slow")])
    client = make_client(router, store, sleep, max_retries=1)
    with pytest.raises(Timeout):
        client.accounts()


def test_connection_refused_is_offline_even_for_a_payment(
    router: Router, store: DictStore, sleep: FakeSleep
) -> None:
    router.add("POST", PAYMENTS, [httpx.ConnectError("refused")])
    client = make_client(router, store, sleep, max_retries=1)
    with pytest.raises(Offline):
        client.create_domestic_payment(BODY, "key-1")


def test_4xx_is_rejected_with_the_ob_error_codes(router: Router, store: DictStore, sleep: FakeSleep) -> None:
    router.add("POST", PAYMENTS, ob_error(400, "U009"))
    client = make_client(router, store, sleep)
    with pytest.raises(Rejected) as caught:
        client.create_domestic_payment(BODY, "key-1")
    error = caught.value
    assert (error.status, error.code, error.error_id) == (400, "U009", "err-1")
    assert error.ob_errors[0].message == "because U009"
    assert error.message_code == "consent.consumed"
    assert len(router.requests) == 1  # a refusal is final: never retried


def test_401_refreshes_once_and_replays_with_the_new_token(
    router: Router, store: DictStore, sleep: FakeSleep
) -> None:
    def accounts(request: httpx.Request) -> httpx.Response:
        if request.headers["Authorization"] == "Bearer access-2":
            return ok(accounts_doc())
        return httpx.Response(401)

    router.add("GET", ACCOUNTS, accounts)
    router.add("POST", "/a11y-ext/v1/auth/refresh", ok(tokens("access-2", "refresh-2"), 201))
    client = make_client(router, store, sleep)
    client.accounts()
    refresh = router.sent("POST", "/auth/refresh")[0]
    assert json.loads(refresh.content) == {"Data": {"RefreshToken": "refresh-1"}}
    assert "Authorization" not in refresh.headers
    assert store.get(ACCESS_TOKEN_KEY) == "access-2"
    assert store.get(REFRESH_TOKEN_KEY) == "refresh-2"
    assert "bank.token_expiry" in store.values
    first, _, replay = router.requests
    assert first.headers["x-fapi-interaction-id"] != replay.headers["x-fapi-interaction-id"]


def test_refused_refresh_is_auth_expired_and_forgets_the_tokens(
    router: Router, store: DictStore, sleep: FakeSleep
) -> None:
    router.add("GET", ACCOUNTS, httpx.Response(401))
    router.add("POST", "/a11y-ext/v1/auth/refresh", httpx.Response(401))
    client = make_client(router, store, sleep)
    with pytest.raises(AuthExpired):
        client.accounts()
    assert store.values == {}


def test_401_after_a_successful_refresh_is_auth_expired(
    router: Router, store: DictStore, sleep: FakeSleep
) -> None:
    router.add("GET", ACCOUNTS, httpx.Response(401))
    router.add("POST", "/a11y-ext/v1/auth/refresh", ok(tokens("access-2", "refresh-2"), 201))
    client = make_client(router, store, sleep)
    with pytest.raises(AuthExpired):
        client.accounts()
    assert len(router.sent("POST", "/auth/refresh")) == 1


def test_no_token_at_all_is_auth_expired_without_a_request(router: Router, sleep: FakeSleep) -> None:
    client = make_client(router, DictStore(), sleep)
    with pytest.raises(AuthExpired):
        client.accounts()
    assert router.requests == []


def test_concurrent_401s_refresh_only_once(router: Router, store: DictStore, sleep: FakeSleep) -> None:
    both_refused = threading.Barrier(2)

    def accounts(request: httpx.Request) -> httpx.Response:
        if request.headers["Authorization"] == "Bearer access-2":
            return ok(accounts_doc())
        both_refused.wait(timeout=5)
        return httpx.Response(401)

    router.add("GET", ACCOUNTS, accounts)
    router.add("POST", "/a11y-ext/v1/auth/refresh", ok(tokens("access-2", "refresh-2"), 201))
    client = make_client(router, store, sleep)
    errors: list[BaseException] = []

    def read() -> None:
        try:
            client.accounts()
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=read) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    assert errors == []
    assert len(router.sent("POST", "/auth/refresh")) == 1


def test_sign_in_sends_no_authorization_and_no_idempotency_key(router: Router, sleep: FakeSleep) -> None:
    router.add("POST", "/a11y-ext/v1/auth/sign-in", ok(tokens(), 201))
    client = make_client(router, DictStore(), sleep)
    client.sign_in("liwei", "Demo-1234")
    (request,) = router.requests
    assert "Authorization" not in request.headers
    assert "x-idempotency-key" not in request.headers


def test_next_links_to_another_origin_are_refused_before_sending(
    router: Router, store: DictStore, sleep: FakeSleep
) -> None:
    client = make_client(router, store, sleep)
    with pytest.raises(InvalidResponse):
        client.get_link("http://evil.test/open-banking/v4.0/aisp/accounts/acc-1/transactions?page=2")
    assert router.requests == []
    router.add("GET", "/open-banking/v4.0/aisp/accounts/acc-1/transactions", ok({"Data": {}}))
    client.get_link(f"{BASE_URL}/open-banking/v4.0/aisp/accounts/acc-1/transactions?page=2")
    assert router.requests[0].url.params["page"] == "2"


def test_non_json_success_body_is_invalid_response(
    router: Router, store: DictStore, sleep: FakeSleep
) -> None:
    router.add("GET", ACCOUNTS, httpx.Response(200, content=b"<html>"))
    with pytest.raises(InvalidResponse):
        make_client(router, store, sleep).accounts()


def test_encode_body_refuses_float_amounts() -> None:
    with pytest.raises(TypeError):
        encode_body({"Data": {"InstructedAmount": {"Amount": 12.5, "Currency": "CNY"}}})


def test_transaction_filters_are_sent_as_booking_date_times(
    router: Router, store: DictStore, sleep: FakeSleep
) -> None:
    from datetime import date

    router.add("GET", "/open-banking/v4.0/aisp/accounts/acc-1/transactions", ok({"Data": {}}))
    make_client(router, store, sleep).transactions("acc-1", date(2026, 1, 1), date(2026, 2, 1))
    params = router.requests[0].url.params
    assert params["fromBookingDateTime"] == "2026-01-01T00:00:00+00:00"
    assert params["toBookingDateTime"] == "2026-02-01T23:59:59+00:00"


@pytest.mark.parametrize(
    ("header", "expected"),
    [("5", 5.0), (None, None), ("soon", None), ("Mon, 23 Nov 2026 12:00:10 GMT", 10.0)],
)
def test_parse_retry_after(header: str | None, expected: float | None) -> None:
    from datetime import UTC, datetime

    assert parse_retry_after(header, now=datetime(2026, 11, 23, 12, 0, 0, tzinfo=UTC)) == expected


def test_a_token_known_to_be_expiring_is_refreshed_before_sending(router: Router, sleep: FakeSleep) -> None:
    store = DictStore(
        **{
            ACCESS_TOKEN_KEY: "access-1",
            REFRESH_TOKEN_KEY: "refresh-1",
            "bank.token_expiry": "2020-01-01T00:00:00+00:00",
        }
    )
    router.add("GET", ACCOUNTS, ok(accounts_doc()))
    router.add("POST", "/a11y-ext/v1/auth/refresh", ok(tokens("access-2", "refresh-2"), 201))
    make_client(router, store, sleep).accounts()
    refresh, accounts = router.requests
    assert refresh.url.path.endswith("/auth/refresh")
    assert accounts.headers["Authorization"] == "Bearer access-2"


def test_a_locked_keyring_is_a_bank_api_error_with_its_own_message(router: Router, sleep: FakeSleep) -> None:
    from a11y_bank.api.errors import CredentialsUnavailable
    from a11y_bank.credentials import StoreLocked

    class LockedStore(DictStore):
        def get(self, key: str) -> str | None:
            raise StoreLocked("keyring locked")

    with pytest.raises(CredentialsUnavailable) as caught:
        make_client(router, LockedStore(), sleep).accounts()
    assert caught.value.message_code == "credentials.locked"
    assert router.requests == []


def test_an_answer_without_our_interaction_id_is_refused(
    router: Router, store: DictStore, sleep: FakeSleep
) -> None:
    router.add("GET", ACCOUNTS, ok(accounts_doc()))
    router.echo_interaction_id = False
    with pytest.raises(InvalidResponse, match="interaction"):
        make_client(router, store, sleep).accounts()


@pytest.mark.parametrize(
    "later",
    [
        httpx.Response(429, headers={"Retry-After": "1"}),
        httpx.ConnectError("refused"),
    ],
)
def test_a_payment_whose_first_attempt_may_have_arrived_is_unknown_whatever_follows(
    router: Router, store: DictStore, sleep: FakeSleep, later: Any
) -> None:
    router.add("POST", PAYMENTS, [httpx.ReadTimeout("lost"), later])
    with pytest.raises(OutcomeUnknown):
        make_client(router, store, sleep, max_retries=2).create_domestic_payment(BODY, "key-1")


def test_a_payment_lost_then_signed_out_is_unknown(
    router: Router, store: DictStore, sleep: FakeSleep
) -> None:
    router.add("POST", PAYMENTS, [httpx.ReadTimeout("lost"), httpx.Response(401)])
    router.add("POST", "/a11y-ext/v1/auth/refresh", httpx.Response(401))
    with pytest.raises(OutcomeUnknown):
        make_client(router, store, sleep, max_retries=2).create_domestic_payment(BODY, "key-1")


def test_a_payment_never_sent_because_of_429_is_rate_limited(
    router: Router, store: DictStore, sleep: FakeSleep
) -> None:
    router.add("POST", PAYMENTS, httpx.Response(429, headers={"Retry-After": "1"}))
    with pytest.raises(RateLimited):
        make_client(router, store, sleep, max_retries=2).create_domestic_payment(BODY, "key-1")


def test_ids_stay_one_path_segment(router: Router, store: DictStore, sleep: FakeSleep) -> None:
    router.add("GET", re.escape("/open-banking/v4.0/aisp/accounts/a/../x?y/balances"), ok({"Data": {}}))
    make_client(router, store, sleep).balances("a/../x?y")
    assert router.requests[0].url.raw_path == b"/open-banking/v4.0/aisp/accounts/a%2F..%2Fx%3Fy/balances"
