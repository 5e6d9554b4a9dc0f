"""The review -> one-time code -> submit -> status controller shared by Transfer and Pay bills.

It owns no widgets: screens show its steps (pages of a QStackedWidget) and listen to its signals.
It calls the bank only through ``ctx.tasks`` and announces every status change itself, so the
wording is the same on every screen that moves money.

Safety rules it enforces:
- a consent (and its one-time code) is bound to one amount and payee: going back to edit drops
  both, and the next review creates a new consent (the old code would no longer verify anyway);
- one submission per consent: ``submit_code`` is ignored while a request is in flight, and never
  called again once a payment was sent;
- an outcome that cannot be known (``OutcomeUnknown``) is never retried blindly: the flow asks the
  bank's outbox to reconcile it, and says so to the user.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import date
from enum import Enum, auto
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QDate, QLocale, QObject, QTimer, Signal

from a11y_bank.a11y.priority import Priority
from a11y_bank.api.errors import OutcomeUnknown, Rejected
from a11y_bank.api.models import (
    Challenge,
    PaymentConsent,
    PaymentIntent,
    PaymentKind,
    PaymentOutcome,
    PaymentStatus,
)
from a11y_bank.domain.messages import payment_status_code
from a11y_bank.domain.sentences import join_sentences
from a11y_bank.domain.validation import ValidationError, validate_otp
from a11y_bank.ui.messages import render, say, spoken_text, visible_text
from a11y_bank.ui.models.error_codes import message_code_for, message_params_for
from a11y_bank.ui.models.money_text import current_locale_name, display_money, spoken_money

if TYPE_CHECKING:
    from a11y_bank.ui.context import AppContext

T = TypeVar("T")

__all__ = [
    "CODE_CHANNELS",
    "FINAL_STEPS",
    "MONEY_IN_FLIGHT",
    "FlowStep",
    "PaymentFlow",
    "long_date",
    "preferred_channel",
]

# One-time-code channels the bank offers (architecture.md, SCA challenges).
CODE_CHANNELS: tuple[str, ...] = ("SMS", "EMAIL", "VOICE", "TOKEN")
# Wrong codes the bank accepts before it locks a challenge (architecture.md).
MAX_CODE_ATTEMPTS = 5
# How often a payment that is not final yet is asked about (ms), and the slowest we back off to.
POLL_FIRST_MS = 700
POLL_MAX_MS = 5000
# How often an unknown outcome is reconciled through the outbox (ms), first and slowest.
RECONCILE_FIRST_MS = 1000
RECONCILE_MAX_MS = 15000


class FlowStep(Enum):
    """Where a payment is. Screens map these to pages of their QStackedWidget."""

    EDITING = auto()
    PREPARING = auto()
    REVIEW = auto()
    SENDING_CODE = auto()
    AWAITING_CODE = auto()
    VERIFYING = auto()
    SUBMITTING = auto()
    NOT_SENT = auto()
    """The payment did not reach the bank (offline, signed out): nothing was paid; it may be sent again."""
    TRACKING = auto()
    COMPLETED = auto()
    REJECTED = auto()
    SCHEDULED = auto()
    UNKNOWN = auto()


# Steps during which money may be moving: leaving the screen would abandon it.
MONEY_IN_FLIGHT = frozenset({FlowStep.SUBMITTING, FlowStep.TRACKING, FlowStep.UNKNOWN, FlowStep.NOT_SENT})
# Steps that end a payment; the screen may offer "make another payment".
FINAL_STEPS = frozenset({FlowStep.COMPLETED, FlowStep.REJECTED, FlowStep.SCHEDULED})
# Steps whose page is the form: nothing is bound at the bank yet.
FORM_STEPS = frozenset({FlowStep.EDITING, FlowStep.PREPARING})
# Steps whose page is the one-time code page.
CODE_STEPS = frozenset({FlowStep.SENDING_CODE, FlowStep.AWAITING_CODE, FlowStep.VERIFYING})


def long_date(day: date) -> str:
    """A date as people read and hear it in the current locale ("Monday, 23 November 2026")."""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def is_paid_without_id(outcome: PaymentOutcome) -> bool:
    """The bank said our consent was already used by a payment (ours) without repeating its id.

    The payment exists, and with no id there is nothing left to ask the bank: it counts as paid.
    """
    return outcome.payment_id is None and not outcome.status.is_failure


def preferred_channel(settings: object) -> str:
    """The code channel chosen in settings, or SMS when settings do not say (or say something unknown)."""
    channel = str(getattr(settings, "otp_channel", "SMS") or "SMS").upper()
    return channel if channel in CODE_CHANNELS else "SMS"


class PaymentFlow(QObject):
    """Drives one payment at a time from review to a known outcome. One instance per screen.

    Signals:
        step_changed(object): the new `FlowStep`.
        review_ready(object): the `PaymentConsent` to show on the review page.
        code_sent(object): the `Challenge` (channel, masked destination) a code was sent for.
        problem(str): a visible sentence about what went wrong (already announced), for the current page.
        status_changed(str): the visible status sentence of the payment (already announced).
    """

    step_changed = Signal(object)
    review_ready = Signal(object)
    code_sent = Signal(object)
    problem = Signal(str)
    status_changed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._step = FlowStep.EDITING
        self._consent: PaymentConsent | None = None
        self._challenge: Challenge | None = None
        self._outcome: PaymentOutcome | None = None
        self._wrong_codes = 0
        self._busy = False
        self._submitted = False
        self._status_code = ""
        self._poll_ms = POLL_FIRST_MS
        self._reconcile_ms = RECONCILE_FIRST_MS
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer)

    # --- state --------------------------------------------------------------------------------

    @property
    def step(self) -> FlowStep:
        return self._step

    @property
    def consent(self) -> PaymentConsent | None:
        return self._consent

    @property
    def challenge(self) -> Challenge | None:
        return self._challenge

    @property
    def outcome(self) -> PaymentOutcome | None:
        return self._outcome

    @property
    def busy(self) -> bool:
        """A request is running: the screen disables the buttons that would start another."""
        return self._busy

    def money_in_flight(self) -> bool:
        """True from the moment the payment is sent until its outcome is known."""
        return self._step in MONEY_IN_FLIGHT or (self._busy and self._step is FlowStep.SUBMITTING)

    def _set_step(self, step: FlowStep) -> None:
        if step is not self._step:
            self._step = step
            self.step_changed.emit(step)

    def _run(
        self,
        op: Callable[[], T],
        on_success: Callable[[T], None],
        on_failure: Callable[[BaseException], None],
        progress_text: str,
    ) -> None:
        self._busy = True

        def succeeded(result: T) -> None:
            self._busy = False
            on_success(result)

        def failed(error: BaseException) -> None:
            self._busy = False
            on_failure(error)

        self._ctx.tasks.run(op, succeeded, failed, progress_text=progress_text)

    def _tell(self, code: str, params: Mapping[str, object] | None = None) -> str:
        """Emit a catalogue message as the current problem, then announce it now; its visible text.

        The page shows it first (a code error under the code field, with focus there), so the reader
        hears it once, as the field's description (ui.messages.say_at_field explains)."""
        values = dict(params or {})
        text = visible_text(render(code, **values))
        self.problem.emit(text)
        say(self._ctx.announcer, code, Priority.NOW, **values)
        return text

    def _tell_error(self, error: BaseException) -> str:
        """Tell `error` the one way every screen does (its catalogue code, placeholders filled in)."""
        return self._tell(message_code_for(error), message_params_for(error))

    # --- review -------------------------------------------------------------------------------

    def review(self, intent: PaymentIntent) -> None:
        """Create a consent for `intent` (a new one every time) and move to REVIEW."""
        if self._busy or self._step not in FORM_STEPS:
            return
        self._forget_consent()
        self._set_step(FlowStep.PREPARING)
        bank = self._ctx.bank
        self._run(
            lambda: bank.prepare_payment(intent),
            self._prepared,
            self._prepare_failed,
            #: Progress announced while the bank prepares a payment for review.
            self.tr("Preparing the payment for review"),
        )

    def _prepared(self, consent: PaymentConsent) -> None:
        if self._step is not FlowStep.PREPARING:
            return  # the user went back meanwhile: this consent is simply never used
        self._consent = consent
        self._set_step(FlowStep.REVIEW)
        self.review_ready.emit(consent)

    def _prepare_failed(self, error: BaseException) -> None:
        self._set_step(FlowStep.EDITING)
        self._tell_error(error)

    def back_to_edit(self) -> None:
        """Back to the form, keeping what was typed; the consent and any code are dropped."""
        if self._busy or self.money_in_flight():
            return  # an answer is on its way (a consent, a code, a payment): let it arrive first
        self._forget_consent()
        self._set_step(FlowStep.EDITING)

    def _forget_consent(self) -> None:
        self._timer.stop()
        self._consent = None
        self._challenge = None
        self._outcome = None
        self._wrong_codes = 0
        self._submitted = False
        self._status_code = ""

    # --- one-time code ------------------------------------------------------------------------

    def confirm(self, channel: str) -> None:
        """The customer confirmed the review: send a one-time code by `channel`."""
        if self._busy or self._step is not FlowStep.REVIEW:
            return
        self._send_code(channel)

    def resend_code(self, channel: str | None = None) -> None:
        """Send a new code (a new challenge for the same consent); the old code stops mattering."""
        if self._busy or self._step is not FlowStep.AWAITING_CODE:
            return
        self._send_code(channel or (self._challenge.channel if self._challenge else "SMS"))

    def _send_code(self, channel: str) -> None:
        consent = self._consent
        if consent is None:
            return
        self._set_step(FlowStep.SENDING_CODE)
        bank = self._ctx.bank
        self._run(
            lambda: bank.send_code(consent, channel),
            self._code_was_sent,
            self._code_not_sent,
            #: Progress announced while the bank sends a one-time code.
            self.tr("Sending a one-time code"),
        )

    def _code_was_sent(self, challenge: Challenge) -> None:
        if self._step is not FlowStep.SENDING_CODE or self._consent is None:
            return
        self._challenge = challenge
        self._wrong_codes = 0
        self._set_step(FlowStep.AWAITING_CODE)
        self.code_sent.emit(challenge)
        say(self._ctx.announcer, "success.code_sent", Priority.NEXT, destination=challenge.masked_destination)

    def _code_not_sent(self, error: BaseException) -> None:
        self._set_step(FlowStep.AWAITING_CODE if self._challenge is not None else FlowStep.REVIEW)
        self._tell_error(error)

    def check_code(self, text: str) -> ValidationError | None:
        """The typed code's problem (for the field), or None when it is well formed."""
        length = self._challenge.code_length if self._challenge else 6
        result = validate_otp(text, length=length)
        return result if isinstance(result, ValidationError) else None

    def submit_code(self, text: str) -> ValidationError | None:
        """Verify the typed (or pasted: "123 456") code, then send the payment exactly once.

        Returns the validation error when the code is malformed (nothing is sent then); the caller
        shows it under the field. Ignored while a request is in flight.
        """
        challenge = self._challenge
        if self._busy or self._step is not FlowStep.AWAITING_CODE or challenge is None:
            return None
        code = validate_otp(text, length=challenge.code_length)
        if isinstance(code, ValidationError):
            return code
        self._set_step(FlowStep.VERIFYING)
        bank = self._ctx.bank
        self._run(
            lambda: bank.confirm_code(challenge, code),
            lambda _none: self._submit(),
            self._code_refused,
            #: Progress announced while the bank checks the one-time code.
            self.tr("Checking the code"),
        )
        return None

    def _code_refused(self, error: BaseException) -> None:
        self._set_step(FlowStep.AWAITING_CODE)
        if isinstance(error, Rejected) and error.message_code == "sca.code_wrong":
            self._wrong_codes += 1
            left = max(MAX_CODE_ATTEMPTS - self._wrong_codes, 0)
            self._tell("sca.code_wrong", {"attempts_left": str(left)})
            return
        self._tell_error(error)

    # --- sending ------------------------------------------------------------------------------

    def _submit(self) -> None:
        consent = self._consent
        if consent is None or (self._submitted and self._step is not FlowStep.NOT_SENT):
            return
        self._submitted = True
        self._set_step(FlowStep.SUBMITTING)
        bank = self._ctx.bank
        self._run(
            lambda: bank.submit_payment(consent),
            self._handle_outcome,
            self._submit_failed,
            #: Progress announced while the payment is being sent to the bank.
            self.tr("Sending the payment"),
        )

    def send_again(self) -> None:
        """After NOT_SENT (the request never reached the bank): send the same consent again.

        Safe: the bank's outbox resends the very same request, so this can never pay twice.
        """
        if self._busy or self._step is not FlowStep.NOT_SENT:
            return
        self._submit()

    def _submit_failed(self, error: BaseException) -> None:
        if isinstance(error, OutcomeUnknown):
            self._set_step(FlowStep.UNKNOWN)
            self._announce_unknown()
            self._schedule(self._reconcile_ms)
            return
        if isinstance(error, Rejected):
            self._set_step(FlowStep.REJECTED)
            self._announce_status(PaymentStatus.REJECTED.value)
            self._tell_error(error)
            return
        # Offline, signed out, rate limited: the request did not reach the bank; nothing was paid.
        self._set_step(FlowStep.NOT_SENT)
        self._tell_error(error)

    def _announce_unknown(self) -> None:
        #: Shown and read aloud when a payment was sent but its outcome cannot be known yet.
        text = self.tr(
            "We don't know yet whether the payment went through. We are checking — do not send it again."
        )
        self._ctx.announcer.announce(text, Priority.NOW)
        self.status_changed.emit(text)

    def _handle_outcome(self, outcome: PaymentOutcome) -> None:
        self._outcome = outcome
        self._timer.stop()
        if outcome.kind is PaymentKind.SCHEDULED and not outcome.status.is_failure:
            self._set_step(FlowStep.SCHEDULED)
            self._announce_scheduled()
            return
        self._announce_status(outcome.status.value)
        if outcome.status.is_success or is_paid_without_id(outcome):
            self._set_step(FlowStep.COMPLETED)
            self._announce_sent(outcome)
        elif outcome.status.is_failure:
            self._set_step(FlowStep.REJECTED)
        else:
            self._set_step(FlowStep.TRACKING)
            self._poll_ms = POLL_FIRST_MS
            self._schedule(self._poll_ms)

    def _announce_status(self, ob_status: str) -> None:
        """Say the status when it changed (Received, In progress, Completed, Rejected)."""
        code = payment_status_code(ob_status)
        if code == self._status_code:
            return
        self._status_code = code
        priority = Priority.NOW if code == "status.rejected" else Priority.NEXT
        msg = render(code)
        #: Payment status line; {status} is e.g. "Received by the bank", "Completed".
        visible = self.tr("Payment status: {status}").format(status=msg.text)
        #: Spoken payment status; {status} is the spoken status sentence.
        spoken = self.tr("Payment status: {status}").format(status=spoken_text(msg))
        self._ctx.announcer.announce(spoken, priority, visible=visible)
        self.status_changed.emit(visible)

    def _announce_sent(self, outcome: PaymentOutcome) -> None:
        consent = self._consent
        if consent is None:
            return
        intent = consent.intent
        locale = current_locale_name()
        msg = render(
            "success.payment_sent", amount=display_money(intent.amount, locale), payee=intent.creditor_name
        )
        spoken = render(
            "success.payment_sent", amount=spoken_money(intent.amount, locale), payee=intent.creditor_name
        )
        if outcome.recovered:
            #: Added after a payment whose outcome was unknown turned out to have been made.
            once = self.tr("We checked with the bank: it was paid exactly once.")
            self._ctx.announcer.announce(
                join_sentences(spoken_text(spoken), once),
                Priority.NEXT,
                visible=join_sentences(msg.text, once),
            )
        else:
            self._ctx.announcer.announce(spoken_text(spoken), Priority.NEXT, visible=visible_text(msg))

    def _announce_scheduled(self) -> None:
        consent = self._consent
        when_date = consent.intent.requested_execution_date if consent is not None else None
        if consent is None or when_date is None:
            return
        intent = consent.intent
        locale = current_locale_name()
        when = long_date(when_date)
        visible = render(
            "success.payment_scheduled",
            amount=display_money(intent.amount, locale),
            payee=intent.creditor_name,
            date=when,
        )
        spoken = render(
            "success.payment_scheduled",
            amount=spoken_money(intent.amount, locale),
            payee=intent.creditor_name,
            date=when,
        )
        self._ctx.announcer.announce(spoken_text(spoken), Priority.NEXT, visible=visible_text(visible))
        self.status_changed.emit(visible_text(visible))

    # --- following the payment ----------------------------------------------------------------

    def _schedule(self, delay_ms: int) -> None:
        self._timer.start(delay_ms)

    def _on_timer(self) -> None:
        if self._busy:
            self._schedule(POLL_FIRST_MS)
        elif self._step is FlowStep.TRACKING:
            self._poll_status()
        elif self._step is FlowStep.UNKNOWN:
            self._reconcile()

    def _poll_status(self) -> None:
        outcome = self._outcome
        if outcome is None:
            return
        if outcome.payment_id is None:
            self._reconcile()  # no id to ask about: the outbox knows how to find out
            return
        payment_id, kind = outcome.payment_id, outcome.kind
        bank = self._ctx.bank
        self._ctx.tasks.run(
            lambda: bank.payment_status(payment_id, kind),
            self._status_polled,
            self._poll_failed,
        )

    def _status_polled(self, status: PaymentStatus) -> None:
        outcome = self._outcome
        if outcome is None or self._step is not FlowStep.TRACKING:
            return
        self._handle_outcome(replace(outcome, status=status))
        if self._step is FlowStep.TRACKING:
            self._poll_ms = min(self._poll_ms * 2, POLL_MAX_MS)
            self._schedule(self._poll_ms)

    def _poll_failed(self, _error: BaseException) -> None:
        # Reading a status changes nothing at the bank: keep asking, more slowly, without nagging.
        self._poll_ms = min(self._poll_ms * 2, POLL_MAX_MS)
        self._schedule(self._poll_ms)

    def _reconcile(self) -> None:
        consent = self._consent
        if consent is None:
            return
        bank, consent_id = self._ctx.bank, consent.consent_id

        def resolve() -> PaymentOutcome | None:
            mine = [o for o in bank.reconcile_outbox() if o.consent_id == consent_id]
            # An earlier reconciliation (at sign-in, another screen) may have resolved it already:
            # then it is no longer unfinished, and only the outbox still knows its outcome.
            return mine[-1] if mine else bank.known_outcome(consent_id)

        self._ctx.tasks.run(resolve, self._reconciled, self._reconcile_failed)

    def _reconciled(self, outcome: PaymentOutcome | None) -> None:
        consent = self._consent
        if outcome is None or consent is None or outcome.consent_id != consent.consent_id:
            self._reconcile_failed(None)
        elif self._step in (FlowStep.UNKNOWN, FlowStep.TRACKING):
            self._handle_outcome(outcome)

    def _reconcile_failed(self, _error: BaseException | None) -> None:
        self._reconcile_ms = min(self._reconcile_ms * 2, RECONCILE_MAX_MS)
        self._schedule(self._reconcile_ms)

    # --- after the end ------------------------------------------------------------------------

    def start_over(self) -> None:
        """After a final outcome: a fresh payment (the form keeps or clears its own fields)."""
        if self._step in FINAL_STEPS:
            self._forget_consent()
            self._set_step(FlowStep.EDITING)
