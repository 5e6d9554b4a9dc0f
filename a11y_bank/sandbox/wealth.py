"""Wealth products: a risk questionnaire (C1-C5), products (R1-R5), subscribe/redeem orders and holdings.

An order follows the payment pattern: an order consent (``AWAU``) carries the suitability check, the
existing SCA challenge endpoints authorise it (the code is bound to quantity, currency and product), and
one order consumes it. Every order is posted to the same double-entry ledger in the same transaction that
records the holding, under the caller's idempotency key, so a retried order can never buy twice.

Units are held as integer ten-thousandths (``units_e4``); prices have four decimals. Money is minor units.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Any

from a11y_bank.sandbox import validation as v
from a11y_bank.sandbox.clock import iso, parse_iso
from a11y_bank.sandbox.db import Database, Posting, post_entry
from a11y_bank.sandbox.errors import Code, bad_request, forbidden
from a11y_bank.sandbox.language import EN, Text
from a11y_bank.sandbox.money import from_minor, parse_amount, to_minor, wire

if TYPE_CHECKING:
    from a11y_bank.sandbox.state import Sandbox

ASSESSMENT_VALIDITY = timedelta(days=365)
CUSTODY_ACCOUNT = "int-wealth-cny"
FEES_ACCOUNT = "int-fees-cny"
WEALTH_SCHEME = "A11Y.WEALTH"
SUBSCRIBE, REDEEM = "SUBSCRIBE", "REDEEM"
KINDS = {SUBSCRIBE: "wealth-subscribe", REDEEM: "wealth-redeem"}
UNIT = Decimal("0.0001")
_LAUNCH = datetime(2020, 1, 1, tzinfo=UTC)

SCHEMA = """
CREATE TABLE IF NOT EXISTS wealth_assessments (
    id TEXT PRIMARY KEY, customer_id TEXT NOT NULL, level TEXT NOT NULL, score INTEGER NOT NULL,
    answers_json TEXT NOT NULL, assessed_at TEXT NOT NULL, expires_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS wealth_holdings (
    customer_id TEXT NOT NULL, product_id TEXT NOT NULL, units_e4 INTEGER NOT NULL,
    cost_minor INTEGER NOT NULL, PRIMARY KEY (customer_id, product_id)
);
CREATE TABLE IF NOT EXISTS wealth_orders (
    id TEXT PRIMARY KEY, consent_id TEXT UNIQUE NOT NULL, customer_id TEXT NOT NULL, product_id TEXT NOT NULL,
    type TEXT NOT NULL, account_id TEXT NOT NULL, amount_minor INTEGER NOT NULL, fee_minor INTEGER NOT NULL,
    units_e4 INTEGER NOT NULL, unit_price_e4 INTEGER NOT NULL, created_at TEXT NOT NULL
);
"""


@dataclass(frozen=True)
class Question:
    id: str
    text: Text
    options: tuple[tuple[str, Text, int], ...]  # (option id, text, points 1-5)


def _options(*texts: tuple[str, str]) -> tuple[tuple[str, Text, int], ...]:
    """Options A-E worth 1-5 points, in the order given."""
    return tuple((chr(ord("A") + i), Text(en, zh), i + 1) for i, (en, zh) in enumerate(texts))


QUESTIONS = (
    Question(
        "Q1",
        Text("For how long can you leave this money invested?", "这笔钱您可以投资多长时间？"),
        _options(
            ("Less than 1 year", "少于1年"),
            ("1 to 3 years", "1至3年"),
            ("3 to 5 years", "3至5年"),
            ("5 to 10 years", "5至10年"),
            ("More than 10 years", "10年以上"),
        ),
    ),
    Question(
        "Q2",
        Text("What have you invested in before?", "您以前投资过什么？"),
        _options(
            ("Only bank deposits", "只有银行存款"),
            ("Money market or bond funds", "货币市场基金或债券基金"),
            ("Mixed funds", "混合基金"),
            ("Shares or equity funds", "股票或股票基金"),
            ("Futures, options or leveraged products", "期货、期权或杠杆产品"),
        ),
    ),
    Question(
        "Q3",
        Text(
            "If your investment fell by a fifth in one year, what would you do?",
            "如果您的投资一年内下跌了五分之一，您会怎么做？",
        ),
        _options(
            ("Sell everything at once", "立即全部卖出"),
            ("Sell some of it", "卖出一部分"),
            ("Wait and do nothing", "等待，不采取行动"),
            ("Keep it and stop worrying", "继续持有，不再担心"),
            ("Buy more", "买入更多"),
        ),
    ),
    Question(
        "Q4",
        Text("How steady is your income?", "您的收入有多稳定？"),
        _options(
            ("No regular income", "没有固定收入"),
            ("Irregular income", "收入不固定"),
            ("Steady, with little to spare", "稳定，但结余很少"),
            ("Steady, with some to spare", "稳定，有一些结余"),
            ("Steady, with plenty to spare", "稳定，结余充足"),
        ),
    ),
    Question(
        "Q5",
        Text("What matters most to you for this money?", "对这笔钱来说，您最看重什么？"),
        _options(
            ("Never losing any of it", "一分钱都不损失"),
            ("Small, steady growth", "小幅、稳定的增长"),
            ("Balance between growth and safety", "增长与安全之间的平衡"),
            ("Growth, accepting ups and downs", "增长，接受涨跌起伏"),
            ("The highest growth, accepting large losses", "最高的增长，接受大幅亏损"),
        ),
    ),
)


@dataclass(frozen=True)
class Product:
    id: str
    name: Text
    risk: int  # R1..R5
    above_level_rule: str  # REFUSE or ACKNOWLEDGE
    minimum_minor: int
    subscription_fee: Decimal  # fraction of the amount
    redemption_fee: Decimal
    management_fee: Decimal  # per year, already in the price
    yearly_growth: Decimal
    terms: Text
    sheet: Text


def _terms(minimum: str, *, same_day: bool = False) -> Text:
    if same_day:
        return Text(
            f"Open every day. Buy from {minimum} yuan. Sell at any time; money back the same day.",
            f"每天开放。{minimum}元起购。随时可以卖出，当天到账。",
        )
    return Text(
        f"Open every day. Buy from {minimum} yuan. Sell at any time.",
        f"每天开放。{minimum}元起购。随时可以卖出。",
    )


PRODUCTS = (
    Product(
        "wm-cash-plus",
        Text("Cash Plus Money Market Fund", "现金增利货币市场基金"),
        1,
        "REFUSE",
        100,
        Decimal(0),
        Decimal(0),
        Decimal("0.003"),
        Decimal("0.018"),
        _terms("1.00", same_day=True),
        Text(
            "Cash Plus Money Market Fund. Risk level R1, the lowest. It holds bank deposits and short "
            "government bills. No fee to buy or sell. Management fee 0.3 percent a year, already in the "
            "price. The value can still fall a little; it is not a deposit and not covered by deposit "
            "insurance.",
            "现金增利货币市场基金。风险等级R1，最低。投资于银行存款和短期国债。买入和卖出都不收费。"
            "管理费每年百分之0.3，已含在价格中。价值仍可能小幅下跌；本产品不是存款，不受存款保险保障。",
        ),
    ),
    Product(
        "wm-steady-bond",
        Text("Steady Bond Fund", "稳健债券基金"),
        2,
        "REFUSE",
        100000,
        Decimal("0.005"),
        Decimal("0.001"),
        Decimal("0.006"),
        Decimal("0.032"),
        _terms("1000.00"),
        Text(
            "Steady Bond Fund. Risk level R2, low. It holds government and high-grade company bonds. "
            "Fee to buy 0.5 percent, to sell 0.1 percent. "
            "Management fee 0.6 percent a year, already in the price. "
            "When interest rates rise its value can fall.",
            "稳健债券基金。风险等级R2，低。投资于国债和高评级公司债券。"
            "买入费百分之0.5，卖出费百分之0.1。管理费每年百分之0.6，已含在价格中。利率上升时，它的价值可能下跌。",
        ),
    ),
    Product(
        "wm-balanced",
        Text("Balanced Mixed Fund", "平衡混合基金"),
        3,
        "ACKNOWLEDGE",
        100000,
        Decimal("0.01"),
        Decimal("0.005"),
        Decimal("0.012"),
        Decimal("0.05"),
        _terms("1000.00"),
        Text(
            "Balanced Mixed Fund. Risk level R3, medium. About half shares and half bonds. "
            "Fee to buy 1 percent, to sell 0.5 percent. Management fee 1.2 percent a year, already in the "
            "price. In a bad year it can lose a fifth of its value.",
            "平衡混合基金。风险等级R3，中。股票和债券大约各占一半。买入费百分之1，卖出费百分之0.5。"
            "管理费每年百分之1.2，已含在价格中。在不好的年份，它可能损失五分之一的价值。",
        ),
    ),
    Product(
        "wm-equity-index",
        Text("China Equity Index Fund", "中国股票指数基金"),
        4,
        "ACKNOWLEDGE",
        10000,
        Decimal("0.012"),
        Decimal("0.005"),
        Decimal("0.005"),
        Decimal("0.07"),
        _terms("100.00"),
        Text(
            "China Equity Index Fund. Risk level R4, high. It follows a broad index of Chinese shares. "
            "Fee to buy 1.2 percent, to sell 0.5 percent. "
            "Management fee 0.5 percent a year, already in the price. "
            "In a bad year it can lose more than a third of its value.",
            "中国股票指数基金。风险等级R4，高。跟踪一个覆盖面广的中国股票指数。"
            "买入费百分之1.2，卖出费百分之0.5。管理费每年百分之0.5，已含在价格中。"
            "在不好的年份，它可能损失超过三分之一的价值。",
        ),
    ),
    Product(
        "wm-commodity-note",
        Text("Leveraged Commodity Note", "杠杆商品票据"),
        5,
        "REFUSE",
        5000000,
        Decimal("0.015"),
        Decimal("0.01"),
        Decimal("0.015"),
        Decimal("0.09"),
        _terms("50000.00"),
        Text(
            "Leveraged Commodity Note. Risk level R5, the highest. It uses borrowed money to bet on "
            "commodity prices. Fee to buy 1.5 percent, to sell 1 percent. Management fee 1.5 percent a year. "
            "You can lose all of the money you put in. Only for customers whose level is C5.",
            "杠杆商品票据。风险等级R5，最高。它用借来的钱押注商品价格。买入费百分之1.5，卖出费百分之1。"
            "管理费每年百分之1.5。您可能损失投入的全部资金。只适合风险等级为C5的客户。",
        ),
    ),
)
_BY_ID = {p.id: p for p in PRODUCTS}


def install(db: Database) -> None:
    """Create the wealth tables and the custody account (idempotent; runs when the sandbox opens)."""
    with db.transaction() as conn:
        for statement in SCHEMA.split(";"):
            if statement.strip():
                conn.execute(statement)
        conn.execute(
            "INSERT OR IGNORE INTO accounts (id, customer_id, currency, scheme, identification, name, kind,"
            " type_code, opened_at) VALUES (?,NULL,'CNY',?,?,?,'internal','OTHR',?)",
            (CUSTODY_ACCOUNT, v.BBAN, "9990000000000000005", "Wealth fund custody CNY", iso(_LAUNCH)),
        )


# ---- questionnaire --------------------------------------------------------------------------------------


def questionnaire(language: str = EN) -> dict[str, Any]:
    return {
        "Data": {
            "Question": [
                {
                    "QuestionId": q.id,
                    "Text": q.text.in_(language),
                    "Option": [{"OptionId": o, "Text": t.in_(language)} for o, t, _ in q.options],
                }
                for q in QUESTIONS
            ],
            "ValidityDays": ASSESSMENT_VALIDITY.days,
        }
    }


def level_for(score: int) -> int:
    """Five answers of 1-5 points (5..25) map to C1..C5 in equal bands of four points."""
    return min(5, max(1, (score - 5) // 4 + 1))


def assess(
    sandbox: Sandbox, conn: sqlite3.Connection, customer_id: str, body: dict[str, Any]
) -> dict[str, Any]:
    data = v.require_object(body.get("Data"), "Data")
    v.only_keys(data, {"Answer"}, "Data")
    answers = data.get("Answer")
    if not isinstance(answers, list) or not answers:
        raise bad_request(Code.FIELD_MISSING, "Answer every question", "Data.Answer")
    chosen: dict[str, str] = {}
    for index, item in enumerate(answers):
        where = f"Data.Answer[{index}]"
        obj = v.require_object(item, where)
        v.only_keys(obj, {"QuestionId", "OptionId"}, where)
        qid = v.text(obj, "QuestionId", where, max_len=8)
        oid = v.text(obj, "OptionId", where, max_len=8)
        assert qid is not None
        assert oid is not None
        if qid in chosen:
            raise bad_request(Code.FIELD_INVALID, f"Question {qid} is answered twice", where)
        chosen[qid] = oid
    score = 0
    for question in QUESTIONS:
        points = {o: p for o, _, p in question.options}
        if question.id not in chosen:
            raise bad_request(Code.FIELD_MISSING, f"Question {question.id} is not answered", "Data.Answer")
        if chosen[question.id] not in points:
            raise bad_request(Code.FIELD_INVALID, f"Question {question.id} has no such option", "Data.Answer")
        score += points[chosen.pop(question.id)]
    if chosen:
        raise bad_request(Code.FIELD_INVALID, f"There is no question {sorted(chosen)[0]}", "Data.Answer")
    now = sandbox.clock.now()
    assessment_id = f"ra-{uuid.uuid4().hex[:24]}"
    conn.execute(
        "INSERT INTO wealth_assessments VALUES (?,?,?,?,?,?,?)",
        (
            assessment_id,
            customer_id,
            f"C{level_for(score)}",
            score,
            json.dumps(answers),
            iso(now),
            iso(now + ASSESSMENT_VALIDITY),
        ),
    )
    return {"Data": _render_assessment(sandbox, _latest_assessment(conn, customer_id))}


def _latest_assessment(conn: sqlite3.Connection, customer_id: str) -> sqlite3.Row | None:
    row: sqlite3.Row | None = conn.execute(
        "SELECT * FROM wealth_assessments WHERE customer_id = ?"
        " ORDER BY assessed_at DESC, rowid DESC LIMIT 1",
        (customer_id,),
    ).fetchone()
    return row


def _render_assessment(sandbox: Sandbox, row: sqlite3.Row | None) -> dict[str, Any]:
    if row is None:
        return {"Status": "NONE"}
    expired = parse_iso(row["expires_at"]) <= sandbox.clock.now()
    return {
        "AssessmentId": row["id"],
        "Status": "EXPIRED" if expired else "VALID",
        "RiskLevel": row["level"],
        "AssessedDateTime": row["assessed_at"],
        "ExpirationDateTime": row["expires_at"],
    }


def current_assessment(sandbox: Sandbox, customer_id: str) -> dict[str, Any]:
    with sandbox.db.transaction() as conn:
        return {"Data": _render_assessment(sandbox, _latest_assessment(conn, customer_id))}


# ---- products -------------------------------------------------------------------------------------------


def unit_price(product: Product, when: datetime) -> Decimal:
    """Net asset value per unit: 1.0000 at launch, growing daily at the product's yearly rate."""
    days = max(0, (when - _LAUNCH).days)
    daily = Decimal(1) + product.yearly_growth / Decimal(365)
    return (daily**days).quantize(UNIT, ROUND_HALF_UP)


def _rate(value: Decimal) -> str:
    return f"{(value * 100).normalize():f}"


def render_product(product: Product, now: datetime, *, sheet: bool, language: str = EN) -> dict[str, Any]:
    out: dict[str, Any] = {
        "ProductId": product.id,
        "Name": product.name.in_(language),
        "RiskLevel": f"R{product.risk}",
        "AboveLevelRule": product.above_level_rule,
        "MinimumAmount": {"Amount": wire(product.minimum_minor, "CNY"), "Currency": "CNY"},
        "UnitPrice": f"{unit_price(product, now)}",
        "Fees": {
            "SubscriptionPercent": _rate(product.subscription_fee),
            "RedemptionPercent": _rate(product.redemption_fee),
            "YearlyManagementPercent": _rate(product.management_fee),
        },
        "Terms": product.terms.in_(language),
    }
    if sheet:
        out["ProductSheet"] = product.sheet.in_(language)
    return out


def products(sandbox: Sandbox, language: str = EN) -> dict[str, Any]:
    now = sandbox.clock.now()
    return {"Data": {"Product": [render_product(p, now, sheet=False, language=language) for p in PRODUCTS]}}


def product_of(product_id: str) -> Product:
    product = _BY_ID.get(product_id)
    if product is None:
        raise forbidden("No such product")
    return product


def product(sandbox: Sandbox, product_id: str, language: str = EN) -> dict[str, Any]:
    return {
        "Data": render_product(product_of(product_id), sandbox.clock.now(), sheet=True, language=language)
    }


# ---- order consents -------------------------------------------------------------------------------------


def _own_account(conn: sqlite3.Connection, customer_id: str, account_id: str) -> sqlite3.Row:
    row: sqlite3.Row | None = conn.execute(
        "SELECT * FROM accounts WHERE id = ? AND customer_id = ?", (account_id, customer_id)
    ).fetchone()
    if row is None:
        raise bad_request(Code.ACCOUNT_INVALID, "That is not one of your accounts", "Data.AccountId")
    if row["currency"] != "CNY":
        raise bad_request(Code.CURRENCY_NOT_ALLOWED, "Wealth products are in CNY", "Data.AccountId")
    return row


def _suitability(
    sandbox: Sandbox, conn: sqlite3.Connection, customer_id: str, product: Product, acknowledged: object
) -> dict[str, Any]:
    """The suitability rule: a valid questionnaire, and a product at or below the level unless the product
    allows an explicit acknowledgement of its exact level."""
    row = _latest_assessment(conn, customer_id)
    if row is None or parse_iso(row["expires_at"]) <= sandbox.clock.now():
        reason = "has expired" if row is not None else "has not been taken"
        raise bad_request(Code.WEALTH_ASSESSMENT, f"Your risk questionnaire {reason}; take it first")
    level = int(row["level"][1])
    result = {"CustomerRiskLevel": row["level"], "ProductRiskLevel": f"R{product.risk}", "Result": "SUITABLE"}
    if product.risk <= level:
        return result
    if product.above_level_rule == "REFUSE":
        raise bad_request(
            Code.WEALTH_REFUSED,
            f"This product is risk level R{product.risk}, above your level {row['level']};"
            " it cannot be sold to you",
        )
    if acknowledged != f"R{product.risk}":
        raise bad_request(
            Code.WEALTH_ACK_REQUIRED,
            f"This product is risk level R{product.risk}, above your level {row['level']}; confirm that you "
            "accept the higher risk",
            "Data.AcknowledgedRiskLevel",
        )
    return {**result, "Result": "ACKNOWLEDGED"}


def _units(text: object) -> int:
    """Units to redeem: a plain decimal with up to four places, more than zero."""
    if not isinstance(text, str) or not text.replace(".", "", 1).isdigit() or len(text) > 20:
        raise bad_request(Code.FIELD_INVALID, "Units must be digits with up to 4 decimals", "Data.Units")
    units = Decimal(text)
    scaled = units / UNIT
    if units <= 0 or scaled != scaled.to_integral_value():
        raise bad_request(
            Code.FIELD_INVALID, "Units must be more than zero with up to 4 decimals", "Data.Units"
        )
    return int(scaled)


def _held_units(conn: sqlite3.Connection, customer_id: str, product_id: str) -> int:
    row = conn.execute(
        "SELECT units_e4 FROM wealth_holdings WHERE customer_id = ? AND product_id = ?",
        (customer_id, product_id),
    ).fetchone()
    return int(row["units_e4"]) if row else 0


def create_order_consent(
    sandbox: Sandbox,
    conn: sqlite3.Connection,
    customer_id: str,
    body: dict[str, Any],
    language: str = EN,
) -> dict[str, Any]:
    data = v.require_object(body.get("Data"), "Data")
    v.only_keys(data, {"Type", "ProductId", "AccountId", "Amount", "Units", "AcknowledgedRiskLevel"}, "Data")
    order_type = data.get("Type")
    if order_type not in KINDS:
        raise bad_request(Code.FIELD_INVALID, "Type must be SUBSCRIBE or REDEEM", "Data.Type")
    product_id = v.text(data, "ProductId", "Data", max_len=40)
    account_id = v.text(data, "AccountId", "Data", max_len=40)
    assert product_id is not None
    assert account_id is not None
    product = product_of(product_id)
    _own_account(conn, customer_id, account_id)
    suitability: dict[str, Any] | None = None
    if order_type == SUBSCRIBE:
        amount = v.require_object(data.get("Amount"), "Data.Amount")
        v.only_keys(amount, {"Amount", "Currency"}, "Data.Amount")
        if amount.get("Currency") != "CNY":
            raise bad_request(Code.CURRENCY_NOT_ALLOWED, "Wealth products are in CNY", "Data.Amount.Currency")
        quantity = parse_amount(amount.get("Amount"), "CNY", "Data.Amount.Amount")
        if quantity < product.minimum_minor:
            raise bad_request(
                Code.WEALTH_MINIMUM,
                f"The minimum for this product is {wire(product.minimum_minor, 'CNY')} CNY",
                "Data.Amount.Amount",
            )
        suitability = _suitability(sandbox, conn, customer_id, product, data.get("AcknowledgedRiskLevel"))
    else:
        quantity = _units(data.get("Units"))
        if quantity > _held_units(conn, customer_id, product.id):
            raise bad_request(Code.WEALTH_UNITS, "You hold fewer units than that", "Data.Units")
    now = sandbox.clock.now()
    consent_id = f"wmc-{uuid.uuid4().hex[:24]}"
    request = {"Data": data, "Suitability": suitability}
    conn.execute(
        "INSERT INTO consents (id, customer_id, kind, status, created_at, status_at, request_json,"
        " debtor_account_id, amount_minor, currency, creditor_scheme, creditor_id, creditor_name)"
        " VALUES (?,?,?,'AWAU',?,?,?,?,?,'CNY',?,?,?)",
        (
            consent_id,
            customer_id,
            KINDS[order_type],
            iso(now),
            iso(now),
            json.dumps(request),
            account_id,
            quantity,
            WEALTH_SCHEME,
            product.id,
            product.name.en,
        ),
    )
    return render_consent(sandbox, _consent(conn, customer_id, consent_id), language)


def _consent(conn: sqlite3.Connection, customer_id: str, consent_id: str) -> sqlite3.Row:
    row: sqlite3.Row | None = conn.execute(
        "SELECT * FROM consents WHERE id = ? AND customer_id = ? AND kind IN (?, ?)",
        (consent_id, customer_id, *KINDS.values()),
    ).fetchone()
    if row is None:
        raise forbidden("No such order consent for this customer")
    return row


def _estimate(product: Product, order_type: str, quantity: int, now: datetime) -> tuple[int, int, int]:
    """(amount_minor, fee_minor, units_e4) an order would have at ``now``'s price."""
    price = unit_price(product, now)
    if order_type == SUBSCRIBE:
        amount = from_minor(quantity, "CNY")
        fee = (amount * product.subscription_fee).quantize(Decimal("0.01"), ROUND_HALF_UP)
        units = ((amount - fee) / price).quantize(UNIT, ROUND_DOWN)
        return quantity, to_minor(fee, "CNY"), int(units / UNIT)
    gross = (Decimal(quantity) * UNIT * price).quantize(Decimal("0.01"), ROUND_DOWN)
    fee = (gross * product.redemption_fee).quantize(Decimal("0.01"), ROUND_HALF_UP)
    return to_minor(gross, "CNY"), to_minor(fee, "CNY"), quantity


def _type_of(row: sqlite3.Row) -> str:
    return SUBSCRIBE if row["kind"] == KINDS[SUBSCRIBE] else REDEEM


def render_consent(sandbox: Sandbox, row: sqlite3.Row, language: str = EN) -> dict[str, Any]:
    product = product_of(row["creditor_id"])
    order_type = _type_of(row)
    amount, fee, units = _estimate(product, order_type, row["amount_minor"], sandbox.clock.now())
    request = json.loads(row["request_json"])
    data: dict[str, Any] = {
        "ConsentId": row["id"],
        "Status": row["status"],
        "StatusUpdateDateTime": row["status_at"],
        "CreationDateTime": row["created_at"],
        "Type": order_type,
        "ProductId": product.id,
        "ProductName": product.name.in_(language),
        "AccountId": row["debtor_account_id"],
        "Amount": {"Amount": wire(amount, "CNY"), "Currency": "CNY"},
        "Fee": {"Amount": wire(fee, "CNY"), "Currency": "CNY"},
        "Units": f"{Decimal(units) * UNIT}",
        "UnitPrice": f"{unit_price(product, sandbox.clock.now())}",
    }
    if request.get("Suitability"):
        data["Suitability"] = request["Suitability"]
    return {"Data": data}


def get_order_consent(
    sandbox: Sandbox, customer_id: str, consent_id: str, language: str = EN
) -> dict[str, Any]:
    with sandbox.db.transaction() as conn:
        return render_consent(sandbox, _consent(conn, customer_id, consent_id), language)


# ---- orders ---------------------------------------------------------------------------------------------


def create_order(
    sandbox: Sandbox,
    conn: sqlite3.Connection,
    customer_id: str,
    body: dict[str, Any],
    language: str = EN,
) -> dict[str, Any]:
    data = v.require_object(body.get("Data"), "Data")
    v.only_keys(data, {"ConsentId"}, "Data")
    consent_id = v.text(data, "ConsentId", "Data", max_len=128)
    assert consent_id is not None
    consent = _consent(conn, customer_id, consent_id)
    if conn.execute("SELECT 1 FROM wealth_orders WHERE consent_id = ?", (consent_id,)).fetchone():
        raise bad_request(Code.CONSENT_CONSUMED, "This order consent was already used", "Data.ConsentId")
    if consent["status"] != "AUTH":
        raise bad_request(Code.CONSENT_STATUS, f"The order consent is {consent['status']}", "Data.ConsentId")
    product = product_of(consent["creditor_id"])
    order_type = _type_of(consent)
    now = sandbox.clock.now()
    if order_type == SUBSCRIBE:
        request = json.loads(consent["request_json"])["Data"]
        _suitability(sandbox, conn, customer_id, product, request.get("AcknowledgedRiskLevel"))
    amount, fee, units = _estimate(product, order_type, consent["amount_minor"], now)
    order_id = f"wmo-{uuid.uuid4().hex[:24]}"
    if order_type == SUBSCRIBE:
        _post_subscription(
            conn, consent, order_id=order_id, product=product, figures=(amount, fee, units), now=now
        )
    else:
        _post_redemption(
            conn, consent, order_id=order_id, product=product, figures=(amount, fee, units), now=now
        )
    conn.execute(
        "INSERT INTO wealth_orders VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (
            order_id,
            consent_id,
            customer_id,
            product.id,
            order_type,
            consent["debtor_account_id"],
            amount,
            fee,
            units,
            int(unit_price(product, now) / UNIT),
            iso(now),
        ),
    )
    conn.execute("UPDATE consents SET status = 'COND', status_at = ? WHERE id = ?", (iso(now), consent_id))
    return {
        "Data": _render_order(
            conn.execute("SELECT * FROM wealth_orders WHERE id = ?", (order_id,)).fetchone(),
            language,
        )
    }


def _entry(
    conn: sqlite3.Connection,
    *,
    order_id: str,
    suffix: str,
    now: datetime,
    description: str,
    debit: str,
    credit: str,
    minor: int,
) -> None:
    if minor <= 0:
        return
    post_entry(
        conn,
        entry_id=f"{order_id}-{suffix}",
        booked_at=iso(now),
        kind="wealth",
        description=description,
        debit=Posting(debit, -minor, None),
        credit=Posting(credit, minor, None),
        payment_id=order_id,
    )


def _book_order(
    conn: sqlite3.Connection,
    consent: sqlite3.Row,
    *,
    order_id: str,
    product: Product,
    now: datetime,
    gross_minor: int,
    fee_minor: int,
) -> None:
    """The ledger entries of one order: the net amount between the customer's account and custody
    (a purchase pays into custody, a sale pays out of it), and the fee to the bank's fee account,
    taken from the side that pays."""
    side = "buy" if _type_of(consent) == SUBSCRIBE else "sell"
    account = consent["debtor_account_id"]
    source, destination = (account, CUSTODY_ACCOUNT) if side == "buy" else (CUSTODY_ACCOUNT, account)
    for suffix, description, credit, minor in (
        (side, f"{side.capitalize()} {product.name.en}", destination, gross_minor - fee_minor),
        ("fee", f"Fee: {side} {product.name.en}", FEES_ACCOUNT, fee_minor),
    ):
        _entry(conn, order_id=order_id, suffix=suffix, now=now, description=description,
               debit=source, credit=credit, minor=minor)  # fmt: skip


def _post_subscription(
    conn: sqlite3.Connection,
    consent: sqlite3.Row,
    *,
    order_id: str,
    product: Product,
    figures: tuple[int, int, int],
    now: datetime,
) -> None:
    amount, fee, units = figures
    account = consent["debtor_account_id"]
    balance = conn.execute("SELECT balance_minor FROM accounts WHERE id = ?", (account,)).fetchone()
    if balance["balance_minor"] < amount:
        raise bad_request(Code.INSUFFICIENT_FUNDS, "Not enough money in the account", "Data.ConsentId")
    _book_order(conn, consent, order_id=order_id, product=product, now=now, gross_minor=amount, fee_minor=fee)
    conn.execute(
        "INSERT INTO wealth_holdings VALUES (?,?,?,?) ON CONFLICT (customer_id, product_id) DO UPDATE SET"
        " units_e4 = units_e4 + excluded.units_e4, cost_minor = cost_minor + excluded.cost_minor",
        (consent["customer_id"], product.id, units, amount),
    )


def _post_redemption(
    conn: sqlite3.Connection,
    consent: sqlite3.Row,
    *,
    order_id: str,
    product: Product,
    figures: tuple[int, int, int],
    now: datetime,
) -> None:
    gross, fee, units = figures
    customer = consent["customer_id"]
    held = _held_units(conn, customer, product.id)
    if units > held:
        raise bad_request(Code.WEALTH_UNITS, "You hold fewer units than that", "Data.ConsentId")
    _book_order(conn, consent, order_id=order_id, product=product, now=now, gross_minor=gross, fee_minor=fee)
    # The cost basis shrinks in proportion to the units sold (integer arithmetic, floor).
    conn.execute(
        "UPDATE wealth_holdings SET cost_minor = cost_minor - (cost_minor * ? / units_e4),"
        " units_e4 = units_e4 - ?"
        " WHERE customer_id = ? AND product_id = ?",
        (units, units, customer, product.id),
    )
    conn.execute("DELETE FROM wealth_holdings WHERE units_e4 = 0")


def _render_order(row: sqlite3.Row, language: str = EN) -> dict[str, Any]:
    return {
        "OrderId": row["id"],
        "ConsentId": row["consent_id"],
        "Status": "Completed",
        "Type": row["type"],
        "ProductId": row["product_id"],
        "ProductName": _BY_ID[row["product_id"]].name.in_(language),
        "AccountId": row["account_id"],
        "Amount": {"Amount": wire(row["amount_minor"], "CNY"), "Currency": "CNY"},
        "Fee": {"Amount": wire(row["fee_minor"], "CNY"), "Currency": "CNY"},
        "Units": f"{Decimal(row['units_e4']) * UNIT}",
        "UnitPrice": f"{Decimal(row['unit_price_e4']) * UNIT}",
        "CreationDateTime": row["created_at"],
    }


def get_order(sandbox: Sandbox, customer_id: str, order_id: str, language: str = EN) -> dict[str, Any]:
    row = sandbox.db.one(
        "SELECT * FROM wealth_orders WHERE id = ? AND customer_id = ?", (order_id, customer_id)
    )
    if row is None:
        raise forbidden("No such order for this customer")
    return {"Data": _render_order(row, language)}


def orders(sandbox: Sandbox, customer_id: str, language: str = EN) -> dict[str, Any]:
    rows = sandbox.db.query(
        "SELECT * FROM wealth_orders WHERE customer_id = ? ORDER BY created_at DESC, rowid DESC",
        (customer_id,),
    )
    return {"Data": {"Order": [_render_order(r, language) for r in rows]}}


def holdings(sandbox: Sandbox, customer_id: str, language: str = EN) -> dict[str, Any]:
    now = sandbox.clock.now()
    rows = sandbox.db.query(
        "SELECT * FROM wealth_holdings WHERE customer_id = ? ORDER BY product_id", (customer_id,)
    )
    out = []
    for row in rows:
        product = _BY_ID[row["product_id"]]
        price = unit_price(product, now)
        units = Decimal(row["units_e4"]) * UNIT
        value = (units * price).quantize(Decimal("0.01"), ROUND_DOWN)
        out.append(
            {
                "ProductId": product.id,
                "ProductName": product.name.in_(language),
                "RiskLevel": f"R{product.risk}",
                "Units": f"{units}",
                "UnitPrice": f"{price}",
                "Value": {"Amount": f"{value:.2f}", "Currency": "CNY"},
                "Cost": {"Amount": wire(row["cost_minor"], "CNY"), "Currency": "CNY"},
            }
        )
    return {"Data": {"Holding": out, "ValuationDateTime": iso(now)}}
