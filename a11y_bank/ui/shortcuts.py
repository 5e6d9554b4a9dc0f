"""THE shortcut table: the main window binds it, the help screen lists it.

Every action here is also reachable without a key chord (the section list, the Back / Repeat / Quit
and Lock buttons, the text size control in Settings, the Quick menu screen, or a single function key:
F3 the list of sections, F7 where am I, F4 read this row, F11 read the whole screen, F5 more time, F12
screen curtain), so no user is ever required to press a chord.

Digits: Alt+1 … Alt+9 run the customer's own quick menu (the guideline's "personal quick menu", art.
14) and Alt+0 reads it aloud; Ctrl+1 … Ctrl+9 open the first nine sections (Ctrl+0 is text size).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from a11y_bank.domain.messages import QT_TRANSLATE_NOOP
from a11y_bank.ui.screens import NAV_SECTIONS

CONTEXT = "Shortcuts"


@dataclass(frozen=True)
class Shortcut:
    """One shortcut.

    action: what the main window does ("section:accounts", "sections", "quick:1" … "quick:9",
        "quick_menu_read", "help", "back", "quit", "text_bigger", "text_smaller", "text_reset", "repeat",
        "where_am_i", "read_row", "read_screen", "more_time", "curtain", "lock").
    keys: portable key sequences (first is the one shown), e.g. ("Ctrl++", "Ctrl+=").
    description: English source text, translated in context "Shortcuts"; `{number}` in it is
        replaced by `number` (the quick menu's nine keys share one text).
    """

    action: str
    keys: tuple[str, ...]
    description: str
    number: int | None = None

    def translated_description(self) -> str:
        text = QCoreApplication.translate(CONTEXT, self.description)
        return text if self.number is None else text.format(number=self.number)

    def key_text(self) -> str:
        """The first key sequence in the platform's words ("Alt+1", "⌥1" on macOS)."""
        return QKeySequence(self.keys[0]).toString(QKeySequence.SequenceFormat.NativeText)

    def sequences(self) -> list[QKeySequence]:
        return [QKeySequence(k) for k in self.keys]


def _section_shortcuts() -> tuple[Shortcut, ...]:
    # lupdate needs literal strings, hence one NOOP per section rather than a format.
    descriptions = {
        #: Shortcut description: go to the Accounts section.
        "accounts": QT_TRANSLATE_NOOP("Shortcuts", "Go to Accounts"),
        #: Shortcut description: go to the History section.
        "history": QT_TRANSLATE_NOOP("Shortcuts", "Go to History"),
        #: Shortcut description: go to the Transfer section.
        "transfer": QT_TRANSLATE_NOOP("Shortcuts", "Go to Transfer"),
        #: Shortcut description: go to the Pay bills section.
        "bills": QT_TRANSLATE_NOOP("Shortcuts", "Go to Pay bills"),
        #: Shortcut description: go to the Payees section.
        "payees": QT_TRANSLATE_NOOP("Shortcuts", "Go to Payees"),
        #: Shortcut description: go to the Products section.
        "products": QT_TRANSLATE_NOOP("Shortcuts", "Go to Products"),
        #: Shortcut description: go to the Support section.
        "support": QT_TRANSLATE_NOOP("Shortcuts", "Go to Support"),
        #: Shortcut description: go to the Settings section.
        "settings": QT_TRANSLATE_NOOP("Shortcuts", "Go to Settings"),
        #: Shortcut description: go to the Help section.
        "help": QT_TRANSLATE_NOOP("Shortcuts", "Go to Help"),
    }
    return tuple(
        Shortcut(f"section:{s.key}", (f"Ctrl+{i}",), descriptions[s.key])
        for i, s in enumerate(NAV_SECTIONS[:9], start=1)
    )


# Keys of the quick menu: action N runs on Alt+N.
QUICK_MENU_KEYS = tuple(range(1, 10))


def _quick_menu_shortcuts() -> tuple[Shortcut, ...]:
    #: Shortcut description: run the customer's own quick menu action; {number} is 1 to 9.
    description = QT_TRANSLATE_NOOP("Shortcuts", "Run quick menu action {number}")
    return tuple(Shortcut(f"quick:{n}", (f"Alt+{n}",), description, n) for n in QUICK_MENU_KEYS)


SHORTCUTS: tuple[Shortcut, ...] = (
    *_quick_menu_shortcuts(),
    #: Shortcut description: read the customer's quick menu aloud (its numbers and names).
    Shortcut("quick_menu_read", ("Alt+0",), QT_TRANSLATE_NOOP("Shortcuts", "Read the quick menu aloud")),
    *_section_shortcuts(),
    # One key, no chord, to every section: the list, then the arrow keys and Enter (the nine Ctrl+digit
    # keys reach only the first nine sections, and Tab would count stops past Lock and Sign out).
    #: Shortcut description: move to the list of sections (Accounts, History, ...) from any screen.
    Shortcut("sections", ("F3",), QT_TRANSLATE_NOOP("Shortcuts", "Go to the list of sections")),
    #: Shortcut description: open the help screen.
    Shortcut("help", ("F1",), QT_TRANSLATE_NOOP("Shortcuts", "Open help")),
    #: Shortcut description: go back to the previous screen.
    Shortcut("back", ("Escape",), QT_TRANSLATE_NOOP("Shortcuts", "Go back to the previous screen")),
    #: Shortcut description: say the last message again.
    Shortcut("repeat", ("F6",), QT_TRANSLATE_NOOP("Shortcuts", "Repeat the last message")),
    #: Shortcut description: make all text larger.
    Shortcut("text_bigger", ("Ctrl++", "Ctrl+="), QT_TRANSLATE_NOOP("Shortcuts", "Make text larger")),
    #: Shortcut description: make all text smaller.
    Shortcut("text_smaller", ("Ctrl+-",), QT_TRANSLATE_NOOP("Shortcuts", "Make text smaller")),
    #: Shortcut description: set text back to normal size.
    Shortcut("text_reset", ("Ctrl+0",), QT_TRANSLATE_NOOP("Shortcuts", "Reset text size")),
    #: Shortcut description: say which screen is showing and which control has focus.
    Shortcut("where_am_i", ("F7",), QT_TRANSLATE_NOOP("Shortcuts", "Where am I: the screen and the field")),
    #: Shortcut description: read every column of the focused list or table row.
    Shortcut("read_row", ("F4",), QT_TRANSLATE_NOOP("Shortcuts", "Read this row")),
    #: Shortcut description: read everything on the current screen, top to bottom.
    Shortcut("read_screen", ("F11",), QT_TRANSLATE_NOOP("Shortcuts", "Read the whole screen")),
    #: Shortcut description: restart the idle time before the app locks.
    Shortcut("more_time", ("F5",), QT_TRANSLATE_NOOP("Shortcuts", "More time before the app locks")),
    #: Shortcut description: blank the screen for privacy; speech and the screen reader go on.
    Shortcut("curtain", ("F12",), QT_TRANSLATE_NOOP("Shortcuts", "Screen curtain on or off")),
    #: Shortcut description: lock the app at once (nothing of the accounts shows; the password unlocks it).
    Shortcut("lock", ("Ctrl+L",), QT_TRANSLATE_NOOP("Shortcuts", "Lock the app now")),
    #: Shortcut description: quit the application (asks first while a payment is in progress).
    Shortcut("quit", ("Ctrl+Q",), QT_TRANSLATE_NOOP("Shortcuts", "Quit")),
)


def shortcut_for(action: str) -> Shortcut:
    for s in (*SHORTCUTS, *MORE_SHORTCUTS):
        if s.action == action:
            return s
    raise KeyError(action)


@dataclass(frozen=True)
class BoundElsewhere(Shortcut):
    """A key bound by one part of the app rather than by the main window's loop, listed by Help.

    bound_by: the section key of the screen that binds it ("support"), "window" for a key the main
        window binds through its own part (the emergency panel), or "terminal" for a key only the branch
        terminal (`a11y-bank --kiosk`, ui/kiosk.py) binds.
    """

    bound_by: str = "window"


# Keys that only some screens or panels bind. Their owners read the keys from here (`shortcut_for`).
MORE_SHORTCUTS: tuple[BoundElsewhere, ...] = (
    BoundElsewhere(
        "emergency",
        ("F10",),
        #: Shortcut description: open the emergency panel from any screen.
        QT_TRANSLATE_NOOP("Shortcuts", "Emergency: freeze a card, report it lost or ask for help"),
    ),
    BoundElsewhere(
        "call_staff",
        ("F2",),
        #: Shortcut description, on a branch terminal only: call a member of staff to come and help.
        QT_TRANSLATE_NOOP("Shortcuts", "On a branch terminal: call a member of staff"),
        bound_by="terminal",
    ),
    BoundElsewhere(
        "chat_newest",
        ("F8",),
        #: Shortcut description, in the support chat only: move to the newest message.
        QT_TRANSLATE_NOOP("Shortcuts", "In the support chat: go to the newest message"),
        bound_by="support",
    ),
    BoundElsewhere(
        "chat_read_newest",
        ("F9",),
        #: Shortcut description, in the support chat only: read the newest message aloud.
        QT_TRANSLATE_NOOP("Shortcuts", "In the support chat: read the newest message"),
        bound_by="support",
    ),
)
