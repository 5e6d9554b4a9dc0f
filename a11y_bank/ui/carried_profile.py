"""The accessibility profile that follows the customer: applied at sign-in, given back at sign-out.

After sign-in the main window calls `CarriedProfile.start()`: the preferences the bank keeps for this
customer (api/preferences.py, only if they chose to keep them there) are fetched on a worker thread and
applied live (text size, contrast, colours, voice on/off, rate, pitch and volume, verbosity, typing
echo, time limit, quick menu), then "Your accessibility settings are applied." is said once.

They are applied to the running app only: while they are in force, the desktop's or terminal's own
settings and profile files are not written (a change made during the session lasts for the session;
"Keep my settings with the bank" in Security saves it at the bank). `end()` (sign-out, idle lock,
take-back) puts the app's own values back and applies them, so a branch terminal keeps no trace of the
customer and the next person gets the terminal's own profile. The UI language is not switched.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import fields
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from a11y_bank.a11y.priority import Priority
from a11y_bank.a11y.profile import A11yProfile, ProfileStore, read_document
from a11y_bank.ui.context import AppContext
from a11y_bank.ui.screens.settings_profile import apply_profile

if TYPE_CHECKING:  # api.preferences brings the HTTP client: imported on use, not at the app's start
    from a11y_bank.api.bank import Bank
    from a11y_bank.api.preferences import KeptPreferences

_log = logging.getLogger(__name__)

# The shared settings applied from a carried profile (the language stays the app's own).
APPLIED_SETTINGS = ("text_size_percent", "voice_enabled", "voice_rate", "high_contrast")


def _fetch_kept(bank: Bank) -> KeptPreferences | None:
    from a11y_bank.api.preferences import BankPreferences

    return BankPreferences(bank).get()


class CarriedProfile(QObject):
    """Applies the customer's kept preferences for one session and restores the app's own after it.

    Signals:
        applied(float): the customer's preferences are in force; seconds since `start()`.
    """

    applied = Signal(float)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._session = 0  # bumps at every start/end, so a late answer for an ended session is dropped
        self._own: _OwnValues | None = None
        self._started_at = 0.0
        self.last_seconds: float | None = None

    @property
    def in_force(self) -> bool:
        return self._own is not None

    def start(self) -> None:
        """Fetch and apply this customer's kept preferences (the GUI never waits for the bank)."""
        self._session += 1
        session = self._session
        self._started_at = time.perf_counter()
        bank = self.ctx.bank
        self.ctx.tasks.run(
            lambda: _fetch_kept(bank),
            lambda kept: self._fetched(session, kept),
            lambda error: self._not_fetched(session, error),
        )

    def end(self) -> None:
        """The session is over: the app's own settings and profile again, live and on disk as they were."""
        self._session += 1
        own, self._own = self._own, None
        if own is not None:
            self._apply_live(own.settings, own.profile)  # saving is still held: nothing is rewritten
            own.restore(self.ctx)

    # -- internals ------------------------------------------------------------------------------

    def _fetched(self, session: int, kept: KeptPreferences | None) -> None:
        if session != self._session or kept is None:
            return
        try:
            profile, shared = read_document(kept.document)
        except ValueError:
            _log.warning("the bank's accessibility preferences are not a profile document; ignored")
            return
        if self._own is None:
            self._own = _OwnValues.take(self.ctx)
        self._own.hold_saves(self.ctx)
        for name in APPLIED_SETTINGS:
            if name in shared:
                setattr(self.ctx.settings, name, shared[name])  # Settings checks each value
        self._apply_live(_settings_values(self.ctx), profile)
        self.last_seconds = time.perf_counter() - self._started_at
        #: Said once after sign-in when the customer's accessibility settings kept by the bank are in force.
        self.ctx.announcer.announce(self.tr("Your accessibility settings are applied."), Priority.NEXT)
        self.applied.emit(self.last_seconds)

    def _not_fetched(self, session: int, error: BaseException) -> None:
        if session == self._session:  # the app's own settings stay; nothing to tell the customer
            _log.info("accessibility preferences not fetched (%s)", type(error).__name__)

    def _apply_live(self, settings: dict[str, Any], profile: A11yProfile) -> None:
        ctx = self.ctx
        if ctx.theme is not None:
            ctx.theme.set_text_percent(settings["text_size_percent"])
            ctx.theme.set_high_contrast(settings["high_contrast"])
        if ctx.speech is not None:
            ctx.speech.set_enabled(settings["voice_enabled"])
            ctx.speech.set_rate(settings["voice_rate"])
        apply_profile(profile, ctx.theme, ctx.speech)
        if ctx.profile is not None:  # the window's listeners: verbosity, echo, time limit, quick menu
            _replace_profile(ctx.profile, profile)


class _OwnValues:
    """The app's own settings and profile while a customer's are in force, and how they were saved."""

    def __init__(
        self,
        settings: dict[str, Any],
        profile: A11yProfile | None,
        save_settings: Callable[[], None],
        store: ProfileStore | None,
    ) -> None:
        self.settings = settings
        self.profile = profile or A11yProfile()
        self.save_settings = save_settings
        self.store = store
        self.store_path = store.path if store is not None else None

    @classmethod
    def take(cls, ctx: AppContext) -> _OwnValues:
        store = ctx.profile
        return cls(_settings_values(ctx), store.profile if store else None, ctx.save_settings, store)

    def hold_saves(self, ctx: AppContext) -> None:
        ctx.save_settings = _held
        if self.store is not None:
            self.store.path = None  # ProfileStore.save writes nothing without a path

    def restore(self, ctx: AppContext) -> None:
        for name, value in self.settings.items():
            setattr(ctx.settings, name, value)
        ctx.save_settings = self.save_settings
        if self.store is not None:
            self.store.path = self.store_path


def _settings_values(ctx: AppContext) -> dict[str, Any]:
    return {name: getattr(ctx.settings, name) for name in APPLIED_SETTINGS}


def _held() -> None:
    """Saving is held while a customer's carried settings are in force (see the module docstring)."""


def _replace_profile(store: ProfileStore, profile: A11yProfile) -> None:
    """Put `profile` in `store` and tell its listeners (saved only if the store has a path)."""
    store.update(**{spec.name: getattr(profile, spec.name) for spec in fields(profile)})
