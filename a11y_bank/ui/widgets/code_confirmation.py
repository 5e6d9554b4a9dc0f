"""The one-time code step of an action that is not a payment (a card action, a wealth order).

Choose how the code is sent, send it, type it, confirm. The screen decides what sending and
confirming do and what the confirm button says; this widget owns the fields, their labels (in the
app's language) and the channel list, which starts at the channel chosen in Settings.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QComboBox, QVBoxLayout, QWidget

from a11y_bank.ui.payment_flow import CODE_CHANNELS, preferred_channel
from a11y_bank.ui.widgets.fields import LabelledField, SecretEdit, add_show_toggle
from a11y_bank.ui.widgets.layout import action_button

__all__ = ["CodeConfirmation", "CodeStepNames", "channel_names"]

CODE_MAX_LENGTH = 12  # room for a pasted code with spaces or dashes


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
