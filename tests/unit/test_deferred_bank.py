"""cli.DeferredBank: the bank built on a thread so the window shows first (docs/performance.md)."""

from __future__ import annotations

import threading
from contextlib import ExitStack
from typing import Any

import pytest

from a11y_bank.api.errors import Offline
from a11y_bank.cli import DeferredBank


class FakeBank:
    def __init__(self) -> None:
        self.session: object | None = None
        self.closed = False
        self.calls: list[str] = []

    def accounts(self) -> list[str]:
        self.calls.append("accounts")
        return ["current"]

    def close(self) -> None:
        self.closed = True


class GatedBuild:
    """A build that waits for `release` and counts how often it ran; its resources are recorded."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.runs = 0
        self.bank = FakeBank()
        self.stopped: list[str] = []

    def __call__(self, resources: ExitStack) -> Any:
        self.runs += 1
        resources.callback(self.stopped.append, "demo bank")
        if not self.release.wait(10):
            raise AssertionError("the test never released the build")
        return self.bank


def test_calls_wait_for_the_build_and_reach_the_real_bank() -> None:
    build = GatedBuild()
    deferred = DeferredBank(build)
    results: list[Any] = []
    caller = threading.Thread(target=lambda: results.append(deferred.accounts()))
    caller.start()  # like a TaskRunner worker pressing Sign in before the bank is up
    caller.join(0.2)
    assert caller.is_alive()
    assert results == []
    assert not deferred.ready
    build.release.set()
    caller.join(10)
    assert results == [["current"]]
    assert build.bank.calls == ["accounts"]
    assert deferred.ready
    deferred.close()
    assert build.bank.closed
    assert build.stopped == ["demo bank"]


def test_session_is_signed_out_while_building_without_waiting() -> None:
    build = GatedBuild()
    deferred = DeferredBank(build)
    deferred.start()
    assert deferred.session is None  # answered at once: the GUI thread asks this (emergency panel)
    build.bank.session = "signed in"
    build.release.set()
    deferred.wait()
    assert deferred.session == "signed in"
    deferred.close()


def test_the_build_runs_once_however_many_callers_start_it() -> None:
    build = GatedBuild()
    deferred = DeferredBank(build)
    # The lambda matters: `target=deferred.accounts` would look the name up (and wait) on this thread.
    callers = [threading.Thread(target=lambda: deferred.accounts()) for _ in range(8)]  # noqa: PLW0108
    for caller in callers:
        caller.start()
    deferred.start()
    build.release.set()
    for caller in callers:
        caller.join(10)
    assert build.runs == 1
    assert build.bank.calls == ["accounts"] * 8
    deferred.close()


def test_a_failed_build_is_offline_and_still_releases_what_it_started() -> None:
    stopped: list[str] = []

    def broken(resources: ExitStack) -> Any:
        resources.callback(stopped.append, "demo bank")
        raise OSError("address already in use")

    deferred = DeferredBank(broken)
    with pytest.raises(Offline):
        deferred.accounts()
    assert "failed" in repr(deferred)
    deferred.close()
    assert stopped == ["demo bank"]


def test_a_build_that_never_finishes_times_out_as_offline() -> None:
    build = GatedBuild()
    deferred = DeferredBank(build, timeout_s=0.05)
    with pytest.raises(Offline):
        deferred.accounts()
    build.release.set()
    deferred.close()


def test_closing_before_starting_builds_nothing() -> None:
    build = GatedBuild()
    DeferredBank(build).close()
    assert build.runs == 0


def test_dunder_lookups_do_not_wait_for_the_bank() -> None:
    build = GatedBuild()
    deferred = DeferredBank(build)
    assert not hasattr(deferred, "__iter__")  # copy, pickle and friends probe such names
    assert repr(deferred) == "DeferredBank(starting)"
    assert build.runs == 0
