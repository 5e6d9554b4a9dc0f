"""Deterministic demo data, generated once when the database is new.

Everything comes from a seeded ``random.Random``; dates are relative to the sandbox clock's day, so a new
database always shows the last two years. Account numbers: CN accounts use ``UK.OBIE.BBAN`` (China has no
IBAN; a BBAN is exactly a domestic account number; OB's SchemeName is an open namespaced code list) and the
GBP account uses ``UK.OBIE.SortCodeAccountNumber`` (6-digit sort code + 8-digit account number).
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from a11y_bank.sandbox import crypto
from a11y_bank.sandbox.clock import iso
from a11y_bank.sandbox.db import Database, Posting, fill_running_balances, post_entry

BBAN = "UK.OBIE.BBAN"
SORT_CODE = "UK.OBIE.SortCodeAccountNumber"
SEED = 20240601
SHOP_SALES = 100_000
HISTORY_DAYS = 730


@dataclass(frozen=True)
class DemoCustomer:
    id: str
    username: str
    password: str
    display_name: str
    phone: str
    email: str
    daily_limit_minor: int
    is_staff: bool = False


CUSTOMERS = (
    DemoCustomer(
        "cust-liwei", "liwei", "Demo-1234", "Li Wei", "+8613800138123", "liwei@example.cn", 5_000_000
    ),
    DemoCustomer(
        "cust-alice", "alice", "Demo-1234", "Alice Chen", "+8613900139456", "alice@example.cn", 2_000_000
    ),
    DemoCustomer(
        "cust-staff1",
        "staff1",
        "Staff-1234",
        "Branch Staff One",
        "+8602100000001",
        "staff1@example.cn",
        0,
        True,
    ),
)

# (id, customer, currency, scheme, identification, name, nickname, kind, OB type code, product)
ACCOUNTS = (
    (
        "acc-lw-cur",
        "cust-liwei",
        "CNY",
        BBAN,
        "6222020200112345678",
        "Li Wei",
        "Current",
        "current",
        "CACC",
        "prod-current",
    ),
    (
        "acc-lw-sav",
        "cust-liwei",
        "CNY",
        BBAN,
        "6222020200187654321",
        "Li Wei",
        "Savings",
        "savings",
        "SVGS",
        "prod-time-deposit",
    ),
    (
        "acc-lw-shop",
        "cust-liwei",
        "CNY",
        BBAN,
        "6222020200155500077",
        "Li Wei",
        "Shop account",
        "shop",
        "CACC",
        "prod-shop",
    ),
    (
        "acc-lw-gbp",
        "cust-liwei",
        "GBP",
        SORT_CODE,
        "30949312345678",
        "Li Wei",
        "Pounds",
        "current",
        "CACC",
        "prod-current-gbp",
    ),
    (
        "acc-al-cur",
        "cust-alice",
        "CNY",
        BBAN,
        "6217000010023456789",
        "Alice Chen",
        "Current",
        "current",
        "CACC",
        "prod-current",
    ),
    (
        "acc-al-sav",
        "cust-alice",
        "CNY",
        BBAN,
        "6217000010098765432",
        "Alice Chen",
        "Wealth",
        "savings",
        "SVGS",
        "prod-wealth",
    ),
)

# Bank-owned internal accounts: the other side of every payment that leaves or enters the bank.
INTERNAL = (
    ("int-equity-cny", "CNY", "9990000000000000001", "Bank capital CNY"),
    ("int-equity-gbp", "GBP", "99999900000001", "Bank capital GBP"),
    ("int-clearing-cny", "CNY", "9990000000000000002", "Interbank clearing CNY"),
    ("int-clearing-gbp", "GBP", "99999900000002", "Interbank clearing GBP"),
    ("int-acquiring-cny", "CNY", "9990000000000000003", "Card acquiring CNY"),
    ("int-fees-cny", "CNY", "9990000000000000004", "Fees CNY"),
)

BILLERS = (
    ("biller-electric", "State Grid Shanghai Electric Power", "Electricity", "9991000000000000001"),
    ("biller-water", "Shanghai Water Supply", "Water", "9991000000000000002"),
    ("biller-gas", "Shanghai Gas", "Gas", "9991000000000000003"),
    ("biller-mobile", "China Mobile Shanghai", "Mobile", "9991000000000000004"),
    ("biller-broadband", "China Telecom Broadband", "Broadband", "9991000000000000005"),
)

# Accounts at other banks that the name check knows (holder names), one of which rejects payments.
EXTERNAL_DIRECTORY = (
    (BBAN, "6228480000011112222", "Zhang Wei", 0),
    (BBAN, "6228480000033334444", "Wang Fang", 0),
    (BBAN, "6228480000099990000", "Closed Account Trading Co", 1),
    (SORT_CODE, "20000055779911", "Oliver Smith", 0),
)

GROCERS = (
    ("Hema Fresh 盒马鲜生", "5411"),
    ("Carrefour 家乐福", "5411"),
    ("FamilyMart 全家", "5499"),
    ("Walmart 沃尔玛", "5411"),
    ("Lawson 罗森", "5499"),
)
EATING = (("Starbucks 星巴克", "5814"), ("Haidilao 海底捞", "5812"), ("Meituan Waimai 美团外卖", "5812"))
UK_SHOPS = (("Tesco", "5411"), ("Transport for London", "4111"), ("Pret A Manger", "5814"))


def is_new(db: Database) -> bool:
    return db.one("SELECT value FROM meta WHERE key = 'demo_version'") is None


def generate(db: Database, today: datetime) -> None:
    """Fill a new database: customers, accounts, two years of history, payees, billers, orders."""
    rng = random.Random(SEED)
    start = datetime.combine((today - timedelta(days=HISTORY_DAYS)).date(), time(0), tzinfo=today.tzinfo)
    with db.transaction() as conn:
        conn.execute("INSERT INTO meta (key, value) VALUES ('hmac_key', ?)", (os.urandom(32).hex(),))
        _insert_parties(conn, start)
        _opening_balances(conn, start)
        history = _History(conn, rng)
        history.personal(start, today)
        history.shop_sales(start, today)
        history.uk(start, today)
        history.flush()
        fill_running_balances(conn)
        conn.execute(
            "UPDATE accounts SET balance_minor = (SELECT COALESCE(SUM(amount_minor), 0) FROM postings"
            " WHERE account_id = accounts.id)"
        )
        _insert_payees_and_orders(conn, today)
        conn.execute("INSERT INTO meta (key, value) VALUES ('demo_version', '1')")


def _insert_parties(conn: sqlite3.Connection, opened: datetime) -> None:
    for c in CUSTOMERS:
        salt = os.urandom(16)
        conn.execute(
            "INSERT INTO customers VALUES (?,?,?,?,?,?,?,?,?)",
            (
                c.id,
                c.username,
                salt,
                crypto.hash_password(c.password, salt),
                c.display_name,
                int(c.is_staff),
                c.phone,
                c.email,
                c.daily_limit_minor,
            ),
        )
    for acc in ACCOUNTS:
        conn.execute(
            "INSERT INTO accounts (id, customer_id, currency, scheme, identification, name, nickname, kind,"
            " type_code, opened_at, product_id) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (*acc[:8], acc[8], iso(opened), acc[9]),
        )
        conn.execute("INSERT INTO directory VALUES (?,?,?,0)", (acc[3], acc[4], acc[5]))
    for acc_id, currency, ident, name in INTERNAL:
        scheme = SORT_CODE if currency == "GBP" else BBAN
        conn.execute(
            "INSERT INTO accounts (id, customer_id, currency, scheme, identification, name, kind, type_code,"
            " opened_at) VALUES (?,NULL,?,?,?,?,'internal','OTHR',?)",
            (acc_id, currency, scheme, ident, name, iso(opened)),
        )
    for biller_id, name, category, ident in BILLERS:
        account_id = f"int-{biller_id}"
        conn.execute(
            "INSERT INTO accounts (id, customer_id, currency, scheme, identification, name, kind, type_code,"
            " opened_at) VALUES (?,NULL,'CNY',?,?,?,'internal','OTHR',?)",
            (account_id, BBAN, ident, name, iso(opened)),
        )
        conn.execute("INSERT INTO directory VALUES (?,?,?,0)", (BBAN, ident, name))
        conn.execute(
            "INSERT INTO billers VALUES (?,?,?,?,?,?)",
            (biller_id, name, category, account_id, "Customer number", r"^\d{8,12}$"),
        )
    conn.executemany("INSERT INTO directory VALUES (?,?,?,?)", EXTERNAL_DIRECTORY)


def _opening_balances(conn: sqlite3.Connection, when: datetime) -> None:
    openings = (
        ("acc-lw-cur", 3_500_000),
        ("acc-lw-sav", 12_000_000),
        ("acc-lw-shop", 500_000),
        ("acc-lw-gbp", 250_000),
        ("acc-al-cur", 1_800_000),
        ("acc-al-sav", 6_000_000),
    )
    for index, (account_id, minor) in enumerate(openings):
        equity = "int-equity-gbp" if account_id == "acc-lw-gbp" else "int-equity-cny"
        post_entry(
            conn,
            entry_id=f"open-{index}",
            booked_at=iso(when),
            kind="opening",
            description="Opening balance",
            debit=Posting(equity, -minor),
            credit=Posting(account_id, minor, "Opening balance"),
        )


class _History:
    """Builds history rows in memory and writes them with executemany (100 000+ rows in about a second)."""

    def __init__(self, conn: sqlite3.Connection, rng: random.Random) -> None:
        self._conn = conn
        self._rng = rng
        self._entries: list[tuple[str, str, str, str, str | None, str | None]] = []
        self._postings: list[tuple[str, str, int, str, str]] = []
        self._seq = 0

    def add(  # noqa: PLR0917 - one row of history; keywords would only make the 900 calls longer
        self,
        when: datetime,
        kind: str,
        text: str,
        debit: str,
        credit: str,
        minor: int,
        *,
        merchant: tuple[str, str] | None = None,
        debit_party: str = "",
        credit_party: str = "",
    ) -> None:
        self._seq += 1
        entry_id = f"h{self._seq:07d}"
        booked = iso(when)
        self._entries.append(
            (
                entry_id,
                booked,
                kind,
                text,
                merchant[0] if merchant else None,
                merchant[1] if merchant else None,
            )
        )
        self._postings.append((entry_id, debit, -minor, booked, credit_party or text))
        self._postings.append((entry_id, credit, minor, booked, debit_party or text))

    def _at(self, day: datetime, hour_from: int = 8, hour_to: int = 21) -> datetime:
        return day + timedelta(
            hours=self._rng.randint(hour_from, hour_to),
            minutes=self._rng.randint(0, 59),
            seconds=self._rng.randint(0, 59),
        )

    def personal(self, start: datetime, today: datetime) -> None:
        for day in _days(start, today):
            self._person_day(day, "acc-lw-cur", salary=2_800_000, rent=650_000, grocery_scale=1.0)
            self._person_day(day, "acc-al-cur", salary=1_900_000, rent=420_000, grocery_scale=0.7)

    def _person_day(self, day: datetime, account: str, salary: int, rent: int, grocery_scale: float) -> None:
        rng = self._rng
        savings = "acc-lw-sav" if account == "acc-lw-cur" else "acc-al-sav"
        if day.day == 10:
            self.add(
                self._at(day, 9, 10),
                "salary",
                "Salary Shanghai Lumen Technology Co",
                "int-clearing-cny",
                account,
                salary + rng.randint(-20_000, 20_000),
                debit_party="Shanghai Lumen Technology Co",
            )
        if day.day == 1:
            self.add(
                self._at(day), "transfer", "Rent", account, "int-clearing-cny", rent, credit_party="Zhang Wei"
            )
        if day.day == 12:
            self.add(self._at(day), "transfer", "Monthly saving", account, savings, 200_000)
        if day.day in (15, 16, 17, 18, 19):
            biller_id, name, _, _ = BILLERS[day.day - 15]
            self.add(
                self._at(day),
                "bill",
                name,
                account,
                f"int-{biller_id}",
                rng.randint(5_000, 40_000),
                credit_party=name,
            )
        if rng.random() < 0.45 * grocery_scale:
            shop = rng.choice(GROCERS)
            self.add(
                self._at(day),
                "card",
                shop[0],
                account,
                "int-clearing-cny",
                rng.randint(1_500, 45_000),
                merchant=shop,
                credit_party=shop[0],
            )
        if rng.random() < 0.3 * grocery_scale:
            shop = rng.choice(EATING)
            self.add(
                self._at(day, 11, 22),
                "card",
                shop[0],
                account,
                "int-clearing-cny",
                rng.randint(2_500, 30_000),
                merchant=shop,
                credit_party=shop[0],
            )
        if account == "acc-lw-cur" and day.day == 20 and day.month % 3 == 0:
            self.add(
                self._at(day),
                "transfer",
                "Dinner share",
                account,
                "acc-al-cur",
                rng.randint(10_000, 50_000),
                debit_party="Li Wei",
                credit_party="Alice Chen",
            )

    def shop_sales(self, start: datetime, today: datetime) -> None:
        span = (today - start).total_seconds()
        moments = sorted(self._rng.random() * span for _ in range(SHOP_SALES))
        for offset in moments:
            when = start + timedelta(seconds=int(offset))
            self.add(
                when,
                "card",
                "Card sale",
                "int-acquiring-cny",
                "acc-lw-shop",
                self._rng.randint(500, 30_000),
                debit_party="Card payments",
            )
        for day in _days(start, today):
            if day.day == 28:
                self.add(self._at(day), "fee", "Card acceptance fee", "acc-lw-shop", "int-fees-cny", 9_900)

    def uk(self, start: datetime, today: datetime) -> None:
        for day in _days(start, today):
            if self._rng.random() < 0.12:
                shop = self._rng.choice(UK_SHOPS)
                self.add(
                    self._at(day),
                    "card",
                    shop[0],
                    "acc-lw-gbp",
                    "int-clearing-gbp",
                    self._rng.randint(250, 4_500),
                    merchant=shop,
                    credit_party=shop[0],
                )
            if day.day == 25:
                self.add(
                    self._at(day),
                    "transfer",
                    "Top-up from family",
                    "int-clearing-gbp",
                    "acc-lw-gbp",
                    20_000,
                    debit_party="Oliver Smith",
                )

    def flush(self) -> None:
        self._conn.executemany(
            "INSERT INTO entries (id, booked_at, kind, description, merchant, mcc) VALUES (?,?,?,?,?,?)",
            self._entries,
        )
        self._conn.executemany(
            "INSERT INTO postings (entry_id, account_id, amount_minor, booked_at, counterparty)"
            " VALUES (?,?,?,?,?)",
            self._postings,
        )


def _days(start: datetime, end: datetime) -> Iterator[datetime]:
    day = start
    while day < end - timedelta(days=1):
        yield day
        day += timedelta(days=1)


def _insert_payees_and_orders(conn: sqlite3.Connection, today: datetime) -> None:
    payees = (
        ("ben-lw-alice", "cust-liwei", BBAN, "6217000010023456789", "Alice Chen", "Dinner", "MATCH"),
        ("ben-lw-landlord", "cust-liwei", BBAN, "6228480000011112222", "Zhang Wei", "Rent", "MATCH"),
        ("ben-lw-mum", "cust-liwei", BBAN, "6228480000033334444", "Wang Fang", "For Mum", "MATCH"),
        ("ben-lw-oliver", "cust-liwei", SORT_CODE, "20000055779911", "Oliver Smith", "Thanks", "MATCH"),
        ("ben-al-liwei", "cust-alice", BBAN, "6222020200112345678", "Li Wei", "Dinner", "MATCH"),
    )
    conn.executemany(
        "INSERT INTO beneficiaries (id, customer_id, scheme, identification, name, reference, name_check,"
        " created_at) VALUES (?,?,?,?,?,?,?,?)",
        [(*p, iso(today - timedelta(days=200))) for p in payees],
    )
    first_next = (today.replace(day=1) + timedelta(days=32)).replace(day=1, hour=9, minute=0, second=0)
    conn.execute(
        "INSERT INTO standing_orders VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (
            "so-lw-saving",
            "acc-lw-cur",
            "MNTH",
            iso(first_next),
            200_000,
            "CNY",
            BBAN,
            "6222020200187654321",
            "Li Wei",
            "Monthly saving",
            "ACTV",
        ),
    )
    _scheduled_payment(conn, today)


def _scheduled_payment(conn: sqlite3.Connection, today: datetime) -> None:
    execute_at = (today + timedelta(days=10)).replace(hour=9, minute=0, second=0, microsecond=0)
    initiation = {
        "InstructionIdentification": "DEMO-SCHED-1",
        "EndToEndIdentification": "DEMO-SCHED-1",
        "RequestedExecutionDateTime": iso(execute_at),
        "InstructedAmount": {"Amount": "1000.00", "Currency": "CNY"},
        "DebtorAccount": {"SchemeName": BBAN, "Identification": "6222020200112345678", "Name": "Li Wei"},
        "CreditorAccount": {"SchemeName": BBAN, "Identification": "6228480000033334444", "Name": "Wang Fang"},
        "RemittanceInformation": {"Unstructured": ["Birthday present"]},
    }
    request = {"Data": {"Permission": "Create", "Initiation": initiation}, "Risk": {}}
    created = iso(today - timedelta(days=2))
    conn.execute(
        "INSERT INTO consents (id, customer_id, kind, status, created_at, status_at, request_json,"
        " debtor_account_id, amount_minor, currency, creditor_scheme, creditor_id, creditor_name, execute_at)"
        " VALUES ('dsc-demo-1', 'cust-liwei', 'domestic-scheduled', 'COND', ?, ?, ?, 'acc-lw-cur', 100000,"
        " 'CNY', ?, ?, ?, ?)",
        (created, created, json.dumps(request), BBAN, "6228480000033334444", "Wang Fang", iso(execute_at)),
    )
    conn.execute(
        "INSERT INTO payments (id, consent_id, customer_id, kind, created_at, execute_at, reference)"
        " VALUES ('dsp-demo-1','dsc-demo-1','cust-liwei','domestic-scheduled',?,?,'Birthday present')",
        (created, iso(execute_at)),
    )
