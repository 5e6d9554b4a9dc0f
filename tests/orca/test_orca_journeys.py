"""What a blind customer hears: the journeys under the real Orca 43, asserted on Orca's own words.

Three runs of the app under Orca (see conftest.py), each a journey of real key presses:

- sign in, hear the balances, open an account's history, read a row, find transactions by typing,
  open help, make the text bigger;
- transfer to a saved payee: review read-back, a wrong one-time code, the right code, payment sent;
- pay a bill with the one-time code.

Checked on every run: every Tab / Shift+Tab stop is named (no silent, no role-only stop); each
status message is spoken exactly once; no typed secret (password, one-time code) is spoken.
"""

from __future__ import annotations

import re

import pytest

from tests.orca.checks import matches_golden, no_code_digits, no_unnamed_stops, spoken_once
from tests.orca.conftest import OrcaRun, OrcaSpeech
from tests.orca.journeys import (
    DEMO_PASSWORD,
    HISTORY_FILTER_WORD,
    PAY_A_BILL,
    SIGN_IN_BALANCE_HISTORY,
    TRANSFER_WITH_WRONG_CODE,
)
from tests.orca.transcript import secret_leaks, steps_typing

pytestmark = pytest.mark.orca


@pytest.fixture(scope="module")
def signed_in_run(orca: OrcaSpeech) -> OrcaRun:
    return orca.journey(SIGN_IN_BALANCE_HISTORY)


@pytest.fixture(scope="module")
def transfer_run(orca: OrcaSpeech) -> OrcaRun:
    return orca.journey(TRANSFER_WITH_WRONG_CODE)


@pytest.fixture(scope="module")
def bill_run(orca: OrcaSpeech) -> OrcaRun:
    return orca.journey(PAY_A_BILL)


# -- sign in, balances, history --------------------------------------------------------------


def test_sign_in_is_spoken_once(signed_in_run: OrcaRun) -> None:
    spoken_once(signed_in_run.transcript, "You are signed in")


def test_password_is_never_spoken(signed_in_run: OrcaRun) -> None:
    password_step = signed_in_run.transcript.step_after(f"type:{DEMO_PASSWORD}")
    assert secret_leaks(password_step, DEMO_PASSWORD) == []


def test_balances_are_spoken_in_words(signed_in_run: OrcaRun) -> None:
    savings = signed_in_run.transcript.step_after("Down", 0)
    assert savings.said("Savings account ending 4321, balance one hundred and sixty-eight thousand yuan")
    balances = signed_in_run.transcript.matching(r"balance ")
    assert balances, "no balance spoken"
    assert not [b for b in balances if re.search(r"\d[\d,]*\.\d\d", b)], "an amount read as digits"


def test_accounts_loaded_is_spoken_once(signed_in_run: OrcaRun) -> None:
    spoken_once(signed_in_run.transcript, "accounts loaded")


def test_a_transaction_row_is_spoken_once_per_arrow_key(signed_in_run: OrcaRun) -> None:
    row = signed_in_run.transcript.step_after("Down", 1)
    assert row.speech, "the arrow key in the table was silent"
    assert len(row.speech) == len(set(row.speech)), f"row spoken {len(row.speech)} times: {row.speech}"


def test_read_row_is_spoken_once(signed_in_run: OrcaRun) -> None:
    read = signed_in_run.transcript.step_after("ctrl+r")
    assert read.speech, "Read this row said nothing"
    assert read.said("two thousand yuan in")


def test_filter_result_summary_is_spoken_once(signed_in_run: OrcaRun) -> None:
    typed = steps_typing(signed_in_run.transcript, [f"type:{HISTORY_FILTER_WORD}"])
    after_typing = signed_in_run.transcript.steps.index(typed[0])
    summaries = [
        u
        for step in signed_in_run.transcript.steps[after_typing:]
        for u in step.speech
        if re.search(r"\b\d+ transactions?\b", u)
    ]
    assert len(summaries) == 1, summaries


def test_help_and_text_size_are_spoken(signed_in_run: OrcaRun) -> None:
    assert signed_in_run.transcript.step_after("F1").said("Keyboard shortcuts")
    spoken_once(signed_in_run.transcript, "Text size 125 percent")


def test_sign_in_journey_has_no_unnamed_stop(signed_in_run: OrcaRun) -> None:
    no_unnamed_stops(signed_in_run)


# -- transfer, wrong code, right code ---------------------------------------------------------


def test_review_is_read_back_once(transfer_run: OrcaRun) -> None:
    spoken_once(transfer_run.transcript, "Pay fifty yuan to Alice Chen")


def test_code_sent_is_spoken_once(transfer_run: OrcaRun) -> None:
    spoken_once(transfer_run.transcript, "code is on its way")


def test_wrong_code_is_spoken_once(transfer_run: OrcaRun) -> None:
    """In one of its forms: the code field's new description ("That code is not right"), read as it
    changes under the focus, or the notification ("The code is wrong"); never both."""
    transcript = transfer_run.transcript
    heard = transcript.count("That code is not right") + transcript.count("The code is wrong")
    assert heard == 1, "\n".join(transcript.utterances())


def test_payment_sent_is_spoken_once(transfer_run: OrcaRun) -> None:
    spoken_once(transfer_run.transcript, "Payment sent. fifty yuan to Alice Chen")


def test_one_time_codes_are_never_spoken(transfer_run: OrcaRun) -> None:
    no_code_digits(transfer_run, typed=2)


def test_transfer_journey_has_no_unnamed_stop(transfer_run: OrcaRun) -> None:
    no_unnamed_stops(transfer_run)


# -- pay a bill -------------------------------------------------------------------------------


def test_bill_code_sent_and_payment_sent_are_spoken_once(bill_run: OrcaRun) -> None:
    spoken_once(bill_run.transcript, "code is on its way")
    spoken_once(bill_run.transcript, "Payment sent. eighty yuan")


def test_bill_journey_has_no_unnamed_stop(bill_run: OrcaRun) -> None:
    no_unnamed_stops(bill_run)


def test_bill_code_is_never_spoken(bill_run: OrcaRun) -> None:
    no_code_digits(bill_run, typed=1)


# -- the golden transcripts -------------------------------------------------------------------


def test_sign_in_journey_matches_its_golden_transcript(signed_in_run: OrcaRun) -> None:
    matches_golden(SIGN_IN_BALANCE_HISTORY, signed_in_run)


def test_transfer_journey_matches_its_golden_transcript(transfer_run: OrcaRun) -> None:
    matches_golden(TRANSFER_WITH_WRONG_CODE, transfer_run)


def test_bill_journey_matches_its_golden_transcript(bill_run: OrcaRun) -> None:
    matches_golden(PAY_A_BILL, bill_run)
