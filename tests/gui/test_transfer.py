"""Transfer screen against the demo bank: keyboard-only journeys, review, one-time code, status, audit.

The helpers at the top (KeyboardUser, sandbox controls) are shared by test_bills.py and test_payees.py.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import httpx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from a11y_bank.a11y.announcer import AnnouncementSpy
from a11y_bank.a11y.priority import Priority
from a11y_bank.domain.money import Money
from a11y_bank.ui.models.money_text import current_locale_name, spoken_money
from a11y_bank.ui.payment_flow import FlowStep
from a11y_bank.ui.screens.transfer import TransferScreen

# In the sandbox's directory of other banks' accounts: Oliver Smith, UK sort code and account number.
# (The demo's CN numbers fail the card Luhn check of domain.validation, so a person could not type them.)
NEW_PAYEE_SORT_CODE = "20-00-00"
NEW_PAYEE_ACCOUNT = "55779911"
JOURNEY_COUNTS: dict[str, int] = {}


class KeyboardUser:
    """Sends keys only to whatever has keyboard focus, as a person would, and counts them."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.count = 0

    def focused(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has keyboard focus"
        return widget

    def press(
        self, key: Qt.Key, times: int = 1, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        for _ in range(times):
            self.qtbot.keyClick(self.focused(), key, modifier)
            self.count += 1

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(self.focused(), text)
        self.count += len(text)

    def tab_to(self, widget: QWidget, limit: int = 25) -> None:
        """Press Tab until `widget` has focus (fails if it never comes: a tab-order bug)."""
        for _ in range(limit):
            if self.focused() is widget:
                return
            self.press(Qt.Key.Key_Tab)
        assert self.focused() is widget, f"Tab never reached {widget.objectName()}"


def sandbox_outbox(sandbox_url: str, challenge_id: str) -> str:
    """The one-time code the sandbox 'sent' for `challenge_id` (latest first)."""
    response = httpx.get(f"{sandbox_url}/__sandbox__/outbox", params={"ChallengeId": challenge_id}, timeout=5)
    response.raise_for_status()
    messages = response.json()["Data"]["Message"]
    assert messages, "no code in the sandbox outbox"
    return str(messages[-1]["Code"])


def sandbox_post(sandbox_url: str, path: str, body: dict[str, Any]) -> None:
    httpx.post(f"{sandbox_url}/__sandbox__/{path}", json=body, timeout=5).raise_for_status()


def sandbox_clear_faults(sandbox_url: str) -> None:
    httpx.delete(f"{sandbox_url}/__sandbox__/faults", timeout=5).raise_for_status()


def ledger_balanced(sandbox_url: str) -> Any:
    response = httpx.get(f"{sandbox_url}/__sandbox__/ledger/check", timeout=5)
    response.raise_for_status()
    return response.json()["Data"]


def focus_is(qtbot: QtBot, widget: QWidget, timeout: int = 10_000) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=timeout)


def open_transfer(qtbot: QtBot, window: Any, user: KeyboardUser) -> TransferScreen:
    """Alt+3 opens Transfer (a key, not a call); waits until accounts and payees are loaded."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5_000)
    user.press(Qt.Key.Key_3, modifier=Qt.KeyboardModifier.AltModifier)
    screen = window.screen_for("transfer")
    assert isinstance(screen, TransferScreen)
    qtbot.waitUntil(lambda: screen.from_combo.count() > 0 and screen.payee_combo.count() > 1, timeout=15_000)
    focus_is(qtbot, screen.from_combo)
    return screen


def wait_step(qtbot: QtBot, screen: Any, step: FlowStep, spy: AnnouncementSpy, timeout: int = 15_000) -> None:
    """Wait for the payment flow to reach `step`; on failure, say what was announced meanwhile."""
    try:
        qtbot.waitUntil(lambda: screen.flow.step is step, timeout=timeout)
    except Exception as exc:
        raise AssertionError(f"flow is at {screen.flow.step}, wanted {step}; heard {spy.spoken}") from exc


def heard(qtbot: QtBot, spy: AnnouncementSpy, fragment: str, timeout: int = 10_000) -> str:
    """Wait until an announcement containing `fragment` was made (NOW messages hold others back)."""
    try:
        qtbot.waitUntil(lambda: any(fragment in text for text in spy.texts), timeout=timeout)
    except Exception as exc:
        raise AssertionError(f"never heard {fragment!r}; heard {spy.texts}") from exc
    return next(text for text in spy.texts if fragment in text)


def choose_account(user: KeyboardUser, screen: TransferScreen, currency: str) -> None:
    """Arrow down the focused From account list until an account in `currency` is chosen."""
    assert user.focused() is screen.from_combo
    for _ in range(screen.from_combo.count()):
        account = screen.current_account()
        if account is not None and account.currency == currency:
            return
        user.press(Qt.Key.Key_Down)
    raise AssertionError(f"no {currency} account")


def record(name: str, user: KeyboardUser) -> None:
    JOURNEY_COUNTS[name] = user.count
    print(f"keystrokes[{name}] = {user.count}")


def spoken_after(spy: AnnouncementSpy, start: int) -> list[str]:
    return spy.texts[start:]


# --- journeys -------------------------------------------------------------------------------------


def test_keyboard_only_transfer_to_a_new_payee_with_the_code(
    qtbot: QtBot, signed_in_window: Any, announcements: AnnouncementSpy, sandbox_url: str
) -> None:
    user = KeyboardUser(qtbot)
    screen = open_transfer(qtbot, signed_in_window, user)
    choose_account(user, screen, "GBP")
    user.press(Qt.Key.Key_Tab)  # -> Pay to
    assert user.focused() is screen.payee_combo
    user.press(Qt.Key.Key_End)  # the last entry: "A new payee"
    assert screen.payee_form.isVisible()
    user.press(Qt.Key.Key_Tab)
    assert user.focused() is screen.payee_form.name_field.field
    user.type("Oliver Smith")
    user.press(Qt.Key.Key_Tab)  # -> account type
    user.press(Qt.Key.Key_Down)  # Chinese account -> UK sort code and account number
    user.press(Qt.Key.Key_Tab)
    assert user.focused() is screen.payee_form.sort_code_field.field
    user.type(NEW_PAYEE_SORT_CODE)
    user.press(Qt.Key.Key_Tab)
    user.type(NEW_PAYEE_ACCOUNT)
    user.press(Qt.Key.Key_Tab)
    assert user.focused() is screen.amount_edit
    user.type("120.50")
    user.press(Qt.Key.Key_Tab)  # leaving the amount speaks it in words
    amount_words = spoken_money(Money(Decimal("120.50"), "GBP"), current_locale_name())
    assert any(amount_words in text for text in announcements.texts)
    user.type("Rent December")
    user.press(Qt.Key.Key_Tab)
    assert user.focused() is screen.date_edit
    user.press(Qt.Key.Key_Return)  # empty date: pay today; Enter asks for the review

    wait_step(qtbot, screen, FlowStep.REVIEW, announcements)
    focus_is(qtbot, screen.steps.summary)
    summary = screen.steps.summary.accessibleName()
    assert "Oliver Smith" in summary
    assert "9 9 1 1" in summary
    assert amount_words in summary
    assert NEW_PAYEE_ACCOUNT not in summary + screen.steps.summary.text()  # last 4 digits only
    now = [text for text, priority in announcements.spoken if priority is Priority.NOW]
    assert any("The bank says this account belongs to Oliver Smith." in text for text in now)
    assert any("first payment to this payee" in text for text in now)
    assert not any("large payment" in text for text in now)

    user.tab_to(screen.steps.confirm_button)
    user.press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: screen.flow.step is FlowStep.AWAITING_CODE, timeout=15_000)
    focus_is(qtbot, screen.steps.code_edit)
    heard(qtbot, announcements, "code is on its way")
    challenge = screen.flow.challenge
    assert challenge is not None
    code = sandbox_outbox(sandbox_url, challenge.challenge_id)
    user.type(f"{code[:3]} {code[3:]}")  # pasted with a space, as codes are often shown
    user.press(Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: screen.flow.step is FlowStep.COMPLETED, timeout=20_000)
    heard(qtbot, announcements, "Payment status: The payment is complete")
    sent = heard(qtbot, announcements, "Payment sent. ")
    assert "Oliver Smith" in sent
    assert amount_words in sent
    assert screen.steps.status_label.text() == "Payment status: Completed"
    assert screen.can_leave()
    focus_is(qtbot, screen.steps.another_button)
    record("transfer to a new payee", user)
