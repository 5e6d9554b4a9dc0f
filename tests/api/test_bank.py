"""The Bank facade against a small stateful fake bank on httpx.MockTransport."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

from a11y_bank.api.bank import Bank
from a11y_bank.api.client import ObClient
from a11y_bank.api.errors import Offline, OutcomeUnknown, Rejected
from a11y_bank.api.models import PaymentIntent, PaymentStatus
from a11y_bank.api.outbox import Outbox, OutboxState
from a11y_bank.domain.money import Money
from tests.api.fakes import (
    ACCOUNT_ID,
    NOW,
    PAYEE_NUMBER,
    DictStore,
    FakeSleep,
    Router,
    accounts_doc,
    body_of,
    config,
    consent_doc,
    ob_error,
    ok,
    payment_doc,
    tokens,
    transaction_doc,
)

AISP = "/open-banking/v4.0/aisp"
PISP = "/open-banking/v4.0/pisp"
EXT = "/a11y-ext/v1"


@dataclass
class FakeOB:
    """Just enough bank: consents, SCA, idempotent payments with faults, paged transactions."""

    router: Router = field(default_factory=Router)
    payments: dict[str, dict[str, Any]] = field(default_factory=dict)
    by_key: dict[str, tuple[bytes, httpx.Response]] = field(default_factory=dict)
    consumed: set[str] = field(default_factory=set)
    drop_after_commit: int = 0
    refuse_connections: int = 0
    forget_keys: bool = False
    reject_payments_with: str | None = None
    statuses: list[str] = field(default_factory=lambda: ["ACSP"])

    def __post_init__(self) -> None:
        r = self.router
        r.add("POST", f"{EXT}/auth/sign-in", self.sign_in)
        r.add("POST", f"{AISP}/account-access-consents", ok({"Data": {"ConsentId": "aac-1"}}, 201))
        r.add(
            "POST", f"{EXT}/consents/aac-1/authorise", ok({"Data": {"ConsentId": "aac-1", "Status": "AUTH"}})
        )
        r.add("GET", f"{AISP}/accounts", ok(accounts_doc()))
        r.add("GET", f"{AISP}/accounts/{ACCOUNT_ID}/transactions", self.transactions)
        r.add("POST", f"{PISP}/domestic-payment-consents", lambda q: ok(consent_doc("c-1", q), 201))
        r.add("GET", f"{PISP}/domestic-payment-consents/c-1/funds-confirmation", self.funds)
        r.add("POST", f"{EXT}/sca/challenges", self.challenge)
        r.add("POST", f"{EXT}/sca/challenges/ch-1/verify", self.verify)
        r.add("POST", f"{PISP}/domestic-payments", self.pay)
        r.add("GET", f"{PISP}/domestic-payments/p-[0-9]+", self.get_payment)

    def sign_in(self, request: httpx.Request) -> httpx.Response:
        if body_of(request)["Data"]["Password"] != "Demo-1234":
            return httpx.Response(401)
        return ok(tokens(), 201)

    def transactions(self, request: httpx.Request) -> httpx.Response:
        number = int(request.url.params.get("page", "1"))
        document: dict[str, Any] = {
            "Data": {"Transaction": [transaction_doc(number * 10 + i) for i in range(2)]},
            "Links": {"Self": str(request.url)},
            "Meta": {"TotalPages": 3},
        }
        if number < 3:
            document["Links"]["Next"] = str(request.url.copy_set_param("page", str(number + 1)))
        return ok(document)

    def funds(self, _request: httpx.Request) -> httpx.Response:
        result = {"FundsAvailableDateTime": NOW, "FundsAvailable": True}
        return ok({"Data": {"FundsAvailableResult": result}})

    def challenge(self, request: httpx.Request) -> httpx.Response:
        data = {
            "ChallengeId": "ch-1",
            "ConsentId": body_of(request)["Data"]["ConsentId"],
            "Channel": "SMS",
            "MaskedDestination": "+86 *** 8123",
            "ExpirationDateTime": NOW,
            "CodeLength": 6,
        }
        return ok({"Data": data}, 201)

    def verify(self, request: httpx.Request) -> httpx.Response:
        if body_of(request)["Data"]["Code"] != "123456":
            return ob_error(400, "SC01")
        return ok(
            {
                "Data": {
                    "ChallengeId": "ch-1",
                    "ConsentId": "c-1",
                    "Status": "Verified",
                    "ConsentStatus": "AUTH",
                }
            }
        )

    def pay(self, request: httpx.Request) -> httpx.Response:
        if self.refuse_connections:
            self.refuse_connections -= 1
            raise httpx.ConnectError("refused")
        key = request.headers["x-idempotency-key"]
        if key in self.by_key and not self.forget_keys:
            body, response = self.by_key[key]
            assert body == request.content, "same key with other bytes"
        else:
            consent_id = body_of(request)["Data"]["ConsentId"]
            if consent_id in self.consumed:
                return ob_error(400, "U009")
            if self.reject_payments_with:
                return ob_error(400, self.reject_payments_with)
            payment_id = f"p-{len(self.payments) + 1}"
            self.payments[payment_id] = {"consent": consent_id, "body": request.content}
            self.consumed.add(consent_id)
            response = ok(payment_doc(payment_id, consent_id, "RCVD"), 201)
            self.by_key[key] = (request.content, response)
        if self.drop_after_commit:
            self.drop_after_commit -= 1
            raise httpx.RemoteProtocolError("connection dropped after commit")
        return response

    def get_payment(self, request: httpx.Request) -> httpx.Response:
        payment_id = request.url.path.rsplit("/", 1)[1]
        status = self.statuses.pop(0) if len(self.statuses) > 1 else self.statuses[0]
        return ok(payment_doc(payment_id, self.payments[payment_id]["consent"], status))


@pytest.fixture
def fake() -> FakeOB:
    return FakeOB()


@pytest.fixture
def sleep() -> FakeSleep:
    return FakeSleep()


def make_bank(fake: FakeOB, tmp_path: Path, sleep: FakeSleep, **overrides: Any) -> Bank:
    client = ObClient(config(fake.router, max_retries=2, **overrides), DictStore(), sleep=sleep)
    return Bank(client, Outbox(tmp_path / "outbox.db"), sleep=sleep)


def intent() -> PaymentIntent:
    return PaymentIntent(
        debtor_account_id=ACCOUNT_ID,
        creditor_scheme="UK.OBIE.BBAN",
        creditor_identification=PAYEE_NUMBER,
        creditor_name="Wang Fang",
        amount=Money(Decimal("88.80"), "CNY"),
        reference="Dinner",
    )


def authorised_consent(bank: Bank) -> Any:
    consent = bank.prepare_payment(intent())
    bank.confirm_code(bank.send_code(consent, "SMS"), "123456")
    return consent


def no_json_numbers(value: Any) -> bool:
    if isinstance(value, dict):
        return all(no_json_numbers(v) for v in value.values())
    if isinstance(value, list):
        return all(no_json_numbers(v) for v in value)
    return not isinstance(value, int | float) or isinstance(value, bool)


def test_sign_in_and_wrong_password(fake: FakeOB, tmp_path: Path, sleep: FakeSleep) -> None:
    bank = make_bank(fake, tmp_path, sleep)
    with pytest.raises(Rejected) as caught:
        bank.sign_in("liwei", "wrong")
    assert caught.value.message_code == "sign_in.failed"
    session = bank.sign_in("liwei", "Demo-1234")
    assert (session.display_name, session.customer_id) == ("Li Wei", "cust-1")
    assert "access-1" not in repr(session)


def test_the_chat_gets_the_origin_and_the_current_token_once_signed_in(
    fake: FakeOB, tmp_path: Path, sleep: FakeSleep
) -> None:
    bank = make_bank(fake, tmp_path, sleep)
    assert bank.chat_login_token() is None
    bank.sign_in("liwei", "Demo-1234")
    assert bank.base_url == "http://bank.test"
    assert bank.chat_login_token() == "access-1"


def test_account_access_consent_is_created_once_per_session(
    fake: FakeOB, tmp_path: Path, sleep: FakeSleep
) -> None:
    bank = make_bank(fake, tmp_path, sleep)
    bank.sign_in("liwei", "Demo-1234")
    bank.accounts()
    bank.accounts()
    assert len(fake.router.sent("POST", "/account-access-consents")) == 1
    assert len(fake.router.sent("POST", "/authorise")) == 1


def test_transactions_are_fetched_lazily_page_by_page(fake: FakeOB, tmp_path: Path, sleep: FakeSleep) -> None:
    bank = make_bank(fake, tmp_path, sleep)
    bank.sign_in("liwei", "Demo-1234")
    pages = bank.transactions(ACCOUNT_ID)
    assert fake.router.sent("GET", "/transactions") == []
    first = next(pages)
    assert len(fake.router.sent("GET", "/transactions")) == 1
    assert [t.transaction_id for t in first.transactions] == ["tx-10", "tx-11"]
    rest = list(pages)
    assert [p.page_number for p in rest] == [2, 3]
    assert rest[-1].has_more is False
    assert len(fake.router.sent("GET", "/transactions")) == 3


def test_payment_flow_sends_the_consent_initiation_again_with_string_amounts(
    fake: FakeOB, tmp_path: Path, sleep: FakeSleep
) -> None:
    bank = make_bank(fake, tmp_path, sleep)
    bank.sign_in("liwei", "Demo-1234")
    consent = bank.prepare_payment(intent())
    assert consent.funds_available is True
    with pytest.raises(Rejected) as caught:
        bank.confirm_code(bank.send_code(consent), "000000")
    assert caught.value.message_code == "sca.code_wrong"
    bank.confirm_code(bank.send_code(consent), "123456")
    outcome = bank.submit_payment(consent)
    assert (outcome.payment_id, outcome.status, outcome.recovered) == ("p-1", PaymentStatus.RECEIVED, False)
    consent_request = fake.router.sent("POST", "/domestic-payment-consents")[0]
    payment_request = fake.router.sent("POST", "/domestic-payments")[0]
    assert body_of(payment_request)["Data"]["Initiation"] == body_of(consent_request)["Data"]["Initiation"]
    assert body_of(payment_request)["Data"]["Initiation"]["InstructedAmount"] == {
        "Amount": "88.80",
        "Currency": "CNY",
    }
    for request in fake.router.requests:
        if request.content:
            assert no_json_numbers(json.loads(request.content)), request.url.path
    assert bank.outbox.get(outcome.intent_id).state is OutboxState.DONE  # type: ignore[union-attr]


def test_submitting_the_same_consent_twice_pays_once(fake: FakeOB, tmp_path: Path, sleep: FakeSleep) -> None:
    bank = make_bank(fake, tmp_path, sleep)
    bank.sign_in("liwei", "Demo-1234")
    consent = authorised_consent(bank)
    first = bank.submit_payment(consent)
    second = bank.submit_payment(consent)
    assert first.payment_id == second.payment_id
    assert len(fake.payments) == 1
    assert len(fake.router.sent("POST", "/domestic-payments")) == 1


def test_response_lost_after_commit_is_unknown_then_reconciled_to_the_same_payment(
    fake: FakeOB, tmp_path: Path, sleep: FakeSleep
) -> None:
    bank = make_bank(fake, tmp_path, sleep)
    bank.sign_in("liwei", "Demo-1234")
    consent = authorised_consent(bank)
    fake.drop_after_commit = 3  # every attempt of the first submit loses its answer
    with pytest.raises(OutcomeUnknown) as caught:
        bank.submit_payment(consent)
    intent_id = caught.value.intent_id
    assert bank.outbox.get(intent_id).state is OutboxState.UNKNOWN  # type: ignore[arg-type,union-attr]
    (outcome,) = bank.reconcile_outbox()
    assert (outcome.intent_id, outcome.payment_id, outcome.recovered) == (intent_id, "p-1", True)
    assert len(fake.payments) == 1
    posts = fake.router.sent("POST", "/domestic-payments")
    assert len(posts) == 4
    assert len({p.headers["x-idempotency-key"] for p in posts}) == 1
    assert len({p.content for p in posts}) == 1
    assert bank.reconcile_outbox() == []


def test_a_new_bank_on_the_same_outbox_reconciles_after_a_crash(
    fake: FakeOB, tmp_path: Path, sleep: FakeSleep
) -> None:
    crashed = make_bank(fake, tmp_path, sleep)
    crashed.sign_in("liwei", "Demo-1234")
    consent = authorised_consent(crashed)
    fake.drop_after_commit = 3
    with pytest.raises(OutcomeUnknown):
        crashed.submit_payment(consent)
    restarted = make_bank(fake, tmp_path, sleep)
    restarted.sign_in("liwei", "Demo-1234")
    (outcome,) = restarted.reconcile_outbox()
    assert outcome.payment_id == "p-1"
    assert len(fake.payments) == 1


def test_consumed_consent_on_resend_means_the_payment_exists(
    fake: FakeOB, tmp_path: Path, sleep: FakeSleep
) -> None:
    bank = make_bank(fake, tmp_path, sleep)
    bank.sign_in("liwei", "Demo-1234")
    consent = authorised_consent(bank)
    fake.drop_after_commit = 3
    with pytest.raises(OutcomeUnknown):
        bank.submit_payment(consent)
    fake.forget_keys = True  # e.g. the bank's 24-hour idempotency window has passed
    (outcome,) = bank.reconcile_outbox()
    assert (outcome.payment_id, outcome.status) == (None, PaymentStatus.RECEIVED)
    assert bank.outbox.get(outcome.intent_id).state is OutboxState.DONE  # type: ignore[union-attr]
    assert len(fake.payments) == 1


def test_refused_payment_is_failed_and_never_resent(fake: FakeOB, tmp_path: Path, sleep: FakeSleep) -> None:
    bank = make_bank(fake, tmp_path, sleep)
    bank.sign_in("liwei", "Demo-1234")
    consent = authorised_consent(bank)
    fake.reject_payments_with = "AM04"
    with pytest.raises(Rejected) as caught:
        bank.submit_payment(consent)
    assert caught.value.message_code == "payment.insufficient_funds"
    assert bank.reconcile_outbox() == []
    assert len(fake.router.sent("POST", "/domestic-payments")) == 1


def test_offline_payment_is_failed_not_paid_later_behind_the_users_back(
    fake: FakeOB, tmp_path: Path, sleep: FakeSleep
) -> None:
    bank = make_bank(fake, tmp_path, sleep)
    bank.sign_in("liwei", "Demo-1234")
    consent = authorised_consent(bank)
    fake.refuse_connections = 3
    with pytest.raises(Offline):
        bank.submit_payment(consent)
    assert bank.reconcile_outbox() == []
    assert fake.payments == {}
    # The person presses "Pay" again: the same journal row, key and bytes are used.
    outcome = bank.submit_payment(consent)
    assert outcome.payment_id == "p-1"


def test_wait_for_final_polls_until_settled(fake: FakeOB, tmp_path: Path, sleep: FakeSleep) -> None:
    clock = iter(range(100))
    bank = make_bank(fake, tmp_path, sleep)
    bank._monotonic = lambda: float(next(clock))
    bank.sign_in("liwei", "Demo-1234")
    outcome = bank.submit_payment(authorised_consent(bank))
    fake.statuses = ["ACSP", "ACSP", "ACSC"]
    final = bank.wait_for_final(outcome, timeout=50, interval=0.5)
    assert final.status is PaymentStatus.ACCEPTED_SETTLEMENT_COMPLETED
    assert sleep.calls.count(0.5) == 3
    assert bank.outbox.get(outcome.intent_id).status == "ACSC"  # type: ignore[union-attr]


def test_sign_out_forgets_tokens_even_if_the_bank_is_unreachable(
    fake: FakeOB, tmp_path: Path, sleep: FakeSleep
) -> None:
    store = DictStore()
    bank = Bank(ObClient(config(fake.router, max_retries=0), store, sleep=sleep), Outbox(tmp_path / "o.db"))
    bank.sign_in("liwei", "Demo-1234")
    assert store.values
    fake.router.add("POST", f"{EXT}/auth/sign-out", httpx.Response(204))
    bank.sign_out()
    assert store.values == {}
    assert bank.session is None


def test_an_expired_account_access_consent_is_renewed_once(
    fake: FakeOB, tmp_path: Path, sleep: FakeSleep
) -> None:
    bank = make_bank(fake, tmp_path, sleep)
    bank.sign_in("liwei", "Demo-1234")
    bank.accounts()
    fake.router.routes.insert(0, ("GET", re.compile(f"{AISP}/accounts$"), _once(ob_error(403, "U035"))))
    assert bank.accounts()
    assert len(fake.router.sent("POST", "/account-access-consents")) == 2


def test_a_403_for_another_reason_is_not_retried(fake: FakeOB, tmp_path: Path, sleep: FakeSleep) -> None:
    bank = make_bank(fake, tmp_path, sleep)
    bank.sign_in("liwei", "Demo-1234")
    fake.router.routes.insert(0, ("GET", re.compile(f"{AISP}/accounts$"), lambda _q: ob_error(403, "U028")))
    with pytest.raises(Rejected):
        bank.accounts()
    assert len(fake.router.sent("POST", "/account-access-consents")) == 1


def test_sign_out_when_the_bank_is_unreachable_still_forgets_the_session(
    fake: FakeOB, tmp_path: Path, sleep: FakeSleep
) -> None:
    store = DictStore()
    bank = Bank(ObClient(config(fake.router, max_retries=0), store, sleep=sleep), Outbox(tmp_path / "o.db"))
    bank.sign_in("liwei", "Demo-1234")
    fake.router.add(
        "POST", f"{EXT}/auth/sign-out", lambda _q: (_ for _ in ()).throw(httpx.ConnectError("down"))
    )
    bank.sign_out()
    assert store.values == {}


def _once(response: httpx.Response) -> Any:
    used: list[bool] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if used:
            return ok(accounts_doc())
        used.append(True)
        return response

    return handler


def test_offline_on_a_resend_of_a_maybe_paid_payment_is_still_unknown(
    fake: FakeOB, tmp_path: Path, sleep: FakeSleep
) -> None:
    bank = make_bank(fake, tmp_path, sleep)
    bank.sign_in("liwei", "Demo-1234")
    consent = authorised_consent(bank)
    fake.drop_after_commit = 3
    with pytest.raises(OutcomeUnknown):
        bank.submit_payment(consent)
    fake.refuse_connections = 3
    with pytest.raises(OutcomeUnknown):  # not Offline: the first send may have paid
        bank.submit_payment(consent)
    assert bank.reconcile_outbox()[0].payment_id == "p-1"
    assert len(fake.payments) == 1


def test_known_outcome_reads_the_journal(fake: FakeOB, tmp_path: Path, sleep: FakeSleep) -> None:
    bank = make_bank(fake, tmp_path, sleep)
    bank.sign_in("liwei", "Demo-1234")
    consent = authorised_consent(bank)
    assert bank.known_outcome(consent.consent_id) is None  # never submitted
    fake.drop_after_commit = 3
    with pytest.raises(OutcomeUnknown):
        bank.submit_payment(consent)
    assert bank.known_outcome(consent.consent_id) is None  # unresolved
    fake.forget_keys = True
    bank.reconcile_outbox()
    known = bank.known_outcome(consent.consent_id)
    assert known is not None
    assert (known.payment_id, known.status, known.recovered) == (None, PaymentStatus.RECEIVED, True)
