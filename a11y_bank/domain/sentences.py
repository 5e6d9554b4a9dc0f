"""Joining sentences the way each language writes them.

English puts a space between sentences; Chinese does not: its full-width stop "。" and comma "，"
already carry their own space, so "已转账。 余额……" shows a gap and some voices pause twice. The
rule follows the text itself (what the previous sentence ends with), so a Chinese sentence with an
English account name inside, or an English one quoting a Chinese payee, still joins correctly.
"""

from __future__ import annotations

__all__ = ["end_sentence", "is_closed_up", "join_phrases", "join_sentences"]

# Full-width punctuation and CJK ideographs: after these, Chinese text continues with no space.
_CLOSED_UP_RANGES = (
    (0x3000, 0x303F),  # CJK symbols and punctuation: 。、「」
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0xFF00, 0xFFEF),  # full-width forms: ，！？：；（）
)
_ENDINGS = (".", "!", "?", "。", "！", "？", "…")


def is_closed_up(char: str) -> bool:
    """True for a Chinese character or full-width mark: no space follows it in running text."""
    code = ord(char)
    return any(low <= code <= high for low, high in _CLOSED_UP_RANGES)


def join_sentences(*parts: str) -> str:
    """The non-empty parts as one text: "Sent. Balance 3." but "已转账。余额三元。"."""
    text = ""
    for part in (p.strip() for p in parts):
        if not part:
            continue
        if text and not is_closed_up(text[-1]):
            text += " "
        text += part
    return text


def join_phrases(*parts: str) -> str:
    """Phrases of one sentence: "Amount, edit field" but "金额，编辑框". The full-width comma goes
    between phrases of which either is Chinese ("收款人：Alice Chen，账户尾号：6789")."""
    text = ""
    previous = ""
    for part in (p.strip() for p in parts):
        if not part:
            continue
        if text:
            text += "，" if _has_chinese(previous) or _has_chinese(part) else ", "
        text += part
        previous = part
    return text


def _has_chinese(text: str) -> bool:
    return any(is_closed_up(char) for char in text)


def end_sentence(text: str) -> str:
    """`text` with a full stop unless it has one: "." after English, "。" after Chinese."""
    text = text.rstrip()
    if not text or text.endswith(_ENDINGS):
        return text
    return text + ("。" if is_closed_up(text[-1]) else ".")
