"""The spec oracle itself: it must load the published specs unmodified and must catch violations."""

from __future__ import annotations

import hashlib
from pathlib import Path

import httpx
import pytest
import yaml

from tests.support import oas

ACCOUNTS_URL = "http://127.0.0.1:1/open-banking/v4.0/aisp/accounts"
GOOD_ACCOUNTS = {
    "Data": {
        "Account": [
            {"AccountId": "a1", "Currency": "CNY", "AccountCategory": "Personal", "AccountTypeCode": "CACC"}
        ]
    },
    "Links": {"Self": ACCOUNTS_URL},
    "Meta": {},
}
HEADERS = {"content-type": "application/json", "x-fapi-interaction-id": "1"}


def test_specs_match_the_recorded_hashes() -> None:
    oas.verify_ob_specs()
    for name, digest in oas.OB_SHA256.items():
        assert hashlib.sha256((oas.OB_DIR / name).read_bytes()).hexdigest() == digest


def test_a_changed_spec_is_refused(tmp_path: Path) -> None:
    original = (oas.OB_DIR / "confirmation-funds-openapi.yaml").read_bytes()
    copy = tmp_path / "confirmation-funds-openapi.yaml"
    copy.write_bytes(original.replace(b"4.0", b"4.1", 1))
    with pytest.raises(oas.SpecIntegrityError):
        oas._read_verified(copy, oas.OB_SHA256["confirmation-funds-openapi.yaml"])


def test_the_duplicate_week_is_removed_in_memory_only() -> None:
    raw = (oas.OB_DIR / "payment-initiation-openapi.yaml").read_bytes()
    spec = yaml.load(raw, Loader=yaml.CSafeLoader)
    assert spec["components"]["schemas"]["OBFrequency6Code"]["enum"].count("WEEK") == 2  # upstream defect
    oas._dedupe_frequency_enum(spec)
    assert spec["components"]["schemas"]["OBFrequency6Code"]["enum"].count("WEEK") == 1
    assert hashlib.sha256(raw).hexdigest() == oas.OB_SHA256["payment-initiation-openapi.yaml"]


def test_valid_traffic_passes_and_is_counted() -> None:
    before = oas.VALIDATION_COUNTS["response"]
    assert oas.validate_request("GET", ACCOUNTS_URL, {"Authorization": "Bearer t"}) is True
    assert oas.validate_response("GET", ACCOUNTS_URL, 200, HEADERS, GOOD_ACCOUNTS) is True
    assert oas.VALIDATION_COUNTS["response"] == before + 1
    assert "responses" in oas.validation_summary()


@pytest.mark.parametrize(
    ("status", "headers", "body"),
    [
        (200, HEADERS, {**GOOD_ACCOUNTS, "Data": {"Account": [{"AccountId": "a1", "Colour": "red"}]}}),
        (200, HEADERS, {"Data": {"Account": [{"AccountId": "a1", "Currency": "cny"}]}}),
        (200, {"content-type": "application/json"}, GOOD_ACCOUNTS),  # no x-fapi-interaction-id
        (418, HEADERS, GOOD_ACCOUNTS),
    ],
)
def test_violations_are_caught(status: int, headers: dict[str, str], body: object) -> None:
    with pytest.raises(oas.SpecViolation):
        oas.validate_response("GET", ACCOUNTS_URL, status, headers, body)


def test_requests_are_checked_too() -> None:
    with pytest.raises(oas.SpecViolation, match="Authorization"):
        oas.validate_request("GET", ACCOUNTS_URL, {})
    with pytest.raises(oas.SpecViolation):
        oas.validate_request(
            "POST",
            "http://127.0.0.1:1/open-banking/v4.0/pisp/domestic-payment-consents",
            {"Authorization": "Bearer t", "x-idempotency-key": "k", "x-jws-signature": "a..b"},
            {"Data": {"Initiation": {}}, "Risk": {}},
        )


def test_paths_outside_every_spec() -> None:
    assert oas.validate_request("GET", "http://127.0.0.1:1/__sandbox__/outbox") is False
    with pytest.raises(oas.SpecViolation, match="no spec covers"):
        oas.validate_request("GET", "http://127.0.0.1:1/open-banking/v3.1/aisp/accounts")


def test_validating_transport_and_event_hooks() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        body = GOOD_ACCOUNTS if request.headers.get("x-good") else {"Data": {"Account": [{"Nope": 1}]}}
        return httpx.Response(200, json=body, headers={"x-fapi-interaction-id": "1"})

    auth = {"Authorization": "Bearer t"}
    with httpx.Client(transport=oas.ValidatingTransport(httpx.MockTransport(handler))) as client:
        assert client.get(ACCOUNTS_URL, headers={**auth, "x-good": "1"}).status_code == 200
        with pytest.raises(oas.SpecViolation):
            client.get(ACCOUNTS_URL, headers=auth)
    hooks = oas.validating_event_hooks()
    with httpx.Client(transport=httpx.MockTransport(handler), event_hooks=hooks) as client:
        assert client.get(ACCOUNTS_URL, headers={**auth, "x-good": "1"}).status_code == 200
        with pytest.raises(oas.SpecViolation):
            client.get(ACCOUNTS_URL, headers=auth)


def test_the_extension_spec_passes_the_spec_validator() -> None:
    from openapi_spec_validator import validate

    validate(yaml.safe_load(oas.EXTENSION_SPEC.read_text()))
