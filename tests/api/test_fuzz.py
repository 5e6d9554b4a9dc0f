"""Whatever the bank answers, the facade raises only BankApiError (never KeyError, TypeError, ...)."""

from __future__ import annotations

import contextlib
import json
import re
import uuid
from pathlib import Path
from typing import Any

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from a11y_bank.api.bank import Bank
from a11y_bank.api.client import ObClient
from a11y_bank.api.errors import AuthExpired, BankApiError, Offline, OutcomeUnknown, RateLimited, Rejected
from a11y_bank.api.outbox import Outbox, OutboxState
from tests.api.fakes import ACCOUNT_ID, DictStore, FakeSleep, Router, accounts_doc, config, tokens

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=12,
)
# Documents shaped like OB envelopes, with random insides, so parsing gets past the first checks.
envelopes = st.fixed_dictionaries(
    {
        "Data": st.dictionaries(
            st.sampled_from(["Account", "Balance", "Transaction", "ConsentId", "Status"]), json_values
        )
    },
    optional={"Links": json_values, "Meta": json_values},
)
bodies = st.one_of(
    envelopes.map(lambda d: json.dumps(d).encode()),
    json_values.map(lambda d: json.dumps(d).encode()),
    st.binary(max_size=40),
)
answers = st.tuples(
    st.sampled_from([200, 201, 204, 302, 400, 401, 403, 404, 429, 500, 503]),
    bodies,
    st.sampled_from([None, "0", "1", "soon", "-5"]),
)


def _bank(answer: tuple[int, bytes, str | None], tmp: Path) -> Bank:
    status, body, retry_after = answer
    router = Router()
    router.add("POST", "/a11y-ext/v1/auth/sign-in", httpx.Response(201, json=tokens()))
    router.add(
        "POST",
        "/open-banking/v4.0/aisp/account-access-consents",
        httpx.Response(201, json={"Data": {"ConsentId": "c"}}),
    )
    router.add(
        "POST", "/a11y-ext/v1/consents/c/authorise", httpx.Response(200, json={"Data": {"Status": "AUTH"}})
    )
    router.add("POST", "/a11y-ext/v1/auth/refresh", httpx.Response(401))
    headers = {"Retry-After": retry_after} if retry_after is not None else {}

    def anything(_request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=body, headers=headers)

    router.add("GET", "/open-banking/v4.0/aisp/accounts", anything)
    router.add("GET", f"/open-banking/v4.0/aisp/accounts/{ACCOUNT_ID}/.*", anything)
    client = ObClient(config(router, max_retries=1), DictStore(), sleep=FakeSleep())
    bank = Bank(client, Outbox(tmp / "outbox.db"), sleep=FakeSleep())
    bank.sign_in("liwei", "Demo-1234")
    return bank


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(answer=answers)
def test_any_answer_to_a_read_is_a_model_or_a_bank_api_error(tmp_path: Path, answer: Any) -> None:
    bank = _bank(answer, tmp_path)
    with contextlib.suppress(BankApiError):
        bank.accounts()
    bank._accounts = {a.account_id: a for a in _accounts()}
    for read in (
        lambda: bank.balances(ACCOUNT_ID),
        lambda: next(bank.transactions(ACCOUNT_ID)),
        bank.standing_orders,
    ):
        with contextlib.suppress(BankApiError):
            read()


def _accounts() -> list[Any]:
    from a11y_bank.api.parse import parse_accounts

    return parse_accounts(accounts_doc())


payment_answers = st.one_of(
    answers,
    st.tuples(
        st.just(201),
        st.sampled_from(["RCVD", "ACSP", "ACSC", "RJCT", "NOPE"]).map(
            lambda status: json.dumps(
                {"Data": {"DomesticPaymentId": "p-1", "ConsentId": "c-1", "Status": status}}
            ).encode()
        ),
        st.none(),
    ),
    st.sampled_from(
        [httpx.ReadTimeout("lost"), httpx.ConnectError("refused"), httpx.RemoteProtocolError("cut")]
    ),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(answer=payment_answers)
def test_any_answer_to_a_payment_leaves_the_journal_consistent(tmp_path: Path, answer: Any) -> None:
    from tests.api.test_bank import FakeOB, authorised_consent, make_bank

    fake = FakeOB()

    def pay(_request: httpx.Request) -> httpx.Response:
        if isinstance(answer, Exception):
            raise answer
        status, body, retry_after = answer
        return httpx.Response(
            status, content=body, headers={"Retry-After": retry_after} if retry_after else {}
        )

    fake.router.routes.insert(0, ("POST", re.compile("/open-banking/v4.0/pisp/domestic-payments$"), pay))
    fake.router.add("POST", "/a11y-ext/v1/auth/refresh", httpx.Response(401))
    bank = make_bank(fake, tmp_path / uuid.uuid4().hex, FakeSleep())
    bank.sign_in("liwei", "Demo-1234")
    consent = authorised_consent(bank)
    expected: set[OutboxState]
    try:
        outcome = bank.submit_payment(consent)
        expected = {OutboxState.DONE}
        assert outcome.payment_id in ("p-1", None)  # None: "consent already used" means paid
    except OutcomeUnknown:
        expected = {OutboxState.UNKNOWN}
    except Rejected as refusal:
        expected = {OutboxState.DONE} if refusal.has_code("U009") else {OutboxState.FAILED}
    except (Offline, RateLimited, AuthExpired):
        expected = {OutboxState.FAILED}  # certainly never reached the bank
    (entry,) = bank.outbox.entries()
    assert entry.state in expected
