"""The `a11y-bank` entry point: the Qt-free --check path and a real start-up of the GUI (offscreen)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from a11y_bank.cli import parse_args

CHECK_WITHOUT_QT = """
import sys
from a11y_bank.cli import main
code = main(["--check", "--data-dir", sys.argv[1]])
assert "PySide6" not in sys.modules, "--check must not load Qt"
sys.exit(code)
"""


def test_options_defaults_and_choices(tmp_path: Path) -> None:
    options = parse_args(["--data-dir", str(tmp_path), "--speech", "spy", "--quit-after", "100"])
    assert options.api_url is None
    assert options.speech == "spy"
    assert options.quit_after_ms == 100
    assert parse_args([]).data_dir.name == "a11y_bank"
    with pytest.raises(SystemExit):
        parse_args(["--speech", "festival"])


def test_check_signs_in_and_prints_balances_without_qt(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", CHECK_WITHOUT_QT, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 4  # liwei: current, savings, shop, pounds
    assert any(line.startswith("Savings (") and "CNY" in line for line in lines)
    assert any("GBP" in line for line in lines)
    assert "Demo-1234" not in result.stdout + result.stderr


def test_gui_starts_with_embedded_bank_and_quits(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "a11y_bank",
            "--speech",
            "null",
            "--data-dir",
            str(tmp_path),
            "--quit-after",
            "1500",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert (tmp_path / "sandbox.sqlite3").exists()  # the demo bank lived in the data dir
