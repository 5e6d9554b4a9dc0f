"""Sending payments through the outbox, and resolving the ones whose outcome is unknown.

This is where exactly-once is decided. The rules:

- The outbox row (key + exact bytes) is written before the first send; every send of that row reuses
  both, so the bank's idempotency makes any number of sends one payment.
- A send that may have reached the bank and got no answer is UNKNOWN, never FAILED: only the bank can
  tell us it did not pay, so we ask it again (same key, same bytes) rather than guess.
- "Consent already consumed" (U009) on our own re-send means the payment exists: DONE.
"""

from __future__ import annotations

import logging

from a11y_bank.api.client import JsonObject, ObClient, new_idempotency_key
from a11y_bank.api.errors import (
    AuthExpired,
    BankApiError,
    InvalidResponse,
    Offline,
    OutcomeUnknown,
    RateLimited,
    Rejected,
)
from a11y_bank.api.models import PaymentConsent, PaymentKind, PaymentOutcome, PaymentStatus
from a11y_bank.api.outbox import Outbox, OutboxEntry, OutboxState
from a11y_bank.api.parse import parse_payment

__all__ = ["CONSENT_CONSUMED_CODES", "PaymentSender", "outcome_of"]

_log = logging.getLogger(__name__)

CONSENT_CONSUMED_CODES = ("U009",)
"""OB codes meaning "this consent was already used by a payment" (see docs/sandbox.md)."""

_ID_FIELD = {PaymentKind.DOMESTIC: "DomesticPaymentId", PaymentKind.SCHEDULED: "DomesticScheduledPaymentId"}


class PaymentSender:
    """Submits payments exactly once. Thread-safe (no state beyond the client and the outbox)."""

    def __init__(self, client: ObClient, outbox: Outbox) -> None:
        self._client = client
        self._outbox = outbox

    def submit(self, customer_id: str, consent: PaymentConsent, body: bytes) -> PaymentOutcome:
        """Journal and send the payment of an authorised `consent`.

        A consent already in the outbox is not journalled again: its DONE outcome is returned, or its
        original bytes and key are sent again.

        Raises:
            OutcomeUnknown: the bank may have the payment; `reconcile` will find out.
            Rejected: the bank refused it (nothing paid).
            Offline, AuthExpired, RateLimited: it certainly did not reach the bank (nothing paid).
        """
        entry = self._outbox.prepare(
            customer_id=customer_id,
            consent_id=consent.consent_id,
            intent=consent.intent,
            body=body,
            idempotency_key=new_idempotency_key(),
        )
        if entry.state is OutboxState.DONE:
            return outcome_of(entry, recovered=False)
        return self._send(entry, recovered=False)

    def reconcile(self, customer_id: str) -> list[PaymentOutcome]:
        """Resolve every unfinished entry of `customer_id`. Returns the outcomes now known (paid or
        refused); entries the bank still cannot be asked about stay unfinished for the next run.

        Raises:
            AuthExpired: the session ended; sign in and reconcile again.
        """
        outcomes = []
        for entry in self._outbox.unfinished(customer_id):
            try:
                outcomes.append(self._send(entry, recovered=True))
            except Rejected:
                refused = self._outbox.get(entry.intent_id)  # FAILED now (or DONE, if another thread won)
                assert refused is not None
                outcomes.append(outcome_of(refused, recovered=True))
            except AuthExpired:
                raise
            except BankApiError as error:
                _log.info("payment %s still unresolved: %r", entry.intent_id, error)
        return outcomes

    def _send(self, entry: OutboxEntry, *, recovered: bool) -> PaymentOutcome:
        self._outbox.mark_sent(entry.intent_id)
        try:
            document = self._post(entry)
        except Rejected as rejection:
            return self._rejected(entry, rejection, recovered=recovered)
        except (Offline, AuthExpired, RateLimited) as error:
            # The exchanger raises these only when no attempt of THIS send may have reached the bank.
            self._outbox.mark_not_sent(entry.intent_id, type(error).__name__)
            if entry.maybe_sent or entry.state in (OutboxState.SENT, OutboxState.UNKNOWN):
                if isinstance(error, AuthExpired):
                    raise  # sign in again; the entry stays unresolved for the next reconciliation
                # An earlier send (before a crash, or a lost answer) may have paid: not "nothing paid".
                raise OutcomeUnknown(type(error).__name__, intent_id=entry.intent_id) from error
            raise
        except BankApiError as error:  # OutcomeUnknown, InvalidResponse on a 2xx, anything unexpected
            self._outbox.mark_unknown(entry.intent_id)
            raise OutcomeUnknown(type(error).__name__, intent_id=entry.intent_id) from error
        try:
            resource = parse_payment(document, _ID_FIELD[entry.kind])
            if resource.consent_id != entry.consent_id:
                raise InvalidResponse("the payment answers for another consent")
        except InvalidResponse as error:
            self._outbox.mark_unknown(entry.intent_id)
            raise OutcomeUnknown("unreadable payment response", intent_id=entry.intent_id) from error
        self._outbox.mark_done(entry.intent_id, resource.payment_id, resource.status.value)
        done = self._outbox.get(entry.intent_id)
        assert done is not None
        return outcome_of(done, recovered=recovered)

    def _post(self, entry: OutboxEntry) -> JsonObject:
        if entry.kind is PaymentKind.SCHEDULED:
            return self._client.create_scheduled_payment(entry.body, entry.idempotency_key)
        return self._client.create_domestic_payment(entry.body, entry.idempotency_key)

    def _rejected(self, entry: OutboxEntry, rejection: Rejected, *, recovered: bool) -> PaymentOutcome:
        if rejection.has_code(*CONSENT_CONSUMED_CODES):
            # Our consent was used by a payment: ours, sent earlier (the bank no longer replays it).
            self._outbox.mark_done(entry.intent_id, None, PaymentStatus.RECEIVED.value)
            done = self._outbox.get(entry.intent_id)
            assert done is not None
            return outcome_of(done, recovered=True)
        self._outbox.mark_failed(entry.intent_id, rejection.code or f"HTTP{rejection.status}")
        raise rejection


def outcome_of(entry: OutboxEntry, *, recovered: bool) -> PaymentOutcome:
    """The `PaymentOutcome` an outbox entry stands for (FAILED: RJCT without a payment id)."""
    if entry.state is OutboxState.FAILED:
        status = PaymentStatus.REJECTED
    else:
        status = PaymentStatus(entry.status or PaymentStatus.RECEIVED.value)
    return PaymentOutcome(
        intent_id=entry.intent_id,
        payment_id=entry.payment_id,
        consent_id=entry.consent_id,
        kind=entry.kind,
        status=status,
        recovered=recovered,
    )
