"""Transfer screen against the demo bank: keyboard-only journeys, review, one-time code, status, audit.

The helpers at the top (KeyboardUser, sandbox controls) are shared by test_bills.py and test_payees.py.
"""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

import httpx
import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from a11y_bank.a11y.announcer import AnnouncementSpy
from a11y_bank.a11y.priority import Priority
from a11y_bank.domain.money import Money
from a11y_bank.ui.messages import render, spoken_text, visible_text
from a11y_bank.ui.models.money_text import current_locale_name, spoken_money
from a11y_bank.ui.payment_flow import FlowStep
from a11y_bank.ui.screens.transfer import TransferScreen
from tests.gui.audit import audit_at_text_size, audit_screen

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
    """Ctrl+3 opens Transfer (a key, not a call); waits until accounts and payees are loaded."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5_000)
    user.press(Qt.Key.Key_3, modifier=Qt.KeyboardModifier.ControlModifier)
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


def payments_at_bank(sandbox: Any) -> int:
    """How many payment consents and payments the sandbox holds (all customers)."""
    db = sandbox.sandbox.db
    consents = db.one("SELECT COUNT(*) AS n FROM consents")
    payments = db.one("SELECT COUNT(*) AS n FROM payments")
    return int(consents["n"]) + int(payments["n"])


def payments_with_reference(sandbox: Any, reference: str) -> int:
    row = sandbox.sandbox.db.one("SELECT COUNT(*) AS n FROM payments WHERE reference = ?", (reference,))
    return int(row["n"])


def pick_saved_payee(user: KeyboardUser, screen: TransferScreen, name: str) -> None:
    """From the focused Pay to list, arrow to the saved payee called `name`."""
    assert user.focused() is screen.payee_combo
    user.press(Qt.Key.Key_Home)
    for _ in range(screen.payee_combo.count()):
        payee = screen.current_payee()
        if payee is not None and payee.name == name:
            return
        user.press(Qt.Key.Key_Down)
    raise AssertionError(f"no saved payee {name}")


def test_edit_after_the_code_was_sent_needs_a_new_consent_and_a_new_code(
    qtbot: QtBot, signed_in_window: Any, announcements: AnnouncementSpy, sandbox_url: str
) -> None:
    user = KeyboardUser(qtbot)
    screen = open_transfer(qtbot, signed_in_window, user)
    user.press(Qt.Key.Key_Tab)
    pick_saved_payee(user, screen, "Wang Fang")
    user.press(Qt.Key.Key_Tab)
    user.type("6000")  # over the large-amount threshold
    user.press(Qt.Key.Key_Return)
    wait_step(qtbot, screen, FlowStep.REVIEW, announcements)
    large = heard(qtbot, announcements, "This is a large payment")
    assert (large, Priority.NOW) in announcements.spoken
    assert not any("first payment" in text for text in announcements.texts)  # a saved payee
    assert screen.steps.warnings.isVisible()
    user.tab_to(screen.steps.confirm_button)
    user.press(Qt.Key.Key_Space)
    wait_step(qtbot, screen, FlowStep.AWAITING_CODE, announcements)
    first_consent, first_challenge = screen.flow.consent, screen.flow.challenge
    assert first_consent is not None
    assert first_challenge is not None
    old_code = sandbox_outbox(sandbox_url, first_challenge.challenge_id)

    user.tab_to(screen.steps.code_back_button)
    user.press(Qt.Key.Key_Space)  # Back to edit: what was typed is kept
    wait_step(qtbot, screen, FlowStep.EDITING, announcements)
    focus_is(qtbot, screen.from_combo)
    assert screen.amount_edit.text() == "6000"
    assert screen.flow.consent is None  # the old consent (and its code) are dropped
    user.tab_to(screen.amount_edit)
    user.press(Qt.Key.Key_End)
    user.press(Qt.Key.Key_Backspace, 2)  # 6000 -> 60
    user.press(Qt.Key.Key_Return)
    wait_step(qtbot, screen, FlowStep.REVIEW, announcements)
    second_consent = screen.flow.consent
    assert second_consent is not None
    assert second_consent.consent_id != first_consent.consent_id
    assert second_consent.intent.amount == Money(Decimal(60), "CNY")
    assert not screen.steps.warnings.isVisible()
    user.tab_to(screen.steps.confirm_button)
    user.press(Qt.Key.Key_Space)
    wait_step(qtbot, screen, FlowStep.AWAITING_CODE, announcements)
    challenge = screen.flow.challenge
    assert challenge is not None
    assert challenge.challenge_id != first_challenge.challenge_id
    new_code = sandbox_outbox(sandbox_url, challenge.challenge_id)

    if old_code != new_code:  # the old code is bound to the old amount: refused, tries counted
        user.type(old_code)
        user.press(Qt.Key.Key_Return)
        wrong = heard(qtbot, announcements, "The code is wrong. You have 4 tries left.")
        assert (wrong, Priority.NOW) in announcements.spoken
        wait_step(qtbot, screen, FlowStep.AWAITING_CODE, announcements)
        assert "4 tries left" in screen.steps.code_field.error()
        focus_is(qtbot, screen.steps.code_edit)
        user.press(Qt.Key.Key_A, modifier=Qt.KeyboardModifier.ControlModifier)
        user.press(Qt.Key.Key_Backspace)
    user.type(new_code)
    user.press(Qt.Key.Key_Return)
    wait_step(qtbot, screen, FlowStep.COMPLETED, announcements, timeout=20_000)
    assert "sixty yuan" in heard(qtbot, announcements, "Payment sent. ")
    record("edit after the code was sent", user)


def test_unknown_outcome_is_explained_reconciled_and_paid_exactly_once(
    qtbot: QtBot, signed_in_window: Any, announcements: AnnouncementSpy, sandbox_url: str, sandbox: Any
) -> None:
    reference = f"Unknown {uuid.uuid4().hex[:8]}"
    user = KeyboardUser(qtbot)
    screen = open_transfer(qtbot, signed_in_window, user)
    user.press(Qt.Key.Key_Tab)
    pick_saved_payee(user, screen, "Alice Chen")
    user.press(Qt.Key.Key_Tab)
    user.type("12.34")
    user.press(Qt.Key.Key_Tab)
    user.type(reference)
    user.press(Qt.Key.Key_Return)
    wait_step(qtbot, screen, FlowStep.REVIEW, announcements)
    user.tab_to(screen.steps.confirm_button)
    user.press(Qt.Key.Key_Space)
    wait_step(qtbot, screen, FlowStep.AWAITING_CODE, announcements)
    challenge = screen.flow.challenge
    assert challenge is not None
    code = sandbox_outbox(sandbox_url, challenge.challenge_id)
    # Every answer to the payment POST is lost after the bank committed it (retries included).
    sandbox_post(
        sandbox_url,
        "faults",
        {"Kind": "drop", "Path": "/pisp/domestic-payments$", "Method": "POST", "Count": 20},
    )
    try:
        user.type(code)
        user.press(Qt.Key.Key_Return)
        wait_step(qtbot, screen, FlowStep.UNKNOWN, announcements, timeout=30_000)
        unknown = heard(qtbot, announcements, "We don't know yet whether the payment went through.")
        assert "do not send it again" in unknown
        assert (unknown, Priority.NOW) in announcements.spoken
        assert "do not send it again" in screen.steps.status_label.text()
        assert not screen.can_leave()  # money may be in flight
        assert not screen.steps.send_again_button.isVisible()  # never a blind retry
        assert payments_with_reference(sandbox, reference) == 1  # the bank did commit it
    finally:
        sandbox_clear_faults(sandbox_url)
    wait_step(qtbot, screen, FlowStep.COMPLETED, announcements, timeout=40_000)
    once = heard(qtbot, announcements, "it was paid exactly once")
    assert "Alice Chen" in once
    assert payments_with_reference(sandbox, reference) == 1
    # Exactly one ledger entry for it, and the double-entry ledger still balances.
    entries = sandbox.sandbox.db.one("SELECT COUNT(*) AS n FROM entries WHERE description = ?", (reference,))
    assert entries["n"] == 1
    assert ledger_balanced(sandbox_url)["Balanced"] is True
    assert screen.can_leave()
    record("unknown outcome", user)


@pytest.mark.parametrize(
    ("field_name", "typed", "code", "params"),
    [
        ("payee_name", "", "payee.empty", {}),
        ("payee_account", "6222 0202 0011 2345 670", "cn_account.invalid_checksum", {}),
        ("payee_account", "12345", "cn_account.invalid_length", {}),
        ("amount", "", "amount.empty", {}),
        ("amount", "0", "amount.zero", {}),
        ("reference", "x" * 40, "reference.too_long", {"maximum": "35"}),
        ("date", "2001-01-01", "date.in_past", {}),
        ("date", "2026-02-30", "date.invalid", {}),
    ],
)
def test_bad_input_is_shown_spoken_focused_and_nothing_is_sent(
    qtbot: QtBot,
    signed_in_window: Any,
    announcements: AnnouncementSpy,
    sandbox: Any,
    field_name: str,
    typed: str,
    code: str,
    params: dict[str, str],
) -> None:
    user = KeyboardUser(qtbot)
    screen = open_transfer(qtbot, signed_in_window, user)
    before = payments_at_bank(sandbox)
    good = {"payee_name": "Oliver Smith", "payee_account": "", "amount": "10", "reference": "", "date": ""}
    good[field_name] = typed
    user.press(Qt.Key.Key_Tab)
    if field_name.startswith("payee_"):
        user.press(Qt.Key.Key_End)  # a new payee (Chinese account number)
        user.press(Qt.Key.Key_Tab)
        user.type(good["payee_name"])
        user.press(Qt.Key.Key_Tab, 2)
        user.type(good["payee_account"] or "6222 0202 0011 2345 679")
    user.tab_to(screen.amount_edit)
    user.type(good["amount"])
    user.press(Qt.Key.Key_Tab)
    user.type(good["reference"])
    user.press(Qt.Key.Key_Tab)
    user.type(good["date"])
    user.press(Qt.Key.Key_Return)

    fields = {
        "payee_name": screen.payee_form.name_field,
        "payee_account": screen.payee_form.account_field,
        "amount": screen.amount_field,
        "reference": screen.reference_field,
        "date": screen.date_field,
    }
    labelled = fields[field_name]
    try:
        qtbot.waitUntil(lambda: bool(labelled.error()), timeout=5_000)
    except Exception as exc:
        raise AssertionError(f"{announcements.spoken} focus={QApplication.focusWidget()}") from exc
    assert labelled.error() == visible_text(render(code, **params))
    assert labelled.field.accessibleDescription() == labelled.error()  # read with the field
    spoken_error = spoken_text(render(code, **params))
    assert (spoken_error, Priority.NOW) in announcements.spoken
    assert QApplication.focusWidget() is labelled.field
    qtbot.wait(300)
    assert screen.flow.step is FlowStep.EDITING
    assert screen.flow.consent is None
    assert payments_at_bank(sandbox) == before  # nothing reached the bank


def test_transfer_screen_passes_the_audit_and_reflows_at_300_percent(
    qtbot: QtBot, signed_in_window: Any, theme: Any
) -> None:
    user = KeyboardUser(qtbot)
    screen = open_transfer(qtbot, signed_in_window, user)
    audit_screen(qtbot, signed_in_window, screen).assert_ok()
    user.press(Qt.Key.Key_Tab)
    user.press(Qt.Key.Key_End)  # show the new-payee fields too
    audit_screen(qtbot, signed_in_window, screen).assert_ok()
    audit_at_text_size(qtbot, signed_in_window, screen, theme, 300).assert_ok()


def test_every_input_has_a_label_buddy_and_an_accessible_name(qtbot: QtBot, signed_in_window: Any) -> None:
    user = KeyboardUser(qtbot)
    screen = open_transfer(qtbot, signed_in_window, user)
    form = screen.payee_form
    for labelled in (
        screen.amount_field,
        screen.reference_field,
        screen.date_field,
        form.name_field,
        form.sort_code_field,
        form.account_field,
        screen.steps.code_field,
    ):
        assert labelled.label.buddy() is labelled.field
        assert labelled.field.accessibleName() == labelled.label.text()
    assert screen.from_label.buddy() is screen.from_combo
    assert screen.from_combo.accessibleName() == "From account"
    assert screen.payee_combo.accessibleName() == "Pay to"
    assert screen.steps.channel_combo.accessibleName() == "Send the code by"


def test_review_and_code_pages_pass_the_audit_at_300_percent(
    qtbot: QtBot, signed_in_window: Any, announcements: AnnouncementSpy, theme: Any
) -> None:
    signed_in_window.ctx.settings.otp_channel = "EMAIL"  # the channel chosen in Settings
    user = KeyboardUser(qtbot)
    screen = open_transfer(qtbot, signed_in_window, user)
    user.tab_to(screen.amount_edit)
    user.type("1.00")
    user.press(Qt.Key.Key_Return)
    wait_step(qtbot, screen, FlowStep.REVIEW, announcements)
    assert screen.steps.channel_combo.currentData() == "EMAIL"
    audit_at_text_size(qtbot, signed_in_window, screen, theme, 300).assert_ok()
    theme.set_text_percent(100)
    user.tab_to(screen.steps.confirm_button)
    user.press(Qt.Key.Key_Space)
    wait_step(qtbot, screen, FlowStep.AWAITING_CODE, announcements)
    challenge = screen.flow.challenge
    assert challenge is not None
    assert challenge.channel == "EMAIL"
    assert challenge.masked_destination in screen.steps.code_instructions.text()
    audit_at_text_size(qtbot, signed_in_window, screen, theme, 300).assert_ok()
    theme.set_text_percent(100)
    assert screen.can_leave()  # nothing sent yet: leaving is fine
    sent_before = sum("on its way" in text for text in announcements.texts)
    user.tab_to(screen.steps.resend_button)
    user.press(Qt.Key.Key_Space)  # Send a new code
    qtbot.waitUntil(
        lambda: (
            screen.flow.challenge is not None and screen.flow.challenge.challenge_id != challenge.challenge_id
        ),
        timeout=10_000,
    )
    qtbot.waitUntil(lambda: sum("on its way" in text for text in announcements.texts) == sent_before + 1)
    focus_is(qtbot, screen.steps.code_edit)
    user.tab_to(screen.steps.code_back_button)
    user.press(Qt.Key.Key_Space)
    wait_step(qtbot, screen, FlowStep.EDITING, announcements)
    assert screen.amount_edit.text() == "1.00"  # Back to edit keeps the data


def test_a_payment_over_the_daily_limit_is_refused_before_any_code_and_explained(
    qtbot: QtBot, signed_in_window: Any, announcements: AnnouncementSpy, sandbox: Any
) -> None:
    user = KeyboardUser(qtbot)
    screen = open_transfer(qtbot, signed_in_window, user)
    payments_before = sandbox.sandbox.db.one("SELECT COUNT(*) AS n FROM payments")["n"]
    user.tab_to(screen.amount_edit)
    user.type("900000000")
    user.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(screen.form_status.text()) and not screen.flow.busy, timeout=15_000)
    qtbot.waitUntil(
        lambda: screen.flow.step is FlowStep.EDITING and "limit" in screen.form_status.text(), timeout=15_000
    )
    assert any(p is Priority.NOW and "limit" in t for t, p in announcements.spoken)
    focus_is(qtbot, screen.amount_edit)
    assert screen.flow.challenge is None  # no code was ever sent
    assert sandbox.sandbox.db.one("SELECT COUNT(*) AS n FROM payments")["n"] == payments_before


def test_a_language_change_retranslates_without_losing_what_was_typed(
    qtbot: QtBot, signed_in_window: Any
) -> None:
    user = KeyboardUser(qtbot)
    screen = open_transfer(qtbot, signed_in_window, user)
    user.press(Qt.Key.Key_Tab)
    user.press(Qt.Key.Key_Down)
    chosen = screen.current_payee()
    user.tab_to(screen.amount_edit)
    user.type("42")
    QApplication.sendEvent(screen, QEvent(QEvent.Type.LanguageChange))
    assert screen.current_payee() == chosen
    assert screen.amount_edit.text() == "42"
    assert screen.steps.confirm_button.text() == "Confirm and send code"
    assert screen.amount_edit.accessibleName() == "Amount in CNY"
    assert screen.payee_combo.itemText(screen.payee_combo.count() - 1) == "A new payee"
