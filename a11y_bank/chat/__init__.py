"""Support chat over a subset of the Matrix client-server API v3 (httpx, no Qt).

- `config.ChatConfig`: frozen settings with an injectable httpx transport (tests, fault injection).
- `client.MatrixClient`: log in, find or create the support room, send with a transaction id, /sync
  long-poll, typing, read receipts, /messages back-pagination. Raises only `errors.ChatError` subclasses.
- `outbox.ChatOutbox`: messages written while offline, delivered exactly once (same txnId on every try).
- `session.ChatSession`: the conversation as the app sees it (timeline, local echoes, unread, typing).
"""
