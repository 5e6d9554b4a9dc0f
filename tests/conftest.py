"""Shared test set-up: Qt runs offscreen (set before any Qt import), and one demo bank per session."""

from __future__ import annotations

import os

# Must happen before PySide6 is imported anywhere (pytest-qt imports it when the plugin loads tests).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ACCESSIBILITY", "1")

from a11y_bank.a11y import qtfix

qtfix.install()
