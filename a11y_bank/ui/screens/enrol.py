"""Enrol in e-banking: identity check (account + ID document + code), password (rules shown and spoken
before typing; paste allowed), code channels, and the optional, revocable accessibility profile.

Used before sign-in, at home or with staff at a branch terminal. Three pages: who you are -> code,
password and choices -> done. Every step is announced and focus moves to where the user acts next.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from a11y_bank.a11y.priority import Priority
from a11y_bank.api.enrolment import (
    NEEDS,
    AccessibilityProfile,
    Enrolment,
    EnrolmentStarted,
    Profile,
)
from a11y_bank.api.errors import Rejected
from a11y_bank.ui.context import AppContext
from a11y_bank.ui.messages import say, say_at_field, visible_text
from a11y_bank.ui.models.error_codes import say_error
from a11y_bank.ui.models.owned_tasks import OwnedTasks
from a11y_bank.ui.screens.base import Screen
from a11y_bank.ui.widgets.code_confirmation import WrongCodes, channel_names, checked_code, say_code_refused
from a11y_bank.ui.widgets.enrol_keep_settings import (
    Enrolled,
    KeepSettingsChoice,
    complete_and_keep,
    kept_sentence,
)
from a11y_bank.ui.widgets.fields import LabelledField, SecretEdit, add_show_toggle
from a11y_bank.ui.widgets.layout import action_button, submit_on_return, text_label
from a11y_bank.ui.widgets.password import PasswordField, rules_sentence

__all__ = ["EnrolScreen", "channel_names", "need_names"]

T = TypeVar("T")
CHANNELS = ("SMS", "EMAIL", "VOICE", "TOKEN")


def need_names() -> dict[str, str]:
    """The accessibility needs in the current language (shared with the security screen)."""
    return {
        #: Accessibility need: uses a screen reader.
        "SCREEN_READER": QCoreApplication.translate("AccessibilityNeeds", "I use a screen reader"),
        #: Accessibility need: large text.
        "LARGE_TEXT": QCoreApplication.translate("AccessibilityNeeds", "I need large text"),
        #: Accessibility need: high contrast.
        "HIGH_CONTRAST": QCoreApplication.translate("AccessibilityNeeds", "I need high contrast"),
        #: Accessibility need: keyboard only.
        "KEYBOARD_ONLY": QCoreApplication.translate("AccessibilityNeeds", "I use only a keyboard"),
        #: Accessibility need: more time.
        "EXTRA_TIME": QCoreApplication.translate("AccessibilityNeeds", "I need more time for each step"),
        #: Accessibility need: plain language.
        "PLAIN_LANGUAGE": QCoreApplication.translate("AccessibilityNeeds", "I prefer plain language"),
    }


class EnrolScreen(Screen):
    section: ClassVar[str] = "enrol"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._tasks = OwnedTasks(ctx.tasks, self)
        self._started: EnrolmentStarted | None = None
        self._wrong_codes = WrongCodes()
        self.heading = self._label("screenHeading")
        self.status = self._label("enrolStatus")
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._identity_page())
        self.pages.addWidget(self._details_page())
        self.pages.addWidget(self._done_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.status)
        layout.addWidget(self.pages, 1)
        self.retranslate_ui()

    def _label(self, name: str, focusable: bool = False) -> QLabel:
        return text_label(name, self, focusable=focusable)

    def _button(self, name: str, slot: Callable[[], object]) -> QPushButton:
        return action_button(name, slot, self)

    def _identity_page(self) -> QWidget:
        page = QWidget(self)
        self.intro = self._label("enrolIntro", focusable=True)
        self.account_edit = QLineEdit(self)
        self.account_edit.setObjectName("enrolAccount")
        self.account_field = LabelledField(self.account_edit, parent=self)
        self.document_edit = QLineEdit(self)
        self.document_edit.setObjectName("enrolDocument")
        self.document_field = LabelledField(self.document_edit, parent=self)
        self.channel_combo = QComboBox(self)
        self.channel_combo.setObjectName("enrolChannel")
        self.channel_field = LabelledField(self.channel_combo, parent=self)
        self.send_button = self._button("enrolSendCode", self.start)
        submit_on_return(self.start, self.account_edit, self.document_edit)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.intro,
            self.account_field,
            self.document_field,
            self.channel_field,
            self.send_button,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        return page

    def _details_page(self) -> QWidget:
        page = QWidget(self)
        self.rules_text = self._label("passwordRules", focusable=True)
        self.code_edit = SecretEdit(self)
        self.code_edit.setObjectName("enrolCode")
        self.code_field = LabelledField(self.code_edit, parent=self)
        self.show_code = add_show_toggle(self.code_field)  # off: a sighted user may check the code
        self.password_field = PasswordField("enrolPassword", self, show_toggle=True)
        self.password_edit = self.password_field.edit
        self.channels_box = QGroupBox(self)
        self.channel_checks: dict[str, QCheckBox] = {}
        box = QVBoxLayout(self.channels_box)
        for channel in CHANNELS:
            check = QCheckBox(self.channels_box)
            check.setChecked(channel == "SMS")
            self.channel_checks[channel] = check
            box.addWidget(check)
        self.a11y_box = QGroupBox(self)
        self.a11y_explained = self._label("a11yExplained")
        self.opt_in = QCheckBox(self.a11y_box)
        self.opt_in.setObjectName("a11yOptIn")
        self.opt_in.toggled.connect(self._opt_in_changed)
        self.need_checks: dict[str, QCheckBox] = {}
        a11y = QVBoxLayout(self.a11y_box)
        a11y.addWidget(self.a11y_explained)
        a11y.addWidget(self.opt_in)
        for need in NEEDS:
            check = QCheckBox(self.a11y_box)
            check.setEnabled(False)
            self.need_checks[need] = check
            a11y.addWidget(check)
        self.keep_settings = KeepSettingsChoice(self.ctx, self.opt_in, self.a11y_box)  # yes once opted in
        a11y.addWidget(self.keep_settings)
        self.enrol_button = self._button("enrolFinish", self.finish)
        submit_on_return(self.finish, self.code_edit, self.password_edit)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.rules_text,
            self.code_field,
            self.password_field,
            self.channels_box,
            self.a11y_box,
            self.enrol_button,
        ):
            layout.addWidget(widget)
        return page

    def _done_page(self) -> QWidget:
        page = QWidget(self)
        self.done_text = self._label("enrolDone", focusable=True)
        self.to_signin_button = self._button("enrolToSignIn", lambda: self.ctx.navigate("signin"))
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.done_text)
        layout.addWidget(self.to_signin_button)
        layout.addStretch(1)
        return page

    @property
    def enrolment(self) -> Enrolment:
        """Made when first used, so building the screen never touches the bank."""
        return Enrolment(self.ctx.bank)

    def retranslate_ui(self) -> None:
        #: Heading of the enrolment screen.
        self.heading.setText(self.tr("Enrol in online banking"))
        #: Introduction of enrolment.
        intro = self.tr(
            "For existing customers. Enter one of your account numbers and your ID document number;"
            " we send a code to the phone or e-mail we have for you. No phone call is needed."
        )
        self.intro.setText(intro)
        self.intro.setAccessibleName(intro)
        #: Label of the account number.
        self.account_field.set_text(self.tr("Account number"))
        #: Label of the ID document number.
        self.document_field.set_text(self.tr("ID document number"))
        #: Label of where the first code goes.
        self.channel_field.set_text(self.tr("Send the code by"))
        names = channel_names()
        self.channel_combo.clear()
        for channel in ("SMS", "EMAIL"):
            self.channel_combo.addItem(names[channel], channel)
        #: Button that checks the details and sends a code.
        self.send_button.setText(self.tr("Check and send code"))
        #: Label of the code field.
        self.code_field.set_text(self.tr("Code you received"))
        #: Label of the new password.
        self.password_field.set_text(self.tr("New sign-in password"))
        if self._started is not None:
            self._show_rules(self._started)
        #: Group of code channels.
        self.channels_box.setTitle(self.tr("Send my codes by"))
        for channel, check in self.channel_checks.items():
            check.setText(names[channel])
        #: Group title of the accessibility profile.
        self.a11y_box.setTitle(self.tr("Accessibility profile (optional)"))
        #: Explanation of the accessibility profile in plain words.
        self.a11y_explained.setText(
            self.tr(
                "If you want, the bank marks your account so that staff and our services know how to help"
                " you, for example by reading documents aloud. It is your choice, you can change or remove"
                " it at any time, and it is never used for anything else."
            )
        )
        #: Check box that opts in to the accessibility profile.
        self.opt_in.setText(self.tr("Yes, keep an accessibility profile for me"))
        for need, text in need_names().items():
            self.need_checks[need].setText(text)
        self.keep_settings.retranslate_ui()
        #: Button that finishes enrolment.
        self.enrol_button.setText(self.tr("Enrol"))
        #: Button that goes to sign-in after enrolment.
        self.to_signin_button.setText(self.tr("Go to sign-in"))

    def title(self) -> str:
        #: Window title part for enrolment.
        return self.tr("Enrol in online banking")

    def first_focus(self) -> QWidget:
        return self.intro

    def _say(self, text: str, priority: Priority = Priority.NORMAL) -> None:
        self.status.setText(text)
        self.announce(text, priority)

    def _run(self, op: Callable[[], T], done: Callable[[T], None], progress: str) -> None:
        self._say(progress)
        self._tasks.run(op, done, self._failed, progress_text=progress)

    def _failed(self, error: BaseException) -> None:
        announcer = self.ctx.announcer
        if isinstance(error, Rejected) and error.has_code("EN01"):
            say_at_field(announcer, self.account_field, "enrol.details_not_matched")
            return
        if isinstance(error, Rejected) and error.has_code("EN02"):
            rules = self.password_field.rules_text()
            say_at_field(announcer, self.password_field, "password.rules_broken", rules=rules)
            return
        started = self._started
        enrolment_id = started.enrolment_id if started is not None else ""
        if say_code_refused(announcer, self.code_field, error, self._wrong_codes, enrolment_id):
            return
        message = say_error(announcer, error)
        self.status.setText(visible_text(message))

    def _opt_in_changed(self, on: bool) -> None:
        for check in self.need_checks.values():
            check.setEnabled(on)
            if not on:
                check.setChecked(False)

    def start(self) -> None:
        account = self.account_edit.text().replace(" ", "")
        document = self.document_edit.text().strip()
        self.account_field.set_error("")
        self.document_field.set_error("")
        # ASCII digits only: str.isdigit() also takes full-width and Arabic-Indic digits.
        if not (account.isascii() and account.isdigit()) or not 10 <= len(account) <= 30:
            say_at_field(self.ctx.announcer, self.account_field, "enrol.account_invalid")
            return
        if not document:
            say_at_field(self.ctx.announcer, self.document_field, "enrol.document_empty")
            return
        channel = str(self.channel_combo.currentData())
        enrolment = self.enrolment
        #: Shown and spoken while the details are checked.
        self._run(lambda: enrolment.start(account, document, channel), self._started_ok, self.tr("Checking."))

    def _started_ok(self, started: EnrolmentStarted) -> None:
        self._started = started
        rules = self._show_rules(started)
        self.password_field.set_rules(started.password_rules)
        self.pages.setCurrentIndex(1)
        self.rules_text.setFocus(Qt.FocusReason.OtherFocusReason)
        self._say(rules)

    def _show_rules(self, started: EnrolmentStarted) -> str:
        """Where the code went and the password rules, in the current language (again on a switch)."""
        #: The password rules, shown and spoken before typing; {rules} is the bank's rules in words.
        rules = self.tr("A code was sent to {where}. Password rules: {rules}").format(
            where=started.masked_destination, rules=rules_sentence(started.password_rules)
        )
        self.rules_text.setText(rules)
        self.rules_text.setAccessibleName(rules)
        return rules

    def finish(self) -> None:
        started = self._started
        if started is None:
            return
        password = self.password_edit.text()
        self.password_field.set_error("")
        code = checked_code(self.ctx.announcer, self.code_field, self.code_edit.text(), started.code_length)
        if code is None:
            return
        if rules := self.password_field.problem():
            say_at_field(self.ctx.announcer, self.password_field, "password.rules_broken", rules=rules)
            return
        channels = [c for c, check in self.channel_checks.items() if check.isChecked()]
        if not channels:
            self.channel_checks["SMS"].setFocus(Qt.FocusReason.OtherFocusReason)  # focus first, then say
            self.status.setText(
                visible_text(say(self.ctx.announcer, "code_channels.none_chosen", Priority.NOW))
            )
            return
        needs = tuple(n for n, check in self.need_checks.items() if check.isChecked())
        profile = AccessibilityProfile(self.opt_in.isChecked(), needs)
        enrolment = self.enrolment
        bank, keep = self.ctx.bank, self.keep_settings.document()
        self._run(
            lambda: complete_and_keep(
                bank, lambda: enrolment.complete(started, code, password, channels, profile), password, keep
            ),
            self._enrolled,
            #: Shown and spoken while enrolment finishes.
            self.tr("Enrolling."),
        )

    def _enrolled(self, enrolled: Enrolled) -> None:
        """Enrolled; then, if the customer asked, whether the bank kept their settings (said next)."""
        self._done(enrolled.profile)
        sentence = kept_sentence(enrolled.kept)
        if not sentence:
            return
        text = f"{self.done_text.text()} {sentence}"
        self.done_text.setText(text)
        self.done_text.setAccessibleName(text)
        self._say(sentence, Priority.NEXT if enrolled.kept else Priority.NOW)

    def _done(self, profile: Profile) -> None:
        self.password_edit.clear()
        self.code_edit.clear()
        if profile.accessibility.opt_in:
            #: Added when the accessibility profile was kept.
            extra = self.tr("Your accessibility profile is on; you can change or remove it in Security.")
        else:
            extra = ""
        #: Enrolment finished; {username} is the sign-in name.
        text = (
            self.tr("You are enrolled. Your sign-in name is {username}. {extra}")
            .format(username=profile.username, extra=extra)
            .strip()
        )
        self.done_text.setText(text)
        self.done_text.setAccessibleName(text)
        self.pages.setCurrentIndex(2)
        self.done_text.setFocus(Qt.FocusReason.OtherFocusReason)
        self._say(text, Priority.NOW)
