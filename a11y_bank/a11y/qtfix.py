"""Work around reference-count bugs of PySide6 6.12.0 (abi3 wheel) on Python 3.11.

Measured here (PySide6 6.12.0, CPython 3.11.7): every PySide6 call that returns nothing hands back
`None` without taking a reference to it (`QWidget.setFocus()`, `QCoreApplication.processEvents()`,
`QApplication.setFont()`, ... : `sys.getrefcount(None)` falls by exactly one per call), and
`SignalInstance.emit()` does the same with `True`. CPython 3.12 made these singletons immortal, so the
bug is invisible there; on 3.11 the count reaches zero after a few thousand calls (about 5 000 in a
fresh process) and the interpreter aborts with "Fatal Python error: none_dealloc" (or bool_dealloc).

`install()` probes for the bug once and, only if it is present, makes `None`, `True` and `False`
effectively immortal the way 3.12 does: it adds 2**40 to their reference counts (a leak of a static
singleton that is never freed anyway). Each PySide6 call then costs one of a trillion references.
It is idempotent and is called by every Qt module of the app (announcer, tasks, theme, widgets, app)
and by the test configuration, long before a few thousand calls have been made.

The real fix is a PySide6 release without the bug or Python >= 3.12; then `install()` does nothing.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

IMMORTAL_BOOST = 1 << 40
PROBE_CALLS = 8
_installed = False


class _Probe(QObject):
    ping = Signal()


def _lost_references(singleton: object, call: object) -> int:
    assert callable(call)
    before = sys.getrefcount(singleton)
    for _ in range(PROBE_CALLS):
        call()
    return before - sys.getrefcount(singleton)


def pyside_loses_references() -> bool:
    """True when void PySide6 calls or signal emits drop a reference they never took."""
    probe = _Probe()
    lost_none = _lost_references(None, lambda: probe.setObjectName("probe"))
    lost_true = _lost_references(True, probe.ping.emit)
    return lost_none >= PROBE_CALLS or lost_true >= PROBE_CALLS


def _boost(singleton: object) -> None:
    # ob_refcnt is the first field of every object in release builds of CPython < 3.12.
    refcount = ctypes.c_ssize_t.from_address(id(singleton))
    refcount.value += IMMORTAL_BOOST


def install() -> bool:
    """Apply the workaround if this PySide6/Python pair needs it; returns whether it is active."""
    global _installed  # noqa: PLW0603 - one fix per process
    if _installed:
        return True
    if sys.version_info >= (3, 12) or not pyside_loses_references():
        return False
    for singleton in (None, True, False):
        _boost(singleton)
    _installed = True
    return True
