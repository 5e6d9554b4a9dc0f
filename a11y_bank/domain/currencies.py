"""ISO 4217 currency codes in current use and their minor units (pure data, no I/O).

Babel's CLDR data is not used for this on purpose: CLDR gives *display* precision (for example
cash rounding), while the wire and the ledger need the ISO 4217 "minor unit" column.
"""

from __future__ import annotations

# Active ISO 4217 codes whose minor unit is 2 (the common case).
_TWO_DECIMALS = """
AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP BYN BZD
CAD CDF CHE CHF CHW CNY COP COU CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS
GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL
MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK
PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS
TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VES WST XCD XCG YER ZAR ZMW ZWG
"""

# Active ISO 4217 codes whose minor unit is not 2.
_OTHER_DECIMALS: dict[str, int] = {
    # no minor unit
    "BIF": 0, "CLP": 0, "DJF": 0, "GNF": 0, "ISK": 0, "JPY": 0, "KMF": 0, "KRW": 0, "PYG": 0,
    "RWF": 0, "UGX": 0, "UYI": 0, "VND": 0, "VUV": 0, "XAF": 0, "XOF": 0, "XPF": 0,
    # thousandths
    "BHD": 3, "IQD": 3, "JOD": 3, "KWD": 3, "LYD": 3, "OMR": 3, "TND": 3,
    # ten-thousandths (units of account)
    "CLF": 4, "UYW": 4,
}  # fmt: skip

MINOR_UNITS: dict[str, int] = dict.fromkeys(_TWO_DECIMALS.split(), 2) | _OTHER_DECIMALS
"""Currency code -> number of decimal places of its minor unit, for every supported code."""

KNOWN_CURRENCIES: frozenset[str] = frozenset(MINOR_UNITS)


class UnknownCurrency(ValueError):
    """The code is not an ISO 4217 currency in current use."""


def minor_units(currency: str) -> int:
    """Return how many decimal places `currency` has (CNY 2, JPY 0, KWD 3).

    Raises:
        UnknownCurrency: the code is not in the ISO 4217 list (it must already be upper case).
    """
    try:
        return MINOR_UNITS[currency]
    except KeyError:
        raise UnknownCurrency(f"unknown currency code {currency!r}") from None
