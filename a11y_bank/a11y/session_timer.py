"""Time limits that never rush anyone (WCAG 2.2.1 Timing Adjustable).

The app's own auto-lock is OFF by default: nothing ends on its own while the user reads or types.
Where a limit exists (auto-lock turned on, or a bank session that expires) the user can lengthen it
from ×1 to ×10 or turn it off, and before it runs out a warning is shown on the status line AND
spoken (through the announcer, at NOW priority), at least `MIN_WARNING_S` ahead. One key (the
"more time" shortcut) or any key press / click restarts the full period.

`schedule()` is the plain arithmetic; `SessionTimer` runs it on Qt timers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QWheelEvent

from a11y_bank.a11y.priority import Priority

MIN_WARNING_S = 20.0
"""WCAG 2.2.1 asks for at least 20 seconds to extend."""
DEFAULT_WARNING_S = 60.0
MULTIPLIER_RANGE = (1, 10)
BASE_AUTO_LOCK_S = 5 * 60.0
"""Auto-lock after five idle minutes at ×1, when the user turns auto-lock on."""
CONTEXT = "SessionTimer"

Announce = Callable[[str, Priority], None]


@dataclass(frozen=True)
class Schedule:
    """When to warn and when the limit runs out, in seconds from now."""

    warn_after_s: float
    expire_after_s: float


def schedule(base_s: float, multiplier: int | None, warning_s: float = DEFAULT_WARNING_S) -> Schedule | None:
    """The warning and expiry times for `base_s` × `multiplier`; None when the limit is off.

    The warning comes `warning_s` (never less than 20 s) before the end; if the whole period is
    shorter than that, it comes at once.
    """
    if multiplier is None:
        return None
    if not MULTIPLIER_RANGE[0] <= multiplier <= MULTIPLIER_RANGE[1]:
        raise ValueError(f"time multiplier must be {MULTIPLIER_RANGE[0]}-{MULTIPLIER_RANGE[1]} or off")
    total = base_s * multiplier
    lead = max(warning_s, MIN_WARNING_S)
    return Schedule(warn_after_s=max(total - lead, 0.0), expire_after_s=total)


class SessionTimer(QObject):
    """An idle limit: warns ahead (shown and spoken), extends on one key, then fires `expired`.

    `base_s` is the limit at ×1; `multiplier` 1-10, or None for no limit (the default).
    User input restarts the period: `watch_input(app)` makes the timer an application event filter
    while a limit runs, and no filter at all while there is none (the default), since an
    application-wide filter costs a Python call for every event of every widget.

    Signals:
        warned(int): seconds left, when the warning is given.
        expired(): the limit ran out (the owner locks or signs out).
    """

    warned = Signal(int)
    expired = Signal()

    def __init__(
        self,
        announce: Announce,
        *,
        base_s: float = BASE_AUTO_LOCK_S,
        multiplier: int | None = None,
        warning_s: float = DEFAULT_WARNING_S,
        more_time_key: str = "F5",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._announce = announce
        self._more_time_key = more_time_key
        self._base_s = base_s
        self._multiplier = multiplier
        self._warning_s = warning_s
        self._warn_timer = _single_shot(self, self._warn)
        self._expire_timer = _single_shot(self, self._expire)
        self._warning_shown = False
        self._input_of: QCoreApplication | None = None
        self._watching = False
        self.restart()

    def watch_input(self, app: QCoreApplication) -> None:
        """Let `app`'s key presses, clicks and wheel turns restart the period, while a limit runs."""
        self._input_of = app
        self._follow_input()

    def _follow_input(self) -> None:
        wanted = self._input_of is not None and self.active
        if wanted == self._watching or self._input_of is None:
            return
        if wanted:
            self._input_of.installEventFilter(self)
        else:
            self._input_of.removeEventFilter(self)
        self._watching = wanted

    @property
    def multiplier(self) -> int | None:
        return self._multiplier

    @property
    def active(self) -> bool:
        return self._expire_timer.isActive()

    @property
    def warning_shown(self) -> bool:
        return self._warning_shown

    def set_multiplier(self, multiplier: int | None) -> None:
        schedule(self._base_s, multiplier, self._warning_s)  # validates
        self._multiplier = multiplier
        self.restart()

    def set_base(self, base_s: float) -> None:
        self._base_s = base_s
        self.restart()

    def restart(self) -> None:
        """Start the full period again (any user activity)."""
        self._warn_timer.stop()
        self._expire_timer.stop()
        self._warning_shown = False
        plan = schedule(self._base_s, self._multiplier, self._warning_s)
        if plan is not None:
            self._warn_timer.start(round(plan.warn_after_s * 1000))
            self._expire_timer.start(round(plan.expire_after_s * 1000))
        self._follow_input()

    def stop(self) -> None:
        self._warn_timer.stop()
        self._expire_timer.stop()
        self._follow_input()

    def extend(self) -> None:
        """The "more time" key: restart the period and say so."""
        was_warned = self._warning_shown
        self.restart()
        if self.active and was_warned:
            #: Said when the user asked for more time before the session locks.
            self._announce(
                QCoreApplication.translate("SessionTimer", "More time given. Take as long as you need."),
                Priority.NOW,
            )

    def seconds_left(self) -> int:
        return max(self._expire_timer.remainingTime(), 0) // 1000 if self.active else -1

    def _warn(self) -> None:
        self._warning_shown = True
        left = max(round(self._expire_timer.remainingTime() / 1000), 0)
        self.warned.emit(left)
        #: Warning before auto-lock; {seconds} is a number, {key} the "more time" key (F5).
        text = QCoreApplication.translate(
            "SessionTimer", "The app locks in {seconds} seconds. Press {key} or any key for more time."
        )
        self._announce(text.format(seconds=left, key=self._more_time_key), Priority.NOW)

    def _expire(self) -> None:
        self._warn_timer.stop()
        self._warning_shown = False
        self._follow_input()
        self.expired.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The event's class first: a cheap test that rules out nearly every event, before its type
        # (a Python enum made from Qt's number on each call).
        if (
            isinstance(event, _INPUT_EVENTS)
            and event.type() in _ACTIVITY
            and self.active
            and watched.isWidgetType()
        ):
            if self._warning_shown:
                self.extend()
            else:
                self.restart()
        return False


_INPUT_EVENTS = (QKeyEvent, QMouseEvent, QWheelEvent)
_ACTIVITY = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel})


def _single_shot(parent: QObject, slot: Callable[[], None]) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.timeout.connect(slot)
    return timer
