"""a11y_bank.i18n and the start-up language: language codes, --lang, the saved choice, the system default."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from a11y_bank import i18n
from a11y_bank.app import start_language
from a11y_bank.cli import parse_args
from a11y_bank.domain.messages import CATALOGUE
from a11y_bank.i18n import Translations
from a11y_bank.settings import Settings
from a11y_bank.ui.messages import render, spoken_text, visible_text

CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("zh_CN", "zh_CN"),
        ("zh-CN", "zh_CN"),
        ("zh_Hans_CN", "zh_CN"),
        ("zh", "zh_CN"),
        ("en_GB", "en"),
        ("EN", "en"),
        ("", "en"),
        (None, "en"),
        ("fr_FR", "en"),
        ("C", "en"),
    ],
)
def test_any_spelling_becomes_a_supported_language(given: str | None, expected: str) -> None:
    assert i18n.normalise(given) == expected


def test_system_language_follows_the_computer() -> None:
    previous = QLocale()
    try:
        QLocale.setDefault(QLocale("zh_CN"))  # QLocale.system() is the process locale; default is ours
        assert i18n.system_language() == i18n.normalise(QLocale.system().name())
    finally:
        QLocale.setDefault(previous)


def test_lang_option_wins_then_the_saved_choice_then_the_system(
    qapp: QApplication, languages: Translations, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(i18n, "system_language", lambda: "zh_CN")
    settings = Settings()
    settings.language = "en"
    options = parse_args(["--data-dir", str(tmp_path), "--lang", "zh-CN"])
    assert start_language(qapp, options, settings, first_run=False) == "zh_CN"
    assert settings.language == "zh_CN"

    options = parse_args(["--data-dir", str(tmp_path)])
    settings.language = "en"
    assert start_language(qapp, options, settings, first_run=False) == "en"  # saved choice
    assert start_language(qapp, options, settings, first_run=True) == "zh_CN"  # first start: the system's
    assert languages.language == "zh_CN"


def test_every_catalogue_message_is_chinese_in_chinese(languages: Translations) -> None:
    languages.switch("zh_CN")
    for code, entry in CATALOGUE.items():
        params = dict.fromkeys(entry.placeholders(), "1")
        msg = render(code, **params)
        for part in (msg.text, msg.spoken, msg.action):
            assert not part or CJK.search(part), f"{code}: {part!r} is not translated"
    assert spoken_text(render("amount.empty")) == "金额为空。请用数字输入金额，例如 12.50。"
    languages.switch("en")
    assert render("amount.empty").text == "Enter an amount."
    assert spoken_text(render("amount.empty")).startswith("The amount is empty. ")


def test_chinese_sentences_join_without_a_space(languages: Translations) -> None:
    """Full-width punctuation carries its own space: "。 " shows a gap and the voice pauses twice."""
    languages.switch("zh_CN")
    gaps = {}
    for code, entry in CATALOGUE.items():
        msg = render(code, **dict.fromkeys(entry.placeholders(), "1"))
        for joined in (visible_text(msg), spoken_text(msg)):
            if re.search(r"[。，！？：；] ", joined):
                gaps[code] = joined
    assert gaps == {}


def test_no_chinese_translation_has_a_space_after_full_width_punctuation() -> None:
    """A space after "。" shows a gap and makes the voice pause twice: full-width marks hold their own."""
    catalogue = Path(__file__).resolve().parents[2] / "translations" / "a11y_bank_zh_CN.ts"
    texts = [t.text or "" for t in ET.parse(catalogue).getroot().iter("translation")]
    texts += [f.text or "" for f in ET.parse(catalogue).getroot().iter("numerusform")]
    assert len(texts) > 500
    assert [t for t in texts if re.search(r"[。，！？：；、] ", t)] == []
