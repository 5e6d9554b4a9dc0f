"""The journeys of the Orca tier: their keys, a title and what a reader of the statement should know.

One place for the keys, so the tests (test_orca_*.py), the golden transcripts (golden_transcripts/) and the
published statement (tools/accessibility_statement.py -> docs/accessibility.md) never disagree.
Keys are orca-speech steps: an xdotool key name, `type:TEXT`, `typecmd:ARG` (the sandbox's one-time
code, outbox_code.py) or `sleep:S` (a status that arrives later).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

DEMO_USER = "liwei"
DEMO_PASSWORD = "Demo-1234"
SIGN_IN_KEYS = (f"type:{DEMO_USER}", "Tab", f"type:{DEMO_PASSWORD}", "Return")
HISTORY_FILTER_WORD = "saving"
#: From the history table back to its search field: Clear filter, Largest, Smallest, To, From,
#: Money in or out, Search descriptions.
BACK_TO_SEARCH = ("shift+Tab",) * 7
#: A scheduled payment's date: a week ahead, so the bank accepts it on any day the tier runs.
SCHEDULE_DATE = (date.today() + timedelta(days=7)).isoformat()
CHAT_QUESTION = "What is my balance?"
FEEDBACK = "The history table is easy to use."
#: Tabs per screen on a tour: enough to pass every control of most screens once and go on to the
#: bottom bar. A screen with more Tab stops of its own (MainWindow.tab_chain) gets its own count.
TOUR_TABS = 9
TOUR_TABS_FOR = {"security": 11}


@dataclass(frozen=True)
class Journey:
    name: str  # the run's name and its golden file's
    title: str
    keys: tuple[str, ...]
    notes: tuple[str, ...] = ()


SIGN_IN_BALANCE_HISTORY = Journey(
    "sign-in-balance-history",
    "Sign in, hear the balances, find a transaction, open help, make the text bigger",
    (
        *SIGN_IN_KEYS,
        "Down",  # the savings account, spoken with its balance
        "Return",  # its history; the table has focus
        "Down",  # the second transaction
        "ctrl+r",  # read this row
        *BACK_TO_SEARCH,
        f"type:{HISTORY_FILTER_WORD}",
        "sleep:1",  # the filter's debounce, then its spoken summary
        "F1",  # help: the list of keyboard shortcuts
        "Tab",  # Read shortcuts aloud
        "ctrl+plus",  # text size up one step
    ),
    ("The password is typed with Orca's key echo on: Orca says only 'star' for each character.",),
)

TRANSFER_WITH_WRONG_CODE = Journey(
    "transfer-wrong-code",
    "Transfer to a saved payee: review read-back, a wrong one-time code, the right code, payment sent",
    (
        *SIGN_IN_KEYS,
        "ctrl+3",  # Transfer; focus on From account
        "Tab",  # Pay to: the first saved payee
        "Tab",  # Amount
        "type:50",
        "Return",  # review: the read-back
        "Tab",  # Send the code by
        "Tab",  # Confirm and send code
        "space",  # the code is sent; focus on the code field
        "typecmd:wrong",
        "Return",  # the code is wrong
        "ctrl+a",
        "typecmd:right",
        "Return",  # the payment goes to the bank
        "sleep:3",  # the sandbox settles it (ACSC) two seconds later
        "Tab",
        "Tab",
        "Tab",
        "Tab",
        "Tab",
    ),
    ("typecmd:wrong types a code one digit off; typecmd:right the code the bank sent.",),
)

PAY_A_BILL = Journey(
    "pay-bill",
    "Pay a bill with the one-time code",
    (
        *SIGN_IN_KEYS,
        "ctrl+4",  # Pay bills; focus on the biller list (electricity first)
        "Tab",  # Customer number
        "type:12345678",
        "Tab",  # From account
        "Tab",  # Amount
        "type:80",
        "Tab",  # Date (empty: pay today)
        "Return",  # review
        "Tab",
        "Tab",  # Confirm and send code
        "space",
        "typecmd:right",
        "Return",
        "sleep:3",
    ),
)

UNKNOWN_OUTCOME = Journey(
    "unknown-outcome",
    "A payment whose outcome is unknown (the bank's answer is lost), then found paid exactly once",
    (
        *SIGN_IN_KEYS,
        "ctrl+3",
        "Tab",  # Pay to: the first saved payee
        "Tab",  # Amount
        "type:12.34",
        "Return",  # review
        "Tab",
        "Tab",  # Confirm and send code
        "space",
        "typecmd:right-drop",  # the right code; from now on the bank's answer to the payment is lost
        "Return",  # the payment goes to the bank, which commits it; the answer never arrives
        "sleep:10",  # the app's retries run out: unknown, said once, with what to do
        "typecmd:clear",  # the bank answers again (types nothing)
        "sleep:12",  # the app asks the bank what happened: paid exactly once
    ),
    (
        "The sandbox drops every answer to the payment request (fault injection), so the app cannot "
        "know whether the payment went through until it asks the bank.",
    ),
)

SCHEDULE_A_PAYMENT = Journey(
    "schedule-payment",
    "Schedule a bill payment for next week",
    (
        *SIGN_IN_KEYS,
        "ctrl+4",
        "Tab",  # Customer number
        "type:12345678",
        "Tab",  # From account
        "Tab",  # Amount
        "type:25",
        "Tab",  # Payment date
        f"type:{SCHEDULE_DATE}",
        "Return",  # review
        "Tab",
        "Tab",  # Confirm and send code
        "space",
        "typecmd:right",
        "Return",
        "sleep:2",
    ),
    ("The date typed is a week from the day of the run (shown as <date>).",),
)

DELETE_A_PAYEE = Journey(
    "delete-payee",
    "Delete a saved payee: the question, Cancel as the safe default, then Delete",
    (
        *SIGN_IN_KEYS,
        "ctrl+5",  # Payees; focus on the list
        "End",  # the last payee
        "Tab",  # Delete payee
        "space",  # the question; focus on Cancel
        "Tab",  # Delete
        "space",
        "sleep:1",
    ),
)

SUPPORT_CHAT = Journey(
    "support-chat",
    "Ask the support chat a question and hear the answer",
    (
        *SIGN_IN_KEYS,
        "ctrl+7",  # Support; focus on the message field
        "sleep:2",  # the assistant's greeting
        f"type:{CHAT_QUESTION}",
        "Return",
        "sleep:3",  # the answer
        "F8",  # the newest message
    ),
)


#: The key to the list of sections (ui/shortcuts.py, action "sections").
SECTIONS_KEY = "F3"
#: The sections after the nine Ctrl+digit ones, from the end of the section list (End, then Up).
LAST_SECTIONS = ("quickmenu", "security", "cards", "wealth")


def nav_to(position_from_end: int) -> tuple[str, ...]:
    """From any signed-in screen to a section after the nine Ctrl+digit ones: F3 (focus on the section
    list), End, Up to the section, Enter. No Tab counting: the Tab stops round the list change whenever
    a button is added (Lock once made two Shift+Tabs stop on Sign out, and the tour opened Accounts four
    times instead of Wealth, Cards, Security and Quick menu)."""
    return (SECTIONS_KEY, "End", *("Up",) * position_from_end, "Return")


@dataclass(frozen=True)
class Visit:
    """One screen of a focus tour: its section, and the keys that open it from the screen before."""

    section: str
    opener: tuple[str, ...]

    @property
    def tabs(self) -> int:
        return TOUR_TABS_FOR.get(self.section, TOUR_TABS)


def visit_by_list(section: str) -> Visit:
    """A section after the first nine, opened through the section list (F3, End, Up ..., Enter)."""
    return Visit(section, nav_to(LAST_SECTIONS.index(section)))


def tour(*visits: Visit) -> tuple[str, ...]:
    keys: list[str] = []
    for visit in visits:
        keys.extend((*visit.opener, *("Tab",) * visit.tabs))
    return tuple(keys)


def opening_steps(journey: Journey, visits: tuple[Visit, ...]) -> list[tuple[str, int]]:
    """Each visit's section and the transcript step of the key that opens it (the opener's last key).

    The tour is the end of the journey; a transcript's step n is key n - 2 (steps 0 and 1 are Orca's
    start and the app's first window)."""
    index = len(journey.keys) - len(tour(*visits))
    assert journey.keys[index:] == tour(*visits), "the visits are not the end of this journey"
    found: list[tuple[str, int]] = []
    for visit in visits:
        index += len(visit.opener)
        found.append((visit.section, index - 1 + 2))
        index += visit.tabs
    return found


def by_ctrl_digit(first: int, *sections: str) -> tuple[Visit, ...]:
    """Sections opened by their Ctrl+digit keys, the first by Ctrl+`first`."""
    return tuple(Visit(section, (f"ctrl+{n}",)) for n, section in enumerate(sections, first))


MONEY_VISITS = by_ctrl_digit(1, "accounts", "history", "transfer", "bills")
PAYEES_TO_SETTINGS_VISITS = by_ctrl_digit(5, "payees", "products", "support", "settings")
#: Help by its Ctrl+9, then the four sections after it through the section list, in list order.
NEW_SCREENS_VISITS = (Visit("help", ("ctrl+9",)), *map(visit_by_list, reversed(LAST_SECTIONS)))

TOUR_SIGN_IN_AND_MONEY = Journey(
    "tour-sign-in-and-money",
    "Focus tour: the sign-in page, Accounts, History, Transfer, Pay bills",
    (
        "Tab",
        "Tab",
        "Tab",
        "Tab",
        "shift+Tab",
        "shift+Tab",
        "shift+Tab",
        "shift+Tab",
        *SIGN_IN_KEYS,
        *tour(*MONEY_VISITS),
    ),
    ("Every Tab stop must be named: Orca says a name, not only a role, and never nothing.",),
)

TOUR_PAYEES_TO_SETTINGS = Journey(
    "tour-payees-to-settings",
    "Focus tour: Payees, Products, Support, Settings",
    (*SIGN_IN_KEYS, *tour(*PAYEES_TO_SETTINGS_VISITS)),
)

TOUR_HELP_AND_NEW_SCREENS = Journey(
    "tour-help-and-new-screens",
    "Focus tour: Help, Wealth, Cards, Security, Quick menu",
    (*SIGN_IN_KEYS, *tour(*NEW_SCREENS_VISITS)),
    ("The sections after the first nine are reached through the section list (F3, End, Up, Enter).",),
)

#: The screens each tour visits (by journey name), to check that each one really opened.
TOUR_VISITS = {
    TOUR_SIGN_IN_AND_MONEY.name: MONEY_VISITS,
    TOUR_PAYEES_TO_SETTINGS.name: PAYEES_TO_SETTINGS_VISITS,
    TOUR_HELP_AND_NEW_SCREENS.name: NEW_SCREENS_VISITS,
}

QUICK_MENU = Journey(
    "quick-menu",
    "Set up a quick menu action, hear the menu with Alt+0, run the action with Alt+1",
    (
        *SIGN_IN_KEYS,
        *nav_to(0),  # the Quick menu screen; focus on its list, entry Alt+1 (empty)
        "Return",  # Enter on an empty entry opens the editor; focus on what the action does
        "Down",  # Send money to a saved payee -> Read the balance of an account
        "Tab",  # Account: the current account
        "Down",  # the savings account
        "Tab",  # Name of the action: suggested from the choices
        "Return",  # saved; focus back on the list
        "ctrl+9",  # Help: the keys work from any screen
        "alt+0",  # the menu read aloud
        "alt+1",  # the action runs: the savings balance in words
        "sleep:2",
    ),
    ("The action reads a balance, so nothing is paid; a payment action stops at the review page.",),
)

HELP_ACCESSIBILITY = Journey(
    "help-accessibility",
    "Help, then Accessibility: read the statement, send feedback through the support chat",
    (
        *SIGN_IN_KEYS,
        "F1",  # Help: the list of keyboard shortcuts
        "Tab",  # More keys
        "Tab",  # Read shortcuts aloud
        "Tab",  # Accessibility statement and feedback
        "space",  # the Accessibility screen; focus on the statement
        "ctrl+Home",
        "Down",  # the statement, line by line
        "Down",
        "Tab",  # the feedback box
        "Tab",  # Send feedback
        "space",  # nothing written yet: the error, focus back on the box
        f"type:{FEEDBACK}",
        "Tab",
        "space",  # the support chat opens with the feedback as the message
        "sleep:2",
        "Return",  # sent
        "sleep:3",
    ),
)

ALL = (
    SIGN_IN_BALANCE_HISTORY,
    TRANSFER_WITH_WRONG_CODE,
    PAY_A_BILL,
    UNKNOWN_OUTCOME,
    SCHEDULE_A_PAYMENT,
    DELETE_A_PAYEE,
    SUPPORT_CHAT,
    TOUR_SIGN_IN_AND_MONEY,
    TOUR_PAYEES_TO_SETTINGS,
    TOUR_HELP_AND_NEW_SCREENS,
    HELP_ACCESSIBILITY,
    QUICK_MENU,
)
