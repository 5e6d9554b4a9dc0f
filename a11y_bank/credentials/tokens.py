"""`TokenSet`: the session's access and refresh tokens with their expiry, and their storage.

The key names match `api.auth` (ACCESS_TOKEN_KEY, REFRESH_TOKEN_KEY), so both see the same
session. Each token is stored as its own entry because Windows Credential Manager holds at most
2560 bytes per entry (pitfalls §7.6).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from a11y_bank.credentials.store import CredentialStore

__all__ = ["ACCESS_KEY", "EXPIRY_KEY", "REFRESH_KEY", "TokenSet", "TokenVault"]

# Names of store entries (not secrets), the same as api.auth uses.
ACCESS_KEY = "bank.access_token"
REFRESH_KEY = "bank.refresh_token"
EXPIRY_KEY = "bank.token_expiry"


@dataclass(frozen=True, slots=True)
class TokenSet:
    """Access token, refresh token and when the access token expires (aware UTC datetime).

    `repr` and `str` show only the expiry: tokens must never reach a log or a traceback.
    """

    access: str = field(repr=False)
    refresh: str = field(repr=False)
    expiry: datetime

    def __post_init__(self) -> None:
        if not self.access or not self.refresh:
            raise ValueError("both tokens must be non-empty")
        if self.expiry.tzinfo is None:
            raise ValueError("expiry must be timezone-aware")

    @classmethod
    def from_expires_in(cls, access: str, refresh: str, expires_in: int, *, now: datetime) -> TokenSet:
        """Build from an OAuth-style `ExpiresIn` (seconds) received at `now`."""
        return cls(access, refresh, now + timedelta(seconds=expires_in))

    def is_expired(self, now: datetime, *, leeway: timedelta = timedelta(seconds=30)) -> bool:
        """True if the access token has expired or will within `leeway` (refresh a little early)."""
        return now + leeway >= self.expiry

    def __repr__(self) -> str:
        return f"TokenSet(access=<hidden>, refresh=<hidden>, expiry={self.expiry.isoformat()})"

    __str__ = __repr__


class TokenVault:
    """Saves, loads and clears a `TokenSet` in a `CredentialStore`."""

    def __init__(self, store: CredentialStore) -> None:
        self._store = store

    def save(self, tokens: TokenSet) -> None:
        self._store.set(ACCESS_KEY, tokens.access)
        self._store.set(REFRESH_KEY, tokens.refresh)
        self._store.set(EXPIRY_KEY, tokens.expiry.astimezone(UTC).isoformat())

    def load(self) -> TokenSet | None:
        """The stored tokens, or None if any part is missing or the expiry is unreadable."""
        access = self._store.get(ACCESS_KEY)
        refresh = self._store.get(REFRESH_KEY)
        expiry_text = self._store.get(EXPIRY_KEY)
        if not (access and refresh and expiry_text):
            return None
        try:
            expiry = datetime.fromisoformat(expiry_text)
            return TokenSet(access, refresh, expiry)
        except ValueError:
            return None

    def clear(self) -> None:
        """Delete every entry (sign-out). Missing entries are fine."""
        for key in (ACCESS_KEY, REFRESH_KEY, EXPIRY_KEY):
            self._store.delete(key)
