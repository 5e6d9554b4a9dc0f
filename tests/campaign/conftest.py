"""`--trials N` for a big campaign run by hand (also A11Y_CAMPAIGN_TRIALS); CI uses the small default."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

_ROOT = str(Path(__file__).resolve().parents[2])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--trials",
        type=int,
        default=None,
        help="exactly-once campaign size (default: two rounds of scenarios)",
    )
    parser.addoption("--campaign-seed", type=int, default=None, help="exactly-once campaign random seed")
