"""THE message catalogue: one prompt dictionary for every channel (screen, screen reader, voice, chat).

Each entry has a stable `code` ("amount.not_a_number"), the visible `text`, the `spoken` text (may
spell things out for the voice and screen reader), and the `action`: what the person can do next.

Translation without Qt: every string is wrapped in the no-op marker `QT_TRANSLATE_NOOP("Messages",
...)` with a `#:` translator comment right above it, so `pyside6-lupdate` extracts it into the `.ts`
files without this module importing Qt. The UI translates at display time:

    msg = message("amount.too_large").render(QCoreApplication.translate, maximum="1,000,000,000.00")

Texts use named placeholders (`{amount}`, `{seconds}`); translate first, then format (`render` does).
"""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

__all__ = [
    "CATALOGUE",
    "CONTEXT",
    "QT_TRANSLATE_NOOP",
    "Message",
    "Translate",
    "UnknownMessage",
    "message",
    "no_translation",
    "payment_status_code",
]

CONTEXT = "Messages"
"""The Qt translation context of every catalogue string."""

Translate = Callable[[str, str], str]
"""`(context, source_text) -> translated text`, e.g. `QCoreApplication.translate`."""


# The upper-case name is deliberate: lupdate recognises exactly this name.
def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for extraction by lupdate; returns it unchanged (translation happens in the UI)."""
    del context
    return text


def no_translation(context: str, text: str) -> str:
    """A `Translate` that returns the source text (English); for tests and non-Qt callers."""
    del context
    return text


class UnknownMessage(KeyError):
    """No catalogue entry has this code."""


@dataclass(frozen=True, slots=True)
class Message:
    """One catalogue entry (or, after `render`, its translated and filled-in form)."""

    code: str
    text: str
    spoken: str
    action: str

    def placeholders(self) -> frozenset[str]:
        """Names of the `{placeholders}` used anywhere in this entry."""
        return frozenset(_field_names(self.text) | _field_names(self.spoken) | _field_names(self.action))

    def render(self, translate: Translate = no_translation, /, **params: object) -> Message:
        """Translate each text, then fill in the named placeholders.

        Raises:
            KeyError: a placeholder the entry uses was not given.
        """
        return Message(
            code=self.code,
            text=translate(CONTEXT, self.text).format_map(params),
            spoken=translate(CONTEXT, self.spoken).format_map(params),
            action=translate(CONTEXT, self.action).format_map(params),
        )


def _field_names(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _m(code: str, text: str, spoken: str, action: str) -> Message:
    return Message(code=code, text=text, spoken=spoken, action=action)


# Every string below carries its own `#:` comment because lupdate attaches a comment only to the
# call right beneath it. Keep placeholders such as {amount} untranslated.
_ENTRIES: tuple[Message, ...] = (
    # ---- amounts typed by a person (domain.validation) ----------------------------------------
    _m(
        "amount.empty",
        #: Error under the amount field when it was left empty.
        QT_TRANSLATE_NOOP("Messages", "Enter an amount."),
        #: Spoken when the amount field was left empty.
        QT_TRANSLATE_NOOP("Messages", "The amount is empty."),
        #: What to do when the amount field is empty.
        QT_TRANSLATE_NOOP("Messages", "Type the amount in digits, for example 12.50."),
    ),
    _m(
        "amount.not_a_number",
        #: Error under the amount field when what was typed is not a number.
        QT_TRANSLATE_NOOP("Messages", "That is not an amount."),
        #: Spoken when the typed amount is not a number.
        QT_TRANSLATE_NOOP("Messages", "The amount is not a number."),
        #: What to do when the typed amount is not a number; "point" is the decimal separator.
        QT_TRANSLATE_NOOP("Messages", "Use digits and one decimal point only, for example 12.50."),
    ),
    _m(
        "amount.negative",
        #: Error under the amount field when a minus sign was typed.
        QT_TRANSLATE_NOOP("Messages", "The amount cannot be negative."),
        #: Spoken when the typed amount has a minus sign.
        QT_TRANSLATE_NOOP("Messages", "The amount is below zero. Amounts cannot be negative."),
        #: What to do when the typed amount is negative.
        QT_TRANSLATE_NOOP("Messages", "Remove the minus sign."),
    ),
    _m(
        "amount.zero",
        #: Error under the amount field when the amount is zero.
        QT_TRANSLATE_NOOP("Messages", "The amount must be more than zero."),
        #: Spoken when the typed amount is zero.
        QT_TRANSLATE_NOOP("Messages", "The amount is zero. It must be more than zero."),
        #: What to do when the typed amount is zero.
        QT_TRANSLATE_NOOP("Messages", "Type the amount you want to send."),
    ),
    _m(
        "amount.too_many_decimals",
        #: Error under the amount field; {decimals} is how many digits the currency allows after the point.
        QT_TRANSLATE_NOOP("Messages", "Use at most {decimals} digits after the decimal point."),
        #: Spoken: too many digits after the decimal point; {decimals} is the allowed number.
        QT_TRANSLATE_NOOP(
            "Messages", "The amount has too many digits after the point. The most is {decimals}."
        ),
        #: What to do when the amount has too many decimals.
        QT_TRANSLATE_NOOP("Messages", "Shorten the part after the decimal point."),
    ),
    _m(
        "amount.no_decimals_allowed",
        #: Error under the amount field for a currency without minor units (for example yen).
        QT_TRANSLATE_NOOP("Messages", "This currency has no decimal part."),
        #: Spoken for a currency without minor units when a decimal part was typed.
        QT_TRANSLATE_NOOP("Messages", "This currency is counted in whole units only."),
        #: What to do when a decimal part was typed for a whole-unit currency.
        QT_TRANSLATE_NOOP("Messages", "Type a whole number, without a decimal point."),
    ),
    _m(
        "amount.too_large",
        #: Error under the amount field; {maximum} is the formatted largest amount allowed.
        QT_TRANSLATE_NOOP("Messages", "The amount is too large. The most is {maximum}."),
        #: Spoken when the amount is over the maximum; {maximum} is the formatted largest amount.
        QT_TRANSLATE_NOOP("Messages", "That amount is too large. The most you can type is {maximum}."),
        #: What to do when the amount is too large.
        QT_TRANSLATE_NOOP("Messages", "Check the number of digits and type a smaller amount."),
    ),
    # ---- currency codes --------------------------------------------------------------------------
    _m(
        "currency.invalid_format",
        #: Error when a currency code is not three letters.
        QT_TRANSLATE_NOOP("Messages", "A currency code is three letters, like CNY or GBP."),
        #: Spoken when a currency code is not three letters; codes are spelled out letter by letter.
        QT_TRANSLATE_NOOP("Messages", "A currency code is three letters, for example C N Y, or G B P."),
        #: What to do when a currency code is malformed.
        QT_TRANSLATE_NOOP("Messages", "Choose the currency from the list."),
    ),
    _m(
        "currency.unknown",
        #: Error when a three-letter currency code is not a known currency.
        QT_TRANSLATE_NOOP("Messages", "That currency is not known."),
        #: Spoken when a three-letter currency code is not a known currency.
        QT_TRANSLATE_NOOP("Messages", "That currency code is not one we know."),
        #: What to do when the currency is not known.
        QT_TRANSLATE_NOOP("Messages", "Choose the currency from the list."),
    ),
    # ---- account identifiers ---------------------------------------------------------------------
    _m(
        "account.empty",
        #: Error when the account number field was left empty.
        QT_TRANSLATE_NOOP("Messages", "Enter the account number."),
        #: Spoken when the account number field is empty.
        QT_TRANSLATE_NOOP("Messages", "The account number is empty."),
        #: What to do when the account number is empty.
        QT_TRANSLATE_NOOP(
            "Messages", "Type the IBAN, the sort code and account number, or the card or account number."
        ),
    ),
    _m(
        "account.unrecognised",
        #: Error when an account identifier matches no supported scheme (IBAN, UK, Chinese account).
        QT_TRANSLATE_NOOP("Messages", "That does not look like an account number we can pay."),
        #: Spoken when an account identifier matches no supported scheme.
        QT_TRANSLATE_NOOP("Messages", "We could not recognise that account number."),
        #: What to do when the account identifier is not recognised.
        QT_TRANSLATE_NOOP(
            "Messages",
            "Check it against the payee's details: an IBAN, a 6-digit sort code with an "
            "8-digit account number, or a 16 to 19 digit Chinese account or card number.",
        ),
    ),
    _m(
        "sort_code.invalid",
        #: Error when a UK sort code is not 6 digits.
        QT_TRANSLATE_NOOP("Messages", "A sort code is 6 digits, like 12-34-56."),
        #: Spoken when a UK sort code is not 6 digits; digits are read in pairs.
        QT_TRANSLATE_NOOP(
            "Messages", "A sort code is six digits, for example one two, three four, five six."
        ),
        #: What to do when the sort code is invalid.
        QT_TRANSLATE_NOOP("Messages", "Type the 6 digits of the sort code. Dashes and spaces are fine."),
    ),
    _m(
        "account_number.invalid",
        #: Error when a UK account number is not 8 digits.
        QT_TRANSLATE_NOOP("Messages", "A UK account number is 8 digits."),
        #: Spoken when a UK account number is not 8 digits.
        QT_TRANSLATE_NOOP("Messages", "A UK account number is eight digits long."),
        #: What to do when the UK account number is invalid.
        QT_TRANSLATE_NOOP("Messages", "Type all 8 digits of the account number."),
    ),
    _m(
        "iban.invalid_country",
        #: Error when the first two letters of an IBAN are not a country that uses IBANs.
        QT_TRANSLATE_NOOP("Messages", "The IBAN does not start with a valid country code."),
        #: Spoken when the IBAN country code is wrong.
        QT_TRANSLATE_NOOP("Messages", "The first two letters of the IBAN are not a known country."),
        #: What to do when the IBAN country code is wrong.
        QT_TRANSLATE_NOOP("Messages", "Check the first two letters, for example G B or D E."),
    ),
    _m(
        "iban.invalid_length",
        #: Error when an IBAN has the wrong number of characters for its country.
        QT_TRANSLATE_NOOP("Messages", "The IBAN has the wrong length for its country."),
        #: Spoken when an IBAN has the wrong number of characters.
        QT_TRANSLATE_NOOP("Messages", "The IBAN is too short or too long for its country."),
        #: What to do when the IBAN length is wrong.
        QT_TRANSLATE_NOOP("Messages", "Check for a missing or extra character."),
    ),
    _m(
        "iban.invalid_structure",
        #: Error when an IBAN has letters or digits in places its country does not allow.
        QT_TRANSLATE_NOOP("Messages", "The IBAN is not in the right format for its country."),
        #: Spoken when an IBAN has the wrong format.
        QT_TRANSLATE_NOOP("Messages", "Some characters of the IBAN are in the wrong place."),
        #: What to do when the IBAN format is wrong.
        QT_TRANSLATE_NOOP("Messages", "Compare it character by character with the payee's details."),
    ),
    _m(
        "iban.invalid_checksum",
        #: Error when the IBAN check digits do not match (usually a typing mistake).
        QT_TRANSLATE_NOOP("Messages", "The IBAN is not valid. A character may be mistyped."),
        #: Spoken when the IBAN check digits do not match.
        QT_TRANSLATE_NOOP("Messages", "The IBAN check failed. One of the characters is probably mistyped."),
        #: What to do when the IBAN checksum fails.
        QT_TRANSLATE_NOOP("Messages", "Compare it character by character with the payee's details."),
    ),
    _m(
        "cn_account.invalid_length",
        #: Error when a Chinese account or bank card number is not 16 to 19 digits.
        QT_TRANSLATE_NOOP("Messages", "A Chinese account or card number is 16 to 19 digits."),
        #: Spoken when a Chinese account number has the wrong length.
        QT_TRANSLATE_NOOP("Messages", "A Chinese account or card number has sixteen to nineteen digits."),
        #: What to do when a Chinese account number has the wrong length.
        QT_TRANSLATE_NOOP("Messages", "Check for a missing or extra digit."),
    ),
    _m(
        "cn_account.invalid_checksum",
        #: Error when a Chinese bank card number fails its check digit (Luhn).
        QT_TRANSLATE_NOOP("Messages", "That card number is not valid. A digit may be mistyped."),
        #: Spoken when a bank card number fails its check digit.
        QT_TRANSLATE_NOOP("Messages", "The card number check failed. One digit is probably mistyped."),
        #: What to do when a bank card number fails its check digit.
        QT_TRANSLATE_NOOP("Messages", "Compare the number digit by digit with the card."),
    ),
    # ---- payee names and references ------------------------------------------------------------
    _m(
        "payee.empty",
        #: Error when the payee name was left empty.
        QT_TRANSLATE_NOOP("Messages", "Enter the payee's name."),
        #: Spoken when the payee name is empty.
        QT_TRANSLATE_NOOP("Messages", "The payee name is empty."),
        #: What to do when the payee name is empty.
        QT_TRANSLATE_NOOP("Messages", "Type the name on the payee's account."),
    ),
    _m(
        "payee.too_long",
        #: Error when the payee name is too long; {maximum} is the number of characters allowed.
        QT_TRANSLATE_NOOP("Messages", "The payee name can be at most {maximum} characters."),
        #: Spoken when the payee name is too long; {maximum} is the number of characters allowed.
        QT_TRANSLATE_NOOP("Messages", "The payee name is too long. The most is {maximum} characters."),
        #: What to do when the payee name is too long.
        QT_TRANSLATE_NOOP("Messages", "Shorten the name."),
    ),
    _m(
        "payee.invalid_characters",
        #: Error when the payee name contains control or invisible characters (often from pasting).
        QT_TRANSLATE_NOOP("Messages", "The payee name contains characters that are not allowed."),
        #: Spoken when the payee name contains control or invisible characters.
        QT_TRANSLATE_NOOP("Messages", "The payee name contains hidden characters that cannot be sent."),
        #: What to do when the payee name contains invisible characters.
        QT_TRANSLATE_NOOP("Messages", "Clear the field and type the name again instead of pasting it."),
    ),
    _m(
        "reference.empty",
        #: Error when a payment reference is required but empty.
        QT_TRANSLATE_NOOP("Messages", "Enter a reference."),
        #: Spoken when a required payment reference is empty.
        QT_TRANSLATE_NOOP("Messages", "The reference is empty. This payment needs one."),
        #: What to do when the payment reference is empty.
        QT_TRANSLATE_NOOP("Messages", "Type the reference the payee gave you, such as a bill number."),
    ),
    _m(
        "reference.too_long",
        #: Error when the payment reference is too long; {maximum} is the number of characters allowed.
        QT_TRANSLATE_NOOP("Messages", "The reference can be at most {maximum} characters."),
        #: Spoken when the payment reference is too long; {maximum} is the number of characters allowed.
        QT_TRANSLATE_NOOP("Messages", "The reference is too long. The most is {maximum} characters."),
        #: What to do when the payment reference is too long.
        QT_TRANSLATE_NOOP("Messages", "Shorten the reference."),
    ),
    _m(
        "reference.invalid_characters",
        #: Error when the reference contains control, zero-width or text-direction characters.
        QT_TRANSLATE_NOOP("Messages", "The reference contains characters that are not allowed."),
        #: Spoken when the reference contains control, zero-width or text-direction characters.
        QT_TRANSLATE_NOOP("Messages", "The reference contains hidden characters that cannot be sent."),
        #: What to do when the reference contains invisible characters.
        QT_TRANSLATE_NOOP("Messages", "Clear the field and type the reference again instead of pasting it."),
    ),
    _m(
        "bill_reference.mismatch",
        #: Error when a bill reference does not have the biller's format; {name} is what the biller calls
        #: it (e.g. "customer number").
        QT_TRANSLATE_NOOP("Messages", "That {name} does not look right."),
        #: Spoken when a bill reference does not have the biller's format; {name}: the biller's word.
        QT_TRANSLATE_NOOP("Messages", "That {name} does not look right."),
        #: What to do when a bill reference does not have the biller's format.
        QT_TRANSLATE_NOOP("Messages", "Check it against your bill."),
    ),
    # ---- forms of the extension screens (feedback, enrolment, wealth) ---------------------------
    _m(
        "feedback.empty",
        #: Error when accessibility feedback is sent with an empty box.
        QT_TRANSLATE_NOOP("Messages", "The feedback box is empty."),
        #: Spoken when accessibility feedback is sent with an empty box.
        QT_TRANSLATE_NOOP("Messages", "The feedback box is empty."),
        #: What to do when the accessibility feedback box is empty.
        QT_TRANSLATE_NOOP("Messages", "Write your feedback first."),
    ),
    _m(
        "feedback.too_long",
        #: Error when the accessibility feedback is too long; {maximum} is the most characters allowed.
        QT_TRANSLATE_NOOP("Messages", "The feedback is longer than {maximum} characters."),
        #: Spoken when the accessibility feedback is too long; {maximum} is the most characters allowed.
        QT_TRANSLATE_NOOP("Messages", "The feedback is longer than {maximum} characters."),
        #: What to do when the accessibility feedback is too long.
        QT_TRANSLATE_NOOP("Messages", "Shorten it, or send it in two parts."),
    ),
    _m(
        "password.rules_broken",
        #: Error under a new password that breaks the bank's rules; {rules} is the rules as a sentence.
        QT_TRANSLATE_NOOP("Messages", "This password does not keep the rules. {rules}"),
        #: Spoken when a new password breaks the bank's rules; {rules} is the rules as a sentence.
        QT_TRANSLATE_NOOP("Messages", "This password does not keep the rules. {rules}"),
        #: What to do when a new password breaks the rules.
        QT_TRANSLATE_NOOP("Messages", "Choose another password."),
    ),
    _m(
        "enrol.account_invalid",
        #: Error under the account number when enrolling; it must be 10 to 30 digits.
        QT_TRANSLATE_NOOP("Messages", "An account number has 10 to 30 digits."),
        #: Spoken when the account number typed to enrol is not 10 to 30 digits.
        QT_TRANSLATE_NOOP("Messages", "That account number is not 10 to 30 digits."),
        #: What to do when the account number typed to enrol is not 10 to 30 digits.
        QT_TRANSLATE_NOOP("Messages", "Type the account number from your card or contract, digits only."),
    ),
    _m(
        "enrol.document_empty",
        #: Error under the ID document number when enrolling with it left empty.
        QT_TRANSLATE_NOOP("Messages", "Enter the number of your ID document."),
        #: Spoken when the ID document number was left empty.
        QT_TRANSLATE_NOOP("Messages", "The ID document number is empty."),
        #: What to do when the ID document number was left empty.
        QT_TRANSLATE_NOOP("Messages", "Type it as printed on the document."),
    ),
    _m(
        "wealth.below_minimum",
        #: Error under the amount to invest when it is below the product's minimum; {amount} the smallest.
        QT_TRANSLATE_NOOP("Messages", "The smallest purchase is {amount}."),
        #: Spoken when the amount to invest is below the product's minimum; {amount} the smallest.
        QT_TRANSLATE_NOOP("Messages", "That is below this product's smallest purchase, {amount}."),
        #: What to do when the amount to invest is below the product's minimum.
        QT_TRANSLATE_NOOP("Messages", "Enter a larger amount, or choose another product."),
    ),
    _m(
        "wealth.units_invalid",
        #: Error under the units to sell; {maximum} is how many units the customer has.
        QT_TRANSLATE_NOOP("Messages", "Enter a number of units above 0 and at most {maximum}."),
        #: Spoken when the units to sell are not above 0 and at most {maximum}, the units held.
        QT_TRANSLATE_NOOP("Messages", "You can sell more than 0 and at most {maximum} units."),
        #: What to do when the units to sell are wrong.
        QT_TRANSLATE_NOOP("Messages", "Use up to 4 decimals."),
    ),
    # ---- dates for scheduling ------------------------------------------------------------------
    _m(
        "date.invalid",
        #: Error when the payment date typed is not a real date.
        QT_TRANSLATE_NOOP("Messages", "That is not a valid date."),
        #: Spoken when the payment date is not a real date.
        QT_TRANSLATE_NOOP("Messages", "We could not read that date."),
        #: What to do when the date is invalid; keep the date pattern as an example.
        QT_TRANSLATE_NOOP("Messages", "Type the date as year, month and day, for example 2026-12-31."),
    ),
    _m(
        "date.in_past",
        #: Error when a scheduled payment date is before today.
        QT_TRANSLATE_NOOP("Messages", "The date is in the past."),
        #: Spoken when a scheduled payment date is before today.
        QT_TRANSLATE_NOOP("Messages", "That date has already passed."),
        #: What to do when the payment date is in the past.
        QT_TRANSLATE_NOOP("Messages", "Choose today or a later date."),
    ),
    _m(
        "date.too_far_ahead",
        #: Error when a scheduled payment date is more than a year ahead; {latest} is the last allowed date.
        QT_TRANSLATE_NOOP("Messages", "The date can be at most one year ahead, until {latest}."),
        #: Spoken when a scheduled payment date is too far ahead; {latest} is the last allowed date.
        QT_TRANSLATE_NOOP("Messages", "That date is too far ahead. The latest date is {latest}."),
        #: What to do when the payment date is too far ahead.
        QT_TRANSLATE_NOOP("Messages", "Choose a date within the next year."),
    ),
    # ---- one-time codes typed by a person --------------------------------------------------------
    _m(
        "otp.empty",
        #: Error when the one-time security code field is empty.
        QT_TRANSLATE_NOOP("Messages", "Enter the 6-digit code."),
        #: Spoken when the one-time security code field is empty.
        QT_TRANSLATE_NOOP("Messages", "The code is empty. It has six digits."),
        #: What to do when the one-time code is empty.
        QT_TRANSLATE_NOOP("Messages", "Type the code from the message we sent you."),
    ),
    _m(
        "otp.not_digits",
        #: Error when the one-time security code contains something other than digits.
        QT_TRANSLATE_NOOP("Messages", "The code has digits only."),
        #: Spoken when the one-time security code contains letters or symbols.
        QT_TRANSLATE_NOOP("Messages", "The code contains something other than digits."),
        #: What to do when the one-time code has non-digits.
        QT_TRANSLATE_NOOP("Messages", "Type just the 6 digits of the code."),
    ),
    _m(
        "otp.wrong_length",
        #: Error when the one-time code is not exactly 6 digits; {length} is how many were typed.
        QT_TRANSLATE_NOOP("Messages", "The code is 6 digits; you typed {length}."),
        #: Spoken when the one-time code has the wrong number of digits; {length} is how many were typed.
        QT_TRANSLATE_NOOP("Messages", "The code has six digits, and you typed {length}."),
        #: What to do when the one-time code has the wrong length.
        QT_TRANSLATE_NOOP("Messages", "Check the code in the message and type all 6 digits."),
    ),
    # ---- talking to the bank (api.errors) ------------------------------------------------------
    _m(
        "api.offline",
        #: Shown when the bank cannot be reached (no network or the bank server is down).
        QT_TRANSLATE_NOOP("Messages", "Cannot reach the bank."),
        #: Spoken when the bank cannot be reached.
        QT_TRANSLATE_NOOP("Messages", "We cannot reach the bank right now. Nothing was changed."),
        #: What to do when the bank cannot be reached.
        QT_TRANSLATE_NOOP("Messages", "Check your internet connection, then try again."),
    ),
    _m(
        "api.certificate",
        #: Shown when the bank's security certificate could not be verified; the connection was refused.
        QT_TRANSLATE_NOOP(
            "Messages", "The bank's identity could not be checked, so the app did not connect."
        ),
        #: Spoken when the bank's security certificate could not be verified.
        QT_TRANSLATE_NOOP(
            "Messages",
            "The connection was refused for your safety: the bank's security certificate could not be "
            "checked. Someone could be listening in. Nothing was sent.",
        ),
        #: What to do after a certificate error; there is no way to connect anyway.
        QT_TRANSLATE_NOOP(
            "Messages", "Do not use this network for banking. Call the bank on its published phone number."
        ),
    ),
    _m(
        "api.server_error",
        #: Shown when the bank's server failed (HTTP 5xx) on a request that changes nothing (a read).
        QT_TRANSLATE_NOOP("Messages", "The bank has a problem right now."),
        #: Spoken when the bank's server failed on a request that changes nothing.
        QT_TRANSLATE_NOOP("Messages", "The bank had a problem and could not answer. Nothing was changed."),
        #: What to do when the bank's server failed.
        QT_TRANSLATE_NOOP("Messages", "Try again in a few minutes. If it keeps happening, contact the bank."),
    ),
    _m(
        "api.timeout",
        #: Shown when the bank took too long to answer a request that changes nothing.
        QT_TRANSLATE_NOOP("Messages", "The bank took too long to answer."),
        #: Spoken when the bank took too long to answer.
        QT_TRANSLATE_NOOP("Messages", "The bank did not answer in time."),
        #: What to do after a timeout.
        QT_TRANSLATE_NOOP("Messages", "Try again in a moment."),
    ),
    _m(
        "api.auth_expired",
        #: Shown when the sign-in session has expired.
        QT_TRANSLATE_NOOP("Messages", "You have been signed out."),
        #: Spoken when the sign-in session has expired.
        QT_TRANSLATE_NOOP("Messages", "For your safety, you have been signed out."),
        #: What to do after the session expired.
        QT_TRANSLATE_NOOP("Messages", "Sign in again to continue."),
    ),
    _m(
        "api.rate_limited",
        #: Shown when the bank asks us to slow down; {seconds} is how long to wait.
        QT_TRANSLATE_NOOP("Messages", "Too many requests. Try again in {seconds} seconds."),
        #: Spoken when the bank asks us to slow down; {seconds} is how long to wait.
        QT_TRANSLATE_NOOP("Messages", "The bank is busy. Please wait {seconds} seconds."),
        #: What to do when rate limited; {seconds} is how long to wait.
        QT_TRANSLATE_NOOP("Messages", "Wait {seconds} seconds, then try again."),
    ),
    _m(
        "api.rejected",
        #: Shown when the bank refused a request for a reason we have no better message for.
        QT_TRANSLATE_NOOP("Messages", "The bank refused this request."),
        #: Spoken when the bank refused a request.
        QT_TRANSLATE_NOOP("Messages", "The bank said no to this request. Nothing was changed."),
        #: What to do when the bank refused a request.
        QT_TRANSLATE_NOOP("Messages", "Check the details and try again, or contact the bank."),
    ),
    _m(
        "api.outcome_unknown",
        #: Shown when a payment may or may not have gone through (connection lost mid-way).
        QT_TRANSLATE_NOOP("Messages", "We do not know yet whether this went through."),
        #: Spoken when the outcome of a payment is unknown.
        QT_TRANSLATE_NOOP(
            "Messages", "The connection was lost before the bank answered. The payment may have been made."
        ),
        #: What to do when the outcome is unknown; tells the person not to pay twice.
        QT_TRANSLATE_NOOP(
            "Messages",
            "Do not pay again. We will check with the bank; see your payments list for the result.",
        ),
    ),
    _m(
        "api.invalid_response",
        #: Shown when the bank's answer could not be understood.
        QT_TRANSLATE_NOOP("Messages", "The bank sent an answer we could not read."),
        #: Spoken when the bank's answer could not be understood.
        QT_TRANSLATE_NOOP("Messages", "Something went wrong reading the bank's answer."),
        #: What to do when the bank's answer was unreadable.
        QT_TRANSLATE_NOOP("Messages", "Try again. If it keeps happening, contact the bank."),
    ),
    _m(
        "payment.insufficient_funds",
        #: Shown when the account does not have enough money for the payment.
        QT_TRANSLATE_NOOP("Messages", "Not enough money in the account."),
        #: Spoken when the account does not have enough money for the payment.
        QT_TRANSLATE_NOOP("Messages", "There is not enough money in this account for that payment."),
        #: What to do when funds are insufficient.
        QT_TRANSLATE_NOOP("Messages", "Pay a smaller amount or choose another account."),
    ),
    _m(
        "payment.limit_exceeded",
        #: Shown when the payment is over the daily or per-payment limit.
        QT_TRANSLATE_NOOP("Messages", "This payment is over your limit."),
        #: Spoken when the payment is over a limit.
        QT_TRANSLATE_NOOP("Messages", "This payment is more than your payment limit allows."),
        #: What to do when over the limit.
        QT_TRANSLATE_NOOP("Messages", "Pay a smaller amount, or try again tomorrow."),
    ),
    _m(
        "payment.after_cut_off",
        #: Shown when a payment arrives after today's cut-off time.
        QT_TRANSLATE_NOOP("Messages", "Too late for today's payments."),
        #: Spoken when a payment arrives after today's cut-off time.
        QT_TRANSLATE_NOOP("Messages", "It is past today's cut-off time for this payment."),
        #: What to do after the cut-off time.
        QT_TRANSLATE_NOOP("Messages", "Schedule the payment for the next working day."),
    ),
    _m(
        "consent.consumed",
        #: Shown when an approval was already used for another payment.
        QT_TRANSLATE_NOOP("Messages", "This approval has already been used."),
        #: Spoken when the payment approval was already used.
        QT_TRANSLATE_NOOP("Messages", "This payment was already approved and used once."),
        #: What to do when the approval was already used; the person should check before paying again.
        QT_TRANSLATE_NOOP("Messages", "Check your payments list before starting a new payment."),
    ),
    _m(
        "sca.code_wrong",
        #: Shown when the one-time code is wrong; {attempts_left} is how many tries remain.
        QT_TRANSLATE_NOOP("Messages", "That code is not right. {attempts_left} tries left."),
        #: Spoken when the one-time code is wrong; {attempts_left} is how many tries remain.
        QT_TRANSLATE_NOOP("Messages", "The code is wrong. You have {attempts_left} tries left."),
        #: What to do when the one-time code is wrong.
        QT_TRANSLATE_NOOP("Messages", "Check the latest message we sent and type the code again."),
    ),
    _m(
        "sca.code_expired",
        #: Shown when the one-time code has expired.
        QT_TRANSLATE_NOOP("Messages", "That code has expired."),
        #: Spoken when the one-time code has expired.
        QT_TRANSLATE_NOOP("Messages", "The code is too old and no longer works."),
        #: What to do when the one-time code has expired.
        QT_TRANSLATE_NOOP("Messages", "Ask for a new code."),
    ),
    _m(
        "sca.code_locked",
        #: Shown when too many wrong codes locked the approval.
        QT_TRANSLATE_NOOP("Messages", "Too many wrong codes. This approval is locked."),
        #: Spoken when too many wrong codes locked the approval.
        QT_TRANSLATE_NOOP("Messages", "There were too many wrong codes, so this approval is locked."),
        #: What to do when the approval is locked.
        QT_TRANSLATE_NOOP("Messages", "Start the payment again to get a new code."),
    ),
    _m(
        "sca.request_code_used",
        #: Shown when a one-time code for a change or an order (not a payment) was already used.
        QT_TRANSLATE_NOOP("Messages", "That code was already used."),
        #: Spoken when a one-time code for a change or an order (not a payment) was already used.
        QT_TRANSLATE_NOOP("Messages", "That code has already been used once and cannot be used again."),
        #: What to do when a code for a change or an order was already used.
        QT_TRANSLATE_NOOP("Messages", "Ask for a new code and type it."),
    ),
    _m(
        "sca.request_code_locked",
        #: Shown when too many wrong codes locked a change or an order (not a payment).
        QT_TRANSLATE_NOOP("Messages", "Too many wrong codes. This request is locked."),
        #: Spoken when too many wrong codes locked a change or an order (not a payment).
        QT_TRANSLATE_NOOP("Messages", "There were too many wrong codes, so this request is locked."),
        #: What to do when a change or an order is locked by wrong codes.
        QT_TRANSLATE_NOOP("Messages", "Start again from the beginning to get a new code."),
    ),
    _m(
        "sign_in.failed",
        #: Shown when the user name or password is wrong (never say which one).
        QT_TRANSLATE_NOOP("Messages", "The user name or password is not right."),
        #: Spoken when sign-in fails.
        QT_TRANSLATE_NOOP("Messages", "We could not sign you in with that user name and password."),
        #: What to do when sign-in fails.
        QT_TRANSLATE_NOOP("Messages", "Check both and try again."),
    ),
    _m(
        "lock.locked",
        #: Shown when the app locked (after a time without use, or the customer locked it).
        QT_TRANSLATE_NOOP("Messages", "The app is locked."),
        #: Spoken when the app locked (after a time without use, or the customer locked it).
        QT_TRANSLATE_NOOP("Messages", "The app is locked. Nothing of your accounts is shown."),
        #: What to do to unlock the app.
        QT_TRANSLATE_NOOP("Messages", "Type your password to go back to where you were."),
    ),
    _m(
        "lock.wrong_password",
        #: Error under the password field of the lock page; {attempts_left} is how many tries are left.
        QT_TRANSLATE_NOOP("Messages", "That password is not right. {attempts_left} tries left."),
        #: Spoken when the password on the lock page is wrong; {attempts_left} is how many tries are left.
        QT_TRANSLATE_NOOP("Messages", "That password is not right. You have {attempts_left} tries left."),
        #: What to do when the password on the lock page is wrong.
        QT_TRANSLATE_NOOP("Messages", "Type the password you signed in with, or sign out."),
    ),
    _m(
        "lock.too_many_attempts",
        #: Shown when too many wrong passwords were typed on the lock page.
        QT_TRANSLATE_NOOP("Messages", "Too many wrong passwords. You are signed out."),
        #: Spoken when too many wrong passwords were typed on the lock page.
        QT_TRANSLATE_NOOP(
            "Messages", "There were too many wrong passwords, so you are signed out for safety."
        ),
        #: What to do after being signed out for too many wrong passwords.
        QT_TRANSLATE_NOOP("Messages", "Sign in again with your user name and password."),
    ),
    _m(
        "sign_in.username_empty",
        #: Error under the user name field on the sign-in screen when it is empty.
        QT_TRANSLATE_NOOP("Messages", "Enter your user name."),
        #: Spoken when the user name field on the sign-in screen is empty.
        QT_TRANSLATE_NOOP("Messages", "The user name is empty."),
        #: What to do when the user name is empty.
        QT_TRANSLATE_NOOP("Messages", "Type the user name you chose when you joined the bank."),
    ),
    _m(
        "sign_in.password_empty",
        #: Error under the password field on the sign-in screen when it is empty.
        QT_TRANSLATE_NOOP("Messages", "Enter your password."),
        #: Spoken when the password field on the sign-in screen is empty.
        QT_TRANSLATE_NOOP("Messages", "The password is empty."),
        #: What to do when the password is empty.
        QT_TRANSLATE_NOOP("Messages", "Type your password. It is case-sensitive."),
    ),
    _m(
        "error.unexpected",
        #: Shown when something went wrong that has no more specific message.
        QT_TRANSLATE_NOOP("Messages", "Something went wrong."),
        #: Spoken when something went wrong that has no more specific message.
        QT_TRANSLATE_NOOP("Messages", "Sorry, something went wrong."),
        #: What to do after an unexpected error.
        QT_TRANSLATE_NOOP("Messages", "Try again. If it keeps happening, contact the bank."),
    ),
    # ---- secret storage and settings (credentials/, settings.py) -------------------------------
    _m(
        "credentials.unavailable",
        #: Shown when the system keyring cannot be used, so the sign-in is kept only until the app closes.
        QT_TRANSLATE_NOOP("Messages", "Secure storage is not available on this computer."),
        #: Spoken when the system keyring cannot be used.
        QT_TRANSLATE_NOOP(
            "Messages",
            "This computer has no secure storage, so you will stay signed in only until you close the app.",
        ),
        #: What to do when the keyring is not available.
        QT_TRANSLATE_NOOP("Messages", "You can keep using the app; you will need to sign in next time."),
    ),
    _m(
        "credentials.locked",
        #: Shown when the system keyring is locked.
        QT_TRANSLATE_NOOP("Messages", "Secure storage is locked."),
        #: Spoken when the system keyring is locked.
        QT_TRANSLATE_NOOP("Messages", "The computer's secure storage is locked."),
        #: What to do when the keyring is locked.
        QT_TRANSLATE_NOOP(
            "Messages", "Unlock it, for example by signing in to the computer again, then retry."
        ),
    ),
    _m(
        "settings.reset",
        #: Shown when saved settings could not be read and the defaults are used instead.
        QT_TRANSLATE_NOOP("Messages", "Your settings could not be read, so the defaults are used."),
        #: Spoken when saved settings could not be read.
        QT_TRANSLATE_NOOP(
            "Messages", "Your saved settings were damaged. We are using the standard settings."
        ),
        #: What to do after settings were reset.
        QT_TRANSLATE_NOOP("Messages", "Open Settings to choose text size, voice and language again."),
    ),
    # ---- payment statuses ----------------------------------------------------------------------
    _m(
        "status.received",
        #: Payment status: the bank has received the payment (OB status RCVD).
        QT_TRANSLATE_NOOP("Messages", "Received by the bank"),
        #: Spoken payment status: received.
        QT_TRANSLATE_NOOP("Messages", "The bank has received the payment."),
        #: What to do while a payment is received but not processed.
        QT_TRANSLATE_NOOP("Messages", "No need to do anything. We will tell you when it is complete."),
    ),
    _m(
        "status.pending",
        #: Payment status: the bank is processing the payment.
        QT_TRANSLATE_NOOP("Messages", "In progress"),
        #: Spoken payment status: in progress.
        QT_TRANSLATE_NOOP("Messages", "The payment is being processed."),
        #: What to do while a payment is in progress.
        QT_TRANSLATE_NOOP("Messages", "No need to do anything. We will tell you when it is complete."),
    ),
    _m(
        "status.completed",
        #: Payment status: the money has been sent.
        QT_TRANSLATE_NOOP("Messages", "Completed"),
        #: Spoken payment status: completed.
        QT_TRANSLATE_NOOP("Messages", "The payment is complete."),
        #: What to do when the payment is complete.
        QT_TRANSLATE_NOOP("Messages", "Nothing else to do."),
    ),
    _m(
        "status.rejected",
        #: Payment status: the bank rejected the payment; no money left the account.
        QT_TRANSLATE_NOOP("Messages", "Rejected"),
        #: Spoken payment status: rejected.
        QT_TRANSLATE_NOOP("Messages", "The bank rejected the payment. No money was taken."),
        #: What to do when a payment was rejected.
        QT_TRANSLATE_NOOP("Messages", "Check the payee's details and try again, or contact the bank."),
    ),
    _m(
        "status.cancelled",
        #: Payment status: the payment was cancelled before it was made.
        QT_TRANSLATE_NOOP("Messages", "Cancelled"),
        #: Spoken payment status: cancelled.
        QT_TRANSLATE_NOOP("Messages", "The payment was cancelled. No money was taken."),
        #: What to do when a payment was cancelled.
        QT_TRANSLATE_NOOP("Messages", "Nothing else to do."),
    ),
    _m(
        "status.unknown",
        #: Payment status: we do not know the status yet.
        QT_TRANSLATE_NOOP("Messages", "Status not known yet"),
        #: Spoken payment status: unknown.
        QT_TRANSLATE_NOOP("Messages", "We do not know the status of this payment yet."),
        #: What to do when the status is unknown.
        QT_TRANSLATE_NOOP("Messages", "Do not pay again. Check your payments list later."),
    ),
    # ---- successes -----------------------------------------------------------------------------
    _m(
        "success.signed_in",
        #: Shown after signing in; {name} is the customer's display name.
        QT_TRANSLATE_NOOP("Messages", "Signed in as {name}."),
        #: Spoken after signing in; {name} is the customer's display name.
        QT_TRANSLATE_NOOP("Messages", "Welcome, {name}. You are signed in."),
        #: What to do after signing in.
        QT_TRANSLATE_NOOP("Messages", "Choose Accounts to see your balances."),
    ),
    _m(
        "success.signed_out",
        #: Shown after signing out.
        QT_TRANSLATE_NOOP("Messages", "Signed out."),
        #: Spoken after signing out.
        QT_TRANSLATE_NOOP("Messages", "You are signed out."),
        #: What to do after signing out.
        QT_TRANSLATE_NOOP("Messages", "You can close the app, or sign in again."),
    ),
    _m(
        "success.payment_sent",
        #: Shown after a payment was sent; {amount} is the formatted amount and {payee} the payee's name.
        QT_TRANSLATE_NOOP("Messages", "Sent {amount} to {payee}."),
        #: Spoken after a payment was sent; {amount} is the amount in words and {payee} the payee's name.
        QT_TRANSLATE_NOOP("Messages", "Payment sent. {amount} to {payee}."),
        #: What to do after a payment was sent.
        QT_TRANSLATE_NOOP("Messages", "You can see it in your payments list."),
    ),
    _m(
        "success.payee_added",
        #: Shown after a payee was saved; {payee} is the payee's name.
        QT_TRANSLATE_NOOP("Messages", "Payee {payee} added."),
        #: Spoken after a payee was saved; {payee} is the payee's name.
        QT_TRANSLATE_NOOP("Messages", "{payee} is now in your payees."),
        #: What to do after adding a payee.
        QT_TRANSLATE_NOOP("Messages", "You can now pay them from the Transfer screen."),
    ),
    _m(
        "success.payee_deleted",
        #: Shown after a payee was deleted; {payee} is the payee's name.
        QT_TRANSLATE_NOOP("Messages", "Payee {payee} deleted."),
        #: Spoken after a payee was deleted; {payee} is the payee's name.
        QT_TRANSLATE_NOOP("Messages", "{payee} has been removed from your payees."),
        #: What to do after deleting a payee.
        QT_TRANSLATE_NOOP("Messages", "Nothing else to do."),
    ),
    _m(
        "success.payment_scheduled",
        #: Shown after a payment was scheduled; {amount}, {payee}, and {date} the formatted payment date.
        QT_TRANSLATE_NOOP("Messages", "{amount} to {payee} scheduled for {date}."),
        #: Spoken after a payment was scheduled; {amount}, {payee}, and {date} the payment date.
        QT_TRANSLATE_NOOP("Messages", "Payment scheduled. {amount} to {payee} on {date}."),
        #: What to do after scheduling a payment.
        QT_TRANSLATE_NOOP("Messages", "You can cancel it from Scheduled payments before that date."),
    ),
    _m(
        "success.scheduled_cancelled",
        #: Shown after a scheduled payment was cancelled; {payee} is the payee's name.
        QT_TRANSLATE_NOOP("Messages", "Scheduled payment to {payee} cancelled."),
        #: Spoken after a scheduled payment was cancelled; {payee} is the payee's name.
        QT_TRANSLATE_NOOP("Messages", "The scheduled payment to {payee} is cancelled. It will not be paid."),
        #: What to do after cancelling a scheduled payment.
        QT_TRANSLATE_NOOP("Messages", "Nothing else to do."),
    ),
    _m(
        "success.code_sent",
        #: Shown after a one-time code was sent; {destination} is the masked phone number or e-mail.
        QT_TRANSLATE_NOOP("Messages", "We sent a 6-digit code to {destination}."),
        #: Spoken after a one-time code was sent; {destination} is the masked phone number or e-mail.
        QT_TRANSLATE_NOOP("Messages", "A six digit code is on its way to {destination}."),
        #: What to do after a code was sent.
        QT_TRANSLATE_NOOP("Messages", "Type the code to approve the payment."),
    ),
    # ---- the personal quick menu (a11y_bank.quickmenu, ui/screens/quickmenu.py) ---------------
    _m(
        "quick_menu.label_empty",
        #: Error under the name field of a quick menu action when it was left empty.
        QT_TRANSLATE_NOOP("Messages", "Give the action a name."),
        #: Spoken when the name of a quick menu action is empty.
        QT_TRANSLATE_NOOP("Messages", "The name of the action is empty."),
        #: What to do when the name of a quick menu action is empty.
        QT_TRANSLATE_NOOP(
            "Messages", "Type a short name you will recognise, for example Pay electricity bill."
        ),
    ),
    _m(
        "quick_menu.label_too_long",
        #: Error under the name field of a quick menu action; {maximum} is the most characters allowed.
        QT_TRANSLATE_NOOP("Messages", "Use at most {maximum} characters."),
        #: Spoken when the name of a quick menu action is too long; {maximum} is the most allowed.
        QT_TRANSLATE_NOOP("Messages", "The name is too long. The most is {maximum} characters."),
        #: What to do when the name of a quick menu action is too long.
        QT_TRANSLATE_NOOP("Messages", "Make the name shorter."),
    ),
    _m(
        "quick_menu.account_missing",
        #: Error under the account list of a quick menu action when no account is chosen.
        QT_TRANSLATE_NOOP("Messages", "Choose an account."),
        #: Spoken when a quick menu action has no account.
        QT_TRANSLATE_NOOP("Messages", "No account is chosen."),
        #: What to do when a quick menu action has no account.
        QT_TRANSLATE_NOOP("Messages", "Choose one of your accounts from the list."),
    ),
    _m(
        "quick_menu.payee_missing",
        #: Error under the payee list of a quick menu action when no saved payee is chosen.
        QT_TRANSLATE_NOOP("Messages", "Choose a saved payee."),
        #: Spoken when a quick menu action has no payee.
        QT_TRANSLATE_NOOP("Messages", "No payee is chosen."),
        #: What to do when a quick menu action has no payee.
        QT_TRANSLATE_NOOP(
            "Messages", "Choose a payee from the list. To pay someone new, add them in Payees first."
        ),
    ),
    _m(
        "quick_menu.biller_missing",
        #: Error under the biller list of a quick menu action when no biller is chosen.
        QT_TRANSLATE_NOOP("Messages", "Choose a biller."),
        #: Spoken when a quick menu action has no biller.
        QT_TRANSLATE_NOOP("Messages", "No biller is chosen."),
        #: What to do when a quick menu action has no biller.
        QT_TRANSLATE_NOOP("Messages", "Choose the company that sends the bill from the list."),
    ),
    _m(
        "quick_menu.bill_reference_missing",
        #: Error under the bill number field of a quick menu action when it is empty or too long.
        QT_TRANSLATE_NOOP("Messages", "Enter your number on the bill."),
        #: Spoken when the bill number of a quick menu action is empty or too long.
        QT_TRANSLATE_NOOP("Messages", "The bill number is missing."),
        #: What to do when the bill number of a quick menu action is missing.
        QT_TRANSLATE_NOOP("Messages", "Type the number printed on your bill, up to 35 characters."),
    ),
    _m(
        "quick_menu.screen_missing",
        #: Error under the screen list of a quick menu action when no screen is chosen.
        QT_TRANSLATE_NOOP("Messages", "Choose a screen."),
        #: Spoken when a quick menu action that opens a screen has none.
        QT_TRANSLATE_NOOP("Messages", "No screen is chosen."),
        #: What to do when a quick menu action that opens a screen has none.
        QT_TRANSLATE_NOOP("Messages", "Choose the screen to open from the list."),
    ),
    _m(
        "quick_menu.amount_missing",
        #: Error under the amount field of a quick menu payment when it is missing or not valid.
        QT_TRANSLATE_NOOP("Messages", "Enter the amount to pay."),
        #: Spoken when the amount of a quick menu payment is missing or not valid.
        QT_TRANSLATE_NOOP("Messages", "The amount is missing or not valid."),
        #: What to do when the amount of a quick menu payment is missing.
        QT_TRANSLATE_NOOP("Messages", "Type the amount in digits, for example 200.00."),
    ),
    _m(
        "quick_menu.full",
        #: Shown when the quick menu already has its most actions; {maximum} is that number (9).
        QT_TRANSLATE_NOOP("Messages", "The quick menu is full: {maximum} actions."),
        #: Spoken when the quick menu is full; {maximum} is how many actions it holds.
        QT_TRANSLATE_NOOP("Messages", "The quick menu is full. It holds {maximum} actions."),
        #: What to do when the quick menu is full.
        QT_TRANSLATE_NOOP("Messages", "Remove an action before adding another."),
    ),
    _m(
        "quick_menu.empty_slot",
        #: Shown when a quick menu key has no action; {name} is the key, e.g. Alt+3.
        QT_TRANSLATE_NOOP("Messages", "{name} has no quick menu action."),
        #: Spoken when a quick menu key has no action; {name} is the key, e.g. Alt+3.
        QT_TRANSLATE_NOOP("Messages", "There is no quick menu action on {name}."),
        #: What to do when a quick menu key has no action.
        QT_TRANSLATE_NOOP("Messages", "You can set one up on the Quick menu screen."),
    ),
    _m(
        "quick_menu.empty",
        #: Shown when the quick menu is read out but has no actions.
        QT_TRANSLATE_NOOP("Messages", "Your quick menu is empty."),
        #: Spoken when the quick menu is read out but has no actions.
        QT_TRANSLATE_NOOP("Messages", "Your quick menu has no actions yet."),
        #: What to do when the quick menu is empty.
        QT_TRANSLATE_NOOP("Messages", "Add actions on the Quick menu screen."),
    ),
    _m(
        "quick_menu.stale",
        #: Shown when a quick menu action refers to a payee, biller or account that is gone; {name} its name.
        QT_TRANSLATE_NOOP(
            "Messages", "“{name}” cannot run: its payee, biller or account is no longer there."
        ),
        #: Spoken when a quick menu action refers to something that is gone; {name} is the action's name.
        QT_TRANSLATE_NOOP(
            "Messages",
            "The quick menu action {name} cannot run. Its payee, biller or account is no longer there.",
        ),
        #: What to do when a quick menu action cannot run any more.
        QT_TRANSLATE_NOOP("Messages", "Edit the action or remove it."),
    ),
    _m(
        "quick_menu.payment_busy",
        #: Shown when a quick menu payment cannot start because another payment is under way.
        QT_TRANSLATE_NOOP("Messages", "Another payment is in progress."),
        #: Spoken when a quick menu payment cannot start because another payment is under way.
        QT_TRANSLATE_NOOP("Messages", "Another payment is in progress on this screen."),
        #: What to do when another payment is in progress.
        QT_TRANSLATE_NOOP("Messages", "Finish it or go back to the form, then press the key again."),
    ),
    # ---- headphones only (a11y/playback.py HeadphoneWatcher, ui/headphones.py) ------------------
    _m(
        "headphones.unplugged",
        #: Status line when headphones are unplugged while the voice may only use headphones.
        QT_TRANSLATE_NOOP("Messages", "Headphones unplugged: voice is paused."),
        #: Sent to the screen reader (never spoken aloud) when the headphones are unplugged.
        QT_TRANSLATE_NOOP("Messages", "Headphones unplugged: voice is paused."),
        #: What to do when the headphones were unplugged.
        QT_TRANSLATE_NOOP("Messages", "Plug them back in to hear it again."),
    ),
    _m(
        "headphones.connected",
        #: Status line when headphones are plugged back in and the voice plays again.
        QT_TRANSLATE_NOOP("Messages", "Headphones connected: voice is on again."),
        #: Said (through the headphones) when they are plugged back in.
        QT_TRANSLATE_NOOP("Messages", "Headphones connected: voice is on again."),
        #: Reminder after headphones are connected again: sound still goes only to them.
        QT_TRANSLATE_NOOP("Messages", "Sound plays only through your headphones."),
    ),
    # ---- enrolment and code channels (ui/screens/enrol.py, security.py) -------------------------
    _m(
        "enrol.details_not_matched",
        #: Error under the account number when the bank could not match it with the ID document.
        QT_TRANSLATE_NOOP("Messages", "We could not confirm these details."),
        #: Spoken when the bank could not match the account number with the ID document number.
        QT_TRANSLATE_NOOP(
            "Messages", "The account number and the ID document number do not match our records."
        ),
        #: What to do when enrolment details could not be confirmed.
        QT_TRANSLATE_NOOP("Messages", "Check both numbers and try again."),
    ),
    _m(
        "code_channels.none_chosen",
        #: Error when no way to receive one-time codes is ticked (enrolment, Security).
        QT_TRANSLATE_NOOP("Messages", "Choose at least one way to receive codes."),
        #: Spoken when no way to receive one-time codes is ticked.
        QT_TRANSLATE_NOOP("Messages", "No way to receive codes is chosen."),
        #: What to do when no code channel is ticked.
        QT_TRANSLATE_NOOP(
            "Messages", "Tick at least one: text message, e-mail, voice message or security token."
        ),
    ),
    # ---- branch queue numbers at an assisted terminal (a11y_bank.ui.kiosk; guideline art. 15(1)) --
    _m(
        "success.queue_ticket",
        #: Shown when the customer got a branch queue number; {number} e.g. A027, {ahead} a count of people.
        QT_TRANSLATE_NOOP("Messages", "Your number is {number}. People ahead of you: {ahead}."),
        #: Spoken queue number; {spoken_number} is the number spelt out (A 0 2 7), {ahead} a count.
        QT_TRANSLATE_NOOP("Messages", "Your queue number is {spoken_number}. People ahead of you: {ahead}."),
        #: After a queue number was given and also sent to the customer's phone by SMS.
        QT_TRANSLATE_NOOP(
            "Messages",
            "We have also sent it to your phone by text message. It will show here when a desk is free.",
        ),
    ),
    _m(
        "success.queue_ticket_no_text",
        #: Shown when the customer got a branch queue number but no SMS could be sent; {number}, {ahead}.
        QT_TRANSLATE_NOOP("Messages", "Your number is {number}. People ahead of you: {ahead}."),
        #: Spoken queue number (no SMS sent); {spoken_number} is the number spelt out, {ahead} a count.
        QT_TRANSLATE_NOOP("Messages", "Your queue number is {spoken_number}. People ahead of you: {ahead}."),
        #: After a queue number was given without an SMS.
        QT_TRANSLATE_NOOP("Messages", "Please wait here. Your number will show here when a desk is free."),
    ),
    _m(
        "success.queue_called",
        #: Shown when staff call the customer's queue number; {number} e.g. A027, {desk} the desk number.
        QT_TRANSLATE_NOOP("Messages", "{number}: please go to desk {desk}."),
        #: Spoken when the customer's queue number is called; {spoken_number} spelt out, {desk} a number.
        QT_TRANSLATE_NOOP("Messages", "Number {spoken_number}: please go to desk {desk}."),
        #: After the queue number was called: no hurry, the message stays on screen.
        QT_TRANSLATE_NOOP("Messages", "Take your time. This message stays until you close it."),
    ),
    _m(
        "queue.no_ticket",
        #: Shown when staff were called but the bank could not give a queue number (e.g. no connection).
        QT_TRANSLATE_NOOP("Messages", "Staff have been called, but a queue number could not be taken."),
        #: Spoken when staff were called but no queue number could be taken.
        QT_TRANSLATE_NOOP("Messages", "Staff have been called. A queue number could not be taken."),
        #: What to do when no queue number could be taken.
        QT_TRANSLATE_NOOP("Messages", "Please stay here: a member of staff will come to you."),
    ),
    _m(
        "queue.sign_in_for_ticket",
        #: Shown when a customer who has not signed in yet calls staff at a branch terminal.
        QT_TRANSLATE_NOOP("Messages", "A member of staff has been called and will come to you."),
        #: Spoken when a customer who has not signed in yet calls staff at a branch terminal.
        QT_TRANSLATE_NOOP("Messages", "A member of staff has been called and will come to you."),
        #: How to get a queue number by SMS: it needs the customer's phone on record, so signing in.
        QT_TRANSLATE_NOOP(
            "Messages", "To also get a queue number by text message, sign in, then press Call staff again."
        ),
    ),
    # ---- the key to the list of sections (F3, ui/mainwindow.py) where there is no list -----------
    _m(
        "sections.after_sign_in",
        #: Shown when the key to the list of sections is pressed before sign-in (the list is not there yet).
        QT_TRANSLATE_NOOP("Messages", "The list of sections appears after you sign in."),
        #: Spoken when the key to the list of sections is pressed before sign-in.
        QT_TRANSLATE_NOOP("Messages", "There is no list of sections yet. It appears after you sign in."),
        #: What to do to reach the list of sections from the sign-in page.
        QT_TRANSLATE_NOOP("Messages", "Sign in first, then press this key again."),
    ),
    _m(
        "sections.locked",
        #: Shown when the key to the list of sections is pressed while the app is locked.
        QT_TRANSLATE_NOOP("Messages", "The list of sections is hidden while the app is locked."),
        #: Spoken when the key to the list of sections is pressed while the app is locked.
        QT_TRANSLATE_NOOP("Messages", "The app is locked, so the list of sections is hidden."),
        #: What to do to reach the list of sections from the lock page.
        QT_TRANSLATE_NOOP("Messages", "Type your password to unlock, then press this key again."),
    ),
    # ---- the code step of a change or an order (ui/widgets/code_confirmation.py) ----------------
    _m(
        "success.code_ready",
        #: Shown when a code was sent for a change or an order; {destination}: masked phone or e-mail.
        QT_TRANSLATE_NOOP("Messages", "We sent a {length}-digit code to {destination}."),
        #: Spoken when a one-time code was sent for a change or an order.
        QT_TRANSLATE_NOOP("Messages", "A {length} digit code is on its way to {destination}."),
        #: What to do after a one-time code was sent for a change or an order.
        QT_TRANSLATE_NOOP("Messages", "Type it and press Enter."),
    ),
)


def _index(entries: tuple[Message, ...]) -> Mapping[str, Message]:
    by_code: dict[str, Message] = {}
    for entry in entries:
        if entry.code in by_code:
            raise ValueError(f"duplicate message code {entry.code!r}")
        by_code[entry.code] = entry
    return MappingProxyType(by_code)


CATALOGUE: Mapping[str, Message] = _index(_ENTRIES)
"""Every message, by code (read-only)."""


def message(code: str) -> Message:
    """The untranslated catalogue entry for `code`.

    Raises:
        UnknownMessage: no entry has this code (a programming error: add it to the catalogue).
    """
    try:
        return CATALOGUE[code]
    except KeyError:
        raise UnknownMessage(code) from None


# ISO 20022 ExternalPaymentTransactionStatus1Code values used by OB UK v4.0 -> catalogue codes.
_PAYMENT_STATUS_CODES: Mapping[str, str] = MappingProxyType(
    {
        "RCVD": "status.received",
        "PDNG": "status.pending",
        "ACTC": "status.pending",
        "ACCP": "status.pending",
        "ACSP": "status.pending",
        "ACWC": "status.pending",
        "ACWP": "status.pending",
        "ACFC": "status.pending",
        "PATC": "status.pending",
        "PART": "status.pending",
        "ACSC": "status.completed",
        "ACCC": "status.completed",
        "RJCT": "status.rejected",
        "BLCK": "status.rejected",
        "CANC": "status.cancelled",
    }
)


def payment_status_code(ob_status: str | None) -> str:
    """Catalogue code for an OB payment status ("ACSC" -> "status.completed"); unknown -> "status.unknown"."""
    return _PAYMENT_STATUS_CODES.get(ob_status or "", "status.unknown")
