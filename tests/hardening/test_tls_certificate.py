"""A certificate that does not verify is explained, refused at once and never bypassed: a real TLS
server on loopback with a self-signed certificate made at test time (`cryptography`)."""

from __future__ import annotations

import datetime as dt
import ipaddress
import socket
import ssl
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from a11y_bank.api.bank import Bank
from a11y_bank.api.errors import CertificateRejected, Offline
from a11y_bank.credentials import MemoryStore
from a11y_bank.domain.messages import message, no_translation
from a11y_bank.ui.screens.signin import sign_in_message_code


def self_signed(directory: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False
        )
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / "cert.pem", directory / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return cert_path, key_path


class TlsServer:
    """Accepts TLS handshakes on 127.0.0.1 and counts them; answers nothing (none should get that far)."""

    def __init__(self, cert: Path, key: Path) -> None:
        self._context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self._context.load_cert_chain(cert, key)
        self._socket = socket.create_server(("127.0.0.1", 0))
        self._socket.settimeout(0.2)
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self._socket.getsockname()[1]}"

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                raw, _ = self._socket.accept()
            except TimeoutError:
                continue
            self.connections += 1
            with raw:
                raw.settimeout(2)
                try:
                    with self._context.wrap_socket(raw, server_side=True):
                        pass
                except (ssl.SSLError, OSError):
                    pass  # the client hung up on our certificate: expected

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._socket.close()


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[TlsServer]:
    server = TlsServer(*self_signed(tmp_path))
    yield server
    server.close()


def test_a_self_signed_certificate_is_refused_at_once_with_its_own_sentence(
    tls_server: TlsServer, tmp_path: Path
) -> None:
    slept: list[float] = []
    bank = Bank.create(tls_server.url, MemoryStore(), tmp_path / "data", max_retries=3, sleep=slept.append)
    try:
        with pytest.raises(CertificateRejected) as raised:
            bank.sign_in("liwei", "Demo-1234")
    finally:
        bank.close()
    error = raised.value
    assert isinstance(error, Offline)  # callers handling "cannot reach the bank" still do
    assert error.message_code == "api.certificate"
    assert sign_in_message_code(error) == "api.certificate"  # the sign-in screen says it too
    assert (tls_server.connections, slept) == (1, [])  # not retried: retrying cannot fix a certificate
    assert "Demo-1234" not in f"{error} {error!r}"


def test_the_certificate_message_says_what_happened_and_what_to_do() -> None:
    rendered = message("api.certificate").render(no_translation)
    assert "identity could not be checked" in rendered.text
    assert "refused for your safety" in rendered.spoken
    assert "Call the bank" in rendered.action


def test_a_plain_connection_failure_is_still_offline(tmp_path: Path) -> None:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]  # closed again: nothing listens there
    bank = Bank.create(f"https://127.0.0.1:{port}", MemoryStore(), tmp_path / "d", max_retries=0)
    try:
        with pytest.raises(Offline) as raised:
            bank.sign_in("liwei", "x")
    finally:
        bank.close()
    assert not isinstance(raised.value, CertificateRejected)
