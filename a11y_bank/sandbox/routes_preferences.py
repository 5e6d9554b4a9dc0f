"""The extension API's kept accessibility preferences: GET / PUT / DELETE
``/a11y-ext/v1/profile/accessibility/preferences`` (see sandbox/preferences.py)."""

from __future__ import annotations

import sqlite3
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from a11y_bank.sandbox import idempotency, preferences
from a11y_bank.sandbox.routes_ext import EXT, Operation
from a11y_bank.sandbox.validation import idempotency_key
from a11y_bank.sandbox.web import json_body, respond, sandbox_of, signed_in

PATH = f"{EXT}/profile/accessibility/preferences"


async def _once(request: Request, operation: Operation) -> Response:
    """Like routes_ext._once, keyed by method too: a PUT and a DELETE never share a stored answer."""
    principal = signed_in(request)
    key = idempotency_key(request.headers)
    raw, body = await json_body(request)
    status, result = idempotency.run_once(
        sandbox_of(request),
        principal.customer_id,
        key,
        route=f"{request.method} {request.url.path}",
        body=raw,
        operation=lambda conn: operation(conn, principal.customer_id, body),
    )
    return respond(request, status, result or None)


async def get_preferences(request: Request) -> Response:
    principal = signed_in(request)
    return respond(request, 200, preferences.get_preferences(sandbox_of(request), principal.customer_id))


async def put_preferences(request: Request) -> Response:
    sandbox = sandbox_of(request)
    return await _once(
        request,
        lambda conn, customer, body: (200, preferences.put_preferences(sandbox, conn, customer, body)),
    )


async def delete_preferences(request: Request) -> Response:
    def forget(conn: sqlite3.Connection, customer: str, _body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        preferences.forget(conn, customer)
        return 204, {}

    return await _once(request, forget)


ROUTES = [
    Route(PATH, get_preferences, methods=["GET"]),
    Route(PATH, put_preferences, methods=["PUT"]),
    Route(PATH, delete_preferences, methods=["DELETE"]),
]
