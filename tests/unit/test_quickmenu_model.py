"""The quick menu model (no Qt): validation with catalogue codes, editing, tolerant JSON, and the
round trip through the accessibility profile (saved file and exported profile)."""

from __future__ import annotations

import json
import logging
from decimal import Decimal
from pathlib import Path

import pytest

from a11y_bank.a11y.profile import A11yProfile, ProfileStore, load_profile
from a11y_bank.domain.messages import CATALOGUE
from a11y_bank.domain.validation import ValidationError
from a11y_bank.quickmenu import LABEL_MAX, MAX_ACTIONS, ActionKind, QuickAction, QuickMenu, validate_action
from a11y_bank.settings import Settings

BILL = QuickAction(
    ActionKind.PAY_BILL,
    "Pay electricity bill",
    account_id="acc-1",
    biller_id="biller-electric",
    bill_reference="12345678",
    amount=Decimal("80.00"),
)
MUM = QuickAction(ActionKind.SEND_MONEY, "Send 200 yuan to Mum", payee_id="ben-7", amount=Decimal(200))
SAVINGS = QuickAction(ActionKind.READ_BALANCE, "Read balance of savings", account_id="acc-2")
HISTORY = QuickAction(ActionKind.OPEN_SCREEN, "History", screen="history")


def menu_of(*actions: QuickAction) -> QuickMenu:
    menu = QuickMenu()
    for action in actions:
        added = menu.add(action)
        assert isinstance(added, QuickMenu), added
        menu = added
    return menu


@pytest.mark.parametrize("action", [BILL, MUM, SAVINGS, HISTORY])
def test_complete_actions_are_valid(action: QuickAction) -> None:
    assert validate_action(action) is None


@pytest.mark.parametrize(
    ("action", "code"),
    [
        (QuickAction(ActionKind.OPEN_SCREEN, "  ", screen="history"), "quick_menu.label_empty"),
        (
            QuickAction(ActionKind.OPEN_SCREEN, "x" * (LABEL_MAX + 1), screen="history"),
            "quick_menu.label_too_long",
        ),
        (QuickAction(ActionKind.OPEN_SCREEN, "Bad\nname", screen="history"), "quick_menu.label_too_long"),
        (QuickAction(ActionKind.OPEN_SCREEN, "Somewhere"), "quick_menu.screen_missing"),
        (QuickAction(ActionKind.OPEN_SCREEN, "Somewhere", screen="../etc"), "quick_menu.screen_missing"),
        (QuickAction(ActionKind.READ_BALANCE, "Balance"), "quick_menu.account_missing"),
        (QuickAction(ActionKind.SEND_MONEY, "Mum", amount=Decimal(5)), "quick_menu.payee_missing"),
        (
            QuickAction(ActionKind.SEND_MONEY, "Mum", payee_id="ben 7", amount=Decimal(5)),
            "quick_menu.payee_missing",
        ),
        (QuickAction(ActionKind.SEND_MONEY, "Mum", payee_id="ben-7"), "quick_menu.amount_missing"),
        (
            QuickAction(ActionKind.SEND_MONEY, "Mum", payee_id="b", amount=Decimal(0)),
            "quick_menu.amount_missing",
        ),
        (
            QuickAction(ActionKind.SEND_MONEY, "Mum", payee_id="b", amount=Decimal(-3)),
            "quick_menu.amount_missing",
        ),
        (
            QuickAction(ActionKind.SEND_MONEY, "Mum", payee_id="b", amount=Decimal("0.001")),
            "quick_menu.amount_missing",
        ),
        (
            QuickAction(ActionKind.SEND_MONEY, "Mum", payee_id="b", amount=Decimal("1e10")),
            "quick_menu.amount_missing",
        ),
        (
            QuickAction(ActionKind.SEND_MONEY, "Mum", payee_id="b", amount=Decimal("NaN")),
            "quick_menu.amount_missing",
        ),
        (
            QuickAction(ActionKind.PAY_BILL, "Bill", bill_reference="1", amount=Decimal(1)),
            "quick_menu.biller_missing",
        ),
        (
            QuickAction(ActionKind.PAY_BILL, "Bill", biller_id="b", amount=Decimal(1)),
            "quick_menu.bill_reference_missing",
        ),
    ],
)
def test_incomplete_actions_name_the_catalogue_message(action: QuickAction, code: str) -> None:
    error = validate_action(action)
    assert isinstance(error, ValidationError)
    assert error.code == code
    assert code in CATALOGUE
    error.message()  # every placeholder the entry needs is given


def test_nine_actions_at_most() -> None:
    menu = menu_of(*(HISTORY for _ in range(MAX_ACTIONS)))
    assert menu.is_full
    refused = menu.add(MUM)
    assert refused == ValidationError("quick_menu.full", {"maximum": "9"})
    assert "9 actions" in refused.message().text


def test_keys_count_from_one_and_empty_slots_are_none() -> None:
    menu = menu_of(BILL, MUM)
    assert menu.for_key(1) == BILL
    assert menu.for_key(2) == MUM
    assert menu.for_key(3) is None
    assert menu.for_key(0) is None
    assert menu.for_key(10) is None


def test_add_trims_the_label_and_drops_fields_the_kind_does_not_use() -> None:
    messy = QuickAction(
        ActionKind.READ_BALANCE, "  Savings  ", account_id="acc-2", payee_id="ben-7", amount=Decimal(9)
    )
    menu = menu_of(messy)
    assert menu.actions == (QuickAction(ActionKind.READ_BALANCE, "Savings", account_id="acc-2"),)


def test_replace_remove_and_move() -> None:
    menu = menu_of(BILL, MUM, SAVINGS)
    replaced = menu.replace(1, HISTORY)
    assert isinstance(replaced, QuickMenu)
    assert replaced.actions == (BILL, HISTORY, SAVINGS)
    assert menu.replace(1, QuickAction(ActionKind.OPEN_SCREEN, "")) == ValidationError(
        "quick_menu.label_empty"
    )
    assert menu.remove(0).actions == (MUM, SAVINGS)
    assert menu.move(2, -1).actions == (BILL, SAVINGS, MUM)
    assert menu.move(0, +1).actions == (MUM, BILL, SAVINGS)
    assert menu.move(0, -1).actions == menu.actions  # already first
    assert menu.move(1, +5).actions == (BILL, SAVINGS, MUM)  # clamped to the end
    assert menu.actions == (BILL, MUM, SAVINGS)  # the original never changes
    with pytest.raises(IndexError):
        menu.remove(3)
    with pytest.raises(IndexError):
        menu.move(-1, 1)


def test_json_round_trip_keeps_amounts_as_strings() -> None:
    menu = menu_of(BILL, MUM, SAVINGS, HISTORY)
    document = menu.to_json()
    assert document[1] == {
        "kind": "send_money",
        "label": "Send 200 yuan to Mum",
        "payee_id": "ben-7",
        "amount": "200.00",
    }
    assert QuickMenu.from_json(json.loads(json.dumps(document))) == menu


def test_reading_drops_bad_entries_and_keeps_the_rest(caplog: pytest.LogCaptureFixture) -> None:
    good = MUM.to_json()
    data = [
        good,
        {"kind": "send_money", "label": "Float amount", "payee_id": "b", "amount": 20.5},  # JSON number
        {"kind": "send_money", "label": "Word amount", "payee_id": "b", "amount": "twenty"},
        {"kind": "transfer_all", "label": "Unknown kind"},
        {"kind": "open_screen", "label": 7, "screen": "history"},
        "not an object",
        HISTORY.to_json(),
    ]
    with caplog.at_level(logging.WARNING):
        menu = QuickMenu.from_json(data)
    assert menu.actions == (MUM, HISTORY)
    assert "ignored 5 invalid entries" in caplog.text
    assert QuickMenu.from_json({"not": "a list"}) == QuickMenu()
    assert QuickMenu.from_json(None) == QuickMenu()


def test_reading_keeps_the_first_nine() -> None:
    data = [QuickAction(ActionKind.OPEN_SCREEN, f"Screen {n}", screen="history").to_json() for n in range(12)]
    menu = QuickMenu.from_json(data)
    assert len(menu) == MAX_ACTIONS
    assert menu.for_key(9) == QuickAction(ActionKind.OPEN_SCREEN, "Screen 8", screen="history")


def test_no_account_number_is_ever_stored() -> None:
    """Payees, billers and accounts are bank ids; a full account number in an id field is refused."""
    document = json.dumps(menu_of(BILL, MUM, SAVINGS).to_json())
    for key in ("identification", "account_number", "iban"):
        assert key not in document
    with_spaces = QuickAction(ActionKind.READ_BALANCE, "Card", account_id="6222 0202 0011 2345 679")
    assert validate_action(with_spaces) == ValidationError("quick_menu.account_missing")


def test_the_profile_saves_and_loads_its_quick_menu(tmp_path: Path) -> None:
    store = ProfileStore.in_dir(tmp_path)
    menu = menu_of(BILL, MUM)
    store.update(quick_menu=menu)
    saved = json.loads((tmp_path / "a11y_profile.json").read_text(encoding="utf-8"))
    assert saved["quick_menu"][0]["label"] == "Pay electricity bill"
    assert load_profile(tmp_path / "a11y_profile.json").quick_menu == menu


def test_the_quick_menu_travels_with_an_exported_profile(tmp_path: Path) -> None:
    home = ProfileStore(None)
    home.update(quick_menu=menu_of(SAVINGS, HISTORY), verbosity="expert")
    exported = tmp_path / "profile.json"
    home.export_to(exported, Settings())
    branch = ProfileStore(None)
    imported = branch.import_from(exported, Settings())
    assert imported.quick_menu == home.profile.quick_menu
    assert imported.verbosity == "expert"


def test_a_profile_with_a_broken_quick_menu_keeps_everything_else() -> None:
    profile = A11yProfile.from_json(
        {"theme": "dark", "quick_menu": [{"kind": "nonsense"}, HISTORY.to_json()]}
    )
    assert profile.theme == "dark"
    assert profile.quick_menu.actions == (HISTORY,)
    assert A11yProfile.from_json({"quick_menu": "garbage"}).quick_menu == QuickMenu()
    assert A11yProfile().quick_menu == QuickMenu()


def test_a_full_quick_menu_is_accepted_by_the_bank_and_comes_back_the_same() -> None:
    """Nine actions with the longest names fit the bank's preferences document (sandbox/preferences.py)
    and read back to the same menu: the menu follows the customer to any terminal."""
    from a11y_bank.a11y.profile import export_document, read_document
    from a11y_bank.sandbox.preferences import MAX_BYTES, canonical, check_document

    longest = [
        QuickAction(
            ActionKind.PAY_BILL,
            f"{n} " + "x" * (LABEL_MAX - 2),
            account_id="a" * 64,
            biller_id="b" * 64,
            bill_reference="9" * 35,
            amount=Decimal("999999999.99"),
        )
        for n in range(MAX_ACTIONS)
    ]
    profile = A11yProfile(quick_menu=menu_of(*longest))
    document = json.loads(json.dumps(export_document(profile, Settings())))  # as sent on the wire
    accepted = check_document(document)
    assert len(canonical(accepted)) <= MAX_BYTES
    restored, _settings = read_document(accepted)
    assert restored.quick_menu == profile.quick_menu
