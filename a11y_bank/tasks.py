"""Run blocking work off the GUI thread and get the result back on it (Anki's QueryOp, simplified).

    ctx.tasks.run(
        lambda: ctx.bank.accounts(),          # runs on a QThreadPool worker: never touch widgets here
        on_success=self._show_accounts,       # called on the GUI thread with the result
        on_failure=self._show_error,          # called on the GUI thread with the exception
        progress_text=self.tr("Loading accounts"),
    )

If the work takes longer than `slow_after_ms` (1 s), the progress text is announced and `busy_changed`
turns on so the main window shows its busy indicator. A `cancellable` task can be cancelled: its
result is then discarded (and a task that has not started yet never runs). Only mark reads as
cancellable; an operation that moves money must run to its end so its outcome is known.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

from a11y_bank.a11y.priority import Priority

if TYPE_CHECKING:
    from a11y_bank.a11y.announcer import Announcer

T = TypeVar("T")
SLOW_AFTER_MS = 1000
RELEASE_AFTER_MS = 2000

# Runners with work in flight are kept alive here: a runner (and the relays that are its children)
# freed while a worker still holds them would be emitted on after deletion.
_busy_runners: set[TaskRunner] = set()


def _release_later(obj: object) -> None:
    """Keep `obj` alive for RELEASE_AFTER_MS, then let it go from a plain timer on the GUI thread."""
    keep = [obj]
    QTimer.singleShot(RELEASE_AFTER_MS, keep.clear)


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits, Qt queues the call to this thread.

    Signals:
        done(): the op finished; its outcome waits in the runnable.
    """

    done = Signal()


class TaskHandle(Generic[T]):
    """One running task: `cancel()` it (if cancellable), ask whether it is `done`."""

    def __init__(self, runner: TaskRunner, cancellable: bool) -> None:
        self._runner = runner
        self.cancellable = cancellable
        self._cancelled = threading.Event()
        self.done = False
        self.slow = False
        self._runnable: QRunnable | None = None

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> bool:
        """Stop caring about the result; True if the task was cancellable and not finished."""
        if not self.cancellable or self.done:
            return False
        self._cancelled.set()
        if self._runnable is not None and self._runner.pool.tryTake(self._runnable):
            self._runner._finish(self)  # never started: nothing will come back
        return True


class _Runnable(QRunnable):
    def __init__(self, op: Callable[[], Any], relay: _Relay, cancelled: threading.Event) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the runner keeps it until the result is delivered
        self._op = op
        self._relay = relay
        self._cancelled = cancelled  # not the handle: no reference cycle, no QObject, reaches the worker
        self.result: Any = None
        self.error: Exception | None = None

    def run(self) -> None:
        # The outcome stays in this object, which the GUI thread owns and frees; the signal carries
        # nothing. So no reference the op made (an exception's traceback holds its frames, and with
        # them the screen that started it) can be the last one on this worker thread: a QObject
        # freed here would leave its timers registered on the GUI thread and crash the next tick.
        if not self._cancelled.is_set():
            try:
                self.result = self._op()
            except Exception as exc:  # every failure goes back to the GUI thread
                self.error = exc
        self._relay.done.emit()


class TaskRunner(QObject):
    """Runs operations on a thread pool and delivers their outcome on the GUI thread.

    Signals:
        busy_changed(bool): True when some task has been running for longer than a second,
            False when none is slow any more.
    """

    busy_changed = Signal(bool)

    def __init__(
        self,
        announcer: Announcer | None = None,
        *,
        pool: QThreadPool | None = None,
        slow_after_ms: int = SLOW_AFTER_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.announcer = announcer
        self.pool = pool or QThreadPool.globalInstance()
        self.slow_after_ms = slow_after_ms
        self._live: dict[int, tuple[TaskHandle[Any], _Relay, QRunnable, QTimer]] = {}
        self._slow_count = 0

    def run(
        self,
        op: Callable[[], T],
        on_success: Callable[[T], None],
        on_failure: Callable[[BaseException], None],
        *,
        progress_text: str | None = None,
        cancellable: bool = False,
    ) -> TaskHandle[T]:
        """Run `op` on a worker thread; call `on_success(result)` or `on_failure(exc)` on this thread."""
        handle: TaskHandle[T] = TaskHandle(self, cancellable)
        relay = _Relay(self)
        runnable = _Runnable(op, relay, handle._cancelled)
        relay.done.connect(lambda: self._delivered(handle, runnable, on_success, on_failure))
        handle._runnable = runnable
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(lambda: self._became_slow(handle, progress_text))
        self._live[id(handle)] = (handle, relay, runnable, timer)
        _busy_runners.add(self)
        timer.start(self.slow_after_ms)
        self.pool.start(runnable)
        return handle

    @property
    def busy(self) -> bool:
        return self._slow_count > 0

    def active_count(self) -> int:
        return len(self._live)

    # -- GUI-thread side ----------------------------------------------------------------------

    @Slot()
    def _became_slow(self, handle: TaskHandle[Any], progress_text: str | None) -> None:
        if handle.done:
            return
        handle.slow = True
        self._slow_count += 1
        if self._slow_count == 1:
            self.busy_changed.emit(True)
        if progress_text and self.announcer is not None:
            self.announcer.announce(progress_text, Priority.NORMAL)

    def _delivered(
        self,
        handle: TaskHandle[T],
        runnable: _Runnable,
        on_success: Callable[[T], None],
        on_failure: Callable[[BaseException], None],
    ) -> None:
        result, error = runnable.result, runnable.error
        runnable.result = runnable.error = None
        if not self._finish(handle):
            return
        if error is not None:
            on_failure(error)
        else:
            on_success(result)

    def _finish(self, handle: TaskHandle[Any]) -> bool:
        """Forget the task; True if its outcome should be delivered (not cancelled, not twice)."""
        entry = self._live.pop(id(handle), None)
        if entry is None:
            return False
        handle.done = True
        handle._runnable = None
        _, relay, runnable, timer = entry
        timer.stop()
        timer.deleteLater()
        relay.deleteLater()
        # The worker may still be returning from run() right after its emit: free the runnable
        # (and the op's closure) on the GUI thread, a moment later, never under the worker.
        _release_later(runnable)
        if not self._live and self in _busy_runners:
            # Not now: this very call may come from a signal of a relay that is our child.
            _busy_runners.discard(self)
            _release_later(self)
        if handle.slow:
            self._slow_count -= 1
            if self._slow_count == 0:
                self.busy_changed.emit(False)
        return not handle.cancelled

    def wait_for_all(self, timeout_ms: int = 10_000) -> bool:
        """Block until the pool is idle (shutdown and tests only)."""
        return self.pool.waitForDone(timeout_ms)
