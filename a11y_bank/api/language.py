"""The language the bank is asked to write its own text in: ``Accept-Language`` on every request.

Product names, product sheets, questionnaire questions and card names come from the bank, so the bank
localises them (it answers with ``Content-Language``). The app's language changes at run time, on the GUI
thread, while requests go out on worker threads: `BankLanguage` is the one value both share (a plain
attribute swap, atomic in Python), read when each request is built.
"""

from __future__ import annotations

__all__ = ["APP_LANGUAGE", "BankLanguage", "wire_tag"]

_WIRE_TAGS = {"en": "en", "zh_CN": "zh-CN"}


def wire_tag(app_language: str) -> str:
    """The BCP 47 tag the bank understands for one of the app's language codes (``zh_CN`` -> ``zh-CN``);
    English for anything else, the language the bank always has."""
    return _WIRE_TAGS.get(app_language, "en")


class BankLanguage:
    """What ``Accept-Language`` says; `set()` from any thread, read per request."""

    def __init__(self, app_language: str = "en") -> None:
        self._tag = wire_tag(app_language)

    def set(self, app_language: str) -> None:
        self._tag = wire_tag(app_language)

    @property
    def tag(self) -> str:
        return self._tag

    def __repr__(self) -> str:
        return f"BankLanguage({self._tag!r})"


APP_LANGUAGE = BankLanguage()
"""The running app's: `app.build_context` makes it follow every language switch; clients use it unless
their `ApiConfig` names another (tests)."""
