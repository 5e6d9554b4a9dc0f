"""Sign-in, token expiry, refresh rotation and sign-out."""

from __future__ import annotations

from tests.sandbox.conftest import AISP, EXT, BankClient


def test_sign_in_and_wrong_password(client: BankClient) -> None:
    data = client.sign_in("liwei")
    assert data["CustomerId"] == "cust-liwei"
    assert data["DisplayName"] == "Li Wei"
    assert data["TokenType"] == "Bearer"
    assert data["IsStaff"] is False
    wrong = client.post(f"{EXT}/auth/sign-in", {"Data": {"Username": "liwei", "Password": "nope"}})
    assert wrong.status_code == 401
    unknown = client.post(f"{EXT}/auth/sign-in", {"Data": {"Username": "nobody", "Password": "Demo-1234"}})
    assert unknown.status_code == 401


def test_staff_user_is_marked(client: BankClient) -> None:
    assert client.sign_in("staff1", "Staff-1234")["IsStaff"] is True


def test_access_token_expires_on_the_sandbox_clock(client: BankClient) -> None:
    client.sign_in("liwei")
    client.grant_reading()
    assert client.get(f"{AISP}/accounts").status_code == 200
    client.control("POST", "/clock", {"AdvanceSeconds": 3601})
    assert client.get(f"{AISP}/accounts").status_code == 401


def test_refresh_rotates_and_a_reused_refresh_token_ends_the_session(client: BankClient) -> None:
    first = client.sign_in("liwei")
    refreshed = client.post(f"{EXT}/auth/refresh", {"Data": {"RefreshToken": first["RefreshToken"]}})
    assert refreshed.status_code == 201
    second = refreshed.json()["Data"]
    assert second["AccessToken"] != first["AccessToken"]
    client.token = second["AccessToken"]
    client.grant_reading()
    assert client.get(f"{AISP}/accounts").status_code == 200

    replay = client.post(f"{EXT}/auth/refresh", {"Data": {"RefreshToken": first["RefreshToken"]}})

    assert replay.status_code == 401
    assert client.get(f"{AISP}/accounts").status_code == 401  # the whole token family is revoked
    again = client.post(f"{EXT}/auth/refresh", {"Data": {"RefreshToken": second["RefreshToken"]}})
    assert again.status_code == 401


def test_sign_out_revokes_the_token(client: BankClient) -> None:
    client.sign_in("alice")
    assert client.post(f"{EXT}/auth/sign-out").status_code == 204
    assert client.get(f"{EXT}/billers").status_code == 401


def test_tokens_are_stored_only_as_hashes(client: BankClient) -> None:
    data = client.sign_in("liwei")
    rows = client.running.sandbox.db.query("SELECT * FROM tokens")
    stored = b"".join(bytes(r["token_hash"]) for r in rows) + str([tuple(r) for r in rows]).encode()
    assert data["AccessToken"].encode() not in stored
    assert data["RefreshToken"].encode() not in stored
