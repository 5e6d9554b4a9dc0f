"""The widgets the payment, card and wealth screens share: the amount field and the code step."""

from __future__ import annotations

from decimal import Decimal
from types import SimpleNamespace

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from a11y_bank.a11y.announcer import Announcer
from a11y_bank.domain.money import Money
from a11y_bank.domain.validation import ValidationError
from a11y_bank.i18n import Translations
from a11y_bank.ui.widgets.code_confirmation import CodeConfirmation, CodeStepNames
from a11y_bank.ui.widgets.payment_fields import PaymentAmountField
from tests.i18n.conftest import languages as languages  # noqa: PLC0414 (fixture)
from tests.i18n.conftest import qm_dir as qm_dir  # noqa: PLC0414 (fixture)

NAMES = CodeStepNames("codeChannel", "sendCode", "code", "confirm")


def test_the_amount_field_follows_the_account_and_reads_the_amount_in_words(qtbot: QtBot) -> None:
    said: list[str] = []
    field = PaymentAmountField(said.append)
    qtbot.addWidget(field)
    assert field.edit.accessibleName() == "Amount in CNY"
    field.set_currency("GBP")
    assert field.edit.accessibleName() == "Amount in GBP"
    assert field.edit.currency() == "GBP"
    field.edit.setText("12.50")
    field.edit.editingFinished.emit()
    assert said == ["Amount: twelve pounds and fifty pence"]
    field.edit.setText("12.5.0")
    field.edit.editingFinished.emit()
    assert len(said) == 1  # nothing is read back for text that is not an amount


def test_the_amount_check_shows_and_focuses_the_error(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    field = PaymentAmountField(lambda _text: None, parent)
    announcer = Announcer()
    field.edit.setText("")
    assert isinstance(field.checked(announcer), ValidationError)
    assert field.error()  # shown under the field (and spoken)
    field.edit.setText("3200.50")
    assert field.checked(announcer) == Money(Decimal("3200.50"), "CNY")


def test_the_code_step_starts_at_the_settings_channel_and_follows_the_language(
    qtbot: QtBot, languages: Translations
) -> None:
    sent: list[str] = []
    step = CodeConfirmation(
        SimpleNamespace(otp_channel="EMAIL"), NAMES, send=lambda: sent.append("send"), confirm=lambda: None
    )
    qtbot.addWidget(step)
    assert step.channel() == "EMAIL"
    assert step.code_edit.maxLength() == 12
    assert step.code_edit.accessibleName() == "One-time code"
    step.channel_combo.setCurrentIndex(step.channel_combo.findData("VOICE"))
    languages.switch("zh_CN")
    qtbot.wait(1)
    assert step.code_edit.accessibleName() == "一次性验证码"
    assert step.channel() == "VOICE"  # the choice survives the switch
    assert step.send_code_button.text() == "发送验证码"
    step.send_code_button.click()
    assert sent == ["send"]
    languages.switch("en")
