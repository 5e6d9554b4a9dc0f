"""Plain http only to a bank on this machine; everything else over verified TLS."""

from __future__ import annotations

import pytest

from a11y_bank.api.config import ApiConfig


@pytest.mark.parametrize(
    "url",
    [
        "https://bank.example",
        "http://127.0.0.1:8080",
        "http://[::1]:9",
        "http://localhost:1",
        "http://127.9.9.9",
    ],
)
def test_tls_or_loopback_is_allowed(url: str) -> None:
    ApiConfig(url)


@pytest.mark.parametrize(
    "url",
    [
        "http://bank.example",
        "http://10.0.0.1",
        "http://localhost.evil.example",
        "http://127.0.0.1.evil.example",
        "ftp://127.0.0.1",
        "file:///etc/passwd",
        "bank.example",
    ],
)
def test_plain_http_to_another_machine_is_refused(url: str) -> None:
    with pytest.raises(ValueError, match="https"):
        ApiConfig(url)


def test_certificate_verification_has_no_switch() -> None:
    assert not any("verify" in name for name in ApiConfig.__dataclass_fields__)
