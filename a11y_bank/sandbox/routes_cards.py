"""The extension API's card routes (``/a11y-ext/v1/cards``, card actions, credit card repayments)."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from a11y_bank.sandbox import cards
from a11y_bank.sandbox.routes_ext import EXT, _once
from a11y_bank.sandbox.web import respond, sandbox_of, self_link, signed_in


async def list_cards(request: Request) -> Response:
    principal = signed_in(request)
    body = cards.list_cards(sandbox_of(request), principal.customer_id)
    return respond(request, 200, {**body, "Links": self_link(request), "Meta": {"TotalPages": 1}})


async def get_card(request: Request) -> Response:
    principal = signed_in(request)
    return respond(
        request,
        200,
        cards.get_card(sandbox_of(request), principal.customer_id, request.path_params["CardId"]),
    )


async def freeze(request: Request) -> Response:
    sandbox = sandbox_of(request)
    card_id = request.path_params["CardId"]
    return await _once(
        request, lambda conn, customer, _body: (200, cards.freeze(sandbox, conn, customer, card_id))
    )


async def statement(request: Request) -> Response:
    principal = signed_in(request)
    card_id = request.path_params["CardId"]
    return respond(request, 200, cards.statement(sandbox_of(request), principal.customer_id, card_id))


async def create_action_consent(request: Request) -> Response:
    sandbox = sandbox_of(request)
    return await _once(
        request,
        lambda conn, customer, body: (201, cards.create_action_consent(sandbox, conn, customer, body)),
    )


async def execute_action(request: Request) -> Response:
    sandbox = sandbox_of(request)
    return await _once(
        request, lambda conn, customer, body: (201, cards.execute_action(sandbox, conn, customer, body))
    )


async def create_repayment_consent(request: Request) -> Response:
    sandbox = sandbox_of(request)
    return await _once(
        request,
        lambda conn, customer, body: (201, cards.create_repayment_consent(sandbox, conn, customer, body)),
    )


async def execute_repayment(request: Request) -> Response:
    sandbox = sandbox_of(request)
    return await _once(
        request, lambda conn, customer, body: (201, cards.execute_repayment(sandbox, conn, customer, body))
    )


ROUTES = [
    Route(f"{EXT}/cards", list_cards, methods=["GET"]),
    Route(f"{EXT}/cards/{{CardId}}", get_card, methods=["GET"]),
    Route(f"{EXT}/cards/{{CardId}}/freeze", freeze, methods=["POST"]),
    Route(f"{EXT}/cards/{{CardId}}/statement", statement, methods=["GET"]),
    Route(f"{EXT}/card-action-consents", create_action_consent, methods=["POST"]),
    Route(f"{EXT}/card-actions", execute_action, methods=["POST"]),
    Route(f"{EXT}/credit-card-repayment-consents", create_repayment_consent, methods=["POST"]),
    Route(f"{EXT}/credit-card-repayments", execute_repayment, methods=["POST"]),
]
