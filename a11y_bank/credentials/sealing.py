"""Sealing fields written to disk with a per-install key kept in the credential store (keyring).

The payment outbox must keep the exact payment body (payee account number included) to resend it
byte for byte after a crash; sealed, the file holds only ciphertext and the key never touches disk.
AES-256-GCM with a random 96-bit nonce per value; the associated data binds each value to its row and
column, so a sealed value moved to another row or field does not open.
"""

from __future__ import annotations

import base64
import binascii
import secrets

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from a11y_bank.credentials.store import CredentialStore, CredentialStoreError

__all__ = ["OUTBOX_KEY_NAME", "SEALED_PREFIX", "FieldSealer", "SealBroken", "is_sealed"]

OUTBOX_KEY_NAME = "outbox-sealing-key"
SEALED_PREFIX = b"a11y-sealed-v1:"
_KEY_BYTES = 32
_NONCE_BYTES = 12


class SealBroken(CredentialStoreError):
    """A sealed value does not open: sealed with a key this install no longer has, or altered."""


def is_sealed(value: object) -> bool:
    return isinstance(value, bytes) and value.startswith(SEALED_PREFIX)


class FieldSealer:
    """Seals and opens values with one AES-GCM key. The key never appears in repr or errors."""

    __slots__ = ("_aead",)

    def __init__(self, key: bytes) -> None:
        if len(key) != _KEY_BYTES:
            raise ValueError("the sealing key must be 32 bytes")
        self._aead = AESGCM(key)

    def __repr__(self) -> str:
        return "FieldSealer(<key in the credential store>)"

    @classmethod
    def from_store(cls, store: CredentialStore, key_name: str = OUTBOX_KEY_NAME) -> FieldSealer:
        """The sealer whose key is `key_name` in `store`; a new random key is made and kept there
        the first time. A stored key that is not valid base64 of 32 bytes is an error, never replaced
        (replacing it would make every sealed value unreadable)."""
        stored = store.get(key_name)
        if stored is None:
            key = secrets.token_bytes(_KEY_BYTES)
            store.set(key_name, base64.b64encode(key).decode("ascii"))
            return cls(key)
        try:
            key = base64.b64decode(stored.encode("ascii"), validate=True)
        except (binascii.Error, UnicodeEncodeError):
            raise SealBroken(f"the stored {key_name} is not a key") from None
        if len(key) != _KEY_BYTES:
            raise SealBroken(f"the stored {key_name} has the wrong length")
        return cls(key)

    def seal(self, plain: bytes, context: str) -> bytes:
        nonce = secrets.token_bytes(_NONCE_BYTES)
        return SEALED_PREFIX + nonce + self._aead.encrypt(nonce, plain, context.encode("utf-8"))

    def open(self, sealed: bytes, context: str) -> bytes:
        """The plain bytes of `sealed`; SealBroken if it was sealed with another key, for another
        context, or altered."""
        if not is_sealed(sealed):
            raise SealBroken("not a sealed value")
        payload = sealed[len(SEALED_PREFIX) :]
        nonce, ciphertext = payload[:_NONCE_BYTES], payload[_NONCE_BYTES:]
        try:
            return self._aead.decrypt(nonce, ciphertext, context.encode("utf-8"))
        except InvalidTag:
            raise SealBroken(f"a sealed {context.rsplit(':', 1)[-1]} does not open") from None
