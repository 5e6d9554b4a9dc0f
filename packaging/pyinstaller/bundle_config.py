"""The build-time decisions of the spec, kept out of it so they are typed and tested.

- `package_resources`: every non-Python file inside `a11y_bank/` (OpenAPI YAML, themes, sounds, fonts,
  icons, compiled .qm) goes into the bundle at the same package-relative path, so the app finds it
  with `Path(__file__).parent / ...` or `importlib.resources` exactly as it does from a checkout.
- `compile_translations`: `.ts` sources become `.qm` in the build folder (the .qm files are
  git-ignored), placed in the bundle at `a11y_bank/translations/`, where `app.TRANSLATIONS_DIR` looks.
- `write_manifest`: the list of those resources, which `bundle_selftest` checks again at run time.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

PACKAGE = "a11y_bank"
SKIPPED_SUFFIXES = frozenset({".py", ".pyc", ".pyi", ".ts"})
SKIPPED_DIRS = frozenset({"__pycache__"})
TRANSLATION_SOURCES = ("translations", f"{PACKAGE}/translations")


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
