"""A screen closed while its list is loading: the answer arrives later and must not touch deleted widgets."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
import shiboken6
from pytestqt.qtbot import QtBot

from a11y_bank.a11y.speech import SpeechService, SpyBackend
from a11y_bank.api.models import Beneficiary
from a11y_bank.app import build_context
from a11y_bank.ui.context import AppContext
from a11y_bank.ui.screens.payees import PayeesScreen


class SlowBank:
    """Answers the payee list only when the test lets it."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.asked = threading.Event()

    def beneficiaries(self) -> list[Beneficiary]:
        self.asked.set()
        self.release.wait(5)
        return []


@pytest.fixture
def slow_bank() -> SlowBank:
    return SlowBank()


@pytest.fixture
def slow_ctx(qtbot: QtBot, slow_bank: SlowBank, settings: Any) -> Iterator[AppContext]:
    context = build_context(slow_bank, settings, SpeechService(SpyBackend()))  # type: ignore[arg-type]
    yield context
    slow_bank.release.set()
    context.tasks.wait_for_all(5_000)
    qtbot.wait(1)


def test_payees_closed_while_loading_ignore_the_late_list(
    qtbot: QtBot, slow_ctx: AppContext, slow_bank: SlowBank
) -> None:
    screen = PayeesScreen(slow_ctx)
    screen.refresh()
    assert slow_bank.asked.wait(5)
    screen.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(screen))
    slow_bank.release.set()
    assert slow_ctx.tasks.wait_for_all(5_000)
    qtbot.wait(50)  # the answer's delivery would run now: pytest-qt fails the test on any slot error
