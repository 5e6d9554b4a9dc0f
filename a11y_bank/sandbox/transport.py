"""One send per response: the server's HTTP protocol with writes coalesced per event-loop step.

uvicorn writes a response's status line and headers, then its body, as two ``transport.write`` calls;
with ``TCP_NODELAY`` (server.bind) each is its own ``send`` system call and its own TCP segment, and
on loopback the sender also pays for delivering each segment to the client. Under the payment load
these two writes were ~28 % of the server's samples (py-spy, docs/performance.md section 3).
`CoalescingTransport` keeps what is written during one step of the event loop and hands it to the
real transport in one write at the end of that step (or at once when the connection closes), so a
response leaves as one segment. Nothing is held longer than the current loop step, so streaming
responses and the drop fault (head sent, then the connection closed) behave as before.
"""

from __future__ import annotations

import asyncio
from typing import Any

from uvicorn.protocols.http.auto import AutoHTTPProtocol


class CoalescingTransport:
    """Forwards to ``transport``; the writes of one event-loop step leave as one write."""

    def __init__(self, transport: asyncio.Transport, loop: asyncio.AbstractEventLoop) -> None:
        self._transport = transport
        self._loop = loop
        self._pending: list[bytes] = []

    def write(self, data: bytes | bytearray | memoryview) -> None:
        if not self._pending:
            self._loop.call_soon(self.flush)
        self._pending.append(bytes(data))

    def writelines(self, chunks: Any) -> None:
        for chunk in chunks:
            self.write(chunk)

    def flush(self) -> None:
        """Hand everything written so far to the real transport (one write)."""
        if not self._pending:
            return
        data = b"".join(self._pending) if len(self._pending) > 1 else self._pending[0]
        self._pending.clear()
        self._send(data)

    def _send(self, data: bytes) -> None:
        if not self._transport.is_closing():
            self._transport.write(data)

    def close(self) -> None:
        self.flush()  # what was written before close() is sent, as with the plain transport
        self._transport.close()

    def abort(self) -> None:
        self._pending.clear()
        self._transport.abort()

    def get_write_buffer_size(self) -> int:
        return self._transport.get_write_buffer_size() + sum(len(chunk) for chunk in self._pending)

    def __getattr__(self, name: str) -> Any:
        # Everything else (is_closing, get_extra_info, pause_reading, set_protocol, ...) as it is.
        return getattr(self._transport, name)


class CoalescingHttpProtocol(AutoHTTPProtocol):  # type: ignore[misc,valid-type]
    """uvicorn's HTTP protocol (httptools when installed, else h11) over a `CoalescingTransport`."""

    def connection_made(self, transport: asyncio.Transport) -> None:
        loop: asyncio.AbstractEventLoop = self.loop
        super().connection_made(CoalescingTransport(transport, loop))
