"""The spec oracle: validate wire traffic against the official OB UK v4.0 specs and our extension spec.

Every request and response a test exchanges with the sandbox (or a mock of it) can be checked here, so the
client and the sandbox are held to the published contract rather than to each other.

- Specs are read from ``<repo>/../shared/specs`` (CI clones the repo as ``main/`` beside ``shared/``) and
  their sha256 is checked against the values in ``shared/specs/SOURCES.md``; the files are never edited.
- The v4.0-Update-4 payment spec lists ``WEEK`` twice in ``OBFrequency6Code`` (a known upstream defect, see
  SOURCES.md); we de-duplicate that enum in memory and load the spec without the spec validator.
- ``validate_request`` / ``validate_response`` pick the spec by path prefix; ``/__sandbox__`` test controls
  and ``/_matrix`` are outside every spec and reported as exempt (``False``); any other path is a violation.
- ``VALIDATION_COUNTS`` counts what was validated, so a run can report it.
- ``ValidatingTransport`` wraps any httpx transport and validates everything passing through a client.
"""

from __future__ import annotations

import hashlib
import json
import threading
import warnings
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import yaml
from openapi_core import Config, OpenAPI
from openapi_core.datatypes import RequestParameters
from werkzeug.datastructures import Headers, ImmutableMultiDict

REPO_ROOT = Path(__file__).parents[2]
SPECS_DIR = Path(__file__).parents[3] / "shared" / "specs"
OB_DIR = SPECS_DIR / "ob-uk" / "v4.0-Update-4"
EXTENSION_SPEC = REPO_ROOT / "a11y_bank" / "api" / "extension-openapi.yaml"

# sha256 values copied from shared/specs/SOURCES.md; a mismatch means the oracle is not the published spec.
OB_SHA256 = {
    "account-info-openapi.yaml": "230e97bb6f65d69079a52a1be33781e73a1303e3f86c087a94178e0c5598cd3d",
    "payment-initiation-openapi.yaml": "3be6160570b456891b0a526fd498dcf5575d4ad0a085e8177efe24261eb2c035",
    "confirmation-funds-openapi.yaml": "2ab1717555e8e960980be39f07821e1c0d280662a0fbb84dd562168cb5604358",
}

AISP_PREFIX = "/open-banking/v4.0/aisp"
PISP_PREFIX = "/open-banking/v4.0/pisp"
EXTENSION_PREFIX = "/a11y-ext/v1"
# Outside every spec here: the sandbox's test controls (docs/sandbox.md) and the Matrix subset (docs/chat.md).
EXEMPT_PREFIXES = ("/__sandbox__", "/_matrix")

VALIDATION_COUNTS: Counter[str] = Counter()
_COUNT_LOCK = threading.Lock()
_LOAD_LOCK = threading.Lock()


class SpecViolation(AssertionError):
    """A request or response does not conform to the spec for its path."""


class SpecIntegrityError(RuntimeError):
    """A spec file's bytes differ from the hash recorded in SOURCES.md."""


def _read_verified(path: Path, expected_sha256: str) -> bytes:
    data = path.read_bytes()
    actual = hashlib.sha256(data).hexdigest()
    if actual != expected_sha256:
        raise SpecIntegrityError(f"{path.name}: sha256 {actual} != recorded {expected_sha256}")
    return data


def _load_yaml(data: bytes) -> dict[str, Any]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    loaded = yaml.load(data, Loader=loader)
    assert isinstance(loaded, dict)
    return loaded


def _dedupe_frequency_enum(spec: dict[str, Any]) -> None:
    """Work around the upstream duplicate ``WEEK`` in ``OBFrequency6Code`` (in memory only)."""
    schema = spec.get("components", {}).get("schemas", {}).get("OBFrequency6Code")
    if schema and "enum" in schema:
        schema["enum"] = list(dict.fromkeys(schema["enum"]))


def verify_ob_specs() -> None:
    """Check all three v4.0 OB spec files against their recorded hashes."""
    for name, digest in OB_SHA256.items():
        _read_verified(OB_DIR / name, digest)


@cache
def _ob_openapi(name: str) -> OpenAPI:
    spec = _load_yaml(_read_verified(OB_DIR / name, OB_SHA256[name]))
    _dedupe_frequency_enum(spec)
    # The PIS file fails the spec validator only because of the duplicate enum (fixed above); skip the
    # validator for all OB files so load time stays small.
    return OpenAPI.from_dict(spec, config=Config(spec_validator_cls=None))


@cache
def _extension_openapi() -> OpenAPI:
    spec = _load_yaml(EXTENSION_SPEC.read_bytes())
    return OpenAPI.from_dict(spec)  # ours must pass the spec validator


def spec_for_path(path: str) -> OpenAPI | None:
    """The OpenAPI object that governs ``path``; ``None`` for exempt test-control paths."""
    with _LOAD_LOCK:
        if path.startswith(AISP_PREFIX + "/"):
            return _ob_openapi("account-info-openapi.yaml")
        if path.startswith(PISP_PREFIX + "/"):
            return _ob_openapi("payment-initiation-openapi.yaml")
        if path.startswith(EXTENSION_PREFIX + "/"):
            return _extension_openapi()
    if any(path == prefix or path.startswith(prefix + "/") for prefix in EXEMPT_PREFIXES):
        return None
    raise SpecViolation(f"no spec covers path {path!r}")


@dataclass
class _Request:
    """openapi-core's Request protocol for a plain (method, url, headers, body)."""

    method: str
    host_url: str
    path: str
    content_type: str
    body: bytes | None
    parameters: RequestParameters = field(default_factory=RequestParameters)


@dataclass
class _Response:
    status_code: int
    content_type: str
    headers: Headers
    data: bytes | None


HeaderInput = Mapping[str, str] | Iterable[tuple[str, str]]


def _headers(headers: HeaderInput | None) -> Headers:
    if headers is None:
        return Headers()
    items = headers.items() if isinstance(headers, Mapping) else headers
    return Headers(list(items))


def _body_bytes(body: bytes | str | Mapping[str, Any] | list[Any] | None) -> bytes | None:
    if body is None or isinstance(body, bytes):
        return body or None
    if isinstance(body, str):
        return body.encode() or None
    return json.dumps(body).encode()


def _build_request(
    method: str, url: str, headers: HeaderInput | None, body: bytes | str | Any | None
) -> _Request:
    parts = urlsplit(url)
    hdrs = _headers(headers)
    content = _body_bytes(body)
    content_type = hdrs.get("content-type", "application/json" if content else "")
    return _Request(
        method=method.lower(),
        host_url=f"{parts.scheme}://{parts.netloc}" if parts.netloc else "http://127.0.0.1",
        path=parts.path,
        content_type=content_type.lower(),
        body=content,
        parameters=RequestParameters(
            query=ImmutableMultiDict(parse_qs(parts.query, keep_blank_values=True)),
            header=hdrs,
        ),
    )


def _count(kind: str) -> None:
    with _COUNT_LOCK:
        VALIDATION_COUNTS[kind] += 1


def _raise_violation(what: str, method: str, url: str, exc: Exception) -> None:
    details = [str(exc)]
    cause: BaseException | None = exc.__cause__
    while cause is not None:
        details.append(str(cause))
        schema_errors = getattr(cause, "schema_errors", None)
        if schema_errors:
            details.extend(f"  - {err.message} at {list(err.absolute_path)}" for err in schema_errors)
        cause = cause.__cause__
    raise SpecViolation(f"{what} {method.upper()} {urlsplit(url).path}: " + "\n".join(details)) from exc


def _quietly(call: Any, *args: Any) -> None:
    # openapi-core warns "Unsupported scheme type" for OAuth2 security schemes; the bearer token itself is
    # checked by the sandbox, not by this oracle.
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Unsupported scheme type")
        call(*args)


def validate_request(
    method: str, url: str, headers: HeaderInput | None = None, body: bytes | str | Any | None = None
) -> bool:
    """Validate one request; ``True`` if validated, ``False`` if exempt. Raises ``SpecViolation``."""
    openapi = spec_for_path(urlsplit(url).path)
    if openapi is None:
        return False
    request = _build_request(method, url, headers, body)
    try:
        _quietly(openapi.validate_request, request)
    except Exception as exc:  # openapi-core raises a family of errors; all mean "does not conform"
        _raise_violation("request", method, url, exc)
    _count("request")
    return True


def validate_response(
    method: str,
    url: str,
    status: int,
    headers: HeaderInput | None = None,
    body: bytes | str | Any | None = None,
    request_headers: HeaderInput | None = None,
) -> bool:
    """Validate one response to ``method url``; ``True`` if validated, ``False`` if exempt."""
    openapi = spec_for_path(urlsplit(url).path)
    if openapi is None:
        return False
    request = _build_request(method, url, request_headers, None)
    hdrs = _headers(headers)
    content = _body_bytes(body)
    response = _Response(
        status_code=status,
        content_type=hdrs.get("content-type", "application/json" if content else "").lower(),
        headers=hdrs,
        data=content,
    )
    try:
        _quietly(openapi.validate_response, request, response)
    except Exception as exc:
        _raise_violation("response", method, url, exc)
    _count("response")
    return True


def validate_exchange(response: httpx.Response) -> None:
    """Validate an httpx response and the request that produced it (the body must be read)."""
    request = response.request
    validate_request(request.method, str(request.url), request.headers.multi_items(), request.content)
    validate_response(
        request.method,
        str(request.url),
        response.status_code,
        response.headers.multi_items(),
        response.content,
    )


class ValidatingTransport(httpx.BaseTransport):
    """An httpx transport that validates every request before sending and every response after it.

    Wrap the real transport: ``httpx.Client(transport=ValidatingTransport(httpx.HTTPTransport()))`` or a
    ``MockTransport``. A violation raises ``SpecViolation`` out of the client call. Tests that send a
    deliberately invalid request (to see the server refuse it) pass ``validate_requests=False``; the
    response is still validated.
    """

    def __init__(self, inner: httpx.BaseTransport | None = None, *, validate_requests: bool = True) -> None:
        self._inner = inner if inner is not None else httpx.HTTPTransport()
        self._validate_requests = validate_requests

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        if self._validate_requests:
            validate_request(request.method, str(request.url), request.headers.multi_items(), request.content)
        response = self._inner.handle_request(request)
        content = response.read()
        validate_response(
            request.method, str(request.url), response.status_code, response.headers.multi_items(), content
        )
        return httpx.Response(
            status_code=response.status_code,
            headers=response.headers,
            content=content,
            request=request,
            extensions=response.extensions,
        )

    def close(self) -> None:
        self._inner.close()


def validating_event_hooks() -> dict[str, list[Any]]:
    """httpx ``event_hooks`` doing what ``ValidatingTransport`` does, for a client you cannot re-transport."""

    def on_request(request: httpx.Request) -> None:
        request.read()
        validate_request(request.method, str(request.url), request.headers.multi_items(), request.content)

    def on_response(response: httpx.Response) -> None:
        response.read()
        validate_response(
            response.request.method,
            str(response.request.url),
            response.status_code,
            response.headers.multi_items(),
            response.content,
        )

    return {"request": [on_request], "response": [on_response]}


def validation_summary() -> str:
    """One line for a closing note: how many requests and responses were validated."""
    return (
        f"spec oracle validated {VALIDATION_COUNTS['request']} requests and "
        f"{VALIDATION_COUNTS['response']} responses"
    )
