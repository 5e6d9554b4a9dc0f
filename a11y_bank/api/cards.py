"""Cards through the extension API: models, strict parsing and the `Cards` facade.

Freezing is one call. Everything else that changes a card, and every credit card repayment, goes
review -> code -> execute like a payment::

    consent = cards.prepare_action(card_id, CardAction.UNFREEZE)     # or prepare_repayment(...)
    challenge = cards.send_code(consent, "SMS")                     # SMS, EMAIL, VOICE or TOKEN
    cards.confirm_code(challenge, typed_code)
    result = cards.execute_action(consent)                          # or cards.repay(consent)

Exactly-once: the consent carries the execution's idempotency key, made once with the consent, so every
retry sends the same key and gets the first answer; the bank also lets one consent act once only.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from a11y_bank.api import parse
from a11y_bank.api.bank import Bank
from a11y_bank.api.client import JsonObject, encode_body, new_idempotency_key, quote_segment
from a11y_bank.api.errors import InvalidResponse, OutcomeUnknown
from a11y_bank.api.models import Challenge
from a11y_bank.domain.money import Money

__all__ = [
    "ActionResult",
    "Card",
    "CardAction",
    "CardConsent",
    "CardStatus",
    "Cards",
    "Limits",
    "RepaymentOption",
    "RepaymentResult",
    "Statement",
    "StatementLine",
]


class CardStatus(enum.StrEnum):
    INACTIVE = "INACTIVE"
    ACTIVE = "ACTIVE"
    FROZEN = "FROZEN"
    BLOCKED = "BLOCKED"


class CardAction(enum.StrEnum):
    UNFREEZE = "UNFREEZE"
    ACTIVATE = "ACTIVATE"
    REPORT_LOST = "REPORT_LOST"
    REPORT_STOLEN = "REPORT_STOLEN"
    SET_LIMITS = "SET_LIMITS"


class RepaymentOption(enum.StrEnum):
    FULL = "FULL"
    MINIMUM = "MINIMUM"
    AMOUNT = "AMOUNT"


@dataclass(frozen=True, slots=True)
class Limits:
    daily_purchase: Money | None = None
    daily_cash: Money | None = None
    online: bool | None = None


@dataclass(frozen=True, slots=True)
class Card:
    card_id: str
    card_type: str  # DEBIT or CREDIT
    name: str
    masked_number: str
    expiry: str  # YYYY-MM
    status: CardStatus
    limits: Limits
    account_id: str = ""
    replaces: str = ""

    @property
    def last4(self) -> str:
        return self.masked_number[-4:]


@dataclass(frozen=True, slots=True)
class StatementLine:
    booked: datetime
    description: str
    amount: Money
    credit: bool


@dataclass(frozen=True, slots=True)
class Statement:
    card_id: str
    statement_date: date
    due_date: date
    statement_balance: Money
    current_balance: Money
    minimum_due: Money
    lines: tuple[StatementLine, ...]


@dataclass(frozen=True, slots=True)
class CardConsent:
    consent_id: str
    card_id: str
    status: str
    action: CardAction | None = None
    option: RepaymentOption | None = None
    amount: Money | None = None
    from_account_id: str = ""
    execute_key: str = field(default_factory=new_idempotency_key, repr=False, compare=False)


@dataclass(frozen=True, slots=True)
class ActionResult:
    action: CardAction
    card: Card
    replacement: Card | None


@dataclass(frozen=True, slots=True)
class RepaymentResult:
    consent_id: str
    amount: Money
    still_owed: Money


# --- strict readers -------------------------------------------------------------------------------


def _obj(value: Any, path: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise InvalidResponse(f"{path} is not an object")
    return value


def _str(raw: Mapping[str, Any], name: str, path: str) -> str:
    value = raw.get(name)
    if not isinstance(value, str) or not value:
        raise InvalidResponse(f"{path}.{name} is not a non-empty string")
    return value


def _data(document: Mapping[str, Any]) -> dict[str, Any]:
    return _obj(document.get("Data"), "Data")


def _enum(kind: type[enum.StrEnum], raw: Mapping[str, Any], name: str, path: str) -> Any:
    try:
        return kind(_str(raw, name, path))
    except ValueError:
        raise InvalidResponse(f"{path}.{name} is not a known {kind.__name__}") from None


def _limits(raw: Any, path: str) -> Limits:
    limits = _obj(raw, path)
    online = limits.get("OnlinePayments")
    if online is not None and not isinstance(online, bool):
        raise InvalidResponse(f"{path}.OnlinePayments is not a boolean")
    purchase, cash = limits.get("DailyPurchase"), limits.get("DailyCashWithdrawal")
    return Limits(
        daily_purchase=None if purchase is None else parse.money(purchase, f"{path}.DailyPurchase", None),
        daily_cash=None if cash is None else parse.money(cash, f"{path}.DailyCashWithdrawal", None),
        online=online,
    )


def parse_card(raw: Mapping[str, Any], path: str = "Data") -> Card:
    masked = _str(raw, "MaskedNumber", path)
    if not masked[-4:].isdigit() or any(ch.isdigit() for ch in masked[:-4]):
        raise InvalidResponse(f"{path}.MaskedNumber shows more than the last four digits")
    return Card(
        card_id=_str(raw, "CardId", path),
        card_type=_str(raw, "Type", path),
        name=_str(raw, "Name", path),
        masked_number=masked,
        expiry=_str(raw, "ExpiryDate", path),
        status=_enum(CardStatus, raw, "Status", path),
        limits=_limits(raw.get("Limits"), f"{path}.Limits"),
        account_id=raw.get("AccountId") or "",
        replaces=raw.get("Replaces") or "",
    )


def parse_cards(document: Mapping[str, Any]) -> list[Card]:
    cards = _data(document).get("Card")
    if not isinstance(cards, list):
        raise InvalidResponse("Data.Card is not an array")
    if len(cards) > parse.MAX_ITEMS:  # a broken (or hostile) bank, not cards to show
        raise InvalidResponse(f"Data.Card has more than {parse.MAX_ITEMS} items")
    parsed = [parse_card(_obj(c, f"Data.Card[{i}]"), f"Data.Card[{i}]") for i, c in enumerate(cards)]
    if len({card.card_id for card in parsed}) != len(parsed):
        raise InvalidResponse("Data.Card repeats an id")  # two cards under one id: which to freeze?
    return parsed


def _date(raw: Mapping[str, Any], name: str) -> date:
    try:
        return date.fromisoformat(_str(raw, name, "Data"))
    except ValueError:
        raise InvalidResponse(f"Data.{name} is not a date") from None


def _statement_lines(data: Mapping[str, Any]) -> list[Any]:
    """The statement's transactions: none when absent, else an array of at most MAX_ITEMS."""
    lines = data.get("Transaction", [])
    if not isinstance(lines, list):
        raise InvalidResponse("Data.Transaction is not an array")
    if len(lines) > parse.MAX_ITEMS:
        raise InvalidResponse(f"Data.Transaction has more than {parse.MAX_ITEMS} items")
    return lines


def parse_statement(document: Mapping[str, Any]) -> Statement:
    data = _data(document)
    lines = []
    for i, raw in enumerate(_statement_lines(data)):
        path = f"Data.Transaction[{i}]"
        line = _obj(raw, path)
        try:
            booked = datetime.fromisoformat(_str(line, "BookingDateTime", path))
        except ValueError:
            raise InvalidResponse(f"{path}.BookingDateTime is not a date-time") from None
        if booked.tzinfo is None:  # which day it was booked depends on the zone: never guess
            raise InvalidResponse(f"{path}.BookingDateTime has no time zone")
        lines.append(
            StatementLine(
                booked,
                _str(line, "Description", path),
                parse.money(line.get("Amount"), f"{path}.Amount", "CNY"),
                _str(line, "CreditDebitIndicator", path) == "Credit",
            )
        )
    return Statement(
        card_id=_str(data, "CardId", "Data"),
        statement_date=_date(data, "StatementDate"),
        due_date=_date(data, "DueDate"),
        statement_balance=parse.money(data.get("StatementBalance"), "Data.StatementBalance", "CNY"),
        current_balance=parse.money(data.get("CurrentBalance"), "Data.CurrentBalance", "CNY"),
        minimum_due=parse.money(data.get("MinimumPaymentDue"), "Data.MinimumPaymentDue", "CNY"),
        lines=tuple(lines),
    )


def parse_consent(document: Mapping[str, Any]) -> CardConsent:
    data = _data(document)
    return CardConsent(
        consent_id=_str(data, "ConsentId", "Data"),
        card_id=_str(data, "CardId", "Data"),
        status=_str(data, "Status", "Data"),
        action=_enum(CardAction, data, "Action", "Data") if "Action" in data else None,
        option=_enum(RepaymentOption, data, "Option", "Data") if "Option" in data else None,
        amount=parse.money(data["Amount"], "Data.Amount", "CNY") if "Amount" in data else None,
        from_account_id=data.get("FromAccountId") or "",
    )


def _limits_body(limits: Limits) -> JsonObject:
    body: JsonObject = {}
    if limits.daily_purchase is not None:
        body["DailyPurchase"] = {"Amount": limits.daily_purchase.to_wire(), "Currency": "CNY"}
    if limits.daily_cash is not None:
        body["DailyCashWithdrawal"] = {"Amount": limits.daily_cash.to_wire(), "Currency": "CNY"}
    if limits.online is not None:
        body["OnlinePayments"] = limits.online
    return body


# --- facade ---------------------------------------------------------------------------------------


class Cards:
    """Card calls for the customer signed in through `bank` (sync; run them on a worker thread)."""

    def __init__(self, bank: Bank) -> None:
        self.bank = bank
        self._client = bank.client

    def cards(self) -> list[Card]:
        return parse_cards(self._client.extension_get("/cards"))

    def card(self, card_id: str) -> Card:
        return parse_card(_data(self._client.extension_get(f"/cards/{quote_segment(card_id)}")))

    def freeze(self, card_id: str) -> Card:
        """Freeze at once (no code). Safe to repeat: freezing a frozen card leaves it frozen."""
        document = self._client.extension_post(
            f"/cards/{quote_segment(card_id)}/freeze", b"", idempotency_key=new_idempotency_key()
        )
        return parse_card(_data(document))

    def statement(self, card_id: str) -> Statement:
        statement = parse_statement(self._client.extension_get(f"/cards/{quote_segment(card_id)}/statement"))
        if statement.card_id != card_id:  # another card's statement must not be shown as this one's
            raise InvalidResponse("Data.CardId is not the card asked for")
        return statement

    def prepare_action(self, card_id: str, action: CardAction, limits: Limits | None = None) -> CardConsent:
        data: JsonObject = {"CardId": card_id, "Action": action.value}
        if limits is not None:
            data["Limits"] = _limits_body(limits)
        document = self._client.extension_post(
            "/card-action-consents", encode_body({"Data": data}), idempotency_key=new_idempotency_key()
        )
        return parse_consent(document)

    def prepare_repayment(
        self, card_id: str, from_account_id: str, option: RepaymentOption, amount: Money | None = None
    ) -> CardConsent:
        data: JsonObject = {"CardId": card_id, "FromAccountId": from_account_id, "Option": option.value}
        if option is RepaymentOption.AMOUNT:
            if amount is None:
                raise ValueError("a chosen-amount repayment needs its amount")
            data["Amount"] = {"Amount": amount.to_wire(), "Currency": amount.currency}
        document = self._client.extension_post(
            "/credit-card-repayment-consents",
            encode_body({"Data": data}),
            idempotency_key=new_idempotency_key(),
        )
        return parse_consent(document)

    def send_code(self, consent: CardConsent, channel: str = "SMS") -> Challenge:
        challenge = parse.parse_challenge(self._client.start_challenge(consent.consent_id, channel))
        if challenge.consent_id != consent.consent_id:
            raise InvalidResponse("the challenge is for another consent")
        return challenge

    def confirm_code(self, challenge: Challenge, code: str) -> None:
        self.bank.confirm_code(challenge, code)

    def execute_action(self, consent: CardConsent) -> ActionResult:
        body = encode_body({"Data": {"ConsentId": consent.consent_id}})
        data = _data(self._client.extension_post("/card-actions", body, idempotency_key=consent.execute_key))
        replacement = data.get("ReplacementCard")
        return ActionResult(
            action=_enum(CardAction, data, "Action", "Data"),
            card=parse_card(_obj(data.get("Card"), "Data.Card"), "Data.Card"),
            replacement=None
            if replacement is None
            else parse_card(_obj(replacement, "Data.ReplacementCard")),
        )

    def repay(self, consent: CardConsent, *, attempts: int = 3) -> RepaymentResult:
        """Repay once. An unknown outcome is retried with the same key: the bank answers with the first
        repayment if it was booked, and books it now if it was not."""
        body = encode_body({"Data": {"ConsentId": consent.consent_id}})
        for attempt in range(attempts):
            try:
                document = self._client.extension_post(
                    "/credit-card-repayments", body, idempotency_key=consent.execute_key, moves_money=True
                )
                break
            except OutcomeUnknown:
                if attempt == attempts - 1:
                    raise
        data = _data(document)
        if data.get("ConsentId") != consent.consent_id:
            raise InvalidResponse("the repayment is for another consent")
        return RepaymentResult(
            consent_id=consent.consent_id,
            amount=parse.money(data.get("Amount"), "Data.Amount", "CNY"),
            still_owed=parse.money(data.get("CurrentBalance"), "Data.CurrentBalance", "CNY"),
        )
