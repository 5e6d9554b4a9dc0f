"""`Bank`: the one facade the Qt screens use to talk to the bank.

Every method is synchronous and blocking: screens call them from a worker thread (`tasks.py`), never
from the GUI thread. They return the frozen dataclasses of `api.models` and raise only
`api.errors.BankApiError` subclasses.

Paying takes four calls, each a separate step the screen announces::

    consent = bank.prepare_payment(intent)          # consent + funds check
    challenge = bank.send_code(consent, "SMS")      # a one-time code goes out
    bank.confirm_code(challenge, typed_code)        # the consent is authorised
    outcome = bank.submit_payment(consent)          # exactly once, through the outbox

After sign-in (and at start-up) call `reconcile_outbox()` so payments interrupted by a crash or a lost
connection are resolved.

Thread safety: one `Bank` may be used from several worker threads at once. The underlying
`httpx.Client` is thread-safe, token refresh is serialised in `TokenAuth`, the per-session state
(session, account-access consent, account cache) is guarded by a lock, and the outbox opens one SQLite
connection per call with ``BEGIN IMMEDIATE`` transactions.
"""

from __future__ import annotations

import dataclasses
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import date
from functools import partial
from pathlib import Path

import httpx

from a11y_bank.api import parse
from a11y_bank.api.auth import SecretStore, TokenGrant
from a11y_bank.api.client import JsonObject, ObClient, new_idempotency_key
from a11y_bank.api.config import ApiConfig
from a11y_bank.api.errors import AuthExpired, BankApiError, InvalidResponse, Rejected
from a11y_bank.api.models import (
    Account,
    Balance,
    Beneficiary,
    Biller,
    Challenge,
    ConsentStatus,
    NameCheck,
    PaymentConsent,
    PaymentIntent,
    PaymentKind,
    PaymentOutcome,
    PaymentStatus,
    Product,
    ScheduledPayment,
    Session,
    StandingOrder,
    TransactionPage,
)
from a11y_bank.api.outbox import Outbox
from a11y_bank.api.payloads import beneficiary_body, consent_body, payment_body
from a11y_bank.api.payments import PaymentSender, outcome_of
from a11y_bank.credentials.unlock import UnlockCheck

__all__ = ["OUTBOX_FILE_NAME", "Bank"]

OUTBOX_FILE_NAME = "payment-outbox.sqlite3"
CONSENT_NOT_VALID = "U035"
"""OB code of a 403 meaning "no authorised account-access consent grants this" (expired, revoked)."""
# Characters of a UUID4 hex we use as InstructionIdentification (Faster Payments reads 31).
_INSTRUCTION_ID_LENGTH = 31


class Bank:
    """Facade over the OB client and the payment outbox. See the module docstring for threading."""

    def __init__(
        self,
        client: ObClient,
        outbox: Outbox,
        *,
        sleep: Callable[[float], None] = time.sleep,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._client = client
        self.outbox = outbox
        self._sender = PaymentSender(client, outbox)
        self._sleep = sleep
        self._monotonic = monotonic
        self._lock = threading.RLock()
        self._session: Session | None = None
        self._access_consent_id: str | None = None
        self._accounts: dict[str, Account] | None = None
        self._unlock: UnlockCheck | None = None

    @classmethod
    def create(
        cls,
        base_url: str,
        store: SecretStore,
        data_dir: Path,
        *,
        transport: httpx.BaseTransport | None = None,
        timeout: float = 10.0,
        max_retries: int = 3,
        sleep: Callable[[float], None] = time.sleep,
        outbox_key_store: SecretStore | None = None,
    ) -> Bank:
        """A Bank for `base_url` keeping tokens in `store` and the outbox in `data_dir`.

        With `outbox_key_store` (a store that outlives the process: the keyring), the outbox seals the
        payee's details at rest with a key kept there (`api.outbox`).
        """
        config = ApiConfig(base_url, timeout=timeout, max_retries=max_retries, transport=transport)
        outbox = Outbox(data_dir / OUTBOX_FILE_NAME, key_store=outbox_key_store)
        return cls(ObClient(config, store, sleep=sleep), outbox, sleep=sleep)

    def close(self) -> None:
        """Close the HTTP connections (the tokens stay in the store)."""
        self._client.close()

    @property
    def client(self) -> ObClient:
        """The wire client, for the extension facades (`api.wealth`) that share this session."""
        return self._client

    @property
    def base_url(self) -> str:
        """The bank's origin, for services on the same origin (the support chat's homeserver)."""
        return str(self._client.config.base_url)

    def chat_login_token(self) -> str | None:
        """The current access token, which the demo bank's homeserver exchanges for a chat token.

        Only for that exchange: the token never leaves this process otherwise.
        """
        return self._client.tokens.access()

    # --- session --------------------------------------------------------------------------------

    @property
    def session(self) -> Session | None:
        """Who is signed in through this Bank, or None."""
        return self._session

    @property
    def unlock_check(self) -> UnlockCheck | None:
        """Checks the password that unlocks the idle-locked app (a salted hash); None when signed out."""
        return self._unlock

    def sign_in(self, username: str, password: str) -> Session:
        """Sign in with the in-app flow; tokens go to the credential store, never to the caller.

        Raises:
            Rejected: wrong username or password (message code ``sign_in.failed``).
        """
        try:
            document = self._client.sign_in(username, password)
        except AuthExpired:
            raise Rejected(401, None, message_code="sign_in.failed", detail="sign-in refused") from None
        grant = TokenGrant.from_json(document)
        self._client.tokens.keep(grant)
        session = Session(display_name=grant.display_name, customer_id=grant.customer_id)
        unlock = UnlockCheck(password)
        with self._lock:
            self._session = session
            self._access_consent_id = None
            self._accounts = None
            self._unlock = unlock
        return session

    def sign_out(self) -> None:
        """End the session at the bank (best effort) and forget the tokens and session caches."""
        try:
            if self._client.tokens.access() is not None:
                self._client.sign_out()
        except BankApiError:
            pass  # best effort: the bank may be unreachable or the session already over
        finally:
            self._client.tokens.forget()
            with self._lock:
                self._session = None
                self._access_consent_id = None
                self._accounts = None
                self._unlock = None

    def _customer_id(self) -> str:
        session = self._session
        if session is None:
            raise AuthExpired("not signed in")
        return session.customer_id

    # --- account access -------------------------------------------------------------------------

    def _ensure_account_access(self) -> None:
        """Create and authorise the account-access consent, once per session."""
        with self._lock:
            if self._access_consent_id is not None:
                return
            document = self._client.create_account_access_consent()
            consent_id = parse.consent_id(document)
            authorised = self._client.authorise_account_access_consent(consent_id)
            if parse.parse_consent_status(authorised) is not ConsentStatus.AUTHORISED:
                raise InvalidResponse("the account-access consent was not authorised")
            self._access_consent_id = consent_id

    def _aisp(self, read: Callable[[], JsonObject]) -> JsonObject:
        """Run an account-information read under the session's account-access consent. If the bank says
        the consent no longer grants it (403 U035: expired or revoked), authorise a new one once."""
        self._ensure_account_access()
        try:
            return read()
        except Rejected as error:
            if error.status != httpx.codes.FORBIDDEN or not error.has_code(CONSENT_NOT_VALID):
                raise
        with self._lock:
            self._access_consent_id = None
        self._ensure_account_access()
        return read()

    def accounts(self) -> list[Account]:
        """The customer's accounts. Creates and authorises the account-access consent once per session."""
        accounts = parse.parse_accounts(self._aisp(self._client.accounts))
        with self._lock:
            self._accounts = {account.account_id: account for account in accounts}
        return accounts

    def _account(self, account_id: str) -> Account:
        with self._lock:
            cached = self._accounts
        if cached is None or account_id not in cached:
            cached = {account.account_id: account for account in self.accounts()}
        try:
            return cached[account_id]
        except KeyError:
            raise Rejected(404, None, detail="not one of the customer's accounts") from None

    def _currencies(self) -> dict[str, str]:
        with self._lock:
            cached = self._accounts
        accounts = list(cached.values()) if cached is not None else self.accounts()
        return {account.account_id: account.currency for account in accounts}

    # --- reading --------------------------------------------------------------------------------

    def balances(self, account_id: str) -> list[Balance]:
        """Balances of one account (OB balance types; ITAV is what the customer can spend)."""
        account = self._account(account_id)
        document = self._aisp(lambda: self._client.balances(account_id))
        # Only this account's id is known to the parser: a balance of any other account is refused.
        return parse.parse_balances(document, {account_id: account.currency})

    def transactions(
        self, account_id: str, from_date: date | None = None, to_date: date | None = None
    ) -> Iterator[TransactionPage]:
        """Pages of transactions, newest first, fetched lazily: a page is requested only when the
        iterator is advanced to it, so a screen paints page 1 while it asks for page 2."""
        account = self._account(account_id)
        return self._pages(account, from_date, to_date)

    def _pages(
        self, account: Account, from_date: date | None, to_date: date | None
    ) -> Iterator[TransactionPage]:
        document = self._aisp(lambda: self._client.transactions(account.account_id, from_date, to_date))
        page_number = 1
        while True:
            page, following = parse.parse_transaction_page(
                document, account.account_id, account.currency, page_number
            )
            yield page
            if following is None:
                return
            page_number += 1
            document = self._client.get_link(following)

    def beneficiaries(self, account_id: str | None = None) -> list[Beneficiary]:
        """Saved payees of one account, or of all accounts (each payee once) when `account_id` is None."""
        account_ids = [account_id] if account_id is not None else list(self._currencies())
        seen: dict[str, Beneficiary] = {}
        for each in account_ids:
            document = self._aisp(partial(self._client.beneficiaries, each))
            for beneficiary in parse.parse_beneficiaries(document):
                if beneficiary.account_id not in ("", each):  # asked for this account's payees only
                    raise InvalidResponse("Data.Beneficiary.AccountId is not the requested account")
                seen.setdefault(beneficiary.beneficiary_id, beneficiary)
        return list(seen.values())

    def add_beneficiary(
        self, name: str, scheme: str, identification: str, reference: str | None = None
    ) -> tuple[Beneficiary, NameCheck]:
        """Save a payee; the bank answers with a Confirmation-of-Payee style name check (for
        CLOSE_MATCH, `Beneficiary.matched_name` is the account holder's real name)."""
        body = beneficiary_body(name, scheme, identification, reference)
        return parse.parse_beneficiary_added(self._client.add_beneficiary(body, new_idempotency_key()))

    def delete_beneficiary(self, beneficiary_id: str) -> None:
        """Delete a saved payee (deleting twice is harmless)."""
        self._client.delete_beneficiary(beneficiary_id)

    def billers(self) -> list[Biller]:
        """Companies the customer can pay bills to."""
        return parse.parse_billers(self._client.billers())

    def products(self, account_id: str) -> list[Product]:
        """The product(s) behind an account."""
        return parse.parse_products(self._aisp(lambda: self._client.product(account_id)))

    def product(self, account_id: str) -> Product | None:
        """The first product behind an account, or None."""
        products = self.products(account_id)
        return products[0] if products else None

    def scheduled_payments(self, account_id: str | None = None) -> list[ScheduledPayment]:
        """Future-dated one-off payments of one account, or of all accounts."""
        currencies = self._currencies()
        payments: list[ScheduledPayment] = []
        for each in [account_id] if account_id is not None else list(currencies):
            document = self._aisp(partial(self._client.scheduled_payments, each))
            payments.extend(parse.parse_scheduled_payments(document, currencies))
        return payments

    def standing_orders(self, account_id: str | None = None) -> list[StandingOrder]:
        """Repeating payments of one account, or of all accounts."""
        currencies = self._currencies()
        orders: list[StandingOrder] = []
        for each in [account_id] if account_id is not None else list(currencies):
            document = self._aisp(partial(self._client.standing_orders, each))
            orders.extend(parse.parse_standing_orders(document, currencies))
        return orders

    # --- paying ---------------------------------------------------------------------------------

    def prepare_payment(self, intent: PaymentIntent) -> PaymentConsent:
        """Create the payment consent (domestic, or scheduled when the intent has a date).

        For a domestic payment the bank's funds check is asked too: `funds_available` False means the
        screen should say so before asking for a code.
        """
        debtor = self._account(intent.debtor_account_id)
        instruction_id = uuid.uuid4().hex[:_INSTRUCTION_ID_LENGTH]
        body = consent_body(intent, debtor, instruction_id)
        if intent.kind is PaymentKind.SCHEDULED:
            document = self._client.create_scheduled_payment_consent(body, new_idempotency_key())
        else:
            document = self._client.create_domestic_payment_consent(body, new_idempotency_key())
        consent = parse.parse_payment_consent(document, intent, instruction_id)
        if intent.kind is PaymentKind.DOMESTIC:
            funds = parse.parse_funds_available(self._client.funds_confirmation(consent.consent_id))
            consent = dataclasses.replace(consent, funds_available=funds)
        return consent

    def schedule_payment(self, intent: PaymentIntent) -> PaymentConsent:
        """`prepare_payment` for an intent that must carry a requested execution date."""
        if intent.requested_execution_date is None:
            raise ValueError("a scheduled payment needs a requested execution date")
        return self.prepare_payment(intent)

    def send_code(self, consent: PaymentConsent, channel: str = "SMS") -> Challenge:
        """Ask the bank to send a one-time code for `consent` by SMS, EMAIL, VOICE or TOKEN."""
        challenge = parse.parse_challenge(self._client.start_challenge(consent.consent_id, channel))
        if challenge.consent_id != consent.consent_id:
            raise InvalidResponse("the challenge is for another consent")
        return challenge

    def confirm_code(self, challenge: Challenge, code: str) -> None:
        """Verify the one-time code; the consent becomes authorised.

        Raises:
            Rejected: wrong code (``sca.code_wrong``), expired (``sca.code_expired``), locked
                after five wrong codes (``sca.code_locked``).
        """
        document = self._client.verify_challenge(challenge.challenge_id, code)
        if parse.verified_consent_status(document) is not ConsentStatus.AUTHORISED:
            raise InvalidResponse("the consent is not authorised after a verified code")

    def submit_payment(self, consent: PaymentConsent) -> PaymentOutcome:
        """Submit the authorised consent as a payment, exactly once, through the outbox.

        Submitting the same consent again never pays twice: it returns the first outcome, or resends
        the very same request.

        Raises:
            OutcomeUnknown: the bank may have the payment; `reconcile_outbox()` will find out.
            Rejected: the bank refused the payment; nothing was paid.
            Offline, AuthExpired, RateLimited: the payment did not reach the bank; nothing was paid.
        """
        customer_id = self._customer_id()
        debtor = self._account(consent.intent.debtor_account_id)
        body = payment_body(consent.intent, debtor, consent.instruction_id, consent.consent_id)
        return self._sender.submit(customer_id, consent, body)

    def payment_status(self, payment_id: str, kind: PaymentKind = PaymentKind.DOMESTIC) -> PaymentStatus:
        """Current status of a payment."""
        if kind is PaymentKind.SCHEDULED:
            document = self._client.get_scheduled_payment(payment_id)
            resource = parse.parse_payment(document, "DomesticScheduledPaymentId")
        else:
            resource = parse.parse_payment(self._client.get_domestic_payment(payment_id), "DomesticPaymentId")
        if resource.payment_id != payment_id:
            raise InvalidResponse("the bank answered about another payment")
        return resource.status

    def wait_for_final(
        self, outcome: PaymentOutcome, *, timeout: float = 10.0, interval: float = 0.5
    ) -> PaymentOutcome:
        """Poll the payment until its status is final or `timeout` seconds pass; return the latest outcome.

        A scheduled payment is not polled (it settles on its date), nor is one without a payment id.
        """
        if outcome.payment_id is None or outcome.kind is PaymentKind.SCHEDULED:
            return outcome
        deadline = self._monotonic() + timeout
        current = outcome
        while not current.status.is_final and self._monotonic() < deadline:
            self._sleep(interval)
            status = self.payment_status(outcome.payment_id, outcome.kind)
            if status is not current.status:
                self.outbox.update_status(outcome.intent_id, status.value)
                current = dataclasses.replace(current, status=status)
        return current

    def cancel_scheduled(self, scheduled_payment_id: str) -> None:
        """Cancel a scheduled payment before its date (cancelling twice is harmless)."""
        self._client.cancel_scheduled_payment(scheduled_payment_id)

    def known_outcome(self, consent_id: str) -> PaymentOutcome | None:
        """What the outbox knows about the payment of `consent_id` (no network): its outcome once DONE
        or FAILED, None while it is unresolved (or was never submitted).

        A screen that got `OutcomeUnknown`, or an outcome without a payment id, can ask this after
        `reconcile_outbox()` instead of waiting for that consent to appear in a reconciliation."""
        entry = self.outbox.for_consent(self._customer_id(), consent_id)
        if entry is None or not entry.state.is_finished:
            return None
        return outcome_of(entry, recovered=entry.maybe_sent)

    def reconcile_outbox(self) -> list[PaymentOutcome]:
        """Resolve every unfinished payment of the signed-in customer (call after sign-in). Never pays
        twice. Returns what became known; payments the bank still cannot be asked about stay pending.
        """
        return self._sender.reconcile(self._customer_id())
