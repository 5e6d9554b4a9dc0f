"""The languages the demo bank writes its own text in, and the choice of one from ``Accept-Language``.

A real bank localises on the server: the client says which language it wants (``Accept-Language``), the
bank answers in the closest one it has and says which (``Content-Language``). Only the bank's own words
change: ids, codes, amounts, prices and dates never do, and neither does what merchants or other
customers wrote (merchant names, payment references), which the bank passes on as it received it.
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["EN", "LANGUAGES", "ZH_CN", "Text", "negotiate", "written_in"]

EN = "en"
ZH_CN = "zh-CN"
LANGUAGES = (EN, ZH_CN)
"""What the bank serves; the first is the fallback for any other or no ``Accept-Language``."""

_MAX_HEADER = 200  # as in the spec; a longer header is ignored rather than parsed


class Text(NamedTuple):
    """One piece of the bank's text in each language it serves."""

    en: str
    zh_cn: str

    def in_(self, language: str) -> str:
        return self.zh_cn if language == ZH_CN else self.en


def _served(tag: str) -> str | None:
    """The served language a language tag (RFC 5646, any case) asks for, None if none.

    Every Chinese tag gets Simplified Chinese: it is the only Chinese the bank writes, and a customer
    asking for ``zh-TW`` reads it better than English."""
    primary = tag.strip().lower().split("-")[0]
    return {"en": EN, "zh": ZH_CN, "*": EN}.get(primary)


def _quality(parameters: list[str]) -> float:
    for parameter in parameters:
        name, _, value = parameter.strip().partition("=")
        if name.strip().lower() == "q":
            try:
                return max(0.0, min(1.0, float(value)))
            except ValueError:
                return 0.0
    return 1.0


def negotiate(header: str | None) -> str:
    """The served language that best matches an ``Accept-Language`` value (RFC 9110 §12.5.4): the
    highest quality wins, the earlier one on a tie; ``q=0`` refuses a language; nothing usable -> en."""
    if not header or len(header) > _MAX_HEADER:
        return EN
    best, best_quality = EN, 0.0
    for item in header.split(","):
        tag, *parameters = item.split(";")
        served = _served(tag)
        quality = _quality(parameters)
        if served is not None and quality > best_quality:
            best, best_quality = served, quality
    return best


def written_in(text: str) -> str:
    """The served language a customer wrote `text` in: Chinese if it holds any Chinese character, else
    English (what the support chat answers in; a chat message carries no Accept-Language)."""
    return ZH_CN if any("\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf" for char in text) else EN
