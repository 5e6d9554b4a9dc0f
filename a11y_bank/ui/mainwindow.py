"""The main window: section list on the left, the current screen, the status line at the bottom.

Stable layout (the same places on every screen, WCAG 3.2.3): the section list, then the screen in
a scroll area (large text never clips, pitfalls §4.3), then a bottom bar with Back, Repeat last
message, the busy indicator, the status line and Quit. Before sign-in only the sign-in page shows.

Navigation moves focus to the screen's first_focus() and then announces its title on a short timer,
so the screen reader's own focus narration does not swallow it (pitfalls §1.5).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from a11y_bank.a11y.curtain import ScreenCurtain
from a11y_bank.a11y.priority import Priority
from a11y_bank.a11y.profile import A11yProfile
from a11y_bank.a11y.selfvoice import SelfVoice
from a11y_bank.a11y.session_timer import SessionTimer
from a11y_bank.a11y.speech import NullBackend, SpeechService
from a11y_bank.ui.build_ahead import ScreenBuilder
from a11y_bank.ui.carried_profile import CarriedProfile
from a11y_bank.ui.clipboard import guard as clipboard_guard
from a11y_bank.ui.context import AppContext
from a11y_bank.ui.emergency import install_emergency_key
from a11y_bank.ui.messages import say
from a11y_bank.ui.screens import NAV_SECTIONS, SECTIONS, load_screen_class, section
from a11y_bank.ui.screens.base import PlaceholderScreen, Screen
from a11y_bank.ui.shortcuts import SHORTCUTS, shortcut_for

if TYPE_CHECKING:  # imported on first use: the quick menu's module is not needed to show sign-in
    from a11y_bank.ui.lock import LockScreen
    from a11y_bank.ui.screens.quickmenu import QuickMenuRunner

LOCK = "lock"
"""The lock page's key, ui.lock.LOCK: that module (with credentials.unlock) loads on the first lock,
not on every start (docs/performance.md)."""

TITLE_ANNOUNCE_DELAY_MS = 150
SIGN_IN = "signin"
# Pages shown before anyone is signed in: no section list, and Back returns to sign-in.
PRE_SIGN_IN = frozenset({SIGN_IN, "enrol"})
HOME = "accounts"
# Pages without the section list: before sign-in, and the lock page.
NO_NAV = PRE_SIGN_IN | {LOCK}
LOCK_RETRY_MS = 1000
# A screen is built ahead only once the last message is this old (and no bank answer is awaited):
# the reader gap (400 ms) and Orca's handling of the notification it presented.
QUIET_BEFORE_BUILD_MS = 1000

ConfirmLeave = Callable[[Callable[[bool], None]], None]


class MainWindow(QMainWindow):
    """Hosts the screens; `ctx.navigate` is this window's `navigate`."""

    # The customer's session ended (sign-out button or idle lock); the branch terminal wipes it.
    signed_out = Signal()

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        section_panel_now: bool = True,
        build_ahead: bool = False,
    ) -> None:
        """`section_panel_now=False`: the section list is built on first use (the app's start).
        `build_ahead`: after sign-in, the sections' screens are built in idle time (ui/build_ahead.py),
        not on their first visit (the app; tests keep screens built on demand)."""
        super().__init__(parent)
        self.ctx = ctx
        ctx.navigate = self.navigate
        self._screens: dict[str, Screen] = {}
        self._pages: dict[str, QScrollArea] = {}
        self._history: list[str] = []
        self._current = ""
        self._quit_confirmed = False
        self._locked_section = ""
        # What the idle limit does: lock (unlock with the password) or, when False, sign out.
        self.lock_on_idle = True
        # Asks whether to leave a screen with money in flight; tests replace it.
        self.confirm_leave: ConfirmLeave = self._ask_leave
        self.builder = (
            ScreenBuilder(
                self.screen_for, lambda key: key in self._screens, self, idle=self._idle_for_building
            )
            if build_ahead
            else None
        )
        self._build()
        if section_panel_now:
            self.build_section_panel()
        self._build_a11y_helpers()
        self._quick_menu: QuickMenuRunner | None = None
        # The customer's accessibility preferences kept by the bank, in force from sign-in to sign-out.
        self.carried_profile = CarriedProfile(ctx, self)
        self._bind_shortcuts()
        self.retranslate_ui()
        ctx.tasks.busy_changed.connect(self._set_busy)

    # -- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        central = QWidget(self)
        self.nav_label = QLabel(central)
        # The list and its Lock and Sign out buttons are built on first use: see `nav`.
        self._nav_parts: tuple[QListWidget, QPushButton, QPushButton] | None = None
        self._nav_box = QVBoxLayout()
        self._nav_box.addWidget(self.nav_label)
        self.nav_panel = QWidget(central)
        self.nav_panel.setLayout(self._nav_box)

        self.stack = QStackedWidget(central)
        body = QHBoxLayout()
        body.addWidget(self.nav_panel, 0)
        body.addWidget(self.stack, 1)

        self.back_button = QPushButton(central)
        self.back_button.clicked.connect(self.go_back)
        self.repeat_button = QPushButton(central)
        self.repeat_button.clicked.connect(self.ctx.announcer.repeat_last)
        self.busy = QProgressBar(central)
        self.busy.setRange(0, 0)  # indeterminate
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.status_line = self.ctx.announcer.notice
        self.ctx.announcer.set_anchor(central)
        self.quit_button = QPushButton(central)
        self.quit_button.clicked.connect(self.close)
        self.bottom_bar = QWidget(central)
        bar = QHBoxLayout(self.bottom_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.back_button)
        bar.addWidget(self.repeat_button)
        bar.addWidget(self.busy)
        bar.addWidget(self.status_line, 1)
        bar.addWidget(self.quit_button)

        outer = QVBoxLayout(central)
        outer.addLayout(body, 1)
        outer.addWidget(self.bottom_bar)
        self.setCentralWidget(central)
        self.status_line.show()
        self.resize(1000, 700)

    def _bind_shortcuts(self) -> None:
        actions: dict[str, Callable[[], object]] = {
            "help": lambda: self.navigate("help"),
            "back": self.go_back,
            "repeat": self.ctx.announcer.repeat_last,
            "quit": self.close,
            "text_bigger": lambda: self._text_size(+1),
            "text_smaller": lambda: self._text_size(-1),
            "text_reset": lambda: self._text_size(0),
            "where_am_i": lambda: self._say_now(self.self_voice.where_am_i_text()),
            "read_row": lambda: self._say_now(self.self_voice.row_text()),
            "read_screen": self._read_screen,
            "more_time": self.session_timer.extend,
            "curtain": self.toggle_curtain,
            "lock": self.lock,
            "quick_menu_read": lambda: self._quick_shortcut(0),
            "sections": self.focus_section_list,
        }
        self.shortcuts: list[QShortcut] = []
        for spec in SHORTCUTS:
            handler: Callable[[], object]
            if spec.action.startswith("section:"):
                handler = partial(self._section_shortcut, spec.action.removeprefix("section:"))
            elif spec.action.startswith("quick:"):
                handler = partial(self._quick_shortcut, int(spec.action.removeprefix("quick:")))
            else:
                handler = actions[spec.action]
            for sequence in spec.sequences():
                shortcut = QShortcut(sequence, self)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.activated.connect(handler)
                self.shortcuts.append(shortcut)
        # F10: the emergency actions (freeze a card, report it lost, ask for help) from any screen.
        self.emergency_shortcut = install_emergency_key(self, self.ctx)

    def retranslate_ui(self) -> None:
        #: Label above the list of sections (Accounts, History, ...).
        self.nav_label.setText(self.tr("Sections"))
        if self._nav_parts is not None:
            self._retranslate_nav_panel(*self._nav_parts)
        #: Button that goes back to the previous screen (same as the Escape key).
        self.back_button.setText(self.tr("Back"))
        #: Button that says the last status message again (same as F6).
        self.repeat_button.setText(self.tr("Repeat last message"))
        #: Accessible name of the busy indicator shown while the bank is slow to answer.
        self.busy.setAccessibleName(self.tr("Working"))
        #: Button that closes the application (same as Ctrl+Q).
        self.quit_button.setText(self.tr("Quit"))
        # The status line has no accessible description: Orca 43 says it after every notification
        # ("... Payment sent. Status messages."), doubling each message (docs/orca.md).
        for button in (self.back_button, self.repeat_button, self.quit_button):
            button.setAccessibleName(button.text())
        self._update_title()

    @property
    def nav(self) -> QListWidget:
        """The list of sections (built on first use, with the Lock and Sign out buttons below it)."""
        return self._nav_panel_parts()[0]

    @property
    def lock_button(self) -> QPushButton:
        return self._nav_panel_parts()[1]

    @property
    def sign_out_button(self) -> QPushButton:
        return self._nav_panel_parts()[2]

    def build_section_panel(self) -> None:
        """Build the section list and its buttons now (idempotent; the app calls it after first paint)."""
        self._nav_panel_parts()

    def _nav_panel_parts(self) -> tuple[QListWidget, QPushButton, QPushButton]:
        """The section panel's list and buttons, built on first use.

        The panel is hidden until sign-in, and the first item view of a start cost ~30 ms on the GUI
        thread (PySide6 creating its classes' Python enums): the app builds it on the pass after the
        first paint (`app.AfterFirstPaint`, `section_panel_now=False`), so the sign-in window shows
        sooner (docs/performance.md).
        Built together and in this order, so the focus chain is list, Lock, Sign out.
        """
        if self._nav_parts is None:
            nav = QListWidget(self.nav_panel)
            self.nav_label.setBuddy(nav)
            for s in NAV_SECTIONS:
                item = QListWidgetItem(nav)
                item.setData(Qt.ItemDataRole.UserRole, s.key)
            nav.itemActivated.connect(self._nav_activated)
            nav.itemClicked.connect(self._nav_activated)
            lock_button = QPushButton(self.nav_panel)
            lock_button.clicked.connect(self.lock)
            sign_out_button = QPushButton(self.nav_panel)
            sign_out_button.clicked.connect(self.sign_out)
            self._nav_box.addWidget(nav, 1)
            self._nav_box.addWidget(lock_button)
            self._nav_box.addWidget(sign_out_button)
            self._nav_parts = (nav, lock_button, sign_out_button)
            self._retranslate_nav_panel(*self._nav_parts)
            if self._current:
                self._select_nav(self._current)
        return self._nav_parts

    def _retranslate_nav_panel(
        self, nav: QListWidget, lock_button: QPushButton, sign_out: QPushButton
    ) -> None:
        #: Accessible name of the list of sections.
        nav.setAccessibleName(self.tr("Sections"))
        for row, s in enumerate(NAV_SECTIONS):
            item = nav.item(row)
            item.setText(s.translated_label())
        #: Button that signs the customer out and returns to the sign-in page.
        sign_out.setText(self.tr("Sign out"))
        #: Button that locks the app at once (nothing of the accounts shows; the password unlocks it).
        lock_button.setText(self.tr("Lock"))
        for button in (lock_button, sign_out):
            button.setAccessibleName(button.text())

    def changeEvent(self, event: QEvent) -> None:
        # A language switch at run time (a11y_bank.i18n): the screens handle their own event.
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- self-voicing, time limit, screen curtain (issue 4) ---------------------------------------

    def _build_a11y_helpers(self) -> None:
        speech = self.ctx.speech or SpeechService(NullBackend())
        self.self_voice = SelfVoice(speech, self._screen_title, parent=self)
        self.ctx.announcer.announced.connect(self.self_voice.note_announcement)
        self.session_timer = SessionTimer(
            self.ctx.announcer.announce, more_time_key=shortcut_for("more_time").key_text(), parent=self
        )
        self.session_timer.expired.connect(self._auto_lock)
        central = self.centralWidget()
        assert central is not None  # _build set it
        self.curtain = ScreenCurtain(central)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            self.self_voice.install(app)
            self.session_timer.watch_input(app)  # a filter only while a time limit runs
        if self.ctx.profile is not None:
            self._apply_profile(self.ctx.profile.profile)
            self.ctx.profile.subscribe(self._apply_profile)

    def _apply_profile(self, profile: A11yProfile) -> None:
        self.self_voice.set_verbosity(profile.verbosity)
        self.self_voice.echo = profile.typing_echo
        self.session_timer.set_multiplier(profile.time_multiplier)

    def _screen_title(self) -> str:
        screen = self.current_screen()
        return screen.title() if screen is not None else ""

    def _say_now(self, text: str) -> None:
        self.ctx.announcer.announce(text, Priority.NOW)

    def _read_screen(self) -> None:
        screen = self.current_screen()
        if screen is not None:
            self._say_now(self.self_voice.screen_text(screen))

    def toggle_curtain(self) -> None:
        if self.curtain.toggle():
            #: Announced when the screen curtain blanks the window (privacy); speech goes on.
            self._say_now(self.tr("Screen curtain on. The screen is blank; speech goes on."))
        else:
            #: Announced when the screen curtain is lifted.
            self._say_now(self.tr("Screen curtain off."))

    def _auto_lock(self) -> None:
        """The idle limit the user turned on ran out: lock (or sign out, where `lock_on_idle` is off)."""
        if self._current in PRE_SIGN_IN or self._current in ("", LOCK):
            return
        if self.lock_on_idle:
            self.lock()
        else:
            self.sign_out()

    # -- lock and sign-out: nothing of the account stays behind ----------------------------------

    def is_locked(self) -> bool:
        return self._current == LOCK

    def lock(self) -> None:
        """Discard every screen (widgets, models, cached data) and show the lock page.

        Nothing of the account is left on screen or in the accessible tree; unlocking with the password
        opens the section the customer was on again, with fresh data.
        """
        if self._current in PRE_SIGN_IN or self._current in ("", LOCK) or self.ctx.bank.session is None:
            return
        if not all(screen.can_leave() for screen in self._screens.values()):
            # Money in flight: its screen must show the outcome. Lock as soon as it has settled.
            QTimer.singleShot(LOCK_RETRY_MS, self, self.lock)
            return
        self._locked_section = self._current
        self.session_timer.stop()  # no "locks in 60 seconds" warning on the lock page
        self.emergency_shortcut.setEnabled(False)  # its panel lists the customer's cards
        self.discard_screens()
        self._show(LOCK, {}, remember=False)
        say(self.ctx.announcer, "lock.locked", Priority.NOW)

    def _unlocked(self) -> None:
        section_key = self._locked_section or HOME
        self._locked_section = ""
        self.emergency_shortcut.setEnabled(True)
        self.session_timer.restart()
        self._show(section_key, {}, remember=False)

    def discard_screens(self) -> None:
        """Clear and delete every screen but the lock page, close dialogs, forget past messages.

        Screens are created again, empty, when next shown (`screen_for`).
        """
        for dialog in self.findChildren(QDialog):
            dialog.reject()
        if self.builder is not None:
            self.builder.stop()
        for key in [key for key in self._screens if key != LOCK]:
            screen = self._screens.pop(key)
            page = self._pages.pop(key)
            screen.clear()
            page.hide()
            self.stack.removeWidget(page)
            page.deleteLater()
        self.ctx.announcer.forget()
        clipboard_guard().clear_now()  # an account number the app copied goes too

    def _lock_screen(self) -> LockScreen:
        from a11y_bank.ui.lock import LOCK as LOCK_PAGE
        from a11y_bank.ui.lock import LockScreen

        assert LOCK_PAGE == LOCK, "the lock page's key changed in one place only"
        screen = self._screens.get(LOCK)
        if isinstance(screen, LockScreen):
            return screen
        lock_screen = LockScreen(self.ctx)
        lock_screen.unlocked.connect(self._unlocked)
        lock_screen.gave_up.connect(self.sign_out)
        self._add_page(LOCK, lock_screen)
        return lock_screen

    # -- navigation -----------------------------------------------------------------------------

    def current_section(self) -> str:
        return self._current

    def current_screen(self) -> Screen | None:
        return self._screens.get(self._current)

    def _idle_for_building(self) -> bool:
        """Nothing being said or fetched: a screen built now cannot crowd out an announcement."""
        return self.ctx.tasks.active_count() == 0 and self.ctx.announcer.quiet_for(QUIET_BEFORE_BUILD_MS)

    def screen_for(self, key: str) -> Screen:
        """The screen for `key`, created on first use (a placeholder if its module is missing)."""
        if key == LOCK:
            return self._lock_screen()
        if key not in self._screens:
            cls = load_screen_class(key)
            screen: Screen = (
                cls(self.ctx)
                if cls is not None
                else PlaceholderScreen(self.ctx, key, section(key).translated_label())
            )
            self._add_page(key, screen)
        return self._screens[key]

    def _add_page(self, key: str, screen: Screen) -> None:
        page = QScrollArea(self.stack)
        page.setWidgetResizable(True)
        page.setFrameShape(QScrollArea.Shape.NoFrame)
        page.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        page.setWidget(screen)
        page.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.stack.addWidget(page)
        self._screens[key] = screen
        self._pages[key] = page

    def navigate(self, key: str, **kwargs: object) -> None:
        """Show section `key` (asking first if the current screen has money in flight)."""
        section(key)  # unknown keys fail loudly, in development
        if self._current == LOCK:
            return  # only the password (or Sign out) leaves the lock page
        current = self.current_screen()
        if current is not None and key != self._current and not current.can_leave():
            self.confirm_leave(lambda leave: self._show(key, kwargs, remember=True) if leave else None)
            return
        self._show(key, kwargs, remember=True)

    def go_back(self) -> None:
        """Back to the previous section (Escape); does nothing on the first one."""
        while self._history and self._history[-1] == self._current:
            self._history.pop()
        if not self._history or self._current in (SIGN_IN, LOCK):
            return
        previous = self._history.pop()
        current = self.current_screen()
        if current is not None and not current.can_leave():
            self.confirm_leave(lambda leave: self._show(previous, {}, remember=False) if leave else None)
            return
        self._show(previous, {}, remember=False)

    def sign_out(self) -> None:
        def done(_result: object = None) -> None:
            self._history.clear()
            self._locked_section = ""
            self.emergency_shortcut.setEnabled(True)
            self.carried_profile.end()  # this app's own settings again
            self.discard_screens()  # every screen, model and message of the customer goes
            self._show(SIGN_IN, {}, remember=False)
            #: Announced after signing out.
            self.ctx.announcer.announce(self.tr("You are signed out."), Priority.NEXT)
            self.signed_out.emit()

        self.ctx.tasks.run(self.ctx.bank.sign_out, done, done)

    def _show(self, key: str, kwargs: dict[str, object], *, remember: bool) -> None:
        leaving_sign_in_for_a_page_before_it = self._current == SIGN_IN and key in PRE_SIGN_IN
        signing_in = self._current in (PRE_SIGN_IN | {LOCK}) and key not in NO_NAV  # or unlocking
        if self._current in PRE_SIGN_IN and key not in NO_NAV:
            self.carried_profile.start()  # signed in: the customer's own settings, if the bank keeps them
        if (
            remember
            and self._current not in ("", key)
            and (self._current != SIGN_IN or leaving_sign_in_for_a_page_before_it)
        ):
            self._history.append(self._current)
        if key == SIGN_IN:
            self._history.clear()
        screen = self.screen_for(key)
        self._current = key
        screen.catch_up()  # a text size or language that changed while hidden, before it is laid out
        self.stack.setCurrentWidget(self._pages[key])
        self.nav_panel.setVisible(key not in NO_NAV)
        self.back_button.setVisible(key not in (SIGN_IN, LOCK))
        self._select_nav(key)
        self._update_title()
        screen.on_shown(**kwargs)
        target = screen.first_focus()
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        title = screen.title()
        QTimer.singleShot(TITLE_ANNOUNCE_DELAY_MS, self, lambda: self._announce_title(key, title))
        if signing_in and self.builder is not None:
            self.builder.start(s.key for s in NAV_SECTIONS)

    def _announce_title(self, key: str, title: str) -> None:
        if self._current == key:
            self.ctx.announcer.announce(title, Priority.NEXT)

    def _select_nav(self, key: str) -> None:
        if self._nav_parts is None and key in NO_NAV:
            return  # not built yet, and nothing to select: it is built when first needed
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.nav.setCurrentRow(row)
                return

    def _nav_activated(self, item: QListWidgetItem) -> None:
        self.navigate(str(item.data(Qt.ItemDataRole.UserRole)))

    def focus_section_list(self) -> None:
        """F3: focus on the list of sections, on the current section's entry; End, the arrows and Enter
        then open any section. Nothing is announced: the reader and the voice read the focus move.
        Before sign-in and on the lock page there is no list, and that is said instead of silence."""
        if self._current in NO_NAV or not self._current:
            code = "sections.locked" if self._current == LOCK else "sections.after_sign_in"
            say(self.ctx.announcer, code, Priority.NOW)
            return
        self.nav.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _section_shortcut(self, key: str) -> None:
        if self._current not in (SIGN_IN, LOCK):  # sections open only once signed in (and unlocked)
            self.navigate(key)

    @property
    def quick_menu(self) -> QuickMenuRunner:
        """Runs the customer's quick menu actions (Alt+1 … Alt+9) and reads the menu (Alt+0).

        Created on first use: its module (the quick menu screen with the payees screen and the accounts
        model) cost ~40 ms of every cold start (docs/performance.md).
        """
        if self._quick_menu is None:
            from a11y_bank.ui.screens.quickmenu import QuickMenuRunner

            self._quick_menu = QuickMenuRunner(
                self.ctx, self, available=lambda: self.nav_panel.isVisibleTo(self)
            )
        return self._quick_menu

    def _quick_shortcut(self, number: int) -> None:
        """Alt+N runs quick menu action N, Alt+0 reads the menu: only where the section list shows
        (signed in, not locked), as the sections' own keys."""
        if not self.nav_panel.isVisibleTo(self):
            return
        if number:
            self.quick_menu.run(number)
        else:
            self.quick_menu.read_aloud()

    def _update_title(self) -> None:
        screen = self.current_screen()
        #: The application's name, shown in the window title after the current screen's name.
        app_name = self.tr("a11y bank")
        self.setWindowTitle(f"{screen.title()} – {app_name}" if screen else app_name)

    # -- Tab order ------------------------------------------------------------------------------

    def tab_chain(self) -> list[QWidget]:
        """What Tab visits, in order: the section list, the current screen, the bottom bar.

        Qt appends widgets to a window's focus chain in creation order, so a screen created lazily
        (or a row of buttons a screen adds later) would come after the bottom bar. The regions are
        therefore ordered here; inside the screen its own focus-chain order (setTabOrder) is kept.
        """
        page = self._pages.get(self._current)
        regions: list[QWidget] = [self.nav_panel, *([page] if page is not None else []), self.bottom_bar]
        in_chain = _focus_chain(self)
        return [w for region in regions for w in in_chain if region.isAncestorOf(w) and _tab_stop(w)]

    def focusNextPrevChild(self, next: bool) -> bool:
        chain = self.tab_chain()
        current = QApplication.focusWidget()
        if not chain or current is None:
            return super().focusNextPrevChild(next)
        index = next_index = -1
        for i, widget in enumerate(chain):
            if widget is current or widget.isAncestorOf(current):
                index = i
                break
        if index < 0:
            next_index = 0 if next else len(chain) - 1
        else:
            next_index = (index + (1 if next else -1)) % len(chain)
        reason = Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
        chain[next_index].setFocus(reason)
        return True

    # -- leaving --------------------------------------------------------------------------------

    def _ask_leave(self, on_answer: Callable[[bool], None]) -> None:
        from a11y_bank.ui.dialogs import ask_to_confirm  # not needed to show sign-in

        ask_to_confirm(
            self,
            #: Title of the dialog asked before leaving a screen with a payment in progress.
            title=self.tr("Payment in progress"),
            #: Question asked before leaving a screen while a payment is being sent.
            question=self.tr("A payment is still being sent. Leave this screen anyway?"),
            #: Button that leaves the screen although a payment is in progress.
            confirm_text=self.tr("Leave anyway"),
            on_answer=on_answer,
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        current = self.current_screen()
        if self._quit_confirmed or current is None or current.can_leave():
            event.accept()
            return
        event.ignore()

        def answer(leave: bool) -> None:
            if leave:
                self._quit_confirmed = True
                self.close()

        self.confirm_leave(answer)

    # -- text size and busy indicator ---------------------------------------------------------

    def _text_size(self, direction: int) -> None:
        theme = self.ctx.theme
        if theme is None:
            return
        percent = theme.bigger() if direction > 0 else theme.smaller() if direction < 0 else theme.reset()
        self.ctx.settings.text_size_percent = percent
        self.ctx.save_settings()
        #: Announced after the text size changed; {percent} is a number like 150.
        self.ctx.announcer.announce(self.tr("Text size {percent} percent.").format(percent=percent))

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)

    def section_keys(self) -> list[str]:
        return [s.key for s in SECTIONS]

    def key_sequence_for(self, action: str) -> list[QKeySequence]:
        return [s for spec in SHORTCUTS if spec.action == action for s in spec.sequences()]


def _focus_chain(window: QWidget) -> list[QWidget]:
    chain: list[QWidget] = []
    widget = window.nextInFocusChain()
    while widget is not None and widget is not window and len(chain) < 10_000:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def _tab_stop(widget: QWidget) -> bool:
    return (
        widget.isVisible()
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.focusProxy() is None
    )
