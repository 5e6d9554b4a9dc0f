"""The personal quick menu: up to nine actions the customer set up, run with Alt+1 … Alt+9 (no Qt).

An action is one of: pay a bill (biller, the customer's number at the biller, amount), send money to a
saved payee (payee, amount; the currency is the paying account's), read the balance of an account, or
open a screen. Each carries the label the customer chose ("Pay electricity bill", "Send 200 yuan to Mum").

Payees, billers and accounts are referred to by the ids the bank gives them, never by an account number:
the menu lives in the accessibility profile, which is exported to a file and stored by the bank so that
it follows the customer to a branch terminal. A payment action only fills in a form for review; nothing
here moves money.

Reading is tolerant, like the profile: an entry that is not a valid action is dropped (with a warning),
the rest is kept, and never more than nine are read.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from a11y_bank.domain.validation import MAX_AMOUNT, ValidationError

__all__ = [
    "LABEL_MAX",
    "MAX_ACTIONS",
    "ActionKind",
    "QuickAction",
    "QuickMenu",
    "validate_action",
]

_log = logging.getLogger(__name__)

MAX_ACTIONS = 9
"""One action per key, Alt+1 … Alt+9."""
LABEL_MAX = 60
"""Long enough for "Send 200 yuan to Mum every month", short enough to be read in one breath."""
_ID_PATTERN = re.compile(r"[A-Za-z0-9._:-]{1,128}")
_SCREEN_PATTERN = re.compile(r"[a-z_]{1,40}")
_AMOUNT_PLACES = 2


class ActionKind(StrEnum):
    PAY_BILL = "pay_bill"
    SEND_MONEY = "send_money"
    READ_BALANCE = "read_balance"
    OPEN_SCREEN = "open_screen"


PAYMENT_KINDS = frozenset({ActionKind.PAY_BILL, ActionKind.SEND_MONEY})


@dataclass(frozen=True, slots=True)
class QuickAction:
    """One entry. Only the fields its `kind` needs are set; the others stay empty.

    account_id: the account that pays (payments; empty means the first account) or whose balance is read.
    payee_id: a saved payee's bank id (send money). biller_id, bill_reference: the biller and the
        customer's number on the bill (pay a bill). amount: what to pay (payments).
    screen: a section key such as "history" (open a screen).
    """

    kind: ActionKind
    label: str
    account_id: str = ""
    payee_id: str = ""
    biller_id: str = ""
    bill_reference: str = ""
    amount: Decimal | None = None
    screen: str = ""

    @property
    def is_payment(self) -> bool:
        return self.kind in PAYMENT_KINDS

    def amount_text(self) -> str:
        """The amount as a person types it ("20.00"), or "" when there is none."""
        return "" if self.amount is None else f"{self.amount:.{_AMOUNT_PLACES}f}"

    def to_json(self) -> dict[str, str]:
        document = {
            "kind": self.kind.value,
            "label": self.label,
            "account_id": self.account_id,
            "payee_id": self.payee_id,
            "biller_id": self.biller_id,
            "bill_reference": self.bill_reference,
            "amount": self.amount_text(),
            "screen": self.screen,
        }
        # Only what this kind uses: a smaller file, and nothing left over from an earlier edit.
        return {key: value for key, value in document.items() if value}

    @classmethod
    def from_json(cls, data: object) -> QuickAction | None:
        """The action `data` describes, or None when it is not a valid one."""
        if not isinstance(data, dict):
            return None
        try:
            kind = ActionKind(str(data.get("kind", "")))
        except ValueError:
            return None
        text_fields = ("label", "account_id", "payee_id", "biller_id", "bill_reference", "screen")
        values = {name: data.get(name, "") for name in text_fields}
        if not all(isinstance(value, str) for value in values.values()):
            return None
        readable, amount = _read_amount(data.get("amount", ""))
        if not readable:
            return None
        action = cls(kind=kind, amount=amount, **values)
        return action if validate_action(action) is None else None


def _read_amount(value: object) -> tuple[bool, Decimal | None]:
    """(readable, amount): amounts are strings in the file, never JSON numbers (a float on the way)."""
    if value in ("", None):
        return True, None
    if not isinstance(value, str):
        return False, None
    try:
        amount = Decimal(value)
    except InvalidOperation:
        return False, None
    return amount.is_finite(), amount


def validate_action(action: QuickAction) -> ValidationError | None:
    """None for a complete action; otherwise the catalogue error for the first thing missing."""
    label = action.label.strip()
    if not label:
        return ValidationError("quick_menu.label_empty")
    if len(label) > LABEL_MAX or any(ord(ch) < 32 for ch in label):
        return ValidationError("quick_menu.label_too_long", {"maximum": str(LABEL_MAX)})
    return _target_error(action) or _amount_error(action)


def _target_error(action: QuickAction) -> ValidationError | None:
    def bad_id(value: str) -> bool:
        return _ID_PATTERN.fullmatch(value) is None

    if action.account_id and bad_id(action.account_id):
        return ValidationError("quick_menu.account_missing")
    match action.kind:
        case ActionKind.SEND_MONEY if bad_id(action.payee_id):
            return ValidationError("quick_menu.payee_missing")
        case ActionKind.PAY_BILL if bad_id(action.biller_id):
            return ValidationError("quick_menu.biller_missing")
        case ActionKind.PAY_BILL if not action.bill_reference.strip() or len(action.bill_reference) > 35:
            return ValidationError("quick_menu.bill_reference_missing")
        case ActionKind.READ_BALANCE if bad_id(action.account_id):
            return ValidationError("quick_menu.account_missing")
        case ActionKind.OPEN_SCREEN if _SCREEN_PATTERN.fullmatch(action.screen) is None:
            return ValidationError("quick_menu.screen_missing")
    return None


def _amount_error(action: QuickAction) -> ValidationError | None:
    if not action.is_payment:
        return None
    amount = action.amount
    if amount is None or not amount.is_finite() or amount <= 0:
        return ValidationError("quick_menu.amount_missing")
    exponent = amount.normalize().as_tuple().exponent
    too_precise = isinstance(exponent, int) and exponent < -_AMOUNT_PLACES
    if amount > MAX_AMOUNT or too_precise:
        return ValidationError("quick_menu.amount_missing")
    return None


@dataclass(frozen=True, slots=True)
class QuickMenu:
    """The customer's actions in key order: `actions[0]` runs on Alt+1. Every change returns a new menu."""

    actions: tuple[QuickAction, ...] = ()

    def __len__(self) -> int:
        return len(self.actions)

    def __iter__(self) -> Iterator[QuickAction]:
        return iter(self.actions)

    @property
    def is_full(self) -> bool:
        return len(self.actions) >= MAX_ACTIONS

    def for_key(self, number: int) -> QuickAction | None:
        """The action on Alt+`number` (1 … 9), or None for an empty slot."""
        return self.actions[number - 1] if 1 <= number <= len(self.actions) else None

    def add(self, action: QuickAction) -> QuickMenu | ValidationError:
        if self.is_full:
            return ValidationError("quick_menu.full", {"maximum": str(MAX_ACTIONS)})
        return validate_action(action) or QuickMenu((*self.actions, _tidy(action)))

    def replace(self, index: int, action: QuickAction) -> QuickMenu | ValidationError:
        self._check(index)
        error = validate_action(action)
        if error is not None:
            return error
        actions = list(self.actions)
        actions[index] = _tidy(action)
        return QuickMenu(tuple(actions))

    def remove(self, index: int) -> QuickMenu:
        self._check(index)
        return QuickMenu(self.actions[:index] + self.actions[index + 1 :])

    def move(self, index: int, offset: int) -> QuickMenu:
        """`index` moved by `offset` places (clamped to the ends); the others keep their order."""
        self._check(index)
        target = min(max(index + offset, 0), len(self.actions) - 1)
        actions = list(self.actions)
        actions.insert(target, actions.pop(index))
        return QuickMenu(tuple(actions))

    def _check(self, index: int) -> None:
        if not 0 <= index < len(self.actions):
            raise IndexError(f"no quick menu entry {index}")

    def to_json(self) -> list[dict[str, str]]:
        return [action.to_json() for action in self.actions]

    @classmethod
    def from_json(cls, data: object) -> QuickMenu:
        """The valid actions of `data` (a list), at most nine; anything else is dropped with a warning."""
        if not isinstance(data, list):
            if data is not None:
                _log.warning("quick menu: ignored a value that is not a list")
            return cls()
        actions = [QuickAction.from_json(entry) for entry in data]
        valid = tuple(action for action in actions if action is not None)
        if len(valid) < len(data):
            _log.warning("quick menu: ignored %d invalid entries", len(data) - len(valid))
        if len(valid) > MAX_ACTIONS:
            _log.warning("quick menu: kept the first %d of %d entries", MAX_ACTIONS, len(valid))
        return cls(valid[:MAX_ACTIONS])


def _tidy(action: QuickAction) -> QuickAction:
    """The action as stored: label trimmed, and no field its kind does not use."""
    kept: dict[str, Any] = {"label": action.label.strip()}
    if action.kind is ActionKind.SEND_MONEY:
        kept |= {"account_id": action.account_id, "payee_id": action.payee_id, "amount": action.amount}
    elif action.kind is ActionKind.PAY_BILL:
        kept |= {
            "account_id": action.account_id,
            "biller_id": action.biller_id,
            "bill_reference": action.bill_reference.strip(),
            "amount": action.amount,
        }
    elif action.kind is ActionKind.READ_BALANCE:
        kept |= {"account_id": action.account_id}
    else:
        kept |= {"screen": action.screen}
    return replace(QuickAction(action.kind, ""), **kept)
