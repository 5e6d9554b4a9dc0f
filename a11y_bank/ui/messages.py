"""Say a catalogue message: translated, shown (text + action) and spoken (spoken + action); an error in a
field is shown under it, focused, then said (`say_at_field`)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from a11y_bank.a11y.announcer import Announcer
from a11y_bank.a11y.earcons import kind_for
from a11y_bank.a11y.priority import Priority
from a11y_bank.domain.messages import Message, message
from a11y_bank.domain.sentences import join_sentences


def render(code: str, **params: object) -> Message:
    """The catalogue entry `code`, translated in context "Messages" and filled in."""
    return message(code).render(QCoreApplication.translate, **params)


def visible_text(msg: Message) -> str:
    return join_sentences(msg.text, msg.action)


def spoken_text(msg: Message) -> str:
    return join_sentences(msg.spoken, msg.action)


def say(announcer: Announcer, code: str, priority: Priority = Priority.NORMAL, **params: object) -> Message:
    """Announce catalogue entry `code`: the status line shows text + action, readers and voice get
    spoken + action; with earcons on, its earcon sounds and the status line shows its mark first.
    Returns the rendered message (e.g. to put its text under a field)."""
    msg = render(code, **params)
    announcer.announce(spoken_text(msg), priority, visible=_with_earcon(announcer, code, visible_text(msg)))
    return msg


class ErrorField(Protocol):
    """A field with an error line under it (`widgets.fields.LabelledField`)."""

    @property
    def field(self) -> QWidget: ...

    def set_error(self, error: str) -> None: ...


def say_at_field(announcer: Announcer, field: ErrorField, code: str, **params: object) -> Message:
    """The one way to report an error in a field: show catalogue entry `code` under it, put focus on it,
    *then* say it (now: it is an error).

    The order is what makes it heard once. Announced first, the message went to the screen reader, and
    the focus move that followed made the reader (and self-voicing, queued behind the error) read the
    field with the same error as its description: twice. With focus already on the field the
    announcer sees that the reader reads the error with the focus move and does not send it again
    (`a11y.announcer.focus_already_says`); the voice's focus speech is cut by this NOW message.
    Returns the rendered message."""
    field.set_error(visible_text(render(code, **params)))
    field.field.setFocus(Qt.FocusReason.OtherFocusReason)
    return say(announcer, code, Priority.NOW, **params)


def _with_earcon(announcer: Announcer, code: str, visible: str) -> str:
    """Sound the message's earcon when earcons are on, and put its mark (✓ ⚠ ✗) before the text:
    a sound never carries information alone."""
    kind = kind_for(code)
    earcons = announcer.speech.earcons if announcer.speech is not None else None
    if kind is None or earcons is None or not earcons.enabled:
        return visible
    return f"{earcons.play(kind)} {visible}"
