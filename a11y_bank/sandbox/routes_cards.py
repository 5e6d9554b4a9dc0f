"""The extension API's card routes (``/a11y-ext/v1/cards``, card actions, credit card repayments).

Card names and the bank's own statement lines come in the language the request asks for
(``Accept-Language``, answered with ``Content-Language``; `sandbox.language`); merchant names stay as sent.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from a11y_bank.sandbox import cards
from a11y_bank.sandbox.routes_ext import EXT
from a11y_bank.sandbox.routes_localised import asked_language, once_in_language, respond_in
from a11y_bank.sandbox.web import sandbox_of, self_link, signed_in


async def list_cards(request: Request) -> Response:
    principal = signed_in(request)
    language = asked_language(request)
    body = cards.list_cards(sandbox_of(request), principal.customer_id, language)
    return respond_in(
        request, language, 200, {**body, "Links": self_link(request), "Meta": {"TotalPages": 1}}
    )


async def get_card(request: Request) -> Response:
    principal = signed_in(request)
    language = asked_language(request)
    body = cards.get_card(sandbox_of(request), principal.customer_id, request.path_params["CardId"], language)
    return respond_in(request, language, 200, body)


async def freeze(request: Request) -> Response:
    sandbox = sandbox_of(request)
    card_id = request.path_params["CardId"]
    return await once_in_language(
        request,
        lambda conn, customer, _body, language: (
            200,
            cards.freeze(sandbox, conn, customer, card_id, language),
        ),
    )


async def statement(request: Request) -> Response:
    principal = signed_in(request)
    language = asked_language(request)
    card_id = request.path_params["CardId"]
    body = cards.statement(sandbox_of(request), principal.customer_id, card_id, language)
    return respond_in(request, language, 200, body)


async def create_action_consent(request: Request) -> Response:
    sandbox = sandbox_of(request)
    return await once_in_language(
        request,
        lambda conn, customer, body, _language: (
            201,
            cards.create_action_consent(sandbox, conn, customer, body),
        ),
    )


async def execute_action(request: Request) -> Response:
    sandbox = sandbox_of(request)
    return await once_in_language(
        request,
        lambda conn, customer, body, language: (
            201,
            cards.execute_action(sandbox, conn, customer, body, language),
        ),
    )


async def create_repayment_consent(request: Request) -> Response:
    sandbox = sandbox_of(request)
    return await once_in_language(
        request,
        lambda conn, customer, body, _language: (
            201,
            cards.create_repayment_consent(sandbox, conn, customer, body),
        ),
    )


async def execute_repayment(request: Request) -> Response:
    sandbox = sandbox_of(request)
    return await once_in_language(
        request,
        lambda conn, customer, body, _language: (201, cards.execute_repayment(sandbox, conn, customer, body)),
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
