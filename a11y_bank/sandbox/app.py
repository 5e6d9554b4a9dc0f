"""The sandbox ASGI application: routes, OB error handling, access log and (optionally) fault injection."""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from a11y_bank.sandbox import (
    routes_branch,
    routes_cards,
    routes_controls,
    routes_enrolment,
    routes_ext,
    routes_ob,
    routes_preferences,
    routes_wealth,
)
from a11y_bank.sandbox.clock import Clock
from a11y_bank.sandbox.controls import AbortAfterHead, FaultMiddleware, FaultRegistry, RateLimiter
from a11y_bank.sandbox.errors import ApiError, Code
from a11y_bank.sandbox.state import Sandbox, open_sandbox
from a11y_bank.sandbox.web import error_response, respond

access_log = logging.getLogger("a11y_bank.sandbox.access")
error_log = logging.getLogger("a11y_bank.sandbox")


async def _api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return error_response(request, exc)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    return respond(request, exc.status_code)  # OB 404/405 carry no body


async def _internal_error(request: Request, exc: Exception) -> Response:
    if isinstance(exc, AbortAfterHead):  # the drop fault on purpose (logged by FaultMiddleware), not a bug
        return error_response(request, ApiError(500, Code.INTERNAL, "Internal error"))
    error_log.error("internal error on %s %s: %s", request.method, request.url.path, type(exc).__name__)
    return error_response(request, ApiError(500, Code.INTERNAL, "Internal error"))


class AccessLog:
    """One JSON line per request: method, path, status, milliseconds, interaction id. Never headers, query
    strings or bodies, so no token, code or account number can reach the log."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not access_log.isEnabledFor(logging.INFO):
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 0
        interaction = ""

        async def watch(message: Message) -> None:
            nonlocal status, interaction
            if message["type"] == "http.response.start":
                status = message["status"]
                for key, value in message.get("headers", []):
                    if key.lower() == b"x-fapi-interaction-id":
                        interaction = value.decode("latin-1")
            await send(message)

        try:
            await self.app(scope, receive, watch)
        finally:
            access_log.info(
                json.dumps(
                    {
                        "method": scope["method"],
                        "path": scope["path"],
                        "status": status,
                        "ms": round((time.perf_counter() - started) * 1000, 1),
                        "interaction_id": interaction,
                    }
                )
            )


def _matrix_routes(sandbox: Sandbox) -> list[BaseRoute]:
    """The Matrix client-server subset (``/_matrix/...``, owned by the chat work) when it is present."""
    try:
        from a11y_bank.sandbox import matrix
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("a11y_bank.sandbox.matrix"):
            return []  # not built yet
        raise
    return list(matrix.routes(sandbox))


def build_app(sandbox: Sandbox) -> ASGIApp:
    routes: list[BaseRoute] = [
        *routes_ob.ROUTES,
        *routes_ext.ROUTES,
        *routes_wealth.ROUTES,
        *routes_cards.ROUTES,
        *routes_enrolment.ROUTES,
        *routes_preferences.ROUTES,
        *routes_branch.ROUTES,
        *_matrix_routes(sandbox),
    ]
    if sandbox.test_controls:
        routes.extend(routes_controls.ROUTES)
        routes.extend(routes_branch.CONTROL_ROUTES)
    app = Starlette(
        routes=routes,
        exception_handlers={ApiError: _api_error, HTTPException: _http_error, Exception: _internal_error},
    )
    faults = FaultRegistry()
    app.state.sandbox = sandbox
    app.state.faults = faults
    app.state.limiter = RateLimiter(sandbox.rules.rate_per_second, sandbox.rules.rate_burst)
    inner: ASGIApp = FaultMiddleware(app, faults) if sandbox.test_controls else app
    return AccessLog(inner)


def create_app(db_path: Path, *, test_controls: bool = False, clock: Clock | None = None) -> ASGIApp:
    return build_app(open_sandbox(db_path, clock=clock, test_controls=test_controls))
