"""The credential store protocol, its errors, and the in-memory store.

Secrets (tokens) live only behind this protocol. Error messages name the key or the failure,
never a value.
"""

from __future__ import annotations

import threading
from typing import Protocol, runtime_checkable

__all__ = [
    "CredentialStore",
    "CredentialStoreError",
    "MemoryStore",
    "NoSecureBackend",
    "SecretTooLarge",
    "StoreLocked",
]


@runtime_checkable
class CredentialStore(Protocol):
    """Get, set and delete a secret string by key. `delete` of a missing key is not an error."""

    def get(self, key: str) -> str | None: ...

    def set(self, key: str, value: str) -> None: ...

    def delete(self, key: str) -> None: ...


class CredentialStoreError(Exception):
    """The secret store failed. `message_code` is the catalogue sentence for the user."""

    message_code = "credentials.unavailable"


class NoSecureBackend(CredentialStoreError):
    """No keyring backend on the allowlist is usable (none at all, or only plaintext ones).

    The app then keeps the session in a `MemoryStore` and tells the user (credentials.unavailable).
    """


class StoreLocked(CredentialStoreError):
    """The system keyring is locked (e.g. a headless Secret Service) and could not be unlocked."""

    message_code = "credentials.locked"


class SecretTooLarge(CredentialStoreError):
    """The value is bigger than the backend can hold (Windows Credential Manager: 2560 bytes)."""


class MemoryStore:
    """Secrets in a dict, for tests and for a session on a computer without a secure keyring.

    Nothing is written to disk; everything is gone when the process ends. Thread-safe.
    """

    def __init__(self) -> None:
        self._secrets: dict[str, str] = {}
        self._lock = threading.Lock()

    def get(self, key: str) -> str | None:
        with self._lock:
            return self._secrets.get(key)

    def set(self, key: str, value: str) -> None:
        if not isinstance(value, str):
            raise TypeError(f"secret for {key!r} must be a string")
        with self._lock:
            self._secrets[key] = value

    def delete(self, key: str) -> None:
        with self._lock:
            self._secrets.pop(key, None)

    def keys(self) -> frozenset[str]:
        """The keys held (never the values); for tests and diagnostics."""
        with self._lock:
            return frozenset(self._secrets)

    def __repr__(self) -> str:
        return f"MemoryStore(keys={sorted(self.keys())!r})"
