"""Kiosk tests: one demo bank with test controls for the module; the repo root on sys.path. The queue
ticket tests reuse the sandbox fixtures: a fresh demo bank per test, a spec-validating client."""

from __future__ import annotations

import sys
from pathlib import Path

_ROOT = str(Path(__file__).resolve().parents[2])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

from tests.sandbox.conftest import bank, client, template_db  # noqa: E402 - after the path is set

__all__ = ["bank", "client", "template_db"]
