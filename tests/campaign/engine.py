"""The exactly-once campaign: many randomized payments under injected faults, then an audit of every
intent against the sandbox's ledger.

Faults per trial (one scenario each, chosen by a seeded random generator):

- ``clean``: no fault.
- ``drop``: the bank commits the payment, then the connection drops before the answer (1-4 times).
- ``delay``: the bank sleeps longer than the client's timeout before processing (the retry races it).
- ``error``: HTTP 500 (1-4 times).
- ``ratelimit``: HTTP 429 with Retry-After (1-4 times; more than the retries means "not sent").
- ``kill_prepared``: the app dies right after journalling the payment, before marking it sent.
- ``kill_before_send``: the app dies with the request about to leave (nothing reaches the bank).
- ``kill_after_send``: the app dies after the bank got the request, before reading the answer.
- ``restart_bank``: the answer is lost, then the sandbox restarts on the same database.

After a kill or a restart, the new app's start-up reconciliation itself loses its answers half of the time.
- ``lost_then_throttled``: the first answer is lost after commit, every retry gets 429: paid, so DONE.
- ``ratelimit_exhausted``: 429 on every attempt: the payment never got in; it must end FAILED, unpaid,
  and must not be paid later by a reconcile behind the user's back.

A killed app is a `Bank` thrown away mid-call; a new `Bank` on the same outbox file signs in and runs
`reconcile_outbox()`, as the real app does at start-up. At the end every intent must be DONE with exactly
one ledger entry of exactly its amount, or FAILED with no payment at all; the ledger must reconcile.
"""

from __future__ import annotations

import random
import sqlite3
import time
from contextlib import closing
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx

from a11y_bank.api.bank import Bank
from a11y_bank.api.errors import BankApiError, OutcomeUnknown
from a11y_bank.api.models import PaymentIntent
from a11y_bank.api.outbox import Outbox, OutboxState
from a11y_bank.domain.money import Money
from tests.api.sandbox_support import (
    DEMO_USER,
    MORNING,
    Controls,
    CountingTransport,
    authorise,
    make_bank,
    validated_transport,
)

SCENARIOS = (
    "clean",
    "drop",
    "delay",
    "error",
    "ratelimit",
    "kill_prepared",
    "kill_before_send",
    "kill_after_send",
    "restart_bank",
    "ratelimit_exhausted",
    "lost_then_throttled",
)
DEBTOR = "acc-lw-cur"
PAYMENTS_PATH = "/pisp/domestic-payments$"
CLIENT_TIMEOUT = 1.0
DELAY = CLIENT_TIMEOUT * 2.5
"""How long a delayed request sleeps at the bank: the client gives up and retries meanwhile."""
MAX_RETRIES = 3


class Killed(BaseException):
    """The app process 'dies' here. A BaseException, so no handler in the client can swallow it."""


class KillSwitch(httpx.BaseTransport):
    """Kills the app on the next payment POST, before it leaves or after the bank answered."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.armed: str | None = None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        moment, self.armed = self.armed, None
        if (
            moment is not None
            and request.method == "POST"
            and request.url.path.endswith("/domestic-payments")
        ):
            if moment == "before":
                raise Killed
            self.inner.handle_request(request).read()
            raise Killed
        if moment is not None:
            self.armed = moment
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


class DiesAfterJournalling(Outbox):
    """An outbox whose app dies between writing the intent and marking it sent."""

    def mark_sent(self, intent_id: str) -> None:
        raise Killed


@dataclass
class Trial:
    number: int
    scenario: str
    amount: Decimal
    intent_id: str | None = None
    consent_id: str | None = None
    first_error: str | None = None
    seconds: float = 0.0
    expect_failed: bool = False
    """True when the payment can never have reached the bank (429 on every attempt)."""


@dataclass
class Audit:
    trials: int = 0
    done: int = 0
    failed: int = 0
    duplicates: int = 0
    lost: int = 0
    wrong_amounts: int = 0
    ledger_balanced: bool = False
    debtor_delta_ok: bool = False
    requests_validated: int = 0
    problems: list[str] = field(default_factory=list)
    by_scenario: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return (
            self.duplicates == 0
            and self.lost == 0
            and self.wrong_amounts == 0
            and self.ledger_balanced
            and self.debtor_delta_ok
        )


class Campaign:
    """Runs trials against one sandbox database; call `run`, then read the `Audit`."""

    def __init__(self, workdir: Path, seed: int) -> None:
        self.workdir = workdir
        self.db_path = workdir / "bank.db"
        self.outbox_path = workdir / "app" / "outbox.sqlite3"
        self.rng = random.Random(seed)
        self.transport: CountingTransport = validated_transport()
        self.sleeps: list[float] = []
        self._sandbox: Any = None
        self.controls: Controls | None = None
        self.trials: list[Trial] = []
        self._round: list[str] = []
        self._delayed_until = 0.0

    # --- the bank and the app ----------------------------------------------------------------

    def _start_sandbox(self) -> None:
        from a11y_bank.sandbox.server import start_in_thread

        self._sandbox = start_in_thread(self.db_path, test_controls=True)
        self.controls = Controls(self._sandbox.url)
        self.controls.set_clock(MORNING)

    def _stop_sandbox(self) -> None:
        if self.controls is not None:
            self.controls.close()
        if self._sandbox is not None:
            self._sandbox.stop()

    def _app(self, *, transport: httpx.BaseTransport | None = None, outbox: Outbox | None = None) -> Bank:
        """A freshly started app: a new Bank on the same outbox file, signed in."""
        bank = make_bank(
            self._sandbox.url,
            self.outbox_path.parent,
            transport or self.transport,
            sleep=self.sleeps.append,
            timeout=CLIENT_TIMEOUT,
            max_retries=MAX_RETRIES,
            outbox=outbox or Outbox(self.outbox_path),
        )
        bank.sign_in(*DEMO_USER)
        return bank

    @property
    def ctl(self) -> Controls:
        assert self.controls is not None
        return self.controls

    # --- running -------------------------------------------------------------------------------

    def run(self, trials: int) -> Audit:
        self._start_sandbox()
        try:
            bank = self._app()
            payees = [b for b in bank.beneficiaries() if b.scheme_name == "UK.OBIE.BBAN"]
            before = self._debtor_balance_minor()
            for number in range(trials):
                trial = Trial(number, self._scenario(number), self._amount())
                self.trials.append(trial)
                started = time.perf_counter()
                current = self._run_trial(bank, trial, self._intent(payees, trial.amount))
                trial.seconds = time.perf_counter() - started
                if current is not bank:
                    bank.close()
                    bank = current
            self._settle(bank)
            bank.close()
            return self._audit(before)
        finally:
            self._stop_sandbox()

    def _scenario(self, number: int) -> str:
        """Every scenario once per round of len(SCENARIOS) trials, in a random order each round."""
        if number % len(SCENARIOS) == 0:
            self._round = self.rng.sample(SCENARIOS, len(SCENARIOS))
        return self._round[number % len(SCENARIOS)]

    def _amount(self) -> Decimal:
        return Decimal(self.rng.randint(1, 2000)) / 100

    def _intent(self, payees: list[Any], amount: Decimal) -> PaymentIntent:
        payee = self.rng.choice(payees)
        return PaymentIntent(
            debtor_account_id=DEBTOR,
            creditor_scheme=payee.scheme_name,
            creditor_identification=payee.identification,
            creditor_name=payee.name,
            amount=Money(amount, "CNY"),
            reference=f"Campaign {len(self.trials)}",
        )

    def _run_trial(self, bank: Bank, trial: Trial, intent: PaymentIntent) -> Bank:
        consent = authorise(bank, self.ctl, intent)
        trial.consent_id = consent.consent_id
        scenario = trial.scenario
        if scenario.startswith("kill"):
            return self._kill(trial, consent, scenario)
        count = self.rng.randint(1, MAX_RETRIES + 1)
        if scenario == "drop" or scenario == "restart_bank":
            self.ctl.fault("drop", PAYMENTS_PATH, count=count if scenario == "drop" else MAX_RETRIES + 1)
        elif scenario == "lost_then_throttled":
            self.ctl.fault("drop", PAYMENTS_PATH, count=1)
            self.ctl.fault("ratelimit", PAYMENTS_PATH, count=MAX_RETRIES, RetryAfter=1)
        elif scenario == "delay":
            self.ctl.fault("delay", PAYMENTS_PATH, count=1, Seconds=DELAY)
            self._delayed_until = time.monotonic() + DELAY
        elif scenario == "error":
            self.ctl.fault("error", PAYMENTS_PATH, count=count, Status=500)
        elif scenario.startswith("ratelimit"):
            if scenario == "ratelimit_exhausted":
                count = MAX_RETRIES + 1
            trial.expect_failed = count > MAX_RETRIES
            self.ctl.fault("ratelimit", PAYMENTS_PATH, count=count, RetryAfter=1)
        try:
            outcome = bank.submit_payment(consent)
            trial.intent_id = outcome.intent_id
        except OutcomeUnknown as error:
            trial.intent_id, trial.first_error = error.intent_id, "OutcomeUnknown"
        except BankApiError as error:
            trial.first_error = type(error).__name__
        self.ctl.clear_faults()
        if trial.intent_id is None:
            trial.intent_id = self._intent_id_of(consent.consent_id)
        if scenario == "restart_bank":
            bank.close()
            self._stop_sandbox()
            self._start_sandbox()
            bank = self._app()
            self._reconcile_maybe_faulty(bank)
        return bank

    def _kill(self, trial: Trial, consent: Any, scenario: str) -> Bank:
        switch = KillSwitch(self.transport)
        outbox: Outbox = Outbox(self.outbox_path)
        if scenario == "kill_prepared":
            outbox = DiesAfterJournalling(self.outbox_path)
        else:
            switch.armed = "before" if scenario == "kill_before_send" else "after"
        doomed = self._app(transport=switch, outbox=outbox)
        try:
            doomed.submit_payment(consent)
        except Killed:
            trial.first_error = "Killed"
        finally:
            doomed.close()
        trial.intent_id = self._intent_id_of(consent.consent_id)
        restarted = self._app()
        self._reconcile_maybe_faulty(restarted)
        return restarted

    def _reconcile_maybe_faulty(self, bank: Bank) -> None:
        """Start-up reconciliation; half the time its own re-send loses the answer too (it must then stay
        unresolved, and be resolved by a later reconciliation, never paid twice)."""
        if self.rng.random() < 0.5:
            self.ctl.fault("drop", PAYMENTS_PATH, count=MAX_RETRIES + 1)
        try:
            bank.reconcile_outbox()
        finally:
            self.ctl.clear_faults()

    def _intent_id_of(self, consent_id: str) -> str | None:
        for entry in Outbox(self.outbox_path).entries():
            if entry.consent_id == consent_id:
                return entry.intent_id
        return None

    def _settle(self, bank: Bank) -> None:
        """Reconcile until nothing is unfinished (faults are off now), as a later app start would."""
        time.sleep(max(0.0, self._delayed_until - time.monotonic()))  # delayed requests finish first
        for _ in range(5):
            if not Outbox(self.outbox_path).unfinished(bank.session.customer_id if bank.session else ""):
                break
            bank.reconcile_outbox()

    # --- the audit -----------------------------------------------------------------------------

    def _ledger(self) -> sqlite3.Connection:
        connection = sqlite3.connect(f"file:{self.db_path}?mode=ro", uri=True)
        connection.row_factory = sqlite3.Row
        return connection

    def _debtor_balance_minor(self) -> int:
        with closing(self._ledger()) as ledger:
            row = ledger.execute("SELECT balance_minor FROM accounts WHERE id = ?", (DEBTOR,)).fetchone()
            return int(row["balance_minor"])

    def _audit(self, before_minor: int) -> Audit:
        audit = Audit(trials=len(self.trials))
        entries = {e.consent_id: e for e in Outbox(self.outbox_path).entries()}
        paid_minor = 0
        with closing(self._ledger()) as ledger:
            for trial in self.trials:
                audit.by_scenario[trial.scenario] = audit.by_scenario.get(trial.scenario, 0) + 1
                paid_minor += self._audit_trial(ledger, trial, entries.get(trial.consent_id or ""), audit)
        report = self.ctl.ledger()
        audit.ledger_balanced = bool(report["Balanced"])
        if not audit.ledger_balanced:
            audit.problems.append(f"ledger check: {report}")
        after_minor = self._debtor_balance_minor()
        audit.debtor_delta_ok = before_minor - after_minor == paid_minor
        if not audit.debtor_delta_ok:
            audit.problems.append(
                f"debtor moved {before_minor - after_minor} minor units, intents say {paid_minor}"
            )
        audit.requests_validated = self.transport.count
        return audit

    def _audit_trial(self, ledger: sqlite3.Connection, trial: Trial, entry: Any, audit: Audit) -> int:
        """Check one intent against the ledger; return the minor units it should have debited."""
        payments = ledger.execute(
            "SELECT id FROM payments WHERE consent_id = ?", (trial.consent_id,)
        ).fetchall()
        postings = ledger.execute(
            "SELECT p.amount_minor FROM postings p JOIN entries e ON e.id = p.entry_id"
            " JOIN payments pay ON pay.id = e.payment_id"
            " WHERE pay.consent_id = ? AND p.account_id = ?",
            (trial.consent_id, DEBTOR),
        ).fetchall()
        label = f"trial {trial.number} ({trial.scenario}, first error {trial.first_error})"
        if len(payments) > 1 or len(postings) > 1:
            audit.duplicates += 1
            audit.problems.append(f"{label}: {len(payments)} payments, {len(postings)} debits")
        state = entry.state if entry is not None else None
        if (
            state in (OutboxState.DONE, OutboxState.FAILED)
            and (state is OutboxState.FAILED) != trial.expect_failed
        ):
            audit.problems.append(
                f"{label}: ended {state}, expected {'FAILED' if trial.expect_failed else 'DONE'}"
            )
        if state is OutboxState.DONE:
            audit.done += 1
            if not payments:
                audit.lost += 1
                audit.problems.append(f"{label}: DONE in the app but no payment at the bank")
            elif entry.payment_id is not None and entry.payment_id != payments[0]["id"]:
                audit.problems.append(f"{label}: the app holds another payment id")
                audit.lost += 1
            expected = int(trial.amount * 100)
            if [row["amount_minor"] for row in postings] != [-expected]:
                audit.wrong_amounts += 1
                audit.problems.append(
                    f"{label}: debits {[r['amount_minor'] for r in postings]} for {expected}"
                )
            return expected
        if state is OutboxState.FAILED:
            audit.failed += 1
            if payments:
                audit.lost += 1
                audit.problems.append(f"{label}: FAILED in the app but paid at the bank")
            return 0
        audit.lost += 1
        audit.problems.append(f"{label}: unresolved ({state})")
        return 0


def run_campaign(workdir: Path, trials: int, seed: int) -> Audit:
    return Campaign(workdir, seed).run(trials)


def summary(audit: Audit) -> str:
    return (
        f"trials={audit.trials} done={audit.done} failed={audit.failed} duplicates={audit.duplicates} "
        f"lost={audit.lost} wrong_amounts={audit.wrong_amounts} ledger_balanced={audit.ledger_balanced} "
        f"debtor_delta_ok={audit.debtor_delta_ok} requests_validated={audit.requests_validated}"
    )
