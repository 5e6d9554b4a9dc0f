"""Edge cases of every api module: refusals of broken input, rare branches of the flows."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

from a11y_bank.api import parse
from a11y_bank.api.auth import ACCESS_TOKEN_KEY, REFRESH_TOKEN_KEY, TokenGrant
from a11y_bank.api.bank import OUTBOX_FILE_NAME, Bank
from a11y_bank.api.client import ObClient
from a11y_bank.api.config import ApiConfig
from a11y_bank.api.errors import (
    AuthExpired,
    InvalidResponse,
    Offline,
    OutcomeUnknown,
    Rejected,
    ServerError,
)
from a11y_bank.api.models import (
    Biller,
    PaymentIntent,
    PaymentKind,
    PaymentOutcome,
    PaymentStatus,
)
from a11y_bank.api.outbox import Outbox, OutboxState
from a11y_bank.api.payloads import beneficiary_body, consent_body
from a11y_bank.api.payments import PaymentSender
from a11y_bank.api.transport import parse_retry_after
from a11y_bank.domain.money import Money
from tests.api.fakes import (
    ACCOUNT_ID,
    BASE_URL,
    NOW,
    PAYEE_NUMBER,
    DictStore,
    FakeSleep,
    Router,
    accounts_doc,
    amount,
    config,
    consent_doc,
    ob_error,
    ok,
    payment_doc,
    tokens,
)
from tests.api.test_bank import FakeOB, authorised_consent, intent, make_bank

AISP = "/open-banking/v4.0/aisp"
PISP = "/open-banking/v4.0/pisp"
EXT = "/a11y-ext/v1"
SIGNED_IN = {ACCESS_TOKEN_KEY: "access-1", REFRESH_TOKEN_KEY: "refresh-1"}


# --- auth -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        None,
        {"Data": "x"},
        {"Data": {**tokens()["Data"], "AccessToken": ""}},
        {"Data": {**tokens()["Data"], "ExpiresIn": "900"}},
        {"Data": {**tokens()["Data"], "ExpiresIn": True}},
        {"Data": {**tokens()["Data"], "ExpiresIn": 0}},
        {"Data": {**tokens()["Data"], "TokenType": "MAC"}},
    ],
)
def test_broken_token_responses_are_refused(data: Any) -> None:
    with pytest.raises(InvalidResponse):
        TokenGrant.from_json(data)


def test_token_grant_repr_hides_tokens() -> None:
    grant = TokenGrant.from_json(tokens("secret-access", "secret-refresh"))
    assert "secret" not in repr(grant)


def test_401_without_refresh_token_is_auth_expired() -> None:
    router = Router()
    router.add("GET", f"{AISP}/accounts", httpx.Response(401))
    client = ObClient(config(router), DictStore(**{ACCESS_TOKEN_KEY: "a"}), sleep=FakeSleep())
    with pytest.raises(AuthExpired):
        client.accounts()


def test_refresh_answering_garbage_is_invalid_response() -> None:
    router = Router()
    router.add("GET", f"{AISP}/accounts", httpx.Response(401))
    router.add("POST", f"{EXT}/auth/refresh", httpx.Response(201, content=b"not json"))
    client = ObClient(config(router), DictStore(**SIGNED_IN), sleep=FakeSleep())
    with pytest.raises(InvalidResponse):
        client.accounts()


# --- client: every endpoint is the right method and path ---------------------------------------


ENDPOINTS: list[tuple[str, str, str, tuple[Any, ...], bool]] = [
    ("get_account_access_consent", "GET", f"{AISP}/account-access-consents/c-1", ("c-1",), False),
    ("account", "GET", f"{AISP}/accounts/a-1", ("a-1",), False),
    ("balances", "GET", f"{AISP}/accounts/a-1/balances", ("a-1",), False),
    ("beneficiaries", "GET", f"{AISP}/accounts/a-1/beneficiaries", ("a-1",), False),
    ("standing_orders", "GET", f"{AISP}/accounts/a-1/standing-orders", ("a-1",), False),
    ("scheduled_payments", "GET", f"{AISP}/accounts/a-1/scheduled-payments", ("a-1",), False),
    ("product", "GET", f"{AISP}/accounts/a-1/product", ("a-1",), False),
    ("get_domestic_payment_consent", "GET", f"{PISP}/domestic-payment-consents/c-1", ("c-1",), False),
    (
        "funds_confirmation",
        "GET",
        f"{PISP}/domestic-payment-consents/c-1/funds-confirmation",
        ("c-1",),
        False,
    ),
    ("get_domestic_payment", "GET", f"{PISP}/domestic-payments/p-1", ("p-1",), False),
    ("domestic_payment_details", "GET", f"{PISP}/domestic-payments/p-1/payment-details", ("p-1",), False),
    (
        "get_scheduled_payment_consent",
        "GET",
        f"{PISP}/domestic-scheduled-payment-consents/c-1",
        ("c-1",),
        False,
    ),
    ("get_scheduled_payment", "GET", f"{PISP}/domestic-scheduled-payments/p-1", ("p-1",), False),
    (
        "create_scheduled_payment_consent",
        "POST",
        f"{PISP}/domestic-scheduled-payment-consents",
        (b"{}", "k"),
        True,
    ),
    ("create_scheduled_payment", "POST", f"{PISP}/domestic-scheduled-payments", (b"{}", "k"), True),
    ("authorise_account_access_consent", "POST", f"{EXT}/consents/c-1/authorise", ("c-1",), True),
    ("verify_challenge", "POST", f"{EXT}/sca/challenges/ch-1/verify", ("ch-1", "123456"), True),
    ("add_beneficiary", "POST", f"{EXT}/beneficiaries", (b"{}", "k"), True),
    ("billers", "GET", f"{EXT}/billers", (), False),
    ("delete_beneficiary", "DELETE", f"{EXT}/beneficiaries/b-1", ("b-1",), False),
    ("cancel_scheduled_payment", "DELETE", f"{EXT}/scheduled-payments/s-1", ("s-1",), False),
    ("sign_out", "POST", f"{EXT}/auth/sign-out", (), False),
]


@pytest.mark.parametrize(("method_name", "verb", "path", "args", "keyed"), ENDPOINTS)
def test_endpoint_paths_and_idempotency_keys(
    method_name: str, verb: str, path: str, args: tuple[Any, ...], keyed: bool
) -> None:
    router = Router()
    status = 204 if verb == "DELETE" or method_name == "sign_out" else 200
    router.add(
        verb, path, httpx.Response(status, json={"Data": {}}) if status == 200 else httpx.Response(204)
    )
    client = ObClient(config(router), DictStore(**SIGNED_IN), sleep=FakeSleep())
    getattr(client, method_name)(*args)
    (request,) = router.requests
    assert ("x-idempotency-key" in request.headers) is keyed
    assert request.headers["Authorization"] == "Bearer access-1"


def test_booking_filters_accept_date_times() -> None:
    router = Router()
    router.add("GET", f"{AISP}/accounts/a-1/transactions", ok({"Data": {}}))
    client = ObClient(config(router), DictStore(**SIGNED_IN), sleep=FakeSleep())
    client.transactions("a-1", datetime(2026, 1, 1, 8, 30), datetime(2026, 1, 2, 8, 30, tzinfo=UTC))
    params = router.requests[0].url.params
    assert params["fromBookingDateTime"] == "2026-01-01T08:30:00+00:00"
    assert params["toBookingDateTime"] == "2026-01-02T08:30:00+00:00"


# --- transport and config -------------------------------------------------------------------------


def test_other_transport_errors_are_offline_and_redirects_invalid() -> None:
    router = Router()
    router.add("GET", f"{AISP}/accounts", [httpx.UnsupportedProtocol("gopher")])
    client = ObClient(config(router), DictStore(**SIGNED_IN), sleep=FakeSleep())
    with pytest.raises(Offline):
        client.accounts()
    router.routes.clear()
    router.add("GET", f"{AISP}/accounts", httpx.Response(302, headers={"Location": "http://elsewhere.test/"}))
    with pytest.raises(InvalidResponse):
        client.accounts()


def test_retry_after_date_without_zone_is_read_as_utc() -> None:
    assert parse_retry_after("Mon, 23 Nov 2026 12:00:05 -0000", datetime(2026, 11, 23, 12, tzinfo=UTC)) == 5.0
    assert parse_retry_after("Mon, 23 Nov 2026 11:00:00 GMT", datetime(2026, 11, 23, 12, tzinfo=UTC)) == 0.0


@pytest.mark.parametrize("values", [{"max_retries": -1}, {"timeout": 0}])
def test_config_refuses_nonsense(values: dict[str, Any]) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 - either message is fine
        ApiConfig(BASE_URL, **values)


def test_non_object_json_and_odd_error_bodies() -> None:
    router = Router()
    router.add("GET", f"{AISP}/accounts", httpx.Response(200, json=[1, 2]))
    router.add(
        "POST", f"{PISP}/domestic-payments", httpx.Response(400, json={"Errors": ["U001", {"Code": 1}]})
    )
    client = ObClient(config(router), DictStore(**SIGNED_IN), sleep=FakeSleep())
    with pytest.raises(InvalidResponse):
        client.accounts()
    with pytest.raises(Rejected) as caught:
        client.create_domestic_payment(b"{}", "k")
    assert (caught.value.code, caught.value.ob_errors) == (None, ())


def test_error_reprs() -> None:
    from a11y_bank.api.errors import BankApiError

    assert repr(BankApiError()) == "BankApiError(message_code='error.unexpected')"
    assert repr(ServerError(500)) == "ServerError(status=500)"
    assert repr(OutcomeUnknown(intent_id="i-1")) == "OutcomeUnknown(intent_id='i-1')"
    assert str(Offline("cannot connect")) == "Offline: cannot connect"


# --- models, payloads --------------------------------------------------------------------------


def test_payment_status_families() -> None:
    assert PaymentStatus.ACCEPTED_SETTLEMENT_COMPLETED.is_success
    assert PaymentStatus.REJECTED.is_failure
    assert PaymentStatus.REJECTED.is_final
    assert not PaymentStatus.ACCEPTED_SETTLEMENT_IN_PROCESS.is_final
    assert not OutboxState.UNKNOWN.is_finished
    assert OutboxState.FAILED.is_finished


def test_biller_and_intent_masking() -> None:
    biller = Biller("b", "Grid", "Electricity", "UK.OBIE.BBAN", PAYEE_NUMBER)
    assert biller.last4 == "4444"
    assert PAYEE_NUMBER not in repr(biller)
    assert intent().creditor_masked == "•••• 4444"
    from a11y_bank.api.models import Beneficiary

    assert Beneficiary("b", "Wang", "UK.OBIE.BBAN", PAYEE_NUMBER).masked == "•••• 4444"
    assert PAYEE_NUMBER not in repr(intent())


def test_scheduled_consent_body_and_minimal_payee_body() -> None:
    from a11y_bank.api.parse import parse_accounts

    (debtor,) = parse_accounts(accounts_doc())
    later = PaymentIntent(
        ACCOUNT_ID, "UK.OBIE.BBAN", PAYEE_NUMBER, "Wang", Money(Decimal("1"), "CNY"), "", date(2026, 12, 3)
    )
    body = consent_body(later, debtor, "instr")
    assert b'"Permission":"Create"' in body
    assert b'"RequestedExecutionDateTime":"2026-12-03T00:00:00+00:00"' in body
    assert b"RemittanceInformation" not in body
    assert b"Reference" not in beneficiary_body("Wang", "UK.OBIE.BBAN", PAYEE_NUMBER, None)


# --- parse: rarer documents -----------------------------------------------------------------------


def test_optional_parts_of_standing_orders_and_scheduled_payments() -> None:
    orders = {
        "Data": {
            "StandingOrder": [
                {"AccountId": ACCOUNT_ID, "StandingOrderId": "so-1"},
                {
                    "AccountId": ACCOUNT_ID,
                    "StandingOrderId": "so-2",
                    "MandateRelatedInformation": {"Frequency": {"Type": "WEEK"}},
                    "RemittanceInformation": {"Unstructured": ["Rent", "Flat 2"]},
                },
                {"AccountId": ACCOUNT_ID, "StandingOrderId": "so-3", "MandateRelatedInformation": {}},
            ]
        }
    }
    first, second, third = parse.parse_standing_orders(orders, {ACCOUNT_ID: "CNY"})
    assert (first.frequency, first.creditor_name, first.next_payment_amount) == ("", "", None)
    assert (second.frequency, second.reference) == ("WEEK", "Rent; Flat 2")
    assert third.frequency == ""
    scheduled = {
        "Data": {
            "ScheduledPayment": [
                {
                    "AccountId": ACCOUNT_ID,
                    "ScheduledPaymentId": "sp-1",
                    "ScheduledPaymentDateTime": NOW,
                    "InstructedAmount": amount("3.00"),
                }
            ]
        }
    }
    (payment,) = parse.parse_scheduled_payments(scheduled, {ACCOUNT_ID: "CNY"})
    assert payment.creditor_masked == ""


@pytest.mark.parametrize(
    "document",
    [
        {"Data": {"Transaction": "x"}},
        {"Data": {"Transaction": []}, "Links": {"Self": "s", "Next": 3}},
        {"Data": {"Transaction": []}, "Meta": {"TotalPages": -1}},
        {"Data": {"Transaction": []}, "Meta": {"TotalPages": True}},
    ],
)
def test_broken_paging_is_refused(document: dict[str, Any]) -> None:
    with pytest.raises(InvalidResponse):
        parse.parse_transaction_page(document, ACCOUNT_ID, "CNY", 1)


def test_last_page_without_links_or_meta_and_merchant_names() -> None:
    transaction = {
        "AccountId": ACCOUNT_ID,
        "TransactionId": "t",
        "CreditDebitIndicator": "Credit",
        "Status": "BOOK",
        "BookingDateTime": NOW,
        "Amount": amount("1.00"),
        "MerchantDetails": {"MerchantName": "Lawson"},
    }
    page, following = parse.parse_transaction_page(
        {"Data": {"Transaction": [transaction]}}, ACCOUNT_ID, "CNY", 4
    )
    assert following is None
    assert page.total_pages is None
    assert page.transactions[0].merchant == "Lawson"
    assert page.transactions[0].signed == Money(Decimal("1.00"), "CNY")
    assert parse.next_link({"Links": {"Self": "s"}}) is None


def test_products_and_funds_shapes() -> None:
    (product,) = parse.parse_products({"Data": {"Product": [{"AccountId": "a", "ProductType": "Other"}]}})
    assert (product.name, product.product_id) == ("", "")


# --- bank facade: rare branches --------------------------------------------------------------------


@pytest.fixture
def fake() -> FakeOB:
    return FakeOB()


def test_bank_create_uses_the_data_dir(fake: FakeOB, tmp_path: Path) -> None:
    bank = Bank.create(BASE_URL, DictStore(), tmp_path, transport=fake.router.transport(), sleep=FakeSleep())
    bank.sign_in("liwei", "Demo-1234")
    assert (tmp_path / OUTBOX_FILE_NAME).exists()
    bank.close()


def test_paying_needs_a_session_and_a_known_account(fake: FakeOB, tmp_path: Path) -> None:
    bank = make_bank(fake, tmp_path, FakeSleep())
    bank.sign_out()  # nothing to revoke: no request
    assert fake.router.requests == []
    bank.sign_in("liwei", "Demo-1234")
    consent = authorised_consent(bank)
    session, bank._session = bank._session, None
    with pytest.raises(AuthExpired):
        bank.submit_payment(consent)
    with pytest.raises(Rejected) as caught:
        bank.balances("not-mine")
    assert caught.value.status == 404
    with pytest.raises(ValueError, match="execution date"):
        bank.schedule_payment(intent())
    fake.router.add(
        "POST", f"{PISP}/domestic-scheduled-payment-consents", lambda q: ok(consent_doc("sc-1", q), 201)
    )
    later = dataclasses.replace(intent(), requested_execution_date=date(2026, 12, 3))
    bank._session = session
    scheduled = bank.schedule_payment(later)
    assert (scheduled.consent_id, scheduled.funds_available) == ("sc-1", None)


def test_contract_breaks_in_flows_are_invalid_response(fake: FakeOB, tmp_path: Path) -> None:
    bank = make_bank(fake, tmp_path, FakeSleep())
    fake.router.routes.insert(
        0,
        (
            "POST",
            _re(f"{EXT}/consents/aac-1/authorise"),
            lambda _q: ok({"Data": {"ConsentId": "aac-1", "Status": "AWAU"}}),
        ),
    )
    bank.sign_in("liwei", "Demo-1234")
    with pytest.raises(InvalidResponse):
        bank.accounts()


def test_challenge_and_verify_for_the_wrong_consent_are_refused(fake: FakeOB, tmp_path: Path) -> None:
    bank = make_bank(fake, tmp_path, FakeSleep())
    bank.sign_in("liwei", "Demo-1234")
    consent = bank.prepare_payment(intent())
    fake.router.routes.insert(0, ("POST", _re(f"{EXT}/sca/challenges"), _challenge_for("other")))
    with pytest.raises(InvalidResponse):
        bank.send_code(consent)
    fake.router.routes.pop(0)
    challenge = bank.send_code(consent)
    verified = {"ChallengeId": "ch-1", "ConsentId": "c-1", "Status": "Verified", "ConsentStatus": "AWAU"}
    fake.router.routes.insert(
        0, ("POST", _re(f"{EXT}/sca/challenges/ch-1/verify"), lambda _q: ok({"Data": verified}))
    )
    with pytest.raises(InvalidResponse):
        bank.confirm_code(challenge, "123456")


def test_balances_of_another_account_are_refused(fake: FakeOB, tmp_path: Path) -> None:
    bank = make_bank(fake, tmp_path, FakeSleep())
    balance = {
        "AccountId": "acc-2",
        "CreditDebitIndicator": "Credit",
        "Type": "ITAV",
        "DateTime": NOW,
        "Amount": amount("1.00"),
    }
    two_accounts = accounts_doc(
        *accounts_doc()["Data"]["Account"], {**accounts_doc()["Data"]["Account"][0], "AccountId": "acc-2"}
    )
    fake.router.routes.insert(0, ("GET", _re(f"{AISP}/accounts"), lambda _q: ok(two_accounts)))
    fake.router.add("GET", f"{AISP}/accounts/{ACCOUNT_ID}/balances", ok({"Data": {"Balance": [balance]}}))
    bank.sign_in("liwei", "Demo-1234")
    with pytest.raises(InvalidResponse):
        bank.balances(ACCOUNT_ID)


def test_scheduled_status_and_mismatched_status_answers(fake: FakeOB, tmp_path: Path) -> None:
    bank = make_bank(fake, tmp_path, FakeSleep())
    scheduled = {"Data": {"DomesticScheduledPaymentId": "sp-1", "ConsentId": "c", "Status": "PDNG"}}
    fake.router.add("GET", f"{PISP}/domestic-scheduled-payments/sp-1", ok(scheduled))
    fake.router.routes.insert(
        0, ("GET", _re(f"{PISP}/domestic-payments/p-9"), lambda _q: ok(payment_doc("p-8", "c")))
    )
    bank.sign_in("liwei", "Demo-1234")
    assert bank.payment_status("sp-1", PaymentKind.SCHEDULED) is PaymentStatus.PENDING
    with pytest.raises(InvalidResponse):
        bank.payment_status("p-9")
    later = PaymentOutcome("i", "sp-1", "c", PaymentKind.SCHEDULED, PaymentStatus.PENDING)
    assert bank.wait_for_final(later) is later


# --- payments and outbox: rare branches -----------------------------------------------------------


def test_unreadable_payment_answer_is_unknown_then_resolved(fake: FakeOB, tmp_path: Path) -> None:
    bank = make_bank(fake, tmp_path, FakeSleep())
    bank.sign_in("liwei", "Demo-1234")
    consent = authorised_consent(bank)
    fake.router.routes.insert(
        0,
        (
            "POST",
            _re(f"{PISP}/domestic-payments"),
            _once_then_pass(fake, ok(payment_doc("p-1", "someone-else"), 201)),
        ),
    )
    with pytest.raises(OutcomeUnknown):
        bank.submit_payment(consent)
    (outcome,) = bank.reconcile_outbox()
    assert outcome.payment_id == "p-1"


def test_reconcile_records_refusals_and_keeps_what_it_cannot_resolve(fake: FakeOB, tmp_path: Path) -> None:
    bank = make_bank(fake, tmp_path, FakeSleep())
    bank.sign_in("liwei", "Demo-1234")
    consent = authorised_consent(bank)
    fake.drop_after_commit = 0
    fake.router.routes.insert(0, ("POST", _re(f"{PISP}/domestic-payments"), lambda _q: ob_error(500, "U000")))
    with pytest.raises(OutcomeUnknown):
        bank.submit_payment(consent)
    assert bank.reconcile_outbox() == []  # still 500: stays UNKNOWN for the next run
    fake.router.routes[0] = ("POST", _re(f"{PISP}/domestic-payments"), lambda _q: ob_error(400, "AM04"))
    (outcome,) = bank.reconcile_outbox()
    assert (outcome.status, outcome.payment_id) == (PaymentStatus.REJECTED, None)
    assert bank.reconcile_outbox() == []


def test_reconcile_stops_when_the_session_is_over(fake: FakeOB, tmp_path: Path) -> None:
    bank = make_bank(fake, tmp_path, FakeSleep())
    bank.sign_in("liwei", "Demo-1234")
    consent = authorised_consent(bank)
    fake.drop_after_commit = 3
    with pytest.raises(OutcomeUnknown):
        bank.submit_payment(consent)
    fake.router.routes.insert(0, ("POST", _re(f"{PISP}/domestic-payments"), lambda _q: httpx.Response(401)))
    fake.router.routes.insert(0, ("POST", _re(f"{EXT}/auth/refresh"), lambda _q: httpx.Response(401)))
    with pytest.raises(AuthExpired):
        bank.reconcile_outbox()


def test_outbox_rolls_back_a_failed_transaction_and_lists_by_customer(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "o.db")
    entry = outbox.prepare(
        customer_id="c-1", consent_id="k-1", intent=intent(), body=b"{}", idempotency_key="k"
    )

    def half_done_then_broken() -> None:
        with outbox._transaction() as connection:
            connection.execute("UPDATE outbox SET state='SENT' WHERE intent_id=?", (entry.intent_id,))
            connection.execute("INSERT INTO outbox (intent_id) VALUES (?)", (entry.intent_id,))

    with pytest.raises(sqlite3.IntegrityError):
        half_done_then_broken()
    assert outbox.get(entry.intent_id).state is OutboxState.PREPARED  # type: ignore[union-attr]
    assert outbox.for_consent("c-1", "k-1") == outbox.get(entry.intent_id)
    assert [e.intent_id for e in outbox.entries("c-1")] == [entry.intent_id]
    assert [e.intent_id for e in outbox.entries()] == [entry.intent_id]
    assert outbox.entries("c-2") == []
    outbox.mark_not_sent("missing", "Offline")  # unknown ids are ignored
    outbox.mark_done(entry.intent_id, "p", "ACSC")
    outbox.mark_not_sent(entry.intent_id, "Offline")
    assert outbox.get(entry.intent_id).state is OutboxState.DONE  # type: ignore[union-attr]


def test_sender_reports_a_failed_entry_as_rejected(tmp_path: Path) -> None:
    router = Router()
    router.add("POST", f"{PISP}/domestic-payments", ob_error(400, "AM02"))
    client = ObClient(config(router), DictStore(**SIGNED_IN), sleep=FakeSleep())
    outbox = Outbox(tmp_path / "o.db")
    sender = PaymentSender(client, outbox)
    entry = outbox.prepare(
        customer_id="c", consent_id="k", intent=intent(), body=b"{}", idempotency_key="key"
    )
    outbox.mark_sent(entry.intent_id)
    outbox.mark_unknown(entry.intent_id)
    (outcome,) = sender.reconcile("c")
    assert outcome.status is PaymentStatus.REJECTED


# --- helpers --------------------------------------------------------------------------------------


def _re(path: str) -> Any:
    import re

    return re.compile(path + "$")


def _challenge_for(consent_id: str) -> Any:
    data = {
        "ChallengeId": "ch-1",
        "ConsentId": consent_id,
        "Channel": "SMS",
        "MaskedDestination": "x",
        "ExpirationDateTime": NOW,
        "CodeLength": 6,
    }
    return lambda _q: ok({"Data": data}, 201)


def _once_then_pass(fake: FakeOB, first: httpx.Response) -> Any:
    used: list[bool] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if used:
            return fake.pay(request)
        used.append(True)
        fake.pay(request)  # the bank commits, but answers about another consent
        return first

    return handler


def test_a_product_keeps_the_banks_own_type_name_and_terms() -> None:
    raw = {
        "AccountId": "acc-td",
        "ProductId": "prod-time-deposit",
        "ProductName": "One-Year Time Deposit",
        "ProductType": "Other",
        "OtherProductType": {
            "Name": "Time deposit",
            "Description": "Fixed term deposit, 1 year, 1.45% a year",
        },
    }
    (product,) = parse.parse_products({"Data": {"Product": [raw]}})
    assert (product.other_type_name, product.description) == (
        "Time deposit",
        "Fixed term deposit, 1 year, 1.45% a year",
    )


@pytest.mark.parametrize(
    "other",
    [
        "Time deposit",
        {"Name": "Time deposit"},
        {"Name": "", "Description": "x"},
        {"Name": "n", "Description": 1},
    ],
)
def test_a_malformed_other_product_type_is_refused(other: object) -> None:
    raw = {"AccountId": "a", "ProductType": "Other", "OtherProductType": other}
    with pytest.raises(InvalidResponse, match="OtherProductType"):
        parse.parse_products({"Data": {"Product": [raw]}})
