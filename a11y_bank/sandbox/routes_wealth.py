"""The extension API's wealth routes (``/a11y-ext/v1/wealth/...``): questionnaire, products, orders."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from a11y_bank.sandbox import wealth
from a11y_bank.sandbox.routes_ext import EXT, _once
from a11y_bank.sandbox.web import respond, sandbox_of, self_link, signed_in

WEALTH = f"{EXT}/wealth"


def _with_links(request: Request, body: dict[str, object]) -> dict[str, object]:
    return {**body, "Links": self_link(request), "Meta": {"TotalPages": 1}}


async def get_questionnaire(request: Request) -> Response:
    signed_in(request)
    return respond(request, 200, _with_links(request, wealth.questionnaire()))


async def create_assessment(request: Request) -> Response:
    sandbox = sandbox_of(request)
    return await _once(
        request, lambda conn, customer, body: (201, wealth.assess(sandbox, conn, customer, body))
    )


async def get_assessment(request: Request) -> Response:
    principal = signed_in(request)
    return respond(request, 200, wealth.current_assessment(sandbox_of(request), principal.customer_id))


async def list_products(request: Request) -> Response:
    signed_in(request)
    return respond(request, 200, _with_links(request, wealth.products(sandbox_of(request))))


async def get_product(request: Request) -> Response:
    signed_in(request)
    return respond(request, 200, wealth.product(sandbox_of(request), request.path_params["ProductId"]))


async def create_order_consent(request: Request) -> Response:
    sandbox = sandbox_of(request)
    return await _once(
        request,
        lambda conn, customer, body: (201, wealth.create_order_consent(sandbox, conn, customer, body)),
    )


async def get_order_consent(request: Request) -> Response:
    principal = signed_in(request)
    consent_id = request.path_params["ConsentId"]
    return respond(
        request, 200, wealth.get_order_consent(sandbox_of(request), principal.customer_id, consent_id)
    )


async def create_order(request: Request) -> Response:
    sandbox = sandbox_of(request)
    return await _once(
        request, lambda conn, customer, body: (201, wealth.create_order(sandbox, conn, customer, body))
    )


async def list_orders(request: Request) -> Response:
    principal = signed_in(request)
    return respond(
        request, 200, _with_links(request, wealth.orders(sandbox_of(request), principal.customer_id))
    )


async def get_order(request: Request) -> Response:
    principal = signed_in(request)
    order_id = request.path_params["OrderId"]
    return respond(request, 200, wealth.get_order(sandbox_of(request), principal.customer_id, order_id))


async def get_holdings(request: Request) -> Response:
    principal = signed_in(request)
    return respond(
        request, 200, _with_links(request, wealth.holdings(sandbox_of(request), principal.customer_id))
    )


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
