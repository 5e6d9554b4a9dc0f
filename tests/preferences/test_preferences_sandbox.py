"""The kept accessibility preferences over real HTTP, every request and response checked by the spec
oracle: kept only after the customer's opt-in, replaced by PUT, removed by DELETE and by opting out,
validated and size-capped, idempotent, and never visible to another customer."""

from __future__ import annotations

import copy
import uuid
from typing import Any

import httpx
import pytest

from tests.sandbox.conftest import EXT, BankClient, error_code

PATH = f"{EXT}/profile/accessibility/preferences"


def document(**profile: Any) -> dict[str, Any]:
    return {
        "kind": "a11y_bank accessibility profile",
        "version": 1,
        "profile": {"theme": "yellow_on_black", "verbosity": "expert", "time_multiplier": 4, **profile},
        "settings": {"text_size_percent": 250, "voice_enabled": True, "voice_rate": 150, "language": "en"},
    }


def put(
    client: BankClient, preferences: Any, *, key: str | None = None, checked: bool = True
) -> httpx.Response:
    http = client.http if checked else client.unchecked
    return http.put(
        PATH,
        json={"Data": {"Preferences": preferences}},
        headers=client.headers(key=key or str(uuid.uuid4())),
    )


def delete(client: BankClient, key: str | None = None) -> httpx.Response:
    return client.http.delete(PATH, headers=client.headers(key=key or str(uuid.uuid4())))


def opt(client: BankClient, opt_in: bool) -> None:
    body: dict[str, Any] = {"OptIn": opt_in, **({"Needs": ["LARGE_TEXT"]} if opt_in else {})}
    response = client.post(f"{EXT}/profile/accessibility", {"Data": body})
    assert response.status_code == 200, response.text


@pytest.fixture
def opted_in(client: BankClient) -> BankClient:
    client.sign_in("liwei")
    opt(client, True)
    return client


def test_nothing_is_kept_until_the_customer_opts_in(client: BankClient) -> None:
    client.sign_in("liwei")
    assert client.get(PATH).status_code == 404
    refused = put(client, document())
    assert (refused.status_code, error_code(refused)) == (403, "PF01")
    assert client.get(PATH).status_code == 404


def test_keep_read_replace_and_remove(opted_in: BankClient) -> None:
    kept = put(opted_in, document())
    assert kept.status_code == 200, kept.text
    assert kept.json()["Data"]["Preferences"] == document()
    assert opted_in.get(PATH).json()["Data"]["Preferences"] == document()
    assert put(opted_in, document(theme="dark")).status_code == 200
    assert opted_in.get(PATH).json()["Data"]["Preferences"]["profile"]["theme"] == "dark"
    assert delete(opted_in).status_code == 204
    assert opted_in.get(PATH).status_code == 404
    assert delete(opted_in).status_code == 204  # repeating is harmless


def test_opting_out_removes_what_was_kept_and_opting_in_again_does_not_bring_it_back(
    opted_in: BankClient,
) -> None:
    assert put(opted_in, document()).status_code == 200
    opt(opted_in, False)
    assert opted_in.get(PATH).status_code == 404
    opt(opted_in, True)
    assert opted_in.get(PATH).status_code == 404


def test_unknown_profile_fields_and_a_quick_menu_travel_unchanged(opted_in: BankClient) -> None:
    menu = [{"kind": "pay_bill", "label": "Pay electricity bill", "biller_id": "b-1", "amount": "120.00"}]
    sent = document(quick_menu=menu, font_family="Atkinson Hyperlegible")
    assert put(opted_in, sent).status_code == 200
    assert opted_in.get(PATH).json()["Data"]["Preferences"] == sent


def test_another_customer_sees_nothing(opted_in: BankClient, client: BankClient) -> None:
    assert put(opted_in, document()).status_code == 200
    client.sign_in("alice")
    assert client.get(PATH).status_code == 404
    assert delete(client).status_code == 204
    client.sign_in("liwei")
    assert client.get(PATH).status_code == 200  # alice's DELETE touched only her own


def test_same_key_replays_and_another_body_with_it_is_refused(opted_in: BankClient) -> None:
    key = str(uuid.uuid4())
    first = put(opted_in, document(), key=key)
    again = put(opted_in, document(), key=key)
    assert (first.status_code, again.status_code) == (200, 200)
    assert again.json() == first.json()
    conflict = put(opted_in, document(theme="dark"), key=key)
    assert (conflict.status_code, error_code(conflict)) == (400, "U016")


def _too_big() -> dict[str, Any]:
    menu = [{f"field_{n}": "x" * 200 for n in range(19)} for _ in range(9)]
    return document(quick_menu=menu)


BAD: list[tuple[str, Any]] = [
    ("not a profile file", {"kind": "something else", "version": 1, "profile": {}, "settings": {}}),
    ("text size out of range", {**document(), "settings": {"text_size_percent": 1000}}),
    ("unknown language", {**document(), "settings": {"language": "fr"}}),
    ("time multiplier out of range", document(time_multiplier=99)),
    ("a float", document(voice_pitch=1.5)),
    ("ten quick menu actions", document(quick_menu=[{"label": str(n)} for n in range(10)])),
    ("a bad field name", document(**{"Bad-Name": True})),
    ("nested too deeply", document(extra={"a": {"b": {"c": {"d": {"e": 1}}}}})),
    ("larger than the cap", _too_big()),
    ("an extra top-level key", {**document(), "token": "x"}),
]


@pytest.mark.parametrize(("why", "preferences"), BAD, ids=[why for why, _ in BAD])
def test_invalid_preferences_are_refused_and_nothing_changes(
    opted_in: BankClient, why: str, preferences: Any
) -> None:
    assert put(opted_in, document()).status_code == 200
    refused = put(opted_in, copy.deepcopy(preferences), checked=False)
    assert refused.status_code == 400, why
    assert error_code(refused) == ("U003" if why == "an extra top-level key" else "U001")
    assert opted_in.get(PATH).json()["Data"]["Preferences"] == document()


def test_the_endpoints_need_a_session_and_the_writes_a_key(opted_in: BankClient) -> None:
    no_key = opted_in.unchecked.put(
        PATH, json={"Data": {"Preferences": document()}}, headers=opted_in.headers()
    )
    assert no_key.status_code == 400
    opted_in.token = None
    assert opted_in.unchecked.get(PATH, headers=opted_in.headers()).status_code == 401


def test_enrolling_again_without_the_opt_in_removes_what_was_kept(opted_in: BankClient) -> None:
    from tests.enrolment.test_enrolment_sandbox import NEW_PASSWORD, complete, enrolment_code, start

    assert put(opted_in, document()).status_code == 200
    started = start(opted_in).json()["Data"]
    enrolment_id = started["EnrolmentId"]
    done = complete(opted_in, enrolment_id, enrolment_code(opted_in, enrolment_id))
    assert done.status_code == 201, done.text
    opted_in.sign_in("liwei", NEW_PASSWORD)
    assert opted_in.get(PATH).status_code == 404
