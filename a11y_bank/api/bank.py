"""`Bank`: the one facade the Qt screens use to talk to the bank.

Every method is synchronous and blocking: screens call them from a worker thread (`tasks.py`), never
from the GUI thread. They return the frozen dataclasses of `api.models` and raise only
`api.errors.BankApiError` subclasses.

Thread safety: one `Bank` may be used from several worker threads at once. The underlying
`httpx.Client` is thread-safe, token refresh is serialised by a lock in `TokenAuth`, the per-session
caches (account-access consent, account identifications) are guarded by a lock, and the outbox uses
one SQLite connection per call with `BEGIN IMMEDIATE` transactions.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

from a11y_bank.api.models import (
    Account,
    Balance,
    Beneficiary,
    Biller,
    Challenge,
    NameCheck,
    PaymentConsent,
    PaymentIntent,
    PaymentOutcome,
    PaymentStatus,
    Product,
    ScheduledPayment,
    Session,
    StandingOrder,
    TransactionPage,
)


class Bank:
    """Facade over the OB client and the payment outbox. See the module docstring for threading."""

    @classmethod
    def create(cls, base_url: str, store: object, data_dir: Path) -> Bank:
        """Build a Bank for `base_url`, keeping tokens in `store` and the outbox in `data_dir`."""
        raise NotImplementedError

    # --- session --------------------------------------------------------------------------------

    def sign_in(self, username: str, password: str) -> Session:
        """Sign in with the in-app flow; tokens go to the credential store, never to the caller."""
        raise NotImplementedError

    def sign_out(self) -> None:
        """End the session at the bank (best effort) and forget the tokens and session caches."""
        raise NotImplementedError

    # --- reading --------------------------------------------------------------------------------

    def accounts(self) -> list[Account]:
        """The customer's accounts. Creates and authorises the account-access consent once per session."""
        raise NotImplementedError

    def balances(self, account_id: str) -> list[Balance]:
        """Balances of one account (OB balance types; ITAV is what the customer can spend)."""
        raise NotImplementedError

    def transactions(
        self, account_id: str, from_date: date | None = None, to_date: date | None = None
    ) -> Iterator[TransactionPage]:
        """Pages of transactions, fetched lazily: the next page is requested only when iterated to."""
        raise NotImplementedError

    def beneficiaries(self) -> list[Beneficiary]:
        """Saved payees of all accounts."""
        raise NotImplementedError

    def add_beneficiary(
        self, name: str, scheme: str, identification: str, reference: str | None = None
    ) -> tuple[Beneficiary, NameCheck]:
        """Save a payee; the bank answers with a Confirmation-of-Payee style name check."""
        raise NotImplementedError

    def delete_beneficiary(self, beneficiary_id: str) -> None:
        """Delete a saved payee."""
        raise NotImplementedError

    def billers(self) -> list[Biller]:
        """Companies the customer can pay bills to."""
        raise NotImplementedError

    def products(self, account_id: str) -> list[Product]:
        """The product(s) behind an account."""
        raise NotImplementedError

    def product(self, account_id: str) -> Product | None:
        """The first product behind an account, or None."""
        raise NotImplementedError

    def scheduled_payments(self) -> list[ScheduledPayment]:
        """Future-dated one-off payments of all accounts."""
        raise NotImplementedError

    def standing_orders(self) -> list[StandingOrder]:
        """Repeating payments of all accounts."""
        raise NotImplementedError

    # --- paying ---------------------------------------------------------------------------------

    def prepare_payment(self, intent: PaymentIntent) -> PaymentConsent:
        """Create the payment consent (domestic, or scheduled when the intent has a date) and check funds."""
        raise NotImplementedError

    def schedule_payment(self, intent: PaymentIntent) -> PaymentConsent:
        """`prepare_payment` for an intent that must carry a requested execution date."""
        raise NotImplementedError

    def send_code(self, consent: PaymentConsent, channel: str = "SMS") -> Challenge:
        """Ask the bank to send a one-time code for `consent` by SMS, EMAIL, VOICE or TOKEN."""
        raise NotImplementedError

    def confirm_code(self, challenge: Challenge, code: str) -> None:
        """Verify the one-time code; the consent becomes authorised. Wrong/expired/locked -> `Rejected`."""
        raise NotImplementedError

    def submit_payment(self, consent: PaymentConsent) -> PaymentOutcome:
        """Submit the authorised consent as a payment, exactly once, through the outbox.

        Raises:
            OutcomeUnknown: the bank may have the payment; `reconcile_outbox()` will find out.
        """
        raise NotImplementedError

    def payment_status(self, payment_id: str) -> PaymentStatus:
        """Current status of a domestic payment."""
        raise NotImplementedError

    def wait_for_final(
        self, outcome: PaymentOutcome, *, timeout: float = 10.0, interval: float = 0.5
    ) -> PaymentOutcome:
        """Poll the payment until its status is final or `timeout` seconds pass; return the latest outcome."""
        raise NotImplementedError

    def cancel_scheduled(self, scheduled_payment_id: str) -> None:
        """Cancel a scheduled payment before its date."""
        raise NotImplementedError

    def reconcile_outbox(self) -> list[PaymentOutcome]:
        """Resolve every unfinished payment in the outbox (call at start-up); never pays twice."""
        raise NotImplementedError
