"""Every screen reports a failed bank call the same way (`error_codes.say_error`), so messages with
placeholders (the rate limit's "{seconds}") are filled in wherever the error happens."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from a11y_bank.a11y.announcer import AnnouncementSpy
from a11y_bank.api.errors import RateLimited, ServerError
from a11y_bank.ui.context import AppContext
from a11y_bank.ui.screens.bills import BillsScreen
from a11y_bank.ui.screens.payees import PayeesScreen
from a11y_bank.ui.screens.transfer import TransferScreen

ScreenCase = tuple[Callable[[AppContext], QWidget], str, str]

CASES: dict[str, ScreenCase] = {
    "bills": (BillsScreen, "_failed", "status"),
    "payees": (PayeesScreen, "_failed", "status"),
    "transfer": (TransferScreen, "_load_failed", "form_status"),
}


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_a_rate_limit_says_how_many_seconds_to_wait(
    qtbot: QtBot, offline_ctx: AppContext, case: ScreenCase
) -> None:
    make, handler, status_name = case
    spy = AnnouncementSpy(offline_ctx.announcer)
    screen = make(offline_ctx)
    qtbot.add_widget(screen)
    getattr(screen, handler)(RateLimited(7.2))
    status = getattr(screen, status_name)
    assert isinstance(status, QLabel)
    assert status.text().startswith("Too many requests. Try again in 8 seconds.")
    assert "{seconds}" not in status.text()
    assert "{seconds}" not in " ".join(spy.texts)
    assert any("wait 8 seconds" in text for text in spy.texts)


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_a_server_error_says_the_bank_has_a_problem(
    qtbot: QtBot, offline_ctx: AppContext, case: ScreenCase
) -> None:
    make, handler, status_name = case
    screen = make(offline_ctx)
    qtbot.add_widget(screen)
    getattr(screen, handler)(ServerError(503))
    assert getattr(screen, status_name).text().startswith("The bank has a problem right now.")
