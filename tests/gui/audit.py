"""Reusable accessibility checks for one screen (or any widget tree) inside the main window.

Screen tests call:

    from tests.gui.audit import audit_screen, audit_at_text_size
    report = audit_screen(qtbot, window, screen)          # names, roles, sizes, tab order, no trap
    report.assert_ok()
    report = audit_at_text_size(qtbot, window, screen, theme, 300)   # + no clipping, no h-scroll
    report.assert_ok()

Nothing audio-only (issue 5): `AnnouncementRecorder` watches what the announcer says and what the
status line shows while a screen is driven; `check_announcements_visible` then reports every message that
was said but never shown. `check_no_audio_only_paths` reads the app's source for sound or speech that
bypasses the announcer, and `check_earcons_have_visual_marks` that every earcon has its visible mark.

Every check returns readable problems ("QPushButton 'Send' is 20×20 px, below 24×24") instead of
failing at the first, so one run shows everything wrong with a screen.
"""

from __future__ import annotations

import ast
import contextlib
import itertools
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from types import MethodType

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableView,
    QTextEdit,
    QToolButton,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from a11y_bank.a11y import earcons
from a11y_bank.a11y.announcer import Announcer, Notice, focus_already_says

MIN_TARGET_PX = 24
Role = QAccessible.Role

# Which accessible roles fit which widget class (first match in this order wins).
FITTING_ROLES: tuple[tuple[type[QWidget], frozenset[QAccessible.Role]], ...] = (
    (QCheckBox, frozenset({Role.CheckBox})),
    (QRadioButton, frozenset({Role.RadioButton})),
    (QPushButton, frozenset({Role.PushButton, Role.ButtonMenu, Role.Link})),
    (QToolButton, frozenset({Role.PushButton, Role.ButtonMenu, Role.ButtonDropDown, Role.CheckBox})),
    (QAbstractButton, frozenset({Role.PushButton, Role.CheckBox, Role.RadioButton, Role.Link})),
    (QComboBox, frozenset({Role.ComboBox})),
    (QAbstractSpinBox, frozenset({Role.SpinBox, Role.EditableText})),
    (QLineEdit, frozenset({Role.EditableText})),
    (QTextEdit, frozenset({Role.EditableText, Role.StaticText})),
    (QPlainTextEdit, frozenset({Role.EditableText, Role.StaticText})),
    (QTableView, frozenset({Role.Table})),
    (QTreeView, frozenset({Role.Tree, Role.Table})),
    (QListView, frozenset({Role.List, Role.Table})),
    (QAbstractItemView, frozenset({Role.List, Role.Table, Role.Tree})),
    (QAbstractSlider, frozenset({Role.Slider, Role.ScrollBar, Role.Dial})),
    (QLabel, frozenset({Role.StaticText, Role.Notification, Role.Link})),
)
NEVER_FITTING = frozenset({Role.NoRole, Role.Client, Role.Pane, Role.Grouping, Role.Window})


@dataclass
class AuditReport:
    """What one audit found: how many widgets it looked at, and the problems."""

    widgets_audited: int = 0
    focusable: int = 0
    problems: list[str] = field(default_factory=list)

    def extend(self, other: AuditReport) -> AuditReport:
        self.widgets_audited = max(self.widgets_audited, other.widgets_audited)
        self.focusable = max(self.focusable, other.focusable)
        self.problems.extend(other.problems)
        return self

    def assert_ok(self) -> None:
        assert not self.problems, "accessibility audit failed:\n  " + "\n  ".join(self.problems)


# -- helpers ----------------------------------------------------------------------------------------


def describe(widget: QWidget) -> str:
    name = accessible_name(widget) or (widget.text() if isinstance(widget, QAbstractButton | QLabel) else "")
    return f"{type(widget).__name__} {name[:40]!r}" + (
        f" ({widget.objectName()})" if widget.objectName() else ""
    )


def accessible_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None and iface.isValid() else ""


def accessible_role(widget: QWidget) -> QAccessible.Role | None:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.role() if iface is not None and iface.isValid() else None


def tab_focusable(widget: QWidget) -> bool:
    return (
        widget.isVisible()
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.focusProxy() is None
    )


def visible_widgets(root: QWidget) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget) if w.isVisible()]


def focusable_in(root: QWidget) -> list[QWidget]:
    """Tab-focusable widgets under `root`, in focus-chain order (what Tab visits).

    A window that orders Tab itself (the main window's `tab_chain`: section list, screen, bottom bar)
    is asked for its order; Qt's raw chain follows creation order, which that window overrides.
    """
    start = root.window()
    ordered = getattr(start, "tab_chain", None)
    if callable(ordered):
        return [w for w in ordered() if tab_focusable(w) and (w is root or root.isAncestorOf(w))]
    result: list[QWidget] = []
    widget = start.nextInFocusChain()
    seen: set[int] = set()
    while widget is not None and id(widget) not in seen and widget is not start:
        seen.add(id(widget))
        if tab_focusable(widget) and (widget is root or root.isAncestorOf(widget)):
            result.append(widget)
        widget = widget.nextInFocusChain()
    return result


def rect_in(widget: QWidget, root: QWidget) -> QRect:
    top_left = widget.mapTo(root.window(), QPoint(0, 0))
    return QRect(top_left, widget.size())


def _interactive(widget: QWidget) -> bool:
    return isinstance(
        widget,
        QAbstractButton | QLineEdit | QComboBox | QAbstractSpinBox | QAbstractSlider | QAbstractItemView,
    )


def _inside_item_view(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


# -- checks -----------------------------------------------------------------------------------------


def check_names_and_roles(root: QWidget) -> AuditReport:
    """Every focusable widget has an accessible name and a role that fits what it is."""
    report = AuditReport()
    for widget in focusable_in(root):
        report.focusable += 1
        if not accessible_name(widget):
            report.problems.append(f"{describe(widget)} has no accessible name")
        role = accessible_role(widget)
        expected = next((roles for cls, roles in FITTING_ROLES if isinstance(widget, cls)), None)
        if role is None:
            report.problems.append(f"{describe(widget)} has no accessible interface")
        elif expected is not None and role not in expected:
            report.problems.append(f"{describe(widget)} has role {role.name}, expected one of "
                                   f"{sorted(r.name for r in expected)}")  # fmt: skip
        elif expected is None and role in NEVER_FITTING:
            report.problems.append(f"{describe(widget)} is focusable but has the generic role {role.name}")
    report.widgets_audited = len(visible_widgets(root))
    return report


def check_min_size(root: QWidget, min_px: int = MIN_TARGET_PX) -> AuditReport:
    """No interactive control is smaller than min_px × min_px (WCAG 2.5.8)."""
    report = AuditReport()
    for widget in visible_widgets(root):
        if not _interactive(widget) or _inside_item_view(widget) or isinstance(widget, QAbstractSlider):
            continue  # scroll bars of views are sized by the style; item views are large anyway
        if widget.width() < min_px or widget.height() < min_px:
            report.problems.append(
                f"{describe(widget)} is {widget.width()}×{widget.height()} px, below {min_px}×{min_px}"
            )
    return report


def tab_walk(qtbot: QtBot, start: QWidget, key: Qt.Key, limit: int) -> list[QWidget]:
    """Press `key` from `start` up to `limit` times with real key events; the widgets focused in turn
    (stops when focus comes back to `start`)."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start, timeout=1000)
    walked: list[QWidget] = []
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget() or start.window(), key)
        now = QApplication.focusWidget()
        if now is None or now is start:
            break
        walked.append(now)
    return walked


def check_reading_order(qtbot: QtBot, root: QWidget) -> AuditReport:
    """Tab goes top-to-bottom, and left-to-right within a row (geometry in window coordinates)."""
    report = AuditReport()
    chain = focusable_in(root)
    if not chain:
        return report
    walked = tab_walk(qtbot, chain[0], Qt.Key.Key_Tab, len(focusable_in(root.window())) + 2)
    inside = [chain[0], *(w for w in walked if w is root or root.isAncestorOf(w))]
    for before, after in itertools.pairwise(inside):
        a, b = rect_in(before, root), rect_in(after, root)
        same_row = b.top() < a.bottom() - min(a.height(), b.height()) // 2 and a.top() < b.bottom()
        if same_row:
            if b.left() < a.left():
                report.problems.append(f"Tab goes right-to-left from {describe(before)} to {describe(after)}")
        elif b.top() < a.top() and b.left() < a.right():  # up is fine only into a new column
            report.problems.append(f"Tab goes up from {describe(before)} to {describe(after)}")
    return report


def check_no_focus_trap(qtbot: QtBot, root: QWidget) -> AuditReport:
    """Tab from the first control visits every control of `root`, leaves it, and comes back.

    Real key events to the focused widget, as a keyboard user would press them; Shift+Tab likewise.
    """
    report = AuditReport()
    chain = focusable_in(root)
    if not chain:
        return report
    total = len(focusable_in(root.window()))
    for key, label in ((Qt.Key.Key_Tab, "Tab"), (Qt.Key.Key_Backtab, "Shift+Tab")):
        walked = tab_walk(qtbot, chain[0], key, total + 2)
        back_home = QApplication.focusWidget() is chain[0]
        left_root = any(w is not root and not root.isAncestorOf(w) for w in walked)
        if not left_root and total > len(chain):
            report.problems.append(f"{label} never leaves the screen (focus trap)")
        if not back_home:
            report.problems.append(f"{label} does not cycle back to {describe(chain[0])}")
        missed = [w for w in chain[1:] if w not in walked]
        if missed:
            report.problems.append(f"{label} never reaches " + ", ".join(describe(w) for w in missed))
    return report


def check_no_clipping(root: QWidget) -> AuditReport:
    """Every visible label and button is at least as large as the text needs (no clipped text)."""
    report = AuditReport()
    for widget in visible_widgets(root):
        if not isinstance(widget, QLabel | QAbstractButton) or _inside_item_view(widget):
            continue
        if isinstance(widget, QLabel) and not widget.text():
            continue
        hint = widget.sizeHint()
        if isinstance(widget, QLabel) and widget.wordWrap():
            needed_h = widget.heightForWidth(widget.width())
            if needed_h > widget.height() + 1:
                report.problems.append(
                    f"{describe(widget)} is clipped: needs {needed_h} px high, has {widget.height()}"
                )
            continue
        if hint.width() > widget.width() + 1 or hint.height() > widget.height() + 1:
            report.problems.append(
                f"{describe(widget)} is clipped: needs {hint.width()}×{hint.height()}, "
                f"has {widget.width()}×{widget.height()}"
            )
    return report


def check_no_horizontal_scrolling(root: QWidget) -> AuditReport:
    """No horizontal scroll bar on the screen itself or its scroll areas (tables may scroll)."""
    report = AuditReport()
    areas: Iterable[QAbstractScrollArea] = [
        a for a in root.findChildren(QAbstractScrollArea) if a.isVisible()
    ]
    enclosing = _enclosing_scroll_area(root)
    for area in [*areas, *([enclosing] if enclosing is not None else [])]:
        if isinstance(area, QTableView | QTreeView):
            continue
        bar = area.horizontalScrollBar()
        if bar.isVisible() and bar.maximum() > 0:
            report.problems.append(f"{describe(area)} scrolls horizontally by {bar.maximum()} px")
    return report


def _enclosing_scroll_area(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


# -- nothing audio-only ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Shown:
    """One showing of the status line: what it read out (`spoken`) and what it showed (`visible`)."""

    spoken: str
    visible: str


class AnnouncementRecorder:
    """Records every announcement and every text the status line shows, until `stop()`.

    An announcement counts as visible when the status line showed it (its spoken form is the message and
    its visible text is not empty), or when the focused control's own name already says it (the announcer
    then leaves the status line alone and the sighted user reads the control).
    """

    def __init__(self, announcer: Announcer) -> None:
        self.announcer = announcer
        self.notice: Notice = announcer.notice
        self.announced: list[str] = []
        self.said_by_focus: set[str] = set()
        self.shown: list[Shown] = []
        self._original = self.notice.set_message
        recorder = self

        def set_message(notice: Notice, visible: str, spoken: str) -> None:
            recorder.shown.append(Shown(" ".join(spoken.split()), " ".join(visible.split())))
            recorder._original(visible, spoken)

        self.notice.set_message = MethodType(set_message, self.notice)  # type: ignore[method-assign]
        announcer.announced.connect(self._record)

    def _record(self, text: str, _priority: object) -> None:
        self.announced.append(text)
        if focus_already_says(text):
            self.said_by_focus.add(text)

    def stop(self) -> None:
        self.announcer.announced.disconnect(self._record)
        if self.announcer.notice_alive():
            del self.notice.set_message  # back to the class's method


def check_announcements_visible(
    qtbot: QtBot, recorder: AnnouncementRecorder, wait_ms: int = 3000
) -> AuditReport:
    """Every announcement also appeared as text: on the visible status line, or as the focused control.

    Waits up to `wait_ms` for messages the announcer paces onto the status line one at a time.
    """
    report = AuditReport()

    def missing() -> list[str]:
        shown = {s.spoken for s in recorder.shown if s.visible}
        return [t for t in recorder.announced if t not in shown and t not in recorder.said_by_focus]

    with contextlib.suppress(qtbot.TimeoutError):
        qtbot.waitUntil(lambda: not missing(), timeout=wait_ms)
    for text in dict.fromkeys(missing()):
        report.problems.append(f"announced but never shown (audio only): {text[:80]!r}")
    notice = recorder.notice
    if recorder.announced and not (notice.parent() is not None and notice.isVisibleTo(notice.window())):
        report.problems.append("the status line is not visible in the window")
    report.widgets_audited = len(recorder.announced)
    return report


# Modules that may speak without the announcer, and why that is not audio-only.
SPEECH_OUTSIDE_ANNOUNCER = {
    "a11y/announcer.py": "the fan-out itself: it also updates the status line",
    "a11y/speech.py": "the speech service: only the announcer and self-voicing call it",
    "a11y/selfvoice.py": "says the focused control (visible, with its focus ring) and echoes typed keys",
}
SOUND_MODULES = {"a11y/earcons.py": "every earcon returns its VISUAL_MARK to show with the message"}
# Names whose use makes a sound or an announcement that no status line shows.
SOUND_NAMES = frozenset({"beep", "QSoundEffect", "QMediaPlayer", "QAudioOutput", "winsound", "playsound"})
ANNOUNCEMENT_EVENT = "QAccessibleAnnouncementEvent"


def _names_used(tree: ast.AST) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            names.add(node.id)
        elif isinstance(node, ast.Attribute):
            names.add(node.attr)
        elif isinstance(node, ast.alias):
            names.update(node.name.split("."))
    return names


def _speaks(tree: ast.AST) -> bool:
    return any(
        isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "speak"
        for node in ast.walk(tree)
    )


def check_no_audio_only_paths(package_root: Path) -> AuditReport:
    """No module outside the allowed ones speaks, posts a screen-reader announcement or plays a sound:
    everything else must go through the announcer, which shows each message on the status line."""
    report = AuditReport()
    for path in sorted(package_root.rglob("*.py")):
        module = path.relative_to(package_root).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        report.widgets_audited += 1
        names = _names_used(tree)
        if _speaks(tree) and module not in SPEECH_OUTSIDE_ANNOUNCER:
            report.problems.append(f"{module} speaks without the announcer (nothing is shown)")
        if ANNOUNCEMENT_EVENT in names and module != "a11y/announcer.py":
            report.problems.append(f"{module} posts a screen-reader announcement the status line never shows")
        sounds = sorted(names & SOUND_NAMES)
        if sounds and module not in SOUND_MODULES:
            report.problems.append(f"{module} plays sound outside the earcons ({', '.join(sounds)})")
    return report


def check_earcons_have_visual_marks(cache_dir: Path) -> AuditReport:
    """Every earcon kind has a visible, distinct mark, and playing one (on or off) returns it."""
    report = AuditReport()
    played: list[Path] = []
    loud = earcons.Earcons(enabled=True, cache_dir=cache_dir, player=played.append)
    quiet = earcons.Earcons(enabled=False, cache_dir=cache_dir, player=played.append)
    marks = [earcons.VISUAL_MARK.get(kind, "") for kind in earcons.NOTES]
    for kind, mark in zip(earcons.NOTES, marks, strict=True):
        report.widgets_audited += 1
        if not mark.strip():
            report.problems.append(f"earcon {kind!r} has no visual mark")
            continue
        if loud.play(kind) != mark or quiet.play(kind) != mark:
            report.problems.append(f"playing earcon {kind!r} does not return its mark {mark!r}")
    if len(set(marks)) != len(marks):
        report.problems.append(f"earcons share a visual mark: {marks}")
    if len(played) != len(earcons.NOTES):
        report.problems.append(f"{len(played)} sounds played for {len(earcons.NOTES)} enabled earcons")
    unknown = set(earcons.KINDS) ^ set(earcons.NOTES)
    if unknown:
        report.problems.append(f"earcon kinds and sounds differ: {sorted(unknown)}")
    return report


# -- whole audits -----------------------------------------------------------------------------------


def settle(qtbot: QtBot) -> None:
    """Let layouts and deferred resizes finish."""
    for _ in range(3):
        QApplication.processEvents()
        qtbot.wait(5)


def audit_screen(qtbot: QtBot, window: QWidget, root: QWidget) -> AuditReport:
    """Names and roles, target sizes, reading order and no focus trap for `root` inside `window`."""
    settle(qtbot)
    report = check_names_and_roles(root)
    report.extend(check_min_size(root))
    report.extend(check_reading_order(qtbot, root))
    report.extend(check_no_focus_trap(qtbot, root))
    return report


def audit_at_text_size(
    qtbot: QtBot, window: QWidget, root: QWidget, theme: object, percent: int
) -> AuditReport:
    """Set the text size (e.g. 300 %), then audit and check clipping and horizontal scrolling."""
    theme.set_text_percent(percent)  # type: ignore[attr-defined]
    settle(qtbot)
    report = audit_screen(qtbot, window, root)
    report.extend(check_no_clipping(root))
    report.extend(check_no_horizontal_scrolling(root))
    return report
