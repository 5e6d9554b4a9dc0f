"""When the next payment lifecycle step falls due, kept in memory so most requests skip the scan.

Every authenticated request brings payment lifecycles up to date (`payments.settle_due`). Scanning
for due payments is a write transaction and a join over the payments, and under load it took a third
of the server's time (docs/performance.md) although almost always nothing was due. The earliest due
time is known: `settle_due` records it after each scan and every new payment lowers it, so a request
before that time skips the scan. A scan still happens at least once per `RESCAN_AFTER_S` of real
time, so a payment written by another process into the same database is settled late by at most that.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

RESCAN_AFTER_S = 1.0
NEVER = datetime.max.replace(tzinfo=UTC)


class DueTimes:
    """The earliest time a payment may move; unknown until the first scan."""

    def __init__(self, monotonic: Callable[[], float] = time.monotonic) -> None:
        self._lock = threading.Lock()
        self._next: datetime | None = None  # None: unknown, scan on the next request
        self._settle_delay: timedelta | None = None  # the rule the due time was computed with
        self._scanned_at = 0.0
        self._monotonic = monotonic

    def nothing_due(self, now: datetime, settle_delay: timedelta) -> bool:
        """True when no payment can move at `now`, so the scan may be skipped."""
        with self._lock:
            return (
                self._next is not None
                and now < self._next
                and settle_delay == self._settle_delay  # tests change the rules on a running sandbox
                and self._monotonic() - self._scanned_at < RESCAN_AFTER_S
            )

    def scanned(self, next_due: datetime | None, settle_delay: timedelta) -> None:
        """After a scan, inside its transaction: the earliest remaining due time (None: nothing pending)."""
        with self._lock:
            self._next = NEVER if next_due is None else next_due
            self._settle_delay = settle_delay
            self._scanned_at = self._monotonic()

    def add(self, due: datetime) -> None:
        """A payment that moves at `due` was written (inside its transaction)."""
        with self._lock:
            if self._next is not None and due < self._next:
                self._next = due

    def forget(self) -> None:
        """Scan on the next request."""
        with self._lock:
            self._next = None
