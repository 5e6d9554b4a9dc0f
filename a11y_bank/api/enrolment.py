"""E-banking enrolment, the customer's profile and security changes through the extension API.

Enrolment works before sign-in (`Enrolment.start` / `Enrolment.complete`); the profile and the password or
code-channel change need a session (`Security`). A change goes review -> code -> apply like a payment; it
signs out every other session. No password is kept here or put in any message.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from a11y_bank.api import parse
from a11y_bank.api.bank import Bank
from a11y_bank.api.client import encode_body, new_idempotency_key, quote_segment
from a11y_bank.api.errors import InvalidResponse
from a11y_bank.api.models import Challenge

__all__ = [
    "NEEDS",
    "AccessibilityProfile",
    "ChangeType",
    "Enrolment",
    "EnrolmentStarted",
    "PasswordRules",
    "Profile",
    "Security",
    "SecurityChange",
    "password_problems",
]

# Accessibility needs a customer can mark (the extension spec's list).
NEEDS = ("SCREEN_READER", "LARGE_TEXT", "HIGH_CONTRAST", "KEYBOARD_ONLY", "EXTRA_TIME", "PLAIN_LANGUAGE")


class ChangeType(enum.StrEnum):
    PASSWORD = "PASSWORD"  # noqa: S105 - the name of a change, not a password
    CODE_CHANNELS = "CODE_CHANNELS"


@dataclass(frozen=True, slots=True)
class PasswordRules:
    min_length: int
    max_length: int
    require_letter: bool
    require_digit: bool
    text: str


@dataclass(frozen=True, slots=True)
class AccessibilityProfile:
    opt_in: bool = False
    needs: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Profile:
    code_channels: tuple[str, ...]
    accessibility: AccessibilityProfile
    password_rules: PasswordRules
    username: str = ""


@dataclass(frozen=True, slots=True)
class EnrolmentStarted:
    enrolment_id: str
    channel: str
    masked_destination: str
    expires: datetime
    code_length: int
    password_rules: PasswordRules


@dataclass(frozen=True, slots=True)
class SecurityChange:
    consent_id: str
    change: ChangeType
    status: str
    other_sessions_signed_out: int = 0
    apply_key: str = field(default_factory=new_idempotency_key, repr=False, compare=False)


def password_problems(password: str, rules: PasswordRules) -> list[str]:
    """The published rules `password` breaks: "min_length", "max_length", "letter", "digit"."""
    problems = []
    if len(password) < rules.min_length:
        problems.append("min_length")
    if len(password) > rules.max_length:
        problems.append("max_length")
    if rules.require_letter and not any(c.isalpha() for c in password):
        problems.append("letter")
    if rules.require_digit and not any(c.isdigit() for c in password):
        problems.append("digit")
    return problems


# --- strict readers -------------------------------------------------------------------------------


def _obj(value: Any, path: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise InvalidResponse(f"{path} is not an object")
    return value


def _str(raw: Mapping[str, Any], name: str, path: str) -> str:
    value = raw.get(name)
    if not isinstance(value, str) or not value:
        raise InvalidResponse(f"{path}.{name} is not a non-empty string")
    return value


def _int(raw: Mapping[str, Any], name: str, path: str) -> int:
    value = raw.get(name)
    if not isinstance(value, int) or isinstance(value, bool):
        raise InvalidResponse(f"{path}.{name} is not an integer")
    return value


def _rules(raw: Any, path: str) -> PasswordRules:
    rules = _obj(raw, path)
    return PasswordRules(
        min_length=_int(rules, "MinLength", path),
        max_length=_int(rules, "MaxLength", path),
        require_letter=rules.get("RequireLetter") is True,
        require_digit=rules.get("RequireDigit") is True,
        text=_str(rules, "Text", path),
    )


def _strings(raw: Mapping[str, Any], name: str, path: str) -> tuple[str, ...]:
    value = raw.get(name, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InvalidResponse(f"{path}.{name} is not a list of strings")
    return tuple(value)


def parse_profile(document: Mapping[str, Any]) -> Profile:
    data = _obj(document.get("Data"), "Data")
    a11y = _obj(data.get("AccessibilityProfile"), "Data.AccessibilityProfile")
    return Profile(
        code_channels=_strings(data, "CodeChannels", "Data"),
        accessibility=AccessibilityProfile(
            a11y.get("OptIn") is True, _strings(a11y, "Needs", "Data.AccessibilityProfile")
        ),
        password_rules=_rules(data.get("PasswordRules"), "Data.PasswordRules"),
        username=data.get("Username") or "",
    )


def _change(document: Mapping[str, Any]) -> SecurityChange:
    data = _obj(document.get("Data"), "Data")
    try:
        change = ChangeType(str(data.get("Type")))
    except ValueError:
        raise InvalidResponse("Data.Type is not PASSWORD or CODE_CHANNELS") from None
    signed_out = data.get("OtherSessionsSignedOut", 0)
    return SecurityChange(
        consent_id=_str(data, "ConsentId", "Data"),
        change=change,
        status=_str(data, "Status", "Data"),
        other_sessions_signed_out=signed_out if isinstance(signed_out, int) else 0,
    )


def _profile_body(profile: AccessibilityProfile) -> dict[str, Any]:
    body: dict[str, Any] = {"OptIn": profile.opt_in}
    if profile.opt_in:
        body["Needs"] = [n for n in NEEDS if n in profile.needs]
    return body


# --- facades --------------------------------------------------------------------------------------


class Enrolment:
    """Enrolment before sign-in (sync; run on a worker thread)."""

    def __init__(self, bank: Bank) -> None:
        self._client = bank.client

    def start(self, account_number: str, id_document_number: str, channel: str = "SMS") -> EnrolmentStarted:
        body = encode_body(
            {
                "Data": {
                    "AccountNumber": account_number,
                    "IdDocumentNumber": id_document_number,
                    "Channel": channel,
                }
            }
        )
        data = _obj(
            self._client.extension_post(
                "/enrolments", body, idempotency_key=new_idempotency_key(), authenticated=False
            ).get("Data"),
            "Data",
        )
        try:
            expires = datetime.fromisoformat(_str(data, "ExpirationDateTime", "Data"))
        except ValueError:
            raise InvalidResponse("Data.ExpirationDateTime is not a date-time") from None
        return EnrolmentStarted(
            enrolment_id=_str(data, "EnrolmentId", "Data"),
            channel=_str(data, "Channel", "Data"),
            masked_destination=_str(data, "MaskedDestination", "Data"),
            expires=expires,
            code_length=_int(data, "CodeLength", "Data"),
            password_rules=_rules(data.get("PasswordRules"), "Data.PasswordRules"),
        )

    def complete(
        self,
        started: EnrolmentStarted,
        code: str,
        password: str,
        channels: Sequence[str],
        profile: AccessibilityProfile = AccessibilityProfile(),
    ) -> Profile:
        body = encode_body(
            {
                "Data": {
                    "Code": code,
                    "Password": password,
                    "CodeChannels": list(channels),
                    "AccessibilityProfile": _profile_body(profile),
                }
            }
        )
        document = self._client.extension_post(
            f"/enrolments/{quote_segment(started.enrolment_id)}/complete",
            body,
            idempotency_key=new_idempotency_key(),
            authenticated=False,
        )
        return parse_profile(document)


class Security:
    """Profile and security changes for the signed-in customer (sync; run on a worker thread)."""

    def __init__(self, bank: Bank) -> None:
        self.bank = bank
        self._client = bank.client

    def profile(self) -> Profile:
        return parse_profile(self._client.extension_get("/profile"))

    def set_accessibility(self, profile: AccessibilityProfile) -> Profile:
        """Opt in or out at once (no code: it only changes how the bank serves the customer)."""
        body = encode_body({"Data": _profile_body(profile)})
        return parse_profile(
            self._client.extension_post("/profile/accessibility", body, idempotency_key=new_idempotency_key())
        )

    def prepare_password_change(self, new_password: str) -> SecurityChange:
        return self._prepare({"Type": "PASSWORD", "NewPassword": new_password})

    def prepare_channel_change(self, channels: Sequence[str]) -> SecurityChange:
        return self._prepare({"Type": "CODE_CHANNELS", "CodeChannels": list(channels)})

    def _prepare(self, data: dict[str, Any]) -> SecurityChange:
        body = encode_body({"Data": data})
        return _change(
            self._client.extension_post(
                "/security/change-consents", body, idempotency_key=new_idempotency_key()
            )
        )

    def send_code(self, change: SecurityChange, channel: str = "SMS") -> Challenge:
        challenge = parse.parse_challenge(self._client.start_challenge(change.consent_id, channel))
        if challenge.consent_id != change.consent_id:
            raise InvalidResponse("the challenge is for another change")
        return challenge

    def confirm_code(self, challenge: Challenge, code: str) -> None:
        self.bank.confirm_code(challenge, code)

    def apply(self, change: SecurityChange) -> SecurityChange:
        """Apply once (retries reuse the change's key); every other session is signed out."""
        body = encode_body({"Data": {"ConsentId": change.consent_id}})
        return _change(
            self._client.extension_post("/security/changes", body, idempotency_key=change.apply_key)
        )
