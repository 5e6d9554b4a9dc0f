"""Composition root: QApplication, translators, theme, services and the main window."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from a11y_bank import i18n
from a11y_bank.a11y import gcguard
from a11y_bank.a11y.announcer import Announcer
from a11y_bank.a11y.speech import SpeechService
from a11y_bank.tasks import TaskRunner
from a11y_bank.ui.context import AppContext
from a11y_bank.ui.theme import Theme

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

    from a11y_bank.api.bank import Bank
    from a11y_bank.cli import DeferredBank, Options
    from a11y_bank.settings import Settings

log = logging.getLogger(__name__)
SETTLE_AFTER_PAINT_MS = 100
"""The work the first frame does not need (the hidden section list, the bank's and the screens'
threads) starts this long after the first paint: the window's first frame, the user's first key and
the screen reader's first questions about the new window get the GUI thread and the GIL to
themselves. Sign in needs the bank only after the user has typed a name and a password."""
GIL_SWITCH_INTERVAL_S = 0.001
"""How long another thread computing in Python may keep the GIL when the GUI thread asks for it
(Python's default is 5 ms). The GUI thread asks each time Qt calls into Python (the style, a model's
data(), a slot), so while a worker parsed history pages or the embedded bank answered, one paint
waited 5 ms per call: a scroll bar's repaint 4.9 ms instead of 0.56 ms, a window's up to 60-95 ms of
a stall blocked (docs/performance.md, section 2). Workers switch a little more often instead."""
BANK_START_FALLBACK_MS = 1000
"""Start building the bank after this long even if the window has not painted (e.g. started hidden)."""
APP_NAME = "a11y bank"
DESKTOP_FILE_NAME = "org.a11ybank.A11yBank"
"""The app id: names the .desktop file (Linux), so the desktop and AT-SPI match the window to the app."""


def app_icon() -> QIcon:
    """The app's icon from package data (scalable: Qt's SVG icon engine ships with PySide6-Essentials)."""
    svg = resources.files("a11y_bank.ui.icons").joinpath(f"{DESKTOP_FILE_NAME}.svg")
    # Qt's SVG engine re-reads the file for each new size, so the path must stay valid: installed (and
    # PyInstaller-bundled) packages are files on disk, for which as_file yields the file itself.
    with resources.as_file(svg) as path:
        from PySide6.QtGui import QIcon  # after the first paint: its Python type costs ~2 ms (enums)

        return QIcon(str(path))


def apply_identity(app: QApplication, *, icon: bool = True) -> None:
    """Names, desktop id and window icon: what the task switcher, the dock and screen readers show.

    `icon=False` leaves the icon for later (`app.setWindowIcon(app_icon())`): loading Qt's SVG icon
    engine costs ~4 ms of a cold start, and Qt gives a later application icon to every open window.
    """
    app.setApplicationName("a11y_bank")
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName(DESKTOP_FILE_NAME)
    if icon:
        app.setWindowIcon(app_icon())


def start_language(app: QApplication, options: Options, settings: Settings, first_run: bool) -> str:
    """Load the translators: `--lang`, else the saved choice, else (first run) the system language."""
    wanted = options.lang or (i18n.system_language() if first_run else settings.language)
    settings.language = i18n.translations(app).switch(wanted)
    return settings.language


def follow_bank_language() -> None:
    """Ask the bank for its own text (product names, questionnaires, card names) in the app's language:
    every request's ``Accept-Language`` follows the language now and after every switch. The switch
    updates it before the screens get their LanguageChange event, so their reloads ask in the new one."""
    from a11y_bank.api.language import APP_LANGUAGE  # tiny and Qt-free: not the client itself

    current = i18n.translations()
    if current.property("bankLanguageFollows"):  # once per application, however many contexts
        return
    current.setProperty("bankLanguageFollows", True)
    i18n.follow_language(APP_LANGUAGE.set)


def build_context(
    bank: Bank,
    settings: Settings,
    speech: SpeechService,
    *,
    theme: Theme | None = None,
    settings_path: Path | None = None,
) -> AppContext:
    """The services every screen gets; `navigate` is replaced by the main window."""
    announcer = Announcer(speech)
    tasks = TaskRunner(announcer)
    follow_bank_language()

    def save() -> None:
        if settings_path is not None:
            settings.save(settings_path)

    return AppContext(
        bank=bank,
        announcer=announcer,
        tasks=tasks,
        settings=settings,
        navigate=lambda *_args, **_kwargs: None,
        speech=speech,
        theme=theme,
        save_settings=save,
    )


def apply_settings(ctx: AppContext) -> None:
    """Make the saved preferences take effect (text size, contrast, voice)."""
    s = ctx.settings
    if ctx.theme is not None:
        ctx.theme.set_text_percent(s.text_size_percent)
        ctx.theme.set_high_contrast(s.high_contrast)
    if ctx.speech is not None:
        ctx.speech.set_enabled(s.voice_enabled)
        ctx.speech.set_rate(s.voice_rate)
        ctx.speech.set_language(s.language)  # the voice speaks the UI language
    if ctx.profile is not None:  # colours, voice pitch and volume (the window applies the rest)
        from a11y_bank.ui.screens.settings_profile import apply_profile

        apply_profile(ctx.profile.profile, ctx.theme, ctx.speech)


def load_settings(data_dir: Path) -> tuple[Settings, Path, str | None]:
    """The saved settings, their path, and a catalogue code to tell the user if the file was bad."""
    from a11y_bank.settings import Settings

    path = Settings.path_in(data_dir)
    loaded = Settings.load_checked(path)
    return loaded.settings, path, loaded.message_code


class AfterFirstPaint(QObject):
    """Calls `then` once, `delay_ms` after `window` first paints (0: on the next event-loop pass).

    The sign-in window is interactive at its first paint; work started earlier (a thread that
    imports and opens the bank) would compete with it for the GIL and delay it.

    It watches the window itself (a top-level widget is painted, under its children, when it first
    shows), not the whole application: an application-wide Python filter is called for every event
    of every object (~300 before the first paint), and the first object of a class PySide6 has no
    wrapper for (a combo box's popup) makes it create the Python types of all of Qt's classes at
    once (~180 enum types, ~25 ms: docs/performance.md).
    """

    def __init__(self, window: QWidget, then: Callable[[], None], delay_ms: int = 0) -> None:
        super().__init__(window)
        self._then = then
        self._delay_ms = delay_ms
        self._done = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            self._done = True
            watched.removeEventFilter(self)
            QTimer.singleShot(self._delay_ms, self._then)
        return False


def import_screen_modules() -> None:
    """Import every screen's module and Babel's locale data (on a worker thread: see `warm_up`).

    A screen is built on its first visit; importing its modules then cost a GUI stall of up to
    ~100 ms (docs/performance.md). Imports on another thread only take the GIL in short turns.
    """
    from a11y_bank.domain.money import Money, format_money
    from a11y_bank.ui.screens import available_sections

    available_sections()
    for locale in ("en", "zh_CN"):  # the first amount on a screen would load it on the GUI thread
        format_money(Money(Decimal("1.00"), "CNY"), locale)


def warm_up(bank: DeferredBank, started: list[threading.Thread]) -> None:
    """After the first paint: build the bank, then import what the screens will need."""
    bank.start()

    def after_the_bank() -> None:
        try:
            bank.wait()  # the bank first: Sign in needs it sooner than any other screen
        except Exception:  # the user hears about it on Sign in; warm up the screens anyway
            log.debug("warming up without a bank")
        import_screen_modules()
        gcguard.freeze_long_lived()  # full collections then skip what lives as long as the app

    thread = threading.Thread(target=after_the_bank, name="a11y-warm-up", daemon=True)
    thread.start()
    started.append(thread)


def run_app(options: Options) -> int:
    """Start the GUI; returns the exit code."""
    if options.kiosk:
        from a11y_bank.ui.kiosk import run_kiosk

        return run_kiosk(options)
    from a11y_bank.a11y.profile import ProfileStore
    from a11y_bank.cli import deferred_bank
    from a11y_bank.settings import Settings
    from a11y_bank.ui.headphones import HeadphoneNotices
    from a11y_bank.ui.mainwindow import MainWindow
    from a11y_bank.ui.messages import say

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    apply_identity(app, icon=False)  # the names before the window shows; the icon after its first paint
    options.data_dir.mkdir(parents=True, exist_ok=True)
    first_run = not Settings.path_in(options.data_dir).exists()
    settings, settings_path, settings_problem = load_settings(options.data_dir)
    start_language(app, options, settings, first_run)
    gcguard.install(app)  # cyclic GC only on this thread: see a11y/gcguard.py
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)  # the GUI thread gets the GIL back sooner
    theme = Theme(app)
    theme.install()
    speech = SpeechService.from_name(options.speech)
    # The bank (and the embedded demo bank) is built on a thread once the window has painted: the
    # sign-in window shows without waiting for it, and Sign in waits for it on a worker thread.
    bank = deferred_bank(options)
    ctx = build_context(cast("Bank", bank), settings, speech, theme=theme, settings_path=settings_path)
    ctx.profile = ProfileStore.in_dir(options.data_dir)
    apply_settings(ctx)
    # The section list after the first paint; the screens after sign-in, in idle time (ui/build_ahead.py).
    window = MainWindow(ctx, section_panel_now=False, build_ahead=True)
    window.navigate("signin")
    warming: list[threading.Thread] = []
    headphones = HeadphoneNotices(speech, ctx.announcer, window)  # unplugged while headphones only: say so

    def after_first_paint() -> None:
        app.setWindowIcon(app_icon())
        window.build_section_panel()  # hidden until sign-in: not needed for the first frame
        warm_up(bank, warming)
        headphones.start()

    AfterFirstPaint(window, after_first_paint, SETTLE_AFTER_PAINT_MS)
    QTimer.singleShot(BANK_START_FALLBACK_MS, bank.start)
    window.show()
    if settings_problem is not None:
        say(ctx.announcer, settings_problem)
    if options.quit_after_ms is not None:
        QTimer.singleShot(options.quit_after_ms, app.quit)
    code = app.exec()
    ctx.tasks.wait_for_all(5000)
    for thread in warming:  # not torn down mid-import by the interpreter's exit
        thread.join(5)
    headphones.stop()
    speech.shutdown()
    bank.close()
    return code
