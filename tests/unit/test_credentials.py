"""Credential stores: the memory store, the keyring store's allowlist and error mapping, TokenSet."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone

import keyring
import keyring.errors
import pytest
from keyring.backends import fail

from a11y_bank.credentials import (
    CredentialStore,
    CredentialStoreError,
    KeyringStore,
    MemoryStore,
    NoSecureBackend,
    SecretTooLarge,
    StoreLocked,
    TokenSet,
    TokenVault,
    open_credential_store,
    select_secure_backend,
)
from a11y_bank.credentials.keyring_store import backend_name


def fail_keyring() -> object:
    """keyring's own "no backend" keyring (its constructor is untyped)."""
    return fail.Keyring()  # type: ignore[no-untyped-call]


SECRET = "s3cr3t-token-value-0123456789"


class DictBackend:
    """A keyring-like backend kept in a dict. Deliberately NOT a `keyring.backend.KeyringBackend`
    subclass: defining one registers it with keyring for the whole process (pitfalls §7.5)."""

    def __init__(self) -> None:
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.entries[(service, username)]
        except KeyError:
            raise keyring.errors.PasswordDeleteError("not found") from None


def named(module: str, name: str) -> DictBackend:
    """A DictBackend whose class looks like `module.name` to the allowlist."""
    cls = type(name, (DictBackend,), {"__module__": module, "__qualname__": name})
    backend: DictBackend = cls()
    return backend


class FakeChainer:
    def __init__(self, *backends: object) -> None:
        self.backends = list(backends)


class RaisingBackend(DictBackend):
    def __init__(self, exc: Exception) -> None:
        super().__init__()
        self.exc = exc

    def get_password(self, service: str, username: str) -> str | None:
        raise self.exc

    def set_password(self, service: str, username: str, password: str) -> None:
        raise self.exc


# --- MemoryStore ----------------------------------------------------------------------------------


def test_memory_store_round_trip() -> None:
    store = MemoryStore()
    assert isinstance(store, CredentialStore)
    assert store.get("k") is None
    store.set("k", SECRET)
    assert store.get("k") == SECRET
    store.set("k", "other")
    assert store.get("k") == "other"
    store.delete("k")
    assert store.get("k") is None
    store.delete("k")  # missing: fine


def test_memory_store_repr_hides_values() -> None:
    store = MemoryStore()
    store.set("bank.access_token", SECRET)
    assert SECRET not in repr(store)
    assert "bank.access_token" in repr(store)
    assert store.keys() == {"bank.access_token"}


def test_memory_store_refuses_non_strings() -> None:
    with pytest.raises(TypeError):
        MemoryStore().set("k", b"bytes")  # type: ignore[arg-type]


def test_memory_store_is_thread_safe() -> None:
    store = MemoryStore()

    def writer(n: int) -> None:
        for i in range(200):
            store.set(f"{n}.{i}", str(i))

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(store.keys()) == 800


# --- backend selection ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "keyring.backends.SecretService.Keyring",
        "keyring.backends.libsecret.Keyring",
        "keyring.backends.macOS.Keyring",
        "keyring.backends.Windows.WinVaultKeyring",
        "keyring.backends.kwallet.DBusKeyring",
    ],
)
def test_secure_backends_are_selected(name: str) -> None:
    module, _, cls = name.rpartition(".")
    backend = named(module, cls)
    assert select_secure_backend(backend) is backend


def test_keyring_fail_backend_is_refused() -> None:
    with pytest.raises(NoSecureBackend, match=r"keyring\.backends\.fail\.Keyring"):
        select_secure_backend(fail_keyring())


def test_plaintext_backend_is_refused() -> None:
    """keyrings.alt's plaintext file must never be used, even though keyring would pick it."""
    plaintext = named("keyrings.alt.file", "PlaintextKeyring")
    with pytest.raises(NoSecureBackend, match="PlaintextKeyring"):
        select_secure_backend(plaintext)


def test_chainer_is_bypassed_for_its_secure_member() -> None:
    plaintext = named("keyrings.alt.file", "PlaintextKeyring")
    secret_service = named("keyring.backends.SecretService", "Keyring")
    assert select_secure_backend(FakeChainer(plaintext, secret_service)) is secret_service


def test_chainer_without_secure_member_is_refused() -> None:
    with pytest.raises(NoSecureBackend):
        select_secure_backend(FakeChainer(named("keyrings.alt.file", "PlaintextKeyring")))


def test_default_comes_from_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    secret_service = named("keyring.backends.SecretService", "Keyring")
    monkeypatch.setattr(keyring, "get_keyring", lambda: secret_service)
    assert select_secure_backend() is secret_service
    store = KeyringStore("svc")
    assert store.backend == "keyring.backends.SecretService.Keyring"


def test_keyring_store_raises_without_secure_backend(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keyring, "get_keyring", fail_keyring)
    with pytest.raises(NoSecureBackend) as info:
        KeyringStore("svc")
    assert info.value.message_code == "credentials.unavailable"


# --- open_credential_store -------------------------------------------------------------------------


def test_open_prefers_the_keyring() -> None:
    choice = open_credential_store("svc", default=named("keyring.backends.macOS", "Keyring"))
    assert isinstance(choice.store, KeyringStore)
    assert choice.persistent
    assert choice.message_code is None


def test_open_falls_back_to_memory_and_says_so() -> None:
    choice = open_credential_store("svc", default=named("keyrings.alt.file", "PlaintextKeyring"))
    assert isinstance(choice.store, MemoryStore)
    assert not choice.persistent
    assert choice.message_code == "credentials.unavailable"


def test_open_falls_back_when_the_keyring_is_locked() -> None:
    locked = RaisingBackend(keyring.errors.KeyringLocked("Failed to unlock the collection!"))
    locked.__class__ = type("Keyring", (RaisingBackend,), {"__module__": "keyring.backends.SecretService"})
    choice = open_credential_store("svc", default=locked)
    assert isinstance(choice.store, MemoryStore)
    assert not choice.persistent
    assert choice.message_code == "credentials.locked"
    assert open_credential_store("svc", default=locked, probe=False).persistent


def test_open_falls_back_when_keyring_fails_to_start(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> object:
        raise RuntimeError("D-Bus went away")

    monkeypatch.setattr(keyring, "get_keyring", broken)
    choice = open_credential_store("svc")
    assert isinstance(choice.store, MemoryStore)
    assert choice.message_code == "credentials.unavailable"


def test_probe_only_reads() -> None:
    backend = named("keyring.backends.macOS", "Keyring")
    open_credential_store("svc", default=backend)
    assert backend.entries == {}


# --- KeyringStore operations ---------------------------------------------------------------------


def test_keyring_store_round_trip_and_service_isolation() -> None:
    backend = DictBackend()
    first, second = KeyringStore("one", backend), KeyringStore("two", backend)
    first.set("k", SECRET)
    assert first.get("k") == SECRET
    assert second.get("k") is None
    assert backend.entries == {("one", "k"): SECRET}
    first.delete("k")
    first.delete("k")  # PasswordDeleteError for a missing entry is swallowed
    assert first.get("k") is None


def test_keyring_store_repr_has_no_secret() -> None:
    store = KeyringStore("svc", DictBackend())
    store.set("k", SECRET)
    assert SECRET not in repr(store)


def test_keyring_store_refuses_non_strings() -> None:
    with pytest.raises(TypeError):
        KeyringStore("svc", DictBackend()).set("k", 42)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("raised", "expected", "code"),
    [
        (keyring.errors.KeyringLocked(f"locked {SECRET}"), StoreLocked, "credentials.locked"),
        (keyring.errors.NoKeyringError(f"none {SECRET}"), NoSecureBackend, "credentials.unavailable"),
        (keyring.errors.PasswordSetError(f"bad {SECRET}"), CredentialStoreError, "credentials.unavailable"),
        (OSError(f"dbus {SECRET}"), CredentialStoreError, "credentials.unavailable"),
    ],
)
def test_backend_errors_are_typed_and_carry_no_secret(
    raised: Exception, expected: type[CredentialStoreError], code: str
) -> None:
    store = KeyringStore("svc", RaisingBackend(raised))
    calls: list[Callable[[], object]] = [
        lambda: store.get("bank.access_token"),
        lambda: store.set("bank.access_token", SECRET),
    ]
    for call in calls:
        with pytest.raises(expected) as info:
            call()
        assert info.value.message_code == code
        assert SECRET not in str(info.value)
        assert info.value.__cause__ is None
        assert info.value.__suppress_context__
        assert "bank.access_token" in str(info.value)


def test_real_fail_backend_write_is_an_error_not_a_silent_loss() -> None:
    store = KeyringStore("svc", fail_keyring())  # type: ignore[arg-type]
    with pytest.raises(NoSecureBackend):
        store.set("k", SECRET)


def test_windows_size_limit() -> None:
    store = KeyringStore("svc", named("keyring.backends.Windows", "WinVaultKeyring"))
    store.set("k", "x" * 1280)  # 2560 bytes of UTF-16: the limit
    with pytest.raises(SecretTooLarge):
        store.set("k", "x" * 1281)
    KeyringStore("svc", named("keyring.backends.macOS", "Keyring")).set("k", "x" * 5000)


def test_backend_name() -> None:
    assert backend_name(fail_keyring()) == "keyring.backends.fail.Keyring"


# --- TokenSet and TokenVault ---------------------------------------------------------------------

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def tokens(expiry: datetime = NOW + timedelta(minutes=5)) -> TokenSet:
    return TokenSet("access-" + SECRET, "refresh-" + SECRET, expiry)


def test_token_repr_hides_secrets() -> None:
    token_set = tokens()
    for text in (repr(token_set), str(token_set), f"{token_set}", f"{[token_set]}"):
        assert SECRET not in text
        assert "2026-11-23T12:05:00+00:00" in text


def test_token_validation() -> None:
    with pytest.raises(ValueError, match="timezone"):
        TokenSet("a", "r", datetime(2026, 1, 1))
    with pytest.raises(ValueError, match="non-empty"):
        TokenSet("", "r", NOW)


def test_token_expiry() -> None:
    token_set = TokenSet.from_expires_in("a", "r", 300, now=NOW)
    assert token_set.expiry == NOW + timedelta(seconds=300)
    assert not token_set.is_expired(NOW)
    assert not token_set.is_expired(NOW + timedelta(seconds=269))
    assert token_set.is_expired(NOW + timedelta(seconds=270))  # 30 s leeway
    assert token_set.is_expired(NOW + timedelta(seconds=300), leeway=timedelta(0))
    assert token_set.is_expired(NOW + timedelta(hours=1))


def test_vault_round_trip() -> None:
    store = MemoryStore()
    vault = TokenVault(store)
    assert vault.load() is None
    other_zone = (NOW + timedelta(minutes=5)).astimezone(timezone(timedelta(hours=8)))
    vault.save(tokens(other_zone))
    loaded = vault.load()
    assert loaded == tokens(NOW + timedelta(minutes=5))
    assert store.keys() == {"bank.access_token", "bank.refresh_token", "bank.token_expiry"}
    vault.clear()
    assert store.keys() == frozenset()
    assert vault.load() is None
    vault.clear()


def test_vault_uses_the_same_keys_as_the_api() -> None:
    from a11y_bank.api import auth

    store = MemoryStore()
    TokenVault(store).save(tokens())
    assert store.get(auth.ACCESS_TOKEN_KEY) == "access-" + SECRET
    assert store.get(auth.REFRESH_TOKEN_KEY) == "refresh-" + SECRET


@pytest.mark.parametrize("missing", ["bank.access_token", "bank.refresh_token", "bank.token_expiry"])
def test_vault_partial_is_none(missing: str) -> None:
    store = MemoryStore()
    TokenVault(store).save(tokens())
    store.delete(missing)
    assert TokenVault(store).load() is None


def test_vault_corrupt_expiry_is_none() -> None:
    store = MemoryStore()
    TokenVault(store).save(tokens())
    store.set("bank.token_expiry", "not a date")
    assert TokenVault(store).load() is None
    store.set("bank.token_expiry", "2026-11-23T12:00:00")  # naive: refused
    assert TokenVault(store).load() is None
