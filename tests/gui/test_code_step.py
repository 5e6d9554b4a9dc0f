"""The code step's shared checks (`ui/widgets/code_confirmation.py`, used by Cards and Wealth; the
functions also by Security and Enrolment): what a typed code becomes, which catalogue message a bad
one gets, and the bank's refusals with the tries left. No bank: the widget on its own."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from a11y_bank.a11y.announcer import AnnouncementSpy
from a11y_bank.api.errors import ObError, Offline, Rejected
from a11y_bank.ui.context import AppContext
from a11y_bank.ui.messages import render, spoken_text, visible_text
from a11y_bank.ui.widgets.code_confirmation import (
    CODE_MAX_LENGTH,
    CodeConfirmation,
    CodeStepNames,
    WrongCodes,
)

NAMES = CodeStepNames(channel="testChannel", send="testSend", code="testCode", confirm="testConfirm")


@pytest.fixture
def step(qtbot: QtBot, offline_ctx: AppContext) -> Iterator[CodeConfirmation]:
    window = QWidget()
    QVBoxLayout(window)
    before = QPushButton("Review", window)
    widget = CodeConfirmation(
        offline_ctx.settings, NAMES, send=lambda: None, confirm=lambda: None, parent=window
    )
    layout = window.layout()
    assert layout is not None
    layout.addWidget(before)
    layout.addWidget(widget)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    before.setFocus()  # focus elsewhere: an error has to bring it to the code field
    yield widget
    window.close()


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("123456", "123456"),
        ("123 456", "123456"),  # pasted with a space
        (" 12 34 56 ", "123456"),
        ("１２３４５６", "123456"),  # full-width digits, as a Chinese input method types them
        ("12\u300034\u300056", "123456"),  # ideographic spaces
        ("123-456", "123456"),  # pasted from a text message that grouped it
    ],
)
def test_a_well_formed_code_is_read_as_ascii_digits(
    step: CodeConfirmation, offline_ctx: AppContext, typed: str, code: str
) -> None:
    step.code_field.set_error("an old error")
    step.code_edit.setText(typed)
    assert step.checked_code(offline_ctx.announcer, 6) == code
    assert step.code_field.error() == ""


@pytest.mark.parametrize(
    ("typed", "error", "params"),
    [
        ("", "otp.empty", {}),
        ("   ", "otp.empty", {}),
        ("12345", "otp.wrong_length", {"length": "5"}),
        ("1234567", "otp.wrong_length", {"length": "7"}),
        ("9" * CODE_MAX_LENGTH, "otp.wrong_length", {"length": str(CODE_MAX_LENGTH)}),
        ("12a456", "otp.not_digits", {}),
        ("abcdef", "otp.not_digits", {}),
        ("123.456", "otp.not_digits", {}),  # only spaces and dashes group a code
        ("٣٤٥٦٧٨", "otp.not_digits", {}),  # Arabic-Indic digits
        ("一二三四五六", "otp.not_digits", {}),
        ("12345\u200b6", "otp.not_digits", {}),  # a zero-width space
    ],
)
def test_a_bad_code_is_shown_focused_and_said_once(
    step: CodeConfirmation,
    offline_ctx: AppContext,
    typed: str,
    error: str,
    params: dict[str, str],
) -> None:
    spy = AnnouncementSpy(offline_ctx.announcer)
    step.code_edit.setText(typed)
    assert step.checked_code(offline_ctx.announcer, 6) is None
    msg = render(error, **params)
    assert step.code_field.error() == visible_text(msg)
    assert step.code_edit.accessibleDescription() == visible_text(msg)
    assert QApplication.focusWidget() is step.code_edit
    assert spy.texts == [spoken_text(msg)]


def test_the_code_field_takes_a_pasted_code_with_separators_but_not_a_novel(step: CodeConfirmation) -> None:
    step.code_edit.setText("123 456")
    assert step.code_edit.text() == "123 456"
    step.code_edit.setText("7" * 20_000)
    assert len(step.code_edit.text()) == CODE_MAX_LENGTH


def wrong(code: str = "SC01") -> Rejected:
    return Rejected(400, code, (ObError(code, "Wrong code"),))


def test_a_wrong_code_says_the_tries_left_per_challenge(
    step: CodeConfirmation, offline_ctx: AppContext
) -> None:
    spy = AnnouncementSpy(offline_ctx.announcer)
    step.code_edit.setText("000000")
    for left in ("4", "3"):
        assert step.code_refused(offline_ctx.announcer, wrong(), "challenge-1")
        msg = render("sca.code_wrong", attempts_left=left)
        assert step.code_field.error() == visible_text(msg)
        assert spy.last() == spoken_text(msg)
    assert QApplication.focusWidget() is step.code_edit
    assert step.code_edit.selectedText() == "000000"  # typing the next try replaces it
    assert step.code_refused(offline_ctx.announcer, wrong(), "challenge-2")  # a new code: five tries again
    assert step.code_field.error() == visible_text(render("sca.code_wrong", attempts_left="4"))


@pytest.mark.parametrize(
    ("ob_code", "message"),
    # Changes and orders, not payments: no word of payments (the payment flow says its own).
    [("SC02", "sca.code_expired"), ("SC03", "sca.request_code_locked"), ("SC04", "sca.request_code_used")],
)
def test_other_refusals_of_the_code_are_said_at_the_field(
    step: CodeConfirmation, offline_ctx: AppContext, ob_code: str, message: str
) -> None:
    assert step.code_refused(offline_ctx.announcer, wrong(ob_code), "challenge-1")
    assert step.code_field.error() == visible_text(render(message))
    assert QApplication.focusWidget() is step.code_edit


@pytest.mark.parametrize("error", [Offline("down"), Rejected(400, "U001", (ObError("U001"),))])
def test_other_failures_are_left_to_the_screen(
    step: CodeConfirmation, offline_ctx: AppContext, error: BaseException
) -> None:
    assert not step.code_refused(offline_ctx.announcer, error, "challenge-1")
    assert step.code_field.error() == ""


def test_wrong_codes_never_count_below_zero() -> None:
    tries = WrongCodes(limit=2)
    assert [tries.one_more("c") for _ in range(4)] == [1, 0, 0, 0]
    assert tries.one_more("d") == 1
