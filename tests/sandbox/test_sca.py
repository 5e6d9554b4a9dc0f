"""SCA challenges: codes bound to the payment, wrong/expired/locked codes, channels."""

from __future__ import annotations

import pytest

from tests.sandbox.conftest import PISP, WANG_FANG, BankClient, error_code, initiation


def _consent(client: BankClient, amount: str, **kwargs: object) -> str:
    response = client.payment_consent(initiation(amount, **kwargs))  # type: ignore[arg-type]
    assert response.status_code == 201, response.text
    consent_id: str = response.json()["Data"]["ConsentId"]
    return consent_id


def _status(client: BankClient, consent_id: str) -> str:
    status: str = client.get(f"{PISP}/domestic-payment-consents/{consent_id}").json()["Data"]["Status"]
    return status


def test_code_authorises_its_consent(liwei: BankClient) -> None:
    consent_id = _consent(liwei, "15.00")
    challenge_id, code = liwei.challenge(consent_id, "EMAIL")
    verified = liwei.verify(challenge_id, code)
    assert verified.status_code == 200
    assert verified.json()["Data"] == {
        "ChallengeId": challenge_id,
        "ConsentId": consent_id,
        "Status": "Verified",
        "ConsentStatus": "AUTH",
    }
    assert _status(liwei, consent_id) == "AUTH"


@pytest.mark.parametrize("other", [{"amount": "15.01"}, {"creditor": WANG_FANG}])
def test_code_for_one_payment_fails_for_another(liwei: BankClient, other: dict[str, object]) -> None:
    first = _consent(liwei, "15.00")
    _, code_for_first = liwei.challenge(first)
    second = _consent(liwei, str(other.pop("amount", "15.00")), **other)
    second_challenge, code_for_second = liwei.challenge(second)
    if code_for_second == code_for_first:  # 1 in a million: the same six digits; the binding is the point
        pytest.skip("both random codes are equal")

    refused = liwei.verify(second_challenge, code_for_first)

    assert refused.status_code == 400
    assert error_code(refused) == "SC01"
    assert _status(liwei, second) == "AWAU"


def test_the_code_is_bound_to_the_terms_not_only_the_challenge(liwei: BankClient) -> None:
    """Tamper with the stored amount after the code was sent: the right digits must stop working."""
    consent_id = _consent(liwei, "15.00")
    challenge_id, code = liwei.challenge(consent_id)
    with liwei.running.sandbox.db.transaction() as conn:
        conn.execute("UPDATE consents SET amount_minor = 150000 WHERE id = ?", (consent_id,))
    assert error_code(liwei.verify(challenge_id, code)) == "SC01"


def test_wrong_codes_count_down_then_lock_and_reject_the_consent(liwei: BankClient) -> None:
    consent_id = _consent(liwei, "15.00")
    challenge_id, code = liwei.challenge(consent_id)
    wrong = "000000" if code != "000000" else "111111"
    messages = [liwei.verify(challenge_id, wrong).json()["Errors"][0]["Message"] for _ in range(4)]
    assert messages[0] == "Wrong code; 4 attempts left"
    assert messages[3] == "Wrong code; 1 attempt left"

    fifth = liwei.verify(challenge_id, wrong)
    assert error_code(fifth) == "SC03"
    assert error_code(liwei.verify(challenge_id, code)) == "SC03"  # even the right code, now
    assert _status(liwei, consent_id) == "RJCT"


def test_codes_expire_after_five_minutes(liwei: BankClient) -> None:
    consent_id = _consent(liwei, "15.00")
    challenge_id, code = liwei.challenge(consent_id)
    liwei.advance(5 * 60 + 1)
    assert error_code(liwei.verify(challenge_id, code)) == "SC02"
    new_challenge, new_code = liwei.challenge(consent_id)
    assert liwei.verify(new_challenge, new_code).status_code == 200


def test_a_new_code_replaces_the_old_one(liwei: BankClient) -> None:
    consent_id = _consent(liwei, "15.00")
    old_challenge, old_code = liwei.challenge(consent_id)
    liwei.challenge(consent_id, "VOICE")
    assert error_code(liwei.verify(old_challenge, old_code)) == "SC04"


def test_channels_and_masked_destinations(liwei: BankClient) -> None:
    consent_id = _consent(liwei, "15.00")
    masked = {}
    for channel in ("SMS", "EMAIL", "VOICE", "TOKEN"):
        response = liwei.post(
            "/a11y-ext/v1/sca/challenges", {"Data": {"ConsentId": consent_id, "Channel": channel}}
        )
        masked[channel] = response.json()["Data"]["MaskedDestination"]
    assert masked == {
        "SMS": "+86 *** **** 8123",
        "EMAIL": "l***@example.cn",
        "VOICE": "+86 *** **** 8123",
        "TOKEN": "Security token",
    }
    bad = liwei.unchecked.post(
        "/a11y-ext/v1/sca/challenges",
        json={"Data": {"ConsentId": consent_id, "Channel": "FAX"}},
        headers=liwei.headers(key="fax-1"),
    )
    assert bad.status_code == 400
    assert error_code(bad) == "U001"


def test_another_customer_cannot_challenge_my_consent(liwei: BankClient) -> None:
    consent_id = _consent(liwei, "15.00")
    liwei.sign_in("alice")
    response = liwei.post(
        "/a11y-ext/v1/sca/challenges", {"Data": {"ConsentId": consent_id, "Channel": "SMS"}}
    )
    assert response.status_code == 403


def test_codes_are_not_stored_in_the_clear(liwei: BankClient) -> None:
    consent_id = _consent(liwei, "15.00")
    challenge_id, code = liwei.challenge(consent_id)
    row = liwei.running.sandbox.db.one("SELECT * FROM challenges WHERE id = ?", (challenge_id,))
    assert row is not None
    assert code.encode() not in bytes(row["code_mac"])
    assert all(code not in str(value) for value in tuple(row))
