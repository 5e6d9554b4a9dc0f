"""Strict conversion of bank JSON documents into `api.models`.

We never guess: a field of the wrong JSON type, an amount sent as a JSON number or breaking OB's amount
pattern, a missing required field, a currency that is not the account's, or an unknown status code is
`InvalidResponse`. Error texts name the JSON path, never the value (values may be account numbers).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, TypeVar

from a11y_bank.api.errors import InvalidResponse
from a11y_bank.api.models import (
    Account,
    Balance,
    Beneficiary,
    Biller,
    Challenge,
    ConsentStatus,
    CreditDebit,
    NameCheck,
    PaymentConsent,
    PaymentIntent,
    PaymentStatus,
    Product,
    ScheduledPayment,
    StandingOrder,
    Transaction,
    TransactionPage,
    mask_identification,
)
from a11y_bank.domain.money import Money

__all__ = [
    "Currencies",
    "PaymentResource",
    "parse_accounts",
    "parse_balances",
    "parse_beneficiaries",
    "parse_beneficiary_added",
    "parse_billers",
    "parse_challenge",
    "parse_consent_status",
    "parse_funds_available",
    "parse_payment",
    "parse_payment_consent",
    "parse_products",
    "parse_scheduled_payments",
    "parse_standing_orders",
    "parse_transaction_page",
]

Currencies = Mapping[str, str]
"""Account id -> the account's currency, to check every amount against."""


# --- field readers --------------------------------------------------------------------------------


def _obj(value: Any, path: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise InvalidResponse(f"{path} is not an object")
    return value


def _field(container: Mapping[str, Any], name: str, path: str) -> Any:
    if name not in container:
        raise InvalidResponse(f"{path}.{name} is missing")
    return container[name]


def _str(container: Mapping[str, Any], name: str, path: str) -> str:
    value = _field(container, name, path)
    if not isinstance(value, str) or not value:
        raise InvalidResponse(f"{path}.{name} is not a non-empty string")
    return value


# OB UK v4.0 bounds of resource ids (Max40Text, TransactionId Max210Text). A longer "id" is no id of
# this bank; it would also become a URL path segment of our next request.
_ID_LENGTHS = {"TransactionId": 210}
_ID_LENGTH = 40


def _id(container: Mapping[str, Any], name: str, path: str) -> str:
    value = _str(container, name, path)
    if len(value) > _ID_LENGTHS.get(name, _ID_LENGTH):
        raise InvalidResponse(f"{path}.{name} is longer than an OB id may be")
    return value


checked_id = _id  # for the extension parsers (api/wealth.py): the same OB id length rules


def _opt_str(container: Mapping[str, Any], name: str, path: str) -> str:
    if container.get(name) is None:
        return ""
    return _str(container, name, path)


MAX_ITEMS = 5000
"""The most items one array may carry: a bigger page is a broken (or hostile) bank, not data to show."""


def _list(container: Mapping[str, Any], name: str, path: str) -> list[Any]:
    value = container.get(name, [])
    if not isinstance(value, list):
        raise InvalidResponse(f"{path}.{name} is not an array")
    if len(value) > MAX_ITEMS:
        raise InvalidResponse(f"{path}.{name} has more than {MAX_ITEMS} items")
    return value


def _unique(keys: list[Any], path: str) -> None:
    """Two items with the same id would be shown as two facts (two payments, two accounts): refuse."""
    if len(set(keys)) != len(keys):
        raise InvalidResponse(f"{path} repeats an id")


def _datetime(container: Mapping[str, Any], name: str, path: str) -> datetime:
    text = _str(container, name, path)
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise InvalidResponse(f"{path}.{name} is not an ISO 8601 date-time") from None
    if value.tzinfo is None:
        raise InvalidResponse(f"{path}.{name} has no time zone")
    return value


def _opt_datetime(container: Mapping[str, Any], name: str, path: str) -> datetime | None:
    return None if container.get(name) is None else _datetime(container, name, path)


_E = TypeVar("_E", CreditDebit, ConsentStatus, PaymentStatus, NameCheck)


def _enum(kind: type[_E], container: Mapping[str, Any], name: str, path: str) -> _E:
    text = _str(container, name, path)
    try:
        return kind(text)
    except ValueError:
        raise InvalidResponse(f"{path}.{name} is not a known {kind.__name__}") from None


def money(value: Any, path: str, expected_currency: str | None) -> Money:
    """An OB amount object ``{"Amount": "12.50", "Currency": "CNY"}``; numbers and bad strings refused."""
    amount = _obj(value, path)
    wire = _field(amount, "Amount", path)
    if not isinstance(wire, str):
        raise InvalidResponse(f"{path}.Amount is not a string (amounts are never JSON numbers)")
    currency = _str(amount, "Currency", path)
    if expected_currency is not None and currency != expected_currency:
        raise InvalidResponse(f"{path}.Currency is not the account's currency")
    try:
        return Money.parse_wire(wire, currency)
    except ValueError:  # InvalidWireAmount, UnknownCurrency
        raise InvalidResponse(f"{path} is not a valid OB amount") from None


def _data(document: Mapping[str, Any]) -> dict[str, Any]:
    return _obj(document.get("Data"), "Data")


def _currency_of(currencies: Currencies, account_id: str, path: str) -> str:
    try:
        return currencies[account_id]
    except KeyError:
        raise InvalidResponse(f"{path}.AccountId is not one of the customer's accounts") from None


def _cash_account(value: Any, path: str) -> tuple[str, str, str]:
    """(SchemeName, Identification, Name or "") of an OB cash account object."""
    account = _obj(value, path)
    return (
        _str(account, "SchemeName", path),
        _str(account, "Identification", path),
        _opt_str(account, "Name", path),
    )


def next_link(document: Mapping[str, Any]) -> str | None:
    """``Links.Next`` of a paged document, or None on the last page."""
    links = document.get("Links")
    if links is None:
        return None
    value = _obj(links, "Links").get("Next")
    if value is None:
        return None
    if not isinstance(value, str) or not value:
        raise InvalidResponse("Links.Next is not a string")
    return value


# --- AISP -------------------------------------------------------------------------------------


def parse_accounts(document: Mapping[str, Any]) -> list[Account]:
    accounts = []
    for index, item in enumerate(_list(_data(document), "Account", "Data")):
        path = f"Data.Account[{index}]"
        raw = _obj(item, path)
        identifications = _list(raw, "Account", path)
        if not identifications:
            raise InvalidResponse(f"{path}.Account is empty")
        scheme, identification, _name = _cash_account(identifications[0], f"{path}.Account[0]")
        currency = _str(raw, "Currency", path)
        money(
            {"Amount": "0", "Currency": currency}, f"{path}.Currency", None
        )  # an unknown currency is a contract break too
        accounts.append(
            Account(
                account_id=_id(raw, "AccountId", path),
                currency=currency,
                nickname=_opt_str(raw, "Nickname", path),
                kind=_opt_str(raw, "AccountTypeCode", path),
                category=_opt_str(raw, "AccountCategory", path),
                scheme_name=scheme,
                identification=identification,
                description=_opt_str(raw, "Description", path),
            )
        )
    _unique([account.account_id for account in accounts], "Data.Account")
    return accounts


def parse_balances(document: Mapping[str, Any], currencies: Currencies) -> list[Balance]:
    balances = []
    for index, item in enumerate(_list(_data(document), "Balance", "Data")):
        path = f"Data.Balance[{index}]"
        raw = _obj(item, path)
        account_id = _id(raw, "AccountId", path)
        balances.append(
            Balance(
                account_id=account_id,
                type=_str(raw, "Type", path),
                amount=money(
                    _field(raw, "Amount", path), f"{path}.Amount", _currency_of(currencies, account_id, path)
                ),
                credit_debit=_enum(CreditDebit, raw, "CreditDebitIndicator", path),
                date_time=_datetime(raw, "DateTime", path),
            )
        )
    _unique([(balance.account_id, balance.type) for balance in balances], "Data.Balance")
    return balances


def _transaction(raw: dict[str, Any], path: str, currency: str) -> Transaction:
    balance_after = None
    if raw.get("Balance") is not None:
        balance = _obj(raw["Balance"], f"{path}.Balance")
        after = money(_field(balance, "Amount", f"{path}.Balance"), f"{path}.Balance.Amount", currency)
        direction = _enum(CreditDebit, balance, "CreditDebitIndicator", f"{path}.Balance")
        balance_after = -after if direction is CreditDebit.DEBIT else after
    merchant = ""
    if raw.get("MerchantDetails") is not None:
        merchant = _opt_str(_obj(raw["MerchantDetails"], f"{path}.MerchantDetails"), "MerchantName", path)
    return Transaction(
        transaction_id=_id(raw, "TransactionId", path),
        account_id=_id(raw, "AccountId", path),
        booking_date_time=_datetime(raw, "BookingDateTime", path),
        amount=money(_field(raw, "Amount", path), f"{path}.Amount", currency),
        credit_debit=_enum(CreditDebit, raw, "CreditDebitIndicator", path),
        status=_str(raw, "Status", path),
        description=_opt_str(raw, "TransactionInformation", path),
        merchant=merchant,
        balance_after=balance_after,
    )


def parse_transaction_page(
    document: Mapping[str, Any], account_id: str, currency: str, page_number: int
) -> tuple[TransactionPage, str | None]:
    """One page and the URL of the next (None on the last page)."""
    transactions = []
    for index, item in enumerate(_list(_data(document), "Transaction", "Data")):
        path = f"Data.Transaction[{index}]"
        transaction = _transaction(_obj(item, path), path, currency)
        if transaction.account_id != account_id:
            raise InvalidResponse(f"{path}.AccountId is not the requested account")
        transactions.append(transaction)
    _unique([transaction.transaction_id for transaction in transactions], "Data.Transaction")
    total_pages = None
    meta = document.get("Meta")
    if meta is not None:
        value = _obj(meta, "Meta").get("TotalPages")
        if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
            raise InvalidResponse("Meta.TotalPages is not a non-negative integer")
        total_pages = value
    following = next_link(document)
    page = TransactionPage(tuple(transactions), page_number, total_pages, has_more=following is not None)
    return page, following


def parse_beneficiaries(document: Mapping[str, Any]) -> list[Beneficiary]:
    beneficiaries = []
    for index, item in enumerate(_list(_data(document), "Beneficiary", "Data")):
        path = f"Data.Beneficiary[{index}]"
        raw = _obj(item, path)
        scheme, identification, name = _cash_account(
            _field(raw, "CreditorAccount", path), f"{path}.CreditorAccount"
        )
        beneficiaries.append(
            Beneficiary(
                beneficiary_id=_id(raw, "BeneficiaryId", path),
                name=name,
                scheme_name=scheme,
                identification=identification,
                reference=_opt_str(raw, "Reference", path),
                account_id=_opt_str(raw, "AccountId", path),
            )
        )
    _unique([beneficiary.beneficiary_id for beneficiary in beneficiaries], "Data.Beneficiary")
    return beneficiaries


def parse_products(document: Mapping[str, Any]) -> list[Product]:
    products = []
    for index, item in enumerate(_list(_data(document), "Product", "Data")):
        path = f"Data.Product[{index}]"
        raw = _obj(item, path)
        other_name, description = _other_product_type(raw, path)
        products.append(
            Product(
                account_id=_id(raw, "AccountId", path),
                product_id=_opt_str(raw, "ProductId", path),
                name=_opt_str(raw, "ProductName", path),
                product_type=_str(raw, "ProductType", path),
                other_type_name=other_name,
                description=description,
            )
        )
    return products


def _other_product_type(raw: Mapping[str, Any], path: str) -> tuple[str, str]:
    """(Name, Description) of an optional OtherProductType; both are required inside it (OB)."""
    if raw.get("OtherProductType") is None:
        return "", ""
    other_path = f"{path}.OtherProductType"
    other = _obj(raw["OtherProductType"], other_path)
    return _str(other, "Name", other_path), _str(other, "Description", other_path)


def _creditor(raw: Mapping[str, Any], path: str) -> tuple[str, str]:
    """(creditor name, masked identification) of an optional CreditorAccount."""
    if raw.get("CreditorAccount") is None:
        return "", ""
    _scheme, identification, name = _cash_account(raw["CreditorAccount"], f"{path}.CreditorAccount")
    return name, mask_identification(identification)


def _frequency(raw: Mapping[str, Any], path: str) -> str:
    mandate = raw.get("MandateRelatedInformation")
    if mandate is None:
        return ""
    frequency = _obj(mandate, f"{path}.MandateRelatedInformation").get("Frequency")
    if frequency is None:
        return ""
    return _opt_str(_obj(frequency, f"{path}.MandateRelatedInformation.Frequency"), "Type", path)


def _reference(raw: Mapping[str, Any], path: str) -> str:
    remittance = raw.get("RemittanceInformation")
    if remittance is None:
        return _opt_str(raw, "Reference", path)
    remittance = _obj(remittance, f"{path}.RemittanceInformation")
    unstructured = _list(remittance, "Unstructured", f"{path}.RemittanceInformation")
    return "; ".join(str(line) for line in unstructured if isinstance(line, str))


def parse_standing_orders(document: Mapping[str, Any], currencies: Currencies) -> list[StandingOrder]:
    orders = []
    for index, item in enumerate(_list(_data(document), "StandingOrder", "Data")):
        path = f"Data.StandingOrder[{index}]"
        raw = _obj(item, path)
        account_id = _id(raw, "AccountId", path)
        currency = _currency_of(currencies, account_id, path)
        next_amount = raw.get("NextPaymentAmount")
        name, masked = _creditor(raw, path)
        orders.append(
            StandingOrder(
                standing_order_id=_id(raw, "StandingOrderId", path),
                account_id=account_id,
                frequency=_frequency(raw, path),
                status=_opt_str(raw, "StandingOrderStatusCode", path),
                creditor_name=name,
                creditor_masked=masked,
                reference=_reference(raw, path),
                next_payment_date_time=_opt_datetime(raw, "NextPaymentDateTime", path),
                next_payment_amount=None
                if next_amount is None
                else money(next_amount, f"{path}.NextPaymentAmount", currency),
            )
        )
    _unique([order.standing_order_id for order in orders], "Data.StandingOrder")
    return orders


def parse_scheduled_payments(document: Mapping[str, Any], currencies: Currencies) -> list[ScheduledPayment]:
    payments = []
    for index, item in enumerate(_list(_data(document), "ScheduledPayment", "Data")):
        path = f"Data.ScheduledPayment[{index}]"
        raw = _obj(item, path)
        account_id = _id(raw, "AccountId", path)
        name, masked = _creditor(raw, path)
        payments.append(
            ScheduledPayment(
                scheduled_payment_id=_id(raw, "ScheduledPaymentId", path),
                account_id=account_id,
                scheduled_date_time=_datetime(raw, "ScheduledPaymentDateTime", path),
                amount=money(
                    _field(raw, "InstructedAmount", path),
                    f"{path}.InstructedAmount",
                    _currency_of(currencies, account_id, path),
                ),
                creditor_name=name,
                creditor_masked=masked,
                reference=_opt_str(raw, "Reference", path),
            )
        )
    _unique([payment.scheduled_payment_id for payment in payments], "Data.ScheduledPayment")
    return payments


# --- PISP -------------------------------------------------------------------------------------


def parse_consent_status(document: Mapping[str, Any]) -> ConsentStatus:
    return _enum(ConsentStatus, _data(document), "Status", "Data")


def _check_initiation(data: Mapping[str, Any], intent: PaymentIntent) -> None:
    """The bank echoes the initiation: it must be what we asked for (amount, currency, creditor)."""
    initiation = _obj(_field(data, "Initiation", "Data"), "Data.Initiation")
    echoed = money(
        _field(initiation, "InstructedAmount", "Data.Initiation"),
        "Data.Initiation.InstructedAmount",
        intent.amount.currency,
    )
    if echoed.amount != intent.amount.amount:
        raise InvalidResponse("Data.Initiation.InstructedAmount is not the amount we asked for")
    scheme, identification, _name = _cash_account(
        _field(initiation, "CreditorAccount", "Data.Initiation"), "Data.Initiation.CreditorAccount"
    )
    if (scheme, identification) != (intent.creditor_scheme, intent.creditor_identification):
        raise InvalidResponse("Data.Initiation.CreditorAccount is not the payee we asked for")


def parse_payment_consent(
    document: Mapping[str, Any], intent: PaymentIntent, instruction_id: str
) -> PaymentConsent:
    data = _data(document)
    _check_initiation(data, intent)
    return PaymentConsent(
        consent_id=_str(data, "ConsentId", "Data"),
        intent=intent,
        status=_enum(ConsentStatus, data, "Status", "Data"),
        created=_datetime(data, "CreationDateTime", "Data"),
        instruction_id=instruction_id,
        cut_off=_opt_datetime(data, "CutOffDateTime", "Data"),
    )


def parse_funds_available(document: Mapping[str, Any]) -> bool:
    result = _obj(_field(_data(document), "FundsAvailableResult", "Data"), "Data.FundsAvailableResult")
    value = _field(result, "FundsAvailable", "Data.FundsAvailableResult")
    if not isinstance(value, bool):
        raise InvalidResponse("Data.FundsAvailableResult.FundsAvailable is not a boolean")
    return value


class PaymentResource:
    """The fields of a domestic (scheduled) payment response we act on."""

    __slots__ = ("consent_id", "payment_id", "status")

    def __init__(self, payment_id: str, consent_id: str, status: PaymentStatus) -> None:
        self.payment_id = payment_id
        self.consent_id = consent_id
        self.status = status


def parse_payment(document: Mapping[str, Any], id_field: str) -> PaymentResource:
    """A payment response; `id_field` is DomesticPaymentId or DomesticScheduledPaymentId."""
    data = _data(document)
    return PaymentResource(
        payment_id=_str(data, id_field, "Data"),
        consent_id=_str(data, "ConsentId", "Data"),
        status=_enum(PaymentStatus, data, "Status", "Data"),
    )


# --- extension --------------------------------------------------------------------------------


def parse_challenge(document: Mapping[str, Any]) -> Challenge:
    data = _data(document)
    code_length = _field(data, "CodeLength", "Data")
    if not isinstance(code_length, int) or isinstance(code_length, bool) or code_length <= 0:
        raise InvalidResponse("Data.CodeLength is not a positive integer")
    return Challenge(
        challenge_id=_str(data, "ChallengeId", "Data"),
        consent_id=_str(data, "ConsentId", "Data"),
        channel=_str(data, "Channel", "Data"),
        masked_destination=_str(data, "MaskedDestination", "Data"),
        expires=_datetime(data, "ExpirationDateTime", "Data"),
        code_length=code_length,
    )


def parse_billers(document: Mapping[str, Any]) -> list[Biller]:
    billers = []
    for index, item in enumerate(_list(_data(document), "Biller", "Data")):
        path = f"Data.Biller[{index}]"
        raw = _obj(item, path)
        scheme, identification, creditor_name = _cash_account(
            _field(raw, "CreditorAccount", path), f"{path}.CreditorAccount"
        )
        billers.append(
            Biller(
                biller_id=_str(raw, "BillerId", path),
                name=_str(raw, "Name", path),
                category=_str(raw, "Category", path),
                scheme_name=scheme,
                identification=identification,
                creditor_name=creditor_name,
                reference_label=_opt_str(raw, "ReferenceLabel", path),
                reference_pattern=_opt_str(raw, "ReferencePattern", path),
            )
        )
    return billers


def parse_beneficiary_added(document: Mapping[str, Any]) -> tuple[Beneficiary, NameCheck]:
    data = _data(document)
    scheme, identification, name = _cash_account(
        _field(data, "CreditorAccount", "Data"), "Data.CreditorAccount"
    )
    check = _obj(_field(data, "NameCheck", "Data"), "Data.NameCheck")
    result = _enum(NameCheck, check, "Result", "Data.NameCheck")
    beneficiary = Beneficiary(
        beneficiary_id=_str(data, "BeneficiaryId", "Data"),
        name=name,
        scheme_name=scheme,
        identification=identification,
        reference=_opt_str(data, "Reference", "Data"),
        matched_name=_opt_str(check, "MatchedName", "Data.NameCheck"),
    )
    return beneficiary, result


def consent_id(document: Mapping[str, Any]) -> str:
    """``Data.ConsentId`` of a consent response."""
    return _str(_data(document), "ConsentId", "Data")


def verified_consent_status(document: Mapping[str, Any]) -> ConsentStatus:
    """``Data.ConsentStatus`` of an SCA verify response."""
    return _enum(ConsentStatus, _data(document), "ConsentStatus", "Data")
