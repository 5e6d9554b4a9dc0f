"""Accessibility preferences the bank keeps for a customer (`/profile/accessibility/preferences`).

The document is the app's exported accessibility profile file, as is, so a customer's text size, colours,
voice, verbosity, time limit and quick menu follow them to any terminal or desktop. The bank keeps it only
for a customer who opted in to the accessibility profile (their explicit choice, `profiles.a11y_opt_in`);
opting out, or DELETE, removes it. The bank checks the shape, the types and ranges of the fields it knows,
and the size; it passes unknown profile fields through (the app adds fields, and checks every value again
when it applies them). Nothing secret belongs in it.
"""

from __future__ import annotations

import json
import re
import sqlite3
from typing import TYPE_CHECKING, Any

from a11y_bank.sandbox import validation as v
from a11y_bank.sandbox.clock import iso
from a11y_bank.sandbox.db import Database
from a11y_bank.sandbox.errors import ApiError, Code, bad_request, not_found

if TYPE_CHECKING:
    from a11y_bank.sandbox.state import Sandbox

KIND = "a11y_bank accessibility profile"
VERSION = 1
MAX_BYTES = 16 * 1024
"""Canonical JSON size cap: a full profile with nine quick-menu actions is about 2 KiB."""
MAX_PROFILE_FIELDS = 40
MAX_SETTINGS_FIELDS = 20
MAX_DEPTH = 4
MAX_LIST_ITEMS = 20
MAX_TEXT = 200
MAX_SETTING_TEXT = 64
QUICK_MENU_MAX = 9
_NAME = re.compile(r"^[a-z][a-z0-9_]{0,39}$")

SCHEMA = """
CREATE TABLE IF NOT EXISTS a11y_preferences (
    customer_id TEXT PRIMARY KEY, document TEXT NOT NULL, updated_at TEXT NOT NULL
)
"""

# Known fields: (type, low, high); None bounds for strings mean a length cap of MAX_TEXT.
_PROFILE_INTS = {"voice_pitch": (0, 99), "voice_volume": (0, 100), "line_spacing_percent": (100, 200)}
_PROFILE_BOOLS = ("typing_echo", "earcons")
_PROFILE_TEXTS = ("theme", "verbosity")
_SETTINGS_INTS = {"text_size_percent": (100, 400), "voice_rate": (80, 400)}
_SETTINGS_BOOLS = ("voice_enabled", "high_contrast")
LANGUAGES = ("en", "zh_CN")


def install(db: Database) -> None:
    with db.transaction() as conn:
        conn.execute(SCHEMA)


def not_opted_in() -> ApiError:
    return ApiError(
        403,
        Code.PREFERENCES_NOT_OPTED_IN,
        "Opt in to the accessibility profile first: preferences are kept only for customers who chose it",
        "Data.Preferences",
    )


def _opted_in(conn: sqlite3.Connection, customer_id: str) -> bool:
    row = conn.execute("SELECT a11y_opt_in FROM profiles WHERE customer_id = ?", (customer_id,)).fetchone()
    return row is not None and bool(row["a11y_opt_in"])


# ---- validation -------------------------------------------------------------------------------------


def _invalid(message: str, path: str) -> ApiError:
    return bad_request(Code.FIELD_INVALID, message, path)


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_int(value: object, bounds: tuple[int, int], path: str) -> None:
    low, high = bounds
    if not (_is_int(value) and low <= value <= high):  # type: ignore[operator]
        raise _invalid(f"a whole number from {low} to {high}", path)


def _check_plain(value: object, path: str, depth: int = 0) -> None:
    """Plain JSON of bounded depth and size: no floats (money and numbers travel as strings or ints)."""
    if value is None or isinstance(value, bool) or _is_int(value):
        return
    if isinstance(value, str):
        if len(value) > MAX_TEXT:
            raise _invalid(f"at most {MAX_TEXT} characters", path)
        return
    if depth >= MAX_DEPTH:
        raise _invalid("nested too deeply", path)
    if isinstance(value, list):
        if len(value) > MAX_LIST_ITEMS:
            raise _invalid(f"at most {MAX_LIST_ITEMS} items", path)
        for index, item in enumerate(value):
            _check_plain(item, f"{path}[{index}]", depth + 1)
        return
    if isinstance(value, dict):
        _check_names(value, MAX_LIST_ITEMS, path)
        for name, item in value.items():
            _check_plain(item, f"{path}.{name}", depth + 1)
        return
    raise _invalid("only text, whole numbers, true/false, null, lists and objects", path)


def _check_names(obj: dict[str, Any], limit: int, path: str) -> None:
    if len(obj) > limit:
        raise _invalid(f"at most {limit} fields", path)
    for name in obj:
        if not _NAME.match(name):
            raise _invalid("field names are lower-case letters, digits and _", f"{path}.{name}")


def _check_profile(profile: dict[str, Any], path: str) -> None:
    _check_names(profile, MAX_PROFILE_FIELDS, path)
    for name, bounds in _PROFILE_INTS.items():
        if name in profile:
            _check_int(profile[name], bounds, f"{path}.{name}")
    for name in _PROFILE_BOOLS:
        if name in profile and not isinstance(profile[name], bool):
            raise _invalid("true or false", f"{path}.{name}")
    for name in _PROFILE_TEXTS:
        if name in profile and not (isinstance(profile[name], str) and len(profile[name]) <= 40):
            raise _invalid("text of at most 40 characters", f"{path}.{name}")
    if profile.get("time_multiplier") is not None:
        _check_int(profile["time_multiplier"], (1, 10), f"{path}.time_multiplier")
    menu = profile.get("quick_menu", [])
    if not isinstance(menu, list) or len(menu) > QUICK_MENU_MAX:
        raise _invalid(f"a list of at most {QUICK_MENU_MAX} actions", f"{path}.quick_menu")
    for name, value in profile.items():
        _check_plain(value, f"{path}.{name}")


def _check_settings(settings: dict[str, Any], path: str) -> None:
    _check_names(settings, MAX_SETTINGS_FIELDS, path)
    for name, value in settings.items():
        field = f"{path}.{name}"
        if name in _SETTINGS_INTS:
            _check_int(value, _SETTINGS_INTS[name], field)
        elif name in _SETTINGS_BOOLS:
            if not isinstance(value, bool):
                raise _invalid("true or false", field)
        elif name == "language":
            if value not in LANGUAGES:
                raise _invalid(f"one of {', '.join(LANGUAGES)}", field)
        elif not (isinstance(value, bool) or _is_int(value) or isinstance(value, str)):
            raise _invalid("text, a whole number or true/false", field)
        elif isinstance(value, str) and len(value) > MAX_SETTING_TEXT:
            raise _invalid(f"at most {MAX_SETTING_TEXT} characters", field)


def check_document(value: object, path: str = "Data.Preferences") -> dict[str, Any]:
    """The preferences document if it has the exported profile's shape and fits the cap; else a 400."""
    document = v.require_object(value, path)
    v.only_keys(document, {"kind", "version", "profile", "settings"}, path)
    if document.get("kind") != KIND:
        raise _invalid(f"kind is {KIND!r}", f"{path}.kind")
    if document.get("version") != VERSION or not _is_int(document.get("version")):
        raise _invalid(f"version is {VERSION}", f"{path}.version")
    _check_profile(v.require_object(document.get("profile"), f"{path}.profile"), f"{path}.profile")
    _check_settings(v.require_object(document.get("settings"), f"{path}.settings"), f"{path}.settings")
    if len(canonical(document)) > MAX_BYTES:
        raise _invalid(f"preferences are larger than {MAX_BYTES} bytes", path)
    return document


def canonical(document: dict[str, Any]) -> bytes:
    return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


# ---- operations -------------------------------------------------------------------------------------


def _render(row: sqlite3.Row) -> dict[str, Any]:
    return {"Data": {"Preferences": json.loads(row["document"]), "UpdateDateTime": row["updated_at"]}}


def get_preferences(sandbox: Sandbox, customer_id: str) -> dict[str, Any]:
    with sandbox.db.transaction() as conn:
        row = conn.execute("SELECT * FROM a11y_preferences WHERE customer_id = ?", (customer_id,)).fetchone()
        if row is None or not _opted_in(conn, customer_id):
            raise not_found()
        return _render(row)


def put_preferences(
    sandbox: Sandbox, conn: sqlite3.Connection, customer_id: str, body: dict[str, Any]
) -> dict[str, Any]:
    data = v.require_object(body.get("Data"), "Data")
    v.only_keys(data, {"Preferences"}, "Data")
    if "Preferences" not in data:
        raise bad_request(Code.FIELD_MISSING, "Data.Preferences is required", "Data.Preferences")
    document = check_document(data["Preferences"])
    if not _opted_in(conn, customer_id):
        raise not_opted_in()
    conn.execute(
        "INSERT INTO a11y_preferences VALUES (?, ?, ?) ON CONFLICT(customer_id) DO UPDATE SET"
        " document = excluded.document, updated_at = excluded.updated_at",
        (customer_id, canonical(document).decode(), iso(sandbox.clock.now())),
    )
    row = conn.execute("SELECT * FROM a11y_preferences WHERE customer_id = ?", (customer_id,)).fetchone()
    return _render(row)


def forget(conn: sqlite3.Connection, customer_id: str) -> None:
    """DELETE, and opting out of the accessibility profile: nothing of it stays."""
    conn.execute("DELETE FROM a11y_preferences WHERE customer_id = ?", (customer_id,))
