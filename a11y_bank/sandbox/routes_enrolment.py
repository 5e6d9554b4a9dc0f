"""The extension API's enrolment, profile and security routes."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from a11y_bank.sandbox import enrolment, idempotency
from a11y_bank.sandbox.routes_ext import EXT, _once
from a11y_bank.sandbox.validation import idempotency_key
from a11y_bank.sandbox.web import check_rate, json_body, respond, sandbox_of, signed_in

# Enrolment runs before there is a session: idempotency keys are kept under this owner.
ANONYMOUS = "enrolment"


async def _anonymous_once(request: Request, operation: idempotency.Operation) -> Response:
    check_rate(request, f"enrol:{request.client.host if request.client else '-'}")
    key = idempotency_key(request.headers)
    raw, _ = await json_body(request)
    status, result = idempotency.run_once(
        sandbox_of(request), ANONYMOUS, key, route=f"POST {request.url.path}", body=raw, operation=operation
    )
    return respond(request, status, result)


async def start_enrolment(request: Request) -> Response:
    sandbox = sandbox_of(request)
    _, body = await json_body(request)
    return await _anonymous_once(request, lambda conn: (201, enrolment.start_enrolment(sandbox, conn, body)))


async def complete_enrolment(request: Request) -> Response:
    sandbox = sandbox_of(request)
    _, body = await json_body(request)
    enrolment_id = request.path_params["EnrolmentId"]
    return await _anonymous_once(
        request, lambda conn: enrolment.complete_enrolment(sandbox, conn, enrolment_id, body)
    )


async def get_profile(request: Request) -> Response:
    principal = signed_in(request)
    return respond(request, 200, enrolment.get_profile(sandbox_of(request), principal.customer_id))


async def set_accessibility(request: Request) -> Response:
    sandbox = sandbox_of(request)
    return await _once(
        request,
        lambda conn, customer, body: (200, enrolment.set_accessibility(sandbox, conn, customer, body)),
    )


async def create_change(request: Request) -> Response:
    sandbox = sandbox_of(request)
    return await _once(
        request, lambda conn, customer, body: (201, enrolment.create_change(sandbox, conn, customer, body))
    )


async def apply_change(request: Request) -> Response:
    sandbox = sandbox_of(request)
    principal = signed_in(request)
    return await _once(
        request, lambda conn, _customer, body: (201, enrolment.apply_change(sandbox, conn, principal, body))
    )


ROUTES = [
    Route(f"{EXT}/enrolments", start_enrolment, methods=["POST"]),
    Route(f"{EXT}/enrolments/{{EnrolmentId}}/complete", complete_enrolment, methods=["POST"]),
    Route(f"{EXT}/profile", get_profile, methods=["GET"]),
    Route(f"{EXT}/profile/accessibility", set_accessibility, methods=["POST"]),
    Route(f"{EXT}/security/change-consents", create_change, methods=["POST"]),
    Route(f"{EXT}/security/changes", apply_change, methods=["POST"]),
]
