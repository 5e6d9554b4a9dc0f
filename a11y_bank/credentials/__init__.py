"""Secret storage: the `CredentialStore` protocol, the keyring store (secure backends only), an
in-memory store, and the session's `TokenSet`. Tokens live only here and never reach a log."""

from a11y_bank.credentials.keyring_store import (
    SECURE_BACKENDS,
    KeyringStore,
    StoreChoice,
    open_credential_store,
    select_secure_backend,
)
from a11y_bank.credentials.store import (
    CredentialStore,
    CredentialStoreError,
    MemoryStore,
    NoSecureBackend,
    SecretTooLarge,
    StoreLocked,
)
from a11y_bank.credentials.tokens import TokenSet, TokenVault

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
