"""The build-time decisions of the spec, kept out of it so they are typed and tested.

- `package_resources`: every non-Python file inside `a11y_bank/` (OpenAPI YAML, themes, sounds, fonts,
  icons, compiled .qm) goes into the bundle at the same package-relative path, so the app finds it
  with `Path(__file__).parent / ...` or `importlib.resources` exactly as it does from a checkout.
- `compile_translations`: `.ts` sources become `.qm` in the build folder (the .qm files are
  git-ignored), placed in the bundle at `a11y_bank/translations/`, where `i18n.QM_DIR` looks.
- `write_manifest`: the list of those resources, which `bundle_selftest` checks again at run time.
- `windows_version_info`: the VERSIONINFO resource of the .exe files, in PyInstaller's text form.
- `prune_binaries`: leave out Qt plugins the app does not want, with the libraries only they need.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

PACKAGE = "a11y_bank"
SKIPPED_SUFFIXES = frozenset({".py", ".pyc", ".pyi", ".ts"})
SKIPPED_DIRS = frozenset({"__pycache__"})
TRANSLATION_SOURCES = ("translations", f"{PACKAGE}/translations")

# Qt plugins left out of the Linux bundle (bundle paths). Each drags in a stack of the build host's
# libraries that must not travel to other distributions:
# - the GTK 3 platform theme loads the build host's libgtk-3, whose theme engines and modules then
#   mismatch the user's (fonts and colour scheme still follow the desktop through the xdg portal theme);
# - Qt Virtual Keyboard pulls in QML and Qt Quick (~20 MB) for an on-screen keyboard that screen
#   readers cannot use; the OS keyboards (GNOME's, Onboard) work with AT-SPI instead.
DROPPED_QT_PLUGINS = (
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
)

# PyInstaller TOC entry: (path in the bundle, source file, type code).
TocEntry = tuple[str, str, str]


@dataclass(frozen=True)
class Resource:
    source: Path
    package_path: str  # POSIX path relative to the package, e.g. "translations/a11y_bank_zh_CN.qm"

    def data_entry(self) -> tuple[str, str]:
        """PyInstaller `datas` pair: (file, folder in the bundle)."""
        folder = str(Path(PACKAGE, self.package_path).parent)
        return (str(self.source), folder)


def package_resources(package_dir: Path) -> list[Resource]:
    """Non-Python files of the package (caches and translation sources left out), sorted."""
    found: list[Resource] = []
    for path in sorted(package_dir.rglob("*")):
        relative = path.relative_to(package_dir)
        if not path.is_file() or path.suffix in SKIPPED_SUFFIXES:
            continue
        if SKIPPED_DIRS.intersection(relative.parts):
            continue
        found.append(Resource(path, relative.as_posix()))
    return found


def find_lrelease() -> str | None:
    """pyside6-lrelease on PATH or next to the running interpreter (an unactivated venv)."""
    exe = "pyside6-lrelease.exe" if sys.platform == "win32" else "pyside6-lrelease"
    beside = Path(sys.executable).parent / exe
    return shutil.which("pyside6-lrelease") or (str(beside) if beside.exists() else None)


def translation_sources(root: Path) -> list[Path]:
    return sorted(ts for folder in TRANSLATION_SOURCES for ts in (root / folder).glob("*.ts"))


def compile_translations(sources: Iterable[Path], out_dir: Path, lrelease: str | None) -> list[Resource]:
    """Compile each .ts to out_dir/<stem>.qm; a .ts without lrelease is a build error, not a skip."""
    sources = list(sources)
    if sources and lrelease is None:
        raise RuntimeError("translations need pyside6-lrelease, which was not found")
    out_dir.mkdir(parents=True, exist_ok=True)
    compiled: list[Resource] = []
    for ts in sources:
        qm = out_dir / f"{ts.stem}.qm"
        assert lrelease is not None
        # Our own tool on our own files: no untrusted input reaches the command line.
        subprocess.run(  # noqa: S603
            [lrelease, str(ts), "-qm", str(qm)], check=True, capture_output=True, timeout=120
        )
        compiled.append(Resource(qm, f"translations/{qm.name}"))
    return compiled


def merge(package: list[Resource], compiled: list[Resource]) -> list[Resource]:
    """Freshly compiled .qm files win over stale ones lying in the package folder."""
    fresh = {r.package_path for r in compiled}
    return [r for r in package if r.package_path not in fresh] + compiled


def write_manifest(resources: Iterable[Resource], path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    listing = sorted(r.package_path for r in resources)
    path.write_text(json.dumps({"resources": listing}, indent=1) + "\n", encoding="utf-8")
    return path


def bundle_resources(root: Path, work_dir: Path) -> list[Resource]:
    """Everything the spec puts under `a11y_bank/` in the bundle, translations compiled first."""
    compiled = compile_translations(translation_sources(root), work_dir / "translations", find_lrelease())
    return merge(package_resources(root / PACKAGE), compiled)


def prune_binaries(
    binaries: Sequence[TocEntry], dropped: Iterable[str], needs: Callable[[str], set[str]]
) -> list[TocEntry]:
    """`binaries` without the `dropped` entries and the libraries that nothing else needs.

    `needs(source)` gives the base names a binary links against. A library goes when every binary
    that links it goes too; libraries nothing links (Python extensions, other plugins, libpython)
    stay, since they are loaded by name at run time.
    """
    gone = {dest for dest, _src, _kind in binaries if dest in set(dropped)}
    users: dict[str, set[str]] = {}
    for dest, src, _kind in binaries:
        for name in needs(src):
            users.setdefault(name, set()).add(dest)
    changed = True
    while changed:
        changed = False
        for dest, _src, _kind in binaries:
            linked_by = users.get(Path(dest).name, set())
            if dest not in gone and linked_by and linked_by <= gone:
                gone.add(dest)
                changed = True
    return [entry for entry in binaries if entry[0] not in gone]


def drop_dangling_symlinks(entries: Sequence[TocEntry], binaries: Sequence[TocEntry]) -> list[TocEntry]:
    """Leave out SYMLINK entries (PyInstaller puts top-level links to PySide6/Qt/lib in `datas`)
    whose target no longer ships in `binaries`."""
    shipped = {dest for dest, _src, _kind in binaries}
    return [e for e in entries if e[2] != "SYMLINK" or e[1] in shipped]


def windows_version_info(version: str, exe_name: str) -> str:
    """PyInstaller's version-file text (`VSVersionInfo(...)`, evaluated by PyInstaller on Windows).

    Written as text rather than built with `PyInstaller.utils.win32.versioninfo`, which needs
    pefile and so imports only on Windows: this way the Linux tests can check it.
    """
    parts = [int(p) for p in version.split(".")[:3]]
    numbers = tuple(parts + [0] * (4 - len(parts)))
    strings = {
        "CompanyName": "a11y bank",
        "FileDescription": "a11y bank - accessible banking",
        "FileVersion": version,
        "InternalName": exe_name,
        "LegalCopyright": "MIT licence",
        "OriginalFilename": f"{exe_name}.exe",
        "ProductName": "a11y bank",
        "ProductVersion": version,
    }
    table = ",\n".join(f"          StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
{table}
    ])]),
    VarFileInfo([VarStruct('Translation', [0x0409, 1200])])
  ]
)
"""
