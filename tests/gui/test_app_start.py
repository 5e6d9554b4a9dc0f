"""app.run_app's start order: the window paints first, then the bank and the screens warm up."""

from __future__ import annotations

import sys
import threading
from contextlib import ExitStack
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow
from pytestqt.qtbot import QtBot

from a11y_bank.app import AfterFirstPaint, warm_up
from a11y_bank.cli import DeferredBank
from a11y_bank.ui.screens import SECTIONS


def test_the_callback_runs_once_after_the_window_first_paints(qtbot: QtBot) -> None:
    window = QMainWindow()
    window.setCentralWidget(QLineEdit(window))
    qtbot.add_widget(window)
    calls: list[bool] = []
    AfterFirstPaint(window, lambda: calls.append(window.isVisible()))
    qtbot.wait(20)
    assert calls == []  # nothing before the window is shown
    window.show()
    qtbot.waitUntil(lambda: calls == [True])
    window.update()
    qtbot.wait(50)
    assert calls == [True]  # once: later paints do not start it again


def test_only_the_window_s_own_events_reach_the_watcher(qtbot: QtBot) -> None:
    # An application-wide Python filter is called for every event of every object (~300 before the
    # first paint) and makes PySide6 create all Qt classes' Python types at its first internal object.
    window = QMainWindow()
    window.setCentralWidget(QLineEdit(window))
    qtbot.add_widget(window)
    seen: list[QObject] = []

    class Counting(AfterFirstPaint):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            seen.append(watched)
            return super().eventFilter(watched, event)

    calls: list[bool] = []
    Counting(window, lambda: calls.append(True))
    window.show()
    qtbot.waitUntil(lambda: calls == [True])
    assert seen
    assert all(watched is window for watched in seen)


def test_the_callback_can_wait_a_while_after_the_first_paint(qtbot: QtBot) -> None:
    window = QMainWindow()
    window.setCentralWidget(QLineEdit(window))
    qtbot.add_widget(window)
    calls: list[bool] = []
    AfterFirstPaint(window, lambda: calls.append(True), delay_ms=1000)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)
    assert calls == []  # painted, but the work waits: the first frame's pass stays free
    qtbot.waitUntil(lambda: calls == [True], timeout=5000)


def test_warm_up_builds_the_bank_then_imports_every_screen(qtbot: QtBot) -> None:
    built = threading.Event()

    class Bank:
        def close(self) -> None:
            return None

    def build(_resources: ExitStack) -> Any:
        built.set()
        return Bank()

    bank = DeferredBank(build)
    started: list[threading.Thread] = []
    warm_up(bank, started)
    [thread] = started
    thread.join(60)
    assert not thread.is_alive()
    assert built.is_set()
    modules = {f"a11y_bank.ui.screens.{s.target.partition(':')[0]}" for s in SECTIONS}
    assert modules <= set(sys.modules)
    bank.close()


# What the sign-in window's start must not import (docs/performance.md, cold start): the bank's
# client and the demo bank are built on a thread after the first paint, the rest on first use.
NOT_AT_START = (
    "httpx",
    "uvicorn",
    "starlette",
    "babel",
    "keyring",
    "schwifty",
    "a11y_bank.api.bank",
    "a11y_bank.api.models",
    "a11y_bank.ui.screens.quickmenu",
    "a11y_bank.a11y.line_spacing",  # its text classes' Python types: made when a spacing is first set
)
IMPORTS_AT_START = """
import sys
import a11y_bank.app, a11y_bank.cli, a11y_bank.ui.mainwindow, a11y_bank.ui.screens.signin
import a11y_bank.a11y.profile, a11y_bank.settings, a11y_bank.ui.messages
print(",".join(name for name in sys.argv[1:] if name in sys.modules))
"""


def test_the_start_path_imports_no_bank_client_nor_demo_bank() -> None:
    import subprocess

    done = subprocess.run(
        [sys.executable, "-c", IMPORTS_AT_START, *NOT_AT_START],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert done.stdout.strip() == "", f"imported at start (make it lazy): {done.stdout.strip()}"


# Runs in its own interpreter: the replacement is process-wide, and the test needs modules that
# are imported for the first time after it.
SOURCE_SCAN_PROBE = """
import inspect, sys, pathlib, importlib
from a11y_bank.cli import skip_pyside_source_scan

assert skip_pyside_source_scan()

def no_source_reads(obj):
    raise AssertionError(f"source read: {obj!r}")

inspect.getsource = no_source_reads
folder = pathlib.Path(sys.argv[1])
(folder / "probe_uses_qt.py").write_text("from PySide6.QtCore import QObject\\n")
(folder / "probe_plain.py").write_text("import json\\nVALUE = json.dumps(1)\\n")
sys.path.insert(0, str(folder))
import probe_uses_qt, probe_plain
feature = sys.modules["shibokensupport.feature"]
print(feature.pyside_feature_dict["probe_uses_qt"], feature.pyside_feature_dict["probe_plain"])
"""


def test_pyside_sorts_new_modules_without_reading_their_source(tmp_path: Any) -> None:
    import subprocess

    done = subprocess.run(
        [sys.executable, "-c", SOURCE_SCAN_PROBE, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    # 0: uses PySide ("no feature" selected), -1: ignored by PySide's feature switching: as before.
    assert done.stdout.split() == ["0", "-1"]


def test_the_identity_can_leave_the_icon_for_after_the_first_paint(qapp: QApplication) -> None:
    from PySide6.QtGui import QIcon

    from a11y_bank.app import APP_NAME, DESKTOP_FILE_NAME, app_icon, apply_identity

    before = (
        qapp.applicationName(),
        qapp.applicationDisplayName(),
        qapp.desktopFileName(),
        qapp.windowIcon(),
    )
    try:
        qapp.setWindowIcon(QIcon())
        apply_identity(qapp, icon=False)
        assert (qapp.applicationDisplayName(), qapp.desktopFileName()) == (APP_NAME, DESKTOP_FILE_NAME)
        assert qapp.windowIcon().isNull()
        window = QMainWindow()
        window.show()
        qapp.setWindowIcon(app_icon())  # as run_app does after the first paint: open windows get it
        assert not window.windowIcon().isNull()
        window.close()
    finally:
        name, display, desktop, icon = before
        qapp.setApplicationName(name)
        qapp.setApplicationDisplayName(display)
        qapp.setDesktopFileName(desktop)
        qapp.setWindowIcon(icon)


def test_the_theme_s_default_line_spacing_is_line_spacing_s_minimum(qapp: QApplication) -> None:
    from a11y_bank.a11y import line_spacing
    from a11y_bank.ui.theme import DEFAULT_LINE_SPACING, Theme

    assert DEFAULT_LINE_SPACING == line_spacing.MIN_PERCENT
    theme = Theme(qapp, low_vision_font=False)
    assert theme.set_line_spacing(50) == theme.line_spacing_percent == DEFAULT_LINE_SPACING
    assert theme.set_line_spacing(150) == theme.line_spacing_percent == 150
    assert theme.set_line_spacing(100) == theme.line_spacing_percent == 100
