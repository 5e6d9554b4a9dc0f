"""What every screen receives: the services, never the main window itself."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from a11y_bank.a11y.announcer import Announcer
    from a11y_bank.api.bank import Bank
    from a11y_bank.settings import Settings
    from a11y_bank.tasks import TaskRunner


@dataclass
class AppContext:
    """Services shared by the screens.

    bank: the Qt-free facade over the OB client; call it only through `tasks`.
    announcer: the one way to tell the user something (screen reader, voice, status line).
    tasks: runs blocking work on a worker thread and calls back on the GUI thread.
    settings: user preferences (text size, voice, language).
    navigate: switch to a section by its key ("accounts", "history", ...), with optional arguments.
    """

    bank: Bank
    announcer: Announcer
    tasks: TaskRunner
    settings: Settings
    navigate: Callable[..., Any]
