"""Branch queue tickets in the extension API (``/a11y-ext/v1/branch/queue-tickets``; see branch_queue.py),
and the test control that plays the staff member calling the next ticket."""

from __future__ import annotations

import sqlite3
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from a11y_bank.sandbox import branch_queue, idempotency
from a11y_bank.sandbox.language import negotiate
from a11y_bank.sandbox.routes_ext import EXT
from a11y_bank.sandbox.validation import idempotency_key
from a11y_bank.sandbox.web import json_body, respond, sandbox_of, signed_in

TICKETS = f"{EXT}/branch/queue-tickets"
CONTROL = "/__sandbox__/branch/call-next"


async def take_ticket(request: Request) -> Response:
    principal = signed_in(request)
    key = idempotency_key(request.headers)
    raw, body = await json_body(request)
    sandbox = sandbox_of(request)
    language = negotiate(request.headers.get("accept-language"))  # the SMS is written in it

    def operation(conn: sqlite3.Connection) -> tuple[int, dict[str, Any]]:
        return 201, branch_queue.take_ticket(sandbox, conn, principal.customer_id, body, language)

    status, result = idempotency.run_once(
        sandbox, principal.customer_id, key, route=f"POST {TICKETS}", body=raw, operation=operation
    )
    return respond(request, status, result, {"Content-Language": language})


async def get_ticket(request: Request) -> Response:
    principal = signed_in(request)
    ticket_id = request.path_params["TicketId"]
    return respond(
        request, 200, branch_queue.get_ticket(sandbox_of(request), principal.customer_id, ticket_id)
    )


async def call_next(request: Request) -> Response:
    """Staff only (a staff member's own session): the desk's previous ticket is done, the next is called."""
    principal = signed_in(request)
    key = idempotency_key(request.headers)
    raw, body = await json_body(request)
    sandbox = sandbox_of(request)

    def operation(conn: sqlite3.Connection) -> tuple[int, dict[str, Any]]:
        branch_queue.require_staff(conn, principal.customer_id)
        return branch_queue.call_next(sandbox, conn, body)

    status, result = idempotency.run_once(
        sandbox, principal.customer_id, key, route=f"POST {TICKETS}/call-next", body=raw, operation=operation
    )
    return respond(request, status, result)


async def control_call_next(request: Request) -> Response:
    """``POST /__sandbox__/branch/call-next`` (test controls only): the same staff action, no session."""
    _, body = await json_body(request)
    sandbox = sandbox_of(request)
    with sandbox.db.transaction() as conn:
        status, result = branch_queue.call_next(sandbox, conn, body)
    return respond(request, status, result)


ROUTES = [
    Route(TICKETS, take_ticket, methods=["POST"]),
    Route(f"{TICKETS}/call-next", call_next, methods=["POST"]),
    Route(TICKETS + "/{TicketId}", get_ticket, methods=["GET"]),
]
CONTROL_ROUTES = [Route(CONTROL, control_call_next, methods=["POST"])]
