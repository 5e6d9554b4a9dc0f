"""Secrets at rest: passwords (scrypt), tokens (only their SHA-256 is stored), SCA code binding (HMAC),
and the detached JWS the OB payment specs require on responses.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets


def hash_password(password: str, salt: bytes) -> bytes:
    return hashlib.scrypt(password.encode(), salt=salt, n=2**12, r=8, p=1, dklen=32)


def password_matches(password: str, salt: bytes, expected: bytes) -> bool:
    return hmac.compare_digest(hash_password(password, salt), expected)


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> bytes:
    # Tokens are 256-bit random values, so a plain hash is enough (no salt or stretching needed).
    return hashlib.sha256(token.encode()).digest()


def new_code() -> str:
    return f"{secrets.randbelow(10**6):06d}"


def code_binding(
    key: bytes, code: str, *, amount: str, currency: str, scheme: str, identification: str
) -> bytes:
    """HMAC over the code and what it authorises: change the amount or payee and the code stops working."""
    message = "\x1f".join((code, amount, currency, scheme, identification)).encode()
    return hmac.new(key, message, hashlib.sha256).digest()


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


_JWS_HEADER = _b64url(json.dumps({"alg": "HS256", "kid": "a11y-sandbox", "typ": "JOSE"}).encode())


def detached_jws(key: bytes, body: bytes) -> str:
    """A compact JWS with the payload left out (RFC 7515 appendix F), HS256 with the sandbox's key.

    Real banks sign with PS256 and a published key; the sandbox has no PKI, so the signature proves only that
    the body came from this sandbox unchanged.
    """
    signing_input = f"{_JWS_HEADER}.{_b64url(body)}".encode()
    signature = _b64url(hmac.new(key, signing_input, hashlib.sha256).digest())
    return f"{_JWS_HEADER}..{signature}"


def is_detached_jws(value: str) -> bool:
    """The shape check the sandbox applies to a client's ``x-jws-signature``: ``header..signature``."""
    parts = value.split(".")
    if len(parts) != 3 or parts[1] != "" or not parts[0] or not parts[2]:
        return False
    try:
        header = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
    except (ValueError, json.JSONDecodeError):
        return False
    return isinstance(header, dict) and isinstance(header.get("alg"), str)
