"""Announcement priorities, modelled on NVDA's speech priorities."""

from enum import IntEnum


class Priority(IntEnum):
    """How urgently a message must reach the user.

    NORMAL: queued behind what is being said (progress, confirmations).
    NEXT: spoken as soon as the current utterance ends, before queued NORMAL speech.
    NOW: interrupts whatever is being said (errors, expired codes, warnings before money moves);
        interrupted NORMAL/NEXT speech is then dropped, never replayed out of context.
    """

    NORMAL = 0
    NEXT = 1
    NOW = 2
