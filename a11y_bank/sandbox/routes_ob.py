"""The Open Banking UK v4.0 endpoints the client uses (AISP and PISP subsets)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from a11y_bank.sandbox import aisp, idempotency, payments
from a11y_bank.sandbox.clock import iso, parse_iso
from a11y_bank.sandbox.errors import Code, bad_request
from a11y_bank.sandbox.routes_localised import asked_language, respond_in
from a11y_bank.sandbox.web import (
    json_body,
    require_jws,
    respond,
    sandbox_of,
    self_link,
    signed_in,
)

AISP = "/open-banking/v4.0/aisp"
PISP = "/open-banking/v4.0/pisp"
Handler = Callable[[Request], Awaitable[Response]]


# ---- AISP -----------------------------------------------------------------------------------------------


async def create_access_consent(request: Request) -> Response:
    principal = signed_in(request)
    _, body = await json_body(request)
    result = aisp.create_access_consent(sandbox_of(request), principal.customer_id, body)
    return respond(request, 201, {**result, "Links": self_link(request), "Meta": {}})


async def get_access_consent(request: Request) -> Response:
    principal = signed_in(request)
    sandbox = sandbox_of(request)
    row = aisp.get_access_consent(sandbox, principal.customer_id, request.path_params["ConsentId"])
    return respond(
        request, 200, {**aisp.render_access_consent(sandbox, row), "Links": self_link(request), "Meta": {}}
    )


async def delete_access_consent(request: Request) -> Response:
    principal = signed_in(request)
    aisp.revoke_access_consent(sandbox_of(request), principal.customer_id, request.path_params["ConsentId"])
    return respond(request, 204)


def _read(*permissions: str) -> Callable[[Request], tuple[str, set[str]]]:
    def check(request: Request) -> tuple[str, set[str]]:
        principal = signed_in(request)
        perms = aisp.granted(sandbox_of(request), principal.customer_id)
        aisp.require(perms, *permissions)
        return principal.customer_id, perms

    return check


_accounts_read = _read("ReadAccountsBasic", "ReadAccountsDetail")


def _envelope(
    request: Request, data: dict[str, Any], pages: int = 1, links: dict[str, str] | None = None
) -> dict[str, Any]:
    return {"Data": data, "Links": links or self_link(request), "Meta": {"TotalPages": pages}}


async def list_accounts(request: Request) -> Response:
    customer_id, perms = _accounts_read(request)
    detail = "ReadAccountsDetail" in perms
    rows = aisp.customer_accounts(sandbox_of(request), customer_id)
    return respond(
        request, 200, _envelope(request, {"Account": [aisp.render_account(r, detail) for r in rows]})
    )


async def get_account(request: Request) -> Response:
    customer_id, perms = _accounts_read(request)
    row = aisp.account_of(sandbox_of(request), customer_id, request.path_params["AccountId"])
    account = aisp.render_account(row, "ReadAccountsDetail" in perms)
    return respond(request, 200, _envelope(request, {"Account": [account]}))


async def balances(request: Request) -> Response:
    customer_id, _ = _read("ReadBalances")(request)
    sandbox = sandbox_of(request)
    row = aisp.account_of(sandbox, customer_id, request.path_params["AccountId"])
    data = {"Balance": aisp.render_balances([row], sandbox.clock.now())}
    return respond(request, 200, _envelope(request, data))


def _window(request: Request) -> tuple[str | None, str | None]:
    bounds: list[str | None] = []
    for name in ("fromBookingDateTime", "toBookingDateTime"):
        raw = request.query_params.get(name)
        if raw is None:
            bounds.append(None)
            continue
        try:
            bounds.append(iso(parse_iso(raw)))
        except ValueError:
            raise bad_request(Code.FIELD_INVALID, f"{name} is not a date-time", name) from None
    return bounds[0], bounds[1]


def _page(request: Request) -> int:
    raw = request.query_params.get("page", "1")
    if not raw.isdigit() or not 1 <= int(raw) <= 1_000_000:
        raise bad_request(Code.FIELD_INVALID, "page must be a positive whole number", "page")
    return int(raw)


def _page_links(request: Request, page: int, pages: int) -> dict[str, str]:
    base = str(request.url.replace(query=""))
    params = {k: v for k, v in request.query_params.items() if k != "page"}

    def url(number: int) -> str:
        return f"{base}?{urlencode({**params, 'page': str(number)})}"

    links = {"Self": url(page), "First": url(1), "Last": url(pages)}
    if page > 1:
        links["Prev"] = url(page - 1)
    if page < pages:
        links["Next"] = url(page + 1)
    return links


async def transactions(request: Request) -> Response:
    customer_id, perms = _read("ReadTransactionsBasic", "ReadTransactionsDetail")(request)
    sandbox = sandbox_of(request)
    account = aisp.account_of(sandbox, customer_id, request.path_params["AccountId"])
    page = _page(request)
    items, pages = aisp.transactions_page(sandbox, account, perms, _window(request), page)
    body = _envelope(request, {"Transaction": items}, pages, _page_links(request, page, pages))
    return respond(request, 200, body)


async def beneficiaries(request: Request) -> Response:
    customer_id, perms = _read("ReadBeneficiariesBasic", "ReadBeneficiariesDetail")(request)
    sandbox = sandbox_of(request)
    account = aisp.account_of(sandbox, customer_id, request.path_params["AccountId"])
    items = aisp.render_beneficiaries(sandbox, customer_id, account["id"], "ReadBeneficiariesDetail" in perms)
    return respond(request, 200, _envelope(request, {"Beneficiary": items}))


async def standing_orders(request: Request) -> Response:
    customer_id, perms = _read("ReadStandingOrdersBasic", "ReadStandingOrdersDetail")(request)
    sandbox = sandbox_of(request)
    account = aisp.account_of(sandbox, customer_id, request.path_params["AccountId"])
    items = aisp.render_standing_orders(sandbox, account["id"], "ReadStandingOrdersDetail" in perms)
    return respond(request, 200, _envelope(request, {"StandingOrder": items}))


async def scheduled_payments(request: Request) -> Response:
    customer_id, perms = _read("ReadScheduledPaymentsBasic", "ReadScheduledPaymentsDetail")(request)
    sandbox = sandbox_of(request)
    account = aisp.account_of(sandbox, customer_id, request.path_params["AccountId"])
    items = aisp.render_scheduled(sandbox, account["id"], "ReadScheduledPaymentsDetail" in perms)
    return respond(request, 200, _envelope(request, {"ScheduledPayment": items}))


async def product(request: Request) -> Response:
    customer_id, _ = _read("ReadProducts")(request)
    account = aisp.account_of(sandbox_of(request), customer_id, request.path_params["AccountId"])
    language = asked_language(request)  # the product's name and description are the bank's own text
    body = _envelope(request, {"Product": aisp.render_product(account, language)})
    return respond_in(request, language, 200, body)


# ---- PISP -----------------------------------------------------------------------------------------------


def _idempotent_create(kind: str, make: Callable[..., dict[str, Any]], *, links: bool) -> Handler:
    """POST handler: JWS shape check, then ``make`` once per idempotency key (201 with the resource)."""
    from a11y_bank.sandbox.validation import idempotency_key

    async def handler(request: Request) -> Response:
        principal = signed_in(request)
        key = idempotency_key(request.headers)
        require_jws(request)
        raw, body = await json_body(request)
        sandbox = sandbox_of(request)

        def operation(conn: Any) -> tuple[int, dict[str, Any]]:
            return 201, make(sandbox, conn, principal.customer_id, body, kind)

        status, result = idempotency.run_once(
            sandbox,
            principal.customer_id,
            key,
            route=f"POST {request.url.path}",
            body=raw,
            operation=operation,
        )
        if links and status < 300:
            resource_id = next(iter(result["Data"].values()))
            result = {**result, "Links": {"Self": f"{request.url}/{resource_id}"}, "Meta": {}}
        return respond(request, status, result)

    return handler


def _get_consent(kind: str) -> Handler:
    async def handler(request: Request) -> Response:
        principal = signed_in(request)
        sandbox = sandbox_of(request)
        with sandbox.db.transaction() as conn:
            row = payments.get_consent(conn, principal.customer_id, request.path_params["ConsentId"], kind)
        return respond(request, 200, payments.render_consent(row))

    return handler


async def funds_confirmation(request: Request) -> Response:
    principal = signed_in(request)
    sandbox = sandbox_of(request)
    with sandbox.db.transaction() as conn:
        consent = payments.get_consent(
            conn, principal.customer_id, request.path_params["ConsentId"], payments.DOMESTIC
        )
        available = payments.funds_available(conn, consent)
    data = {
        "FundsAvailableResult": {
            "FundsAvailableDateTime": iso(sandbox.clock.now()),
            "FundsAvailable": available,
        }
    }
    return respond(request, 200, {"Data": data, "Links": self_link(request), "Meta": {}})


def _get_payment(kind: str, id_param: str, *, details: bool = False) -> Handler:
    async def handler(request: Request) -> Response:
        principal = signed_in(request)
        sandbox = sandbox_of(request)
        with sandbox.db.transaction() as conn:
            row = payments.get_payment(conn, principal.customer_id, request.path_params[id_param], kind)
            body = (
                payments.render_payment_details(sandbox, row)
                if details
                else payments.render_payment(sandbox, conn, row)
            )
        return respond(request, 200, {**body, "Links": self_link(request), "Meta": {}})

    return handler


ROUTES = [
    Route(f"{AISP}/account-access-consents", create_access_consent, methods=["POST"]),
    Route(f"{AISP}/account-access-consents/{{ConsentId}}", get_access_consent, methods=["GET"]),
    Route(f"{AISP}/account-access-consents/{{ConsentId}}", delete_access_consent, methods=["DELETE"]),
    Route(f"{AISP}/accounts", list_accounts, methods=["GET"]),
    Route(f"{AISP}/accounts/{{AccountId}}", get_account, methods=["GET"]),
    Route(f"{AISP}/accounts/{{AccountId}}/balances", balances, methods=["GET"]),
    Route(f"{AISP}/accounts/{{AccountId}}/transactions", transactions, methods=["GET"]),
    Route(f"{AISP}/accounts/{{AccountId}}/beneficiaries", beneficiaries, methods=["GET"]),
    Route(f"{AISP}/accounts/{{AccountId}}/standing-orders", standing_orders, methods=["GET"]),
    Route(f"{AISP}/accounts/{{AccountId}}/scheduled-payments", scheduled_payments, methods=["GET"]),
    Route(f"{AISP}/accounts/{{AccountId}}/product", product, methods=["GET"]),
    Route(
        f"{PISP}/domestic-payment-consents",
        _idempotent_create(payments.DOMESTIC, payments.create_consent, links=False),
        methods=["POST"],
    ),
    Route(
        f"{PISP}/domestic-payment-consents/{{ConsentId}}", _get_consent(payments.DOMESTIC), methods=["GET"]
    ),
    Route(
        f"{PISP}/domestic-payment-consents/{{ConsentId}}/funds-confirmation",
        funds_confirmation,
        methods=["GET"],
    ),
    Route(
        f"{PISP}/domestic-payments",
        _idempotent_create(payments.DOMESTIC, payments.create_payment, links=True),
        methods=["POST"],
    ),
    Route(
        f"{PISP}/domestic-payments/{{DomesticPaymentId}}",
        _get_payment(payments.DOMESTIC, "DomesticPaymentId"),
        methods=["GET"],
    ),
    Route(
        f"{PISP}/domestic-payments/{{DomesticPaymentId}}/payment-details",
        _get_payment(payments.DOMESTIC, "DomesticPaymentId", details=True),
        methods=["GET"],
    ),
    Route(
        f"{PISP}/domestic-scheduled-payment-consents",
        _idempotent_create(payments.SCHEDULED, payments.create_consent, links=False),
        methods=["POST"],
    ),
    Route(
        f"{PISP}/domestic-scheduled-payment-consents/{{ConsentId}}",
        _get_consent(payments.SCHEDULED),
        methods=["GET"],
    ),
    Route(
        f"{PISP}/domestic-scheduled-payments",
        _idempotent_create(payments.SCHEDULED, payments.create_payment, links=True),
        methods=["POST"],
    ),
    Route(
        f"{PISP}/domestic-scheduled-payments/{{DomesticScheduledPaymentId}}",
        _get_payment(payments.SCHEDULED, "DomesticScheduledPaymentId"),
        methods=["GET"],
    ),
    Route(
        f"{PISP}/domestic-scheduled-payments/{{DomesticScheduledPaymentId}}/payment-details",
        _get_payment(payments.SCHEDULED, "DomesticScheduledPaymentId", details=True),
        methods=["GET"],
    ),
]
