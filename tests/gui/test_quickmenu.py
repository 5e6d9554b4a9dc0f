"""The personal quick menu against the demo bank: set an action up by keyboard, run it with Alt+1,
arrive at review, confirm with the code, paid exactly once; read aloud, stale actions, editing, audits."""

from __future__ import annotations

import threading
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from a11y_bank.a11y.announcer import NOW_HOLD_MS, AnnouncementSpy
from a11y_bank.a11y.priority import Priority
from a11y_bank.domain.money import Money
from a11y_bank.quickmenu import ActionKind, QuickAction, QuickMenu
from a11y_bank.ui.models.money_text import current_locale_name, display_money, spoken_money
from a11y_bank.ui.payment_flow import FlowStep
from a11y_bank.ui.screens.bills import BillsScreen
from a11y_bank.ui.screens.quickmenu import QuickMenuScreen
from a11y_bank.ui.screens.transfer import TransferScreen
from a11y_bank.ui.shortcuts import SHORTCUTS, shortcut_for
from tests.gui.audit import audit_at_text_size, audit_screen
from tests.gui.test_transfer import KeyboardUser, focus_is, heard, record, sandbox_outbox, wait_step

ALT = Qt.KeyboardModifier.AltModifier


def payment_rows(sandbox: Any) -> tuple[int, int]:
    """(payment consents, payments) the demo bank holds."""
    db = sandbox.sandbox.db
    return int(db.one("SELECT COUNT(*) AS n FROM consents")["n"]), int(
        db.one("SELECT COUNT(*) AS n FROM payments")["n"]
    )


def load_ids(qtbot: QtBot, ctx: Any) -> dict[str, str]:
    """Bank ids of liwei's first account, the payee Alice Chen and the electricity biller."""
    done: list[Any] = []
    bank = ctx.bank
    ctx.tasks.run(lambda: (bank.accounts(), bank.beneficiaries(), bank.billers()), done.append, done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=15_000)
    accounts, payees, billers = done[0]
    return {
        "account": accounts[0].account_id,
        "alice": next(p.beneficiary_id for p in payees if p.name == "Alice Chen"),
        "electric": next(b.biller_id for b in billers if b.category == "Electricity"),
    }


def set_menu(ctx: Any, *actions: QuickAction) -> None:
    ctx.profile.update(quick_menu=QuickMenu(actions))


def open_quick_menu(qtbot: QtBot, window: Any, user: KeyboardUser) -> QuickMenuScreen:
    """From the section list by keyboard (Tab to it, End, Enter); waits for the bank's choices."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5_000)
    user.tab_to(window.nav, limit=60)
    user.press(Qt.Key.Key_End)
    user.press(Qt.Key.Key_Return)
    screen = window.current_screen()
    assert isinstance(screen, QuickMenuScreen)
    qtbot.waitUntil(lambda: screen.editor.payee_combo.count() > 0, timeout=15_000)
    focus_is(qtbot, screen.list_widget)
    return screen


def press_alt(user: KeyboardUser, digit: int) -> None:
    user.press(getattr(Qt.Key, f"Key_{digit}"), modifier=ALT)


def test_quick_menu_payment_by_keyboard_reaches_review_and_pays_exactly_once(
    qtbot: QtBot, signed_in_window: Any, announcements: AnnouncementSpy, sandbox: Any, sandbox_url: str
) -> None:
    user = KeyboardUser(qtbot)
    screen = open_quick_menu(qtbot, signed_in_window, user)
    assert screen.list_widget.currentItem().text() == "Alt+1: empty"
    user.press(Qt.Key.Key_Return)  # Enter on an empty entry sets it up
    editor = screen.editor
    focus_is(qtbot, editor.kind_combo)
    assert editor.kind() is ActionKind.SEND_MONEY
    user.press(Qt.Key.Key_Tab)
    assert user.focused() is editor.account_combo
    user.press(Qt.Key.Key_Tab)
    assert user.focused() is editor.payee_combo  # biller and screen lists are hidden for this kind
    for _ in range(editor.payee_combo.count()):
        if "Alice Chen" in editor.payee_combo.currentText():
            break
        user.press(Qt.Key.Key_Down)
    assert "Alice Chen" in editor.payee_combo.currentText()
    user.press(Qt.Key.Key_Tab)
    assert user.focused() is editor.amount_edit
    user.type("20")
    user.press(Qt.Key.Key_Tab)
    assert user.focused() is editor.label_edit
    twenty = display_money(Money(Decimal(20), "CNY"), current_locale_name())
    assert editor.label_edit.text() == f"Send {twenty} to Alice Chen"  # a name is suggested
    user.press(Qt.Key.Key_A, modifier=Qt.KeyboardModifier.ControlModifier)
    user.type("Send 20 to Alice")  # the customer's own words replace it
    user.press(Qt.Key.Key_Return)
    heard(qtbot, announcements, "Saved. Alt+1 now runs Send 20 to Alice.")
    focus_is(qtbot, screen.list_widget)
    assert not editor.isVisible()
    saved = signed_in_window.ctx.profile.profile.quick_menu.for_key(1)
    assert saved is not None
    assert (saved.kind, saved.amount, saved.label) == (ActionKind.SEND_MONEY, Decimal(20), "Send 20 to Alice")
    assert screen.list_widget.currentItem().text() == "Alt+1: Send 20 to Alice"

    before = payment_rows(sandbox)
    press_alt(user, 1)
    transfer = signed_in_window.screen_for("transfer")
    assert isinstance(transfer, TransferScreen)
    wait_step(qtbot, transfer, FlowStep.REVIEW, announcements)
    assert signed_in_window.current_section() == "transfer"
    focus_is(qtbot, transfer.steps.summary)
    words = spoken_money(Money(Decimal(20), "CNY"), current_locale_name())
    summary = transfer.steps.summary.accessibleName()
    assert "Alice Chen" in summary
    assert words in summary
    # Review prepared one consent at the bank; nothing is paid until the customer confirms.
    assert payment_rows(sandbox) == (before[0] + 1, before[1]), "Alt+1 must not send anything by itself"

    user.tab_to(transfer.steps.confirm_button)
    user.press(Qt.Key.Key_Space)
    wait_step(qtbot, transfer, FlowStep.AWAITING_CODE, announcements)
    challenge = transfer.flow.challenge
    assert challenge is not None
    user.type(sandbox_outbox(sandbox_url, challenge.challenge_id))
    user.press(Qt.Key.Key_Return)
    wait_step(qtbot, transfer, FlowStep.COMPLETED, announcements, timeout=20_000)
    sent = heard(qtbot, announcements, "Payment sent. ")
    assert "Alice Chen" in sent
    assert payment_rows(sandbox) == (before[0] + 1, before[1] + 1)  # one consent, one payment
    record("quick menu payment", user)


def test_alt_1_again_after_a_finished_payment_starts_a_fresh_review(
    qtbot: QtBot, signed_in_window: Any, announcements: AnnouncementSpy, sandbox: Any
) -> None:
    ctx = signed_in_window.ctx
    ids = load_ids(qtbot, ctx)
    set_menu(ctx, QuickAction(ActionKind.SEND_MONEY, "Mum", payee_id=ids["alice"], amount=Decimal("7.50")))
    user = KeyboardUser(qtbot)
    signed_in_window.activateWindow()
    press_alt(user, 1)
    transfer = signed_in_window.screen_for("transfer")
    wait_step(qtbot, transfer, FlowStep.REVIEW, announcements)
    user.tab_to(transfer.steps.review_back_button)
    user.press(Qt.Key.Key_Space)  # back to the form: the customer can still change anything
    wait_step(qtbot, transfer, FlowStep.EDITING, announcements)
    assert transfer.amount_edit.text() == "7.50"
    before = payment_rows(sandbox)
    press_alt(user, 1)  # pressed again on the form: review again, nothing sent
    wait_step(qtbot, transfer, FlowStep.REVIEW, announcements)
    assert payment_rows(sandbox)[1] == before[1]


def test_quick_bill_payment_opens_pay_bills_at_review(
    qtbot: QtBot, signed_in_window: Any, announcements: AnnouncementSpy
) -> None:
    ctx = signed_in_window.ctx
    ids = load_ids(qtbot, ctx)
    bill = QuickAction(
        ActionKind.PAY_BILL,
        "Pay electricity bill",
        account_id=ids["account"],
        biller_id=ids["electric"],
        bill_reference="12345678",
        amount=Decimal("80"),
    )
    set_menu(ctx, QuickAction(ActionKind.OPEN_SCREEN, "History", screen="history"), bill)
    user = KeyboardUser(qtbot)
    signed_in_window.activateWindow()
    press_alt(user, 2)
    bills = signed_in_window.screen_for("bills")
    assert isinstance(bills, BillsScreen)
    wait_step(qtbot, bills, FlowStep.REVIEW, announcements)
    focus_is(qtbot, bills.steps.summary)
    assert bills.bill_ref_edit.text() == "12345678"
    biller = bills.current_biller()
    assert biller is not None
    assert biller.biller_id == ids["electric"]
    words = spoken_money(Money(Decimal(80), "CNY"), current_locale_name())
    assert words in bills.steps.summary.accessibleName()
    press_alt(user, 1)  # an "open a screen" action
    qtbot.waitUntil(lambda: signed_in_window.current_section() == "history", timeout=5_000)


def test_alt_0_reads_the_menu_and_an_empty_key_says_so(
    qtbot: QtBot, signed_in_window: Any, announcements: AnnouncementSpy
) -> None:
    ctx = signed_in_window.ctx
    user = KeyboardUser(qtbot)
    signed_in_window.activateWindow()
    user.press(Qt.Key.Key_0, modifier=ALT)
    heard(qtbot, announcements, "Your quick menu has no actions yet.")
    set_menu(
        ctx,
        QuickAction(ActionKind.OPEN_SCREEN, "Pay electricity bill", screen="bills"),
        QuickAction(ActionKind.OPEN_SCREEN, "Send 200 yuan to Mum", screen="transfer"),
    )
    user.press(Qt.Key.Key_0, modifier=ALT)
    heard(qtbot, announcements, "Quick menu: 1, Pay electricity bill; 2, Send 200 yuan to Mum.")
    press_alt(user, 5)
    empty = heard(qtbot, announcements, "There is no quick menu action on Alt+5.")
    assert "Quick menu screen" in empty
    assert signed_in_window.current_section() == "accounts"


def test_quick_keys_do_nothing_before_sign_in(qtbot: QtBot, main_window: Any) -> None:
    main_window.ctx.profile.update(
        quick_menu=QuickMenu((QuickAction(ActionKind.OPEN_SCREEN, "History", screen="history"),))
    )
    main_window.activateWindow()
    KeyboardUser(qtbot).press(Qt.Key.Key_1, modifier=ALT)
    qtbot.wait(50)
    assert main_window.current_section() == "signin"


def test_a_stale_action_says_why_and_focuses_its_entry(
    qtbot: QtBot, signed_in_window: Any, announcements: AnnouncementSpy, sandbox: Any
) -> None:
    ctx = signed_in_window.ctx
    set_menu(
        ctx,
        QuickAction(ActionKind.OPEN_SCREEN, "History", screen="history"),
        QuickAction(ActionKind.SEND_MONEY, "Send 200 yuan to Mum", payee_id="gone", amount=Decimal(200)),
    )
    before = payment_rows(sandbox)
    user = KeyboardUser(qtbot)
    signed_in_window.activateWindow()
    press_alt(user, 2)
    qtbot.waitUntil(lambda: signed_in_window.current_section() == "quickmenu", timeout=15_000)
    screen = signed_in_window.current_screen()
    assert isinstance(screen, QuickMenuScreen)
    focus_is(qtbot, screen.list_widget)
    assert screen.list_widget.currentRow() == 1
    stale = heard(qtbot, announcements, "The quick menu action Send 200 yuan to Mum cannot run.")
    assert (stale, Priority.NOW) in announcements.spoken
    assert "Edit the action or remove it." in stale
    qtbot.waitUntil(lambda: "cannot run" in screen.list_widget.item(1).text(), timeout=15_000)
    assert payment_rows(sandbox) == before


def test_read_balance_speaks_the_balance_in_words(
    qtbot: QtBot, signed_in_window: Any, announcements: AnnouncementSpy
) -> None:
    ctx = signed_in_window.ctx
    ids = load_ids(qtbot, ctx)
    set_menu(ctx, QuickAction(ActionKind.READ_BALANCE, "Read balance", account_id=ids["account"]))
    signed_in_window.activateWindow()
    KeyboardUser(qtbot).press(Qt.Key.Key_1, modifier=ALT)
    said = heard(qtbot, announcements, ": balance ")
    assert "yuan" in said
    assert not any(ch.isdigit() for ch in said.split("balance", 1)[1]), said  # in words, not digits
    assert signed_in_window.current_section() == "accounts"  # reading moves nobody anywhere


def test_edit_move_and_remove_by_keyboard(
    qtbot: QtBot, signed_in_window: Any, announcements: AnnouncementSpy
) -> None:
    ctx = signed_in_window.ctx
    first = QuickAction(ActionKind.OPEN_SCREEN, "History", screen="history")
    second = QuickAction(ActionKind.OPEN_SCREEN, "Cards", screen="cards")
    set_menu(ctx, first, second)
    user = KeyboardUser(qtbot)
    screen = open_quick_menu(qtbot, signed_in_window, user)
    user.press(Qt.Key.Key_Down)
    assert screen.current_action() == second
    user.tab_to(screen.up_button)
    user.press(Qt.Key.Key_Space)
    heard(qtbot, announcements, "Cards is now on Alt+1.")
    assert ctx.profile.profile.quick_menu.actions == (second, first)
    focus_is(qtbot, screen.list_widget)
    assert screen.list_widget.currentRow() == 0

    user.tab_to(screen.edit_button)
    user.press(Qt.Key.Key_Space)
    focus_is(qtbot, screen.editor.kind_combo)
    user.tab_to(screen.editor.label_edit)
    user.press(Qt.Key.Key_A, modifier=Qt.KeyboardModifier.ControlModifier)
    user.press(Qt.Key.Key_Delete)
    user.press(Qt.Key.Key_Return)  # an empty name is refused
    error = heard(qtbot, announcements, "The name of the action is empty.")
    assert (error, Priority.NOW) in announcements.spoken
    focus_is(qtbot, screen.editor.label_edit)
    assert screen.editor.label_field.error() == "Give the action a name. " + (
        "Type a short name you will recognise, for example Pay electricity bill."
    )
    user.type("My cards")
    user.press(Qt.Key.Key_Return)
    heard(qtbot, announcements, "Saved. Alt+1 now runs My cards.")
    assert ctx.profile.profile.quick_menu.for_key(1).label == "My cards"

    user.tab_to(screen.remove_button)
    user.press(Qt.Key.Key_Space)
    heard(qtbot, announcements, "Removed My cards.")
    assert ctx.profile.profile.quick_menu.actions == (first,)
    assert screen.list_widget.item(0).text() == "Alt+1: History"
    assert screen.list_widget.item(1).text() == "Alt+2: empty"


def test_nine_actions_fill_the_nine_keys_and_the_last_one_runs_on_alt_9(
    qtbot: QtBot, signed_in_window: Any, announcements: AnnouncementSpy
) -> None:
    ctx = signed_in_window.ctx
    screens = ["history", "transfer", "bills", "payees", "products", "settings", "help", "wealth", "cards"]
    set_menu(ctx, *(QuickAction(ActionKind.OPEN_SCREEN, f"Open {key}", screen=key) for key in screens))
    user = KeyboardUser(qtbot)
    screen = open_quick_menu(qtbot, signed_in_window, user)
    texts = [screen.list_widget.item(row).text() for row in range(screen.list_widget.count())]
    assert texts == [f"Alt+{n}: Open {key}" for n, key in enumerate(screens, start=1)]
    user.press(Qt.Key.Key_End)
    assert not screen.down_button.isEnabled()  # the last entry cannot move further down
    press_alt(user, 9)
    qtbot.waitUntil(lambda: signed_in_window.current_section() == "cards", timeout=5_000)


def test_help_lists_the_quick_menu_keys() -> None:
    keys = {spec.action: spec.keys for spec in SHORTCUTS}
    assert [keys[f"quick:{n}"] for n in range(1, 10)] == [(f"Alt+{n}",) for n in range(1, 10)]
    assert keys["quick_menu_read"] == ("Alt+0",)
    assert shortcut_for("quick:3").translated_description() == "Run quick menu action 3"
    every_key = [key for spec in SHORTCUTS for key in spec.keys]
    assert len(every_key) == len(set(every_key)), "two actions share a key"


@pytest.mark.parametrize("percent", [100, 300])
def test_quick_menu_screen_passes_the_audit_with_the_editor_open(
    qtbot: QtBot, signed_in_window: Any, theme: Any, percent: int
) -> None:
    user = KeyboardUser(qtbot)
    screen = open_quick_menu(qtbot, signed_in_window, user)
    user.press(Qt.Key.Key_Return)
    focus_is(qtbot, screen.editor.kind_combo)
    audit_screen(qtbot, signed_in_window, screen).assert_ok()
    audit_at_text_size(qtbot, signed_in_window, screen, theme, percent).assert_ok()


@pytest.mark.parametrize("lock_while", ["checking the action", "reading the balance"])
def test_a_balance_arriving_after_a_lock_is_not_said(
    qtbot: QtBot,
    signed_in_window: Any,
    announcements: AnnouncementSpy,
    monkeypatch: pytest.MonkeyPatch,
    lock_while: str,
) -> None:
    ctx = signed_in_window.ctx
    ids = load_ids(qtbot, ctx)
    set_menu(ctx, QuickAction(ActionKind.READ_BALANCE, "Read balance", account_id=ids["account"]))
    asked, answer = threading.Event(), threading.Event()
    real_balances = ctx.bank.balances

    def slow_balances(account_id: str) -> Any:
        asked.set()
        answer.wait(10)
        return real_balances(account_id)

    monkeypatch.setattr(ctx.bank, "balances", slow_balances)
    signed_in_window.activateWindow()
    KeyboardUser(qtbot).press(Qt.Key.Key_1, modifier=ALT)
    if lock_while == "reading the balance":
        qtbot.waitUntil(asked.is_set, timeout=15_000)
    signed_in_window.lock()  # before the bank answers (answers come back through the event loop)
    answer.set()
    assert signed_in_window.is_locked()
    qtbot.waitUntil(lambda: ctx.tasks.active_count() == 0, timeout=15_000)
    qtbot.wait(NOW_HOLD_MS + 200)  # what the "locked" message held back would be said by now
    assert not any("balance" in text for text in announcements.texts), announcements.texts
    assert signed_in_window.is_locked()


def test_a_new_action_suggests_its_name_until_the_customer_types_one(
    qtbot: QtBot, signed_in_window: Any, announcements: AnnouncementSpy
) -> None:
    user = KeyboardUser(qtbot)
    screen = open_quick_menu(qtbot, signed_in_window, user)
    user.press(Qt.Key.Key_Return)
    editor = screen.editor
    focus_is(qtbot, editor.kind_combo)
    assert editor.label_edit.text().startswith("Send money to ")  # no amount yet
    user.press(Qt.Key.Key_Down)  # send money -> read the balance of an account
    assert editor.kind() is ActionKind.READ_BALANCE
    assert editor.label_edit.text() == "Read balance of Current account"
    user.press(Qt.Key.Key_Down)  # -> open a screen
    assert editor.label_edit.text() == "Open Accounts"
    user.tab_to(editor.label_edit)
    user.press(Qt.Key.Key_End)  # Tab selected the suggestion: keep it and add to it
    user.type(" please")
    user.press(Qt.Key.Key_Tab, modifier=Qt.KeyboardModifier.ShiftModifier)
    assert user.focused() is editor.screen_combo
    user.press(Qt.Key.Key_Down)  # another screen: the customer's name stays
    assert editor.label_edit.text() == "Open Accounts please"
    user.tab_to(editor.save_button)
    user.press(Qt.Key.Key_Space)
    heard(qtbot, announcements, "Saved. Alt+1 now runs Open Accounts please.")
    saved = signed_in_window.ctx.profile.profile.quick_menu.for_key(1)
    assert saved == QuickAction(ActionKind.OPEN_SCREEN, "Open Accounts please", screen="history")


def test_escape_while_editing_leaves_and_coming_back_shows_the_list(
    qtbot: QtBot, signed_in_window: Any, announcements: AnnouncementSpy
) -> None:
    user = KeyboardUser(qtbot)
    screen = open_quick_menu(qtbot, signed_in_window, user)
    user.press(Qt.Key.Key_Return)
    focus_is(qtbot, screen.editor.kind_combo)
    user.press(Qt.Key.Key_Escape)  # Back, as on every screen
    assert signed_in_window.current_section() == "accounts"
    assert signed_in_window.ctx.profile.profile.quick_menu == QuickMenu()  # nothing half-saved
    screen = open_quick_menu(qtbot, signed_in_window, user)
    assert not screen.editor.isVisible()
    assert not screen.is_editing()
