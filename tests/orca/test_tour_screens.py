"""The tours' golden transcripts open the screens they name (no Orca needed): a golden file re-recorded
from a tour that went to the wrong screens fails here, though the golden comparison itself leaves the
screens' spoken titles (status messages) out. The same check on each live run: test_orca_more_journeys.py."""

from __future__ import annotations

import pytest

from tests.orca import golden
from tests.orca.journeys import (
    ALL,
    SIGN_IN_KEYS,
    TOUR_HELP_AND_NEW_SCREENS,
    TOUR_VISITS,
    Journey,
    Visit,
    nav_to,
    opening_steps,
    tour,
    visit_by_list,
)
from tests.orca.tour_screens import TITLE_MAY_GO_UNHEARD, titles_not_heard, unexpected

TOURS = [journey for journey in ALL if journey.name in TOUR_VISITS]


def golden_speech(name: str) -> dict[int, list[str]]:
    _, lines = golden.parse((golden.GOLDEN_DIR / f"{name}.txt").read_text(encoding="utf-8"))
    by_step: dict[int, list[str]] = {}
    for line in lines:
        by_step.setdefault(line.step, []).append(line.utterance)
    return by_step


def test_every_tour_names_its_visits() -> None:
    assert len(TOURS) == 3


@pytest.mark.parametrize("journey", TOURS, ids=[t.name for t in TOURS])
def test_the_golden_tour_hears_the_title_of_each_screen_it_opens(journey: Journey) -> None:
    not_heard = titles_not_heard(journey, TOUR_VISITS[journey.name], golden_speech(journey.name))
    assert unexpected(not_heard) == [], f"opened without its title heard: {not_heard}"


def test_only_history_may_open_unheard_and_never_a_new_screen() -> None:
    assert sorted(TITLE_MAY_GO_UNHEARD) == ["history"]
    assert unexpected(("history", "wealth")) == ["wealth"]


def test_the_new_screens_tour_visits_wealth_cards_security_and_quick_menu() -> None:
    visits = TOUR_VISITS[TOUR_HELP_AND_NEW_SCREENS.name]
    assert [v.section for v in visits] == ["help", "wealth", "cards", "security", "quickmenu"]
    assert [v.opener for v in visits[1:]] == [
        ("F3", "End", "Up", "Up", "Up", "Return"),
        ("F3", "End", "Up", "Up", "Return"),
        ("F3", "End", "Up", "Return"),
        ("F3", "End", "Return"),
    ]


FAKE_VISITS = (Visit("help", ("ctrl+9",)), visit_by_list("wealth"))
FAKE_TOUR = Journey("fake-tour", "Help, then Wealth", (*SIGN_IN_KEYS, *tour(*FAKE_VISITS)))


@pytest.mark.parametrize(
    ("heard_on_opening_wealth", "not_heard"),
    [
        ("notification Accounts.", ("wealth",)),  # the old nav_to: Enter on Sign out opened Accounts
        ("notification Wealth products.", ()),
        ("Wealth products – a11y bank", ()),
        ("Wealth.", ("wealth",)),  # the list item's name is not the screen
    ],
)
def test_a_tour_that_opened_another_screen_is_caught(
    heard_on_opening_wealth: str, not_heard: tuple[str, ...]
) -> None:
    (_, help_step), (_, wealth_step) = opening_steps(FAKE_TOUR, FAKE_VISITS)
    assert FAKE_TOUR.keys[wealth_step - 2] == "Return"
    assert FAKE_TOUR.keys[wealth_step - 2 - len(nav_to(3)) + 1] == "F3"
    speech = {help_step: ["notification Help."], wealth_step: [heard_on_opening_wealth]}
    assert titles_not_heard(FAKE_TOUR, FAKE_VISITS, speech) == not_heard
