"""No secret leaves the keyring: a full journey (sign in by keyboard, every screen, a payment with a
wrong and then the right one-time code, a refused sign-in, a setting saved, sign out) with DEBUG logging
to a file, then every file the app wrote, every log record, every exception text, every window title,
the clipboard and the accessible tree of every screen are searched for each secret the journey used:
the access and refresh tokens, the password, the one-time codes and the full account numbers."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from a11y_bank import cli
from a11y_bank.api.errors import BankApiError
from a11y_bank.api.models import PaymentIntent
from a11y_bank.credentials import MemoryStore
from a11y_bank.domain.money import Money
from a11y_bank.log import setup_logging
from a11y_bank.ui.screens import available_sections
from tests.api.sandbox_support import Controls
from tests.gui.conftest import DEMO_PASSWORD, DEMO_USER
from tests.hardening.secret_scan import Leak, Secrets, accessible_texts, files_under, leaks_in_texts


@pytest.fixture
def debug_log(tmp_path: Path) -> Iterator[Path]:
    """The app's own logging set-up (redaction included) at DEBUG, into a file under tmp_path."""
    log_dir = tmp_path / "logs"
    handlers = setup_logging(logging.DEBUG, log_dir=log_dir)
    yield log_dir
    root = logging.getLogger()
    for handler in handlers:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(logging.WARNING)


class Journey:
    """Collects what a person and the system could see during the journey."""

    def __init__(self) -> None:
        self.secrets = Secrets()
        self.titles: list[str] = []
        self.error_texts: list[tuple[str, str]] = []
        self.accessible: list[tuple[str, str]] = []

    def failing(self, place: str, call: Any) -> None:
        """Run `call`, which must fail with a BankApiError; keep its str and repr."""
        with pytest.raises(BankApiError) as raised:
            call()
        self.error_texts += [(place, str(raised.value)), (place, repr(raised.value))]
        if raised.value.__cause__ is not None:
            self.error_texts.append((f"{place} cause", repr(raised.value.__cause__)))


def sign_in_by_keyboard(qtbot: QtBot, window: Any, journey: Journey) -> None:
    screen = window.current_screen()
    fields = [w for w in screen.findChildren(QLineEdit) if w.isVisible()]
    username, password = fields[0], next(f for f in fields if f.echoMode() != QLineEdit.EchoMode.Normal)
    username.setFocus()
    QTest.keyClicks(username, DEMO_USER)
    password.setFocus()
    QTest.keyClicks(password, DEMO_PASSWORD)
    journey.accessible += list(accessible_texts(window))  # the typed password is in its field now
    QTest.keyClick(password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.ctx.bank.session is not None, timeout=15_000)


def pay_with_codes(ctx: Any, controls: Controls, journey: Journey) -> None:
    bank = ctx.bank
    accounts = bank.accounts()
    for account in accounts:
        journey.secrets.add("account number", account.identification)
    payee = next(p for p in bank.beneficiaries() if p.scheme_name)
    journey.secrets.add("account number", payee.identification)
    debtor = next(a for a in accounts if a.currency == "CNY")
    intent = PaymentIntent(
        debtor_account_id=debtor.account_id,
        creditor_scheme=payee.scheme_name,
        creditor_identification=payee.identification,
        creditor_name=payee.name,
        amount=Money(Decimal("1.23"), "CNY"),
        reference="hardening",
    )
    consent = bank.prepare_payment(intent)
    challenge = bank.send_code(consent, "SMS")
    code = controls.code_for(challenge)
    journey.secrets.add("one-time code", code)
    wrong = f"{(int(code) + 1) % 10 ** len(code):0{len(code)}d}"
    journey.secrets.add("one-time code", wrong)
    journey.failing("wrong code", lambda: bank.confirm_code(challenge, wrong))
    bank.confirm_code(challenge, code)
    bank.submit_payment(consent)


@pytest.fixture(autouse=True)
def keyring_for_the_outbox_key(monkeypatch: pytest.MonkeyPatch) -> MemoryStore:
    """A store standing in for the system keyring (CI has none), so the app seals its payment outbox
    as it does on a desktop with a keyring (cli.outbox_key_store)."""
    keyring = MemoryStore()
    monkeypatch.setattr(cli, "outbox_key_store", lambda: keyring)
    return keyring


def test_no_secret_leaks_anywhere_in_a_full_journey(
    qtbot: QtBot,
    main_window: Any,
    ctx: Any,
    sandbox_url: str,
    tmp_path: Path,
    debug_log: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    journey = Journey()
    journey.secrets.add("password", DEMO_PASSWORD)
    controls = Controls(sandbox_url)
    window = main_window
    window.ctx = ctx
    try:
        sign_in_by_keyboard(qtbot, window, journey)
        tokens = ctx.bank.client.tokens
        journey.secrets.add("access token", tokens.access())
        journey.secrets.add("refresh token", tokens.refresh())
        for key in available_sections():
            if key == "signin":
                continue
            window.navigate(key)
            ctx.tasks.wait_for_all(15_000)
            qtbot.wait(200)
            journey.titles.append(window.windowTitle())
            journey.accessible += list(accessible_texts(window))
        pay_with_codes(ctx, controls, journey)
        ctx.save_settings()
        ctx.bank.sign_out()
        journey.failing("refused sign-in", lambda: ctx.bank.sign_in(DEMO_USER, DEMO_PASSWORD + "x"))
        journey.secrets.add("password", DEMO_PASSWORD + "x")
    finally:
        controls.close()
    qtbot.wait(100)

    assert len(journey.secrets.by_kind) == 5, journey.secrets.by_kind.keys()  # every kind was really used
    leaks: list[Leak] = []
    written = files_under(tmp_path)
    assert any(p.suffix == ".log" or "log" in p.name for p in written), "the journey wrote no log file"
    assert any(p.name == "s.json" for p in written), "the settings file was not written"
    assert ctx.bank.outbox.sealed, "the payment outbox is not sealed: the scan below would prove nothing"
    assert any(p.name.startswith("payment-outbox") for p in written), "the payment outbox was not written"
    for path in written:
        leaks += journey.secrets.in_file(path)
    leaks += leaks_in_texts(journey.secrets, (("log record", r.getMessage()) for r in caplog.records))
    leaks += leaks_in_texts(journey.secrets, (("caplog text", caplog.text),))
    leaks += leaks_in_texts(journey.secrets, journey.error_texts)
    leaks += leaks_in_texts(journey.secrets, (("window title", t) for t in journey.titles))
    leaks += leaks_in_texts(journey.secrets, (("clipboard", QApplication.clipboard().text()),))
    leaks += leaks_in_texts(journey.secrets, journey.accessible)
    assert journey.accessible, "the accessible tree was never walked"
    assert not leaks, "\n".join(sorted({f"{leak.secret_kind} in {leak.place}" for leak in leaks}))
