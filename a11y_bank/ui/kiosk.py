"""The branch terminal shell (`a11y-bank --kiosk`): full screen, staff pages, the customer's app.

Pages: staff sign-in (nobody in control), the staff page (hand over, calls from the customer, call
the next queue number to a desk, leave), and the customer page: a "Call staff" button (also F2) and
"Staff: take back" above a fresh main window for this customer only. Call staff also takes a branch
queue number for a signed-in customer on a worker thread: shown in large text, announced, texted to
their phone by the bank, and watched (every 5 s, on a worker) until staff call it to a desk. The
window cannot close without the staff PIN. When the customer signs out, is locked out by the idle
limit, or staff take back, the session is wiped (a11y_bank.kiosk) and the next customer gets a new
main window, so no screen keeps their data. The rules are in a11y_bank.kiosk; this module only shows them.
"""

from __future__ import annotations

import dataclasses
import logging
import sys
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from a11y_bank.a11y.priority import Priority
from a11y_bank.a11y.profile import A11yProfile, ProfileStore
from a11y_bank.api.branch import BranchQueue, QueueTicket, TicketStatus
from a11y_bank.kiosk import (
    KIOSK_TIME_MULTIPLIER,
    CustomerSession,
    KioskError,
    KioskPhase,
    KioskSession,
    StaffCall,
    StaffDesk,
    TicketNews,
    WipeReport,
    kiosk_time_multiplier,
    take_queue_ticket,
    ticket_news,
    wipe_customer_session,
)
from a11y_bank.tasks import TaskRunner
from a11y_bank.ui.context import AppContext
from a11y_bank.ui.mainwindow import MainWindow
from a11y_bank.ui.messages import render, say, visible_text
from a11y_bank.ui.shortcuts import shortcut_for
from a11y_bank.ui.theme import make_heading
from a11y_bank.ui.widgets.fields import SecretEdit
from a11y_bank.ui.widgets.layout import text_label

if TYPE_CHECKING:
    from a11y_bank.cli import Options

_log = logging.getLogger(__name__)

CALL_STAFF_KEY = shortcut_for("call_staff").keys[0]  # F2; Help lists it from the shortcut table
TERMINAL_DIR = "terminal"
TICKET_POLL_MS = 5000
"""How often the customer's queue ticket is checked: gently; nothing on screen counts down."""
TICKET_NUMBER_SCALE = 2.5
"""The queue number's size: 2.5 times the text size in use (so it grows with the customer's)."""

CustomerFactory = Callable[[], tuple[AppContext, CustomerSession]]
"""Makes the next customer's context (a new Bank with its own memory store) and session."""
AskPin = Callable[[str, Callable[[str], None]], None]
"""(prompt, on_pin): ask staff for the PIN; on_pin is not called if they cancel."""


class PinDialog(QDialog):
    """Asks for the staff PIN, masked; the customer never sees it typed."""

    def __init__(self, parent: QWidget, prompt: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(prompt)
        self.field = SecretEdit(self)
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(prompt)
        label = QLabel(prompt, self)
        label.setBuddy(self.field)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.field)
        layout.addWidget(buttons)


class KioskWindow(QMainWindow):
    """The terminal. `ask_pin` is replaceable (tests answer it directly).

    Signals:
        wiped(WipeReport): a customer's session has been wiped (the bank call and the files are done on
            a worker thread; the window's own parts on the GUI thread before it).
    """

    wiped = Signal(object)

    def __init__(
        self,
        kiosk: KioskSession,
        make_customer: CustomerFactory,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        staff_desk: StaffDesk | None = None,
    ) -> None:
        super().__init__(parent)
        self.kiosk = kiosk
        self.ctx = ctx  # the terminal's own announcer and tasks (staff side)
        self.staff_desk = staff_desk  # calls the next queue number (None: the staff page hides it)
        self.queue_ticket: QueueTicket | None = None  # the customer's, as the bank last told it
        self._ticket_note: str | None = None  # catalogue code when there is no number to show
        self._taking_ticket = False
        self._polling_ticket = False
        self.ticket_poll = QTimer(self)
        self.ticket_poll.setInterval(TICKET_POLL_MS)
        self.ticket_poll.timeout.connect(self._poll_ticket)
        self._make_customer = make_customer
        self.customer_window: MainWindow | None = None
        self.customer_session: CustomerSession | None = None
        self.customer_ctx: AppContext | None = None
        self._closing_allowed = False
        self.ask_pin: AskPin = self._ask_pin_dialog
        self.last_wipe_secrets_left = -1
        self.wipes_in_progress = 0
        self._after_wipe: list[Callable[[], None]] = []
        self._build()
        kiosk.on_call.append(self._staff_called)
        kiosk.on_customer_end.append(self._wipe_customer)
        self._show_phase()

    # -- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        central = QWidget(self)
        self.pages = QStackedWidget(central)
        # The staff pages scroll rather than squeeze their buttons at large text sizes (the customer's
        # app scrolls its own screens).
        self.pages.addWidget(_scrolling(self._build_staff_sign_in()))
        self.pages.addWidget(_scrolling(self._build_staff_page()))
        self.pages.addWidget(self._build_customer_page())
        self.ctx.announcer.set_anchor(central)
        layout = QVBoxLayout(central)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.ctx.announcer.notice)
        self.setCentralWidget(central)
        self.call_shortcut = QShortcut(QKeySequence(CALL_STAFF_KEY), self)
        self.call_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.call_shortcut.activated.connect(self.call_staff)
        self.retranslate_ui()

    def _build_staff_sign_in(self) -> QWidget:
        page = QWidget()
        heading = self.sign_in_heading = QLabel(page)
        self.staff_user = QLineEdit(page)
        self.staff_password = SecretEdit(page)
        self.staff_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.staff_pin = SecretEdit(page)
        self.staff_pin.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        self.staff_field_labels: list[tuple[QLabel, QLineEdit]] = []
        for field in (self.staff_user, self.staff_password, self.staff_pin):
            label = QLabel(page)
            label.setBuddy(field)
            form.addRow(label, field)
            self.staff_field_labels.append((label, field))
        self.staff_sign_in_button = QPushButton(page)
        self.staff_sign_in_button.clicked.connect(self.staff_sign_in)
        self.staff_pin.returnPressed.connect(self.staff_sign_in)
        layout = QVBoxLayout(page)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.staff_sign_in_button)
        layout.addStretch(1)
        return page

    def _build_staff_page(self) -> QWidget:
        page = QWidget()
        self.staff_heading = QLabel(page)
        self.hand_over_button = QPushButton(page)
        self.hand_over_button.clicked.connect(self.hand_over)
        calls_label = self.calls_label = QLabel(page)
        self.calls_list = QListWidget(page)
        calls_label.setBuddy(self.calls_list)
        self.leave_button = QPushButton(page)
        self.leave_button.clicked.connect(self.close)
        layout = QVBoxLayout(page)
        layout.addWidget(self.staff_heading)
        layout.addWidget(self.hand_over_button)
        layout.addWidget(self._build_call_next(page))
        layout.addWidget(calls_label)
        layout.addWidget(self.calls_list, 1)
        layout.addWidget(self.leave_button)
        return page

    def _build_call_next(self, page: QWidget) -> QWidget:
        """Staff: the desk they are at and "Call the next number" (hidden without a staff desk)."""
        row = self.call_next_row = QWidget(page)
        self.desk_label = QLabel(row)
        self.desk_number = QSpinBox(row)
        self.desk_number.setRange(1, 99)
        self.desk_label.setBuddy(self.desk_number)
        self.call_next_button = QPushButton(row)
        self.call_next_button.clicked.connect(self.call_next_ticket)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.desk_label)
        layout.addWidget(self.desk_number)
        layout.addWidget(self.call_next_button, 1)
        row.setVisible(self.staff_desk is not None)
        return row

    def _build_customer_page(self) -> QWidget:
        page = QWidget()
        self.call_button = QPushButton(page)
        self.call_button.clicked.connect(self.call_staff)
        self.take_back_button = QPushButton(page)
        self.take_back_button.clicked.connect(self.take_back)
        self.customer_bar = QWidget(page)
        bar = QHBoxLayout(self.customer_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.call_button)
        bar.addStretch(1)
        bar.addWidget(self.take_back_button)
        self.customer_host = QVBoxLayout(page)
        self.customer_host.addWidget(self.customer_bar)
        self.customer_host.addWidget(self._build_ticket_panel(page))
        return page

    def _build_ticket_panel(self, page: QWidget) -> QWidget:
        """The call-staff banner: the queue number in large text, the sentence (focusable, so it can
        be reached and read again), and a button to close it. It stays until the customer closes it."""
        panel = self.ticket_panel = QWidget(page)
        self.ticket_number = QLabel(panel)
        self.ticket_number.setTextFormat(Qt.TextFormat.PlainText)
        make_heading(self.ticket_number, TICKET_NUMBER_SCALE)
        self.call_banner = text_label("call_banner", panel, focusable=True)
        self.call_banner.setStyleSheet("font-weight: bold")
        self.dismiss_banner_button = QPushButton(panel)
        self.dismiss_banner_button.clicked.connect(self.dismiss_banner)
        layout = QVBoxLayout(panel)  # one above the other: the sentence wraps at any text size
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.ticket_number)
        layout.addWidget(self.call_banner)
        layout.addWidget(self.dismiss_banner_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.ticket_number.hide()
        panel.hide()
        return panel

    # -- language -------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Every fixed text of the terminal; runs again when the language changes."""
        #: Title of the branch terminal window.
        self.setWindowTitle(self.tr("a11y bank branch terminal"))
        #: Heading of the staff sign-in page on a branch terminal.
        self.sign_in_heading.setText(self.tr("Staff sign-in"))
        field_texts = (
            #: Staff sign-in field label: the staff member's username.
            self.tr("Staff username"),
            #: Staff sign-in field label: the staff member's password.
            self.tr("Staff password"),
            #: Staff sign-in field label: a PIN chosen now that protects hand-back and leaving.
            self.tr("PIN for this shift (4 to 8 digits)"),
        )
        for (label, field), text in zip(self.staff_field_labels, field_texts, strict=True):
            label.setText(text)
            field.setAccessibleName(text)
        #: Button that signs a staff member in on a branch terminal.
        _set_button_text(self.staff_sign_in_button, self.tr("Sign in as staff"))
        #: Button that gives the terminal to the customer (they sign in with their own details).
        _set_button_text(self.hand_over_button, self.tr("Hand over to the customer"))
        #: Label of the list of calls the customer made with the "Call staff" button.
        self.calls_label.setText(self.tr("Calls from the customer"))
        self.calls_list.setAccessibleName(self.calls_label.text())
        #: Button that closes the branch terminal (asks for the staff PIN).
        _set_button_text(self.leave_button, self.tr("Close the terminal"))
        #: Button (also F2) a customer presses to ask a member of staff to come.
        _set_button_text(self.call_button, self.tr("Call staff (F2)"))
        #: Button staff use to take the terminal back; asks for their PIN and ends the customer's session.
        _set_button_text(self.take_back_button, self.tr("Staff: take back"))
        #: Button that closes the message about calling staff and the customer's queue number.
        _set_button_text(self.dismiss_banner_button, self.tr("Close this message"))
        #: Accessible name of the area showing the customer's queue number at a branch terminal.
        self.ticket_panel.setAccessibleName(self.tr("Your queue number"))
        #: Staff page: label of the field for the number of the desk the staff member is at.
        self.desk_label.setText(self.tr("Your desk number"))
        self.desk_number.setAccessibleName(self.desk_label.text())
        #: Staff page: button that calls the next customer in the branch queue to this desk.
        _set_button_text(self.call_next_button, self.tr("Call the next number to this desk"))
        self._set_staff_heading()
        if self.call_banner.text():
            self._render_banner()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _set_staff_heading(self) -> None:
        #: Heading of the staff page; {name} is the staff member's name.
        self.staff_heading.setText(self.tr("Staff: {name}").format(name=self.kiosk.staff_name))

    def _called_text(self) -> str:
        #: Shown and spoken when the customer called staff.
        return self.tr("A member of staff has been called and will come to you.")

    # -- staff ----------------------------------------------------------------------------------

    def staff_sign_in(self) -> None:
        user, password, pin = self.staff_user.text(), self.staff_password.text(), self.staff_pin.text()
        self.staff_password.clear()
        self.staff_pin.clear()

        def done(_result: object) -> None:
            self.staff_user.clear()
            self._show_phase()
            #: Announced when a member of staff signed in; {name} is their name.
            self._say(self.tr("Signed in as staff: {name}.").format(name=self.kiosk.staff_name))

        self.ctx.tasks.run(lambda: self.kiosk.staff_sign_in(user, password, pin), done, self._refused)

    def hand_over(self) -> None:
        self.kiosk.hand_over()
        self._start_customer()
        self._show_phase()

    def take_back(self) -> None:
        #: Prompt for the staff PIN before staff take the terminal back.
        self.ask_pin(self.tr("Staff PIN to take back the terminal"), self._take_back_with)

    def _take_back_with(self, pin: str) -> None:
        try:
            self.kiosk.take_back(pin)
        except KioskError as exc:
            self._refused(exc)
            return
        self.calls_list.clear()
        self._show_phase()
        self._when_wiped(self._say_taken_back)

    def _say_taken_back(self) -> None:
        #: Announced when staff took the terminal back; the customer's session was wiped.
        self._say(self.tr("Terminal back with staff. The customer's session was ended and wiped."))

    # -- customer -------------------------------------------------------------------------------

    def _start_customer(self) -> None:
        ctx, session = self._make_customer()
        self._prepare_customer_context(ctx)
        lead = [self.call_button, self.take_back_button, self.call_banner, self.dismiss_banner_button]
        window = _TerminalMainWindow(ctx, lead=lead)
        window.setWindowFlags(Qt.WindowType.Widget)  # lives inside the terminal, not a window of its own
        window.quit_button.hide()  # leaving is for staff, with the PIN
        for sequence in window.key_sequence_for("quit"):
            for shortcut in window.shortcuts:
                if shortcut.key() == sequence:
                    shortcut.setEnabled(False)
        window.session_timer.set_multiplier(KIOSK_TIME_MULTIPLIER)
        window.lock_on_idle = False  # the idle limit signs out and wipes: the next person is someone else
        window.signed_out.connect(self._customer_signed_out)
        self.customer_host.addWidget(window, 1)
        window.navigate("signin")
        window.show()
        self.customer_window, self.customer_session, self.customer_ctx = window, session, ctx

    def _prepare_customer_context(self, ctx: AppContext) -> None:
        """The customer starts with the terminal's own settings and profile, in memory only (nothing
        of theirs is ever saved here), and their tasks on a pool of their own, so the wipe can wait
        for them from a worker thread."""
        for name in ("text_size_percent", "voice_enabled", "voice_rate", "high_contrast", "language"):
            setattr(ctx.settings, name, getattr(self.ctx.settings, name))
        own = self.ctx.profile.profile if self.ctx.profile is not None else A11yProfile()
        ctx.profile = ProfileStore(None, own)
        ctx.save_settings = _nothing
        ctx.tasks = TaskRunner(ctx.announcer, pool=QThreadPool())  # goes with the customer's context

    def _customer_signed_out(self) -> None:
        """Sign-out or idle lock: wipe, then a fresh app for the next customer, still handed over."""
        self.kiosk.end_customer_session()
        self._when_wiped(self._next_customer)

    def _next_customer(self) -> None:
        if self.kiosk.phase is KioskPhase.CUSTOMER and self.customer_window is None:
            self._start_customer()
            self._show_phase()

    def _wipe_customer(self) -> None:
        """The window's part here, on the GUI thread: the customer's app goes (every screen, cache
        and transcript with it), the terminal's own text size, colours and voice come back, the
        clipboard is emptied. The bank's sign-out and the files are wiped on a worker thread."""
        window, session, ctx = self.customer_window, self.customer_session, self.customer_ctx
        self.customer_window = self.customer_session = self.customer_ctx = None
        if window is not None:
            window.signed_out.disconnect(self._customer_signed_out)
            window.session_timer.stop()
            window.carried_profile.end()
            window.hide()
            self.customer_host.removeWidget(window)
            window.deleteLater()
        self._restore_terminal_settings()
        _clear_clipboard()
        self._forget_ticket()
        if session is None:
            return
        pool = ctx.tasks.pool if ctx is not None else None
        self.wipes_in_progress += 1
        self.ctx.tasks.run(
            lambda: _wipe_after_tasks(session, pool),
            self._wipe_done,
            self._wipe_failed,
        )

    def _restore_terminal_settings(self) -> None:
        from a11y_bank.app import apply_settings  # the app module imports this one's callers

        apply_settings(self.ctx)

    def _wipe_done(self, report: WipeReport) -> None:
        self.wipes_in_progress -= 1
        self.last_wipe_secrets_left = report.secrets_left
        self.wiped.emit(report)
        self._run_after_wipe()

    def _wipe_failed(self, error: BaseException) -> None:
        # A disk error while removing files: staff must know; the next session still starts.
        self.wipes_in_progress -= 1
        _log.error("customer session wipe failed (%s)", type(error).__name__)
        #: Announced to staff when the customer's files could not all be removed from the terminal.
        self._say(self.tr("The customer's session could not be fully wiped. Close and restart the terminal."))
        self._run_after_wipe()

    def _when_wiped(self, action: Callable[[], None]) -> None:
        if self.wipes_in_progress:
            self._after_wipe.append(action)
        else:
            action()

    def _run_after_wipe(self) -> None:
        if self.wipes_in_progress:
            return
        actions, self._after_wipe = self._after_wipe, []
        for action in actions:
            action()

    def call_staff(self) -> None:
        if self.kiosk.phase is KioskPhase.CUSTOMER:
            self.kiosk.call_staff()
            self._ticket_for_this_call()

    def _staff_called(self, call: StaffCall) -> None:
        self._render_banner()
        self.ticket_panel.show()
        #: One entry in the staff's list of calls; {number} counts the calls, {time} is hours:minutes.
        entry = self.tr("Call {number} at {time}").format(number=call.number, time=call.at.strftime("%H:%M"))
        self.calls_list.addItem(entry)
        QApplication.alert(self)  # the staff's attention, where the desktop supports it

    # -- the customer's queue number --------------------------------------------------------------

    def _ticket_for_this_call(self) -> None:
        """Say the call was made and take a queue number (once: a second call repeats the number)."""
        ctx, session = self.customer_ctx, self.customer_session
        announcer = ctx.announcer if ctx is not None else self.ctx.announcer
        if ctx is None or session is None:
            announcer.announce(self._called_text(), Priority.NOW)
            return
        ticket = self.queue_ticket
        if ticket is not None and ticket.status is not TicketStatus.DONE:
            self._say_ticket(ctx, ticket, Priority.NOW)
            return
        if session.bank.session is None:  # the bank texts the phone it has on record: sign in first
            self._ticket_note = "queue.sign_in_for_ticket"
            self._render_banner()
            say(announcer, self._ticket_note, Priority.NOW)
            return
        announcer.announce(self._called_text(), Priority.NOW)
        if self._taking_ticket:
            return
        self._taking_ticket = True
        branch = self.kiosk.branch_id
        ctx.tasks.run(
            lambda: take_queue_ticket(session, branch),
            partial(self._ticket_taken, ctx),
            partial(self._ticket_not_taken, ctx),
        )

    def _ticket_taken(self, ctx: AppContext, ticket: QueueTicket) -> None:
        if ctx is not self.customer_ctx:
            return  # that customer's session has ended (and been wiped) meanwhile
        self._taking_ticket = False
        self.queue_ticket, self._ticket_note = ticket, None
        self._render_banner()
        self.ticket_panel.show()
        self._say_ticket(ctx, ticket, Priority.NEXT)
        if ticket.status is not TicketStatus.DONE:
            self.ticket_poll.start()

    def _ticket_not_taken(self, ctx: AppContext, error: BaseException) -> None:
        if ctx is not self.customer_ctx:
            return
        self._taking_ticket = False
        _log.info("no queue ticket (%s)", type(error).__name__)
        self._ticket_note = "queue.no_ticket"
        self._render_banner()
        say(ctx.announcer, self._ticket_note, Priority.NEXT)

    def _poll_ticket(self) -> None:
        ctx, session, ticket = self.customer_ctx, self.customer_session, self.queue_ticket
        if ctx is None or session is None or ticket is None or self._polling_ticket:
            return
        self._polling_ticket = True
        ctx.tasks.run(
            lambda: BranchQueue(session.bank).ticket(ticket.ticket_id),
            partial(self._ticket_polled, ctx),
            partial(self._poll_failed, ctx),
        )

    def _ticket_polled(self, ctx: AppContext, ticket: QueueTicket) -> None:
        if ctx is not self.customer_ctx:
            return
        self._polling_ticket = False
        news = ticket_news(self.queue_ticket, ticket)
        self.queue_ticket = ticket
        self._render_banner()
        if news is TicketNews.CALLED:
            self.ticket_panel.show()  # again, if the customer had closed it
            self._say_ticket(ctx, ticket, Priority.NOW)
            QApplication.alert(self)
        if ticket.status is TicketStatus.DONE:
            self.ticket_poll.stop()

    def _poll_failed(self, ctx: AppContext, error: BaseException) -> None:
        if ctx is not self.customer_ctx:
            return
        self._polling_ticket = False  # quietly: the next tick asks again
        _log.info("queue ticket status not read (%s)", type(error).__name__)

    def _ticket_message(self, ticket: QueueTicket) -> tuple[str, dict[str, object]]:
        params: dict[str, object] = {"number": ticket.number, "spoken_number": " ".join(ticket.number)}
        if ticket.status is not TicketStatus.WAITING and ticket.desk is not None:
            return "success.queue_called", {**params, "desk": ticket.desk}
        code = "success.queue_ticket" if ticket.texted_to else "success.queue_ticket_no_text"
        return code, {**params, "ahead": ticket.people_ahead}

    def _say_ticket(self, ctx: AppContext, ticket: QueueTicket, priority: Priority) -> None:
        code, params = self._ticket_message(ticket)
        say(ctx.announcer, code, priority, **params)

    def _render_banner(self) -> None:
        """The banner's text from the state: the number and its news, why there is none, or the call."""
        ticket = self.queue_ticket
        if ticket is not None:
            code, params = self._ticket_message(ticket)
            text = visible_text(render(code, **params))
        elif self._ticket_note is not None:
            text = visible_text(render(self._ticket_note))
        else:
            text = self._called_text()
        self.ticket_number.setText(ticket.number if ticket is not None else "")
        self.ticket_number.setVisible(ticket is not None)
        self.call_banner.setText(text)
        self.call_banner.setAccessibleName(text)

    def dismiss_banner(self) -> None:
        """The customer closes the banner; the number is still watched and shows again when called."""
        self.ticket_panel.hide()
        self.call_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _forget_ticket(self) -> None:
        """The customer's session ended: nothing of their number stays on the terminal's screen."""
        self.ticket_poll.stop()
        self.queue_ticket, self._ticket_note = None, None
        self._taking_ticket = self._polling_ticket = False
        self.ticket_panel.hide()
        self.ticket_number.clear()
        self.call_banner.clear()
        self.call_banner.setAccessibleName("")

    # -- staff: calling the next number ---------------------------------------------------------

    def call_next_ticket(self) -> None:
        desk_service, desk = self.staff_desk, self.desk_number.value()
        if desk_service is None:
            return
        self.ctx.tasks.run(
            lambda: desk_service.call_next(desk),
            partial(self._next_called, desk),
            self._call_next_failed,
        )

    def _next_called(self, desk: int, ticket: QueueTicket | None) -> None:
        if ticket is None:
            #: Staff page: nobody is waiting in the branch queue.
            self._say(self.tr("Nobody is waiting."))
            return
        #: Staff page, list entry and announcement: {number} (e.g. A027) was called to desk {desk}.
        text = self.tr("Call next: {number} to desk {desk}").format(number=ticket.number, desk=desk)
        self.calls_list.addItem(text)
        self._say(text)

    def _call_next_failed(self, error: BaseException) -> None:
        _log.info("call next failed (%s)", type(error).__name__)
        #: Staff page: the bank could not be reached to call the next queue number.
        self._say(self.tr("The next number could not be called. Check the connection and try again."))

    # -- phases, leaving ------------------------------------------------------------------------

    def _show_phase(self) -> None:
        phase = self.kiosk.phase
        index = {KioskPhase.LOCKED: 0, KioskPhase.STAFF: 1, KioskPhase.CUSTOMER: 2}[phase]
        self.pages.setCurrentIndex(index)
        self._set_staff_heading()
        focus: QWidget = self.call_button
        if phase is KioskPhase.LOCKED:
            focus = self.staff_user
        elif phase is KioskPhase.STAFF:
            focus = self.hand_over_button
        elif self.customer_window is not None and self.customer_window.current_screen() is not None:
            focus = self.customer_window.current_screen().first_focus()  # type: ignore[union-attr]
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def focusNextPrevChild(self, next: bool) -> bool:
        # One Tab order over the terminal's bar and the customer's app (see _TerminalMainWindow).
        if self.kiosk.phase is KioskPhase.CUSTOMER and self.customer_window is not None:
            return self.customer_window.focusNextPrevChild(next)
        return super().focusNextPrevChild(next)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closing_allowed or self.kiosk.may_leave(""):
            self._end_before_closing()
            event.accept()
            return
        event.ignore()
        #: Prompt for the staff PIN before the terminal closes.
        self.ask_pin(self.tr("Staff PIN to close the terminal"), self._close_with)

    def _close_with(self, pin: str) -> None:
        if self.kiosk.may_leave(pin):
            self._closing_allowed = True
            self.close()
        else:
            self._refused(KioskError("kiosk.pin_wrong"))

    def _end_before_closing(self) -> None:
        if self.kiosk.phase is KioskPhase.CUSTOMER:
            self.kiosk.end_customer_session()

    def _ask_pin_dialog(self, prompt: str, on_pin: Callable[[str], None]) -> None:
        dialog = PinDialog(self, prompt)

        def finished(result: int) -> None:
            pin = dialog.field.text()
            dialog.deleteLater()
            if result == QDialog.DialogCode.Accepted:
                on_pin(pin)

        dialog.finished.connect(finished)
        dialog.open()
        dialog.field.setFocus()

    def _refused(self, exc: BaseException) -> None:
        code = exc.message_code if isinstance(exc, KioskError) else "kiosk.staff_refused"
        self._say(self._refusal_text(code))

    def _refusal_text(self, code: str) -> str:
        texts = {
            #: Staff sign-in refused by the bank (wrong username or password).
            "kiosk.staff_refused": self.tr("Staff sign-in failed. Check the username and password."),
            #: The account that signed in is a customer's, not a member of staff's.
            "kiosk.not_staff": self.tr("This account is not a staff account."),
            #: The shift PIN typed at staff sign-in has the wrong form.
            "kiosk.pin_format": self.tr("The PIN must be 4 to 8 digits."),
            #: The staff PIN was wrong.
            "kiosk.pin_wrong": self.tr("Wrong PIN."),
            #: Too many wrong PINs: the terminal waits a minute.
            "kiosk.pin_locked": self.tr("Too many wrong PINs. Try again in a minute."),
        }
        #: An action that is not possible in the terminal's current state.
        return texts.get(code, self.tr("That is not possible now."))

    def _say(self, text: str) -> None:
        self.ctx.announcer.announce(text, Priority.NEXT)


class _TerminalMainWindow(MainWindow):
    """The customer's app inside the terminal: Tab also visits the terminal's bar (Call staff, take
    back), which comes first on screen; otherwise the app's own Tab order would trap focus inside it."""

    def __init__(self, ctx: AppContext, *, lead: list[QWidget]) -> None:
        self._lead = lead
        super().__init__(ctx)

    def tab_chain(self) -> list[QWidget]:
        return [*(w for w in self._lead if w.isVisible() and w.isEnabled()), *super().tab_chain()]

    def _apply_profile(self, profile: A11yProfile) -> None:
        # A terminal always has an idle limit (the privacy wipe needs it): the customer's own longer
        # limit counts; "no limit" gets the terminal's.
        super()._apply_profile(profile)
        self.session_timer.set_multiplier(kiosk_time_multiplier(profile.time_multiplier))


def _scrolling(page: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(page)
    return area


def _set_button_text(button: QPushButton, text: str) -> None:
    button.setText(text)
    button.setAccessibleName(text)


def _clear_clipboard() -> None:
    QGuiApplication.clipboard().clear()


def _nothing() -> None:
    """A customer's settings are never saved on the terminal."""


def _wipe_after_tasks(session: CustomerSession, pool: QThreadPool | None) -> WipeReport:
    """On a worker thread: let the customer's last requests end, then sign out and wipe."""
    if pool is not None:
        pool.waitForDone(5000)
    return wipe_customer_session(session)


def run_kiosk(options: Options) -> int:
    """`a11y-bank --kiosk`: the terminal, full screen. The embedded demo bank (standing for the real,
    remote bank) keeps its database beside the data dir, never in the terminal's own directory."""
    from a11y_bank.a11y import gcguard
    from a11y_bank.a11y.speech import SpeechService
    from a11y_bank.api.bank import Bank
    from a11y_bank.app import (
        GIL_SWITCH_INTERVAL_S,
        apply_identity,
        apply_settings,
        build_context,
        load_settings,
        start_language,
    )
    from a11y_bank.cli import bank_url
    from a11y_bank.credentials.store import MemoryStore
    from a11y_bank.kiosk import start_customer_session
    from a11y_bank.settings import Settings
    from a11y_bank.ui.headphones import HeadphoneNotices
    from a11y_bank.ui.screens.settings_profile import tell_no_headphones
    from a11y_bank.ui.theme import Theme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    apply_identity(app)
    terminal_dir = options.data_dir / TERMINAL_DIR
    terminal_dir.mkdir(parents=True, exist_ok=True)
    settings, settings_path, _problem = load_settings(options.data_dir)
    start_language(app, options, settings, first_run=False)
    gcguard.install(app)  # cyclic GC only on this thread: see a11y/gcguard.py
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)  # the GUI thread gets the GIL back sooner, as in the app
    theme = Theme(app)
    theme.install()
    speech = SpeechService.from_name(options.speech)
    speech.require_headphones()  # a terminal never speaks aloud at the counter (docs/voice-and-vision.md)
    demo_bank_dir = options.data_dir.with_name(options.data_dir.name + "-demo-bank")
    with bank_url(dataclasses.replace(options, data_dir=demo_bank_dir)) as url:
        staff_bank = Bank.create(url, MemoryStore(), terminal_dir)  # the staff side never calls it
        ctx = build_context(staff_bank, settings, speech, theme=theme, settings_path=settings_path)
        ctx.profile = ProfileStore.in_dir(options.data_dir)  # the terminal's own accessibility profile
        apply_settings(ctx)  # the terminal's own text size, contrast, colours and voice

        def make_customer() -> tuple[AppContext, CustomerSession]:
            session = start_customer_session(url, terminal_dir)
            return build_context(session.bank, Settings(), speech, theme=theme), session

        desk = StaffDesk(url)  # the staff member's session for the shift: calls the next queue number
        window = KioskWindow(KioskSession(verify_staff=desk), make_customer, ctx, staff_desk=desk)
        window.showFullScreen()
        # Before any customer: the terminal's own objects leave the full collections (as in the app);
        # each customer's window is made later and stays collectable, it goes at hand-back.
        gcguard.freeze_long_lived()
        if speech.headphones_missing():
            tell_no_headphones(ctx)
        headphones = HeadphoneNotices(speech, lambda: (window.customer_ctx or ctx).announcer, window)
        headphones.start()  # unplugged at the counter: the voice stops and the screen says so
        if options.quit_after_ms is not None:
            QTimer.singleShot(options.quit_after_ms, app.quit)
        code = app.exec()
        ctx.tasks.wait_for_all(5000)
        headphones.stop()
        desk.sign_out()
        speech.shutdown()
        staff_bank.close()
    return code
