"""Plain frozen dataclasses the screens receive from `api.bank.Bank`.

No HTTP, no JSON and no Qt here: parsing from the OB wire format lives in `api.parse`. Money is always
`domain.money.Money` (a `Decimal` amount, never a float).

Account numbers: a model may carry the full identification (a transfer needs the payee's number), but
it is excluded from `repr()` so it can never reach a log line by accident; screens show `masked`.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from a11y_bank.domain.money import Money

__all__ = [
    "Account",
    "Balance",
    "Beneficiary",
    "Biller",
    "Challenge",
    "ConsentStatus",
    "CreditDebit",
    "NameCheck",
    "PaymentConsent",
    "PaymentIntent",
    "PaymentKind",
    "PaymentOutcome",
    "PaymentStatus",
    "Product",
    "ScheduledPayment",
    "Session",
    "StandingOrder",
    "Transaction",
    "TransactionPage",
    "last4",
    "mask_identification",
]


def last4(identification: str) -> str:
    """The last four characters of an account identification (what a person may see and hear)."""
    return identification.replace(" ", "")[-4:]


def mask_identification(identification: str) -> str:
    """An identification masked to its last four characters: ``"•••• 1234"``."""
    return f"•••• {last4(identification)}"


class MaskedIdentification:
    """`last4` and `masked` for the models that carry a full account identification (kept out of repr)."""

    __slots__ = ()
    identification: str

    @property
    def last4(self) -> str:
        return last4(self.identification)

    @property
    def masked(self) -> str:
        return mask_identification(self.identification)


class CreditDebit(enum.StrEnum):
    """OB `CreditDebitIndicator`: money in (Credit) or out (Debit)."""

    CREDIT = "Credit"
    DEBIT = "Debit"


class ConsentStatus(enum.StrEnum):
    """OB consent status codes (payment consents: AWAU, AUTH, COND, RJCT; account access adds EXPD, CANC)."""

    AWAITING_AUTHORISATION = "AWAU"
    AUTHORISED = "AUTH"
    CONDITIONAL = "COND"
    REJECTED = "RJCT"
    EXPIRED = "EXPD"
    CANCELLED = "CANC"


class PaymentStatus(enum.StrEnum):
    """OB `ExternalPaymentTransactionStatus1Code` (plus CANC for scheduled payments)."""

    RECEIVED = "RCVD"
    PENDING = "PDNG"
    ACCEPTED_TECHNICAL_VALIDATION = "ACTC"
    PARTIALLY_ACCEPTED_TECHNICAL = "PATC"
    ACCEPTED_CUSTOMER_PROFILE = "ACCP"
    ACCEPTED_FUNDS_CHECKED = "ACFC"
    ACCEPTED_SETTLEMENT_IN_PROCESS = "ACSP"
    ACCEPTED_WITH_CHANGE = "ACWC"
    ACCEPTED_SETTLEMENT_COMPLETED = "ACSC"
    ACCEPTED_WITHOUT_POSTING = "ACWP"
    ACCEPTED_CREDIT_SETTLEMENT_COMPLETED = "ACCC"
    BLOCKED = "BLCK"
    REJECTED = "RJCT"
    CANCELLED = "CANC"

    @property
    def is_final(self) -> bool:
        """True when the status can no longer change (settled, rejected, blocked or cancelled)."""
        return self in _FINAL_STATUSES

    @property
    def is_success(self) -> bool:
        """True when the money has been (or certainly will be) moved."""
        return self in _SETTLED_STATUSES

    @property
    def is_failure(self) -> bool:
        return self in (PaymentStatus.REJECTED, PaymentStatus.BLOCKED, PaymentStatus.CANCELLED)


_SETTLED_STATUSES = frozenset(
    {PaymentStatus.ACCEPTED_SETTLEMENT_COMPLETED, PaymentStatus.ACCEPTED_CREDIT_SETTLEMENT_COMPLETED}
)
_FINAL_STATUSES = _SETTLED_STATUSES | {PaymentStatus.REJECTED, PaymentStatus.BLOCKED, PaymentStatus.CANCELLED}


class PaymentKind(enum.StrEnum):
    """Which OB resource family a payment uses."""

    DOMESTIC = "domestic"
    SCHEDULED = "scheduled"


class NameCheck(enum.StrEnum):
    """Confirmation-of-Payee style result when adding a payee."""

    MATCH = "MATCH"
    CLOSE_MATCH = "CLOSE_MATCH"
    NO_MATCH = "NO_MATCH"
    UNAVAILABLE = "UNAVAILABLE"
    """The account is not in the bank's directory: nobody could check the name."""


@dataclass(frozen=True, slots=True)
class Session:
    """Who is signed in. Tokens are not here: they live in the credential store only."""

    display_name: str
    customer_id: str


@dataclass(frozen=True, slots=True)
class Account(MaskedIdentification):
    """One of the customer's accounts (OB `OBAccount6`)."""

    account_id: str
    currency: str
    nickname: str
    kind: str
    """OB `AccountTypeCode` (e.g. CACC current, SVGS savings) or "" if the bank gave none."""
    category: str
    """OB `AccountCategory`: Personal or Business ("" if not given)."""
    scheme_name: str
    identification: str = field(repr=False)
    description: str = ""


@dataclass(frozen=True, slots=True)
class Balance:
    """One balance of an account (OB `OBCashBalance1`). `amount` is unsigned; see `signed`."""

    account_id: str
    type: str
    """OB balance type code: ITAV interim available, CLBD closing booked, ..."""
    amount: Money
    credit_debit: CreditDebit
    date_time: datetime

    @property
    def signed(self) -> Money:
        """The balance with its sign: negative when the account is overdrawn (Debit)."""
        return -self.amount if self.credit_debit is CreditDebit.DEBIT else self.amount


@dataclass(frozen=True, slots=True)
class Transaction:
    """One booked or pending transaction (OB `OBTransaction6`). `amount` is unsigned; see `signed`."""

    transaction_id: str
    account_id: str
    booking_date_time: datetime
    amount: Money
    credit_debit: CreditDebit
    status: str
    """OB status: BOOK or PDNG (also FUTR, INFO, RJCT)."""
    description: str = ""
    merchant: str = ""
    balance_after: Money | None = None
    """The signed balance after this transaction, when the bank says."""

    @property
    def signed(self) -> Money:
        """Money in is positive, money out negative."""
        return -self.amount if self.credit_debit is CreditDebit.DEBIT else self.amount


@dataclass(frozen=True, slots=True)
class TransactionPage:
    """One page of an account's transactions, newest first as the bank sends them."""

    transactions: Sequence[Transaction]
    page_number: int
    """1-based position of this page in the stream."""
    total_pages: int | None = None
    """`Meta.TotalPages` if the bank sent it."""
    has_more: bool = False


@dataclass(frozen=True, slots=True)
class Beneficiary(MaskedIdentification):
    """A saved payee (OB `OBBeneficiary5`)."""

    beneficiary_id: str
    name: str
    scheme_name: str
    identification: str = field(repr=False)
    reference: str = ""
    account_id: str = ""
    matched_name: str = ""
    """After adding with a CLOSE_MATCH name check: the account holder's real name ("did you mean …?")."""


@dataclass(frozen=True, slots=True)
class Biller(MaskedIdentification):
    """A company the bank knows how to pay (electricity, water, gas, mobile, broadband)."""

    biller_id: str
    name: str
    category: str
    scheme_name: str
    identification: str = field(repr=False)
    creditor_name: str = ""
    reference_label: str = ""
    """What the biller calls the reference to quote (e.g. "Customer number")."""
    reference_pattern: str = ""
    """A regular expression the reference must match ("" when the biller did not say)."""


@dataclass(frozen=True, slots=True)
class Product:
    """The product behind an account (OB `OBReadProduct2`).

    `other_type_name` and `description` are the bank's own words for a product of type "Other" (OB
    `OtherProductType.Name`/`.Description`, e.g. "Time deposit", "Fixed term, 1 year, 1.45% a year");
    "" when the bank sends none.
    """

    account_id: str
    product_id: str
    name: str
    product_type: str
    other_type_name: str = ""
    description: str = ""


@dataclass(frozen=True, slots=True)
class StandingOrder:
    """A repeating payment (OB `OBStandingOrder6`)."""

    standing_order_id: str
    account_id: str
    frequency: str
    status: str
    creditor_name: str
    creditor_masked: str
    reference: str = ""
    next_payment_date_time: datetime | None = None
    next_payment_amount: Money | None = None


@dataclass(frozen=True, slots=True)
class ScheduledPayment:
    """A one-off payment booked for a future date (OB `OBScheduledPayment3`)."""

    scheduled_payment_id: str
    account_id: str
    scheduled_date_time: datetime
    amount: Money
    creditor_name: str
    creditor_masked: str
    reference: str = ""


@dataclass(frozen=True, slots=True)
class PaymentIntent:
    """What the customer asked to pay. Built by the transfer/bill screens, sent by `Bank.prepare_payment`.

    `requested_execution_date` None means "now" (a domestic payment); a date makes it a scheduled payment.
    """

    debtor_account_id: str
    creditor_scheme: str
    creditor_identification: str = field(repr=False)
    creditor_name: str
    amount: Money
    reference: str = ""
    requested_execution_date: date | None = None

    @property
    def kind(self) -> PaymentKind:
        return PaymentKind.DOMESTIC if self.requested_execution_date is None else PaymentKind.SCHEDULED

    @property
    def creditor_masked(self) -> str:
        return mask_identification(self.creditor_identification)


@dataclass(frozen=True, slots=True)
class PaymentConsent:
    """A payment consent the bank created for an intent; SCA (a one-time code) authorises it."""

    consent_id: str
    intent: PaymentIntent
    status: ConsentStatus
    created: datetime
    instruction_id: str = ""
    """Our InstructionIdentification: the payment repeats the consent's initiation exactly."""
    funds_available: bool | None = None
    """Result of the funds check for a domestic payment; None when not checked (scheduled payments)."""
    cut_off: datetime | None = None


@dataclass(frozen=True, slots=True)
class Challenge:
    """A one-time-code challenge sent for a consent (the code itself never passes through here)."""

    challenge_id: str
    consent_id: str
    channel: str
    masked_destination: str
    expires: datetime
    code_length: int


@dataclass(frozen=True, slots=True)
class PaymentOutcome:
    """The bank's answer to a payment we submitted.

    Attributes:
        intent_id: the outbox id (stable across restarts).
        payment_id: the bank's DomesticPaymentId / DomesticScheduledPaymentId; None when the bank refused
            the payment (status RJCT), or when it only told us the consent was already used for a payment
            whose id it did not repeat (status RCVD: the payment exists).
        status: the latest known status (may not be final yet; see `Bank.wait_for_final`).
        recovered: True when the answer came from resolving an unknown outcome (timeout, crash).
    """

    intent_id: str
    payment_id: str | None
    consent_id: str
    kind: PaymentKind
    status: PaymentStatus
    recovered: bool = False
