"""Assisted branch terminal (`a11y-bank --kiosk`), without Qt: who controls the terminal, the staff
PIN, calls for staff, and the privacy wipe at the end of every customer session.

The terminal goes LOCKED -> STAFF (a staff member signs in at the bank and sets a PIN for this shift)
-> CUSTOMER (handed over: the customer signs in with their own credentials on the usual sign-in page)
-> STAFF again when the staff member types the PIN ("take back"); the customer's one-time codes are
typed on the customer's own screens, never on the staff side, so taking back shows none of them.
Leaving the terminal (closing the window) also needs the PIN.

Each customer session gets its own Bank with an in-memory credential store and its own directory
for the outbox; `wipe_customer_session` ends it (sign-out, tokens, settled outbox entries, the
directory, the clipboard through a callback) and `scan_for_traces` proves nothing is left.

"Call staff" also takes a branch queue ticket for a signed-in customer (`take_queue_ticket`): the
number is shown, announced and texted to the customer's phone (guideline art. 15(1)), and
`ticket_news` says when a new status is worth telling them. `StaffDesk` keeps the staff member's own
session for the shift, for one thing only: calling the next ticket to their desk.
"""

from __future__ import annotations

import enum
import hashlib
import hmac
import os
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterable
from contextlib import closing
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from a11y_bank.api.auth import TokenGrant
from a11y_bank.api.bank import Bank
from a11y_bank.api.branch import DEMO_BRANCH, BranchQueue, QueueTicket, TicketStatus
from a11y_bank.api.client import new_idempotency_key
from a11y_bank.api.outbox import OutboxState
from a11y_bank.credentials.store import MemoryStore

__all__ = [
    "KIOSK_TIME_MULTIPLIER",
    "CustomerSession",
    "KioskError",
    "KioskPhase",
    "KioskSession",
    "StaffCall",
    "StaffDesk",
    "StaffPin",
    "TicketNews",
    "WipeReport",
    "bank_staff_verifier",
    "kiosk_time_multiplier",
    "scan_for_traces",
    "start_customer_session",
    "take_queue_ticket",
    "ticket_news",
    "wipe_customer_session",
]

KIOSK_TIME_MULTIPLIER = 3
"""Input time limits on a terminal are three times the desktop's (customers may be new to this)."""


def kiosk_time_multiplier(customer_multiplier: int | None) -> int:
    """The idle-limit multiplier at a terminal: the customer's own if longer, else the terminal's.
    A terminal never runs without a limit (None, "no limit", at home): the privacy wipe needs one."""
    return max(customer_multiplier or 0, KIOSK_TIME_MULTIPLIER)


PIN_MIN_DIGITS = 4
PIN_MAX_DIGITS = 8
MAX_PIN_FAILURES = 5
PIN_LOCKOUT_SECONDS = 60.0
_PBKDF2_ROUNDS = 60_000
CUSTOMER_DIR = "customer-session"


class KioskError(Exception):
    """A refused terminal action; `message_code` names the catalogue message to tell the user."""

    def __init__(self, message_code: str) -> None:
        super().__init__(message_code)
        self.message_code = message_code


class KioskPhase(enum.StrEnum):
    LOCKED = "LOCKED"  # nobody signed in: only staff sign-in is offered
    STAFF = "STAFF"  # a staff member controls the terminal
    CUSTOMER = "CUSTOMER"  # handed over to a customer


class StaffPin:
    """The shift's PIN, kept only as a salted PBKDF2 hash in memory. Never in a repr or a log."""

    def __init__(self, pin: str) -> None:
        if not (pin.isascii() and pin.isdigit() and PIN_MIN_DIGITS <= len(pin) <= PIN_MAX_DIGITS):
            raise KioskError("kiosk.pin_format")
        self._salt = os.urandom(16)
        self._digest = self._hash(pin)

    def _hash(self, pin: str) -> bytes:
        return hashlib.pbkdf2_hmac("sha256", pin.encode(), self._salt, _PBKDF2_ROUNDS)

    def matches(self, pin: str) -> bool:
        return hmac.compare_digest(self._digest, self._hash(pin))

    def __repr__(self) -> str:
        return "StaffPin(<hidden>)"


@dataclass(frozen=True, slots=True)
class StaffCall:
    """A customer pressed "call staff". Carries no customer data."""

    number: int
    at: datetime


StaffVerifier = Callable[[str, str], str]
"""(username, password) -> the staff member's display name; raises KioskError if not staff."""


@dataclass
class KioskSession:
    """Who controls the terminal. Listeners are plain callables (the Qt shell connects to them)."""

    verify_staff: StaffVerifier
    monotonic: Callable[[], float] = time.monotonic
    branch_id: str = DEMO_BRANCH
    """The branch this terminal stands in (its queue tickets are that branch's)."""
    phase: KioskPhase = KioskPhase.LOCKED
    staff_name: str = ""
    calls: list[StaffCall] = field(default_factory=list)
    on_call: list[Callable[[StaffCall], None]] = field(default_factory=list)
    on_customer_end: list[Callable[[], None]] = field(default_factory=list)
    _pin: StaffPin | None = field(default=None, repr=False)
    _failures: int = 0
    _locked_until: float = 0.0

    def staff_sign_in(self, username: str, password: str, pin: str) -> None:
        """A staff member signs in at the bank and sets the PIN for this shift."""
        if self.phase is not KioskPhase.LOCKED:
            raise KioskError("kiosk.wrong_phase")
        new_pin = StaffPin(pin)  # format first: no bank call for a PIN that cannot be used
        self.staff_name = self.verify_staff(username, password)
        self._pin = new_pin
        self.phase = KioskPhase.STAFF

    def hand_over(self) -> None:
        if self.phase is not KioskPhase.STAFF:
            raise KioskError("kiosk.wrong_phase")
        self.calls.clear()
        self.phase = KioskPhase.CUSTOMER

    def take_back(self, pin: str) -> None:
        """Staff take the terminal back; the customer's session ends (and is wiped) first."""
        if self.phase is not KioskPhase.CUSTOMER:
            raise KioskError("kiosk.wrong_phase")
        self.check_pin(pin)
        self.end_customer_session()
        self.calls.clear()
        self.phase = KioskPhase.STAFF

    def end_customer_session(self) -> None:
        """Sign-out, time-out or hand-back: every listener wipes what it holds."""
        for listener in list(self.on_customer_end):
            listener()

    def may_leave(self, pin: str) -> bool:
        """Whether the PIN lets the terminal close (True also when no staff has signed in yet)."""
        if self._pin is None:
            return True
        try:
            self.check_pin(pin)
        except KioskError:
            return False
        return True

    def check_pin(self, pin: str) -> None:
        """Raises KioskError if the PIN is wrong, or during the lock-out after repeated failures."""
        if self._pin is None:
            raise KioskError("kiosk.no_staff")
        if self.monotonic() < self._locked_until:
            raise KioskError("kiosk.pin_locked")
        if self._pin.matches(pin):
            self._failures = 0
            return
        self._failures += 1
        if self._failures >= MAX_PIN_FAILURES:
            self._failures = 0
            self._locked_until = self.monotonic() + PIN_LOCKOUT_SECONDS
            raise KioskError("kiosk.pin_locked")
        raise KioskError("kiosk.pin_wrong")

    def call_staff(self) -> StaffCall:
        call = StaffCall(number=len(self.calls) + 1, at=datetime.now(UTC))
        self.calls.append(call)
        for listener in list(self.on_call):
            listener(call)
        return call


def bank_staff_verifier(base_url: str) -> StaffVerifier:
    """Check staff credentials at the bank (sign-in with `IsStaff`), then sign that session out."""

    def verify(username: str, password: str) -> str:
        with tempfile.TemporaryDirectory(prefix="a11y-bank-staff-") as scratch:
            bank = Bank.create(base_url, MemoryStore(), Path(scratch))
            try:  # the staff token stays in this throw-away memory store only
                return _staff_name(bank, username, password)
            finally:
                bank.close()

    return verify


def _staff_name(bank: Bank, username: str, password: str) -> str:
    data = _staff_sign_in(bank, username, password).get("Data", {})
    return str(data.get("DisplayName") or username)


def _staff_sign_in(bank: Bank, username: str, password: str) -> dict[str, Any]:
    """The bank's sign-in answer if the account is staff's; KioskError otherwise."""
    from a11y_bank.api.errors import BankApiError

    try:
        document = bank.client.sign_in(username, password)
    except BankApiError:
        raise KioskError("kiosk.staff_refused") from None
    data: Any = document.get("Data", {})
    if not (isinstance(data, dict) and data.get("IsStaff") is True):
        raise KioskError("kiosk.not_staff")
    return dict(document)


class StaffDesk:
    """The staff member's own session at the bank for the shift, in a throw-away memory store, used
    only to call the next queue ticket to their desk. It is also the terminal's staff verifier:
    signing in checks `IsStaff`; `sign_out` ends it (the terminal calls it when it closes)."""

    def __init__(self, base_url: str, branch_id: str = DEMO_BRANCH) -> None:
        self._base_url = base_url
        self.branch_id = branch_id
        self._bank: Bank | None = None
        self._scratch: tempfile.TemporaryDirectory[str] | None = None

    def __call__(self, username: str, password: str) -> str:
        """Sign in (a StaffVerifier): the staff member's name, or KioskError; keeps the session."""
        self.sign_out()
        self._scratch = tempfile.TemporaryDirectory(prefix="a11y-bank-staff-")
        bank = Bank.create(self._base_url, MemoryStore(), Path(self._scratch.name))
        try:
            document = _staff_sign_in(bank, username, password)
            bank.client.tokens.keep(TokenGrant.from_json(document))  # in the memory store only
        except BaseException:
            bank.close()
            self._drop_scratch()
            raise
        self._bank = bank
        return str(document["Data"].get("DisplayName") or username)

    @property
    def signed_in(self) -> bool:
        return self._bank is not None

    def call_next(self, desk: int) -> QueueTicket | None:
        """The longest-waiting ticket, now called to `desk`; None when nobody waits (worker thread)."""
        if self._bank is None:
            raise KioskError("kiosk.no_staff")
        return BranchQueue(self._bank).call_next(self.branch_id, desk)

    def sign_out(self) -> None:
        bank, self._bank = self._bank, None
        if bank is not None:
            bank.sign_out()  # best effort: if the bank is unreachable the token dies with the store
            bank.close()
        self._drop_scratch()

    def _drop_scratch(self) -> None:
        scratch, self._scratch = self._scratch, None
        if scratch is not None:
            scratch.cleanup()


@dataclass
class CustomerSession:
    """One customer's Bank, its in-memory credential store and its own directory."""

    bank: Bank
    store: MemoryStore
    directory: Path


def start_customer_session(base_url: str, terminal_dir: Path) -> CustomerSession:
    directory = terminal_dir / CUSTOMER_DIR
    directory.mkdir(parents=True, exist_ok=True)
    store = MemoryStore()
    return CustomerSession(Bank.create(base_url, store, directory), store, directory)


def take_queue_ticket(
    session: CustomerSession, branch_id: str, idempotency_key: str | None = None
) -> QueueTicket:
    """A queue ticket for the signed-in customer (on a worker thread); the bank texts them the number.
    One key per press of "Call staff": a retry after a lost answer gets the same number."""
    return BranchQueue(session.bank).take_ticket(
        branch_id, idempotency_key=idempotency_key or new_idempotency_key()
    )


class TicketNews(enum.Enum):
    CALLED = "called"  # called to a desk (or to another desk): tell the customer at once
    DONE = "done"  # served: stop asking the bank


def ticket_news(before: QueueTicket | None, after: QueueTicket) -> TicketNews | None:
    """What a ticket's new state means for the customer; None for nothing to tell (still waiting:
    the banner's count of people ahead changes quietly, never as a spoken countdown)."""
    if after.status is TicketStatus.CALLED:
        if before is None or before.status is not TicketStatus.CALLED or before.desk != after.desk:
            return TicketNews.CALLED
        return None
    if after.status is TicketStatus.DONE and (before is None or before.status is not TicketStatus.DONE):
        return TicketNews.DONE
    return None


@dataclass(frozen=True, slots=True)
class WipeReport:
    settled_removed: int
    unfinished_kept: int
    """Payments still in flight: their journal stays (money safety) until reconciled."""
    directory_removed: bool
    secrets_left: int


def wipe_customer_session(
    session: CustomerSession, clear_clipboard: Callable[[], None] | None = None
) -> WipeReport:
    """Sign out and remove every trace of the customer from this terminal."""
    session.bank.sign_out()  # forgets the tokens and the session caches
    for key in tuple(session.store.keys()):
        session.store.delete(key)
    outbox_path = session.bank.outbox.path
    removed, kept = _purge_settled(outbox_path)
    session.bank.close()
    directory_removed = False
    if kept == 0:
        shutil.rmtree(session.directory, ignore_errors=True)
        directory_removed = not session.directory.exists()
    if clear_clipboard is not None:
        clear_clipboard()
    return WipeReport(removed, kept, directory_removed, len(session.store.keys()))


def _purge_settled(outbox_path: Path) -> tuple[int, int]:
    """Delete finished outbox entries so no freed page or WAL frame keeps their bytes."""
    if not outbox_path.exists():
        return 0, 0
    finished = [s.value for s in OutboxState if s.is_finished]
    marks = ",".join("?" * len(finished))
    with closing(sqlite3.connect(outbox_path, timeout=30, isolation_level=None)) as db:
        db.execute("PRAGMA secure_delete=ON")  # zero the freed pages
        removed = db.execute(f"DELETE FROM outbox WHERE state IN ({marks})", finished).rowcount  # noqa: S608
        kept = int(db.execute("SELECT COUNT(*) FROM outbox").fetchone()[0])
        db.execute("VACUUM")
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return max(removed, 0), kept


def scan_for_traces(roots: Iterable[Path], markers: Iterable[str]) -> dict[Path, int]:
    """Bytes of any marker (UTF-8 or UTF-16) in any file under `roots`: {file: bytes found}."""
    needles = [
        encoded
        for m in markers
        if m
        for encoded in (m.encode(), m.encode("utf-16-le"), m.encode("utf-16-be"))
    ]
    found: dict[Path, int] = {}
    for root in roots:
        files = [root] if root.is_file() else [p for p in root.rglob("*") if p.is_file()]
        for path in files:
            data = path.read_bytes()
            hits = sum(data.count(n) * len(n) for n in needles)
            if hits:
                found[path] = hits
    return found
