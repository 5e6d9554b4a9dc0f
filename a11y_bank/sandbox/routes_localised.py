"""Answers that carry the bank's own text: written in the language the request asks for, labelled with
``Content-Language`` (see `sandbox.language`). Used by the wealth and card routes."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from a11y_bank.sandbox import idempotency, language
from a11y_bank.sandbox.validation import idempotency_key
from a11y_bank.sandbox.web import json_body, respond, sandbox_of, signed_in

__all__ = ["LocalisedOperation", "asked_language", "once_in_language", "respond_in"]

# Kept beside an idempotent answer so that its replay says the language it was written in (a replay
# repeats the first answer, even if the customer switched language in between); never sent.
_LANGUAGE_KEY = "_ContentLanguage"

LocalisedOperation = Callable[[sqlite3.Connection, str, dict[str, Any], str], tuple[int, dict[str, Any]]]
"""``operation(conn, customer_id, body, language) -> (status, body)``."""


def asked_language(request: Request) -> str:
    """The served language closest to the request's ``Accept-Language`` (en when it asks for none)."""
    return language.negotiate(request.headers.get("accept-language"))


def respond_in(request: Request, written_in: str, status: int, body: dict[str, Any]) -> Response:
    """`web.respond` plus the ``Content-Language`` of the body."""
    return respond(request, status, body, {"Content-Language": written_in})


async def once_in_language(request: Request, operation: LocalisedOperation) -> Response:
    """`routes_ext._once` for answers with bank text: authenticate, then run ``operation`` once per
    idempotency key in the asked language; a replay answers in the language of the first answer."""
    principal = signed_in(request)
    key = idempotency_key(request.headers)
    raw, body = await json_body(request)
    asked = asked_language(request)

    def run(conn: sqlite3.Connection) -> tuple[int, dict[str, Any]]:
        status, result = operation(conn, principal.customer_id, body, asked)
        return status, {**result, _LANGUAGE_KEY: asked}

    status, stored = idempotency.run_once(
        sandbox_of(request),
        principal.customer_id,
        key,
        route=f"POST {request.url.path}",
        body=raw,
        operation=run,
    )
    answer = dict(stored)
    written_in = answer.pop(_LANGUAGE_KEY, asked)
    if status >= 300:  # a failure the operation committed: an error document, no bank text in it
        return respond(request, status, answer)
    return respond_in(request, str(written_in), status, answer)
