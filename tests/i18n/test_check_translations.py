"""tools/check_translations.py: the real catalogues pass, and each kind of problem is caught."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "check_translations", ROOT / "tools" / "check_translations.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look the module up while the class is built
    spec.loader.exec_module(module)
    return module


tool = _load_tool()

GOOD_SOURCE = """
from PySide6.QtWidgets import QWidget

class Demo(QWidget):
    def texts(self) -> list[str]:
        #: A greeting.
        hello = self.tr("Hello {name}")
        #: Count of apples.
        apples = self.tr("%n apples", "", 3)
        return [hello, apples]
"""


@pytest.fixture
def project(tmp_path: Path) -> tuple[Path, list[Path]]:
    """A one-file project whose two catalogues are up to date and fully translated."""
    source = tmp_path / "demo.py"
    source.write_text(GOOD_SOURCE, encoding="utf-8")
    ts_dir = tmp_path / "ts"
    ts_dir.mkdir()
    tool.run_lupdate([tool.ts_path(lang, ts_dir) for lang in tool.LANGUAGES], [source])
    for lang in tool.LANGUAGES:
        ts = tool.ts_path(lang, ts_dir)
        text = ts.read_text(encoding="utf-8")
        text = text.replace(
            '<translation type="unfinished"></translation>', "<translation>你好 {name}</translation>", 1
        )
        forms = "<numerusform>%n 个苹果</numerusform>" + (
            "<numerusform>%n apples</numerusform>" if lang == "en" else ""
        )
        text = text.replace('<translation type="unfinished">', "<translation>", 1)
        text = text.replace("<numerusform></numerusform>", "", 2).replace("<translation></translation>", "")
        text = text.replace("<translation>\n", f"<translation>{forms}\n", 1)
        ts.write_text(text, encoding="utf-8")
        tool.run_lupdate([ts], [source])  # lupdate's own layout, as a translator's commit has
    return ts_dir, [source]


def test_the_project_catalogues_are_complete_and_current() -> None:
    problems = tool.check()
    assert problems == []
    entries = tool.read_entries(tool.ts_path("zh_CN"))
    assert len(entries) > 500  # every screen, the shortcuts and the message catalogue
    assert {"Messages", "TransferScreen", "SettingsScreen", "Sections"} <= {e.context for e in entries}


def test_a_good_project_passes(project: tuple[Path, list[Path]]) -> None:
    ts_dir, sources = project
    assert tool.check(ts_dir=ts_dir, sources=sources) == []


def test_a_string_without_translator_comment_fails(project: tuple[Path, list[Path]]) -> None:
    ts_dir, sources = project
    sources[0].write_text(GOOD_SOURCE.replace("        #: A greeting.\n", ""), encoding="utf-8")
    tool.run_lupdate([tool.ts_path(lang, ts_dir) for lang in tool.LANGUAGES], sources)
    problems = tool.check(ts_dir=ts_dir, sources=sources)
    assert problems == ["no translator comment (#:) for Demo: 'Hello {name}'"]


def test_an_unfinished_entry_fails(project: tuple[Path, list[Path]]) -> None:
    ts_dir, sources = project
    ts = tool.ts_path("zh_CN", ts_dir)
    ts.write_text(
        ts.read_text(encoding="utf-8").replace(
            "<translation>你好 {name}", '<translation type="unfinished">你好 {name}'
        ),
        encoding="utf-8",
    )
    problems = tool.check(ts_dir=ts_dir, sources=sources)
    assert problems == ["zh_CN: unfinished entry Demo: 'Hello {name}'"]


def test_a_lost_placeholder_fails(project: tuple[Path, list[Path]]) -> None:
    ts_dir, sources = project
    ts = tool.ts_path("zh_CN", ts_dir)
    ts.write_text(ts.read_text(encoding="utf-8").replace("你好 {name}", "你好 {nom}"), encoding="utf-8")
    problems = tool.check(ts_dir=ts_dir, sources=sources)
    assert problems == ["zh_CN: placeholders differ in Demo: 'Hello {name}': '你好 {nom}'"]


def test_a_catalogue_lupdate_would_change_fails(project: tuple[Path, list[Path]]) -> None:
    ts_dir, sources = project
    sources[0].write_text(
        GOOD_SOURCE.replace(
            "        return [hello, apples]",
            '        #: New.\n        return [hello, apples, self.tr("New")]',
        ),
        encoding="utf-8",
    )
    before = {lang: tool.ts_path(lang, ts_dir).read_bytes() for lang in tool.LANGUAGES}
    problems = tool.check(ts_dir=ts_dir, sources=sources)
    assert problems == [
        "a11y_bank_en.ts is out of date: run python tools/check_translations.py --update",
        "a11y_bank_zh_CN.ts is out of date: run python tools/check_translations.py --update",
    ]
    assert before == {
        lang: tool.ts_path(lang, ts_dir).read_bytes() for lang in tool.LANGUAGES
    }  # only copies run


def test_a_missing_catalogue_fails(project: tuple[Path, list[Path]]) -> None:
    ts_dir, sources = project
    shutil.move(tool.ts_path("zh_CN", ts_dir), ts_dir / "elsewhere.ts")
    assert tool.check(ts_dir=ts_dir, sources=sources) == ["a11y_bank_zh_CN.ts is missing"]


def test_a_translator_comment_with_no_string_below_fails(tmp_path: Path) -> None:
    source = tmp_path / "notes.py"
    source.write_text(
        "#: How long a code stays valid.\n"
        "CODE_SECONDS = 300\n"
        "#: Title of the screen.\n"
        "title = self.tr('Transfer')\n"
        "#: Shown while the bank works.\n"
        "self._run(\n    work,\n    self.tr('Working.'),\n)\n",
        encoding="utf-8",
    )
    assert tool.stray_comments(source) == [
        "notes.py:1: a translator comment (#:) with no tr() below it; use #"
    ]


def test_a_string_hidden_behind_a_helper_fails(tmp_path: Path) -> None:
    source = tmp_path / "helper.py"
    source.write_text(
        "def _tr(text):\n    return text\n\n"
        "a = _tr('Hidden')\n"
        "b = tr('Also hidden')\n"
        "c = self.tr('Seen')\n"
        "d = QCoreApplication.translate('Ctx', 'Seen too')\n"
        "e = QT_TRANSLATE_NOOP('Ctx', 'Marked')\n"
        "f = _tr(name)\n",
        encoding="utf-8",
    )
    assert tool.hidden_strings(source) == [
        "helper.py:4: _tr('Hidden') is hidden from lupdate; call self.tr() or translate()",
        "helper.py:5: tr('Also hidden') is hidden from lupdate; call self.tr() or translate()",
    ]
