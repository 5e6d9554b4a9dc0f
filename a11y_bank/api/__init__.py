"""The bank client: Open Banking UK v4.0 (+ the a11y extension) over httpx, with no Qt.

Screens use only `api.bank.Bank` and the types of `api.models` and `api.errors`. Inside:

- `config`: `ApiConfig` (base URL, timeouts, retries, injectable transport).
- `client`: `ObClient`, one method per endpoint, wire level; `transport`: retries and error mapping;
  `auth`: `TokenAuth` (bearer token from the credential store, refresh); `jws`: ``x-jws-signature``.
- `parse`: strict JSON -> models; `payloads`: models -> request bodies.
- `outbox` + `payments`: the SQLite journal and the sender that make payments exactly-once.
"""
