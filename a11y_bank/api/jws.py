"""The ``x-jws-signature`` of PISP POSTs: a detached JWS (RFC 7515 appendix F) over the exact body bytes.

OB wants PS256 with a key registered in the OB directory; a first-party desktop app has no such key. We
sign HS256 with a key derived from the session's access token (SHA-256 of it), so a bank that keeps
SHA-256 hashes of its tokens can check that the body is unchanged and came from the token's holder,
and the signature reveals nothing about the token. `TokenAuth` signs at the moment it attaches the token,
so a request replayed after a token refresh is signed with the new token. The sandbox checks the shape.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json

__all__ = ["UNSIGNED", "detached_jws"]

UNSIGNED = "pending"
"""Placeholder header value: "sign this request" (replaced by `TokenAuth` before sending)."""

_HEADER = json.dumps({"alg": "HS256", "kid": "session", "typ": "JOSE"}, separators=(",", ":")).encode()


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def detached_jws(access_token: str, body: bytes) -> str:
    """``header..signature`` for `body`, keyed with SHA-256 of `access_token`."""
    header = _b64url(_HEADER)
    signing_input = f"{header}.{_b64url(body)}".encode("ascii")
    key = hashlib.sha256(access_token.encode()).digest()
    signature = hmac.new(key, signing_input, hashlib.sha256).digest()
    return f"{header}..{_b64url(signature)}"
