"""Test sandboxes run at business time whatever the real time of day (the 22:00 UTC cut-off, U012)."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from typing import Any

from tests.support.clock import BUSINESS_TIME, business_clock

LATE_EVENING = datetime(2026, 11, 23, 23, 30, tzinfo=UTC)


def test_business_clock_moves_a_late_evening_to_ten_in_the_morning_of_the_same_day() -> None:
    clock = business_clock(lambda: LATE_EVENING)
    assert clock.now() == datetime(2026, 11, 23, 10, 0, tzinfo=UTC)


def test_business_clock_keeps_ticking_and_can_be_advanced() -> None:
    real = [LATE_EVENING]
    clock = business_clock(lambda: real[0])
    real[0] += timedelta(seconds=5)
    clock.advance(timedelta(days=1))
    assert clock.now() == datetime(2026, 11, 24, 10, 0, 5, tzinfo=UTC)


def test_the_session_sandbox_runs_at_business_time(sandbox: Any) -> None:
    now = sandbox.sandbox.clock.now()
    started = datetime.combine(now.date(), BUSINESS_TIME, tzinfo=UTC)
    # The session may have run a while, but never anywhere near the cut-off.
    assert started <= now < started + timedelta(hours=2), now
    assert now.time() < time(22, 0)
