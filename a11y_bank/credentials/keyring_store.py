"""`KeyringStore`: secrets in the operating system's keyring, and only in a secure one.

keyring picks a backend by priority, and on a headless Linux machine with `keyrings.alt` installed
that is a plaintext file (pitfalls §7.1); with nothing installed it is `fail.Keyring` (§7.2); with
two backends it is a chainer that deletes from one store only (§7.4). So this module:

* accepts only backends on an allowlist (macOS Keychain, Windows Credential Manager, Secret
  Service / libsecret, KWallet), looking inside a chainer for one, and uses that backend object
  directly rather than the chainer or keyring's global default;
* otherwise raises `NoSecureBackend`: the caller decides what to do, never a silent plaintext
  fallback. `open_credential_store()` is that decision for the app: keyring, or a memory-only
  session plus the catalogue code of the sentence that tells the user so.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

import keyring
import keyring.errors

from a11y_bank.credentials.store import (
    CredentialStore,
    CredentialStoreError,
    MemoryStore,
    NoSecureBackend,
    SecretTooLarge,
    StoreLocked,
)

__all__ = [
    "PROBE_KEY",
    "SECURE_BACKENDS",
    "KeyringStore",
    "StoreChoice",
    "backend_name",
    "open_credential_store",
    "select_secure_backend",
]

DEFAULT_SERVICE = "a11y_bank"

SECURE_BACKENDS: frozenset[str] = frozenset(
    {
        "keyring.backends.macOS.Keyring",
        "keyring.backends.Windows.WinVaultKeyring",
        "keyring.backends.SecretService.Keyring",
        "keyring.backends.libsecret.Keyring",
        "keyring.backends.kwallet.DBusKeyring",
        "keyring.backends.kwallet.DBusKeyringKWallet4",
    }
)
"""Fully qualified class names of the keyring backends that encrypt at rest."""

_WINDOWS_BACKEND = "keyring.backends.Windows.WinVaultKeyring"
_WINDOWS_BLOB_LIMIT = 2560  # CRED_MAX_CREDENTIAL_BLOB_SIZE, bytes of UTF-16 (pitfalls §7.6)

_T = TypeVar("_T")


class KeyringBackendLike(Protocol):
    """The three calls this module makes on a keyring backend."""

    def get_password(self, service: str, username: str) -> str | None: ...

    def set_password(self, service: str, username: str, password: str) -> None: ...

    def delete_password(self, service: str, username: str) -> None: ...


def backend_name(backend: object) -> str:
    """ "keyring.backends.SecretService.Keyring": module and class, for the allowlist and logs."""
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _candidates(backend: Any) -> Iterable[Any]:
    """The backend itself, or the backends a chainer would use (highest priority first)."""
    chained = getattr(backend, "backends", None)
    if chained is not None and not isinstance(backend, type):
        return list(chained)
    return [backend]


def select_secure_backend(default: Any = None) -> KeyringBackendLike:
    """The first allowlisted backend: `default` (keyring's choice when None) or one in its chain.

    Raises:
        NoSecureBackend: there is none (the message names the backends found, never a secret).
    """
    try:
        chosen = keyring.get_keyring() if default is None else default
    except Exception as exc:  # a backend that fails to initialise is no backend
        raise NoSecureBackend(f"keyring failed to start ({type(exc).__name__})") from None
    candidates = list(_candidates(chosen))
    for candidate in candidates:
        if backend_name(candidate) in SECURE_BACKENDS:
            secure: KeyringBackendLike = candidate
            return secure
    found = ", ".join(backend_name(candidate) for candidate in candidates) or backend_name(chosen)
    raise NoSecureBackend(f"no secure keyring backend (found: {found})")


class KeyringStore:
    """A `CredentialStore` over one secure keyring backend; entries are (service, key).

    Args:
        service: the keyring service name (one per app, or per data dir in tests).
        backend: use this backend object as is (tests, or a caller that already chose one);
            when omitted, `select_secure_backend()` chooses and may raise `NoSecureBackend`.
    """

    def __init__(self, service: str = DEFAULT_SERVICE, backend: KeyringBackendLike | None = None) -> None:
        self._service = service
        self._backend = backend if backend is not None else select_secure_backend()
        self._size_limit = _WINDOWS_BLOB_LIMIT if backend_name(self._backend) == _WINDOWS_BACKEND else None

    @property
    def backend(self) -> str:
        """The backend's class name (safe to log)."""
        return backend_name(self._backend)

    def get(self, key: str) -> str | None:
        return _translate_errors(key, lambda: self._backend.get_password(self._service, key))

    def set(self, key: str, value: str) -> None:
        if not isinstance(value, str):
            raise TypeError(f"secret for {key!r} must be a string")
        if self._size_limit is not None and len(value.encode("utf-16-le")) > self._size_limit:
            raise SecretTooLarge(f"secret for {key!r} is larger than {self.backend} can hold")
        _translate_errors(key, lambda: self._backend.set_password(self._service, key, value))

    def delete(self, key: str) -> None:
        # Deleting what is not there already gives the state we want.
        with contextlib.suppress(_Missing):
            _translate_errors(key, lambda: self._backend.delete_password(self._service, key))

    def __repr__(self) -> str:
        return f"KeyringStore(service={self._service!r}, backend={self.backend!r})"


class _Missing(CredentialStoreError):
    """Internal: delete_password found no such entry."""


def _translate_errors(key: str, call: Callable[[], _T]) -> _T:
    """Run a backend call, turning its exceptions into ours without their messages.

    Backend messages are not passed on (`from None`): third-party backends are free to put
    anything in them, and our messages must never carry a secret.
    """
    try:
        return call()
    except keyring.errors.KeyringLocked:
        raise StoreLocked(f"keyring locked while accessing {key!r}") from None
    except keyring.errors.NoKeyringError:
        raise NoSecureBackend(f"no keyring backend while accessing {key!r}") from None
    except keyring.errors.PasswordDeleteError:
        raise _Missing(key) from None
    except Exception as exc:  # any backend failure (D-Bus, OS errors) is a store failure
        raise CredentialStoreError(f"{type(exc).__name__} while accessing {key!r}") from None


@dataclass(frozen=True, slots=True)
class StoreChoice:
    """What `open_credential_store` picked.

    store: where secrets go. persistent: True for the keyring, False for a memory-only session.
    message_code: catalogue code to tell the user why sign-in will not be remembered (or None).
    """

    store: CredentialStore
    persistent: bool
    message_code: str | None = None


PROBE_KEY = "a11y_bank.probe"
"""Read (never written) at start-up to find a locked or broken keyring before sign-in needs it."""


def open_credential_store(
    service: str = DEFAULT_SERVICE, *, default: Any = None, probe: bool = True
) -> StoreChoice:
    """The keyring if a secure backend exists and answers; otherwise a `MemoryStore` and a message code.

    The memory fallback is deliberate and announced ("credentials.unavailable", or
    "credentials.locked" for a locked keyring), never plaintext. With `probe`, one read of
    `PROBE_KEY` checks the backend works now (a locked Secret Service fails here, not at sign-in).
    `default` stands in for `keyring.get_keyring()` (tests).
    """
    try:
        store = KeyringStore(service, select_secure_backend(default))
        if probe:
            store.get(PROBE_KEY)
    except CredentialStoreError as exc:
        return StoreChoice(MemoryStore(), persistent=False, message_code=exc.message_code)
    return StoreChoice(store, persistent=True)
