"""The sandbox's I/O fast paths (docs/performance.md, section 3): one send per response, made by a
thread of its own; checkpoints on their own thread. They change how the bytes leave, never what they
say or in which order."""

from __future__ import annotations

import asyncio
import socket
import sqlite3
import ssl
import threading
import time
from collections.abc import Callable
from pathlib import Path

from a11y_bank.sandbox.db import BACKSTOP_CHECKPOINT_PAGES, Database
from a11y_bank.sandbox.sender import OffloadedTransport, offloadable, shared_sender
from a11y_bank.sandbox.server import RunningSandbox
from a11y_bank.sandbox.transport import CoalescingTransport

PAGE = 4096


class RecordingTransport(asyncio.Transport):
    """Records what reaches the socket, one entry per write."""

    def __init__(self) -> None:
        super().__init__()
        self.writes: list[bytes] = []
        self.closed = False
        self.aborted = False

    def write(self, data: bytes | bytearray | memoryview) -> None:
        self.writes.append(bytes(data))

    def is_closing(self) -> bool:
        return self.closed or self.aborted

    def close(self) -> None:
        self.closed = True

    def abort(self) -> None:
        self.aborted = True

    def get_write_buffer_size(self) -> int:
        return 7


def _coalescing() -> tuple[asyncio.AbstractEventLoop, RecordingTransport, CoalescingTransport]:
    loop = asyncio.new_event_loop()
    real = RecordingTransport()
    return loop, real, CoalescingTransport(real, loop)


def _one_loop_step(loop: asyncio.AbstractEventLoop) -> None:
    loop.run_until_complete(asyncio.sleep(0))


def test_writes_of_one_loop_step_leave_as_one_write_in_order() -> None:
    loop, real, transport = _coalescing()
    try:
        transport.write(b"HTTP/1.1 200 OK\r\n\r\n")
        transport.write(bytearray(b"{"))
        transport.writelines([memoryview(b"}")])
        assert real.writes == []  # nothing is sent before the step ends
        assert transport.get_write_buffer_size() == 7 + 21
        _one_loop_step(loop)
        assert real.writes == [b"HTTP/1.1 200 OK\r\n\r\n{}"]
        transport.write(b"next")
        _one_loop_step(loop)
        assert real.writes[1:] == [b"next"]
    finally:
        loop.close()


def test_close_sends_what_was_written_first_and_abort_drops_it() -> None:
    loop, real, transport = _coalescing()
    try:
        transport.write(b"HTTP/1.1 201 Created\r\n\r\n")
        transport.close()  # the drop fault: the head goes out, then the connection closes
        assert real.writes == [b"HTTP/1.1 201 Created\r\n\r\n"]
        assert real.closed
        _one_loop_step(loop)  # the scheduled flush finds nothing left and a closed transport
        assert real.writes == [b"HTTP/1.1 201 Created\r\n\r\n"]

        loop2, real2, transport2 = _coalescing()
        transport2.write(b"lost")
        transport2.abort()
        _one_loop_step(loop2)
        loop2.close()
        assert real2.writes == []
        assert real2.aborted
    finally:
        loop.close()


def test_other_transport_calls_reach_the_real_transport() -> None:
    loop, real, transport = _coalescing()
    try:
        assert not transport.is_closing()
        real.closed = True
        assert transport.is_closing()
        transport.write(b"after close")
        _one_loop_step(loop)
        assert real.writes == []  # the real transport is closing: nothing more is written
    finally:
        loop.close()


def test_a_response_arrives_whole_over_a_real_socket(bank: RunningSandbox) -> None:
    host, port = bank.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=5) as sock:
        sock.sendall(b"GET /__sandbox__/clock HTTP/1.1\r\nHost: x\r\nx-fapi-interaction-id: io-test\r\n\r\n")
        data = b""
        while b"\r\n\r\n" not in data or not data.rstrip().endswith(b"}"):
            chunk = sock.recv(65536)
            assert chunk, f"connection closed early after {data!r}"
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200")
    assert b"x-fapi-interaction-id: io-test" in head
    assert int(head.split(b"content-length: ")[1].split(b"\r\n")[0]) == len(body)


def _wal_pages_waiting(path: Path) -> int:
    """Frames in the WAL that the main database file does not have yet (a reader's view)."""
    conn = sqlite3.connect(path)
    try:
        through_wal = int(conn.execute("PRAGMA page_count").fetchone()[0])  # the size a reader sees
    finally:
        conn.close()
    return through_wal - path.stat().st_size // PAGE  # minus what the main file holds


def _number(db: Database, sql: str) -> int:
    row = db.one(sql)
    assert row is not None
    return int(row[0])


def _checkpoint_threads() -> set[threading.Thread]:
    return {t for t in threading.enumerate() if t.name == "sandbox-wal-checkpoint"}


def _fill(db: Database, pages: int) -> None:
    with db.transaction() as conn:
        conn.execute("CREATE TABLE IF NOT EXISTS filler (blob BLOB)")
        conn.executemany("INSERT INTO filler VALUES (?)", [(b"x" * 3000,) for _ in range(pages)])


def test_background_checkpoints_copy_the_wal_into_the_database_file(tmp_path: Path) -> None:
    db = Database(tmp_path / "bank.sqlite3")
    others = _checkpoint_threads()
    try:
        db.query("PRAGMA wal_checkpoint(TRUNCATE)")
        _fill(db, 200)  # far below SQLite's own 1 000-page threshold: nothing would copy it
        time.sleep(0.5)
        assert _wal_pages_waiting(db.path) >= 150
        db.checkpoint_in_background()
        assert _number(db, "PRAGMA wal_autocheckpoint") == BACKSTOP_CHECKPOINT_PAGES
        mine = _checkpoint_threads() - others
        assert len(mine) == 1
        deadline = time.monotonic() + 10
        while _wal_pages_waiting(db.path) > 0 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert _wal_pages_waiting(db.path) == 0
        _fill(db, 10)  # the writer is never blocked by the checkpointing thread
        assert _number(db, "SELECT COUNT(*) FROM filler") == 210
    finally:
        db.close()
    assert not any(thread.is_alive() for thread in mine)  # close() stops it before closing the database


def test_the_server_checkpoints_in_background(bank: RunningSandbox) -> None:
    assert _checkpoint_threads()
    assert _number(bank.sandbox.db, "PRAGMA wal_autocheckpoint") == BACKSTOP_CHECKPOINT_PAGES


# ---- OffloadedTransport: the sender thread writes on a duplicate of the connection's descriptor ----


def _offloaded() -> tuple[asyncio.AbstractEventLoop, RecordingTransport, OffloadedTransport, socket.socket]:
    """An `OffloadedTransport` over one end of a socket pair; the other end (returned) is the client."""
    ours, client = socket.socketpair()
    ours.setblocking(False)  # as the event loop keeps its sockets
    loop = asyncio.new_event_loop()
    real = RecordingTransport()
    transport = OffloadedTransport(real, loop, ours.fileno(), shared_sender())
    ours.close()  # its duplicate keeps the socket open, as when the loop closes its own descriptor
    return loop, real, transport, client


def _read_until(client: socket.socket, size: int) -> bytes:
    client.settimeout(5)
    data = b""
    while len(data) < size:
        chunk = client.recv(1 << 20)
        assert chunk, f"closed after {len(data)} of {size} bytes"
        data += chunk
    return data


def _run_loop_until(loop: asyncio.AbstractEventLoop, done: Callable[[], bool]) -> None:
    deadline = time.monotonic() + 5
    while not done() and time.monotonic() < deadline:
        loop.run_until_complete(asyncio.sleep(0.01))
    assert done()


def test_the_sender_thread_sends_each_step_s_writes_in_order_then_closes() -> None:
    loop, real, transport, client = _offloaded()
    try:
        transport.write(b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n")
        transport.write(b"{}")
        _one_loop_step(loop)
        transport.write(b"second")
        _one_loop_step(loop)
        assert _read_until(client, 44) == b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n{}second"
        assert real.writes == []  # nothing went through the loop's transport
        transport.write(b"head only")
        transport.close()  # the drop fault: what was written goes first, then the connection closes
        assert transport.is_closing()
        _run_loop_until(loop, lambda: real.closed)
        assert _read_until(client, 9) == b"head only"
        client.settimeout(5)
        assert client.recv(10) == b""  # the duplicate descriptor was closed: the socket is closed
    finally:
        client.close()
        loop.close()


def test_a_send_the_socket_cannot_take_whole_continues_through_the_loop_s_transport() -> None:
    loop, real, transport, client = _offloaded()
    big = bytes(range(256)) * 40_000  # ~10 MB: more than a socket pair's buffers hold while nobody reads
    try:
        transport.write(big)
        _one_loop_step(loop)
        _run_loop_until(loop, lambda: bool(real.writes))
        transport.write(b"after")  # once handed back, everything after it follows the same way, in order
        _run_loop_until(loop, lambda: len(real.writes) == 2)
        client.setblocking(False)
        received = b""
        while True:
            try:
                chunk = client.recv(1 << 20)
            except BlockingIOError:
                break
            received += chunk
        assert received + real.writes[0] == big
        assert real.writes[1] == b"after"
    finally:
        transport.abort()
        client.close()
        loop.close()


def test_abort_and_a_lost_connection_release_the_duplicate_descriptor() -> None:
    for end in ("abort", "lost"):
        loop, real, transport, client = _offloaded()
        try:
            transport.write(b"never sent")
            if end == "abort":
                transport.abort()
                assert real.aborted
            else:
                transport.connection_lost()
            assert transport.is_closing()
            _one_loop_step(
                loop
            )  # the flush finds nothing: abort dropped it / a lost connection sends nothing
            client.settimeout(5)
            assert client.recv(100) in (b"", b"never sent")
            deadline = time.monotonic() + 5
            while not transport.released and time.monotonic() < deadline:
                time.sleep(0.01)
            assert transport.released
        finally:
            client.close()
            loop.close()


def test_pipelined_requests_get_their_responses_in_order(bank: RunningSandbox) -> None:
    host, port = bank.url.removeprefix("http://").split(":")
    requests = b"".join(
        b"GET /__sandbox__/clock HTTP/1.1\r\nHost: x\r\nx-fapi-interaction-id: n%d\r\n\r\n" % n
        for n in range(5)
    )
    with socket.create_connection((host, int(port)), timeout=5) as sock:
        sock.sendall(requests)
        data = b""
        while data.count(b"HTTP/1.1 200") < 5 or not data.rstrip().endswith(b"}"):
            chunk = sock.recv(65536)
            assert chunk, f"connection closed early after {data!r}"
            data += chunk
    ids = [part.split(b"\r\n")[0] for part in data.split(b"x-fapi-interaction-id: ")[1:]]
    assert ids == [b"n0", b"n1", b"n2", b"n3", b"n4"]


class _ExtraInfo(asyncio.BaseTransport):
    def __init__(self, **extra: object) -> None:
        super().__init__(extra)


def test_only_a_plain_socket_is_written_by_the_sender_thread() -> None:
    with socket.socket() as sock:
        assert offloadable(_ExtraInfo(socket=sock))
        assert not offloadable(_ExtraInfo(socket=sock, sslcontext=ssl.create_default_context()))
    assert not offloadable(_ExtraInfo())
