"""Bank reads whose results are dropped once the widget that asked for them is gone.

`TaskRunner` outlives every screen; a result that arrives after its screen was destroyed (window
closed, test torn down) would otherwise call into a deleted C++ object. `OwnedTasks` runs every read
as cancellable and cancels whatever is still in flight when its owner emits `destroyed`.

(It lives beside the models because those are the UI paths this helper's author owns; it would sit
naturally in `tasks.py` or `Screen` - see the report.)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject

from a11y_bank.tasks import TaskHandle, TaskRunner

__all__ = ["OwnedTasks"]

T = TypeVar("T")


def _cancel_all(handles: list[TaskHandle[Any]]) -> None:
    for handle in handles:
        handle.cancel()
    handles.clear()


class OwnedTasks:
    """Runs reads for `owner` on `runner`; cancels the unfinished ones when `owner` is destroyed."""

    def __init__(self, runner: TaskRunner, owner: QObject) -> None:
        self._runner = runner
        handles: list[TaskHandle[Any]] = []
        self._handles = handles
        # The slot must not reference `owner` (it is being destroyed): it only sees the list.
        owner.destroyed.connect(lambda *_: _cancel_all(handles))

    def run(
        self,
        op: Callable[[], T],
        on_success: Callable[[T], None],
        on_failure: Callable[[BaseException], None],
        *,
        progress_text: str | None = None,
    ) -> TaskHandle[T]:
        self._handles[:] = [handle for handle in self._handles if not handle.done]
        handle = self._runner.run(op, on_success, on_failure, progress_text=progress_text, cancellable=True)
        self._handles.append(handle)
        return handle

    def cancel_all(self) -> None:
        _cancel_all(self._handles)
