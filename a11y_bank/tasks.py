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

import itertools
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal, Slot

from a11y_bank.a11y import qtfix
from a11y_bank.a11y.priority import Priority

qtfix.install()  # before any signal is emitted: see qtfix

if TYPE_CHECKING:
    from a11y_bank.a11y.announcer import Announcer

T = TypeVar("T")
SLOW_AFTER_MS = 1000


class _Relay(QObject):
    """One per process, on the GUI thread, never deleted: workers emit, Qt queues the call here.

    Workers never hold a Qt object that a test or a closing window could delete under them: they
    only know a task id. Results for a task nobody waits for any more are dropped.

    Signals:
        finished(int, object, object): task id, result, exception (None on success).
    """

    finished = Signal(int, object, object)

    def __init__(self) -> None:
        super().__init__()
        self.waiting: dict[int, Callable[[object, BaseException | None], None]] = {}
        self.finished.connect(self._dispatch)

    @Slot(int, object, object)
    def _dispatch(self, task_id: int, result: object, error: object) -> None:
        deliver = self.waiting.pop(task_id, None)
        if deliver is not None:
            deliver(result, error if isinstance(error, BaseException) else None)


_relay: _Relay | None = None
_task_ids = itertools.count(1)


def _the_relay() -> _Relay:
    """The process-wide relay, created on first use (from the GUI thread, by a TaskRunner)."""
    global _relay  # noqa: PLW0603 - one relay per process, by design (see _Relay)
    if _relay is None:
        _relay = _Relay()
    return _relay


class TaskHandle(Generic[T]):
    """One running task: `cancel()` it (if cancellable), ask whether it is `done`."""

    def __init__(self, runner: TaskRunner, task_id: int, cancellable: bool) -> None:
        self._runner = runner
        self.task_id = task_id
        self.cancellable = cancellable
        self._cancelled = threading.Event()
        self.done = False
        self.slow = False

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> bool:
        """Stop caring about the result; True if the task was cancellable and not finished.

        A task that has not started yet never runs; one that is running finishes on its worker but
        its result is dropped."""
        if not self.cancellable or self.done:
            return False
        self._cancelled.set()
        self._runner._finish(self)
        return True


def _work(task_id: int, op: Callable[[], Any], cancelled: threading.Event, relay: _Relay) -> None:
    """Runs on a pool thread: only the op, then one emit carrying a plain task id."""
    if cancelled.is_set():
        relay.finished.emit(task_id, None, None)
        return
    try:
        result = op()
    except Exception as exc:  # every failure goes back to the GUI thread
        relay.finished.emit(task_id, None, exc)
    else:
        relay.finished.emit(task_id, result, None)


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
        self._live: dict[int, tuple[TaskHandle[Any], QTimer]] = {}
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
        relay = _the_relay()
        handle: TaskHandle[T] = TaskHandle(self, next(_task_ids), cancellable)

        def deliver(result: object, error: BaseException | None) -> None:
            if not shiboken6.isValid(self) or not self._finish(handle):
                return
            if error is not None:
                on_failure(error)
            else:
                on_success(result)  # type: ignore[arg-type]  # op returned a T

        relay.waiting[handle.task_id] = deliver
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(lambda: self._became_slow(handle, progress_text))
        self._live[handle.task_id] = (handle, timer)
        timer.start(self.slow_after_ms)
        task_id, cancelled = handle.task_id, handle._cancelled  # the worker gets no Qt object
        self.pool.start(lambda: _work(task_id, op, cancelled, relay))
        return handle

    @property
    def busy(self) -> bool:
        return self._slow_count > 0

    def active_count(self) -> int:
        return len(self._live)

    # -- GUI-thread side ----------------------------------------------------------------------

    def _became_slow(self, handle: TaskHandle[Any], progress_text: str | None) -> None:
        if handle.done:
            return
        handle.slow = True
        self._slow_count += 1
        if self._slow_count == 1:
            self.busy_changed.emit(True)
        if progress_text and self.announcer is not None:
            self.announcer.announce(progress_text, Priority.NORMAL)

    def _finish(self, handle: TaskHandle[Any]) -> bool:
        """Forget the task; True if its outcome should be delivered (not cancelled, not twice)."""
        entry = self._live.pop(handle.task_id, None)
        if entry is None:
            return False
        handle.done = True
        _, timer = entry
        timer.stop()
        timer.deleteLater()
        if handle.slow:
            self._slow_count -= 1
            if self._slow_count == 0:
                self.busy_changed.emit(False)
        if handle.cancelled:
            _the_relay().waiting.pop(handle.task_id, None)
            return False
        return True

    def wait_for_all(self, timeout_ms: int = 10_000) -> bool:
        """Block until the pool is idle (shutdown and tests only)."""
        return self.pool.waitForDone(timeout_ms)
