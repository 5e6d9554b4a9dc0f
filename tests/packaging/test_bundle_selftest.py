"""The bundle self-test's checks, run from the venv: they pass where everything is installed and
fail, naming the gap, when something the bundle should carry is missing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bundle_config import PACKAGE, package_resources
from bundle_selftest import (
    Check,
    check_import,
    check_keyring_entry_points,
    check_money_locale_data,
    check_qt_plugins,
    check_resources,
    check_translations,
    collect_checks,
    report,
    run,
)

ROOT = Path(__file__).resolve().parents[2]


def source_resources() -> list[str]:
    return [r.package_path for r in package_resources(ROOT / PACKAGE)]


def test_every_required_check_passes_in_the_development_venv() -> None:
    checks = collect_checks(source_resources())
    failed = [c for c in checks if c.required and not c.ok]
    assert not failed, failed
    assert {c.name for c in checks} >= {
        "resources",
        "speech-driver",
        "keyring-backends",
        "qt-platform-plugins",
    }


def test_a_missing_resource_is_named() -> None:
    check = check_resources([*source_resources(), "sounds/not-there.wav"])
    assert not check.ok
    assert "sounds/not-there.wav" in check.detail


def test_an_unloadable_translation_fails() -> None:
    check = check_translations(["translations/a11y_bank_xx.qm"])
    assert not check.ok
    assert "a11y_bank_xx.qm" in check.detail


def test_a_missing_module_fails_with_its_name() -> None:
    check = check_import("speech-driver", ["pyttsx3.drivers.no_such_driver"])
    assert (check.ok, check.required) == (False, True)
    assert "no_such_driver" in check.detail


def test_keyring_backends_are_discoverable() -> None:
    assert check_keyring_entry_points().ok


def test_qt_offscreen_plugin_is_found() -> None:
    check = check_qt_plugins()
    assert check.ok, check.detail
    assert "offscreen" in check.detail


def test_money_formats_with_locale_data() -> None:
    check = check_money_locale_data()
    assert check.ok, check.detail
    assert "1,234.50" in check.detail


def test_report_fails_on_a_required_check_only() -> None:
    machine = Check("speech-engine", False, "no voice", required=False)
    assert report([machine])["ok"] is True
    assert report([machine, Check("resources", False, "gone")])["ok"] is False


def test_run_prints_json_and_exits_by_outcome(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    manifest = tmp_path / "bundle-manifest.json"
    manifest.write_text(json.dumps({"resources": ["api/extension-openapi.yaml"]}), encoding="utf-8")
    assert run(manifest) == 0
    assert json.loads(capsys.readouterr().out)["frozen"] is False
    manifest.write_text(json.dumps({"resources": ["missing.yaml"]}), encoding="utf-8")
    assert run(manifest) == 1
    assert json.loads(capsys.readouterr().out)["ok"] is False
