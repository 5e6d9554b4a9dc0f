"""The HTTP face of the sandbox homeserver: ``/_matrix/client/versions`` and the v3 subset.

`routes(sandbox)` builds one `Homeserver` and one `SupportAgent` for that sandbox and returns Starlette
routes that hold them (no app.state needed), so the sandbox app and the tests can mount them anywhere.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from a11y_bank.sandbox import auth
from a11y_bank.sandbox.errors import ApiError
from a11y_bank.sandbox.matrix.agent import AgentTiming, SupportAgent
from a11y_bank.sandbox.matrix.errors import MatrixError, bad_json
from a11y_bank.sandbox.matrix.homeserver import Homeserver, StreamToken, validate_content
from a11y_bank.sandbox.state import Sandbox

__all__ = ["BANK_TOKEN_LOGIN", "MatrixService", "build_routes", "routes"]

V3 = "/_matrix/client/v3"
BANK_TOKEN_LOGIN = "org.a11ybank.login.bank_token"  # noqa: S105 - a login type name, not a secret
MAX_SYNC_WAIT_MS = 60_000
Handler = Callable[[Request], Awaitable[Response]]


class MatrixService:
    """The homeserver, its agent and the sandbox they serve (kept on each route's endpoint closure)."""

    def __init__(self, sandbox: Sandbox, timing: AgentTiming | None = None) -> None:
        self.sandbox = sandbox
        self.hs = Homeserver(sandbox.db, clock_ms=lambda: int(sandbox.clock.now().timestamp() * 1000))
        self.agent = SupportAgent(self.hs, timing)

    # --- handlers -----------------------------------------------------------------------------

    async def versions(self, request: Request) -> Response:
        return _ok({"versions": ["v1.1", "v1.2", "v1.3", "v1.4", "v1.5", "v1.6", "v1.7", "v1.8"]})

    async def login_flows(self, request: Request) -> Response:
        return _ok({"flows": [{"type": "m.login.password"}, {"type": BANK_TOKEN_LOGIN}]})

    async def login(self, request: Request) -> Response:
        body = await _body(request)
        device = body.get("device_id") if isinstance(body.get("device_id"), str) else None
        kind = body.get("type")
        if kind == "m.login.password":
            identifier = body.get("identifier") or {}
            user = identifier.get("user") if isinstance(identifier, dict) else None
            user = user or body.get("user")
            password = body.get("password")
            if not isinstance(user, str) or not isinstance(password, str):
                raise bad_json("user and password are required")
            return _ok(self.hs.login_password(user, password, device))
        if kind == BANK_TOKEN_LOGIN:
            token = body.get("token")
            try:
                principal = auth.authenticate(
                    self.sandbox, f"Bearer {token}" if isinstance(token, str) else None
                )
            except ApiError:
                raise MatrixError(403, "M_FORBIDDEN", "The bank session is not valid") from None
            return _ok(self.hs.login_customer(principal.customer_id, device))
        raise MatrixError(400, "M_UNKNOWN", "Unknown login type")

    async def logout(self, request: Request) -> Response:
        self._device(request)
        self.hs.logout(request.headers.get("authorization", ""))
        return _ok({})

    async def whoami(self, request: Request) -> Response:
        device = self._device(request)
        return _ok({"user_id": device.user_id, "device_id": device.device_id})

    async def create_room(self, request: Request) -> Response:
        device = self._device(request)
        body = await _body(request)
        invite = body.get("invite", [])
        if not isinstance(invite, list) or not all(isinstance(u, str) for u in invite):
            raise bad_json("invite must be a list of user ids")
        given = body.get("name")
        name = given if isinstance(given, str) else ""
        creation = body.get("creation_content", {})
        if not isinstance(creation, dict):
            raise bad_json("creation_content must be an object")
        room_id = self.hs.create_room(device, name, invite, validate_content(creation))
        self.agent.room_created(room_id, invite)
        return _ok({"room_id": room_id})

    async def join(self, request: Request) -> Response:
        device = self._device(request)
        room_id = request.path_params["room_id"]
        self.hs.join(device, room_id)
        return _ok({"room_id": room_id})

    async def room_state(self, request: Request) -> Response:
        device = self._device(request)
        params = request.path_params
        content = self.hs.state_content(
            device, params["room_id"], params["event_type"], params.get("state_key", "")
        )
        return _ok(content)

    async def joined_rooms(self, request: Request) -> Response:
        device = self._device(request)
        return _ok({"joined_rooms": self.hs.joined_rooms(device.user_id)})

    async def account_data(self, request: Request) -> Response:
        device = self._device(request)
        user, kind = request.path_params["user_id"], request.path_params["type"]
        if request.method == "GET":
            return _ok(self.hs.account_data(device, user, kind))
        self.hs.set_account_data(device, user, kind, validate_content(await _body(request)))
        return _ok({})

    async def send(self, request: Request) -> Response:
        device = self._device(request)
        params = request.path_params
        content = validate_content(await _body(request))
        event = self.hs.send(device, params["room_id"], params["event_type"], content, params["txn_id"])
        return _ok({"event_id": event.event_id})

    async def messages(self, request: Request) -> Response:
        device = self._device(request)
        query = request.query_params
        direction = query.get("dir", "b")
        if direction not in {"b", "f"}:
            raise MatrixError(400, "M_INVALID_PARAM", "dir must be b or f")
        limit = _int(query.get("limit"), 10)
        page = self.hs.messages(
            device, request.path_params["room_id"], query.get("from"), limit, direction == "b"
        )
        return _ok(page)

    async def typing(self, request: Request) -> Response:
        device = self._device(request)
        body = await _body(request)
        typing = body.get("typing")
        if not isinstance(typing, bool):
            raise bad_json("typing must be true or false")
        timeout = body.get("timeout", 30_000)
        params = request.path_params
        self.hs.set_typing(device, params["room_id"], params["user_id"], typing, _int(timeout, 30_000))
        return _ok({})

    async def receipt(self, request: Request) -> Response:
        device = self._device(request)
        params = request.path_params
        if params["receipt_type"] not in {"m.read", "m.read.private"}:
            raise MatrixError(400, "M_INVALID_PARAM", "Unsupported receipt type")
        self.hs.receipt(device, params["room_id"], params["event_id"])
        return _ok({})

    async def sync(self, request: Request) -> Response:
        """Long-poll: answer at once when there is news (or on a first sync), else wait up to `timeout`."""
        device = self._device(request)
        since = StreamToken.parse(request.query_params.get("since"))
        wait_ms = min(_int(request.query_params.get("timeout"), 0), MAX_SYNC_WAIT_MS)
        deadline = time.monotonic() + wait_ms / 1000
        while True:
            version = self.hs.notifier.version
            body, news = self.hs.sync(device, since)
            remaining = deadline - time.monotonic()
            if news or since is None or remaining <= 0:
                return _ok(body)
            await self.hs.notifier.wait_past(version, remaining)

    # --- plumbing -----------------------------------------------------------------------------

    def _device(self, request: Request) -> Any:
        return self.hs.authenticate(request.headers.get("authorization"))


def _ok(body: dict[str, Any]) -> Response:
    return JSONResponse(body)


def _int(value: Any, default: int) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return default


async def _body(request: Request) -> dict[str, Any]:
    raw = await request.body()
    if len(raw) > 65_536:
        raise MatrixError(413, "M_TOO_LARGE", "Request body is too large")
    try:
        parsed = json.loads(raw or b"{}")
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise MatrixError(400, "M_NOT_JSON", "Request body is not JSON") from None
    return validate_content(parsed)


def _matrix_errors(handler: Handler) -> Handler:
    """Matrix clients expect ``{"errcode", "error"}``, not the sandbox's OB error shape."""

    async def wrapped(request: Request) -> Response:
        try:
            return await handler(request)
        except MatrixError as exc:
            return JSONResponse(exc.body(), status_code=exc.status)
        except asyncio.CancelledError:
            raise

    return wrapped


def routes(sandbox: Sandbox, *, timing: AgentTiming | None = None) -> list[BaseRoute]:
    """The Matrix routes for `sandbox` (mount them in its Starlette app)."""
    return build_routes(MatrixService(sandbox, timing))


def build_routes(svc: MatrixService) -> list[BaseRoute]:
    """The routes of an existing service (tests keep the service to look inside it)."""
    table: list[tuple[str, Handler, list[str]]] = [
        ("/_matrix/client/versions", svc.versions, ["GET"]),
        (f"{V3}/login", svc.login_flows, ["GET"]),
        (f"{V3}/login", svc.login, ["POST"]),
        (f"{V3}/logout", svc.logout, ["POST"]),
        (f"{V3}/account/whoami", svc.whoami, ["GET"]),
        (f"{V3}/createRoom", svc.create_room, ["POST"]),
        (f"{V3}/join/{{room_id}}", svc.join, ["POST"]),
        (f"{V3}/rooms/{{room_id}}/join", svc.join, ["POST"]),
        (f"{V3}/joined_rooms", svc.joined_rooms, ["GET"]),
        (f"{V3}/rooms/{{room_id}}/state/{{event_type}}", svc.room_state, ["GET"]),
        (f"{V3}/rooms/{{room_id}}/state/{{event_type}}/{{state_key}}", svc.room_state, ["GET"]),
        (f"{V3}/user/{{user_id}}/account_data/{{type}}", svc.account_data, ["GET", "PUT"]),
        (f"{V3}/rooms/{{room_id}}/send/{{event_type}}/{{txn_id}}", svc.send, ["PUT"]),
        (f"{V3}/rooms/{{room_id}}/messages", svc.messages, ["GET"]),
        (f"{V3}/rooms/{{room_id}}/typing/{{user_id}}", svc.typing, ["PUT"]),
        (f"{V3}/rooms/{{room_id}}/receipt/{{receipt_type}}/{{event_id}}", svc.receipt, ["POST"]),
        (f"{V3}/sync", svc.sync, ["GET"]),
    ]
    built: list[BaseRoute] = [Route(path, _matrix_errors(h), methods=m) for path, h, m in table]
    return built
