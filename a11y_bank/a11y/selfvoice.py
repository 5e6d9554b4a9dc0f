"""Self-voicing: the app says what has focus, echoes typing and answers "where am I".

For customers with no screen reader. Everything goes through `SpeechService`, so it is silent
unless the user turned the voice on; with a screen reader running the voice stays off by default
(pitfalls §5.10) and the reader narrates focus itself.

Interrupt rules (see `a11y.speech`):

- A focus change speaks at NOW: the user moved on, so what was said about the old control and
  anything queued is dropped (as NVDA and Orca do) - except within `URGENT_HOLD_S` of a NOW
  announcement (an error), when it queues at NEXT so the error is heard in full.
- Typed-character echo speaks at NOW too: fast typing must not queue up a backlog of letters.
- Secret fields (password, PIN, one-time code) never echo the character: each key says "star",
  and the field's value is spoken as a count ("4 characters entered"), never the text.
- Verbosity: "beginner" says name, role, value, shortcut and the hint; "expert" says name and
  value only (plus the role where the name alone cannot tell what the control is).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QAccessible, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTextEdit,
    QWidget,
)

from a11y_bank.a11y.priority import Priority
from a11y_bank.domain.sentences import end_sentence, join_phrases, join_sentences

if TYPE_CHECKING:
    from a11y_bank.a11y.speech import SpeechService

log = logging.getLogger(__name__)

VERBOSITY = ("beginner", "expert")
SECRET_PROPERTY = "a11ySecret"  # noqa: S105 - a property name, not a password
"""Set this dynamic property to True on any field whose content must never be spoken."""
SHORTCUT_PROPERTY = "a11yShortcut"
"""Dynamic property with the key text of a widget's shortcut ("Alt+1"), spoken on focus."""
# Words in an object name that mark a secret field (oneTimeCode, orderCode, cardCode, pinEdit).
# Erring towards "secret" only hides an echo; erring the other way would speak a code aloud.
_SECRET_WORDS = ("password", "passcode", "pin", "code", "otp", "secret")
CONTEXT = "SelfVoice"
URGENT_HOLD_S = 1.5
"""After a NOW announcement, focus speech queues (NEXT) instead of interrupting it."""


def is_secret(widget: QWidget) -> bool:
    """True for password, PIN and one-time-code fields (never echoed, never read out)."""
    if widget.property(SECRET_PROPERTY):
        return True
    if isinstance(widget, QLineEdit):
        if widget.echoMode() != QLineEdit.EchoMode.Normal:
            return True
        if widget.inputMethodHints() & Qt.InputMethodHint.ImhSensitiveData:
            return True
    name = widget.objectName().lower()
    return any(word in name for word in _SECRET_WORDS) and isinstance(widget, QLineEdit)


def _role_word(widget: QWidget) -> str:
    # Spoken role names (self-voicing).
    if isinstance(widget, QCheckBox):
        #: Spoken role name of a control (self-voicing): check box.
        return QCoreApplication.translate("SelfVoice", "check box")
    if isinstance(widget, QRadioButton):
        #: Spoken role name of a control (self-voicing): radio button.
        return QCoreApplication.translate("SelfVoice", "radio button")
    if isinstance(widget, QAbstractButton):
        #: Spoken role name of a control (self-voicing): button.
        return QCoreApplication.translate("SelfVoice", "button")
    if isinstance(widget, QComboBox):
        #: Spoken role name of a control (self-voicing): combo box.
        return QCoreApplication.translate("SelfVoice", "combo box")
    if isinstance(widget, QAbstractSpinBox):
        #: Spoken role name of a control (self-voicing): spin box.
        return QCoreApplication.translate("SelfVoice", "spin box")
    if isinstance(widget, QLineEdit):
        return (
            #: Spoken role name of a control (self-voicing): password field.
            QCoreApplication.translate("SelfVoice", "password field")
            if is_secret(widget)
            #: Spoken role name of a control (self-voicing): edit field.
            else QCoreApplication.translate("SelfVoice", "edit field")
        )
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        #: Spoken role name of a control (self-voicing): text area.
        return QCoreApplication.translate("SelfVoice", "text area")
    if isinstance(widget, QAbstractItemView):
        #: Spoken role name of a control (self-voicing): list.
        return QCoreApplication.translate("SelfVoice", "list")
    if isinstance(widget, QLabel):
        #: Spoken role name of a control (self-voicing): text.
        return QCoreApplication.translate("SelfVoice", "text")
    return ""


def accessible_name(widget: QWidget) -> str:
    """What the control is called: its accessible name, else its text, else its label's text."""
    iface = QAccessible.queryAccessibleInterface(widget)
    name = iface.text(QAccessible.Text.Name) if iface is not None and iface.isValid() else ""
    if not name and isinstance(widget, QAbstractButton | QLabel):
        name = widget.text().replace("&", "")
    return name.strip()


def value_text(widget: QWidget) -> str:
    """The control's current value in words; secrets only as a count."""
    if isinstance(widget, QLineEdit):
        text = widget.text()
        if is_secret(widget):
            #: Spoken value of a password or code field: how many characters, never which.
            return (
                QCoreApplication.translate("SelfVoice", "{count} characters entered").format(count=len(text))
                if text
                #: Spoken value of an empty field (self-voicing).
                else QCoreApplication.translate("SelfVoice", "empty")
            )
        #: Spoken value of an empty field (self-voicing).
        return text or QCoreApplication.translate("SelfVoice", "empty")
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        return (
            #: Spoken state of a ticked check box (self-voicing).
            QCoreApplication.translate("SelfVoice", "checked")
            if widget.isChecked()
            #: Spoken state of an unticked check box (self-voicing).
            else QCoreApplication.translate("SelfVoice", "not checked")
        )
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QAbstractItemView):
        return current_row_text(widget)
    if isinstance(widget, QLabel):
        return ""  # the name is the text
    return ""


def shortcut_text(widget: QWidget) -> str:
    declared = widget.property(SHORTCUT_PROPERTY)
    if isinstance(declared, str) and declared:
        return declared
    if isinstance(widget, QAbstractButton) and not widget.shortcut().isEmpty():
        return widget.shortcut().toString()
    return ""


def current_row_text(view: QAbstractItemView) -> str:
    """The focused row, every column with its header: "Date: 3 May, Amount: 12.00 yuan"."""
    model = view.model()
    index = view.currentIndex()
    if model is None or not index.isValid():
        return ""
    columns = _column_count(model, index)
    parts: list[str] = []
    for column in range(columns):
        cell = index.siblingAtColumn(column)
        value = str(cell.data(Qt.ItemDataRole.AccessibleTextRole) or cell.data() or "").strip()
        if not value:
            continue
        header = model.headerData(column, Qt.Orientation.Horizontal) if columns > 1 else None
        parts.append(f"{header}: {value}" if header else value)
    return join_phrases(*parts)


def _column_count(model: QAbstractItemModel, index: QModelIndex) -> int:
    try:
        return max(model.columnCount(index.parent()), 1)
    except TypeError:  # list models keep columnCount private in PySide6: one column
        return 1


def describe(widget: QWidget, verbosity: str = "beginner") -> str:
    """What self-voicing says when `widget` gets focus."""
    name = accessible_name(widget)
    role = _role_word(widget)
    value = value_text(widget)
    expert = verbosity == "expert"
    parts = [name]
    if not expert or not name:
        parts.append(role)
    if value and value != name:
        parts.append(value)
    if not expert:
        keys = shortcut_text(widget)
        if keys:
            #: Spoken after a control's name: its keyboard shortcut, e.g. "shortcut Alt+1".
            parts.append(QCoreApplication.translate("SelfVoice", "shortcut {keys}").format(keys=keys))
        hint = widget.accessibleDescription().strip()
        if hint:
            parts.append(hint)
    return end_sentence(join_phrases(*parts))


def echo_for_key(widget: QWidget, event: QKeyEvent) -> str:
    """What typing this key into `widget` says: the character, "star" in secrets, or nothing."""
    if not isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit | QAbstractSpinBox):
        return ""
    if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
        return ""
    if event.key() == Qt.Key.Key_Backspace:
        #: Spoken when a character is deleted with Backspace.
        return QCoreApplication.translate("SelfVoice", "delete")
    text = event.text()
    if not text or not text.isprintable():
        return ""
    if is_secret(widget):
        #: Spoken for each key typed into a password or code field, instead of the character.
        return QCoreApplication.translate("SelfVoice", "star")
    if text == " ":
        #: Spoken name of a typed key (self-voicing echo): space.
        return QCoreApplication.translate("SelfVoice", "space")
    return text


def readable_widgets(root: QWidget) -> list[QWidget]:
    """Visible labels and controls under `root`, top to bottom, left to right."""
    found: list[QWidget] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or not widget.isVisible():
            continue
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            continue  # said as the field's name
        if isinstance(widget, QLabel) or widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            found.append(widget)
    found.sort(key=lambda w: (w.mapTo(root, w.rect().topLeft()).y(), w.mapTo(root, w.rect().topLeft()).x()))
    return found


class SelfVoice(QObject):
    """Speaks focus changes and typed characters; answers where-am-I, read-row and read-screen.

    `speech` does the talking (silent while the user has the voice off). `screen_title` returns the
    title of the current screen (the main window's), for "where am I".
    """

    def __init__(
        self,
        speech: SpeechService,
        screen_title: Callable[[], str] = lambda: "",
        *,
        verbosity: str = "beginner",
        echo: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.speech = speech
        self.screen_title = screen_title
        self.verbosity = verbosity if verbosity in VERBOSITY else "beginner"
        self.echo = echo
        self.last_spoken = ""
        self._installed = False
        self._keys_of: QWidget | None = None  # the focused widget, whose key presses are echoed
        self._last_urgent_at = -1e9

    def install(self, app: QApplication) -> None:
        if self._installed:
            return
        app.focusChanged.connect(self._focus_changed)
        self._listen_to(QApplication.focusWidget())
        self._installed = True

    def uninstall(self, app: QApplication) -> None:
        if not self._installed:
            return
        app.focusChanged.disconnect(self._focus_changed)
        self._listen_to(None)
        self._installed = False

    def _listen_to(self, widget: QWidget | None) -> None:
        """Watch the keys of the focused widget only (for the echo). An application-wide filter
        was a Python call for every event of every widget: ~2 000 per language switch with all
        screens open, each one waiting for the GIL while a worker thread parsed a history page."""
        old = self._keys_of
        if old is not None and shiboken6.isValid(old):
            old.removeEventFilter(self)
        self._keys_of = widget if widget is not None and shiboken6.isValid(widget) else None
        if self._keys_of is not None:
            self._keys_of.installEventFilter(self)

    def set_verbosity(self, verbosity: str) -> None:
        if verbosity not in VERBOSITY:
            raise ValueError(f"verbosity must be one of {', '.join(VERBOSITY)}")
        self.verbosity = verbosity

    # -- speaking -------------------------------------------------------------------------------

    def say(self, text: str, priority: Priority = Priority.NORMAL) -> str:
        if text:
            self.last_spoken = text
            self.speech.speak(text, priority)
        return text

    def repeat_last(self) -> str:
        return self.say(self.last_spoken, Priority.NOW)

    def where_am_i(self) -> str:
        return self.say(self.where_am_i_text(), Priority.NOW)

    def read_row(self) -> str:
        return self.say(self.row_text(), Priority.NOW)

    def read_screen(self, root: QWidget) -> str:
        return self.say(self.screen_text(root), Priority.NOW)

    # The *_text methods only compose: the main window sends them through the announcer, so they
    # are also shown on the status line and reach a screen reader.

    def where_am_i_text(self) -> str:
        """ "Screen: Transfer. Amount, edit field, 12.50." """
        focus = QApplication.focusWidget()
        field = describe(focus, self.verbosity) if focus is not None else ""
        #: Answer to "where am I": the screen's title, then the focused control.
        return join_sentences(
            QCoreApplication.translate("SelfVoice", "Screen: {title}.").format(title=self.screen_title()),
            field,
        )

    def row_text(self) -> str:
        """The focused list or table row, every column with its header."""
        focus = QApplication.focusWidget()
        text = current_row_text(focus) if isinstance(focus, QAbstractItemView) else ""
        #: Said by "read this row" when the focus is not in a list or table.
        return text or QCoreApplication.translate("SelfVoice", "No row has focus.")

    def screen_text(self, root: QWidget) -> str:
        """Every visible label and control of `root`, in reading order, as one text."""
        lines = [self.screen_title()]
        for widget in readable_widgets(root):
            line = accessible_name(widget) if isinstance(widget, QLabel) else describe(widget, "expert")
            if line and line not in lines:
                lines.append(line)
        return join_sentences(*(end_sentence(line) for line in lines))

    def note_announcement(self, _text: str, priority: object) -> None:
        """Connect to `Announcer.announced`: focus speech then waits behind a fresh NOW message
        (an error said as focus moves to the field at fault is heard, not cut off)."""
        if priority == Priority.NOW:
            self._last_urgent_at = time.monotonic()

    # -- Qt hooks -------------------------------------------------------------------------------

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        self._listen_to(new)
        if new is None or new.isWindow() or not shiboken6.isValid(new) or not self.speech.enabled:
            return
        urgent_fresh = time.monotonic() - self._last_urgent_at < URGENT_HOLD_S
        try:
            text = describe(new, self.verbosity)
        except (RuntimeError, TypeError) as exc:  # a half-built or dying widget: stay quiet, not crash
            log.warning("could not describe the focused control: %s", type(exc).__name__)
            return
        self.say(text, Priority.NEXT if urgent_fresh else Priority.NOW)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self.echo
            and event.type() == QEvent.Type.KeyPress
            and self.speech.enabled
            and watched is QApplication.focusWidget()
            and isinstance(event, QKeyEvent)
            and isinstance(watched, QWidget)
        ):
            echo = echo_for_key(watched, event)
            if echo:
                self.speech.speak(echo, Priority.NOW)  # not `say`: repeat-last keeps the last sentence
        return False
