"""Telling the customer when the headphones of a headphones-only voice are unplugged or plugged back in.

`a11y.playback.HeadphoneWatcher` notices the change on its own thread. On an unplug the voice is
stopped right there (an utterance already playing must not go on through the speakers the sink
switched to), then the GUI thread shows the message on the status line and sends it to the screen
reader. The voice is asked too, but it is silent: its player finds no headphones and plays nothing
(`ProcessPlayer.play`), which is the point of the setting. When they come back, the voice says so
through them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from a11y_bank.a11y.announcer import Announcer
from a11y_bank.a11y.playback import HeadphoneWatcher
from a11y_bank.a11y.priority import Priority
from a11y_bank.a11y.speech import SpeechService
from a11y_bank.ui.messages import say

__all__ = ["HeadphoneNotices"]

WatcherFactory = Callable[..., HeadphoneWatcher]


class HeadphoneNotices(QObject):
    """Watches the speech service's route and tells `announcer` when headphones go or come back.

    `announcer` may be a function giving the one to use at that moment (a branch terminal: the
    customer's window while a customer is served, else the terminal's own).
    Create it on the GUI thread; `start()` after the window shows, `stop()` before the speech shuts down.
    """

    changed = Signal(bool)  # emitted on the watcher's thread, delivered on this object's (queued)

    def __init__(
        self,
        speech: SpeechService,
        announcer: Announcer | Callable[[], Announcer],
        parent: QObject | None = None,
        *,
        watcher_factory: WatcherFactory = HeadphoneWatcher,
    ) -> None:
        super().__init__(parent)
        self.speech = speech
        self._announcer = announcer
        self.watcher = watcher_factory(speech.route, self._changed_on_watcher_thread)
        self.changed.connect(self.tell)

    @property
    def announcer(self) -> Announcer:
        return self._announcer if isinstance(self._announcer, Announcer) else self._announcer()

    def start(self) -> None:
        self.watcher.start()

    def stop(self) -> None:
        self.watcher.stop()

    def _changed_on_watcher_thread(self, plugged: bool) -> None:
        if not plugged:
            self.speech.stop()  # thread-safe: drops the queue and ends the player at once
        self.changed.emit(plugged)

    def tell(self, plugged: bool) -> None:
        """Show and announce the change (GUI thread)."""
        announcer = self.announcer
        if not announcer.notice_alive():
            return  # the window it belonged to is gone (the app is closing)
        code = "headphones.connected" if plugged else "headphones.unplugged"
        say(announcer, code, Priority.NOW)
