"""Sign in: user name, password, and how one-time codes for payments should reach the customer.

Friendly to password managers and to paste (plain `QLineEdit`s, nothing blocks the clipboard), no
CAPTCHA and no time limit. The password field uses `Password` echo (never `PasswordEchoOnEdit`,
pitfalls §3.8) with a "Show password" check box for people who need to see what they typed.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from a11y_bank.a11y.priority import Priority
from a11y_bank.api.errors import AuthExpired, Rejected
from a11y_bank.settings import CODE_CHANNELS
from a11y_bank.ui.context import AppContext
from a11y_bank.ui.messages import say, say_at_field, visible_text
from a11y_bank.ui.models.error_codes import message_code_for, say_error

if TYPE_CHECKING:  # a type only: api.models (~8 ms) stays off the cold start
    from a11y_bank.api.models import Session
from a11y_bank.ui.models.owned_tasks import OwnedTasks
from a11y_bank.ui.screens.base import Screen
from a11y_bank.ui.widgets.fields import LabelledField, SecretEdit

__all__ = ["OTP_CHANNELS", "SignInScreen", "sign_in_message_code"]

OTP_CHANNELS: tuple[str, ...] = CODE_CHANNELS
"""One-time-code channels, in the order offered (the wire values of `Bank.send_code`)."""

_BAD_CREDENTIALS_STATUSES = (400, 401, 403)


def sign_in_message_code(error: BaseException) -> str:
    """The catalogue code for a failed sign-in.

    The sign-in endpoint answers wrong credentials with 401, which the transport reports as
    `AuthExpired` ("your session is over"); at the sign-in screen that means "wrong user name or
    password", so it is mapped here, the one place that knows the request was a sign-in.
    """
    if isinstance(error, AuthExpired):
        return "sign_in.failed"
    if isinstance(error, Rejected) and error.status in _BAD_CREDENTIALS_STATUSES:
        return "sign_in.failed"
    return message_code_for(error)  # offline, timeout, rate limited, secure storage locked, ...


def _tab_chain(widgets: list[QWidget]) -> None:
    """Set the tab order to `widgets`, in that order (reading order)."""
    for before, after in itertools.pairwise(widgets):
        QWidget.setTabOrder(before, after)


class SignInScreen(Screen):
    """The first screen: nothing else is reachable before signing in."""

    section: ClassVar[str] = "signin"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._tasks = OwnedTasks(ctx.tasks, self)
        self._busy = False
        self._build()
        self.retranslate_ui()
        self._load_channel()
        self._set_tab_order()

    # --- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel(self)
        self.heading.setObjectName("screenHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)

        self.username = QLineEdit(self)
        self.username.setObjectName("username")
        self.username.setInputMethodHints(
            Qt.InputMethodHint.ImhNoAutoUppercase | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.username_field = LabelledField(self.username, parent=self)

        self.password = SecretEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_field = LabelledField(self.password, parent=self)
        self.show_password = QCheckBox(self)
        self.show_password.setObjectName("showPassword")
        self.show_password.toggled.connect(self._on_show_password)

        self.channel = QComboBox(self)
        self.channel.setObjectName("otpChannel")
        for code in OTP_CHANNELS:
            self.channel.addItem(code, code)
        self.channel_field = LabelledField(self.channel, parent=self)

        self.form_error = QLabel(self)
        self.form_error.setObjectName("formError")
        self.form_error.setWordWrap(True)
        self.form_error.setTextFormat(Qt.TextFormat.PlainText)
        self.form_error.hide()

        self.sign_in_button = QPushButton(self)
        self.sign_in_button.setObjectName("signInButton")
        self.sign_in_button.setAutoDefault(True)  # Enter on the focused button signs in
        self.sign_in_button.clicked.connect(self.submit)
        self.enrol_button = QPushButton(self)
        self.enrol_button.setObjectName("enrolButton")
        self.enrol_button.clicked.connect(lambda: self.ctx.navigate("enrol"))
        self.username.returnPressed.connect(self.submit)
        self.password.returnPressed.connect(self.submit)

        # No scroll area here: the main window already puts every screen in one (base.Screen).
        layout = QVBoxLayout(self)
        for widget in (
            self.heading,
            self.intro,
            self.username_field,
            self.password_field,
            self.show_password,
            self.channel_field,
            self.form_error,
            self.sign_in_button,
            self.enrol_button,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)

    def _set_tab_order(self) -> None:
        _tab_chain(
            [
                self.username,
                self.password,
                self.show_password,
                self.channel,
                self.sign_in_button,
                self.enrol_button,
            ]
        )

    def retranslate_ui(self) -> None:
        #: Heading of the sign-in screen.
        self.heading.setText(self.tr("Sign in"))
        intro = (
            #: Introduction on the sign-in screen.
            self.tr(
                "Sign in with your user name and password. You can paste them or use a password "
                "manager. There is no time limit."
            )
        )
        self.intro.setText(intro)
        #: Label of the user name field on the sign-in screen.
        self.username_field.set_text(self.tr("User name"))
        #: Label of the password field on the sign-in screen.
        self.password_field.set_text(self.tr("Password"))
        #: Check box that shows the typed password as plain text.
        self.show_password.setText(self.tr("Show password"))
        #: Label of the choice of how one-time codes for payments are sent.
        self.channel_field.set_text(self.tr("Send my one-time codes for payments by"))
        #: Hint under the one-time code channel choice.
        self.channel_field.set_hint(self.tr("You can change this later in Settings."))
        channel_names = {
            #: One-time code channel: a text message to the customer's phone.
            "SMS": self.tr("Text message (SMS)"),
            #: One-time code channel: an e-mail.
            "EMAIL": self.tr("E-mail"),
            #: One-time code channel: an automated phone call that reads the code aloud.
            "VOICE": self.tr("Voice call"),
            #: One-time code channel: the customer's hardware security token shows the code.
            "TOKEN": self.tr("Hardware token"),
        }
        for row, code in enumerate(OTP_CHANNELS):
            self.channel.setItemText(row, channel_names[code])
        #: Button that signs in.
        self.sign_in_button.setText(self.tr("Sign in"))
        #: Button on the sign-in page for customers who have no online banking yet: opens enrolment.
        self.enrol_button.setText(self.tr("New to online banking? Enrol"))

    def title(self) -> str:
        #: Window title part for the sign-in screen.
        return self.tr("Sign in")

    def first_focus(self) -> QWidget:
        return self.username

    def on_shown(self, **kwargs: object) -> None:
        self._clear_errors()

    # --- behaviour ----------------------------------------------------------------------------

    def _on_show_password(self, shown: bool) -> None:
        self.password.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)

    def _load_channel(self) -> None:
        row = self.channel.findData(self.ctx.settings.otp_channel)
        self.channel.setCurrentIndex(max(row, 0))

    def _save_channel(self) -> None:
        """Keep the chosen channel in the settings (the payment screens send codes there)."""
        channel = self.channel.currentData()
        if isinstance(channel, str) and channel != self.ctx.settings.otp_channel:
            self.ctx.settings.otp_channel = channel
            self.ctx.save_settings()

    def _clear_errors(self) -> None:
        self.username_field.set_error("")
        self.password_field.set_error("")
        self.form_error.clear()
        self.form_error.hide()

    def submit(self) -> None:
        """Check the fields, then sign in on a worker thread; ignored while a sign-in is under way."""
        if self._busy:
            return
        self._clear_errors()
        username = self.username.text().strip()
        if not username:
            say_at_field(self.ctx.announcer, self.username_field, "sign_in.username_empty")
            return
        password = self.password.text()
        if not password:
            say_at_field(self.ctx.announcer, self.password_field, "sign_in.password_empty")
            return
        self._save_channel()
        self._busy = True
        bank = self.ctx.bank
        #: Spoken and shown while the sign-in request is under way.
        progress = self.tr("Signing in, please wait.")
        self.ctx.announcer.announce(progress, Priority.NORMAL)
        self._tasks.run(
            lambda: bank.sign_in(username, password),
            self._signed_in,
            self._sign_in_failed,
            progress_text=progress,
        )

    def _signed_in(self, session: Session) -> None:
        self._busy = False
        self.password.clear()
        self.show_password.setChecked(False)
        say(self.ctx.announcer, "success.signed_in", name=session.display_name)
        self.ctx.navigate("accounts")

    def _sign_in_failed(self, error: BaseException) -> None:
        self._busy = False
        code = sign_in_message_code(error)
        if code == "sign_in.failed":
            # Under the password, focused, then said: heard once (ui.messages.say_at_field).
            say_at_field(self.ctx.announcer, self.password_field, code)
            self.password.selectAll()  # typing replaces it at once
            return
        message = say_error(self.ctx.announcer, error, code)
        self.form_error.setText(visible_text(message))
        self.form_error.show()
        self.sign_in_button.setFocus(Qt.FocusReason.OtherFocusReason)  # Enter tries again
