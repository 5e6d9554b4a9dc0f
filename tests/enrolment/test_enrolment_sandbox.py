"""Enrolment, profile and security changes over real HTTP, every request and response checked by the
spec oracle: identity check without probing, password rules on both sides, code attempts, the opt-in
accessibility profile, and other sessions signed out after a change."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest

from tests.sandbox.conftest import EXT, BankClient, error_code

LIWEI_ACCOUNT, LIWEI_ID = "6222020200112345678", "310101199001011234"
NEW_PASSWORD = "correct horse battery staple 7"


def start(client: BankClient, account: str = LIWEI_ACCOUNT, document: str = LIWEI_ID) -> httpx.Response:
    body = {"Data": {"AccountNumber": account, "IdDocumentNumber": document, "Channel": "SMS"}}
    return client.http.post(
        f"{EXT}/enrolments", json=body, headers=client.headers(key=str(uuid.uuid4()), auth=False)
    )


def complete(client: BankClient, enrolment_id: str, code: str, **overrides: Any) -> httpx.Response:
    data = {"Code": code, "Password": NEW_PASSWORD, "CodeChannels": ["EMAIL", "TOKEN"], **overrides}
    return client.http.post(
        f"{EXT}/enrolments/{enrolment_id}/complete",
        json={"Data": data},
        headers=client.headers(key=str(uuid.uuid4()), auth=False),
    )


def enrolment_code(client: BankClient, enrolment_id: str) -> str:
    return client.code_for(enrolment_id)


def test_enrolment_sets_password_channels_and_profile_and_signs_out_old_sessions(client: BankClient) -> None:
    old = client.sign_in("liwei")
    started = start(client)
    assert started.status_code == 201, started.text
    data = started.json()["Data"]
    assert "letter" in data["PasswordRules"]["Text"]
    assert data["MaskedDestination"].count("*") >= 4
    profile = {"OptIn": True, "Needs": ["SCREEN_READER", "LARGE_TEXT"]}
    done = complete(
        client, data["EnrolmentId"], enrolment_code(client, data["EnrolmentId"]), AccessibilityProfile=profile
    )
    assert done.status_code == 201, done.text
    enrolled = done.json()["Data"]
    assert (enrolled["Username"], enrolled["CodeChannels"]) == ("liwei", ["EMAIL", "TOKEN"])
    assert enrolled["AccessibilityProfile"] == profile
    client.token = old["AccessToken"]
    assert client.get(f"{EXT}/profile").status_code == 401  # the earlier session is over
    with pytest.raises(AssertionError):
        client.sign_in("liwei", "Demo-1234")
    client.sign_in("liwei", NEW_PASSWORD)
    assert client.get(f"{EXT}/profile").json()["Data"]["AccessibilityProfile"]["OptIn"] is True


@pytest.mark.parametrize(
    ("account", "document"),
    [(LIWEI_ACCOUNT, "310101199202022345"), ("6217000010023456789", LIWEI_ID), ("1234567890", LIWEI_ID)],
)
def test_a_mismatch_gets_one_answer(client: BankClient, account: str, document: str) -> None:
    response = start(client, account, document)
    assert (response.status_code, error_code(response)) == (400, "EN01")
    assert response.json()["Errors"][0]["Message"] == "We could not confirm these details"


@pytest.mark.parametrize("password", ["short1", "no digits here", "12345678901", "x" * 128 + "1"])
def test_the_server_enforces_the_password_rules(client: BankClient, password: str) -> None:
    data = start(client).json()["Data"]
    code = enrolment_code(client, data["EnrolmentId"])
    response = client.unchecked.post(
        f"{EXT}/enrolments/{data['EnrolmentId']}/complete",
        json={"Data": {"Code": code, "Password": password, "CodeChannels": ["SMS"]}},
        headers=client.headers(key=str(uuid.uuid4()), auth=False),
    )
    assert (response.status_code, error_code(response)) == (400, "EN02")
    client.sign_in("liwei", "Demo-1234")  # nothing changed


def test_a_long_pasted_passphrase_with_spaces_is_fine(client: BankClient) -> None:
    data = start(client).json()["Data"]
    phrase = "我的密码 is a long pasted passphrase, 2026! " * 3
    assert (
        complete(
            client, data["EnrolmentId"], enrolment_code(client, data["EnrolmentId"]), Password=phrase
        ).status_code
        == 201
    )
    client.sign_in("liwei", phrase)


def test_wrong_codes_lock_the_enrolment(client: BankClient) -> None:
    data = start(client).json()["Data"]
    right = enrolment_code(client, data["EnrolmentId"])
    wrong = "000000" if right != "000000" else "111111"
    codes = [error_code(complete(client, data["EnrolmentId"], wrong)) for _ in range(5)]
    assert codes == ["SC01"] * 4 + ["SC03"]
    assert error_code(complete(client, data["EnrolmentId"], right)) == "SC04"
    client.sign_in("liwei", "Demo-1234")  # nothing changed


def test_accessibility_profile_is_optional_and_revocable(liwei: BankClient) -> None:
    assert liwei.get(f"{EXT}/profile").json()["Data"]["AccessibilityProfile"] == {"OptIn": False, "Needs": []}
    on = liwei.post(f"{EXT}/profile/accessibility", {"Data": {"OptIn": True, "Needs": ["HIGH_CONTRAST"]}})
    assert on.json()["Data"]["AccessibilityProfile"] == {"OptIn": True, "Needs": ["HIGH_CONTRAST"]}
    off = liwei.post(f"{EXT}/profile/accessibility", {"Data": {"OptIn": False}})
    assert off.json()["Data"]["AccessibilityProfile"] == {"OptIn": False, "Needs": []}
    contradictory = liwei.post(
        f"{EXT}/profile/accessibility", {"Data": {"OptIn": False, "Needs": ["LARGE_TEXT"]}}
    )
    assert error_code(contradictory) == "U001"


def change(client: BankClient, **data: Any) -> str:
    response = client.post(f"{EXT}/security/change-consents", {"Data": data})
    assert response.status_code == 201, response.text
    consent_id: str = response.json()["Data"]["ConsentId"]
    return consent_id


def test_password_change_needs_the_code_and_signs_out_other_sessions(bank: Any) -> None:
    other, me = BankClient(bank), BankClient(bank)
    try:
        other.sign_in("liwei")
        me.sign_in("liwei")
        consent_id = change(me, Type="PASSWORD", NewPassword=NEW_PASSWORD)
        early = me.post(f"{EXT}/security/changes", {"Data": {"ConsentId": consent_id}})
        assert error_code(early) == "U035"
        challenge_id, code = me.challenge(consent_id, "EMAIL")
        assert me.verify(challenge_id, code).status_code == 200
        applied = me.post(f"{EXT}/security/changes", {"Data": {"ConsentId": consent_id}})
        assert applied.status_code == 201, applied.text
        assert applied.json()["Data"]["OtherSessionsSignedOut"] == 1
        assert other.get(f"{EXT}/profile").status_code == 401
        assert me.get(f"{EXT}/profile").status_code == 200  # this session stays
        again = me.post(f"{EXT}/security/changes", {"Data": {"ConsentId": consent_id}})
        assert error_code(again) == "U009"
        me.sign_in("liwei", NEW_PASSWORD)
    finally:
        other.close()
        me.close()


def test_code_channel_change(liwei: BankClient) -> None:
    consent_id = change(liwei, Type="CODE_CHANNELS", CodeChannels=["TOKEN", "SMS"])
    challenge_id, code = liwei.challenge(consent_id, "SMS")
    assert liwei.verify(challenge_id, code).status_code == 200
    applied = liwei.post(f"{EXT}/security/changes", {"Data": {"ConsentId": consent_id}})
    assert applied.json()["Data"]["CodeChannels"] == ["SMS", "TOKEN"]
    assert liwei.get(f"{EXT}/profile").json()["Data"]["CodeChannels"] == ["SMS", "TOKEN"]
    bad = liwei.post(
        f"{EXT}/security/change-consents", {"Data": {"Type": "CODE_CHANNELS", "CodeChannels": ["SMS", "SMS"]}}
    )
    assert error_code(bad) == "U001"


def test_a_code_for_one_new_password_does_not_authorise_another(liwei: BankClient) -> None:
    first = change(liwei, Type="PASSWORD", NewPassword="first password 1")
    second = change(liwei, Type="PASSWORD", NewPassword="second password 2")
    _, first_code = liwei.challenge(first)
    second_challenge, second_code = liwei.challenge(second)
    assert (
        error_code(liwei.verify(second_challenge, first_code)) == "SC01"
    )  # a 1 in a million collision aside
    assert liwei.verify(second_challenge, second_code).status_code == 200
