"""Responses sent from a thread of their own, so the event loop does not wait for the kernel.

On this 2-vCPU virtual machine a ``send`` that wakes the client blocked on the other end of a loopback
connection held the sending thread 30-130 µs of wall time (the wakeup crosses CPUs through the
hypervisor), of which ~6 µs was CPU time: under the payment load the event loop spent about a third of
its time inside ``send`` (py-spy, docs/performance.md section 3). `Sender` does the system call on
its own thread, with the GIL released (``os.write``), while the loop goes on with the next request.

Order and integrity: one thread sends everything, first come first sent, so a connection's bytes keep
their order. It writes to a duplicate of the connection's descriptor, so the socket stays the same
socket until the sender is done with it (the loop closing its own descriptor can never make a queued
response reach a new connection that reused the number). A send the socket cannot take whole (its
buffer is full) hands the rest, and everything after it for that connection, back to the loop's own
transport, which buffers and applies flow control as before; ``close`` goes through the same queue, so
what was written before it is sent before the connection closes (the drop fault relies on it).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import queue
import threading
from typing import Any

from uvicorn.protocols.http.auto import AutoHTTPProtocol

from a11y_bank.sandbox.transport import CoalescingTransport

_SEND, _CLOSE, _RELEASE = 0, 1, 2


class Sender:
    """One daemon thread that performs the queued operations of every `OffloadedTransport`."""

    def __init__(self) -> None:
        self._jobs: queue.SimpleQueue[tuple[OffloadedTransport, int, bytes]] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="sandbox-sender", daemon=True)
        self._thread.start()

    def put(self, transport: OffloadedTransport, operation: int, data: bytes = b"") -> None:
        self._jobs.put((transport, operation, data))

    def _run(self) -> None:
        while True:
            transport, operation, data = self._jobs.get()
            try:
                if operation == _SEND:
                    transport.send_now(data)
                elif operation == _CLOSE:
                    transport.close_now()
                else:
                    transport.release_now()
            except Exception:  # one broken connection must not stop every other one's responses
                transport.release_now()


_sender: Sender | None = None
_sender_lock = threading.Lock()


def shared_sender() -> Sender:
    """The process's sender thread, started on first use (one for every server in the process)."""
    global _sender  # noqa: PLW0603 - a process-wide singleton thread
    with _sender_lock:
        if _sender is None:
            _sender = Sender()
        return _sender


class OffloadedTransport(CoalescingTransport):
    """A `CoalescingTransport` whose writes are made by the `Sender` thread on a duplicate descriptor."""

    def __init__(
        self, transport: asyncio.Transport, loop: asyncio.AbstractEventLoop, fd: int, sender: Sender
    ) -> None:
        super().__init__(transport, loop)
        self._fd: int | None = os.dup(fd)
        self._sender = sender
        self._closing = False
        self._handed_back = False  # set by the sender thread only

    # ---- on the event loop ----

    def _send(self, data: bytes) -> None:
        self._sender.put(self, _SEND, data)

    def close(self) -> None:
        if self._closing:
            return
        self.flush()
        self._closing = True
        self._sender.put(self, _CLOSE)

    def abort(self) -> None:
        self._pending.clear()
        self._closing = True
        self._transport.abort()
        self._sender.put(self, _RELEASE)

    def is_closing(self) -> bool:
        return self._closing or self._transport.is_closing()

    def connection_lost(self) -> None:
        """The loop's transport is gone: let the sender drop its descriptor after what is queued."""
        self._closing = True
        self._sender.put(self, _RELEASE)

    def _write_on_loop(self, data: bytes) -> None:
        if not self._transport.is_closing():
            self._transport.write(data)

    # ---- on the sender thread ----

    def send_now(self, data: bytes) -> None:
        if self._fd is None:
            return  # the connection is gone
        if self._handed_back:
            self._call_on_loop(self._write_on_loop, data)
            return
        try:
            sent = os.write(self._fd, data)
        except BlockingIOError:
            sent = 0
        except OSError:
            return  # reset or closed by the client: the loop sees it on its side and closes the connection
        if sent < len(data):
            self._handed_back = True
            self._call_on_loop(self._write_on_loop, data[sent:])

    def close_now(self) -> None:
        self.release_now()
        self._call_on_loop(self._transport.close)

    @property
    def released(self) -> bool:
        """The sender has closed its duplicate descriptor (after a close, an abort or a lost connection)."""
        return self._fd is None

    def release_now(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            os.close(fd)

    def _call_on_loop(self, callback: Any, *args: Any) -> None:
        with contextlib.suppress(RuntimeError):  # the loop has already been closed (server stopped)
            self._loop.call_soon_threadsafe(callback, *args)


def offloadable(transport: asyncio.BaseTransport) -> bool:
    """A plain socket connection. Never under TLS: bytes written to the socket itself would skip the
    encryption."""
    return transport.get_extra_info("socket") is not None and transport.get_extra_info("sslcontext") is None


class OffloadedHttpProtocol(AutoHTTPProtocol):  # type: ignore[misc,valid-type]
    """uvicorn's HTTP protocol (httptools when installed, else h11) whose responses the `Sender` sends."""

    def connection_made(self, transport: asyncio.Transport) -> None:
        loop: asyncio.AbstractEventLoop = self.loop
        sock = transport.get_extra_info("socket")
        wrapped = (
            OffloadedTransport(transport, loop, sock.fileno(), shared_sender())
            if offloadable(transport)
            else CoalescingTransport(transport, loop)
        )
        super().connection_made(wrapped)

    def connection_lost(self, exc: Exception | None) -> None:
        super().connection_lost(exc)
        if isinstance(self.transport, OffloadedTransport):
            self.transport.connection_lost()
