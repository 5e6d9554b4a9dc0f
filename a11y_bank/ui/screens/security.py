"""Security: the accessibility profile (opt in or out at once), the settings kept with the bank
(ui/widgets/kept_settings.py), and changing the password or the code channels with a one-time code.
A change signs out every other session; the screen says how many.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from a11y_bank.a11y.priority import Priority
from a11y_bank.api.enrolment import (
    NEEDS,
    AccessibilityProfile,
    Profile,
    Security,
    SecurityChange,
)
from a11y_bank.api.models import Challenge
from a11y_bank.ui.context import AppContext
from a11y_bank.ui.messages import say, say_at_field, visible_text
from a11y_bank.ui.models.owned_tasks import OwnedTasks
from a11y_bank.ui.payment_flow import CODE_CHANNELS, preferred_channel
from a11y_bank.ui.screens.base import Screen
from a11y_bank.ui.screens.enrol import channel_names, need_names
from a11y_bank.ui.widgets.code_confirmation import WrongCodes, checked_code, say_code_ready, say_code_refused
from a11y_bank.ui.widgets.fields import LabelledField, SecretEdit, add_show_toggle
from a11y_bank.ui.widgets.kept_settings import KeptSettingsBox
from a11y_bank.ui.widgets.layout import action_button, submit_on_return, text_label
from a11y_bank.ui.widgets.password import PasswordField

__all__ = ["SecurityScreen"]

T = TypeVar("T")


class SecurityScreen(Screen):
    section: ClassVar[str] = "security"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._tasks = OwnedTasks(ctx.tasks, self)
        self._profile: Profile | None = None
        self._change: SecurityChange | None = None
        self._challenge: Challenge | None = None
        self._wrong_codes = WrongCodes()
        self.heading = self._label("screenHeading")
        self.status = self._label("securityStatus")
        self.summary = self._label("securitySummary", focusable=True)
        self.a11y_box = QGroupBox(self)
        self.opt_in = QCheckBox(self.a11y_box)
        self.opt_in.setObjectName("securityOptIn")
        self.opt_in.toggled.connect(self._opt_in_changed)
        self.need_checks: dict[str, QCheckBox] = {n: QCheckBox(self.a11y_box) for n in NEEDS}
        self.save_a11y_button = self._button("saveAccessibility", self.save_accessibility)
        a11y = QVBoxLayout(self.a11y_box)
        a11y.addWidget(self.opt_in)
        for check in self.need_checks.values():
            a11y.addWidget(check)
        a11y.addWidget(self.save_a11y_button)
        self.kept_box = KeptSettingsBox(ctx, self._tasks, self._say, self._failed, self)
        self.password_field = PasswordField("newPassword", self)
        self.password_edit = self.password_field.edit
        self.password_button = self._button("reviewPassword", self.prepare_password)
        submit_on_return(self.prepare_password, self.password_edit)
        self.channels_box = QGroupBox(self)
        self.channel_checks: dict[str, QCheckBox] = {c: QCheckBox(self.channels_box) for c in CODE_CHANNELS}
        channels = QVBoxLayout(self.channels_box)
        for check in self.channel_checks.values():
            channels.addWidget(check)
        self.channels_button = self._button("reviewChannels", self.prepare_channels)
        channels.addWidget(self.channels_button)
        self.confirm_box = QGroupBox(self)
        self.send_via = QComboBox(self)
        self.send_via.setObjectName("securityCodeChannel")
        self.send_via_field = LabelledField(self.send_via, parent=self)
        self.send_code_button = self._button("securitySendCode", self.send_code)
        self.code_edit = SecretEdit(self)
        self.code_edit.setObjectName("securityCode")
        self.code_edit.returnPressed.connect(self.confirm)
        self.code_field = LabelledField(self.code_edit, parent=self)
        self.show_code = add_show_toggle(self.code_field)  # off: a sighted user may check the code
        self.confirm_button = self._button("securityConfirm", self.confirm)
        box = QVBoxLayout(self.confirm_box)
        for part in (self.send_via_field, self.send_code_button, self.code_field, self.confirm_button):
            box.addWidget(part)
        layout = QVBoxLayout(self)
        for widget in (
            self.heading,
            self.status,
            self.summary,
            self.a11y_box,
            self.kept_box,
            self.password_field,
            self.password_button,
            self.channels_box,
            self.confirm_box,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.confirm_box.setVisible(False)
        self.retranslate_ui()

    def _label(self, name: str, focusable: bool = False) -> QLabel:
        return text_label(name, self, focusable=focusable)

    def _button(self, name: str, slot: Callable[[], object]) -> QPushButton:
        return action_button(name, slot, self)

    @property
    def security(self) -> Security:
        """Made when first used, so building the screen never touches the bank."""
        return Security(self.ctx.bank)

    def retranslate_ui(self) -> None:
        #: Heading of the security screen.
        self.heading.setText(self.tr("Security and accessibility profile"))
        #: Group title of the accessibility profile.
        self.a11y_box.setTitle(self.tr("Accessibility profile"))
        #: Check box that keeps an accessibility profile (optional; it can be changed at any time).
        self.opt_in.setText(self.tr("Keep a profile"))
        #: Description of the accessibility profile check box.
        self.opt_in.setAccessibleDescription(self.tr("Optional. You can change or remove it at any time."))
        for need, text in need_names().items():
            self.need_checks[need].setText(text)
        #: Button that saves the accessibility profile (no code needed).
        self.save_a11y_button.setText(self.tr("Save accessibility profile"))
        #: Label of the new password.
        self.password_field.set_text(self.tr("New password"))
        #: Button that reviews the password change.
        self.password_button.setText(self.tr("Change password"))
        #: Group title of the code channels.
        self.channels_box.setTitle(self.tr("Send my codes by"))
        names = channel_names()
        for channel, check in self.channel_checks.items():
            check.setText(names[channel])
        #: Button that reviews the code channel change.
        self.channels_button.setText(self.tr("Change code channels"))
        #: Title of the confirmation panel.
        self.confirm_box.setTitle(self.tr("Confirm"))
        #: Label of where this code goes.
        self.send_via_field.set_text(self.tr("Send this code by"))
        current = self.send_via.currentData() or preferred_channel(self.ctx.settings)
        self.send_via.clear()
        for channel in CODE_CHANNELS:
            self.send_via.addItem(names[channel], channel)
        self.send_via.setCurrentIndex(max(0, CODE_CHANNELS.index(str(current))))
        #: Button that sends the code.
        self.send_code_button.setText(self.tr("Send code"))
        #: Label of the code field.
        self.code_field.set_text(self.tr("One-time code"))
        #: Button that confirms the change.
        self.confirm_button.setText(self.tr("Confirm change"))
        self.kept_box.retranslate_ui()
        self._render()

    def title(self) -> str:
        #: Window title part for the security screen.
        return self.tr("Security")

    def first_focus(self) -> QWidget:
        return self.summary

    def on_shown(self, **kwargs: object) -> None:
        security = self.security
        #: Shown and spoken while the profile loads.
        self._run(security.profile, self._loaded, self.tr("Loading your security settings."))

    def _say(self, text: str, priority: Priority = Priority.NORMAL) -> None:
        self.status.setText(text)
        self.announce(text, priority)

    def _run(self, op: Callable[[], T], done: Callable[[T], None], progress: str) -> None:
        self._say(progress)
        self._tasks.run(op, done, self._failed, progress_text=progress)

    def _failed(self, error: BaseException) -> None:
        self.show_failure(self.status, error)

    def _loaded(self, profile: Profile) -> None:
        self._profile = profile
        self._render()
        self.kept_box.load()
        self._say(self.summary.text())

    def _render(self) -> None:
        profile = self._profile
        if profile is None:
            return
        names = channel_names()
        channels = ", ".join(names[c] for c in profile.code_channels if c in names)
        #: Accessibility profile state in the summary: kept.
        on = self.tr("on")
        #: Accessibility profile state in the summary: not kept.
        off = self.tr("off")
        #: Summary; {channels} the code channels, {profile} whether an accessibility profile is kept.
        text = self.tr("Codes are sent by: {channels}. Accessibility profile: {profile}.").format(
            channels=channels,
            profile=on if profile.accessibility.opt_in else off,
        )
        self.summary.setText(text)
        self.summary.setAccessibleName(text)
        self.password_field.set_rules(profile.password_rules)
        self.opt_in.setChecked(profile.accessibility.opt_in)
        self.kept_box.set_opted_in(profile.accessibility.opt_in)
        for need, check in self.need_checks.items():
            check.setChecked(need in profile.accessibility.needs)
            check.setEnabled(profile.accessibility.opt_in)
        for channel, check in self.channel_checks.items():
            check.setChecked(channel in profile.code_channels)

    def _opt_in_changed(self, on: bool) -> None:
        for check in self.need_checks.values():
            check.setEnabled(on)
            if not on:
                check.setChecked(False)

    def save_accessibility(self) -> None:
        needs = tuple(n for n, c in self.need_checks.items() if c.isChecked())
        profile = AccessibilityProfile(self.opt_in.isChecked(), needs)
        security = self.security
        #: Shown and spoken while the profile is saved.
        self._run(lambda: security.set_accessibility(profile), self._a11y_saved, self.tr("Saving."))

    def _a11y_saved(self, profile: Profile) -> None:
        self._profile = profile
        self._render()
        #: Spoken after saving the accessibility profile.
        self._say(self.tr("Saved. {summary}").format(summary=self.summary.text()), Priority.NOW)

    def prepare_password(self) -> None:
        password = self.password_edit.text()
        if rules := self.password_field.problem():
            say_at_field(self.ctx.announcer, self.password_field, "password.rules_broken", rules=rules)
            return
        self.password_field.set_error("")
        security = self.security
        #: Shown and spoken while the change is prepared.
        self._run(lambda: security.prepare_password_change(password), self._review, self.tr("Preparing."))

    def prepare_channels(self) -> None:
        channels = [c for c, check in self.channel_checks.items() if check.isChecked()]
        if not channels:
            first = self.channel_checks[CODE_CHANNELS[0]]
            first.setFocus(Qt.FocusReason.OtherFocusReason)  # focus first, then say: heard once
            self.status.setText(
                visible_text(say(self.ctx.announcer, "code_channels.none_chosen", Priority.NOW))
            )
            return
        security = self.security
        self._run(lambda: security.prepare_channel_change(channels), self._review, self.tr("Preparing."))

    def _review(self, change: SecurityChange) -> None:
        self._change = change
        self._challenge = None
        self.confirm_box.setVisible(True)
        self.code_edit.clear()
        self.send_code_button.setFocus(Qt.FocusReason.OtherFocusReason)
        #: Spoken when a change awaits its code.
        self._say(
            self.tr("Send a one-time code to confirm the change. Your other sessions will be signed out.")
        )

    def send_code(self) -> None:
        change = self._change
        if change is None:
            return
        channel = str(self.send_via.currentData())
        security = self.security
        #: Shown and spoken while the one-time code for a security change is being sent.
        progress = self.tr("Sending a one-time code.")
        self._run(lambda: security.send_code(change, channel), self._code_sent, progress)

    def _code_sent(self, challenge: Challenge) -> None:
        self._challenge = challenge
        self.code_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        sent = say_code_ready(self.ctx.announcer, challenge.code_length, challenge.masked_destination)
        self.status.setText(sent)

    def confirm(self) -> None:
        change, challenge = self._change, self._challenge
        if change is None or challenge is None:
            return
        code = checked_code(self.ctx.announcer, self.code_field, self.code_edit.text(), challenge.code_length)
        if code is None:
            return
        security = self.security

        def confirm_and_apply() -> SecurityChange:
            security.confirm_code(challenge, code)
            return security.apply(change)

        #: Shown and spoken while the security change is confirmed with the code.
        progress = self.tr("Confirming.")
        self._say(progress)
        self._tasks.run(confirm_and_apply, self._applied, self._confirm_failed, progress_text=progress)

    def _confirm_failed(self, error: BaseException) -> None:
        """A refused code is said at the code field (with the tries left); anything else as usual."""
        challenge = self._challenge
        challenge_id = challenge.challenge_id if challenge is not None else ""
        if not say_code_refused(self.ctx.announcer, self.code_field, error, self._wrong_codes, challenge_id):
            self._failed(error)

    def _applied(self, change: SecurityChange) -> None:
        self.password_edit.clear()
        self.code_edit.clear()
        self.confirm_box.setVisible(False)
        self._change = None
        #: Spoken after a change; %n is how many other sessions were signed out.
        text = self.tr("Changed. %n other session(s) signed out.", "", change.other_sessions_signed_out)
        self._say(text, Priority.NOW)
        self.summary.setFocus(Qt.FocusReason.OtherFocusReason)
        self._tasks.run(self.security.profile, self._reloaded, self._failed)  # quietly: the result stays said

    def _reloaded(self, profile: Profile) -> None:
        self._profile = profile
        self._render()
