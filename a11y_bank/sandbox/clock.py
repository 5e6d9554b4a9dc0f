"""The sandbox clock: real time by default, movable by the test controls.

Everything time-dependent in the bank (token expiry, code expiry, payment lifecycle, cut-off, daily limits,
scheduled payments) reads this clock, so tests can move time instead of sleeping.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta


def _real_now() -> datetime:
    return datetime.now(UTC)


class Clock:
    """Real time plus an offset; ``set`` and ``advance`` shift the offset. ``freeze`` stops it (for tests
    that must not race the payment lifecycle) until ``unfreeze``; only ``set``/``advance`` move it then."""

    def __init__(self, source: Callable[[], datetime] = _real_now) -> None:
        self._source = source
        self._offset = timedelta()
        self._frozen_at: datetime | None = None
        self._lock = threading.Lock()

    def now(self) -> datetime:
        with self._lock:
            return self._now()

    def _now(self) -> datetime:
        return self._frozen_at if self._frozen_at is not None else self._source() + self._offset

    def freeze(self) -> None:
        with self._lock:
            self._frozen_at = self._now()

    def unfreeze(self) -> None:
        with self._lock:
            if self._frozen_at is not None:
                self._offset = self._frozen_at - self._source()
                self._frozen_at = None

    @property
    def frozen(self) -> bool:
        return self._frozen_at is not None

    def set(self, when: datetime) -> None:
        if when.tzinfo is None:
            raise ValueError("the sandbox clock needs an aware datetime")
        with self._lock:
            if self._frozen_at is not None:
                self._frozen_at = when
            else:
                self._offset = when - self._source()

    def advance(self, delta: timedelta) -> None:
        with self._lock:
            if self._frozen_at is not None:
                self._frozen_at += delta
            else:
                self._offset += delta


def iso(when: datetime) -> str:
    """ISO 8601 with an explicit offset, as OB date-time fields want."""
    return when.astimezone(UTC).isoformat(timespec="seconds")


def parse_iso(text: str) -> datetime:
    parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
