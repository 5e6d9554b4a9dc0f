"""A sandbox clock pinned to business hours, so tests never depend on the time of day they run at.

The sandbox refuses same-day payments after its 22:00 UTC cut-off (U012); a test sandbox on real time would
fail every money-moving test run late in the evening. The pinned clock still ticks (lifecycle steps that wait
real seconds still see time pass) and tests can move it further with ``POST /__sandbox__/clock``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, time

from a11y_bank.sandbox.clock import Clock

BUSINESS_TIME = time(10, 0)


def business_clock(source: Callable[[], datetime] | None = None) -> Clock:
    """A running sandbox clock set to 10:00 UTC on today's date (today as the real clock sees it)."""
    clock = Clock() if source is None else Clock(source)
    today = clock.now().astimezone(UTC).date()
    clock.set(datetime.combine(today, BUSINESS_TIME, tzinfo=UTC))
    return clock
