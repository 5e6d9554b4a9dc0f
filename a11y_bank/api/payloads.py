"""Request bodies of the PISP and extension POSTs, built from models.

The payment body repeats the consent's ``Initiation`` byte for byte (the bank refuses any difference
with U008), so both are built by one function from the same inputs. Amounts go out as strings via
`Money.to_wire()`, never as JSON numbers.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any

from a11y_bank.api.client import encode_body
from a11y_bank.api.models import Account, PaymentIntent

__all__ = [
    "beneficiary_body",
    "consent_body",
    "initiation",
    "payment_body",
    "requested_execution_date_time",
]

# OB: EndToEndIdentification is limited to 35 characters (Faster Payments reads 31).
_MAX_IDENTIFICATION = 31
_RISK: dict[str, Any] = {}


def requested_execution_date_time(day: date) -> str:
    """The ISO date-time sent for a scheduled payment's date: start of that day, UTC."""
    return datetime.combine(day, time(0, 0), tzinfo=UTC).isoformat()


def initiation(intent: PaymentIntent, debtor: Account, instruction_id: str) -> dict[str, Any]:
    """The OB ``Initiation`` object of `intent`, paid from `debtor`."""
    document: dict[str, Any] = {
        "InstructionIdentification": instruction_id[:_MAX_IDENTIFICATION],
        "EndToEndIdentification": instruction_id[:_MAX_IDENTIFICATION],
        "InstructedAmount": {"Amount": intent.amount.to_wire(), "Currency": intent.amount.currency},
        "DebtorAccount": {
            "SchemeName": debtor.scheme_name,
            "Identification": debtor.identification,
            **({"Name": debtor.nickname} if debtor.nickname else {}),
        },
        "CreditorAccount": {
            "SchemeName": intent.creditor_scheme,
            "Identification": intent.creditor_identification,
            "Name": intent.creditor_name,
        },
    }
    if intent.reference:
        document["RemittanceInformation"] = {"Unstructured": [intent.reference]}
    if intent.requested_execution_date is not None:
        document["RequestedExecutionDateTime"] = requested_execution_date_time(
            intent.requested_execution_date
        )
    return document


def consent_body(intent: PaymentIntent, debtor: Account, instruction_id: str) -> bytes:
    """Body of POST domestic-payment-consents / domestic-scheduled-payment-consents."""
    data: dict[str, Any] = {"Initiation": initiation(intent, debtor, instruction_id)}
    if intent.requested_execution_date is not None:
        data["Permission"] = "Create"
    return encode_body({"Data": data, "Risk": _RISK})


def payment_body(intent: PaymentIntent, debtor: Account, instruction_id: str, consent_id: str) -> bytes:
    """Body of POST domestic-payments / domestic-scheduled-payments for an authorised consent."""
    data = {"ConsentId": consent_id, "Initiation": initiation(intent, debtor, instruction_id)}
    return encode_body({"Data": data, "Risk": _RISK})


def beneficiary_body(name: str, scheme: str, identification: str, reference: str | None) -> bytes:
    """Body of POST /a11y-ext/v1/beneficiaries."""
    data: dict[str, Any] = {
        "CreditorAccount": {"SchemeName": scheme, "Identification": identification, "Name": name}
    }
    if reference:
        data["Reference"] = reference
    return encode_body({"Data": data})
