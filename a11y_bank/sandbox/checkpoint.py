"""WAL checkpoints on their own thread, off the server's event loop.

In WAL mode every commit appends pages to the ``-wal`` file; a checkpoint copies them into the database
file and, with ``synchronous=NORMAL``, syncs both files to disk. SQLite's automatic checkpoint runs
inside the commit that fills the WAL past ``wal_autocheckpoint`` pages, on the connection that
committed: here the one connection the server's event loop uses, so every few dozen payments one
request waited for two ``fdatasync`` calls (3-4 ms each on this machine's disk; 69 of them in 640
payments, measured with ``strace -c``) and every other request waited behind it.

`Checkpointer` runs ``PRAGMA wal_checkpoint(PASSIVE)`` every `INTERVAL_S` on its own connection and
thread. Python's sqlite3 releases the GIL while SQLite works, so the copying and syncing overlap the
event loop instead of stalling it. A passive checkpoint never waits for and never blocks the writer;
the writer's own automatic checkpoint stays as a backstop, at a larger threshold
(`Database` sets it), and finds the pages already copied. Durability is unchanged: a commit is in the
WAL when it returns, exactly as before; the checkpoint only moves it into the main file.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

INTERVAL_S = 0.2


class Checkpointer:
    """A daemon thread checkpointing ``path``'s WAL every `INTERVAL_S` until `stop`."""

    def __init__(self, path: Path, interval_s: float = INTERVAL_S) -> None:
        self._path = path
        self._interval_s = interval_s
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="sandbox-wal-checkpoint", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        conn = sqlite3.connect(self._path, isolation_level=None, check_same_thread=False)
        try:
            conn.execute("PRAGMA synchronous=NORMAL")
            while not self._stopping.wait(self._interval_s):
                # Returns (busy, wal pages, pages copied); busy only while the writer's own checkpoint runs.
                conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        finally:
            conn.close()

    def stop(self) -> None:
        """Stop and wait for the thread (its connection closed) before the database is closed."""
        self._stopping.set()
        if self._thread is not threading.current_thread():
            self._thread.join(timeout=10)
