"""Test controls under ``/__sandbox__`` (mounted only with ``--test-controls``; see docs/sandbox.md)."""

from __future__ import annotations

from datetime import timedelta

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from a11y_bank.sandbox import auth, payments
from a11y_bank.sandbox.clock import iso, parse_iso
from a11y_bank.sandbox.controls import FaultRegistry
from a11y_bank.sandbox.db import reconcile
from a11y_bank.sandbox.errors import Code, bad_request
from a11y_bank.sandbox.web import json_body, limiter_of, respond, sandbox_of

BASE = "/__sandbox__"


async def mint_token(request: Request) -> Response:
    _, body = await json_body(request)
    customer_id, username = body.get("CustomerId"), body.get("Username")
    if not isinstance(customer_id, str) and not isinstance(username, str):
        raise bad_request(Code.FIELD_MISSING, "Give CustomerId or Username")
    result = auth.mint(
        sandbox_of(request),
        customer_id=customer_id if isinstance(customer_id, str) else None,
        username=username if isinstance(username, str) else None,
    )
    return respond(request, 201, result)


async def outbox(request: Request) -> Response:
    sql = "SELECT * FROM outbox"
    params: list[str] = []
    filters = [(name, request.query_params.get(name)) for name in ("ChallengeId", "CustomerId")]
    clauses = [
        f"{'challenge_id' if name == 'ChallengeId' else 'customer_id'} = ?"
        for name, value in filters
        if value
    ]
    params = [value for _, value in filters if value]
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    rows = sandbox_of(request).db.query(sql + " ORDER BY id", tuple(params))
    messages = [
        {
            "ChallengeId": r["challenge_id"],
            "CustomerId": r["customer_id"],
            "Channel": r["channel"],
            "Destination": r["destination"],
            "Code": r["code"],
            "SentAt": r["sent_at"],
            **({"Text": r["text"]} if r["text"] else {}),  # a queue-ticket SMS is a sentence, not a code
        }
        for r in rows
    ]
    return respond(request, 200, {"Data": {"Message": messages}})


def _faults(request: Request) -> FaultRegistry:
    registry: FaultRegistry = request.app.state.faults
    return registry


async def add_fault(request: Request) -> Response:
    _, body = await json_body(request)
    try:
        fault = _faults(request).add(body)
    except (ValueError, TypeError) as exc:
        raise bad_request(Code.FIELD_INVALID, str(exc)) from None
    return respond(request, 201, {"Data": {"FaultId": fault.id}})


async def clear_faults(request: Request) -> Response:
    _faults(request).clear()
    return respond(request, 204)


async def clock(request: Request) -> Response:
    sandbox = sandbox_of(request)
    if request.method == "POST":
        _, body = await json_body(request)
        frozen = body.get("Frozen")
        if frozen is True:
            sandbox.clock.freeze()
        elif frozen is False:
            sandbox.clock.unfreeze()
        try:
            if "Set" in body:
                sandbox.clock.set(parse_iso(str(body["Set"])))
            elif "AdvanceSeconds" in body:
                sandbox.clock.advance(timedelta(seconds=float(body["AdvanceSeconds"])))
            elif not isinstance(frozen, bool):
                raise bad_request(Code.FIELD_MISSING, "Give Set (date-time), AdvanceSeconds or Frozen")
        except ValueError as exc:
            raise bad_request(Code.FIELD_INVALID, str(exc)) from None
        payments.settle_due(sandbox)
    return respond(request, 200, {"Data": {"Now": iso(sandbox.clock.now()), "Frozen": sandbox.clock.frozen}})


async def ledger_check(request: Request) -> Response:
    return respond(request, 200, {"Data": reconcile(sandbox_of(request).db)})


async def rate_limit(request: Request) -> Response:
    _, body = await json_body(request)
    try:
        rate, burst = float(body["RequestsPerSecond"]), int(body["Burst"])
    except (KeyError, TypeError, ValueError):
        raise bad_request(Code.FIELD_INVALID, "Give RequestsPerSecond and Burst") from None
    if rate <= 0 or burst < 1:
        raise bad_request(Code.FIELD_INVALID, "RequestsPerSecond must be > 0 and Burst >= 1")
    limiter_of(request).configure(rate, burst)
    return respond(request, 204)


ROUTES = [
    Route(f"{BASE}/token", mint_token, methods=["POST"]),
    Route(f"{BASE}/outbox", outbox, methods=["GET"]),
    Route(f"{BASE}/faults", add_fault, methods=["POST"]),
    Route(f"{BASE}/faults", clear_faults, methods=["DELETE"]),
    Route(f"{BASE}/clock", clock, methods=["GET", "POST"]),
    Route(f"{BASE}/ledger/check", ledger_check, methods=["GET"]),
    Route(f"{BASE}/rate-limit", rate_limit, methods=["POST"]),
]
