"""Schemathesis against the implemented AISP endpoints over loopback: no 5xx, and every response conforms."""

from __future__ import annotations

from typing import Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance, status_code_conformance

from a11y_bank.sandbox.server import RunningSandbox
from tests.sandbox.conftest import ALL_READ, BankClient
from tests.support import oas

IMPLEMENTED = (
    r"^/account-access-consents(/\{ConsentId\})?$"
    r"|^/accounts(/\{AccountId\}(/(balances|transactions|beneficiaries|standing-orders|scheduled-payments|product))?)?$"
)
ACCOUNT_IDS = ["acc-lw-cur", "acc-lw-shop", "acc-lw-gbp", "acc-al-cur", "not-an-account"]


def _schema() -> schemathesis.schemas.BaseSchema:
    name = "account-info-openapi.yaml"
    spec = oas._load_yaml(oas._read_verified(oas.OB_DIR / name, oas.OB_SHA256[name]))
    return schemathesis.openapi.from_dict(spec).include(path_regex=IMPLEMENTED)


def test_aisp_fuzz(bank: RunningSandbox) -> None:
    client = BankClient(bank)
    client.control("POST", "/rate-limit", {"RequestsPerSecond": 10_000, "Burst": 10_000})
    client.sign_in("liwei")
    client.grant_reading(ALL_READ)
    auth = {"Authorization": f"Bearer {client.token}"}
    base_url = f"{bank.url}{oas.AISP_PREFIX}"
    session = requests.Session()
    operations = [result.ok() for result in _schema().get_all_operations()]  # type: ignore[union-attr]
    assert len(operations) == 11

    for operation in operations:

        @settings(max_examples=12, deadline=None, database=None, suppress_health_check=list(HealthCheck))
        @given(case=operation.as_strategy(), account=st.sampled_from(ACCOUNT_IDS))
        def check(case: schemathesis.Case[Any], account: str) -> None:
            if case.path_parameters and "AccountId" in case.path_parameters:
                case.path_parameters["AccountId"] = (
                    account  # mostly real ids, so the 200 paths are fuzzed too
                )
            response = case.call(base_url=base_url, session=session, headers=auth)
            case.validate_response(
                response, checks=[not_a_server_error, status_code_conformance, response_schema_conformance]
            )
            headers = [
                (k, v) for k, vs in response.headers.items() for v in (vs if isinstance(vs, list) else [vs])
            ]
            url = str(response.request.url)
            oas.validate_response(case.method, url, response.status_code, headers, response.content)

        check()
    session.close()
    client.close()


@pytest.mark.parametrize("path", ["/accounts/acc-lw-cur/transactions"])
def test_fuzzed_dates_never_break_the_server(bank: RunningSandbox, path: str) -> None:
    client = BankClient(bank)
    client.sign_in("liwei")
    client.grant_reading(ALL_READ)
    for value in ["9999-12-31T23:59:59+14:00", "0001-01-01T00:00:00-12:00", "2024-02-30T00:00:00Z", "", "Z"]:
        response = client.unchecked.get(
            f"{oas.AISP_PREFIX}{path}", params={"fromBookingDateTime": value}, headers=client.headers()
        )
        assert response.status_code in (200, 400), (value, response.status_code)
    client.close()
