"""`MatrixClient`: the Matrix client-server API v3 subset the support chat needs (httpx, no Qt).

Retries: a connection that could not be opened is always retried (nothing reached the server). A request
that may have reached it (read timeout, dropped connection, 5xx) is retried only when repeating it is
harmless: reads, and sends, because a send carries a transaction id and the server turns a repeated
``PUT .../send/{type}/{txnId}`` into the same event. Room creation is not repeated after such a failure.

Thread-safety: one client may be shared by the /sync thread and a sending thread (httpx.Client is).
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import quote

import httpx

from a11y_bank.chat.config import ChatConfig
from a11y_bank.chat.errors import (
    ChatAuthExpired,
    ChatInvalidResponse,
    ChatNotFound,
    ChatOffline,
    ChatRateLimited,
    ChatRejected,
    ChatTimeout,
)
from a11y_bank.chat.models import (
    MESSAGE_TYPE,
    Credentials,
    JsonObject,
    MessagesPage,
    SyncBatch,
    parse_messages,
    parse_sync,
)

__all__ = ["BANK_TOKEN_LOGIN", "SUPPORT_ROOM_DATA", "SUPPORT_ROOM_TAG", "MatrixClient", "new_txn_id"]

API = "/_matrix/client/v3"
BANK_TOKEN_LOGIN = "org.a11ybank.login.bank_token"  # noqa: S105 - a login type name, not a secret
"""Sandbox-only login type: exchange the bank's access token for a chat token of the same customer."""
SUPPORT_ROOM_DATA = "org.a11ybank.support_room"
"""Account-data type remembering the customer's support room, so every device finds the same room."""
SUPPORT_ROOM_TAG = "org.a11ybank.support_room_for"
"""Key in the support room's `m.room.create` content, naming the customer it was made for. A room whose
creation answer was lost (so account data never learnt it) is found by this tag instead of made twice."""
MAX_RETRY_AFTER = 10.0
_CONNECT_FAILURES = (httpx.ConnectError, httpx.ConnectTimeout)
_AMBIGUOUS_FAILURES = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)
Sleep = Callable[[float], None]


def new_txn_id() -> str:
    """A fresh transaction id (32 hex digits): unique per device for the life of the server."""
    return uuid.uuid4().hex


def _path(*parts: str) -> str:
    return API + "".join("/" + quote(part, safe="") for part in parts)


class MatrixClient:
    """Endpoint-per-method client. Log in first (`login_password` / `login_bank_token` / `use`)."""

    def __init__(self, config: ChatConfig, *, sleep: Sleep = time.sleep) -> None:
        self.config = config
        self._sleep = sleep
        self._credentials: Credentials | None = None
        self._lock = threading.Lock()
        self._http = httpx.Client(
            base_url=config.base_url,
            timeout=config.timeout,
            transport=config.transport,
            headers={"User-Agent": config.user_agent},
            follow_redirects=False,
        )

    def close(self) -> None:
        self._http.close()

    # --- session ------------------------------------------------------------------------------

    @property
    def credentials(self) -> Credentials | None:
        return self._credentials

    @property
    def user_id(self) -> str:
        return self._require().user_id

    def use(self, credentials: Credentials) -> None:
        """Use a token obtained earlier (e.g. kept by the app between reconnects)."""
        with self._lock:
            self._credentials = credentials

    def login_password(self, user: str, password: str, *, device_id: str | None = None) -> Credentials:
        """``m.login.password`` with a user identifier; keeps and returns the credentials."""
        body: JsonObject = {
            "type": "m.login.password",
            "identifier": {"type": "m.id.user", "user": user},
            "password": password,
        }
        return self._login(body, device_id)

    def login_bank_token(self, bank_access_token: str, *, device_id: str | None = None) -> Credentials:
        """The sandbox's exchange of a bank session for a chat token (no second password to type)."""
        return self._login({"type": BANK_TOKEN_LOGIN, "token": bank_access_token}, device_id)

    def _login(self, body: JsonObject, device_id: str | None) -> Credentials:
        if device_id is not None:
            body["device_id"] = device_id
        # Repeating a login is harmless (it only mints another token for the same device).
        answer = self._call("POST", API + "/login", body=body, authenticated=False, idempotent=True)
        credentials = Credentials(
            user_id=_text(answer, "user_id"),
            device_id=_text(answer, "device_id"),
            access_token=_text(answer, "access_token"),
        )
        self.use(credentials)
        return credentials

    def logout(self) -> None:
        self._call("POST", API + "/logout", body={}, idempotent=True)
        with self._lock:
            self._credentials = None

    def whoami(self) -> str:
        return _text(self._call("GET", API + "/account/whoami"), "user_id")

    # --- rooms --------------------------------------------------------------------------------

    def create_room(
        self,
        *,
        name: str,
        invite: tuple[str, ...] = (),
        topic: str = "",
        creation_content: Mapping[str, Any] | None = None,
    ) -> str:
        body: JsonObject = {"preset": "private_chat", "name": name, "invite": list(invite), "is_direct": True}
        if topic:
            body["topic"] = topic
        if creation_content:
            body["creation_content"] = dict(creation_content)
        # Not idempotent: a retry after a lost answer could make a second room.
        return _text(self._call("POST", API + "/createRoom", body=body, idempotent=False), "room_id")

    def room_state(self, room_id: str, event_type: str, state_key: str = "") -> JsonObject:
        """The content of one state event; raises `ChatNotFound` when the room has none of that kind."""
        parts = ("rooms", room_id, "state", event_type, *((state_key,) if state_key else ()))
        return self._call("GET", _path(*parts))

    def join_room(self, room_id: str) -> str:
        return _text(self._call("POST", _path("join", room_id), body={}, idempotent=True), "room_id")

    def joined_rooms(self) -> tuple[str, ...]:
        rooms = self._call("GET", API + "/joined_rooms").get("joined_rooms")
        if not isinstance(rooms, list) or not all(isinstance(r, str) for r in rooms):
            raise ChatInvalidResponse("joined_rooms is not a list of strings")
        return tuple(rooms)

    def account_data(self, data_type: str) -> JsonObject:
        """Raises `ChatNotFound` when it was never set."""
        return self._call("GET", _path("user", self.user_id, "account_data", data_type))

    def set_account_data(self, data_type: str, content: Mapping[str, Any]) -> None:
        self._call("PUT", _path("user", self.user_id, "account_data", data_type), body=dict(content))

    def support_room(self, agent_user_id: str, *, name: str = "Support") -> str:
        """The customer's support room: the one remembered in account data, else a joined room tagged as
        theirs at creation (made by an earlier try whose answer was lost), else a new one with the agent.

        Asking again after a failed or timed-out creation therefore never leaves a second, empty room.
        """
        try:
            remembered = self.account_data(SUPPORT_ROOM_DATA).get("room_id")
        except ChatNotFound:
            remembered = None
        joined = self.joined_rooms()
        if isinstance(remembered, str) and remembered in joined:
            return remembered
        room_id = self._tagged_support_room(joined)
        if room_id is None:
            room_id = self.create_room(
                name=name, invite=(agent_user_id,), creation_content={SUPPORT_ROOM_TAG: self.user_id}
            )
        self.set_account_data(SUPPORT_ROOM_DATA, {"room_id": room_id})
        return room_id

    def _tagged_support_room(self, joined: tuple[str, ...]) -> str | None:
        """The first joined room whose creation content names this user as its customer."""
        for room_id in joined:
            try:
                created = self.room_state(room_id, "m.room.create")
            except ChatNotFound:
                continue
            if created.get(SUPPORT_ROOM_TAG) == self.user_id:
                return room_id
        return None

    # --- events -------------------------------------------------------------------------------

    def send_event(self, room_id: str, event_type: str, content: Mapping[str, Any], txn_id: str) -> str:
        """PUT the event under `txn_id`; the same txn id again returns the same event id. Returns it."""
        path = _path("rooms", room_id, "send", event_type, txn_id)
        return _text(self._call("PUT", path, body=dict(content), idempotent=True), "event_id")

    def send_message(self, room_id: str, body: str, txn_id: str) -> str:
        return self.send_event(room_id, MESSAGE_TYPE, {"msgtype": "m.text", "body": body}, txn_id)

    def sync(self, since: str | None = None, *, timeout_ms: int | None = None) -> SyncBatch:
        """One /sync; with `since` the server holds the request up to `timeout_ms` until there is news."""
        wait_ms = self.config.sync_timeout_ms if timeout_ms is None else timeout_ms
        params = {"timeout": str(wait_ms)}
        if since is not None:
            params["since"] = since
        # The read timeout must outlast the server's hold, or every quiet long-poll would look like a failure.
        read_timeout = self.config.timeout + wait_ms / 1000
        document = self._call("GET", API + "/sync", params=params, read_timeout=read_timeout)
        return parse_sync(document)

    def messages(
        self, room_id: str, *, from_token: str | None = None, limit: int = 50, backwards: bool = True
    ) -> MessagesPage:
        """A page of history; walk older pages with ``from_token=page.end`` until `end` is None."""
        params = {"dir": "b" if backwards else "f", "limit": str(limit)}
        if from_token is not None:
            params["from"] = from_token
        return parse_messages(self._call("GET", _path("rooms", room_id, "messages"), params=params), room_id)

    def set_typing(self, room_id: str, typing: bool, *, timeout_ms: int = 10_000) -> None:
        body: JsonObject = {"typing": typing}
        if typing:
            body["timeout"] = timeout_ms
        self._call("PUT", _path("rooms", room_id, "typing", self.user_id), body=body)

    def send_read_receipt(self, room_id: str, event_id: str) -> None:
        self._call("POST", _path("rooms", room_id, "receipt", "m.read", event_id), body={}, idempotent=True)

    # --- plumbing -----------------------------------------------------------------------------

    def _require(self) -> Credentials:
        credentials = self._credentials
        if credentials is None:
            raise ChatAuthExpired("not logged in")
        return credentials

    def _call(
        self,
        method: str,
        path: str,
        *,
        body: JsonObject | None = None,
        params: Mapping[str, str] | None = None,
        authenticated: bool = True,
        idempotent: bool | None = None,
        read_timeout: float | None = None,
    ) -> JsonObject:
        """One request with the retry policy in the module docstring; returns the JSON object answered."""
        repeatable = method in {"GET", "PUT"} if idempotent is None else idempotent
        content = json.dumps(body, ensure_ascii=False).encode() if body is not None else None
        attempts = self.config.max_retries + 1
        for attempt in range(attempts):
            last = attempt == attempts - 1
            request = self._build(
                method,
                path,
                content=content,
                params=params,
                authenticated=authenticated,
                read_timeout=read_timeout,
            )
            try:
                response = self._http.send(request)
            except _CONNECT_FAILURES as exc:
                if last:
                    raise ChatOffline("cannot connect") from exc
            except _AMBIGUOUS_FAILURES as exc:
                if last or not repeatable:
                    error = ChatTimeout if isinstance(exc, httpx.TimeoutException) else ChatOffline
                    raise error(type(exc).__name__) from exc
            else:
                wait = self._retry_wait(response, repeatable=repeatable, last=last)
                if wait is None:
                    return _accept(response)
                self._sleep(wait)
                continue
            self._sleep(self.config.backoff * 2**attempt)
        raise AssertionError("unreachable: the last attempt returns or raises")  # pragma: no cover

    def _build(
        self,
        method: str,
        path: str,
        *,
        content: bytes | None,
        params: Mapping[str, str] | None,
        authenticated: bool,
        read_timeout: float | None,
    ) -> httpx.Request:
        headers = {"Accept": "application/json"}
        if content is not None:
            headers["Content-Type"] = "application/json"
        if authenticated:
            headers["Authorization"] = f"Bearer {self._require().access_token}"
        timeout = httpx.Timeout(self.config.timeout, read=read_timeout or self.config.timeout)
        return self._http.build_request(
            method, path, content=content, params=params, headers=headers, timeout=timeout
        )

    def _retry_wait(self, response: httpx.Response, *, repeatable: bool, last: bool) -> float | None:
        status = response.status_code
        if status == httpx.codes.TOO_MANY_REQUESTS:
            retry_after = _retry_after(response)
            if last or retry_after > MAX_RETRY_AFTER:
                raise ChatRateLimited(retry_after, "M_LIMIT_EXCEEDED")
            return retry_after
        if status >= httpx.codes.INTERNAL_SERVER_ERROR:
            if last or not repeatable:
                raise ChatOffline(f"HTTP {status}")
            return self.config.backoff
        return None


def _retry_after(response: httpx.Response) -> float:
    try:
        ms = response.json().get("retry_after_ms")
    except (ValueError, AttributeError):
        ms = None
    if isinstance(ms, int) and not isinstance(ms, bool) and ms >= 0:
        return ms / 1000
    header = response.headers.get("Retry-After", "")
    return float(header) if header.isdigit() else 1.0


def _errcode(response: httpx.Response) -> str | None:
    try:
        document = response.json()
    except ValueError:
        return None
    code = document.get("errcode") if isinstance(document, dict) else None
    return code if isinstance(code, str) else None


def _accept(response: httpx.Response) -> JsonObject:
    status = response.status_code
    if status == httpx.codes.UNAUTHORIZED:
        raise ChatAuthExpired(_errcode(response) or "HTTP 401")
    if status == httpx.codes.NOT_FOUND:
        raise ChatNotFound(status, _errcode(response))
    if 400 <= status < 500:
        raise ChatRejected(status, _errcode(response))
    if not 200 <= status < 300:
        raise ChatInvalidResponse(f"unexpected HTTP {status}")
    try:
        document = response.json()
    except ValueError:
        raise ChatInvalidResponse("answer is not JSON") from None
    if not isinstance(document, dict):
        raise ChatInvalidResponse("answer is not a JSON object")
    return document


def _text(document: JsonObject, key: str) -> str:
    value = document.get(key)
    if not isinstance(value, str) or not value:
        raise ChatInvalidResponse(f"{key} is missing")
    return value
