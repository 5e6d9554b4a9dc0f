"""Errors: catalogue codes exist, and str/repr never carry bodies, tokens or account numbers."""

from __future__ import annotations

import httpx
import pytest

from a11y_bank.api.errors import (
    AuthExpired,
    BankApiError,
    CredentialsUnavailable,
    InvalidResponse,
    ObError,
    Offline,
    OutcomeUnknown,
    RateLimited,
    Rejected,
    ServerError,
    Timeout,
)
from a11y_bank.api.transport import rejection_from
from a11y_bank.domain.messages import CATALOGUE

SECRET_BODY = b'{"Errors":[{"ErrorCode":"U001","Message":"token abc123 account 6222020200112345678"}]}'


@pytest.mark.parametrize(
    "error",
    [
        Offline(),
        Timeout(),
        AuthExpired(),
        RateLimited(5.0),
        ServerError(503),
        OutcomeUnknown(intent_id="i-1"),
        InvalidResponse("Data.Amount is not a string"),
        Rejected(400, "U001", [ObError("U001")]),
        Rejected(400, "U009", [ObError("U009")]),
        Rejected(400, "U012", [ObError("U012")]),
        Rejected(400, "AM04", [ObError("AM04")]),
        Rejected(400, "AM02", [ObError("AM02")]),
        Rejected(400, "SC01", [ObError("SC01")]),
        Rejected(400, "SC02", [ObError("SC02")]),
        Rejected(400, "SC03", [ObError("SC03")]),
        Rejected(401, None, message_code="sign_in.failed"),
        CredentialsUnavailable("credentials.unavailable"),
        CredentialsUnavailable("credentials.locked"),
    ],
)
def test_every_error_has_a_catalogue_message(error: BankApiError) -> None:
    assert error.message_code in CATALOGUE


def test_a_server_error_says_the_bank_has_a_problem_not_that_it_cannot_be_reached() -> None:
    error = ServerError(503)
    assert error.message_code == "api.server_error"
    entry = CATALOGUE["api.server_error"]
    assert (entry.text, entry.spoken) == (
        "The bank has a problem right now.",
        "The bank had a problem and could not answer. Nothing was changed.",
    )
    assert "internet connection" not in entry.action


def test_rejected_str_and_repr_show_codes_only() -> None:
    error = rejection_from(httpx.Response(400, content=SECRET_BODY))
    assert error.ob_errors[0].message.startswith("token")  # kept for support, but never printed
    for text in (str(error), repr(error)):
        assert "abc123" not in text
        assert "6222020200112345678" not in text
        assert "U001" in text


def test_rejected_without_ob_body_still_has_a_message() -> None:
    error = rejection_from(httpx.Response(403, content=b"<html>nope</html>"))
    assert (error.status, error.code, error.ob_errors) == (403, None, ())
    assert error.message_code == "api.rejected"


def test_specific_code_wins_over_generic_one() -> None:
    error = Rejected(400, "U001", [ObError("U001"), ObError("AM04")])
    assert error.message_code == "payment.insufficient_funds"
    assert error.has_code("AM04")
    assert not error.has_code("U009")


def test_rate_limited_repr_has_retry_after() -> None:
    assert repr(RateLimited(7.0)) == "RateLimited(retry_after=7.0)"
    assert str(Offline()) == "Offline"
