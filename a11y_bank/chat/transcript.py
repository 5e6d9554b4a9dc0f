"""The conversation as a transcript the customer keeps: plain text and a small accessible HTML page."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import datetime

from a11y_bank.chat.timeline import TimelineMessage

__all__ = ["to_html", "to_text"]

Namer = Callable[[TimelineMessage], str]
"""Who said it, in the customer's words ("You", "Support assistant")."""
Stamper = Callable[[datetime], str]
Liner = Callable[[TimelineMessage], str]
"""The message text as shown (a rating becomes "Rated 8 out of 10: ...")."""


def to_text(
    messages: Sequence[TimelineMessage], title: str, *, name: Namer, stamp: Stamper, text: Liner
) -> str:
    """One block per message: "sender, time" then the text, indented; blank lines between."""
    lines = [title, "=" * len(title), ""]
    for message in messages:
        lines.append(f"{name(message)}, {stamp(message.timestamp)}")
        lines.extend("    " + line for line in text(message).splitlines() or [""])
        lines.append("")
    return "\n".join(lines)


def to_html(
    messages: Sequence[TimelineMessage],
    title: str,
    *,
    name: Namer,
    stamp: Stamper,
    text: Liner,
    lang: str = "en",
) -> str:
    """A standalone page: a heading and an ordered list, one item per message (screen-reader friendly)."""
    items = []
    for message in messages:
        body = "<br>".join(html.escape(line) for line in text(message).splitlines())
        items.append(
            f"<li><p><strong>{html.escape(name(message))}</strong>, "
            f'<time datetime="{message.timestamp.isoformat()}">'
            f"{html.escape(stamp(message.timestamp))}</time></p>"
            f"<p>{body}</p></li>"
        )
    safe_title = html.escape(title)
    return (
        f'<!DOCTYPE html>\n<html lang="{html.escape(lang)}">\n<head><meta charset="utf-8">'
        f"<title>{safe_title}</title></head>\n<body>\n<h1>{safe_title}</h1>\n<ol>\n"
        + "\n".join(items)
        + "\n</ol>\n</body>\n</html>\n"
    )
