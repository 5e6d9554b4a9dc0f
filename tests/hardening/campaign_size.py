"""Fast sizes in CI, long sizes with ``A11Y_HARDENING=long`` (the long run of each campaign)."""

from __future__ import annotations

import os

LONG = os.environ.get("A11Y_HARDENING", "").lower() == "long"


def size(fast: int, long: int) -> int:
    """`fast` in CI, `long` when the long campaign was asked for."""
    return long if LONG else fast
