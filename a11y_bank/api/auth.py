"""Bearer-token authentication for the bank client, fed from the credential store.

`TokenAuth` is an `httpx.Auth` strategy: it adds ``Authorization: Bearer …`` from the store. It refreshes
(``POST /a11y-ext/v1/auth/refresh``) before sending when the stored expiry says the token is about to
run out, and once more on a 401, replaying the request; if that fails the session is over and it raises
`AuthExpired`. Tokens never leave this module and the store (`a11y_bank.credentials`).
"""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Callable, Generator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import httpx

from a11y_bank.api.errors import AuthExpired, CredentialsUnavailable, InvalidResponse
from a11y_bank.api.jws import detached_jws
from a11y_bank.credentials import CredentialStore, CredentialStoreError, TokenSet, TokenVault
from a11y_bank.credentials.tokens import ACCESS_KEY, REFRESH_KEY

__all__ = ["ACCESS_TOKEN_KEY", "REFRESH_TOKEN_KEY", "SecretStore", "TokenAuth", "TokenGrant", "TokenKeeper"]

ACCESS_TOKEN_KEY = ACCESS_KEY
REFRESH_TOKEN_KEY = REFRESH_KEY
REFRESH_PATH = "/a11y-ext/v1/auth/refresh"

SecretStore = CredentialStore
"""The store the client keeps tokens in (`a11y_bank.credentials.CredentialStore`)."""

Clock = Callable[[], datetime]


def _utc_now() -> datetime:
    return datetime.now(UTC)


@contextmanager
def _store_errors() -> Iterator[None]:
    """A failing keyring becomes a `BankApiError` (with the store's own catalogue sentence)."""
    try:
        yield
    except CredentialStoreError as error:
        raise CredentialsUnavailable(error.message_code, type(error).__name__) from error


@dataclass(frozen=True, slots=True)
class TokenGrant:
    """A parsed token response of sign-in or refresh. Secrets are excluded from repr."""

    access_token: str = field(repr=False)
    refresh_token: str = field(repr=False)
    expires_in: int
    customer_id: str
    display_name: str

    @classmethod
    def from_json(cls, document: Any) -> TokenGrant:
        """Parse ``{"Data": {"AccessToken", "RefreshToken", "ExpiresIn", "TokenType", ...}}`` strictly."""
        data = document.get("Data") if isinstance(document, dict) else None
        if not isinstance(data, dict):
            raise InvalidResponse("token response without Data")
        strings = {}
        for name in ("AccessToken", "RefreshToken", "CustomerId", "DisplayName", "TokenType"):
            value = data.get(name)
            if not isinstance(value, str) or not value:
                raise InvalidResponse(f"token response: {name} missing or not a string")
            strings[name] = value
        expires_in = data.get("ExpiresIn")
        if not isinstance(expires_in, int) or isinstance(expires_in, bool) or expires_in <= 0:
            raise InvalidResponse("token response: ExpiresIn must be a positive integer")
        if strings["TokenType"].lower() != "bearer":
            raise InvalidResponse("token response: TokenType is not Bearer")
        return cls(
            access_token=strings["AccessToken"],
            refresh_token=strings["RefreshToken"],
            expires_in=expires_in,
            customer_id=strings["CustomerId"],
            display_name=strings["DisplayName"],
        )


class TokenKeeper:
    """Reads and writes the session's tokens (and the access token's expiry) in the credential store."""

    def __init__(self, store: SecretStore, clock: Clock = _utc_now) -> None:
        self._store = store
        self._vault = TokenVault(store)
        self._clock = clock

    def access(self) -> str | None:
        with _store_errors():
            return self._store.get(ACCESS_TOKEN_KEY)

    def refresh(self) -> str | None:
        with _store_errors():
            return self._store.get(REFRESH_TOKEN_KEY)

    def expiring(self) -> bool:
        """True when the stored expiry says the access token is (about to be) out of date."""
        with _store_errors():
            tokens = self._vault.load()
        return tokens is not None and tokens.is_expired(self._clock())

    def keep(self, grant: TokenGrant) -> None:
        tokens = TokenSet.from_expires_in(
            grant.access_token, grant.refresh_token, grant.expires_in, now=self._clock()
        )
        with _store_errors():
            self._vault.save(tokens)

    def forget(self) -> None:
        with _store_errors():
            self._vault.clear()


def fresh_interaction_id() -> str:
    """A new `x-fapi-interaction-id` (UUID4) for one request."""
    return str(uuid.uuid4())


def _authorise(request: httpx.Request, access_token: str) -> None:
    """Attach the token, and sign the body with it if the request asks for an ``x-jws-signature``."""
    request.headers["Authorization"] = f"Bearer {access_token}"
    if "x-jws-signature" in request.headers:
        request.headers["x-jws-signature"] = detached_jws(access_token, request.content)


class TokenAuth(httpx.Auth):
    """Adds the bearer token; refreshes it once on 401, then gives up with `AuthExpired`.

    Thread safety: one instance serves every thread of the shared `httpx.Client`. Refreshing is done
    under a lock, and a thread whose token another thread already replaced just uses the new one (the
    bank kills a refresh token once used, so two refreshes would sign us out).
    """

    requires_response_body = True  # the refresh response body carries the new tokens

    def __init__(self, tokens: TokenKeeper) -> None:
        self._tokens = tokens
        self._lock = threading.Lock()

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        used = self._tokens.access()
        if used is None:
            raise AuthExpired("not signed in")
        if self._tokens.expiring():
            used = yield from self._refresh_unless_done(request, used)
        _authorise(request, used)
        response = yield request
        if response.status_code != httpx.codes.UNAUTHORIZED:
            return
        current = yield from self._refresh_unless_done(request, used)
        _authorise(request, current)
        request.headers["x-fapi-interaction-id"] = fresh_interaction_id()
        replayed = yield request
        if replayed.status_code == httpx.codes.UNAUTHORIZED:
            raise AuthExpired("token refused after refresh")

    def _refresh_unless_done(
        self, request: httpx.Request, used: str
    ) -> Generator[httpx.Request, httpx.Response, str]:
        """Refresh, unless another thread already replaced the token `used`; return the token to use."""
        with self._lock:
            current = self._tokens.access()
            if current is None or current == used:
                current = yield from self._refresh(request)
        return current

    def _refresh(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, str]:
        refresh_token = self._tokens.refresh()
        if refresh_token is None:
            raise AuthExpired("no refresh token")
        body = json.dumps({"Data": {"RefreshToken": refresh_token}}).encode()
        refresh_request = httpx.Request(
            "POST",
            request.url.copy_with(path=REFRESH_PATH, query=None),
            content=body,
            headers={
                "Content-Type": "application/json",
                "Accept": "application/json",
                "x-fapi-interaction-id": fresh_interaction_id(),
                "User-Agent": request.headers.get("User-Agent", ""),
            },
        )
        refreshed = yield refresh_request
        if refreshed.status_code not in (httpx.codes.OK, httpx.codes.CREATED):
            self._tokens.forget()
            raise AuthExpired(f"refresh refused with HTTP {refreshed.status_code}")
        try:
            grant = TokenGrant.from_json(refreshed.json())
        except ValueError as exc:  # JSONDecodeError
            raise InvalidResponse("refresh response is not JSON") from exc
        self._tokens.keep(grant)
        return grant.access_token
