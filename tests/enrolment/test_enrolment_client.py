"""`api.enrolment` against the real sandbox (validated by the spec oracle): enrol before sign-in, the
profile, a password change that signs out the other session, and the client-side password check."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from a11y_bank.api.bank import Bank
from a11y_bank.api.enrolment import (
    AccessibilityProfile,
    Enrolment,
    PasswordRules,
    Security,
    password_problems,
)
from a11y_bank.api.errors import AuthExpired, Rejected
from a11y_bank.sandbox.server import RunningSandbox, start_in_thread
from tests.api.fakes import FakeSleep
from tests.api.sandbox_support import Controls, all_validated, make_bank, validated_transport

RULES = PasswordRules(8, 128, True, True, "rules")
NEW_PASSWORD = "Tea at 4 every day"


@pytest.fixture
def running(tmp_path: Path) -> Iterator[RunningSandbox]:
    sandbox = start_in_thread(tmp_path / "bank.db", test_controls=True)
    try:
        yield sandbox
    finally:
        sandbox.stop()


def bank_for(running: RunningSandbox, tmp_path: Path, name: str) -> Bank:
    return make_bank(running.url, tmp_path / name, validated_transport(), sleep=FakeSleep())


def test_enrol_then_sign_in_with_the_new_password(running: RunningSandbox, tmp_path: Path) -> None:
    bank = bank_for(running, tmp_path, "a")
    controls = Controls(running.url)
    try:
        enrolment = Enrolment(bank)
        started = enrolment.start("6217000010023456789", "310101199202022345", "EMAIL")
        assert started.password_rules.min_length == 8
        assert "@" in started.masked_destination
        code = controls.http.get("/__sandbox__/outbox", params={"ChallengeId": started.enrolment_id}).json()
        profile = enrolment.complete(
            started,
            code["Data"]["Message"][-1]["Code"],
            NEW_PASSWORD,
            ["SMS", "TOKEN"],
            AccessibilityProfile(True, ("SCREEN_READER",)),
        )
        assert profile.username == "alice"
        assert profile.accessibility == AccessibilityProfile(True, ("SCREEN_READER",))
        bank.sign_in("alice", NEW_PASSWORD)
        assert Security(bank).profile().code_channels == ("SMS", "TOKEN")
        with pytest.raises(Rejected) as mismatch:
            enrolment.start("6217000010023456789", "310101199001011234")
        assert mismatch.value.has_code("EN01")
    finally:
        controls.close()
        bank.close()


def test_password_change_signs_out_the_other_session(running: RunningSandbox, tmp_path: Path) -> None:
    here, elsewhere = bank_for(running, tmp_path, "here"), bank_for(running, tmp_path, "elsewhere")
    controls = Controls(running.url)
    try:
        here.sign_in("liwei", "Demo-1234")
        elsewhere.sign_in("liwei", "Demo-1234")
        security = Security(here)
        change = security.prepare_password_change(NEW_PASSWORD)
        challenge = security.send_code(change, "TOKEN")
        security.confirm_code(challenge, controls.code_for(challenge))
        applied = security.apply(change)
        assert applied.other_sessions_signed_out == 1
        assert security.apply(change) == applied  # a retry gets the first answer
        with pytest.raises(AuthExpired):
            Security(elsewhere).profile()
        assert security.set_accessibility(AccessibilityProfile(True, ("LARGE_TEXT",))).accessibility.opt_in
        assert not security.set_accessibility(AccessibilityProfile(False)).accessibility.opt_in
    finally:
        controls.close()
        here.close()
        elsewhere.close()


@given(st.text(max_size=200))
def test_client_and_server_rules_agree(password: str) -> None:
    """The client's check equals the bank's rule (enrolment.check_password) for any text."""
    from a11y_bank.sandbox.enrolment import check_password
    from a11y_bank.sandbox.errors import ApiError

    try:
        check_password(password, "Data.Password")
        server_ok = True
    except ApiError:
        server_ok = False
    assert (password_problems(password, RULES) == []) == server_ok


def test_validated(running: RunningSandbox, tmp_path: Path) -> None:
    """Every request of an enrolment start is validated by the oracle (and a bad pair is EN01)."""
    transport = validated_transport()
    bank = make_bank(running.url, tmp_path, transport, sleep=FakeSleep())
    try:
        with all_validated(transport), pytest.raises(Rejected):
            Enrolment(bank).start("1234567890", "X")
    finally:
        bank.close()
