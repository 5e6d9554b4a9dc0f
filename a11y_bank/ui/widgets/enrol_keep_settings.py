"""Enrolment's last choice: keep the accessibility settings in use now with the bank, so they follow the
customer (ui/carried_profile.py applies them at every sign-in, on any desktop or branch terminal).

A customer who set up text size, voice, contrast or colours before enrolling is asked once, on the page
where they finish: "Keep the settings I use now with the bank". Yes by default, but only offered once
they opted in to the accessibility profile (the box above it): the bank keeps settings only for those
who chose the profile, and a default never opts anyone in. No time limit applies to the choice.

Enrolment gives no session, so keeping them signs in with the name and password just set, keeps the
settings (`api/preferences.py`) and signs out again, all in the one worker task that completes the
enrolment. If keeping fails, the enrolment still stands and the customer is told they can keep them
later in Security.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from a11y_bank.api.bank import Bank
from a11y_bank.api.enrolment import Profile
from a11y_bank.api.errors import BankApiError
from a11y_bank.api.preferences import BankPreferences
from a11y_bank.ui.context import AppContext
from a11y_bank.ui.widgets.kept_settings import current_document

__all__ = ["Enrolled", "KeepSettingsChoice", "complete_and_keep", "keep_with_bank", "kept_sentence"]

_log = logging.getLogger(__name__)


class _CheckBox(QCheckBox):
    """A check box that calls `before_focus` when focus arrives, before Qt tells the screen reader."""

    def __init__(self, before_focus: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._before_focus = before_focus

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            self._before_focus()
        return super().event(event)


class KeepSettingsChoice(QWidget):
    """The check box (short: a check box cannot wrap at 300 %) and, under it, what would be kept, in words.

    The check box is enabled (and checked, unless the customer unchecked it before) while `opt_in` is.
    """

    def __init__(self, ctx: AppContext, opt_in: QCheckBox, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.check = _CheckBox(self._describe, self)
        self.check.setObjectName("a11yKeepSettings")
        self.explained = QLabel(self)
        self.explained.setObjectName("a11yKeepSettingsExplained")
        self.explained.setWordWrap(True)
        self.explained.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.explained)
        self._wanted = True  # the default answer, and the customer's own once they change it
        self.check.toggled.connect(self._remember)
        opt_in.toggled.connect(self._follow_opt_in)
        self._follow_opt_in(opt_in.isChecked())
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        #: Check box at the end of enrolment: keep the accessibility settings in use now with the bank.
        text = self.tr("Keep my settings with the bank")
        self.check.setText(text)
        self.check.setAccessibleName(text)
        self._describe()

    def document(self) -> dict[str, Any] | None:
        """The settings to keep (the exported profile file), or None when the customer does not want it."""
        wanted = self.check.isEnabled() and self.check.isChecked()
        return current_document(self.ctx) if wanted else None

    def summary(self) -> str:
        """What would be kept, in words: "Text size 150 percent, voice on, high contrast off."."""
        settings = self.ctx.settings
        #: A setting that is on, in the enrolment settings summary ("voice on").
        on = self.tr("on")
        #: A setting that is off, in the enrolment settings summary ("high contrast off").
        off = self.tr("off")
        #: What enrolment would keep with the bank; {percent} a number, {voice} and {contrast} are on or off.
        return self.tr("Text size {percent} percent, voice {voice}, high contrast {contrast}.").format(
            percent=settings.text_size_percent,
            voice=on if settings.voice_enabled else off,
            contrast=on if settings.high_contrast else off,
        )

    def _describe(self) -> None:
        """Say what would be kept, now: the settings may have changed since (Ctrl+plus)."""
        #: Under the keep-settings check box at enrolment; {summary} lists the settings, e.g. the text size.
        description = self.tr(
            "They follow you when you sign in anywhere: {summary} Also your colours, voice speed and quick "
            "menu. Needs the accessibility profile above."
        ).format(summary=self.summary())
        self.explained.setText(description)
        self.check.setAccessibleDescription(description)

    def _follow_opt_in(self, on: bool) -> None:
        wanted = self._wanted
        self.check.setEnabled(on)
        self.check.setChecked(on and wanted)  # unchecked while unavailable: a greyed tick would mislead
        self._wanted = wanted
        self._describe()

    def _remember(self, checked: bool) -> None:
        if self.check.isEnabled():
            self._wanted = checked


@dataclass(frozen=True, slots=True)
class Enrolled:
    """The completed enrolment and whether the settings were kept (None: the customer did not ask)."""

    profile: Profile
    kept: bool | None = None


def keep_with_bank(bank: Bank, username: str, password: str, document: dict[str, Any]) -> bool:
    """Sign in, keep `document`, sign out (worker thread). False when the bank did not keep it."""
    try:
        bank.sign_in(username, password)
        BankPreferences(bank).keep(document)
    except (BankApiError, ValueError) as exc:  # ValueError: larger than the bank keeps
        _log.warning("settings not kept at enrolment: %s", type(exc).__name__)
        return False
    finally:
        bank.sign_out()
    return True


def complete_and_keep(
    bank: Bank, complete: Callable[[], Profile], password: str, document: dict[str, Any] | None
) -> Enrolled:
    """Complete the enrolment, then keep the settings if asked (worker thread). A failure to keep them
    does not undo the enrolment: it is reported in `Enrolled.kept`."""
    profile = complete()
    if document is None or not profile.accessibility.opt_in:
        return Enrolled(profile)
    return Enrolled(profile, keep_with_bank(bank, profile.username, password, document))


def kept_sentence(kept: bool | None) -> str:
    """What the done page adds about the settings ("" when the customer did not ask to keep them)."""
    if kept is None:
        return ""
    if kept:
        #: Enrolment finished and the settings were kept with the bank.
        return QCoreApplication.translate(
            "KeepSettingsChoice", "Your settings are kept with the bank: they are used wherever you sign in."
        )
    #: Enrolment finished but the bank did not keep the settings.
    return QCoreApplication.translate(
        "KeepSettingsChoice",
        "Your settings could not be kept with the bank. You can keep them later in Security.",
    )
