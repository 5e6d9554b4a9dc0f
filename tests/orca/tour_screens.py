"""Did a focus tour really open the screens it names? Each screen's title must be heard when its opener
key is pressed (or one step later): the title the app announces ("notification Wealth products") or the
window title Orca reads ("Wealth products – a11y bank").

Why: the golden comparison leaves status messages out, and a tour's Tab stops are named on any screen,
so a tour that opened Accounts four times instead of Wealth, Cards, Security and Quick menu passed
every check (journeys.nav_to, docs/orca.md).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from tests.orca.journeys import Journey, Visit, opening_steps
from tests.orca.transcript import Transcript, normalize

#: The screens' titles as the app says them in English (each screen's `title()`; the tier runs --lang en).
SCREEN_TITLES = {
    "accounts": "Accounts",
    "history": "History",
    "transfer": "Transfer",
    "bills": "Pay bills",
    "payees": "Payees",
    "products": "Products",
    "support": "Support chat",
    "settings": "Settings",
    "help": "Help",
    "wealth": "Wealth products",
    "cards": "Cards",
    "security": "Security",
    "quickmenu": "Quick menu",
}
APP_NAME = "a11y bank"
#: Screens whose title Orca 43 does not say when the tour opens them, by tour: an open finding
#: (docs/orca.md). Listed exactly, so the check fails once the title is heard and the entry must go.
TITLE_NOT_HEARD = {"tour-sign-in-and-money": ("history",)}


def says_title(utterance: str, title: str) -> bool:
    said = normalize(utterance)
    return said in (normalize(title), normalize(f"{title} – {APP_NAME}"))


def titles_not_heard(
    journey: Journey, visits: tuple[Visit, ...], speech_by_step: Mapping[int, Sequence[str]]
) -> tuple[str, ...]:
    """The sections of `visits` whose title Orca did not say at their opener key or the step after."""
    missing = []
    for section, step in opening_steps(journey, visits):
        title = SCREEN_TITLES[section]
        heard = [u for n in (step, step + 1) for u in speech_by_step.get(n, ()) if says_title(u, title)]
        if not heard:
            missing.append(section)
    return tuple(missing)


def speech_by_step(transcript: Transcript) -> dict[int, list[str]]:
    return {index: list(step.speech) for index, step in enumerate(transcript.steps)}
