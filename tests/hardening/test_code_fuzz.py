"""The one-time code field of every kind of code step, fuzzed through key events and paste.

Steps: a payment's (Pay bills, `PaymentSteps`; Transfer shares it), Security's and Enrolment's code
fields (and `CodeConfirmation.checked_code`, the check of Cards and Wealth, directly, in
tests/gui/test_code_step.py). For each example the code field gets text (typed, pasted or both),
Return is pressed in it, and the app must (1) not raise, (2) show under the code field a catalogue
message that the announcer said, with focus on the code field, and (3) send nothing to the bank
when the text cannot be a code: `domain.validation.validate_otp` decides (spaces and dashes dropped,
full-width digits read as digits); a well-formed wrong code goes to the bank and comes back as
sca.code_wrong (sca.code_locked, or sca.request_code_locked on a change, after five). The right code
is never typed (`assume`): it would finish the step.

Inputs: wrong lengths, letters, full-width and other-script digits, spaces, codes pasted with
separators, empty, very long, and the field fuzz's hostile Unicode. Fast size in CI;
``A11Y_HARDENING=long`` runs the long campaign.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from a11y_bank.a11y.announcer import AnnouncementSpy
from a11y_bank.domain.validation import ValidationError, validate_otp
from a11y_bank.ui.context import AppContext
from a11y_bank.ui.payment_flow import FlowStep
from a11y_bank.ui.screens.enrol import EnrolScreen
from a11y_bank.ui.screens.security import SecurityScreen
from a11y_bank.ui.widgets.fields import LabelledField
from tests.gui.conftest import show_as_page, sign_in_on_worker
from tests.gui.test_bills import fill_bill, open_bills
from tests.gui.test_transfer import KeyboardUser, wait_step
from tests.hardening.campaign_size import size
from tests.hardening.catalogue_text import codes_showing, spoken_as
from tests.hardening.test_field_fuzz import hostile_text, type_character

CODE_LENGTH = 6
BANK_REFUSALS = frozenset(
    {
        "sca.code_wrong",
        "sca.code_locked",
        "sca.code_expired",
        "consent.consumed",
        "sca.request_code_locked",  # the same two refusals on Security's and Enrolment's code steps
        "sca.request_code_used",
    }
)
SPENT = BANK_REFUSALS - {"sca.code_wrong"}
"""After these the code can never work: the next example starts from a new code (and the bank may
refuse without counting another attempt)."""
SEPARATORS = " -./\u00a0\u3000\u2010\u2013\t"
FULL_WIDTH_DIGITS = "０１２３４５６７８９"
OTHER_DIGITS = "٠١٢٣٤٥٦٧٨٩०१२३४५६७८९"  # Arabic-Indic and Devanagari: digits, but not ASCII ones
FIXED = (
    "",
    " ",
    "12345",
    "1234567",
    "12a456",
    "abcdef",
    "１２３４５６",
    "123 456",
    "123-456",
    "12 34 56",
    " 123456 ",
    "123456\u200b",
    "٣٤٥٦٧٨",
    "一二三四五六",
    "1" * 20_000,
)

code_like = st.one_of(
    st.sampled_from(FIXED),
    st.text(alphabet="0123456789", max_size=12),  # wrong (and right) lengths
    st.text(alphabet="0123456789", min_size=CODE_LENGTH, max_size=CODE_LENGTH),  # wrong codes: to the bank
    st.tuples(
        st.lists(st.text(alphabet="0123456789", min_size=1, max_size=3), min_size=2, max_size=4),
        st.sampled_from(SEPARATORS),
    ).map(lambda parts: parts[1].join(parts[0])),  # pasted with separators
    st.text(alphabet=FULL_WIDTH_DIGITS + "0123456789", min_size=5, max_size=7),
    st.text(alphabet=OTHER_DIGITS + "0123456789", min_size=6, max_size=6),
    st.text(alphabet="0123456789abcOolI ", min_size=1, max_size=10),  # letters that look like digits
    st.integers(50, 20_000).map(lambda n: "7" * n),  # very long
    hostile_text,
)
entry_ways = st.sampled_from(("type", "paste", "type+paste"))


@dataclass
class CodeStep:
    """A screen at its code step: the code field, and how to get back there and read the right code."""

    name: str
    field: LabelledField
    ready: Callable[[], bool]
    reach: Callable[[], None]
    right_code: Callable[[], str]
    attempts: Callable[[], int]
    page: QWidget | None = None  # a standalone screen's page, kept alive with it
    spent: bool = False  # the bank will take no code of this step any more


def outbox_code(sandbox_url: str, challenge_id: str) -> str:
    sent = httpx.get(f"{sandbox_url}/__sandbox__/outbox", params={"ChallengeId": challenge_id}, timeout=5)
    return str(sent.json()["Data"]["Message"][-1]["Code"])


def attempts_in(sandbox: Any, table: str) -> int:
    row = sandbox.sandbox.db.one(f"SELECT COALESCE(SUM(attempts), 0) AS n FROM {table}")
    return int(row["n"])


def security_step(qtbot: QtBot, ctx: AppContext, sandbox: Any, sandbox_url: str) -> CodeStep:
    sign_in_on_worker(qtbot, ctx, "alice", "Demo-1234")
    screen = SecurityScreen(ctx)
    page = show_as_page(qtbot, screen)
    screen.on_shown()
    qtbot.waitUntil(lambda: screen._profile is not None, timeout=15_000)

    def reach() -> None:
        ctx.tasks.wait_for_all(10_000)
        screen.prepare_channels()  # the channels as they are: a new change that needs a code
        ctx.tasks.wait_for_all(10_000)
        qtbot.wait(1)  # deliver the answer: the new change, no code yet
        assert screen._challenge is None, screen.status.text()
        assert screen.confirm_box.isVisible(), screen.status.text()
        screen.send_code()
        ctx.tasks.wait_for_all(10_000)
        qtbot.wait(1)  # deliver the answer
        assert screen._challenge is not None, f"no code was sent: {screen.status.text()!r}"

    def right_code() -> str:
        assert screen._challenge is not None
        return outbox_code(sandbox_url, screen._challenge.challenge_id)

    return CodeStep(
        "security",
        screen.code_field,
        lambda: screen._challenge is not None and screen.confirm_box.isVisible(),
        reach,
        right_code,
        lambda: attempts_in(sandbox, "challenges"),
        page,
    )


def enrol_step(qtbot: QtBot, ctx: AppContext, sandbox: Any, sandbox_url: str) -> CodeStep:
    screen = EnrolScreen(ctx)
    page = show_as_page(qtbot, screen)

    def reach() -> None:
        ctx.tasks.wait_for_all(10_000)
        screen.pages.setCurrentIndex(0)
        screen.account_edit.setText("6217000010023456789")  # alice
        screen.document_edit.setText("310101199202022345")
        screen.start()
        qtbot.waitUntil(lambda: screen.pages.currentIndex() == 1, timeout=10_000)
        screen.password_edit.setText("Tea at 4 every day")  # keeps the rules: the code is what is judged

    def right_code() -> str:
        assert screen._started is not None
        return outbox_code(sandbox_url, screen._started.enrolment_id)

    return CodeStep(
        "enrol",
        screen.code_field,
        lambda: screen.pages.currentIndex() == 1,
        reach,
        right_code,
        lambda: attempts_in(sandbox, "enrolments"),
        page,
    )


def bills_step(qtbot: QtBot, window: Any, ctx: AppContext, sandbox: Any, sandbox_url: str) -> CodeStep:
    user = KeyboardUser(qtbot)
    screen = open_bills(qtbot, window, user)
    announcements = AnnouncementSpy(ctx.announcer)

    def reach() -> None:
        ctx.tasks.wait_for_all(10_000)
        if screen.flow.step is not FlowStep.EDITING:
            screen.flow.back_to_edit()
        screen.biller_combo.setFocus()
        fill_bill(user, screen, "10")
        wait_step(qtbot, screen, FlowStep.REVIEW, announcements)
        screen.steps.confirm_button.click()
        wait_step(qtbot, screen, FlowStep.AWAITING_CODE, announcements)

    def right_code() -> str:
        challenge = screen.flow.challenge
        assert challenge is not None
        return outbox_code(sandbox_url, challenge.challenge_id)

    return CodeStep(
        "bills",
        screen.steps.code_field,
        lambda: screen.flow.step is FlowStep.AWAITING_CODE,
        reach,
        right_code,
        lambda: attempts_in(sandbox, "challenges"),
    )


def put_in(edit: QLineEdit, text: str, way: str) -> str:
    """Clear `edit` with the keyboard, type and/or paste `text` (as the field fuzz does); what it holds."""
    edit.setFocus()
    QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(edit, Qt.Key.Key_Delete)
    typed = text[:40] if way != "paste" else ""
    pasted = text[len(typed) :] if way != "type" else ""
    for character in typed:
        type_character(edit, character)
    if pasted:
        QApplication.clipboard().setText(pasted)
        QTest.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    return edit.text()


@pytest.fixture(params=["bills", "security", "enrol"])
def code_step(
    request: pytest.FixtureRequest, qtbot: QtBot, ctx: AppContext, sandbox: Any, sandbox_url: str
) -> CodeStep:
    if request.param == "bills":
        window = request.getfixturevalue("signed_in_window")
        return bills_step(qtbot, window, ctx, sandbox, sandbox_url)
    make = security_step if request.param == "security" else enrol_step
    return make(qtbot, ctx, sandbox, sandbox_url)


TALLY: dict[str, dict[str, int]] = {}
"""Per step: cases, refused before the bank, refused by the bank (printed by the summary)."""


def check_refusal(step: CodeStep, text: str, spoken: list[str], sent_to_bank: bool) -> str:
    """Assert the contract for one example; the catalogue code shown."""
    field = step.field
    error = field.error()
    assert error, f"nothing shown under the code field for {text[:40]!r}"
    codes = codes_showing(error)
    assert codes, f"not a catalogue message: {error!r}"
    expected = validate_otp(text, length=CODE_LENGTH)
    if isinstance(expected, ValidationError):
        assert expected.code in codes, (expected.code, error)
        assert not sent_to_bank, "a code that cannot be one reached the bank"
    else:
        assert codes & BANK_REFUSALS, error
        assert sent_to_bank or codes & SPENT, "a well-formed code was not checked by the bank"
    assert any(spoken_as(code, said) for code in codes for said in spoken), (error, spoken)
    assert field.field.accessibleDescription() == error  # read with the field
    assert QApplication.focusWidget() is field.field, f"focus on {QApplication.focusWidget()!r}"
    return next(iter(codes))


@pytest.mark.timeout(size(240, 3600))
@settings(
    max_examples=size(30, 600),
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)
@given(data=st.data())
def test_code_field_survives_hostile_and_malformed_codes(
    qtbot: QtBot, ctx: AppContext, code_step: CodeStep, announcements: AnnouncementSpy, data: st.DataObject
) -> None:
    if not code_step.ready() or code_step.spent:
        code_step.reach()
        code_step.spent = False
    text = data.draw(code_like, label="text")
    way = data.draw(entry_ways if len(text) <= 40 else st.just("paste"), label="way")
    code_step.field.set_error("")
    edit = code_step.field.field
    assert isinstance(edit, QLineEdit)
    held = put_in(edit, text, way)  # keys such as Escape are not text; a length limit cuts a paste
    assume(validate_otp(held, length=CODE_LENGTH) != code_step.right_code())  # it would finish the step
    before, spoken_before = code_step.attempts(), len(announcements.texts)
    QTest.keyClick(edit, Qt.Key.Key_Return)
    ctx.tasks.wait_for_all(10_000)
    qtbot.waitUntil(lambda: bool(code_step.field.error()), timeout=10_000)
    sent = code_step.attempts() != before
    shown = check_refusal(code_step, held, announcements.texts[spoken_before:], sent)
    tally = TALLY.setdefault(code_step.name, {"cases": 0, "before_bank": 0, "by_bank": 0})
    tally["cases"] += 1
    tally["by_bank" if shown in BANK_REFUSALS else "before_bank"] += 1
    code_step.spent = shown in SPENT


def test_zz_code_campaign_summary(capsys: pytest.CaptureFixture[str]) -> None:
    """Runs last in this module: every step saw codes refused before the bank and by the bank."""
    with capsys.disabled():
        for name, tally in sorted(TALLY.items()):
            print(f"\ncode fuzz {name}: {tally}")
    for name, tally in TALLY.items():
        assert tally["before_bank"], f"{name}: no malformed code was refused"
