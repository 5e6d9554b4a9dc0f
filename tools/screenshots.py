"""Render every screen at 100, 200 and 300 % text size to docs/screenshots/ (offscreen, no display).

    .venv/bin/python tools/screenshots.py [--out docs/screenshots] [--sizes 100 200 300]

Starts a throw-away demo bank, signs in as liwei, opens each section and saves
`<section>-<percent>.png` (8-bit palette PNGs, a few dozen KB each: they are documentation, not data).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import Qt  # noqa: TID251 - a Qt tool
from PySide6.QtGui import QImage  # noqa: TID251 - a Qt tool
from PySide6.QtWidgets import QApplication  # noqa: TID251 - a Qt tool

from a11y_bank.a11y.speech import SpeechService
from a11y_bank.app import build_context
from a11y_bank.cli import DEMO_PASSWORD, DEMO_USER, make_bank
from a11y_bank.sandbox.server import start_in_thread
from a11y_bank.settings import Settings
from a11y_bank.ui.mainwindow import MainWindow
from a11y_bank.ui.screens import SECTIONS
from a11y_bank.ui.theme import Theme

WINDOW_SIZE = (1024, 768)
ROOT = Path(__file__).resolve().parents[1]


def pump(app: QApplication, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)


def wait_idle(app: QApplication, window: MainWindow, timeout_s: float = 20.0) -> None:
    deadline = time.monotonic() + timeout_s
    while window.ctx.tasks.active_count() and time.monotonic() < deadline:
        pump(app, 0.05)
    pump(app, 0.3)


def save(window: MainWindow, path: Path) -> int:
    image = (
        window.grab()
        .toImage()
        .convertToFormat(QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither)
    )
    image.save(str(path), "PNG", 9)
    return path.stat().st_size


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 200, 300])
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # read when the QApplication is made
    app = QApplication(sys.argv[:1])
    theme = Theme(app)
    theme.install()
    with tempfile.TemporaryDirectory() as tmp:
        sandbox = start_in_thread(Path(tmp) / "bank.sqlite3")
        bank = make_bank(sandbox.url, Path(tmp) / "data")
        try:
            ctx = build_context(bank, Settings(), SpeechService.from_name("null"), theme=theme)
            window = MainWindow(ctx)
            window.resize(*WINDOW_SIZE)
            window.navigate("signin")
            window.show()
            for percent in args.sizes:
                theme.set_text_percent(percent)
                window.navigate("signin")
                wait_idle(app, window)
                print(args.out / f"signin-{percent}.png", save(window, args.out / f"signin-{percent}.png"))
            bank.sign_in(DEMO_USER, DEMO_PASSWORD)
            for section in SECTIONS:
                if section.key == "signin":
                    continue
                window.navigate(section.key)
                wait_idle(app, window)
                for percent in args.sizes:
                    theme.set_text_percent(percent)
                    wait_idle(app, window)
                    path = args.out / f"{section.key}-{percent}.png"
                    print(path, save(window, path))
            theme.set_text_percent(100)
            window.close()
        finally:
            bank.close()
            sandbox.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
