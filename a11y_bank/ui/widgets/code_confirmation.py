"""The one-time code step of an action that is not a payment (a card action, a wealth order).

Choose how the code is sent, send it, type it, confirm. The screen decides what sending and
confirming do and what the confirm button says; this widget owns the fields, their labels (in the
app's language) and the channel list, which starts at the channel chosen in Settings.

Every code step (this widget, Security's and Enrolment's code fields) checks a typed code with
`checked_code` and reports the bank's refusal of it with `say_code_refused`: catalogue messages
(otp.*, sca.*), shown under the code field, focus on it, said once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QComboBox, QLineEdit, QVBoxLayout, QWidget

from a11y_bank.a11y.announcer import Announcer
from a11y_bank.api.errors import Rejected
from a11y_bank.domain.validation import ValidationError, validate_otp
from a11y_bank.ui.messages import say, say_at_field, visible_text
from a11y_bank.ui.models.error_codes import message_code_for
from a11y_bank.ui.payment_flow import CODE_CHANNELS, MAX_CODE_ATTEMPTS, preferred_channel
from a11y_bank.ui.widgets.fields import LabelledField, SecretEdit, add_show_toggle
from a11y_bank.ui.widgets.layout import action_button

__all__ = [
    "CODE_REFUSALS",
    "CodeConfirmation",
    "CodeStepNames",
    "WrongCodes",
    "channel_names",
    "checked_code",
    "say_code_ready",
    "say_code_refused",
]

CODE_MAX_LENGTH = 12  # room for a pasted code with spaces or dashes
CODE_REFUSALS = ("SC01", "SC02", "SC03", "SC04")
# These code steps approve a change or an order, not a payment: the bank's codes in words that do not
# talk of payments ("consent.consumed" says to check the payments list).
REQUEST_WORDING = {"consent.consumed": "sca.request_code_used", "sca.code_locked": "sca.request_code_locked"}
"""The bank's refusals of a typed code: wrong, expired, locked after too many, already used."""


def checked_code(announcer: Announcer, field: LabelledField, text: str, length: int) -> str | None:
    """The typed code as `length` ASCII digits (spaces dropped, full-width digits read as digits), or
    None when it cannot be a code: the catalogue error (otp.empty, otp.not_digits, otp.wrong_length)
    is then under the field, focus on it, and said once. Nothing is sent to the bank then."""
    code = validate_otp(text, length=length)
    if isinstance(code, ValidationError):
        say_at_field(announcer, field, code.code, **code.params)
        return None
    field.set_error("")
    return code


def say_code_ready(announcer: Announcer, length: int, destination: str) -> str:
    """Say that a code of `length` digits is on its way to `destination` (masked); its shown text."""
    return visible_text(say(announcer, "success.code_ready", length=length, destination=destination))


class WrongCodes:
    """How many more tries the bank allows for the code being typed (it locks a challenge after
    MAX_CODE_ATTEMPTS wrong codes). Counted per challenge: a new code starts again."""

    def __init__(self, limit: int = MAX_CODE_ATTEMPTS) -> None:
        self._limit = limit
        self._challenge = ""
        self._wrong = 0

    def one_more(self, challenge_id: str) -> int:
        """Count a wrong code for `challenge_id`; the tries left."""
        if challenge_id != self._challenge:
            self._challenge, self._wrong = challenge_id, 0
        self._wrong += 1
        return max(self._limit - self._wrong, 0)


def say_code_refused(
    announcer: Announcer, field: LabelledField, error: BaseException, wrong: WrongCodes, challenge_id: str
) -> bool:
    """If the bank refused the typed code, say why at the code field (with the tries left for a wrong
    code) and select the code, so typing replaces it; True then. False: not a refusal of the code."""
    if not (isinstance(error, Rejected) and error.has_code(*CODE_REFUSALS)):
        return False
    code = REQUEST_WORDING.get(message_code_for(error), message_code_for(error))
    params = {"attempts_left": str(wrong.one_more(challenge_id))} if code == "sca.code_wrong" else {}
    say_at_field(announcer, field, code, **params)
    if isinstance(field.field, QLineEdit):
        field.field.selectAll()
    return True


def channel_names() -> dict[str, str]:
    """Each one-time code channel as the customer reads it."""
    return {
        #: Code channel: text message.
        "SMS": QCoreApplication.translate("CodeChannels", "Text message (SMS)"),
        #: Code channel: e-mail.
        "EMAIL": QCoreApplication.translate("CodeChannels", "E-mail"),
        #: Code channel: a recorded voice message.
        "VOICE": QCoreApplication.translate("CodeChannels", "Voice message"),
        #: Code channel: hardware security token.
        "TOKEN": QCoreApplication.translate("CodeChannels", "Security token"),
    }


@dataclass(frozen=True, slots=True)
class CodeStepNames:
    """Object names of the step's controls (tests and the accessibility tree find them by name)."""

    channel: str
    send: str
    code: str
    confirm: str


class CodeConfirmation(QWidget):
    """Channel list, "Send code", the masked code field and the confirm button, in reading order."""

    def __init__(
        self,
        settings: object,
        names: CodeStepNames,
        *,
        send: Callable[[], object],
        confirm: Callable[[], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._wrong_codes = WrongCodes()
        self.channel_combo = QComboBox(self)
        self.channel_combo.setObjectName(names.channel)
        self.channel_field = LabelledField(self.channel_combo, parent=self)
        self.send_code_button = action_button(names.send, send, self)
        self.code_edit = SecretEdit(self)
        self.code_edit.setObjectName(names.code)
        self.code_edit.setMaxLength(CODE_MAX_LENGTH)
        self.code_edit.returnPressed.connect(confirm)
        self.code_field = LabelledField(self.code_edit, parent=self)
        self.show_code = add_show_toggle(self.code_field)  # off: a sighted user may check the code
        self.confirm_button = action_button(names.confirm, confirm, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.channel_field, self.send_code_button, self.code_field, self.confirm_button):
            layout.addWidget(widget)
        self.retranslate_ui()

    def channel(self) -> str:
        return str(self.channel_combo.currentData())

    def checked_code(self, announcer: Announcer, length: int) -> str | None:
        """The typed code, or None after saying why it cannot be one (see `checked_code`)."""
        return checked_code(announcer, self.code_field, self.code_edit.text(), length)

    def code_refused(self, announcer: Announcer, error: BaseException, challenge_id: str) -> bool:
        """True after saying at the code field why the bank refused the code (see `say_code_refused`)."""
        return say_code_refused(announcer, self.code_field, error, self._wrong_codes, challenge_id)

    def retranslate_ui(self) -> None:
        #: Label of the list that chooses how the one-time code is sent.
        self.channel_field.set_text(self.tr("Send the code by"))
        self._fill_channels()
        #: Button that sends the one-time code.
        self.send_code_button.setText(self.tr("Send code"))
        #: Label of the one-time code field.
        self.code_field.set_text(self.tr("One-time code"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _fill_channels(self) -> None:
        """The channels in the current language, keeping the one chosen (or Settings' choice)."""
        current = self.channel_combo.currentData() or preferred_channel(self._settings)
        names = channel_names()
        self.channel_combo.clear()
        for channel in CODE_CHANNELS:
            self.channel_combo.addItem(names[channel], channel)
        self.channel_combo.setCurrentIndex(max(0, CODE_CHANNELS.index(str(current))))
