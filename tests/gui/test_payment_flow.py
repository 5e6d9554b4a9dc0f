"""PaymentFlow with a scripted bank: the safety rules, one by one, deterministically.

(The real-bank journeys are in test_transfer.py and test_bills.py; here each failure the bank can
produce is forced, which the sandbox cannot always do on demand.)
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from a11y_bank.a11y.announcer import AnnouncementSpy
from a11y_bank.a11y.priority import Priority
from a11y_bank.a11y.speech import SpeechService, SpyBackend
from a11y_bank.api.errors import ObError, Offline, OutcomeUnknown, Rejected
from a11y_bank.api.models import (
    Challenge,
    ConsentStatus,
    PaymentConsent,
    PaymentIntent,
    PaymentKind,
    PaymentOutcome,
    PaymentStatus,
)
from a11y_bank.app import build_context
from a11y_bank.domain.money import Money
from a11y_bank.ui import payment_flow
from a11y_bank.ui.context import AppContext
from a11y_bank.ui.messages import render, spoken_text
from a11y_bank.ui.payment_flow import FlowStep, PaymentFlow, preferred_channel

INTENT = PaymentIntent(
    debtor_account_id="acc-1",
    creditor_scheme="UK.OBIE.BBAN",
    creditor_identification="6222020200112345679",
    creditor_name="Li Na",
    amount=Money(Decimal("25.00"), "CNY"),
    reference="Lunch",
)
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def wrong_code(code: str) -> Rejected:
    return Rejected(400, code, [ObError(code)])


@dataclass
class ScriptedBank:
    """Answers like the facade; each list is consumed in order (an exception in it is raised)."""

    submit_results: list[Any] = field(default_factory=list)
    verify_results: list[Any] = field(default_factory=list)
    statuses: list[PaymentStatus] = field(default_factory=list)
    reconciles: list[list[PaymentOutcome]] = field(default_factory=list)
    known: dict[str, PaymentOutcome] = field(default_factory=dict)
    calls: list[str] = field(default_factory=list)
    gate: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        self.gate.set()

    def _next(self, name: str, results: list[Any], default: Any) -> Any:
        self.calls.append(name)
        self.gate.wait(5)
        result = results.pop(0) if results else default
        if isinstance(result, BaseException):
            raise result
        return result

    def prepare_payment(self, intent: PaymentIntent) -> PaymentConsent:
        self.calls.append("prepare")
        number = sum(call == "prepare" for call in self.calls)
        return PaymentConsent(f"consent-{number}", intent, ConsentStatus.AWAITING_AUTHORISATION, NOW)

    def send_code(self, consent: PaymentConsent, channel: str = "SMS") -> Challenge:
        self.calls.append(f"send_code:{channel}")
        number = sum(call.startswith("send_code") for call in self.calls)
        return Challenge(
            f"ch-{number}", consent.consent_id, channel, "+86 *** 8123", NOW + timedelta(minutes=5), 6
        )

    def confirm_code(self, challenge: Challenge, code: str) -> None:
        self._next("confirm", self.verify_results, None)

    def submit_payment(self, consent: PaymentConsent) -> PaymentOutcome:
        default = outcome(consent, PaymentStatus.ACCEPTED_SETTLEMENT_COMPLETED)
        result: PaymentOutcome = self._next(f"submit:{consent.consent_id}", self.submit_results, default)
        return result

    def payment_status(self, payment_id: str, kind: PaymentKind = PaymentKind.DOMESTIC) -> PaymentStatus:
        status: PaymentStatus = self._next(
            "status", self.statuses, PaymentStatus.ACCEPTED_SETTLEMENT_COMPLETED
        )
        return status

    def reconcile_outbox(self) -> list[PaymentOutcome]:
        found: list[PaymentOutcome] = self._next("reconcile", self.reconciles, [])
        return found

    def known_outcome(self, consent_id: str) -> PaymentOutcome | None:
        self.calls.append("known")
        return self.known.get(consent_id)


def outcome(consent: PaymentConsent | str, status: PaymentStatus, **changes: Any) -> PaymentOutcome:
    consent_id = consent if isinstance(consent, str) else consent.consent_id
    values: dict[str, Any] = {
        "intent_id": "intent-1",
        "payment_id": "pay-1",
        "consent_id": consent_id,
        "kind": PaymentKind.DOMESTIC,
        "status": status,
    }
    values.update(changes)
    return PaymentOutcome(**values)


@pytest.fixture(autouse=True)
def fast_timers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(payment_flow, "POLL_FIRST_MS", 10)
    monkeypatch.setattr(payment_flow, "RECONCILE_FIRST_MS", 10)


@pytest.fixture
def bank() -> ScriptedBank:
    return ScriptedBank()


@pytest.fixture
def flow_ctx(qtbot: QtBot, tmp_path: Path, bank: ScriptedBank, settings: Any) -> Iterator[AppContext]:
    context = build_context(bank, settings, SpeechService(SpyBackend(), enabled=True))  # type: ignore[arg-type]
    yield context
    context.tasks.wait_for_all(5_000)
    qtbot.wait(1)


@pytest.fixture
def spy(flow_ctx: AppContext) -> AnnouncementSpy:
    return AnnouncementSpy(flow_ctx.announcer)


@pytest.fixture
def flow(flow_ctx: AppContext) -> PaymentFlow:
    return PaymentFlow(flow_ctx)


def reach(qtbot: QtBot, flow: PaymentFlow, step: FlowStep) -> None:
    qtbot.waitUntil(lambda: flow.step is step and not flow.busy, timeout=5_000)


def to_code_step(qtbot: QtBot, flow: PaymentFlow) -> None:
    flow.review(INTENT)
    reach(qtbot, flow, FlowStep.REVIEW)
    flow.confirm("EMAIL")
    reach(qtbot, flow, FlowStep.AWAITING_CODE)


def heard(spy: AnnouncementSpy, fragment: str) -> Callable[[], bool]:
    return lambda: any(fragment in text for text in spy.texts)


def test_status_is_announced_once_per_change_until_completed(
    qtbot: QtBot, flow: PaymentFlow, bank: ScriptedBank, spy: AnnouncementSpy
) -> None:
    bank.submit_results = [outcome("consent-1", PaymentStatus.RECEIVED)]
    bank.statuses = [
        PaymentStatus.ACCEPTED_SETTLEMENT_IN_PROCESS,
        PaymentStatus.ACCEPTED_SETTLEMENT_IN_PROCESS,
        PaymentStatus.ACCEPTED_SETTLEMENT_COMPLETED,
    ]
    to_code_step(qtbot, flow)
    assert bank.calls[:2] == ["prepare", "send_code:EMAIL"]
    assert flow.submit_code("123 456") is None
    reach(qtbot, flow, FlowStep.COMPLETED)
    qtbot.waitUntil(heard(spy, "Payment sent."), timeout=5_000)
    statuses = [text for text in spy.texts if text.startswith("Payment status:")]
    assert len(statuses) == 3  # received, in progress (once, though polled twice), complete
    assert "received" in statuses[0].lower()
    assert "being processed" in statuses[1]
    assert "complete" in statuses[2]
    assert bank.calls.count("status") == 3
    assert not flow.money_in_flight()


def test_a_payment_that_never_reached_the_bank_can_be_sent_again_with_the_same_consent(
    qtbot: QtBot, flow: PaymentFlow, bank: ScriptedBank, spy: AnnouncementSpy
) -> None:
    bank.submit_results = [Offline("no route")]
    to_code_step(qtbot, flow)
    flow.submit_code("123456")
    reach(qtbot, flow, FlowStep.NOT_SENT)
    assert (spoken_text(render("api.offline")), Priority.NOW) in spy.spoken
    assert flow.money_in_flight()  # the screen asks before leaving
    flow.send_again()
    reach(qtbot, flow, FlowStep.COMPLETED)
    assert [c for c in bank.calls if c.startswith("submit")] == ["submit:consent-1", "submit:consent-1"]
    assert bank.calls.count("confirm") == 1  # the code is not asked for again


def test_no_double_submit_while_a_request_is_in_flight(
    qtbot: QtBot, flow: PaymentFlow, bank: ScriptedBank
) -> None:
    to_code_step(qtbot, flow)
    bank.gate.clear()  # hold the bank's answer
    flow.submit_code("123456")
    flow.submit_code("123456")  # a second Enter, a double click
    assert flow.busy
    assert flow.step is FlowStep.VERIFYING
    flow.back_to_edit()  # ignored: the code is being checked
    assert flow.step is FlowStep.VERIFYING
    bank.gate.set()
    reach(qtbot, flow, FlowStep.COMPLETED)
    assert bank.calls.count("confirm") == 1
    assert [c for c in bank.calls if c.startswith("submit")] == ["submit:consent-1"]
    flow.send_again()  # not NOT_SENT: nothing happens
    qtbot.wait(50)
    assert [c for c in bank.calls if c.startswith("submit")] == ["submit:consent-1"]


def test_unknown_outcome_is_reconciled_never_resubmitted(
    qtbot: QtBot, flow: PaymentFlow, bank: ScriptedBank, spy: AnnouncementSpy
) -> None:
    bank.submit_results = [OutcomeUnknown("dropped", intent_id="intent-1")]
    bank.reconciles = [
        [],
        [outcome("consent-other", PaymentStatus.ACCEPTED_SETTLEMENT_COMPLETED)],  # someone else's
        [outcome("consent-1", PaymentStatus.ACCEPTED_SETTLEMENT_COMPLETED, recovered=True)],
    ]
    to_code_step(qtbot, flow)
    flow.submit_code("123456")
    reach(qtbot, flow, FlowStep.UNKNOWN)
    text = "We don't know yet whether the payment went through. We are checking — do not send it again."
    assert (text, Priority.NOW) in spy.spoken
    assert flow.money_in_flight()
    flow.back_to_edit()  # ignored while the outcome is unknown
    flow.send_again()  # ignored: only for payments that certainly did not arrive
    reach(qtbot, flow, FlowStep.COMPLETED)
    assert bank.calls.count("reconcile") == 3
    assert [c for c in bank.calls if c.startswith("submit")] == ["submit:consent-1"]
    qtbot.waitUntil(heard(spy, "it was paid exactly once"), timeout=5_000)


def test_consent_already_used_without_a_payment_id_counts_as_paid_and_is_not_chased(
    qtbot: QtBot, flow: PaymentFlow, bank: ScriptedBank, spy: AnnouncementSpy
) -> None:
    # The bank answered "consent already used" to our re-send: the payment exists, its id is unknown.
    used = outcome("consent-1", PaymentStatus.RECEIVED, payment_id=None, recovered=True)
    bank.submit_results = [used]
    to_code_step(qtbot, flow)
    flow.submit_code("123456")
    reach(qtbot, flow, FlowStep.COMPLETED)
    qtbot.waitUntil(heard(spy, "it was paid exactly once"), timeout=5_000)
    qtbot.wait(100)  # many reconcile periods (10 ms in these tests)
    assert bank.calls.count("reconcile") == 0
    assert bank.calls.count("status") == 0
    assert not flow.money_in_flight()


def test_an_unknown_outcome_resolved_elsewhere_is_read_from_the_outbox(
    qtbot: QtBot, flow: PaymentFlow, bank: ScriptedBank, spy: AnnouncementSpy
) -> None:
    # Another reconciliation (after sign-in) resolved it first: reconcile_outbox has nothing new.
    bank.submit_results = [OutcomeUnknown("dropped", intent_id="intent-1")]
    to_code_step(qtbot, flow)
    flow.submit_code("123456")
    reach(qtbot, flow, FlowStep.UNKNOWN)
    bank.known["consent-1"] = outcome(
        "consent-1", PaymentStatus.ACCEPTED_SETTLEMENT_COMPLETED, recovered=True
    )
    reach(qtbot, flow, FlowStep.COMPLETED)
    qtbot.waitUntil(heard(spy, "it was paid exactly once"), timeout=5_000)
    assert [c for c in bank.calls if c.startswith("submit")] == ["submit:consent-1"]


def test_going_back_drops_the_consent_and_code_and_the_next_review_makes_new_ones(
    qtbot: QtBot, flow: PaymentFlow, bank: ScriptedBank
) -> None:
    to_code_step(qtbot, flow)
    assert flow.consent is not None
    assert flow.challenge is not None
    flow.back_to_edit()
    assert flow.step is FlowStep.EDITING
    assert flow.consent is None
    assert flow.challenge is None
    flow.review(_intent_with(Decimal(30)))
    reach(qtbot, flow, FlowStep.REVIEW)
    consent = flow.consent
    assert consent is not None
    assert consent.consent_id == "consent-2"
    assert flow.submit_code("123456") is None  # not at the code step: ignored
    assert "confirm" not in bank.calls


def _intent_with(amount: Decimal) -> PaymentIntent:
    return PaymentIntent(
        debtor_account_id=INTENT.debtor_account_id,
        creditor_scheme=INTENT.creditor_scheme,
        creditor_identification=INTENT.creditor_identification,
        creditor_name=INTENT.creditor_name,
        amount=Money(amount, "CNY"),
        reference=INTENT.reference,
    )


def test_wrong_expired_and_locked_codes_are_explained(
    qtbot: QtBot, flow: PaymentFlow, bank: ScriptedBank, spy: AnnouncementSpy
) -> None:
    problems: list[str] = []
    flow.problem.connect(problems.append)
    bank.verify_results = [wrong_code("SC01"), wrong_code("SC01"), wrong_code("SC02"), wrong_code("SC03")]
    to_code_step(qtbot, flow)
    for attempt in range(1, 5):
        flow.submit_code("000000")
        qtbot.waitUntil(lambda expected=attempt: len(problems) == expected, timeout=5_000)
        reach(qtbot, flow, FlowStep.AWAITING_CODE)
    assert problems[0].startswith("That code is not right. 4 tries left.")
    assert problems[1].startswith("That code is not right. 3 tries left.")
    assert problems[2] == "That code has expired. Ask for a new code."
    assert problems[3].startswith("Too many wrong codes.")
    assert "Start the payment again" in problems[3]
    for code in ("sca.code_expired", "sca.code_locked"):
        assert (spoken_text(render(code)), Priority.NOW) in spy.spoken
    flow.resend_code()
    reach(qtbot, flow, FlowStep.AWAITING_CODE)
    challenge = flow.challenge
    assert challenge is not None
    assert challenge.challenge_id == "ch-2"
    assert challenge.channel == "EMAIL"  # a new code by the same channel
    assert not [c for c in bank.calls if c.startswith("submit")]


@pytest.mark.parametrize(
    ("typed", "code"), [("", "otp.empty"), ("12a456", "otp.not_digits"), ("12345", "otp.wrong_length")]
)
def test_a_malformed_code_is_refused_locally(
    qtbot: QtBot, flow: PaymentFlow, bank: ScriptedBank, typed: str, code: str
) -> None:
    to_code_step(qtbot, flow)
    error = flow.submit_code(typed)
    assert error is not None
    assert error.code == code
    assert flow.step is FlowStep.AWAITING_CODE
    assert "confirm" not in bank.calls


def test_a_refused_payment_ends_rejected_and_says_why(
    qtbot: QtBot, flow: PaymentFlow, bank: ScriptedBank, spy: AnnouncementSpy
) -> None:
    bank.submit_results = [Rejected(400, "AM04", [ObError("AM04")])]
    to_code_step(qtbot, flow)
    flow.submit_code("123456")
    reach(qtbot, flow, FlowStep.REJECTED)
    assert any(p is Priority.NOW and "rejected" in t.lower() for t, p in spy.spoken)
    qtbot.waitUntil(heard(spy, "enough money"), timeout=5_000)
    assert not flow.money_in_flight()


def test_a_scheduled_payment_ends_scheduled_with_its_date(
    qtbot: QtBot, flow: PaymentFlow, bank: ScriptedBank, spy: AnnouncementSpy
) -> None:
    later = PaymentIntent(
        debtor_account_id=INTENT.debtor_account_id,
        creditor_scheme=INTENT.creditor_scheme,
        creditor_identification=INTENT.creditor_identification,
        creditor_name=INTENT.creditor_name,
        amount=INTENT.amount,
        requested_execution_date=date(2026, 12, 24),
    )
    bank.submit_results = [outcome("consent-1", PaymentStatus.PENDING, kind=PaymentKind.SCHEDULED)]
    flow.review(later)
    reach(qtbot, flow, FlowStep.REVIEW)
    flow.confirm("SMS")
    reach(qtbot, flow, FlowStep.AWAITING_CODE)
    flow.submit_code("123456")
    reach(qtbot, flow, FlowStep.SCHEDULED)
    qtbot.waitUntil(heard(spy, "Payment scheduled."), timeout=5_000)
    assert any("24" in t and "December" in t for t in spy.texts)
    assert "status" not in bank.calls  # a scheduled payment is not polled


def test_the_code_channel_comes_from_settings() -> None:
    class Prefs:
        otp_channel = "voice"

    assert preferred_channel(Prefs()) == "VOICE"
    assert preferred_channel(object()) == "SMS"
    Prefs.otp_channel = "PIGEON"
    assert preferred_channel(Prefs()) == "SMS"


def test_going_back_while_a_code_is_being_sent_waits_for_the_answer(
    qtbot: QtBot, flow: PaymentFlow, bank: ScriptedBank
) -> None:
    flow.review(INTENT)
    reach(qtbot, flow, FlowStep.REVIEW)
    original = bank.send_code

    def slow_send_code(consent: PaymentConsent, channel: str = "SMS") -> Challenge:
        bank.gate.wait(5)
        return original(consent, channel)

    bank.send_code = slow_send_code  # type: ignore[method-assign]
    bank.gate.clear()
    flow.confirm("SMS")
    assert flow.step is FlowStep.SENDING_CODE
    flow.back_to_edit()  # ignored while the bank is answering
    assert flow.step is FlowStep.SENDING_CODE
    assert flow.consent is not None
    bank.gate.set()
    reach(qtbot, flow, FlowStep.AWAITING_CODE)
    challenge = flow.challenge
    assert challenge is not None
    assert flow.consent is not None
    assert challenge.consent_id == flow.consent.consent_id
