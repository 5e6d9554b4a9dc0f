"""The extension API's wealth routes (``/a11y-ext/v1/wealth/...``): questionnaire, products, orders.

Product names, terms and sheets and the questionnaire's text come in the language the request asks for
(``Accept-Language``, answered with ``Content-Language``; `sandbox.language`).
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from a11y_bank.sandbox import wealth
from a11y_bank.sandbox.routes_ext import EXT
from a11y_bank.sandbox.routes_localised import asked_language, once_in_language, respond_in
from a11y_bank.sandbox.web import sandbox_of, self_link, signed_in

WEALTH = f"{EXT}/wealth"


def _with_links(request: Request, body: dict[str, object]) -> dict[str, object]:
    return {**body, "Links": self_link(request), "Meta": {"TotalPages": 1}}


async def get_questionnaire(request: Request) -> Response:
    signed_in(request)
    language = asked_language(request)
    return respond_in(request, language, 200, _with_links(request, wealth.questionnaire(language)))


async def create_assessment(request: Request) -> Response:
    sandbox = sandbox_of(request)
    return await once_in_language(
        request, lambda conn, customer, body, _language: (201, wealth.assess(sandbox, conn, customer, body))
    )


async def get_assessment(request: Request) -> Response:
    principal = signed_in(request)
    body = wealth.current_assessment(sandbox_of(request), principal.customer_id)
    return respond_in(request, asked_language(request), 200, body)


async def list_products(request: Request) -> Response:
    signed_in(request)
    language = asked_language(request)
    body = _with_links(request, wealth.products(sandbox_of(request), language))
    return respond_in(request, language, 200, body)


async def get_product(request: Request) -> Response:
    signed_in(request)
    language = asked_language(request)
    body = wealth.product(sandbox_of(request), request.path_params["ProductId"], language)
    return respond_in(request, language, 200, body)


async def create_order_consent(request: Request) -> Response:
    sandbox = sandbox_of(request)
    return await once_in_language(
        request,
        lambda conn, customer, body, language: (
            201,
            wealth.create_order_consent(sandbox, conn, customer, body, language),
        ),
    )


async def get_order_consent(request: Request) -> Response:
    principal = signed_in(request)
    language = asked_language(request)
    consent_id = request.path_params["ConsentId"]
    body = wealth.get_order_consent(sandbox_of(request), principal.customer_id, consent_id, language)
    return respond_in(request, language, 200, body)


async def create_order(request: Request) -> Response:
    sandbox = sandbox_of(request)
    return await once_in_language(
        request,
        lambda conn, customer, body, language: (
            201,
            wealth.create_order(sandbox, conn, customer, body, language),
        ),
    )


async def list_orders(request: Request) -> Response:
    principal = signed_in(request)
    language = asked_language(request)
    body = _with_links(request, wealth.orders(sandbox_of(request), principal.customer_id, language))
    return respond_in(request, language, 200, body)


async def get_order(request: Request) -> Response:
    principal = signed_in(request)
    language = asked_language(request)
    order_id = request.path_params["OrderId"]
    body = wealth.get_order(sandbox_of(request), principal.customer_id, order_id, language)
    return respond_in(request, language, 200, body)


async def get_holdings(request: Request) -> Response:
    principal = signed_in(request)
    language = asked_language(request)
    body = _with_links(request, wealth.holdings(sandbox_of(request), principal.customer_id, language))
    return respond_in(request, language, 200, body)


ROUTES = [
    Route(f"{WEALTH}/questionnaire", get_questionnaire, methods=["GET"]),
    Route(f"{WEALTH}/risk-assessments", create_assessment, methods=["POST"]),
    Route(f"{WEALTH}/risk-assessment", get_assessment, methods=["GET"]),
    Route(f"{WEALTH}/products", list_products, methods=["GET"]),
    Route(f"{WEALTH}/products/{{ProductId}}", get_product, methods=["GET"]),
    Route(f"{WEALTH}/order-consents", create_order_consent, methods=["POST"]),
    Route(f"{WEALTH}/order-consents/{{ConsentId}}", get_order_consent, methods=["GET"]),
    Route(f"{WEALTH}/orders", create_order, methods=["POST"]),
    Route(f"{WEALTH}/orders", list_orders, methods=["GET"]),
    Route(f"{WEALTH}/orders/{{OrderId}}", get_order, methods=["GET"]),
    Route(f"{WEALTH}/holdings", get_holdings, methods=["GET"]),
]
