"""A real Synapse homeserver for the chat client: SQLite, 127.0.0.1, users registered by shared secret.

Synapse lives in its own virtualenv (its dependencies are heavy and not the project's): create it with
``tools/synapse_venv.sh``; the tests find it through ``A11Y_SYNAPSE_VENV`` (default
``/tmp/a11y-synapse-venv``) and skip, saying why, when it is missing.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from a11y_bank.sandbox.server import bind

VENV = Path(os.environ.get("A11Y_SYNAPSE_VENV", "/tmp/a11y-synapse-venv"))
SERVER_NAME = "a11y.test"
START_TIMEOUT = 60.0


def synapse_python() -> Path | None:
    python = VENV / "bin" / "python"
    if not python.exists():
        return None
    found = subprocess.run([python, "-c", "import synapse"], capture_output=True, check=False, timeout=60)
    return python if found.returncode == 0 else None


def _config(directory: Path, port: int, shared_secret: str) -> str:
    generous = "{per_second: 1000, burst_count: 1000}"
    return f"""
server_name: "{SERVER_NAME}"
pid_file: "{directory}/homeserver.pid"
listeners:
  - port: {port}
    bind_addresses: ["127.0.0.1"]
    type: http
    tls: false
    x_forwarded: false
    resources:
      - names: [client]
        compress: false
database:
  name: sqlite3
  args:
    database: "{directory}/homeserver.db"
media_store_path: "{directory}/media"
signing_key_path: "{directory}/signing.key"
registration_shared_secret: "{shared_secret}"
macaroon_secret_key: "{secrets.token_hex(16)}"
form_secret: "{secrets.token_hex(16)}"
report_stats: false
enable_metrics: false
trusted_key_servers: []
suppress_key_server_warning: true
federation_domain_whitelist: []
presence:
  enabled: false
url_preview_enabled: false
rc_message: {generous}
rc_joins:
  local: {generous}
  remote: {generous}
rc_invites:
  per_room: {generous}
  per_user: {generous}
rc_login:
  address: {generous}
  account: {generous}
  failed_attempts: {generous}
rc_registration: {generous}
rc_room_creation: {generous}
"""


class Synapse:
    """One homeserver process; `restart()` stops it and starts it again on the same port and database."""

    def __init__(self, python: Path, directory: Path) -> None:
        self.python = python
        self.directory = directory
        sock = bind()
        self.port = int(sock.getsockname()[1])
        sock.close()
        self.shared_secret = secrets.token_hex(16)
        self.config = directory / "homeserver.yaml"
        self.config.write_text(_config(directory, self.port, self.shared_secret), encoding="utf-8")
        subprocess.run(
            [python, "-m", "synapse.app.homeserver", "-c", str(self.config), "--generate-keys"],
            check=True,
            capture_output=True,
            timeout=120,
            cwd=directory,
        )
        self.process: subprocess.Popen[bytes] | None = None
        self.log = directory / "synapse.log"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                [self.python, "-m", "synapse.app.homeserver", "-c", str(self.config)],
                stdout=log,
                stderr=subprocess.STDOUT,
                cwd=self.directory,
            )
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"synapse exited; see {self.log}")
            try:
                if httpx.get(f"{self.url}/_matrix/client/versions", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"synapse did not start in {START_TIMEOUT:.0f} s; see {self.log}")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self.process = None

    def restart(self) -> None:
        self.stop()
        self.start()

    def register(self, username: str, password: str) -> None:
        """Create a user through the shared-secret admin API (what register_new_matrix_user does)."""
        endpoint = f"{self.url}/_synapse/admin/v1/register"
        nonce = httpx.get(endpoint, timeout=10).json()["nonce"]
        mac = hmac.new(self.shared_secret.encode(), digestmod=hashlib.sha1)
        mac.update(b"\x00".join([nonce.encode(), username.encode(), password.encode(), b"notadmin"]))
        body = {
            "nonce": nonce,
            "username": username,
            "password": password,
            "admin": False,
            "mac": mac.hexdigest(),
        }
        response = httpx.post(endpoint, json=body, timeout=30)
        if response.status_code != 200 and "User ID already taken" not in response.text:
            raise RuntimeError(f"register {username}: HTTP {response.status_code}")


@pytest.fixture(scope="session")
def synapse(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Synapse]:
    python = synapse_python()
    if python is None:
        pytest.skip(f"no Synapse virtualenv at {VENV}: run tools/synapse_venv.sh (or set A11Y_SYNAPSE_VENV)")
    if sys.platform == "win32":
        pytest.skip("the Synapse tier runs on Linux and macOS")
    server = Synapse(python, tmp_path_factory.mktemp("synapse"))
    server.start()
    server.register("customer", "Customer-pass-1")
    server.register("staff", "Staff-pass-1")
    try:
        yield server
    finally:
        server.stop()
