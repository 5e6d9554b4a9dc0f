"""Text size 100-400 %: every screen re-audited at 150, 200 and 400 % (test_audit_all covers 100 and
300 %), live through the theme with reflow: no clipped text, no overlap, no sideways scrolling.
The audit counts are recorded like test_audit_all's."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from a11y_bank.ui.screens import SECTIONS
from a11y_bank.ui.theme import FOCUS_WIDTH_PX, MAX_PERCENT, MIN_PERCENT
from tests.gui import test_audit_all
from tests.gui.audit import audit_at_text_size, describe, tab_focusable, visible_widgets

audit_window = test_audit_all.audit_window  # the same fixture: bankless screens offline, others signed in

EXTRA_SIZES = [150, 200, 400]
#: Known failures in screens still being finished by their owners (not strict: passes once fixed).
# (enrol, 400) was listed here until it passed 5 runs in a row: none are known now.
KNOWN: dict[tuple[str, int], str] = {}


def _cases() -> list[Any]:
    cases = []
    for section in SECTIONS:
        for percent in EXTRA_SIZES:
            reason = KNOWN.get((section.key, percent))
            marks = [pytest.mark.xfail(reason=reason, strict=False)] if reason else []
            cases.append(pytest.param(section.key, percent, marks=marks, id=f"{section.key}-{percent}"))
    return cases


@pytest.mark.parametrize(("key", "percent"), _cases())
def test_screen_reflows_at_text_size(
    qtbot: QtBot, audit_window: Any, key: str, percent: int, theme: Any, record_property: Any
) -> None:
    screen = test_audit_all._open(qtbot, audit_window, key)
    report = audit_at_text_size(qtbot, audit_window, screen, theme, percent)
    record_property("widgets_audited", report.widgets_audited)
    print(f"{key} @ {percent} %: {report.widgets_audited} widgets, {report.focusable} focusable")
    assert report.focusable > 0
    report.assert_ok()
    assert focus_ring_over_text(screen) == []


def focus_ring_over_text(root: QWidget) -> list[str]:
    """Focusable labels whose text reaches into the band the focus ring is drawn in.

    The ring (theme.py) is painted over the inside edge of the focused widget. A label whose text is laid out
    to its very edge fits its size hint, so the size check above passes, yet with focus the ring covers the
    tops and ends of its letters: clipped text as the customer sees it (the Wealth risk line at 100 %).
    """
    problems = []
    for widget in visible_widgets(root):
        if not isinstance(widget, QLabel) or not widget.text() or not tab_focusable(widget):
            continue
        inset = widget.margin()
        text_area = widget.contentsRect().adjusted(inset, inset, -inset, -inset)
        clear = widget.rect().adjusted(FOCUS_WIDTH_PX, FOCUS_WIDTH_PX, -FOCUS_WIDTH_PX, -FOCUS_WIDTH_PX)
        if not clear.contains(text_area):
            problems.append(f"{describe(widget)}: the {FOCUS_WIDTH_PX} px focus ring is drawn over its text")
    return problems


def test_text_size_is_one_live_factor_clamped_to_100_400(theme: Any) -> None:
    base = QApplication.font().pointSizeF()
    try:
        assert theme.set_text_percent(200) == 200
        assert QApplication.font().pointSizeF() == pytest.approx(base * 2)
        assert theme.set_text_percent(1000) == MAX_PERCENT
        assert theme.set_text_percent(10) == MIN_PERCENT
        assert theme.bigger() == 125
        assert theme.smaller() == 100
    finally:
        theme.set_text_percent(100)
