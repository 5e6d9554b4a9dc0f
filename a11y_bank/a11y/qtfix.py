"""Work around a reference-count bug in PySide6 6.12.0 signal emission on Python 3.11.

`SignalInstance.emit()` returns `True` without taking a reference to it, so every `.emit(...)` made
from Python drops one reference from the `True` singleton. Python 3.12+ made `True` immortal, but on
3.11 the count reaches zero after a few hundred emits and the interpreter aborts with
"Fatal Python error: bool_dealloc" (measured here: `sys.getrefcount(True)` falls by exactly one per
emit, even with nothing connected; signals emitted by Qt's C++ side are not affected).

`install()` probes for the bug once and, only if it is present, wraps `SignalInstance.emit` so the
missing reference is added back. It is idempotent and is called by every module that emits signals
(announcer, tasks, app) and by the test configuration, before any signal is emitted.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

_installed = False
PROBE_EMITS = 8


class _Probe(QObject):
    ping = Signal()


def emit_steals_a_reference() -> bool:
    """True when emitting a signal from Python loses a reference to the returned `True`."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(PROBE_EMITS):
        probe.ping.emit()
    lost = before - sys.getrefcount(True)
    if lost > 0:
        ctypes.pythonapi.Py_IncRef.argtypes = [ctypes.py_object]
        for _ in range(lost):
            ctypes.pythonapi.Py_IncRef(True)  # give back what the probe took
    return lost >= PROBE_EMITS


def install() -> bool:
    """Patch `SignalInstance.emit` if this PySide6 needs it; returns whether a patch is active."""
    global _installed  # noqa: PLW0603 - one patch per process
    if _installed:
        return True
    if not emit_steals_a_reference():
        return False
    original = SignalInstance.emit
    incref = ctypes.pythonapi.Py_IncRef
    incref.argtypes = [ctypes.py_object]

    def emit(self: SignalInstance, *args: Any) -> Any:
        result = original(self, *args)
        if result is True or result is False:
            incref(result)
        return result

    SignalInstance.emit = emit  # type: ignore[method-assign]
    _installed = True
    return True
