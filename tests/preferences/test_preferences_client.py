"""`api.preferences` against the real sandbox, every request and response validated by the spec oracle:
the exported profile document of `a11y.profile` goes to the bank and comes back the same; refusals and
a lost answer to a PUT are handled as the transport's retry rules promise."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from a11y_bank.a11y.profile import A11yProfile, export_document, read_document
from a11y_bank.api.bank import Bank
from a11y_bank.api.enrolment import AccessibilityProfile, Security
from a11y_bank.api.errors import Rejected
from a11y_bank.api.preferences import NOT_OPTED_IN, BankPreferences
from a11y_bank.sandbox.server import RunningSandbox
from a11y_bank.settings import Settings
from tests.api.fakes import FakeSleep
from tests.api.sandbox_support import Controls, all_validated, make_bank, validated_transport

CUSTOMER_PROFILE = A11yProfile(theme="high_contrast_dark", verbosity="expert", time_multiplier=5)


@pytest.fixture
def running(bank: RunningSandbox) -> RunningSandbox:
    """A fresh copy of the demo bank (tests/sandbox/conftest.py), test controls on."""
    return bank


@pytest.fixture
def signed_in(running: RunningSandbox, tmp_path: Path) -> Iterator[tuple[Bank, object]]:
    transport = validated_transport()
    bank = make_bank(running.url, tmp_path / "client", transport, sleep=FakeSleep())
    bank.sign_in("liwei", "Demo-1234")
    try:
        yield bank, transport
    finally:
        bank.close()


def customer_document() -> dict[str, object]:
    settings = Settings(text_size_percent=300, voice_enabled=True, voice_rate=140)
    return export_document(CUSTOMER_PROFILE, settings)


def test_the_exported_profile_goes_to_the_bank_and_comes_back_the_same(
    signed_in: tuple[Bank, object],
) -> None:
    bank, transport = signed_in
    preferences = BankPreferences(bank)
    with all_validated(transport):  # type: ignore[arg-type]
        assert preferences.get() is None
        with pytest.raises(Rejected) as refused:
            preferences.keep(customer_document())
        assert refused.value.has_code(NOT_OPTED_IN)
        Security(bank).set_accessibility(AccessibilityProfile(True, ("LARGE_TEXT",)))
        kept = preferences.keep(customer_document())
        assert kept.document == customer_document()
        fetched = preferences.get()
    assert fetched is not None
    profile, shared = read_document(fetched.document)
    assert profile == CUSTOMER_PROFILE
    assert (shared["text_size_percent"], shared["voice_enabled"], shared["voice_rate"]) == (300, True, 140)


def test_remove_and_opt_out_leave_nothing(signed_in: tuple[Bank, object]) -> None:
    bank, transport = signed_in
    preferences, security = BankPreferences(bank), Security(bank)
    with all_validated(transport):  # type: ignore[arg-type]
        security.set_accessibility(AccessibilityProfile(True, ()))
        preferences.keep(customer_document())
        preferences.remove()
        assert preferences.get() is None
        preferences.remove()  # harmless when nothing is kept
        preferences.keep(customer_document())
        security.set_accessibility(AccessibilityProfile(False, ()))
        assert preferences.get() is None


def test_a_document_over_the_cap_is_never_sent(signed_in: tuple[Bank, object]) -> None:
    bank, _transport = signed_in
    huge = customer_document()
    huge["profile"] = {**huge["profile"], "notes": "x" * 20_000}  # type: ignore[dict-item]
    with pytest.raises(ValueError, match="larger"):
        BankPreferences(bank).keep(huge)


class KeyRecorder(httpx.BaseTransport):
    """Records each request's method and idempotency key, then passes it on."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.sent: list[tuple[str, str | None]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.append((request.method, request.headers.get("x-idempotency-key")))
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


def test_a_lost_answer_to_the_put_is_retried_with_the_same_key(
    running: RunningSandbox, tmp_path: Path
) -> None:
    recorder = KeyRecorder(validated_transport())
    bank = make_bank(running.url, tmp_path / "client", recorder, sleep=FakeSleep())
    controls = Controls(running.url)
    try:
        bank.sign_in("liwei", "Demo-1234")
        Security(bank).set_accessibility(AccessibilityProfile(True, ()))
        controls.fault("drop", "/a11y-ext/v1/profile/accessibility/preferences", method="PUT")
        kept = BankPreferences(bank).keep(customer_document())
    finally:
        controls.close()
        bank.close()
    assert kept.document == customer_document()
    puts = [key for method, key in recorder.sent if method == "PUT"]
    assert len(puts) == 2  # the dropped answer, then the replay
    assert puts[0] == puts[1]
    assert puts[0]
