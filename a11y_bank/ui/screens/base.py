"""The base class every screen derives from."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget

from a11y_bank.a11y.priority import Priority
from a11y_bank.api.errors import AuthExpired
from a11y_bank.ui.messages import visible_text
from a11y_bank.ui.models.error_codes import say_error
from a11y_bank.ui.theme import FOCUS_WIDTH_PX, defer_font_while_hidden, unpin_font

if TYPE_CHECKING:
    from a11y_bank.ui.context import AppContext


class Screen(QWidget):
    """One section of the main window (Accounts, History, Transfer, ...).

    Subclasses build their widgets in __init__, set every visible string in retranslate_ui()
    (called from __init__ and again on a language change), load data in on_shown(), and say which
    widget gets focus first in first_focus(). The main window puts each screen in a scroll area, moves
    focus to first_focus() and announces title() when the user navigates here.
    """

    section: ClassVar[str] = ""

    # False runs retranslate_ui at every language change even while the screen is hidden (the
    # benchmark's "before" mode, benchmarks/perf/screens.py); True defers it to the next show.
    defer_hidden_retranslate: ClassVar[bool] = True

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._retranslate_pending = False
        self._replaying = False
        defer_font_while_hidden(self)

    def title(self) -> str:
        raise NotImplementedError

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def on_shown(self, **kwargs: object) -> None:
        """Called each time the user navigates here; refresh data (off the GUI thread)."""

    def first_focus(self) -> QWidget:
        return self

    def can_leave(self) -> bool:
        """False while leaving would abandon money in flight (the main window then asks first)."""
        return True

    def clear(self) -> None:
        """Forget what this screen holds of the customer: it is about to be discarded (sign-out, lock).

        The main window deletes the screen right after, with its models and cached data. The default
        empties every text input at once, so a typed password, code or account number does not wait
        in memory for the deferred delete; override (and call this) to drop data kept elsewhere.
        """
        for line in self.findChildren(QLineEdit):
            line.clear()
        for plain in self.findChildren(QPlainTextEdit):
            plain.clear()
        for rich in self.findChildren(QTextEdit):
            rich.clear()

    def announce(self, text: str, priority: Priority = Priority.NORMAL) -> None:
        """Shorthand for ctx.announcer.announce()."""
        self.ctx.announcer.announce(text, priority)

    def show_failure(self, status: QLabel, error: BaseException) -> bool:
        """Say a failed request's catalogue message and show it on `status`. An ended session goes to
        sign-in (the only way on); True then, so the caller does nothing more on this screen."""
        status.setText(visible_text(say_error(self.ctx.announcer, error)))
        if isinstance(error, AuthExpired):
            self.ctx.navigate("signin")
            return True
        return False

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange and self._defers_language():
            # A hidden page of a shown window keeps the event from its whole subtree (Qt would pass
            # it on to every child, and each one through the app's event filters: most of a switch's
            # cost with 14 screens open); catch_up() replays it before the screen is shown.
            self._retranslate_pending = True
            return True
        return super().event(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_pending = False
            self.retranslate_ui()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self.catch_up()
        super().showEvent(event)

    def catch_up(self) -> None:
        """Apply a text size and a language change that arrived while hidden (the main window's page
        switch and showEvent call this before the screen is painted, so nobody sees the old ones)."""
        unpin_font(self)
        if self._retranslate_pending:
            # The held-back event, now to the whole subtree: retranslate_ui() and every child's own
            # handler (fields, Qt's button boxes) run as they would have at the switch.
            self._replaying = True
            try:
                QCoreApplication.sendEvent(self, QEvent(QEvent.Type.LanguageChange))
            finally:
                self._replaying = False

    @property
    def retranslate_pending(self) -> bool:
        """True while a language change waits for this hidden screen to be shown."""
        return self._retranslate_pending

    def _defers_language(self) -> bool:
        """True while a language change should wait for the next show (a hidden page of a shown
        window; a screen never shown in a window, built alone in a test, stays eager)."""
        if self._replaying or not Screen.defer_hidden_retranslate or self.isVisible():
            return False
        window = self.window()
        return window is not self and window.isVisible()


class PlaceholderScreen(Screen):
    """Stands in for a section whose screen module is not installed yet."""

    def __init__(self, ctx: AppContext, section_key: str, label: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.section_key = section_key
        self._label = label
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        # Focusable so a keyboard and screen-reader user lands on the explanation.
        self.message.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.message.setMargin(FOCUS_WIDTH_PX + 1)  # the focus ring is drawn around its text, not over it
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.retranslate_ui()

    def title(self) -> str:
        return self._label

    def retranslate_ui(self) -> None:
        #: Shown in a section whose screen is not part of this build yet; {section} is its name.
        text = self.tr("{section} is not available in this version yet.").format(section=self._label)
        self.message.setText(text)
        self.message.setAccessibleName(text)

    def first_focus(self) -> QWidget:
        return self.message
