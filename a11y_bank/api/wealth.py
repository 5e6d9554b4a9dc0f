"""Wealth products through the extension API (``/a11y-ext/v1/wealth``): models, strict parsing, facade.

The buying flow is the payment one, each step a separate call the screen announces::

    review = wealth.prepare_subscription(product_id, account_id, amount, acknowledged_level=None)
    challenge = wealth.send_code(review, "SMS")     # a one-time code bound to quantity and product
    wealth.confirm_code(challenge, typed_code)      # the order consent is authorised
    order = wealth.place_order(review)              # exactly once

Exactly-once: the review carries the order's idempotency key, made once when the review is made, so
every retry of `place_order` (after a timeout, a lost answer, a restart of the step) sends the same key
and the bank returns the first order; the bank also lets one consent make one order only. When the answer
is lost for good (`OutcomeUnknown`), `find_order(review)` asks the bank whether the order exists.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from a11y_bank.api import parse
from a11y_bank.api.bank import Bank
from a11y_bank.api.client import JsonObject, encode_body, new_idempotency_key, quote_segment
from a11y_bank.api.errors import InvalidResponse
from a11y_bank.api.models import Challenge
from a11y_bank.domain.money import Money

__all__ = [
    "Assessment",
    "AssessmentStatus",
    "Holding",
    "OrderReview",
    "OrderType",
    "Question",
    "Questionnaire",
    "Wealth",
    "WealthOrder",
    "WealthProduct",
]

W = "/wealth"
UNIT_PLACES = Decimal("0.0001")


class AssessmentStatus(enum.StrEnum):
    NONE = "NONE"
    VALID = "VALID"
    EXPIRED = "EXPIRED"


class OrderType(enum.StrEnum):
    SUBSCRIBE = "SUBSCRIBE"
    REDEEM = "REDEEM"


@dataclass(frozen=True, slots=True)
class Question:
    question_id: str
    text: str
    options: tuple[tuple[str, str], ...]  # (option id, text)


@dataclass(frozen=True, slots=True)
class Questionnaire:
    questions: tuple[Question, ...]
    validity_days: int


@dataclass(frozen=True, slots=True)
class Assessment:
    status: AssessmentStatus
    level: str = ""  # C1..C5, empty when NONE
    assessed: datetime | None = None
    expires: datetime | None = None


@dataclass(frozen=True, slots=True)
class WealthProduct:
    product_id: str
    name: str
    risk_level: str  # R1..R5
    above_level_rule: str  # REFUSE or ACKNOWLEDGE
    minimum: Money
    unit_price: Decimal
    subscription_fee_percent: Decimal
    redemption_fee_percent: Decimal
    management_fee_percent: Decimal
    terms: str
    sheet: str = ""

    @property
    def risk_number(self) -> int:
        return int(self.risk_level[1])


@dataclass(frozen=True, slots=True)
class OrderReview:
    """An order consent awaiting its code, with the figures the customer confirms."""

    consent_id: str
    status: str
    order_type: OrderType
    product_id: str
    product_name: str
    account_id: str
    amount: Money
    fee: Money
    units: Decimal
    unit_price: Decimal
    suitability: str = ""  # SUITABLE, ACKNOWLEDGED, or empty for a redemption
    order_key: str = field(default_factory=new_idempotency_key, repr=False, compare=False)


@dataclass(frozen=True, slots=True)
class WealthOrder:
    order_id: str
    consent_id: str
    order_type: OrderType
    product_id: str
    product_name: str
    account_id: str
    amount: Money
    fee: Money
    units: Decimal
    unit_price: Decimal
    created: datetime


@dataclass(frozen=True, slots=True)
class Holding:
    product_id: str
    product_name: str
    risk_level: str
    units: Decimal
    unit_price: Decimal
    value: Money
    cost: Money

    @property
    def gain(self) -> Money:
        return self.value - self.cost


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


def _decimal(raw: Mapping[str, Any], name: str, path: str) -> Decimal:
    text = _str(raw, name, path)
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise InvalidResponse(f"{path}.{name} is not a decimal") from None
    if not value.is_finite() or value < 0:
        raise InvalidResponse(f"{path}.{name} is not a positive decimal")
    return value


def _when(raw: Mapping[str, Any], name: str, path: str) -> datetime:
    try:
        value = datetime.fromisoformat(_str(raw, name, path))
    except ValueError:
        raise InvalidResponse(f"{path}.{name} is not a date-time") from None
    if value.tzinfo is None:
        raise InvalidResponse(f"{path}.{name} has no time zone")
    return value


def _list(raw: Mapping[str, Any], name: str, path: str) -> list[Any]:
    value = raw.get(name)
    if not isinstance(value, list):
        raise InvalidResponse(f"{path}.{name} is not an array")
    if len(value) > parse.MAX_ITEMS:  # a broken (or hostile) bank, not data to show
        raise InvalidResponse(f"{path}.{name} has more than {parse.MAX_ITEMS} items")
    return value


def _unique_ids(ids: list[str], path: str) -> None:
    """Two products (or holdings) under one id would be shown as two facts: refuse."""
    if len(set(ids)) != len(ids):
        raise InvalidResponse(f"{path} repeats an id")


def _data(document: Mapping[str, Any]) -> dict[str, Any]:
    return _obj(document.get("Data"), "Data")


def parse_questionnaire(document: Mapping[str, Any]) -> Questionnaire:
    data = _data(document)
    questions = []
    for i, raw in enumerate(_list(data, "Question", "Data")):
        path = f"Data.Question[{i}]"
        q = _obj(raw, path)
        options = tuple(
            (_str(_obj(o, path), "OptionId", path), _str(_obj(o, path), "Text", path))
            for o in _list(q, "Option", path)
        )
        questions.append(Question(_str(q, "QuestionId", path), _str(q, "Text", path), options))
    days = data.get("ValidityDays")
    if not isinstance(days, int) or days <= 0:
        raise InvalidResponse("Data.ValidityDays is not a positive integer")
    return Questionnaire(tuple(questions), days)


def parse_assessment(document: Mapping[str, Any]) -> Assessment:
    data = _data(document)
    try:
        status = AssessmentStatus(str(data.get("Status")))
    except ValueError:
        raise InvalidResponse("Data.Status is not a known assessment status") from None
    if status is AssessmentStatus.NONE:
        return Assessment(status)
    level = _str(data, "RiskLevel", "Data")
    if level not in {f"C{n}" for n in range(1, 6)}:
        raise InvalidResponse("Data.RiskLevel is not C1..C5")
    return Assessment(
        status, level, _when(data, "AssessedDateTime", "Data"), _when(data, "ExpirationDateTime", "Data")
    )


def _product(raw: Mapping[str, Any], path: str) -> WealthProduct:
    fees = _obj(raw.get("Fees"), f"{path}.Fees")
    level = _str(raw, "RiskLevel", path)
    if level not in {f"R{n}" for n in range(1, 6)}:
        raise InvalidResponse(f"{path}.RiskLevel is not R1..R5")
    return WealthProduct(
        product_id=_str(raw, "ProductId", path),
        name=_str(raw, "Name", path),
        risk_level=level,
        above_level_rule=_str(raw, "AboveLevelRule", path),
        minimum=parse.money(raw.get("MinimumAmount"), f"{path}.MinimumAmount", None),
        unit_price=_decimal(raw, "UnitPrice", path),
        subscription_fee_percent=_decimal(fees, "SubscriptionPercent", f"{path}.Fees"),
        redemption_fee_percent=_decimal(fees, "RedemptionPercent", f"{path}.Fees"),
        management_fee_percent=_decimal(fees, "YearlyManagementPercent", f"{path}.Fees"),
        terms=_str(raw, "Terms", path),
        sheet=_str(raw, "ProductSheet", path) if "ProductSheet" in raw else "",
    )


def parse_products(document: Mapping[str, Any]) -> list[WealthProduct]:
    data = _data(document)
    products = [
        _product(_obj(p, f"Data.Product[{i}]"), f"Data.Product[{i}]")
        for i, p in enumerate(_list(data, "Product", "Data"))
    ]
    _unique_ids([p.product_id for p in products], "Data.Product")
    return products


def _order_type(raw: Mapping[str, Any], path: str) -> OrderType:
    try:
        return OrderType(str(raw.get("Type")))
    except ValueError:
        raise InvalidResponse(f"{path}.Type is not SUBSCRIBE or REDEEM") from None


def parse_review(document: Mapping[str, Any]) -> OrderReview:
    data = _data(document)
    suitability = data.get("Suitability")
    return OrderReview(
        consent_id=_str(data, "ConsentId", "Data"),
        status=_str(data, "Status", "Data"),
        order_type=_order_type(data, "Data"),
        product_id=_str(data, "ProductId", "Data"),
        product_name=_str(data, "ProductName", "Data"),
        account_id=_str(data, "AccountId", "Data"),
        amount=parse.money(data.get("Amount"), "Data.Amount", "CNY"),
        fee=parse.money(data.get("Fee"), "Data.Fee", "CNY"),
        units=_decimal(data, "Units", "Data"),
        unit_price=_decimal(data, "UnitPrice", "Data"),
        suitability=_str(_obj(suitability, "Data.Suitability"), "Result", "Data.Suitability")
        if suitability
        else "",
    )


def _order(raw: Mapping[str, Any], path: str) -> WealthOrder:
    return WealthOrder(
        order_id=parse.checked_id(raw, "OrderId", path),
        consent_id=parse.checked_id(raw, "ConsentId", path),
        order_type=_order_type(raw, path),
        product_id=_str(raw, "ProductId", path),
        product_name=_str(raw, "ProductName", path),
        account_id=parse.checked_id(raw, "AccountId", path),
        amount=parse.money(raw.get("Amount"), f"{path}.Amount", "CNY"),
        fee=parse.money(raw.get("Fee"), f"{path}.Fee", "CNY"),
        units=_decimal(raw, "Units", path),
        unit_price=_decimal(raw, "UnitPrice", path),
        created=_when(raw, "CreationDateTime", path),
    )


def parse_order(document: Mapping[str, Any]) -> WealthOrder:
    return _order(_data(document), "Data")


def parse_orders(document: Mapping[str, Any]) -> list[WealthOrder]:
    data = _data(document)
    orders = [
        _order(_obj(o, f"Data.Order[{i}]"), f"Data.Order[{i}]")
        for i, o in enumerate(_list(data, "Order", "Data"))
    ]
    _unique_ids([o.order_id for o in orders], "Data.Order")  # two orders under one id: which was placed?
    return orders


def parse_holdings(document: Mapping[str, Any]) -> list[Holding]:
    data = _data(document)
    out = []
    for i, raw in enumerate(_list(data, "Holding", "Data")):
        path = f"Data.Holding[{i}]"
        h = _obj(raw, path)
        out.append(
            Holding(
                product_id=_str(h, "ProductId", path),
                product_name=_str(h, "ProductName", path),
                risk_level=_str(h, "RiskLevel", path),
                units=_decimal(h, "Units", path),
                unit_price=_decimal(h, "UnitPrice", path),
                value=parse.money(h.get("Value"), f"{path}.Value", "CNY"),
                cost=parse.money(h.get("Cost"), f"{path}.Cost", "CNY"),
            )
        )
    _unique_ids([h.product_id for h in out], "Data.Holding")
    return out


# --- facade ---------------------------------------------------------------------------------------


class Wealth:
    """Wealth calls for the customer signed in through `bank` (sync; run them on a worker thread)."""

    def __init__(self, bank: Bank) -> None:
        self._bank = bank
        self._client = bank.client

    @property
    def bank(self) -> Bank:
        return self._bank

    def questionnaire(self) -> Questionnaire:
        return parse_questionnaire(self._client.extension_get(f"{W}/questionnaire"))

    def assessment(self) -> Assessment:
        return parse_assessment(self._client.extension_get(f"{W}/risk-assessment"))

    def assess(self, answers: Mapping[str, str]) -> Assessment:
        """Send the answers (question id -> option id); returns the stored level with its dates."""
        items = [{"QuestionId": q, "OptionId": o} for q, o in answers.items()]
        body = encode_body({"Data": {"Answer": items}})
        return parse_assessment(
            self._client.extension_post(f"{W}/risk-assessments", body, idempotency_key=new_idempotency_key())
        )

    def products(self) -> list[WealthProduct]:
        return parse_products(self._client.extension_get(f"{W}/products"))

    def product(self, product_id: str) -> WealthProduct:
        """One product with its plain-text sheet."""
        document = self._client.extension_get(f"{W}/products/{quote_segment(product_id)}")
        return _product(_data(document), "Data")

    def prepare_subscription(
        self, product_id: str, account_id: str, amount: Money, *, acknowledged_level: str | None = None
    ) -> OrderReview:
        data: JsonObject = {
            "Type": "SUBSCRIBE",
            "ProductId": product_id,
            "AccountId": account_id,
            "Amount": {"Amount": amount.to_wire(), "Currency": amount.currency},
        }
        if acknowledged_level:
            data["AcknowledgedRiskLevel"] = acknowledged_level
        return self._review(data)

    def prepare_redemption(self, product_id: str, account_id: str, units: Decimal) -> OrderReview:
        text = f"{units.quantize(UNIT_PLACES):f}".rstrip("0").rstrip(".")
        return self._review(
            {"Type": "REDEEM", "ProductId": product_id, "AccountId": account_id, "Units": text}
        )

    def _review(self, data: JsonObject) -> OrderReview:
        body = encode_body({"Data": data})
        document = self._client.extension_post(
            f"{W}/order-consents", body, idempotency_key=new_idempotency_key()
        )
        return parse_review(document)

    def send_code(self, review: OrderReview, channel: str = "SMS") -> Challenge:
        challenge = parse.parse_challenge(self._client.start_challenge(review.consent_id, channel))
        if challenge.consent_id != review.consent_id:
            raise InvalidResponse("the challenge is for another order")
        return challenge

    def confirm_code(self, challenge: Challenge, code: str) -> None:
        self._bank.confirm_code(challenge, code)

    def place_order(self, review: OrderReview) -> WealthOrder:
        """Place the order once; retries reuse the review's key, so the bank returns the first order."""
        body = encode_body({"Data": {"ConsentId": review.consent_id}})
        document = self._client.extension_post(
            f"{W}/orders", body, idempotency_key=review.order_key, moves_money=True
        )
        order = parse_order(document)
        if order.consent_id != review.consent_id:
            raise InvalidResponse("the order is for another consent")
        return order

    def find_order(self, review: OrderReview) -> WealthOrder | None:
        """The order made from `review`'s consent, if the bank has one (after an unknown outcome)."""
        return next((o for o in self.orders() if o.consent_id == review.consent_id), None)

    def orders(self) -> list[WealthOrder]:
        return parse_orders(self._client.extension_get(f"{W}/orders"))

    def holdings(self) -> list[Holding]:
        return parse_holdings(self._client.extension_get(f"{W}/holdings"))


def answers_complete(questionnaire: Questionnaire, answers: Mapping[str, str]) -> Sequence[str]:
    """The ids of questions not yet answered (in order), for the screen's check before sending."""
    return [q.question_id for q in questionnaire.questions if q.question_id not in answers]
