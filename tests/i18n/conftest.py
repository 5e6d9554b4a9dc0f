"""Fixtures for the language tests: compiled catalogues in a temporary folder and a language switcher.

The GUI fixtures (ctx, main_window, signed_in_window, ...) are the GUI suite's own, imported here.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from a11y_bank.i18n import Translations, translations
from tests.gui.conftest import (  # noqa: F401 (fixtures)
    announcements,
    collect_garbage_after_test,
    ctx,
    gui_thread_gc,
    main_window,
    offline_ctx,
    offline_window,
    settings,
    signed_in_window,
    spy_speech,
    theme,
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .ts catalogues compiled by the real build script (as tools/install.sh does)."""
    out = tmp_path_factory.mktemp("qm")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in sorted((ROOT / "translations").glob("a11y_bank_*.ts")):
        subprocess.run(
            [str(lrelease), "-silent", str(ts), "-qm", str(out / f"{ts.stem}.qm")],
            check=True,
            capture_output=True,
        )
    return out


@pytest.fixture
def languages(qapp: QApplication, qm_dir: Path) -> Iterator[Translations]:
    """The app's Translations reading the freshly compiled catalogues; back to English afterwards."""
    current = translations(qapp)
    previous_dir, previous_locale = current.qm_dir, QLocale()
    current.qm_dir = qm_dir
    current.language = ""  # force a real load on the first switch
    yield current
    current.switch("en")
    current.qm_dir = previous_dir
    QLocale.setDefault(previous_locale)  # later tests see the locale they started with
