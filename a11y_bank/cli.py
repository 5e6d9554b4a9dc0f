"""`a11y-bank` command line: parse options, then run the Qt app or the Qt-free `--check`.

Without `--api-url` the embedded demo bank starts on 127.0.0.1 with its database in the data dir.
`--check` signs in to the demo bank as liwei and prints the accounts with balances, without Qt.
"""

from __future__ import annotations

import argparse
import functools
import logging
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

import platformdirs

if TYPE_CHECKING:
    from a11y_bank.api.bank import Bank
    from a11y_bank.credentials import CredentialStore

SPEECH_CHOICES = ("pyttsx3", "null", "spy")
DEMO_USER = "liwei"
DEMO_PASSWORD = "Demo-1234"  # noqa: S105 - the published demo bank's password, not a secret
SANDBOX_DB = "sandbox.sqlite3"
BANK_READY_TIMEOUT_S = 120.0
"""How long a bank call waits for the bank being built (a first run generates the demo bank's data)."""
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Options:
    api_url: str | None
    data_dir: Path
    speech: str
    lang: str | None
    check: bool
    quit_after_ms: int | None
    kiosk: bool = False


def parse_args(argv: Sequence[str] | None = None) -> Options:
    parser = argparse.ArgumentParser(
        prog="a11y-bank",
        description="An accessible banking client (screen reader, voice, large text, keyboard only).",
    )
    parser.add_argument("--api-url", help="bank base URL (default: start the embedded demo bank)")
    parser.add_argument("--data-dir", type=Path, help="where settings, the outbox and the demo bank live")
    parser.add_argument(
        "--speech", choices=SPEECH_CHOICES, default="pyttsx3", help="voice backend (default: pyttsx3)"
    )
    parser.add_argument(
        "--lang",
        help="interface language: en or zh_CN (default: the saved choice, else the system's)",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="sign in to the demo bank as liwei, print accounts, exit (no GUI)",
    )
    parser.add_argument(
        "--quit-after", type=int, metavar="MS", help="quit after MS milliseconds (smoke tests)"
    )
    parser.add_argument(
        "--kiosk",
        action="store_true",
        help="branch terminal: full screen; staff sign in, then hand over (leaving needs the staff PIN)",
    )
    ns = parser.parse_args(argv)
    data_dir = ns.data_dir or Path(platformdirs.user_data_dir("a11y_bank", appauthor=False))
    return Options(
        api_url=ns.api_url,
        data_dir=data_dir,
        speech=ns.speech,
        lang=ns.lang,
        check=ns.check,
        quit_after_ms=ns.quit_after,
        kiosk=ns.kiosk,
    )


@contextmanager
def bank_url(options: Options) -> Iterator[str]:
    """The bank to use: `--api-url`, or the embedded sandbox for the lifetime of the block."""
    if options.api_url:
        yield options.api_url
        return
    from a11y_bank.sandbox.server import start_in_thread

    options.data_dir.mkdir(parents=True, exist_ok=True)
    sandbox = start_in_thread(options.data_dir / SANDBOX_DB)
    try:
        yield sandbox.url
    finally:
        sandbox.stop()


class MemorySecretStore:
    """Tokens kept in memory for this run only (the session ends when the app does)."""

    def __init__(self) -> None:
        self._secrets: dict[str, str] = {}

    def get(self, key: str) -> str | None:
        return self._secrets.get(key)

    def set(self, key: str, value: str) -> None:
        self._secrets[key] = value

    def delete(self, key: str) -> None:
        self._secrets.pop(key, None)

    def __repr__(self) -> str:
        return f"MemorySecretStore({len(self._secrets)} entries)"


@functools.cache
def outbox_key_store() -> CredentialStore | None:
    """Where the payment outbox's sealing key lives: the keyring, or None when there is no secure one.

    Without a keyring the outbox stays plain in the private data dir: a key kept only in memory would
    make a payment interrupted by a crash unreadable after the restart, and it must be resent
    byte for byte (docs/security.md). Cached: the keyring is probed once per process.
    """
    from a11y_bank.credentials import open_credential_store

    choice = open_credential_store()
    return choice.store if choice.persistent else None


def make_bank(url: str, data_dir: Path) -> Bank:
    from a11y_bank.api.bank import Bank

    data_dir.mkdir(parents=True, exist_ok=True)
    return Bank.create(url, MemorySecretStore(), data_dir, outbox_key_store=outbox_key_store())


class DeferredBank:
    """Stands in for `Bank` while it is built on a background thread, so the window shows first.

    Building the bank is most of a cold start (importing httpx, uvicorn and the demo bank, opening
    its database: docs/performance.md), and the sign-in window needs none of it until the user
    presses Sign in. Every attribute waits for the real bank and then comes from it; screens call
    the bank on `TaskRunner` worker threads, so the waiting never blocks the GUI thread. If the
    build fails, every call raises `Offline` (the user hears "cannot reach the bank").
    """

    def __init__(self, build: Callable[[ExitStack], Bank], timeout_s: float = BANK_READY_TIMEOUT_S) -> None:
        self._build = build
        self._timeout_s = timeout_s
        self._resources = ExitStack()  # the embedded demo bank, stopped by close()
        self._bank: Bank | None = None
        self._failed = False
        self._ready = threading.Event()
        self._start_lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Begin building on a daemon thread; later calls do nothing."""
        with self._start_lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="a11y-bank-start", daemon=True)
                self._thread.start()

    def _run(self) -> None:
        try:
            self._bank = self._build(self._resources)
        except Exception:  # reported to the user as Offline on the first call; details in the log
            log.exception("the bank could not be started")
            self._failed = True
        finally:
            self._ready.set()

    @property
    def ready(self) -> bool:
        return self._ready.is_set()

    @property
    def session(self) -> Any:
        """None (signed out) while the bank is still being built; no need to wait for that answer."""
        return self._bank.session if self._bank is not None else None

    def wait(self) -> Bank:
        """The real bank, once built (starting the build if nobody has)."""
        from a11y_bank.api.errors import Offline

        self.start()
        if not self._ready.wait(self._timeout_s):
            raise Offline("the bank is still starting")
        if self._bank is None:
            raise Offline("the bank could not be started")
        return self._bank

    def __getattr__(self, name: str) -> Any:
        # Only names this class does not define arrive here: everything else is the real bank's.
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.wait(), name)

    def close(self) -> None:
        """Close the bank and stop the embedded demo bank (waits for a build in progress)."""
        if self._thread is not None:
            self._thread.join(self._timeout_s)
        if self._bank is not None:
            self._bank.close()
        self._resources.close()

    def __repr__(self) -> str:
        state = "ready" if self._bank is not None else "failed" if self._failed else "starting"
        return f"DeferredBank({state})"


def deferred_bank(options: Options) -> DeferredBank:
    """The bank of `options` (`--api-url` or the embedded demo bank), built when started."""

    def build(resources: ExitStack) -> Bank:
        url = resources.enter_context(bank_url(options))
        return make_bank(url, options.data_dir)

    return DeferredBank(build)


def run_check(options: Options) -> int:
    """Sign in as the demo customer and print every account with its balances (no Qt)."""
    from a11y_bank.api.errors import BankApiError

    with bank_url(options) as url:
        bank = make_bank(url, options.data_dir)
        try:
            bank.sign_in(DEMO_USER, DEMO_PASSWORD)
            for account in bank.accounts():
                balances = bank.balances(account.account_id)
                amounts = ", ".join(f"{b.type} {b.signed.to_wire()} {b.signed.currency}" for b in balances)
                name = account.nickname or account.description or account.kind
                sys.stdout.write(f"{name} ({account.masked}, {account.currency}): {amounts}\n")
            bank.sign_out()
        except BankApiError as exc:
            sys.stderr.write(f"check failed: {type(exc).__name__}\n")
            return 1
        finally:
            bank.close()
    return 0


def _module_uses_pyside(module: ModuleType) -> bool:
    """PySide6's question "does this module use PySide?", answered from the module's globals.

    A module counts when one of its globals is a PySide6 module or comes from one (a Qt class, enum
    or function imported into it). PySide6's own answer greps the module's source for "PySide6".
    """
    for value in list(vars(module).values()):
        try:
            name = value.__name__ if isinstance(value, ModuleType) else getattr(value, "__module__", None)
        except Exception:  # noqa: S112 - an odd global (a proxy) must never break an import
            continue
        if isinstance(name, str) and name.startswith(("PySide6", "shiboken6")):
            return True
    return False


def skip_pyside_source_scan() -> bool:
    """Stop PySide6 reading the source of every module imported after it (~20 ms of a cold start).

    Once imported, PySide6 hooks `import` and, for each new module, decides whether `from __feature__
    import snake_case` could apply to it: `inspect.getsource(module)`, i.e. the whole source file read,
    decoded and kept in `linecache` (shibokensupport/feature.py `_mod_uses_pyside`; 120 modules before
    the sign-in window's first paint: docs/performance.md). This app selects no `__feature__`, so the
    answer only sorts modules into "switching default" (0) and "ignore" (-1), which act the same; it
    is given from the module's globals instead. Returns False (and changes nothing) if PySide6's
    internals are not as expected.
    """
    import PySide6.QtCore  # noqa: F401 - installs the import hook and loads shibokensupport

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    if not isinstance(getattr(feature, "pyside_feature_dict", None), dict):
        return False
    setattr(feature, "_mod_uses_pyside", _module_uses_pyside)  # noqa: B010 - a private name
    return True


def main(argv: Sequence[str] | None = None) -> int:
    options = parse_args(argv)
    if options.check:
        return run_check(options)
    skip_pyside_source_scan()  # before the app's ~120 modules are imported
    from a11y_bank.app import run_app

    return run_app(options)
