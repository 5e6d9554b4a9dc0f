"""What a failed bank call should say: the catalogue message and its placeholders, in one place.

Errors from the bank facade (`BankApiError`) and from the credential store carry a `message_code`;
anything else, or a code the catalogue does not know, says "error.unexpected" rather than crash
while reporting a crash. Some messages need values from the error ("wait {seconds} seconds").
"""

from __future__ import annotations

import math

from a11y_bank.a11y.announcer import Announcer
from a11y_bank.a11y.priority import Priority
from a11y_bank.api.errors import RateLimited
from a11y_bank.domain.messages import CATALOGUE, Message
from a11y_bank.ui.messages import say

__all__ = ["DEFAULT_RETRY_SECONDS", "UNEXPECTED", "message_code_for", "message_params_for", "say_error"]

UNEXPECTED = "error.unexpected"
DEFAULT_RETRY_SECONDS = 60
"""What "try again in {seconds} seconds" says when the bank asked us to slow down without saying how long."""


def message_code_for(error: BaseException) -> str:
    """The catalogue code of `error`'s sentence."""
    code = getattr(error, "message_code", None)
    if isinstance(code, str) and code in CATALOGUE:
        return code
    return UNEXPECTED


def message_params_for(error: BaseException) -> dict[str, object]:
    """The placeholder values the error's message needs (none for most)."""
    if isinstance(error, RateLimited):
        wait = error.retry_after
        return {"seconds": DEFAULT_RETRY_SECONDS if wait is None else max(1, math.ceil(wait))}
    return {}


def say_error(announcer: Announcer, error: BaseException, code: str | None = None) -> Message:
    """Announce `error` now (interrupting) and return the rendered message to show on screen."""
    return say(announcer, code or message_code_for(error), Priority.NOW, **message_params_for(error))
