"""Secret storage: the `CredentialStore` protocol, the keyring store (secure backends only), an
in-memory store, and the session's `TokenSet`. Tokens live only here and never reach a log."""

from typing import TYPE_CHECKING, Any

from a11y_bank.credentials.store import (
    CredentialStore,
    CredentialStoreError,
    MemoryStore,
    NoSecureBackend,
    SecretTooLarge,
    StoreLocked,
)
from a11y_bank.credentials.tokens import TokenSet, TokenVault

if TYPE_CHECKING:
    from a11y_bank.credentials.keyring_store import (
        SECURE_BACKENDS,
        KeyringStore,
        StoreChoice,
        open_credential_store,
        select_secure_backend,
    )

_FROM_KEYRING_STORE = frozenset(
    {"SECURE_BACKENDS", "KeyringStore", "StoreChoice", "open_credential_store", "select_secure_backend"}
)


def __getattr__(name: str) -> Any:
    # keyring and its backends take ~25-60 ms to import; a run that keeps tokens in memory never needs them.
    if name in _FROM_KEYRING_STORE:
        from a11y_bank.credentials import keyring_store

        return getattr(keyring_store, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "SECURE_BACKENDS",
    "CredentialStore",
    "CredentialStoreError",
    "KeyringStore",
    "MemoryStore",
    "NoSecureBackend",
    "SecretTooLarge",
    "StoreChoice",
    "StoreLocked",
    "TokenSet",
    "TokenVault",
    "open_credential_store",
    "select_secure_backend",
]
