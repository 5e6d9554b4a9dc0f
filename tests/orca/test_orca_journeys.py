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

from tests.orca.conftest import DEMO_PASSWORD, SIGN_IN_KEYS, OrcaRun, OrcaSpeech
from tests.orca.transcript import Step, Transcript, secret_leaks, steps_typing

pytestmark = pytest.mark.orca

HISTORY_FILTER_WORD = "saving"
#: From the history table back to its search field: Clear filter, Largest, Smallest, To, From,
#: Money in or out, Search descriptions.
BACK_TO_SEARCH = ("shift+Tab",) * 7

SIGN_IN_BALANCE_HISTORY = (
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
)

TRANSFER_WITH_WRONG_CODE = (
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
)

PAY_A_BILL = (
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
)


@pytest.fixture(scope="module")
def signed_in_run(orca: OrcaSpeech) -> OrcaRun:
    return orca.run("sign-in-balance-history", SIGN_IN_BALANCE_HISTORY)


@pytest.fixture(scope="module")
def transfer_run(orca: OrcaSpeech) -> OrcaRun:
    return orca.run("transfer-wrong-code", TRANSFER_WITH_WRONG_CODE)


@pytest.fixture(scope="module")
def bill_run(orca: OrcaSpeech) -> OrcaRun:
    return orca.run("pay-bill", PAY_A_BILL)


# Findings not fixed yet (docs/orca.md, "What the transcripts showed"): strict, so a fix turns them
# into a failure that asks for the mark to go.
QT_PASSWORD_ECHO = pytest.mark.xfail(
    reason="finding 4: Qt sends the real characters in text-changed:insert of a password QLineEdit and "
    "Orca 43 echoes them with key echo on (needs a masked password widget)",
    strict=True,
)
CODE_KEY_ECHO = pytest.mark.xfail(
    reason="finding 4: the one-time code field is a plain text field, so Orca's key echo speaks each digit",
    strict=True,
)
ROW_FIVE_TIMES = pytest.mark.xfail(
    reason="finding 3: every cell's accessible text is the whole row sentence and Orca 43 reads the full "
    "row, so each arrow key speaks it five times (ui/models/transactions.py)",
    strict=True,
)


def spoken_once(transcript: Transcript, phrase: str) -> None:
    count = transcript.count(phrase)
    assert count == 1, f"{phrase!r} spoken {count} times:\n" + "\n".join(transcript.utterances())


def no_unnamed_stops(run: OrcaRun) -> None:
    stops = run.transcript.unnamed_stops()
    assert run.transcript.focus_stops() > 0
    assert not stops, "focus stops Orca did not name:\n" + "\n".join(map(str, stops))


def digits_spoken(step: Step) -> list[str]:
    """Utterances of a code-typing step that say digits (a one-time code read out)."""
    return [u for u in (*step.speech, *step.key_echo) if re.search(r"\d", u)]


# -- sign in, balances, history --------------------------------------------------------------


def test_sign_in_is_spoken_once(signed_in_run: OrcaRun) -> None:
    spoken_once(signed_in_run.transcript, "You are signed in")


@QT_PASSWORD_ECHO
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


@ROW_FIVE_TIMES
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
    spoken_once(transfer_run.transcript, "The code is wrong")


def test_payment_sent_is_spoken_once(transfer_run: OrcaRun) -> None:
    spoken_once(transfer_run.transcript, "Payment sent. fifty yuan to Alice Chen")


@CODE_KEY_ECHO
def test_one_time_codes_are_never_spoken(transfer_run: OrcaRun) -> None:
    typed = steps_typing(transfer_run.transcript, ["typecmd:"])
    assert len(typed) == 2
    for step in typed:
        assert digits_spoken(step) == [], step


def test_transfer_journey_has_no_unnamed_stop(transfer_run: OrcaRun) -> None:
    no_unnamed_stops(transfer_run)


# -- pay a bill -------------------------------------------------------------------------------


def test_bill_code_sent_and_payment_sent_are_spoken_once(bill_run: OrcaRun) -> None:
    spoken_once(bill_run.transcript, "code is on its way")
    spoken_once(bill_run.transcript, "Payment sent. eighty yuan")


def test_bill_journey_has_no_unnamed_stop(bill_run: OrcaRun) -> None:
    no_unnamed_stops(bill_run)
