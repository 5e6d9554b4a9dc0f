"""What every screen receives: the services, never the main window itself."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from a11y_bank.a11y.announcer import Announcer
    from a11y_bank.a11y.profile import ProfileStore
    from a11y_bank.a11y.speech import SpeechService
    from a11y_bank.api.bank import Bank
    from a11y_bank.settings import Settings
    from a11y_bank.tasks import TaskRunner
    from a11y_bank.ui.theme import Theme


def _nothing() -> None:
    return None


@dataclass
class AppContext:
    """Services shared by the screens.

    bank: the Qt-free facade over the OB client; call it only through `tasks`.
    announcer: the one way to tell the user something (screen reader, voice, status line).
    tasks: runs blocking work on a worker thread and calls back on the GUI thread.
    settings: user preferences (text size, voice, language).
    navigate: switch to a section by its key ("accounts", "history", ...), with optional keyword
        arguments passed to the screen's on_shown(); the main window sets it.
    speech: the voice (None when there is none); the settings screen turns it on and off.
    theme: text size and contrast (None in tests that do not need it).
    save_settings: persist `settings` (the app wires it to Settings.save in the data dir).
    profile: the accessibility profile (theme, verbosity, echo, pitch, volume, time limit); None in
        tests that do not need it. Changes go through `profile.update`, which tells subscribers.
    """

    bank: Bank
    announcer: Announcer
    tasks: TaskRunner
    settings: Settings
    navigate: Callable[..., Any]
    speech: SpeechService | None = None
    theme: Theme | None = None
    save_settings: Callable[[], None] = field(default=_nothing)
    profile: ProfileStore | None = None
