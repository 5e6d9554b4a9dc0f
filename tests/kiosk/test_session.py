"""The terminal's control states, the staff PIN and staff calls (no bank, no Qt)."""

from __future__ import annotations

import pytest

from a11y_bank.kiosk import (
    MAX_PIN_FAILURES,
    PIN_LOCKOUT_SECONDS,
    KioskError,
    KioskPhase,
    KioskSession,
    StaffCall,
    StaffPin,
)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def staff_only(username: str, password: str) -> str:
    if (username, password) != ("staff1", "Staff-1234"):
        raise KioskError("kiosk.staff_refused")
    return "Wang Fang"


def phase_of(kiosk: KioskSession) -> KioskPhase:
    """Read afresh (mypy would otherwise narrow the attribute across the calls that change it)."""
    return kiosk.phase


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def kiosk(clock: Clock) -> KioskSession:
    return KioskSession(verify_staff=staff_only, monotonic=clock)


def test_staff_signs_in_hands_over_and_takes_back_with_the_pin(kiosk: KioskSession) -> None:
    ended: list[str] = []
    kiosk.on_customer_end.append(lambda: ended.append("wiped"))
    assert phase_of(kiosk) is KioskPhase.LOCKED
    kiosk.staff_sign_in("staff1", "Staff-1234", "2468")
    assert (phase_of(kiosk), kiosk.staff_name) == (KioskPhase.STAFF, "Wang Fang")
    kiosk.hand_over()
    assert phase_of(kiosk) is KioskPhase.CUSTOMER
    with pytest.raises(KioskError) as wrong:
        kiosk.take_back("1357")
    assert wrong.value.message_code == "kiosk.pin_wrong"
    assert phase_of(kiosk) is KioskPhase.CUSTOMER
    assert ended == []
    kiosk.take_back("2468")
    assert phase_of(kiosk) is KioskPhase.STAFF
    assert ended == ["wiped"]  # hand-back ends (and wipes) the customer's session first


def test_wrong_staff_credentials_leave_the_terminal_locked(kiosk: KioskSession) -> None:
    with pytest.raises(KioskError) as refused:
        kiosk.staff_sign_in("liwei", "Demo-1234", "2468")
    assert refused.value.message_code == "kiosk.staff_refused"
    assert phase_of(kiosk) is KioskPhase.LOCKED
    with pytest.raises(KioskError):
        kiosk.hand_over()


@pytest.mark.parametrize("pin", ["123", "123456789", "12a4", "١٢٣٤", ""])
def test_pin_must_be_4_to_8_ascii_digits(kiosk: KioskSession, pin: str) -> None:
    with pytest.raises(KioskError) as bad:
        kiosk.staff_sign_in("staff1", "Staff-1234", pin)
    assert bad.value.message_code == "kiosk.pin_format"
    assert phase_of(kiosk) is KioskPhase.LOCKED


def test_pin_is_hashed_and_never_in_a_repr(kiosk: KioskSession) -> None:
    kiosk.staff_sign_in("staff1", "Staff-1234", "80417293")
    assert "80417293" not in repr(kiosk)
    pin = StaffPin("80417293")
    assert "80417293" not in repr(pin)
    assert b"80417293" not in pin._digest
    assert pin.matches("80417293")
    assert not pin.matches("80417294")


def test_leaving_needs_the_pin_once_staff_signed_in(kiosk: KioskSession) -> None:
    assert kiosk.may_leave("")  # nothing to protect before the shift starts
    kiosk.staff_sign_in("staff1", "Staff-1234", "2468")
    assert not kiosk.may_leave("")
    assert not kiosk.may_leave("2469")
    assert kiosk.may_leave("2468")


def test_repeated_wrong_pins_lock_out_for_a_minute(kiosk: KioskSession, clock: Clock) -> None:
    kiosk.staff_sign_in("staff1", "Staff-1234", "2468")
    kiosk.hand_over()
    codes = []
    for _ in range(MAX_PIN_FAILURES):
        with pytest.raises(KioskError) as wrong:
            kiosk.take_back("0000")
        codes.append(wrong.value.message_code)
    assert codes[-1] == "kiosk.pin_locked"
    assert set(codes[:-1]) == {"kiosk.pin_wrong"}
    with pytest.raises(KioskError) as locked:
        kiosk.take_back("2468")  # even the right PIN waits out the lock-out
    assert locked.value.message_code == "kiosk.pin_locked"
    clock.now += PIN_LOCKOUT_SECONDS + 1
    kiosk.take_back("2468")
    assert phase_of(kiosk) is KioskPhase.STAFF


def test_call_staff_notifies_listeners_and_is_cleared_on_take_back(kiosk: KioskSession) -> None:
    heard: list[StaffCall] = []
    kiosk.on_call.append(heard.append)
    kiosk.staff_sign_in("staff1", "Staff-1234", "2468")
    kiosk.hand_over()
    first = kiosk.call_staff()
    second = kiosk.call_staff()
    assert heard == [first, second]
    assert [c.number for c in heard] == [1, 2]
    kiosk.take_back("2468")
    assert kiosk.calls == []


def test_kiosk_flag_on_the_command_line() -> None:
    from a11y_bank.cli import parse_args

    assert parse_args(["--kiosk"]).kiosk is True
    assert parse_args([]).kiosk is False
