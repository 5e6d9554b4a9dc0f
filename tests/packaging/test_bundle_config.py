"""The spec's resource decisions (packaging/pyinstaller/bundle_config.py), on real files."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest
from bundle_config import (
    PACKAGE,
    Resource,
    bundle_resources,
    compile_translations,
    drop_dangling_symlinks,
    find_lrelease,
    merge,
    package_resources,
    prune_binaries,
    windows_version_info,
    write_manifest,
)
from bundle_selftest import load_manifest

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>SignIn</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
</context>
</TS>
"""


def make_package(root: Path) -> Path:
    package = root / PACKAGE
    for name in ("__init__.py", "api/x.yaml", "ui/theme/dark.qss", "sounds/ok.wav", "translations/a.ts"):
        (package / name).parent.mkdir(parents=True, exist_ok=True)
        (package / name).write_text("x", encoding="utf-8")
    (package / "__pycache__").mkdir()
    (package / "__pycache__" / "stale.txt").write_text("x", encoding="utf-8")
    return package


def test_package_resources_are_the_non_python_files(tmp_path: Path) -> None:
    package = make_package(tmp_path)
    found = package_resources(package)
    assert [r.package_path for r in found] == ["api/x.yaml", "sounds/ok.wav", "ui/theme/dark.qss"]
    assert found[2].data_entry() == (str(package / "ui/theme/dark.qss"), str(Path(PACKAGE, "ui/theme")))


def test_the_real_package_ships_its_openapi_document() -> None:
    root = Path(__file__).resolve().parents[2]
    paths = [r.package_path for r in package_resources(root / PACKAGE)]
    assert "api/extension-openapi.yaml" in paths
    assert not [p for p in paths if p.endswith((".py", ".pyc"))]


@pytest.mark.skipif(find_lrelease() is None, reason="pyside6-lrelease not installed")
def test_translations_compile_to_qm(tmp_path: Path) -> None:
    ts = tmp_path / "a11y_bank_zh_CN.ts"
    ts.write_text(TS, encoding="utf-8")
    compiled = compile_translations([ts], tmp_path / "out", find_lrelease())
    assert [r.package_path for r in compiled] == ["translations/a11y_bank_zh_CN.qm"]
    qm = compiled[0].source.read_bytes()
    assert qm.startswith(bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd"))  # the .qm magic number


def test_translation_sources_without_lrelease_fail_the_build(tmp_path: Path) -> None:
    ts = tmp_path / "a11y_bank_zh_CN.ts"
    ts.write_text(TS, encoding="utf-8")
    with pytest.raises(RuntimeError, match="pyside6-lrelease"):
        compile_translations([ts], tmp_path / "out", None)


def test_no_translation_sources_need_no_lrelease(tmp_path: Path) -> None:
    make_package(tmp_path)
    (tmp_path / PACKAGE / "translations" / "a.ts").unlink()
    resources = bundle_resources(tmp_path, tmp_path / "work")
    assert "translations/a.qm" not in [r.package_path for r in resources]


def test_fresh_qm_replaces_a_stale_one(tmp_path: Path) -> None:
    stale = Resource(tmp_path / "pkg" / "a.qm", "translations/a.qm")
    fresh = Resource(tmp_path / "build" / "a.qm", "translations/a.qm")
    other = Resource(tmp_path / "pkg" / "x.yaml", "api/x.yaml")
    assert merge([stale, other], [fresh]) == [other, fresh]


def test_manifest_round_trips_through_the_selftest_reader(tmp_path: Path) -> None:
    resources = [Resource(tmp_path / "b", "z/b.wav"), Resource(tmp_path / "a", "a.yaml")]
    path = write_manifest(resources, tmp_path / "bundle" / "bundle-manifest.json")
    assert load_manifest(path) == ["a.yaml", "z/b.wav"]


def test_a_malformed_manifest_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "m.json"
    path.write_text(json.dumps({"resources": "a.yaml"}), encoding="utf-8")
    with pytest.raises(ValueError, match="list of paths"):
        load_manifest(path)


def test_pruning_drops_a_plugin_with_the_libraries_only_it_needs() -> None:
    links = {
        "/src/libqgtk3.so": {"libgtk-3.so.0", "libQt6Gui.so.6"},
        "/src/libgtk-3.so.0": {"libcairo.so.2", "libglib-2.0.so.0"},
        "/src/libqxcb.so": {"libQt6Gui.so.6", "libglib-2.0.so.0"},
    }
    binaries = [
        ("plugins/libqgtk3.so", "/src/libqgtk3.so", "BINARY"),
        ("libgtk-3.so.0", "/src/libgtk-3.so.0", "BINARY"),
        ("libcairo.so.2", "/src/libcairo.so.2", "BINARY"),
        ("libglib-2.0.so.0", "/src/libglib-2.0.so.0", "BINARY"),  # also needed by xcb: stays
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("plugins/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        ("_ssl.so", "/src/_ssl.so", "EXTENSION"),  # linked by nothing: loaded by name, stays
    ]
    kept = prune_binaries(binaries, ["plugins/libqgtk3.so"], lambda src: links.get(src, set()))
    assert [dest for dest, _src, _kind in kept] == [
        "libglib-2.0.so.0",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "libQt6Gui.so.6",
        "plugins/libqxcb.so",
        "_ssl.so",
    ]


def test_links_to_libraries_that_no_longer_ship_are_dropped() -> None:
    binaries = [("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY")]
    datas = [
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("libQt6Quick.so.6", "PySide6/Qt/lib/libQt6Quick.so.6", "SYMLINK"),
        ("a11y_bank/api/x.yaml", "/src/x.yaml", "DATA"),
    ]
    assert drop_dangling_symlinks(datas, binaries) == [datas[0], datas[2]]


def test_windows_version_info_is_a_version_file_expression() -> None:
    text = windows_version_info("0.1.0", "a11y-bank")
    call = ast.parse(text, mode="eval").body
    assert isinstance(call, ast.Call)
    assert isinstance(call.func, ast.Name)
    assert call.func.id == "VSVersionInfo"
    assert "filevers=(0, 1, 0, 0)" in text
    assert "StringStruct('OriginalFilename', 'a11y-bank.exe')" in text
    assert "StringStruct('ProductVersion', '0.1.0')" in text


def test_the_spec_is_python_and_uses_the_tested_helpers() -> None:
    spec = Path(__file__).resolve().parents[2] / "packaging" / "pyinstaller" / "a11y_bank.spec"
    tree = ast.parse(spec.read_text(encoding="utf-8"))
    called = {n.func.id for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}
    assert {"bundle_resources", "write_manifest", "prune_binaries", "drop_dangling_symlinks"} <= called
    assert {"Analysis", "EXE", "COLLECT", "BUNDLE", "windows_version_info"} <= called
