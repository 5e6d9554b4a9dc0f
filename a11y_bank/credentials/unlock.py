"""The password that unlocks a locked app, kept only as a salted PBKDF2 hash in memory.

An idle app locks (a11y_bank/ui/lock.py); the signed-in customer unlocks it with their password. The
check is local: the password itself is never kept, the bank is not asked (unlocking works while the
bank is slow, and does not start a second session), and after `MAX_ATTEMPTS` wrong passwords the check
refuses every further try, so the caller signs out (a stranger at the keyboard cannot keep guessing).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading

__all__ = ["MAX_ATTEMPTS", "UnlockCheck"]

MAX_ATTEMPTS = 5
# Few rounds on purpose: the hash never leaves memory and wrong guesses stop after MAX_ATTEMPTS, so the
# rounds only slow a memory dump, which would hold the tokens anyway; every sign-in pays for them.
_PBKDF2_ROUNDS = 20_000
_SALT_BYTES = 16


def _derive(password: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, _PBKDF2_ROUNDS)


class UnlockCheck:
    """Checks a typed password against the one used to sign in. Thread-safe (checks run on workers)."""

    __slots__ = ("_attempts_left", "_digest", "_lock", "_salt")

    def __init__(self, password: str) -> None:
        self._salt = secrets.token_bytes(_SALT_BYTES)
        self._digest = _derive(password, self._salt)
        self._attempts_left = MAX_ATTEMPTS
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"UnlockCheck(attempts_left={self._attempts_left})"  # never the digest or salt

    @property
    def attempts_left(self) -> int:
        return self._attempts_left

    @property
    def exhausted(self) -> bool:
        """True once MAX_ATTEMPTS wrong passwords were typed: no password unlocks any more."""
        return self._attempts_left <= 0

    def matches(self, password: str) -> bool:
        """True if `password` is the sign-in password; a wrong one uses up an attempt."""
        with self._lock:
            if self.exhausted:
                return False
        right = hmac.compare_digest(_derive(password, self._salt), self._digest)
        with self._lock:
            if right and not self.exhausted:
                self._attempts_left = MAX_ATTEMPTS
                return True
            self._attempts_left = max(self._attempts_left - 1, 0)
            return False
