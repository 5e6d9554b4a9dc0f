"""What a frozen a11y bank finds at run time, checked from inside the bundle.

Each check says whether the *bundle* carries what the app needs (required) or whether the *machine*
offers it (informational: a speech engine, an unlocked keyring). `run()` prints the report as JSON
and returns 1 when a required check fails. The manifest of resources is written by the spec at build
time (`bundle/bundle-manifest.json`): every package resource the build collected must be found
again through `importlib.resources`, the way the app looks for it.

Qt imports are local: this module belongs to packaging, not to the Qt layers of the app.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import importlib.resources
import json
import sys
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from decimal import Decimal
from pathlib import Path

MANIFEST_DIR = "bundle"
MANIFEST_NAME = "bundle-manifest.json"
PACKAGE = "a11y_bank"

# The pyttsx3 driver and the keyring backend module each OS needs, plus what that backend imports.
SPEECH_DRIVERS = {"linux": "espeak", "win32": "sapi5", "darwin": "nsss"}
KEYRING_MODULES = {
    "linux": ("keyring.backends.SecretService", "secretstorage", "jeepney", "keyring.backends.libsecret"),
    "win32": ("keyring.backends.Windows", "win32ctypes"),
    "darwin": ("keyring.backends.macOS",),
}
QT_PLATFORM_PLUGINS = {
    "linux": ("xcb", "offscreen", "wayland"),
    "win32": ("windows", "offscreen"),
    "darwin": ("cocoa", "offscreen"),
}


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str
    required: bool = True


def os_key() -> str:
    return "linux" if sys.platform.startswith("linux") else sys.platform


def bundle_root() -> Path:
    """Where the bundle unpacked its data (`sys._MEIPASS`), or this file's folder when not frozen."""
    return Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent))


def load_manifest(path: Path) -> list[str]:
    """Package-relative resource paths (POSIX) the build put into the bundle."""
    data = json.loads(path.read_text(encoding="utf-8"))
    resources = data["resources"]
    if not isinstance(resources, list) or not all(isinstance(r, str) for r in resources):
        raise ValueError(f"{path}: 'resources' must be a list of paths")
    return resources


def check_resources(resources: Iterable[str]) -> Check:
    """Every collected resource is found the way the app finds it (importlib.resources)."""
    package = importlib.resources.files(PACKAGE)
    wanted = list(resources)
    missing = [r for r in wanted if not package.joinpath(*r.split("/")).is_file()]
    if missing:
        return Check("resources", False, f"missing {len(missing)} of {len(wanted)}: {missing[:5]}")
    return Check("resources", True, f"{len(wanted)} found")


def check_translations(resources: Iterable[str]) -> Check:
    """The .qm files load from where the app looks (i18n.QM_DIR), and Qt's for the same languages."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from a11y_bank.i18n import QM_DIR as TRANSLATIONS_DIR

    names = [Path(r).name for r in resources if r.startswith("translations/") and r.endswith(".qm")]
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    failed: list[str] = []
    for name in names:
        if not QTranslator().load(str(TRANSLATIONS_DIR / name)):
            failed.append(name)
        lang = name.removeprefix("a11y_bank_").removesuffix(".qm")
        qt_file = qt_dir / f"qtbase_{lang}.qm"
        if not lang.startswith("en") and not QTranslator().load(str(qt_file)):
            failed.append(qt_file.name)
    if failed:
        return Check("translations", False, f"cannot load {failed}")
    return Check("translations", True, f"{len(names)} app catalogues (+ qtbase): {names}")


def check_import(name: str, modules: Iterable[str], *, required: bool = True) -> Check:
    failed: list[str] = []
    for module in modules:
        try:
            importlib.import_module(module)
        except Exception as exc:  # any import failure means the module is not usable here
            failed.append(f"{module}: {type(exc).__name__}: {exc}")
    if failed:
        return Check(name, False, "; ".join(failed), required)
    return Check(name, True, ", ".join(modules), required)


def check_speech_engine() -> Check:
    """The OS speech engine answers (espeak-ng / SAPI5 / NSSpeechSynthesizer): the machine's part."""
    try:
        import pyttsx3

        engine = pyttsx3.init()
        voices = engine.getProperty("voices") or []
        engine.stop()
    except Exception as exc:  # no engine on this machine: reported, the app stays silent
        return Check("speech-engine", False, f"{type(exc).__name__}: {exc}", required=False)
    return Check("speech-engine", True, f"{len(voices)} voices", required=False)


def check_keyring_entry_points() -> Check:
    """keyring discovers its backends through package metadata, which freezers drop unless copied."""
    names = sorted(ep.name for ep in importlib.metadata.entry_points(group="keyring.backends"))
    return Check("keyring-entry-points", bool(names), ", ".join(names) or "none (metadata not bundled)")


def check_keyring_default() -> Check:
    try:
        import keyring

        backend = keyring.get_keyring()
    except Exception as exc:  # a broken D-Bus session is the machine's problem
        return Check("keyring-default", False, f"{type(exc).__name__}: {exc}", required=False)
    kind = f"{type(backend).__module__}.{type(backend).__qualname__}"
    return Check("keyring-default", True, kind, required=False)


def check_qt_plugins() -> Check:
    from PySide6.QtCore import QLibraryInfo

    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    found = {p.name for p in plugins.glob("*") if p.is_file()}
    wanted = QT_PLATFORM_PLUGINS.get(os_key(), ())
    missing = [w for w in wanted if not any(w in name for name in found)]
    if missing:
        return Check("qt-platform-plugins", False, f"missing {missing} in {plugins}")
    return Check("qt-platform-plugins", True, ", ".join(sorted(found)))


def check_qt_dbus() -> Check:
    """Linux screen readers reach Qt through AT-SPI over D-Bus: libQt6DBus must travel along."""
    from PySide6.QtCore import QLibraryInfo

    roots = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.LibrariesPath)), bundle_root()]
    hits = [str(p) for root in roots for p in root.glob("libQt6DBus.so*")]
    return Check("qt-atspi-dbus", bool(hits), hits[0] if hits else f"libQt6DBus.so.6 not in {roots}")


def check_money_locale_data() -> Check:
    """Babel's CLDR data is bundled: money formats in the shipped languages."""
    from a11y_bank.domain.money import Money, format_money

    try:
        shown = [format_money(Money(Decimal("1234.50"), "CNY"), lang) for lang in ("en", "zh_CN")]
    except Exception as exc:  # missing locale data raises inside Babel
        return Check("money-locale-data", False, f"{type(exc).__name__}: {exc}")
    return Check("money-locale-data", True, " | ".join(shown))


def check_low_vision_font() -> Check:
    """The low-vision font's TTFs and licence travel with the bundle (a11y.fonts reads the package)."""
    from a11y_bank.a11y import fonts

    files = [f.name for f in fonts.font_files()]
    ok = bool(files) and bool(fonts.licence_text())
    return Check("low-vision-font", ok, ", ".join(files) if files else "no font files found")


def collect_checks(resources: list[str]) -> list[Check]:
    key = os_key()
    checks: list[Callable[[], Check]] = [
        lambda: check_resources(resources),
        lambda: check_translations(resources),
        lambda: check_import("speech-driver", [f"pyttsx3.drivers.{SPEECH_DRIVERS.get(key, 'dummy')}"]),
        check_speech_engine,
        lambda: check_import("keyring-backends", KEYRING_MODULES.get(key, ())),
        check_keyring_entry_points,
        check_keyring_default,
        check_qt_plugins,
        check_money_locale_data,
        check_low_vision_font,
    ]
    if key == "linux":
        checks.append(check_qt_dbus)
    return [check() for check in checks]


def report(checks: list[Check]) -> dict[str, object]:
    import a11y_bank

    return {
        "frozen": bool(getattr(sys, "frozen", False)),
        "package": str(Path(a11y_bank.__file__).parent),
        "platform": sys.platform,
        "ok": all(c.ok for c in checks if c.required),
        "checks": [asdict(c) for c in checks],
    }


def run(manifest: Path | None = None) -> int:
    path = manifest or bundle_root() / MANIFEST_DIR / MANIFEST_NAME
    result = report(collect_checks(load_manifest(path)))
    sys.stdout.write(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    return 0 if result["ok"] else 1
