"""The console script: prints its URL on one line, serves, and has no test controls unless asked."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import httpx

from tests.support.oas import ValidatingTransport


def test_console_script_serves_on_loopback(template_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "bank.sqlite3"
    db.write_bytes(template_db.read_bytes())
    process = subprocess.Popen(
        [sys.executable, "-m", "a11y_bank.sandbox", "--host", "127.0.0.1", "--port", "0", "--db", str(db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline().strip()
        prefix = "a11y-bank-sandbox listening on http://127.0.0.1:"
        assert line.startswith(prefix), line
        url = line.removeprefix("a11y-bank-sandbox listening on ")
        with httpx.Client(base_url=url, transport=ValidatingTransport(), timeout=10) as http:
            # The socket is listening before the line is printed, so no retry loop is needed.
            signed_in = http.post(
                "/a11y-ext/v1/auth/sign-in", json={"Data": {"Username": "alice", "Password": "Demo-1234"}}
            )
            assert signed_in.status_code == 201
            assert http.get("/__sandbox__/outbox").status_code == 404
    finally:
        process.terminate()
        _, stderr = process.communicate(timeout=10)
    assert "Demo-1234" not in stderr
    assert '"path": "/a11y-ext/v1/auth/sign-in"' in stderr  # the JSON access log goes to stderr


def test_console_script_refuses_other_hosts(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "a11y_bank.sandbox", "--host", "0.0.0.0", "--db", str(tmp_path / "x.db")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert "refusing" in done.stderr
    assert not (tmp_path / "x.db").exists()
