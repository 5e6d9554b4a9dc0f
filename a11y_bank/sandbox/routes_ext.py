"""The extension API (``/a11y-ext/v1``): sign-in, consent authorisation, SCA, payees, billers, cancel."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from a11y_bank.sandbox import aisp, auth, idempotency, payees, payments, sca
from a11y_bank.sandbox.errors import Code, bad_request
from a11y_bank.sandbox.validation import idempotency_key
from a11y_bank.sandbox.web import check_rate, json_body, respond, sandbox_of, self_link, signed_in

EXT = "/a11y-ext/v1"


def _field(body: dict[str, Any], name: str) -> str:
    data = body.get("Data")
    value = data.get(name) if isinstance(data, dict) else None
    if not isinstance(value, str) or not value or len(value) > 256:
        raise bad_request(Code.FIELD_MISSING, f"Data.{name} is required", f"Data.{name}")
    return value


async def sign_in(request: Request) -> Response:
    check_rate(request, f"sign-in:{request.client.host if request.client else '-'}")
    _, body = await json_body(request)
    result = auth.sign_in(sandbox_of(request), _field(body, "Username"), _field(body, "Password"))
    return respond(request, 201, result)


async def refresh(request: Request) -> Response:
    check_rate(request, f"sign-in:{request.client.host if request.client else '-'}")
    _, body = await json_body(request)
    return respond(request, 201, auth.refresh(sandbox_of(request), _field(body, "RefreshToken")))


async def sign_out(request: Request) -> Response:
    principal = signed_in(request)
    auth.sign_out(sandbox_of(request), principal)
    return respond(request, 204)


Operation = Callable[[sqlite3.Connection, str, dict[str, Any]], tuple[int, dict[str, Any]]]


async def _once(request: Request, operation: Operation) -> Response:
    """Authenticate, then run ``operation(conn, customer_id, body)`` once per idempotency key."""
    principal = signed_in(request)
    key = idempotency_key(request.headers)
    raw, body = await json_body(request)
    sandbox = sandbox_of(request)
    status, result = idempotency.run_once(
        sandbox,
        principal.customer_id,
        key,
        route=f"POST {request.url.path}",
        body=raw,
        operation=lambda conn: operation(conn, principal.customer_id, body),
    )
    return respond(request, status, result)


async def authorise_consent(request: Request) -> Response:
    sandbox = sandbox_of(request)
    consent_id = request.path_params["ConsentId"]
    return await _once(
        request,
        lambda conn, customer, _body: (
            200,
            aisp.authorise_access_consent(sandbox, conn, customer, consent_id),
        ),
    )


async def create_challenge(request: Request) -> Response:
    sandbox = sandbox_of(request)
    return await _once(
        request, lambda conn, customer, body: (201, sca.create_challenge(sandbox, conn, customer, body))
    )


async def verify_challenge(request: Request) -> Response:
    sandbox = sandbox_of(request)
    challenge_id = request.path_params["ChallengeId"]
    return await _once(
        request, lambda conn, customer, body: sca.verify(sandbox, conn, customer, challenge_id, body)
    )


async def billers(request: Request) -> Response:
    signed_in(request)
    return respond(
        request,
        200,
        {
            "Data": {"Biller": payees.billers(sandbox_of(request))},
            "Links": self_link(request),
            "Meta": {"TotalPages": 1},
        },
    )


async def create_beneficiary(request: Request) -> Response:
    sandbox = sandbox_of(request)
    return await _once(
        request, lambda conn, customer, body: (201, payees.create_beneficiary(sandbox, conn, customer, body))
    )


async def delete_beneficiary(request: Request) -> Response:
    principal = signed_in(request)
    payees.delete_beneficiary(
        sandbox_of(request), principal.customer_id, request.path_params["BeneficiaryId"]
    )
    return respond(request, 204)


async def cancel_scheduled(request: Request) -> Response:
    principal = signed_in(request)
    payments.cancel_scheduled(
        sandbox_of(request), principal.customer_id, request.path_params["ScheduledPaymentId"]
    )
    return respond(request, 204)


ROUTES = [
    Route(f"{EXT}/auth/sign-in", sign_in, methods=["POST"]),
    Route(f"{EXT}/auth/refresh", refresh, methods=["POST"]),
    Route(f"{EXT}/auth/sign-out", sign_out, methods=["POST"]),
    Route(f"{EXT}/consents/{{ConsentId}}/authorise", authorise_consent, methods=["POST"]),
    Route(f"{EXT}/sca/challenges", create_challenge, methods=["POST"]),
    Route(f"{EXT}/sca/challenges/{{ChallengeId}}/verify", verify_challenge, methods=["POST"]),
    Route(f"{EXT}/billers", billers, methods=["GET"]),
    Route(f"{EXT}/beneficiaries", create_beneficiary, methods=["POST"]),
    Route(f"{EXT}/beneficiaries/{{BeneficiaryId}}", delete_beneficiary, methods=["DELETE"]),
    Route(f"{EXT}/scheduled-payments/{{ScheduledPaymentId}}", cancel_scheduled, methods=["DELETE"]),
]
