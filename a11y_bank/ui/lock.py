"""The lock page: shown when the idle limit runs out, and nothing of the account is behind it.

Before this page shows, the main window discards every screen (their widgets, models and cached
data are deleted, see `MainWindow.lock`), so neither the screen nor the accessible tree holds a
name, balance or account digit. The customer types their password (masked) to unlock, and the main
window opens the section they were on again, with fresh data. The password is checked locally
against a salted hash (`credentials.unlock`); after too many wrong passwords the app signs out.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from a11y_bank.a11y.priority import Priority
from a11y_bank.credentials.unlock import UnlockCheck
from a11y_bank.ui.context import AppContext
from a11y_bank.ui.messages import say, say_at_field
from a11y_bank.ui.models.owned_tasks import OwnedTasks
from a11y_bank.ui.screens.base import Screen
from a11y_bank.ui.widgets.fields import LabelledField, SecretEdit

__all__ = ["LOCK", "LockScreen"]

LOCK = "lock"
"""The lock page's key in the main window (not a section: no list entry, no shortcut reaches it)."""


class LockScreen(Screen):
    """Password field, Unlock and Sign out.

    Signals:
        unlocked(): the right password was typed.
        gave_up(): the customer chose Sign out, or too many wrong passwords were typed.
    """

    section: ClassVar[str] = LOCK
    unlocked = Signal()
    gave_up = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._tasks = OwnedTasks(ctx.tasks, self)
        self._checking = False
        self._build()
        self.retranslate_ui()

    def _build(self) -> None:
        self.heading = QLabel(self)
        self.heading.setObjectName("screenHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.password = SecretEdit(self)  # Orca never hears the characters (docs/orca.md)
        self.password.setObjectName("unlockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self.submit)
        self.password_field = LabelledField(self.password, parent=self)
        self.unlock_button = QPushButton(self)
        self.unlock_button.setAutoDefault(True)
        self.unlock_button.clicked.connect(self.submit)
        self.sign_out_button = QPushButton(self)
        self.sign_out_button.clicked.connect(self.gave_up)
        layout = QVBoxLayout(self)
        for widget in (
            self.heading,
            self.intro,
            self.password_field,
            self.unlock_button,
            self.sign_out_button,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        QWidget.setTabOrder(self.password, self.unlock_button)
        QWidget.setTabOrder(self.unlock_button, self.sign_out_button)

    def retranslate_ui(self) -> None:
        #: Heading of the page shown while the app is locked after a time without use.
        self.heading.setText(self.tr("The app is locked"))
        #: Explanation on the lock page; nothing of the customer's accounts is shown there.
        self.intro.setText(
            self.tr(
                "Nothing of your accounts is shown while the app is locked. "
                "Type your password to go back to where you were."
            )
        )
        #: Label of the password field on the lock page.
        self.password_field.set_text(self.tr("Password"))
        #: Button on the lock page that checks the password and unlocks the app.
        self.unlock_button.setText(self.tr("Unlock"))
        #: Button on the lock page that signs out instead of unlocking.
        self.sign_out_button.setText(self.tr("Sign out"))
        for button in (self.unlock_button, self.sign_out_button):
            button.setAccessibleName(button.text())

    def title(self) -> str:
        #: Window and screen title while the app is locked.
        return self.tr("Locked")

    def first_focus(self) -> QWidget:
        return self.password

    def on_shown(self, **kwargs: object) -> None:
        self.password.clear()
        self.password_field.set_error("")
        self._checking = False

    def submit(self) -> None:
        """Check the typed password on a worker (the hash takes a moment); ignored while one runs."""
        if self._checking:
            return
        password = self.password.text()
        self.password.clear()
        if not password:
            self._refuse("sign_in.password_empty")
            return
        check = self.ctx.bank.unlock_check
        if check is None:  # signed out meanwhile (the bank session ended): nothing to unlock
            self.gave_up.emit()
            return
        self._checking = True
        self._tasks.run(
            lambda: check.matches(password), lambda right: self._checked(check, right), self._failed
        )

    def _checked(self, check: UnlockCheck, right: bool) -> None:
        self._checking = False
        if right:
            self.password_field.set_error("")
            self.unlocked.emit()
        elif check.exhausted:
            say(self.ctx.announcer, "lock.too_many_attempts", Priority.NOW)
            self.gave_up.emit()
        else:
            self._refuse("lock.wrong_password", attempts_left=check.attempts_left)

    def _failed(self, _error: BaseException) -> None:
        self._checking = False
        self._refuse("error.unexpected")

    def _refuse(self, code: str, **params: object) -> None:
        # Under the password, focused, then said: heard once (ui.messages.say_at_field).
        say_at_field(self.ctx.announcer, self.password_field, code, **params)
