"""Render the app's screens to PNG files for the docs (offscreen, no display, a throw-away demo bank).

    .venv/bin/python tools/screenshots.py                    # every screen, English, 100/200/300 %
    .venv/bin/python tools/screenshots.py --lang zh_CN --sizes 100 300 --out docs/screenshots/zh_CN
    .venv/bin/python tools/screenshots.py --theme yellow_on_black --sizes 100 300 \\
        --sections accounts transfer-review --out docs/screenshots/themes/yellow_on_black
    .venv/bin/python tools/screenshots.py --docs             # all three sets above, as docs/ holds them

Signs in as liwei, opens each section and saves `<section>-<percent>.png`. `transfer-review` is the
transfer screen at its review step (an example payment of 3 200.50 to the first saved payee, with the
Chinese 大写 line in zh_CN). The PNGs are 8-bit palette images, a few dozen KB each: they are
documentation, not data. Chinese needs a CJK font on the machine (the tool stops if there is none,
rather than drawing empty boxes): on Debian, `apt-get install fonts-wqy-microhei`.
"""

from __future__ import annotations

import argparse
import logging
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from itertools import groupby
from pathlib import Path

from PySide6.QtCore import Qt  # noqa: TID251 - a Qt tool
from PySide6.QtGui import QFontDatabase, QImage  # noqa: TID251 - a Qt tool
from PySide6.QtWidgets import QApplication  # noqa: TID251 - a Qt tool

from a11y_bank.a11y.speech import SpeechService
from a11y_bank.app import build_context
from a11y_bank.cli import DEMO_PASSWORD, DEMO_USER, make_bank
from a11y_bank.i18n import Translations
from a11y_bank.sandbox.server import start_in_thread
from a11y_bank.settings import Settings
from a11y_bank.ui.mainwindow import MainWindow
from a11y_bank.ui.payment_flow import FlowStep
from a11y_bank.ui.screens import SECTIONS
from a11y_bank.ui.screens.transfer import TransferScreen
from a11y_bank.ui.theme import THEMES, Theme

WINDOW_SIZE = (1024, 768)
ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs" / "screenshots"
REVIEW = "transfer-review"
REVIEW_AMOUNT = Decimal("3200.50")  # the example: 人民币叁仟贰佰元伍角整
THEME_SECTIONS = ("accounts", REVIEW)  # a list and a form with a summary: every colour role shows


@dataclass(frozen=True, slots=True)
class Shot:
    """One PNG: what to show, how, and where to save it."""

    section: str
    lang: str
    theme: str
    percent: int
    path: Path


def section_keys() -> list[str]:
    """Every section, sign-in first (it is shown before signing in), then the transfer review."""
    keys = [section.key for section in SECTIONS]
    keys.sort(key=lambda key: key != "signin")
    return [*keys, REVIEW]


def plan(out: Path, sections: Iterable[str], sizes: Iterable[int], lang: str, theme: str) -> list[Shot]:
    return [
        Shot(section, lang, theme, percent, out / f"{section}-{percent}.png")
        for section in sections
        for percent in sizes
    ]


def docs_plan() -> list[Shot]:
    """Everything docs/screenshots/ holds (README.md there lists it)."""
    shots = plan(DOCS, section_keys(), (100, 200, 300), "en", "default")
    shots += plan(DOCS / "zh_CN", section_keys(), (100, 300), "zh_CN", "default")
    for theme in THEME_NAMES:  # the four themes of issue 4 ("dark" is the system-following variant)
        shots += plan(DOCS / "themes" / theme, THEME_SECTIONS, (100, 300), "en", theme)
    return shots


def in_capture_order(shots: list[Shot]) -> list[Shot]:
    """Sign-in shots first (before signing in), then section by section and language by language:
    each section is opened once per language, so what it loads and says is in that language."""
    order = {key: index for index, key in enumerate(section_keys())}
    return sorted(shots, key=lambda shot: (order.get(shot.section, len(order)), shot.lang))


THEME_NAMES = {
    "default": "Default",
    "high_contrast_dark": "High contrast, dark",
    "high_contrast_light": "High contrast, light",
    "yellow_on_black": "Yellow on black",
}
INDEX_HEAD = """# Screenshots

Made by `tools/screenshots.py` (offscreen, a throw-away demo bank, signed in as liwei); regenerate all
of them, and this page, with `python tools/screenshots.py --docs` after changing a screen. Window 1024 × 768.
`transfer-review` is the transfer screen at its review step (3 200.50 to the first saved payee).
Chinese needs a CJK font on the machine (`apt-get install fonts-wqy-microhei`); the tool stops without one.
"""


def index_page(shots: list[Shot]) -> str:
    """docs/screenshots/README.md: a table per set, a link per PNG."""

    def link(shot: Shot) -> str:
        return f"[{shot.percent} %]({shot.path.relative_to(DOCS).as_posix()})"

    lines = [INDEX_HEAD]
    sets = (
        ("Every screen in English", "en", "default"),
        ("Every screen in Simplified Chinese (zh_CN); the review shows 大写金额", "zh_CN", "default"),
    )
    for title, lang, theme in sets:
        group = [s for s in shots if s.lang == lang and s.theme == theme and s.path.parent.name != theme]
        sizes = sorted({s.percent for s in group})
        lines += [f"## {title}", "", "| screen | " + " | ".join(f"{p} %" for p in sizes) + " |"]
        lines.append("|---" * (len(sizes) + 1) + "|")
        for section in dict.fromkeys(s.section for s in group):
            cells = {s.percent: link(s) for s in group if s.section == section}
            lines.append(f"| {section} | " + " | ".join(cells.get(p, "") for p in sizes) + " |")
        lines.append("")
    lines += [
        "## The four themes",
        "",
        "| theme | "
        + " | ".join(f"{section} {p} %" for section in THEME_SECTIONS for p in (100, 300))
        + " |",
    ]
    lines.append("|---" * (2 * len(THEME_SECTIONS) + 1) + "|")
    for theme, name in THEME_NAMES.items():
        lines.append(
            f"| {name} | " + " | ".join(link(s) for s in shots if s.path.parent.name == theme) + " |"
        )
    lines += [
        "",
        *(
            f"![{name}, transfer review at 100 %](themes/{theme}/{REVIEW}-100.png)"
            for theme, name in THEME_NAMES.items()
        ),
    ]
    return "\n".join(lines) + "\n"


# -- Qt -------------------------------------------------------------------------------------------


def pump(app: QApplication, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)


def wait_until(
    app: QApplication, window: MainWindow, done: Callable[[], bool] | None = None, timeout_s: float = 20.0
) -> None:
    """Until no background task runs and the status line has said everything (and `done()` is true,
    when given); then let painting settle. Same app state, same picture: PNGs only change with the app."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        idle = not window.ctx.tasks.active_count() and not window.ctx.announcer.queued_for_reader()
        if idle and (done is None or done()):
            break
        pump(app, 0.05)
    pump(app, 0.3)


def save(window: MainWindow, path: Path) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    image = (
        window.grab()
        .toImage()
        .convertToFormat(QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither)
    )
    image.save(str(path), quality=9)  # PNG by the suffix; 9 is its strongest compression
    return path.stat().st_size


def compile_catalogues(out: Path) -> Path:
    """The .ts catalogues compiled as the install step does (the .qm files are never committed)."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in sorted((ROOT / "translations").glob("a11y_bank_*.ts")):
        command = [str(lrelease), "-silent", str(ts), "-qm", str(out / f"{ts.stem}.qm")]
        subprocess.run(command, check=True, capture_output=True)
    return out


def has_chinese_font() -> bool:
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


def open_review(app: QApplication, window: MainWindow) -> None:
    """The transfer screen at its review step: the payee it offers first, the example amount."""
    window.navigate("transfer")
    screen = window.screen_for("transfer")
    assert isinstance(screen, TransferScreen)
    wait_until(app, window, lambda: screen.from_combo.count() > 0 and screen.payee_combo.count() > 1)
    if screen.flow.step is not FlowStep.EDITING:  # reviewed before, in another language
        screen.flow.back_to_edit()
        wait_until(app, window, lambda: screen.flow.step is FlowStep.EDITING)
    screen.amount_edit.setText(f"{REVIEW_AMOUNT}")
    screen.review()
    wait_until(app, window, lambda: screen.flow.step is FlowStep.REVIEW)
    if screen.flow.step is not FlowStep.REVIEW:
        raise RuntimeError("the transfer did not reach its review step")


def show_section(app: QApplication, window: MainWindow, section: str) -> None:
    if section == REVIEW:
        open_review(app, window)
    else:
        window.navigate(section)
        wait_until(app, window)


def capture(shots: list[Shot]) -> Iterator[tuple[Path, int]]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    if any(shot.lang != "en" for shot in shots) and not has_chinese_font():
        raise SystemExit("no Chinese font on this machine: install one (fonts-wqy-microhei) first")
    app.setCursorFlashTime(0)  # a steady caret: a blinking one made pictures differ from run to run
    theme = Theme(app)
    theme.install()
    with tempfile.TemporaryDirectory() as tmp:
        languages = Translations(app, compile_catalogues(Path(tmp)))
        sandbox = start_in_thread(Path(tmp) / "bank.sqlite3")
        bank = make_bank(sandbox.url, Path(tmp) / "data")
        try:
            ctx = build_context(bank, Settings(), SpeechService.from_name("null"), theme=theme)
            window = MainWindow(ctx)
            window.resize(*WINDOW_SIZE)
            window.navigate("signin")
            window.show()
            signed_in = False
            for (section, lang), group in groupby(in_capture_order(shots), lambda s: (s.section, s.lang)):
                if section != "signin" and not signed_in:
                    bank.sign_in(DEMO_USER, DEMO_PASSWORD)
                    signed_in = True
                languages.switch(lang)
                show_section(app, window, section)
                for shot in group:
                    theme.set_theme(shot.theme)
                    theme.set_text_percent(shot.percent)
                    wait_until(app, window)
                    yield shot.path, save(window, shot.path)
            theme.set_text_percent(100)
            window.close()
        finally:
            bank.close()
            # The support chat's open long poll is cut at shutdown; that is expected, not an error.
            logging.getLogger("uvicorn.error").setLevel(logging.CRITICAL)
            sandbox.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DOCS)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 200, 300])
    parser.add_argument("--lang", choices=("en", "zh_CN"), default="en")
    parser.add_argument("--theme", choices=tuple(THEMES), default="default")
    parser.add_argument("--sections", nargs="+", choices=section_keys(), default=section_keys())
    parser.add_argument("--docs", action="store_true", help="every set docs/screenshots/ holds")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # read when the QApplication is made
    shots = docs_plan() if args.docs else plan(args.out, args.sections, args.sizes, args.lang, args.theme)
    total = 0
    for path, size in capture(shots):
        total += size
        print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}  {size // 1024} KB")
    print(f"{len(shots)} screenshots, {total // 1024} KB")
    if args.docs:
        (DOCS / "README.md").write_text(index_page(shots), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
