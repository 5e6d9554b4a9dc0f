"""Say a catalogue message: translated, shown (text + action) and spoken (spoken + action)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

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


def _with_earcon(announcer: Announcer, code: str, visible: str) -> str:
    """Sound the message's earcon when earcons are on, and put its mark (✓ ⚠ ✗) before the text:
    a sound never carries information alone."""
    kind = kind_for(code)
    earcons = announcer.speech.earcons if announcer.speech is not None else None
    if kind is None or earcons is None or not earcons.enabled:
        return visible
    return f"{earcons.play(kind)} {visible}"
