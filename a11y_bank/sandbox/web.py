"""Request/response plumbing shared by the route modules: JSON bodies, OB headers, auth, errors."""

from __future__ import annotations

import json
import uuid
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from a11y_bank.sandbox import auth, crypto, payments
from a11y_bank.sandbox.controls import RateLimiter
from a11y_bank.sandbox.errors import ApiError, Code, bad_request
from a11y_bank.sandbox.state import Sandbox

PISP = "/open-banking/v4.0/pisp"


def sandbox_of(request: Request) -> Sandbox:
    sandbox: Sandbox = request.app.state.sandbox
    return sandbox


def limiter_of(request: Request) -> RateLimiter:
    limiter: RateLimiter = request.app.state.limiter
    return limiter


def interaction_id(request: Request) -> str:
    cached = getattr(request.state, "interaction_id", None)
    if isinstance(cached, str):
        return cached
    given = request.headers.get("x-fapi-interaction-id", "")
    value = given if 0 < len(given) <= 40 and given.isprintable() else str(uuid.uuid4())
    request.state.interaction_id = value
    return value


def respond(
    request: Request, status: int, body: dict[str, Any] | None = None, headers: dict[str, str] | None = None
) -> Response:
    """A JSON (or empty) response with the OB headers: interaction id, and a JWS on payment paths."""
    content = json.dumps(body, ensure_ascii=False).encode() if body is not None else b""
    out = {"x-fapi-interaction-id": interaction_id(request), **(headers or {})}
    if request.scope["path"].startswith(PISP):  # not request.url: building the URL costs more than this
        out["x-jws-signature"] = crypto.detached_jws(sandbox_of(request).hmac_key, content)
    media = "application/json" if body is not None else None
    return Response(content=content, status_code=status, headers=out, media_type=media)


def error_response(request: Request, error: ApiError) -> Response:
    headers = dict(error.headers)
    return respond(request, error.status, error.body() if error.has_body else None, headers)


async def json_body(request: Request) -> tuple[bytes, dict[str, Any]]:
    raw = await request.body()
    if len(raw) > 64_000:
        raise bad_request(Code.FIELD_INVALID, "Request body is too large")
    try:
        parsed = json.loads(raw or b"{}")
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise bad_request(Code.FIELD_INVALID, "Request body is not valid JSON") from None
    if not isinstance(parsed, dict):
        raise bad_request(Code.FIELD_INVALID, "Request body must be a JSON object")
    return raw, parsed


def check_rate(request: Request, key: bytes | str) -> None:
    wait = limiter_of(request).retry_after(key)
    if wait is not None:
        raise ApiError(429, Code.INTERNAL, "Too many requests", headers={"Retry-After": str(wait)})


def signed_in(request: Request) -> auth.Principal:
    """Authenticate the bearer token, apply its rate limit and bring payment lifecycles up to date."""
    sandbox = sandbox_of(request)
    principal = auth.authenticate(sandbox, request.headers.get("authorization"))
    check_rate(request, principal.token_hash)
    payments.settle_due(sandbox)
    return principal


def require_jws(request: Request) -> None:
    """OB requires ``x-jws-signature`` on payment POSTs; the sandbox checks its detached-JWS shape only."""
    value = request.headers.get("x-jws-signature")
    if not value:
        raise bad_request(Code.HEADER_MISSING, "x-jws-signature header is required", "x-jws-signature")
    if not crypto.is_detached_jws(value):
        raise bad_request(Code.HEADER_INVALID, "x-jws-signature must be a detached JWS", "x-jws-signature")


def self_link(request: Request) -> dict[str, str]:
    return {"Self": str(request.url)}
