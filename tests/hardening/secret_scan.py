"""Where secrets could leak, and a scan for them: text, files (as UTF-8 and UTF-16 bytes), the
accessibility tree of a window."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True, slots=True)
class Leak:
    secret_kind: str
    place: str


class Secrets:
    """The secrets of one journey, by kind (a token, a password, a code, an account number)."""

    def __init__(self) -> None:
        self.by_kind: dict[str, set[str]] = {}

    def add(self, kind: str, value: str | None) -> None:
        if value and len(value) >= 4:  # shorter values would match by chance, and are no secret
            self.by_kind.setdefault(kind, set()).add(value)

    def __iter__(self) -> Iterator[tuple[str, str]]:
        for kind, values in self.by_kind.items():
            for value in values:
                yield kind, value

    def in_text(self, text: str, place: str) -> list[Leak]:
        return [Leak(kind, place) for kind, value in self if value in text]

    def in_file(self, path: Path) -> list[Leak]:
        data = path.read_bytes()
        return [
            Leak(kind, str(path))
            for kind, value in self
            if any(value.encode(codec) in data for codec in ("utf-8", "utf-16-le", "utf-16-be"))
        ]


def files_under(*roots: Path) -> list[Path]:
    return [path for root in roots if root.exists() for path in root.rglob("*") if path.is_file()]


_TEXTS = (QAccessible.Text.Name, QAccessible.Text.Description, QAccessible.Text.Value, QAccessible.Text.Help)


def accessible_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every name, description, value and help text in the widget's accessible tree."""
    root = QAccessible.queryAccessibleInterface(widget)
    if root is not None:
        yield from _walk(root, widget.objectName() or type(widget).__name__, depth=0)


def _walk(node: QAccessibleInterface, where: str, depth: int) -> Iterator[tuple[str, str]]:
    if not node.isValid() or depth > 60:
        return
    for kind in _TEXTS:
        text = node.text(kind)
        if text:
            yield f"{where} ({kind.name})", text
    for index in range(node.childCount()):
        child = node.child(index)
        if child is not None:
            yield from _walk(child, f"{where}/{child.role().name}[{index}]", depth + 1)


def leaks_in_texts(secrets: Secrets, texts: Iterable[tuple[str, str]]) -> list[Leak]:
    return [leak for where, text in texts for leak in secrets.in_text(text, where)]
