""" "Your settings at the bank": keep the accessibility settings now in use with the bank, or remove them.

Part of the Security screen. Kept settings follow the customer to any desktop or branch terminal where
they sign in (ui/carried_profile.py applies them there). The bank keeps them only for a customer who
opted in to the accessibility profile (the check box above this box on the Security screen): until then
"Keep" is off and the box says why. Removing them, or opting out, leaves nothing at the bank.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from a11y_bank.a11y.priority import Priority
from a11y_bank.a11y.profile import A11yProfile, export_document
from a11y_bank.api.preferences import BankPreferences, KeptPreferences
from a11y_bank.ui.context import AppContext
from a11y_bank.ui.models.owned_tasks import OwnedTasks
from a11y_bank.ui.theme import FOCUS_WIDTH_PX

__all__ = ["KeptSettingsBox", "current_document"]

Say = Callable[[str, Priority], None]


def current_document(ctx: AppContext) -> dict[str, Any]:
    """The settings and accessibility profile now in use, as the exported profile file."""
    profile = ctx.profile.profile if ctx.profile is not None else A11yProfile()
    return export_document(profile, ctx.settings)


class KeptSettingsBox(QGroupBox):
    """Keep / remove the customer's settings at the bank. `say` tells the customer (screen status)."""

    def __init__(
        self,
        ctx: AppContext,
        tasks: OwnedTasks,
        say: Say,
        on_failure: Callable[[BaseException], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._tasks = tasks
        self._say = say
        self._on_failure = on_failure
        self.opted_in = False
        self.kept: KeptPreferences | None = None
        self.loaded = False
        self.explanation = _label(self, "keptExplanation")
        self.state = _label(self, "keptState")
        self.state.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # read by Tab, like the screen summary
        self.state.setMargin(FOCUS_WIDTH_PX + 1)  # the focus ring is drawn around its text, not over it
        self.keep_button = _button(self, "keepSettings", self.keep)
        self.remove_button = _button(self, "removeSettings", self.remove)
        layout = QVBoxLayout(self)
        for widget in (self.explanation, self.state, self.keep_button, self.remove_button):
            layout.addWidget(widget)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        #: Group title on the Security screen: the customer's accessibility settings kept by the bank.
        self.setTitle(self.tr("Your settings at the bank"))
        #: Plain-words explanation of keeping the accessibility settings with the bank.
        self.explanation.setText(
            self.tr(
                "The bank can keep your text size, colours, voice, how much the app says, your time "
                "limit and your quick menu. Then they are used on any computer or branch terminal where "
                "you sign in, and they leave it when you sign out. Only if you want this; you can remove "
                "them at any time."
            )
        )
        #: Button that saves the settings now in use as the customer's settings at the bank.
        self.keep_button.setText(self.tr("Keep my settings with the bank"))
        #: Button that removes the customer's settings from the bank.
        self.remove_button.setText(self.tr("Remove my settings from the bank"))
        for button in (self.keep_button, self.remove_button):
            button.setAccessibleName(button.text())
        self._render()

    # -- state ----------------------------------------------------------------------------------

    def set_opted_in(self, opted_in: bool) -> None:
        """The accessibility profile's opt-in as the bank has it (opting out removed what was kept)."""
        self.opted_in = opted_in
        if not opted_in:
            self.kept = None
        self._render()

    def load(self) -> None:
        """Ask the bank what it keeps (quietly: the screen's own loading message covers it)."""
        preferences = BankPreferences(self.ctx.bank)
        self._tasks.run(preferences.get, self._loaded, self._on_failure)

    def _loaded(self, kept: KeptPreferences | None) -> None:
        self.kept, self.loaded = kept, True
        self._render()

    def state_text(self) -> str:
        if self.kept is not None:
            when = self.kept.updated.strftime("%Y-%m-%d %H:%M")
            #: State: the bank keeps the customer's settings; {when} is the date and time they were saved.
            return self.tr("The bank keeps your settings, saved {when}.").format(when=when)
        if not self.opted_in:
            #: State: nothing kept, and keeping needs the accessibility profile turned on first.
            return self.tr(
                'The bank keeps none of your settings. To keep them, first turn on "Keep a profile" '
                "above and save it."
            )
        #: State: nothing kept yet; the customer can keep them now.
        return self.tr("The bank keeps none of your settings.")

    def _render(self) -> None:
        text = self.state_text()
        self.state.setText(text)
        self.state.setAccessibleName(text)
        self.keep_button.setEnabled(self.opted_in)
        self.remove_button.setEnabled(self.kept is not None)

    # -- actions --------------------------------------------------------------------------------

    def keep(self) -> None:
        if not self.opted_in:
            return
        document = current_document(self.ctx)
        preferences = BankPreferences(self.ctx.bank)
        #: Shown and spoken while the settings are saved at the bank.
        self._say(self.tr("Saving your settings at the bank."), Priority.NORMAL)
        self._tasks.run(lambda: preferences.keep(document), self._kept, self._on_failure)

    def _kept(self, kept: KeptPreferences) -> None:
        self.kept = kept
        self._render()
        #: Spoken after the settings were kept at the bank.
        text = self.tr("Your settings are kept with the bank. They will be used wherever you sign in.")
        self._say(text, Priority.NOW)

    def remove(self) -> None:
        preferences = BankPreferences(self.ctx.bank)
        #: Shown and spoken while the settings are removed from the bank.
        self._say(self.tr("Removing your settings from the bank."), Priority.NORMAL)
        self._tasks.run(preferences.remove, self._removed, self._on_failure)

    def _removed(self, _result: None) -> None:
        self.kept = None
        self._render()
        self.state.setFocus(Qt.FocusReason.OtherFocusReason)  # the remove button is now off
        #: Spoken after the settings were removed from the bank.
        self._say(self.tr("Your settings were removed from the bank."), Priority.NOW)


def _label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _button(parent: QWidget, name: str, slot: Callable[[], object]) -> QPushButton:
    button = QPushButton(parent)
    button.setObjectName(name)
    button.setAutoDefault(True)
    button.clicked.connect(slot)
    return button
