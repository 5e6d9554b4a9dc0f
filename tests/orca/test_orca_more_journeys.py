"""More journeys under the real Orca 43: an unknown payment outcome, a scheduled payment, deleting a
payee, the support chat, and a focus tour of every screen (zero silent or role-only stops).

Runs after test_orca_journeys.py on the same sandbox (file order): the payee deleted here is the last
one, which no other journey uses.
"""

from __future__ import annotations

import pytest

from tests.orca.checks import matches_golden, no_code_digits, no_unnamed_stops, spoken_once
from tests.orca.conftest import OrcaRun, OrcaSpeech
from tests.orca.journeys import (
    DELETE_A_PAYEE,
    HELP_ACCESSIBILITY,
    SCHEDULE_A_PAYMENT,
    SUPPORT_CHAT,
    TOUR_HELP_AND_NEW_SCREENS,
    TOUR_PAYEES_TO_SETTINGS,
    TOUR_SIGN_IN_AND_MONEY,
    TOUR_VISITS,
    UNKNOWN_OUTCOME,
    Journey,
)
from tests.orca.tour_screens import speech_by_step, titles_not_heard, unexpected

pytestmark = pytest.mark.orca

TOURS = (TOUR_SIGN_IN_AND_MONEY, TOUR_PAYEES_TO_SETTINGS, TOUR_HELP_AND_NEW_SCREENS)


@pytest.fixture(scope="module")
def unknown_run(orca: OrcaSpeech) -> OrcaRun:
    return orca.journey(UNKNOWN_OUTCOME)


@pytest.fixture(scope="module")
def schedule_run(orca: OrcaSpeech) -> OrcaRun:
    return orca.journey(SCHEDULE_A_PAYMENT)


@pytest.fixture(scope="module")
def delete_run(orca: OrcaSpeech) -> OrcaRun:
    return orca.journey(DELETE_A_PAYEE)


@pytest.fixture(scope="module")
def chat_run(orca: OrcaSpeech) -> OrcaRun:
    return orca.journey(SUPPORT_CHAT)


@pytest.fixture(scope="module")
def accessibility_run(orca: OrcaSpeech) -> OrcaRun:
    return orca.journey(HELP_ACCESSIBILITY)


@pytest.fixture(scope="module", params=TOURS, ids=[t.name for t in TOURS])
def tour(request: pytest.FixtureRequest, orca: OrcaSpeech) -> tuple[Journey, OrcaRun]:
    journey: Journey = request.param
    return journey, orca.journey(journey)


# -- unknown outcome --------------------------------------------------------------------------


def test_unknown_outcome_is_spoken_once_with_what_to_do(unknown_run: OrcaRun) -> None:
    spoken_once(unknown_run.transcript, "We don't know yet whether the payment went through")
    unknown = unknown_run.transcript.matching(r"don.t know yet whether")
    assert "do not send it again" in unknown[0].casefold()


def test_unknown_outcome_is_resolved_as_paid_exactly_once(unknown_run: OrcaRun) -> None:
    spoken_once(unknown_run.transcript, "paid exactly once")
    assert unknown_run.transcript.matching(r"paid exactly once.*Alice Chen|Alice Chen.*paid exactly once")


def test_unknown_outcome_journey_never_speaks_the_code(unknown_run: OrcaRun) -> None:
    no_code_digits(unknown_run, typed=1)


# -- scheduled payment ------------------------------------------------------------------------


#: After Confirm, the result label takes focus and then the screen moves it to "Make another
#: payment"; Orca 43 sometimes says only the second (a focus race, not a lost status message).
RESULT_FOCUS_RACE = pytest.mark.xfail(
    reason="intermittent: Orca 43 may skip the scheduled payment's result label when focus moves on to "
    "'Make another payment' at once (docs/orca.md)",
    strict=False,
)


def test_scheduled_payment_is_spoken_once_with_its_date_in_words(schedule_run: OrcaRun) -> None:
    spoken_once(schedule_run.transcript, "Payment scheduled. twenty-five yuan")
    scheduled = schedule_run.transcript.matching(r"payment scheduled")
    assert not [u for u in scheduled if "-" in u.split(" on ")[-1]], "the date read as digits and dashes"


def test_scheduled_payment_journey_has_no_unnamed_stop(schedule_run: OrcaRun) -> None:
    no_unnamed_stops(schedule_run)
    no_code_digits(schedule_run, typed=1)


# -- delete a payee ---------------------------------------------------------------------------


def test_delete_question_names_the_payee_and_cancel_is_the_default(delete_run: OrcaRun) -> None:
    question = delete_run.transcript.step_after("space", 0)
    assert question.said("Delete Zhang Wei")
    assert question.said("Cancel push button")


def test_payee_deleted_is_spoken_once(delete_run: OrcaRun) -> None:
    spoken_once(delete_run.transcript, "Zhang Wei has been removed from your payees")


def test_delete_journey_has_no_unnamed_stop(delete_run: OrcaRun) -> None:
    no_unnamed_stops(delete_run)


# -- support chat -----------------------------------------------------------------------------


def test_chat_answer_is_heard(chat_run: OrcaRun) -> None:
    assert chat_run.transcript.matching(r"Your balances"), "the assistant's answer was never spoken"


def test_newest_message_key_reads_the_answer(chat_run: OrcaRun) -> None:
    assert chat_run.transcript.step_after("F8").said("Support assistant")


# -- help, accessibility statement, feedback ----------------------------------------------------


def test_accessibility_statement_is_read_by_line(accessibility_run: OrcaRun) -> None:
    lines = [
        *accessibility_run.transcript.step_after("Down", 0).speech,
        *accessibility_run.transcript.step_after("Down", 1).speech,
    ]
    assert any("This statement is generated from the project's tests" in line for line in lines), lines


def test_empty_feedback_error_is_spoken_and_focus_returns_to_the_box(accessibility_run: OrcaRun) -> None:
    refused = accessibility_run.transcript.step_after("space", 1)
    assert refused.said("Write your feedback first")
    assert refused.said("Your feedback on accessibility text")


def test_empty_feedback_error_is_spoken_once(accessibility_run: OrcaRun) -> None:
    """Finding 9: once, as the description of the box focus returns to, not again as a notification."""
    spoken_once(accessibility_run.transcript, "Write your feedback first")


def test_feedback_is_sent_through_the_support_chat(accessibility_run: OrcaRun) -> None:
    """Send feedback opens Support (its title is spoken); Enter sends the message and the bank's
    assistant answers it (spoken as it arrives)."""
    transcript = accessibility_run.transcript
    opened = transcript.steps.index(transcript.step_after("space", 2))
    assert transcript.steps[opened].said("Support chat")
    after_enter = transcript.steps[transcript.steps.index(transcript.step_after("Return", 1)) :]
    assert any(step.said("Support assistant") for step in after_enter)


def test_accessibility_journey_has_no_unnamed_stop(accessibility_run: OrcaRun) -> None:
    no_unnamed_stops(accessibility_run)


# -- focus tours: every screen ----------------------------------------------------------------


def test_every_focus_stop_of_every_screen_is_named(tour: tuple[Journey, OrcaRun]) -> None:
    _, run = tour
    no_unnamed_stops(run)


def test_the_tour_opens_each_screen_it_names(tour: tuple[Journey, OrcaRun]) -> None:
    """Each screen's title is heard as its key opens it, so a tour cannot tour the wrong screen unseen
    (the old nav_to opened Accounts four times; every stop was named, every check passed)."""
    journey, run = tour
    not_heard = titles_not_heard(journey, TOUR_VISITS[journey.name], speech_by_step(run.transcript))
    assert unexpected(not_heard) == [], f"opened without its title heard: {not_heard}"


# -- the golden transcripts -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("journey", "run_fixture"),
    [
        (UNKNOWN_OUTCOME, "unknown_run"),
        pytest.param(SCHEDULE_A_PAYMENT, "schedule_run", marks=RESULT_FOCUS_RACE),
        (DELETE_A_PAYEE, "delete_run"),
        (SUPPORT_CHAT, "chat_run"),
        (HELP_ACCESSIBILITY, "accessibility_run"),
    ],
    ids=["unknown", "schedule", "delete-payee", "chat", "accessibility"],
)
def test_journey_matches_its_golden_transcript(
    journey: Journey, run_fixture: str, request: pytest.FixtureRequest
) -> None:
    matches_golden(journey, request.getfixturevalue(run_fixture))


def test_tour_matches_its_golden_transcript(tour: tuple[Journey, OrcaRun]) -> None:
    matches_golden(*tour)
