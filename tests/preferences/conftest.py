"""Preference tests reuse the sandbox fixtures: a fresh demo bank, a spec-validating client."""

from __future__ import annotations

from tests.sandbox.conftest import bank, client, liwei, template_db

__all__ = ["bank", "client", "liwei", "template_db"]
