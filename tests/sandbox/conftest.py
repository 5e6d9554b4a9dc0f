"""Fixtures for the sandbox tests: a fresh demo bank per test (copied from one generated template) and a
client whose every request and response is validated against the specs by ``tests.support.oas``."""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, time
from pathlib import Path
from typing import Any

import httpx
import pytest

from a11y_bank.sandbox.clock import Clock
from a11y_bank.sandbox.server import RunningSandbox, start_in_thread
from a11y_bank.sandbox.state import open_sandbox
from tests.support.oas import ValidatingTransport

AISP = "/open-banking/v4.0/aisp"
PISP = "/open-banking/v4.0/pisp"
EXT = "/a11y-ext/v1"
ALL_READ = [
    "ReadAccountsDetail",
    "ReadBalances",
    "ReadTransactionsDetail",
    "ReadTransactionsCredits",
    "ReadTransactionsDebits",
    "ReadBeneficiariesDetail",
    "ReadStandingOrdersDetail",
    "ReadScheduledPaymentsDetail",
    "ReadProducts",
]
LIWEI_CURRENT = {"SchemeName": "UK.OBIE.BBAN", "Identification": "6222020200112345678", "Name": "Li Wei"}
ALICE_CURRENT = {"SchemeName": "UK.OBIE.BBAN", "Identification": "6217000010023456789", "Name": "Alice Chen"}
WANG_FANG = {"SchemeName": "UK.OBIE.BBAN", "Identification": "6228480000033334444", "Name": "Wang Fang"}
CLOSED_ACCOUNT = {
    "SchemeName": "UK.OBIE.BBAN",
    "Identification": "6228480000099990000",
    "Name": "Closed Account Trading Co",
}
JWS = "eyJhbGciOiJIUzI1NiJ9..c2lnbmF0dXJl"


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo data is generated once per session; each test gets a copy."""
    path = tmp_path_factory.mktemp("template") / "bank.sqlite3"
    sandbox = open_sandbox(path)
    sandbox.db.close()  # checkpoints the WAL into the main file
    return path


@pytest.fixture
def bank(template_db: Path, tmp_path: Path) -> Iterator[RunningSandbox]:
    db = tmp_path / "bank.sqlite3"
    shutil.copyfile(template_db, db)
    # Pin the sandbox clock to 10:00 UTC today so same-day payments never meet the 22:00 cut-off by chance.
    clock = Clock()
    clock.set(datetime.combine(datetime.now(UTC).date(), time(10, 0), tzinfo=UTC))
    running = start_in_thread(db, test_controls=True, clock=clock)
    try:
        yield running
    finally:
        running.stop()


class BankClient:
    """A thin test client: OB headers, sign-in, and the multi-step flows tests repeat."""

    def __init__(self, running: RunningSandbox) -> None:
        self.running = running
        self.http = httpx.Client(
            base_url=running.url, transport=ValidatingTransport(httpx.HTTPTransport()), timeout=30
        )
        # For deliberately invalid requests: the server's answer is still checked against the spec.
        self.unchecked = httpx.Client(
            base_url=running.url,
            transport=ValidatingTransport(httpx.HTTPTransport(), validate_requests=False),
            timeout=30,
        )
        self.token: str | None = None
        self.username: str | None = None

    def close(self) -> None:
        self.http.close()
        self.unchecked.close()

    def headers(self, *, key: str | None = None, jws: bool = False, auth: bool = True) -> dict[str, str]:
        out = {"x-fapi-interaction-id": str(uuid.uuid4())}
        if auth and self.token:
            out["Authorization"] = f"Bearer {self.token}"
        if key is not None:
            out["x-idempotency-key"] = key
        if jws:
            out["x-jws-signature"] = JWS
        return out

    def get(self, path: str, **params: Any) -> httpx.Response:
        return self.http.get(path, params=params, headers=self.headers())

    def post(
        self, path: str, body: dict[str, Any] | None = None, *, key: str | None = None, jws: bool = False
    ) -> httpx.Response:
        if key is None and not path.startswith((f"{EXT}/auth", f"{AISP}/")):
            key = str(uuid.uuid4())
        return self.http.post(path, json=body, headers=self.headers(key=key, jws=jws))

    def delete(self, path: str) -> httpx.Response:
        return self.http.delete(path, headers=self.headers())

    def control(self, method: str, path: str, body: dict[str, Any] | None = None) -> httpx.Response:
        return self.http.request(method, f"/__sandbox__{path}", json=body)

    def sign_in(self, username: str = "liwei", password: str = "Demo-1234") -> dict[str, Any]:
        response = self.post(f"{EXT}/auth/sign-in", {"Data": {"Username": username, "Password": password}})
        assert response.status_code == 201, response.text
        data: dict[str, Any] = response.json()["Data"]
        self.token = data["AccessToken"]
        self.username = username
        return data

    def grant_reading(self, permissions: list[str] | None = None) -> str:
        response = self.post(
            f"{AISP}/account-access-consents", {"Data": {"Permissions": permissions or ALL_READ}, "Risk": {}}
        )
        assert response.status_code == 201, response.text
        consent_id: str = response.json()["Data"]["ConsentId"]
        authorised = self.post(f"{EXT}/consents/{consent_id}/authorise")
        assert authorised.status_code == 200, authorised.text
        return consent_id

    def payment_consent(
        self, initiation: dict[str, Any], *, scheduled: bool = False, key: str | None = None
    ) -> httpx.Response:
        path = "domestic-scheduled-payment-consents" if scheduled else "domestic-payment-consents"
        data: dict[str, Any] = {"Initiation": initiation}
        if scheduled:
            data["Permission"] = "Create"
        return self.post(f"{PISP}/{path}", {"Data": data, "Risk": {}}, key=key, jws=True)

    def challenge(self, consent_id: str, channel: str = "SMS") -> tuple[str, str]:
        """Ask for a code; return (challenge id, the code from the outbox)."""
        response = self.post(f"{EXT}/sca/challenges", {"Data": {"ConsentId": consent_id, "Channel": channel}})
        assert response.status_code == 201, response.text
        challenge_id: str = response.json()["Data"]["ChallengeId"]
        return challenge_id, self.code_for(challenge_id)

    def code_for(self, challenge_id: str) -> str:
        messages = self.control("GET", f"/outbox?ChallengeId={challenge_id}").json()["Data"]["Message"]
        code: str = messages[-1]["Code"]
        return code

    def verify(self, challenge_id: str, code: str) -> httpx.Response:
        return self.post(f"{EXT}/sca/challenges/{challenge_id}/verify", {"Data": {"Code": code}})

    def authorised_consent(self, initiation: dict[str, Any], *, scheduled: bool = False) -> str:
        response = self.payment_consent(initiation, scheduled=scheduled)
        assert response.status_code == 201, response.text
        consent_id: str = response.json()["Data"]["ConsentId"]
        challenge_id, code = self.challenge(consent_id)
        verified = self.verify(challenge_id, code)
        assert verified.status_code == 200, verified.text
        return consent_id

    def pay(
        self, consent_id: str, initiation: dict[str, Any], *, scheduled: bool = False, key: str | None = None
    ) -> httpx.Response:
        path = "domestic-scheduled-payments" if scheduled else "domestic-payments"
        body = {"Data": {"ConsentId": consent_id, "Initiation": initiation}, "Risk": {}}
        return self.post(f"{PISP}/{path}", body, key=key, jws=True)

    def advance(self, seconds: float) -> None:
        """Move the sandbox clock; past an hour the access token has expired, so get a fresh one."""
        assert self.control("POST", "/clock", {"AdvanceSeconds": seconds}).status_code == 200
        if seconds >= 3600 and self.username:
            minted = self.control("POST", "/token", {"Username": self.username})
            self.token = minted.json()["Data"]["AccessToken"]

    def ledger_ok(self) -> dict[str, Any]:
        report: dict[str, Any] = self.control("GET", "/ledger/check").json()["Data"]
        return report

    def balance(self, account_id: str) -> str:
        response = self.get(f"{AISP}/accounts/{account_id}/balances")
        assert response.status_code == 200, response.text
        amount: str = response.json()["Data"]["Balance"][0]["Amount"]["Amount"]
        return amount


@pytest.fixture
def client(bank: RunningSandbox) -> Iterator[BankClient]:
    c = BankClient(bank)
    try:
        yield c
    finally:
        c.close()


@pytest.fixture
def liwei(client: BankClient) -> BankClient:
    client.sign_in("liwei")
    client.grant_reading()
    return client


def initiation(
    amount: str = "12.50",
    *,
    creditor: dict[str, str] | None = None,
    currency: str = "CNY",
    debtor: dict[str, str] | None = None,
    reference: str = "Lunch",
    ident: str = "INSTR-1",
) -> dict[str, Any]:
    return {
        "InstructionIdentification": ident,
        "EndToEndIdentification": ident,
        "InstructedAmount": {"Amount": amount, "Currency": currency},
        "DebtorAccount": debtor or LIWEI_CURRENT,
        "CreditorAccount": creditor or ALICE_CURRENT,
        "RemittanceInformation": {"Unstructured": [reference]},
    }


def error_code(response: httpx.Response) -> str:
    code: str = response.json()["Errors"][0]["ErrorCode"]
    return code


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """The closing note: how much traffic the spec oracle checked in this run."""
    from tests.support.oas import VALIDATION_COUNTS, validation_summary

    if VALIDATION_COUNTS:
        terminalreporter.write_line(validation_summary())
