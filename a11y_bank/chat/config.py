"""`ChatConfig`: everything needed to build the Matrix client, frozen so threads can share it."""

from __future__ import annotations

from dataclasses import dataclass

import httpx

__all__ = ["DEFAULT_USER_AGENT", "ChatConfig"]

DEFAULT_USER_AGENT = "a11y_bank-chat/0.1"


@dataclass(frozen=True, slots=True)
class ChatConfig:
    """Connection settings of the chat client.

    Attributes:
        base_url: origin of the homeserver, e.g. ``http://127.0.0.1:8008`` (``/_matrix`` lives there).
        timeout: seconds for connect/write and for reading a normal answer.
        sync_timeout_ms: how long the server may hold a /sync open waiting for news (long-poll).
        max_retries: extra attempts for requests that are safe to repeat (reads, sends with a txnId).
        backoff: first pause between retries in seconds, doubled each attempt.
        transport: an httpx transport to use instead of the network (tests, fault injection).
        user_agent: sent as ``User-Agent``.
    """

    base_url: str
    timeout: float = 10.0
    sync_timeout_ms: int = 30_000
    max_retries: int = 3
    backoff: float = 0.25
    transport: httpx.BaseTransport | None = None
    user_agent: str = DEFAULT_USER_AGENT

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        if self.timeout <= 0:
            raise ValueError("timeout must be positive")
        if self.sync_timeout_ms < 0:
            raise ValueError("sync_timeout_ms must be >= 0")
