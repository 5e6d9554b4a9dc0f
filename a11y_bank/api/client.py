"""`ObClient`: the thin Open Banking UK v4.0 (+ our extension) client. Wire level only.

Each method is one endpoint and returns the decoded JSON document (a dict) of a 2xx answer; the strict
conversion into models lives in `api.parse`, the flows (consent -> SCA -> payment, the outbox) in
`api.bank`. Failures are raised as `api.errors` (see `api.transport` for the retry policy).

Headers: every request gets a fresh ``x-fapi-interaction-id`` (UUID4); ``x-idempotency-key`` goes on
every POST that creates a payment, a payment consent, or changes state through the extension (SCA,
payees, consent authorisation), and on no GET. The PISP spec marks ``x-jws-signature`` as required on
its POSTs: we send a detached JWS over the exact body (see `api.jws` for the key and why).
Every request also says ``Accept-Language`` (the app's language, `api.language`): the bank writes its
own text (product names, questionnaires, card names) in it; OB endpoints ignore it harmlessly.

Thread safety: one `httpx.Client` (documented as shareable between threads) serves all threads.
"""

from __future__ import annotations

import json
import time as _time
import uuid
from collections.abc import Mapping
from datetime import UTC, date, datetime, time
from typing import Any
from urllib.parse import quote, urlsplit

import httpx

from a11y_bank.api.auth import SecretStore, TokenAuth, TokenKeeper
from a11y_bank.api.config import ApiConfig
from a11y_bank.api.errors import InvalidResponse
from a11y_bank.api.jws import UNSIGNED
from a11y_bank.api.transport import Call, Exchanger, Sleep

__all__ = [
    "AISP",
    "EXT",
    "PISP",
    "JsonObject",
    "ObClient",
    "encode_body",
    "new_idempotency_key",
    "quote_segment",
]

AISP = "/open-banking/v4.0/aisp"
PISP = "/open-banking/v4.0/pisp"
EXT = "/a11y-ext/v1"

JsonObject = dict[str, Any]

# What the app reads; asked for once per session in the account-access consent.
ACCOUNT_PERMISSIONS = (
    "ReadAccountsDetail",
    "ReadBalances",
    "ReadBeneficiariesDetail",
    "ReadProducts",
    "ReadScheduledPaymentsDetail",
    "ReadStandingOrdersDetail",
    "ReadTransactionsCredits",
    "ReadTransactionsDebits",
    "ReadTransactionsDetail",
)


def new_idempotency_key() -> str:
    """A fresh idempotency key: a UUID4, 36 characters (OB allows at most 40)."""
    return str(uuid.uuid4())


def encode_body(document: Mapping[str, Any]) -> bytes:
    """The exact bytes we send (and store in the outbox, and resend on retry). Amounts are strings by
    construction; a float anywhere is a programming error and refused here."""
    _refuse_floats(document)
    return json.dumps(document, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode()


def _refuse_floats(value: Any) -> None:
    if isinstance(value, float):
        raise TypeError("JSON numbers with a fraction never go to the bank; send amounts as strings")
    if isinstance(value, Mapping):
        for item in value.values():
            _refuse_floats(item)
    elif isinstance(value, list | tuple):
        for item in value:
            _refuse_floats(item)


def _seg(identifier: str) -> str:
    """A resource id as one URL path segment: an id the bank (or a caller) gave us can never add
    segments, a query or a fragment to the path we call."""
    return quote(identifier, safe="")


def _booking_bound(value: date | datetime, *, end_of_day: bool) -> str:
    """An RFC 3339 date-time for a booking-date filter; a bare date means the start (or the end) of that day
    in UTC, so ``to_date`` includes the whole day."""
    if isinstance(value, datetime):
        moment = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
    else:
        moment = datetime.combine(value, time.max if end_of_day else time.min, tzinfo=UTC)
    return moment.replace(microsecond=0).isoformat()


class ObClient:
    """Endpoint-per-method client of the bank. See the module docstring for headers and threading."""

    def __init__(self, config: ApiConfig, store: SecretStore, *, sleep: Sleep = _time.sleep) -> None:
        self._config = config
        self.tokens = TokenKeeper(store)
        self._origin = urlsplit(config.base_url)
        self._http = httpx.Client(
            base_url=config.base_url,
            timeout=config.timeout,
            transport=config.transport,
            auth=TokenAuth(self.tokens),
            headers={"User-Agent": config.user_agent},
            follow_redirects=False,
        )
        self._exchanger = Exchanger(self._http, config, sleep)

    @property
    def config(self) -> ApiConfig:
        return self._config

    def close(self) -> None:
        self._http.close()

    # --- plumbing -------------------------------------------------------------------------------

    def _get(self, url: str, params: Mapping[str, str] | None = None) -> JsonObject:
        return _json(self._exchanger.send(Call("GET", url, params=params)))

    def _post(
        self,
        url: str,
        body: bytes | None,
        *,
        idempotency_key: str | None,
        authenticated: bool = True,
        payment: bool = False,
        signed: bool = False,
    ) -> httpx.Response:
        call = Call(
            "POST",
            url,
            content=body if body is not None else b"",
            idempotency_key=idempotency_key,
            authenticated=authenticated,
            payment=payment,
            jws_signature=UNSIGNED if signed else None,
        )
        return self._exchanger.send(call)

    def _post_json(self, url: str, body: bytes | None, **kwargs: Any) -> JsonObject:
        return _json(self._post(url, body, **kwargs))

    def _delete(self, url: str) -> None:
        self._exchanger.send(Call("DELETE", url))

    def get_link(self, url: str) -> JsonObject:
        """GET a ``Links.Next`` URL. It must point at our bank's origin: the bearer token never goes
        anywhere else, whatever a response says."""
        target = urlsplit(url)
        if (target.scheme, target.netloc) != (self._origin.scheme, self._origin.netloc):
            raise InvalidResponse("a link points outside the bank's origin")
        return self._get(url)

    # --- extension: session ---------------------------------------------------------------------

    def sign_in(self, username: str, password: str) -> JsonObject:
        body = encode_body({"Data": {"Username": username, "Password": password}})
        return self._post_json(f"{EXT}/auth/sign-in", body, idempotency_key=None, authenticated=False)

    def sign_out(self) -> None:
        # The extension spec gives sign-out no idempotency key: repeating it is harmless.
        self._post(f"{EXT}/auth/sign-out", None, idempotency_key=None)

    # --- AISP -----------------------------------------------------------------------------------

    def create_account_access_consent(self) -> JsonObject:
        body = encode_body({"Data": {"Permissions": list(ACCOUNT_PERMISSIONS)}, "Risk": {}})
        return self._post_json(f"{AISP}/account-access-consents", body, idempotency_key=None)

    def get_account_access_consent(self, consent_id: str) -> JsonObject:
        return self._get(f"{AISP}/account-access-consents/{_seg(consent_id)}")

    def authorise_account_access_consent(self, consent_id: str) -> JsonObject:
        return self._post_json(
            f"{EXT}/consents/{_seg(consent_id)}/authorise", None, idempotency_key=new_idempotency_key()
        )

    def accounts(self) -> JsonObject:
        return self._get(f"{AISP}/accounts")

    def account(self, account_id: str) -> JsonObject:
        return self._get(f"{AISP}/accounts/{_seg(account_id)}")

    def balances(self, account_id: str) -> JsonObject:
        return self._get(f"{AISP}/accounts/{_seg(account_id)}/balances")

    def transactions(
        self,
        account_id: str,
        from_date: date | datetime | None = None,
        to_date: date | datetime | None = None,
    ) -> JsonObject:
        """The first page of an account's transactions; follow ``Links.Next`` with `get_link`."""
        params = {}
        if from_date is not None:
            params["fromBookingDateTime"] = _booking_bound(from_date, end_of_day=False)
        if to_date is not None:
            params["toBookingDateTime"] = _booking_bound(to_date, end_of_day=True)
        return self._get(f"{AISP}/accounts/{_seg(account_id)}/transactions", params or None)

    # Per-account resources: the bank serves the per-account OB endpoints (not the bulk ones).

    def beneficiaries(self, account_id: str) -> JsonObject:
        return self._get(f"{AISP}/accounts/{_seg(account_id)}/beneficiaries")

    def standing_orders(self, account_id: str) -> JsonObject:
        return self._get(f"{AISP}/accounts/{_seg(account_id)}/standing-orders")

    def scheduled_payments(self, account_id: str) -> JsonObject:
        return self._get(f"{AISP}/accounts/{_seg(account_id)}/scheduled-payments")

    def product(self, account_id: str) -> JsonObject:
        return self._get(f"{AISP}/accounts/{_seg(account_id)}/product")

    # --- PISP: domestic payments ----------------------------------------------------------------

    def create_domestic_payment_consent(self, body: bytes, idempotency_key: str) -> JsonObject:
        return self._post_json(
            f"{PISP}/domestic-payment-consents", body, idempotency_key=idempotency_key, signed=True
        )

    def get_domestic_payment_consent(self, consent_id: str) -> JsonObject:
        return self._get(f"{PISP}/domestic-payment-consents/{_seg(consent_id)}")

    def funds_confirmation(self, consent_id: str) -> JsonObject:
        return self._get(f"{PISP}/domestic-payment-consents/{_seg(consent_id)}/funds-confirmation")

    def create_domestic_payment(self, body: bytes, idempotency_key: str) -> JsonObject:
        return self._post_json(
            f"{PISP}/domestic-payments", body, idempotency_key=idempotency_key, payment=True, signed=True
        )

    def get_domestic_payment(self, payment_id: str) -> JsonObject:
        return self._get(f"{PISP}/domestic-payments/{_seg(payment_id)}")

    def domestic_payment_details(self, payment_id: str) -> JsonObject:
        return self._get(f"{PISP}/domestic-payments/{_seg(payment_id)}/payment-details")

    # --- PISP: domestic scheduled payments ------------------------------------------------------

    def create_scheduled_payment_consent(self, body: bytes, idempotency_key: str) -> JsonObject:
        return self._post_json(
            f"{PISP}/domestic-scheduled-payment-consents", body, idempotency_key=idempotency_key, signed=True
        )

    def get_scheduled_payment_consent(self, consent_id: str) -> JsonObject:
        return self._get(f"{PISP}/domestic-scheduled-payment-consents/{_seg(consent_id)}")

    def create_scheduled_payment(self, body: bytes, idempotency_key: str) -> JsonObject:
        return self._post_json(
            f"{PISP}/domestic-scheduled-payments",
            body,
            idempotency_key=idempotency_key,
            payment=True,
            signed=True,
        )

    def get_scheduled_payment(self, payment_id: str) -> JsonObject:
        return self._get(f"{PISP}/domestic-scheduled-payments/{_seg(payment_id)}")

    # --- extension: SCA, payees, billers, cancelling -------------------------------------------

    def start_challenge(self, consent_id: str, channel: str) -> JsonObject:
        body = encode_body({"Data": {"ConsentId": consent_id, "Channel": channel}})
        return self._post_json(f"{EXT}/sca/challenges", body, idempotency_key=new_idempotency_key())

    def verify_challenge(self, challenge_id: str, code: str) -> JsonObject:
        body = encode_body({"Data": {"Code": code}})
        return self._post_json(
            f"{EXT}/sca/challenges/{_seg(challenge_id)}/verify", body, idempotency_key=new_idempotency_key()
        )

    def billers(self) -> JsonObject:
        return self._get(f"{EXT}/billers")

    def add_beneficiary(self, body: bytes, idempotency_key: str) -> JsonObject:
        return self._post_json(f"{EXT}/beneficiaries", body, idempotency_key=idempotency_key)

    def delete_beneficiary(self, beneficiary_id: str) -> None:
        self._delete(f"{EXT}/beneficiaries/{_seg(beneficiary_id)}")

    def cancel_scheduled_payment(self, scheduled_payment_id: str) -> None:
        self._delete(f"{EXT}/scheduled-payments/{_seg(scheduled_payment_id)}")

    # --- extension modules (api/wealth.py, ...): same headers, retries and errors -----------------

    def extension_get(self, path: str) -> JsonObject:
        """GET ``EXT + path``; ``path`` is built by the caller with `quote_segment` for ids."""
        return self._get(f"{EXT}{path}")

    def extension_post(
        self,
        path: str,
        body: bytes,
        *,
        idempotency_key: str,
        moves_money: bool = False,
        authenticated: bool = True,
    ) -> JsonObject:
        """POST ``EXT + path`` with an idempotency key; ``moves_money``: a lost answer is OutcomeUnknown;
        ``authenticated=False`` for the few calls made before sign-in (enrolment)."""
        return self._post_json(
            f"{EXT}{path}",
            body,
            idempotency_key=idempotency_key,
            payment=moves_money,
            authenticated=authenticated,
        )

    def extension_put(self, path: str, body: bytes, *, idempotency_key: str) -> JsonObject:
        """PUT ``EXT + path`` (replace a resource) with an idempotency key."""
        call = Call("PUT", f"{EXT}{path}", content=body, idempotency_key=idempotency_key)
        return _json(self._exchanger.send(call))

    def extension_delete(self, path: str, *, idempotency_key: str | None = None) -> None:
        """DELETE ``EXT + path``; the key for the endpoints whose spec asks for one."""
        self._exchanger.send(Call("DELETE", f"{EXT}{path}", idempotency_key=idempotency_key))


def quote_segment(identifier: str) -> str:
    """A resource id as one URL path segment (for the extension modules' paths)."""
    return _seg(identifier)


MAX_BODY_BYTES = 16 * 1024 * 1024
"""A bigger answer is no bank document we could show; refuse it before parsing."""


def _json(response: httpx.Response) -> JsonObject:
    media_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
    if media_type != "application/json" and not media_type.endswith("+json"):
        raise InvalidResponse(f"HTTP {response.status_code} body is not declared as JSON")
    if len(response.content) > MAX_BODY_BYTES:
        raise InvalidResponse(f"HTTP {response.status_code} body is larger than {MAX_BODY_BYTES} bytes")
    try:
        document = json.loads(
            response.content, object_pairs_hook=_refuse_duplicate_keys, parse_constant=_refuse_constant
        )
    except (ValueError, RecursionError) as exc:  # RecursionError: absurdly deep nesting
        raise InvalidResponse(f"HTTP {response.status_code} body is not JSON") from exc
    if not isinstance(document, dict):
        raise InvalidResponse("the response body is not a JSON object")
    return document


def _refuse_constant(name: str) -> Any:
    """NaN and Infinity are not JSON (RFC 8259), whatever Python's decoder accepts."""
    raise ValueError(f"{name} is not JSON")


def _refuse_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """``{"Amount": "1.00", "Amount": "900.00"}``: which one is true? Neither is shown."""
    document = dict(pairs)
    if len(document) != len(pairs):
        raise ValueError("an object repeats a key")
    return document
