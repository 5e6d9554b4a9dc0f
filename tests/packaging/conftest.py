"""The packaging helpers live outside the package (packaging/), so put them on sys.path here."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
for folder in (ROOT / "packaging" / "pyinstaller", ROOT / "packaging"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))
