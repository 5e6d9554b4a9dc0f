"""Languages at run time: Qt's and the app's translators, the default locale and the voice language.

`Translations.switch("zh_CN")` swaps the installed translators; Qt then sends every window a
LanguageChange event, which each widget passes on to its children, and `Screen.changeEvent` calls
the screen's `retranslate_ui()`, so open screens change language without a restart. A screen hidden
behind the shown one keeps the event from its widgets and replays it when it is next shown
(`Screen.catch_up`): a switch costs the shown screen and the window, not all the open screens.

The `.qm` files are built from `translations/*.ts` by `tools/build_translations.sh` (run by
tools/install.sh); they are never committed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from a11y_bank.settings import LANGUAGES

__all__ = [
    "DEFAULT_LANGUAGE",
    "QM_DIR",
    "Translations",
    "follow_language",
    "normalise",
    "qt_translations_dir",
    "switch_language",
    "system_language",
    "translations",
]

log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "en"
QM_DIR = Path(__file__).parent / "translations"
"""Where tools/build_translations.sh puts the compiled `a11y_bank_<lang>.qm` files."""


def normalise(lang: str | None) -> str:
    """Any spelling ("zh-CN", "zh_Hans_CN", "en_GB", "") -> one of settings.LANGUAGES."""
    if not lang:
        return DEFAULT_LANGUAGE
    primary = lang.replace("-", "_").split("_")[0].lower()
    code = {"zh": "zh_CN", "en": "en"}.get(primary, DEFAULT_LANGUAGE)
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def system_language() -> str:
    """The supported language closest to the computer's own (the default before any choice)."""
    return normalise(QLocale.system().name())


def qt_translations_dir() -> str:
    """Qt's own catalogues (qtbase_zh_CN.qm ...), shipped inside the PySide6 wheel."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


class Translations(QObject):
    """Owns the installed translators; `switch()` changes the language of the whole running app."""

    # Emitted with the new language code after a switch (the voice and settings follow it).
    language_changed = Signal(str)

    def __init__(self, app: QCoreApplication, qm_dir: Path = QM_DIR) -> None:
        super().__init__(app)
        self._app = app
        self.qm_dir = qm_dir
        self._installed: list[QTranslator] = []
        self.language = ""

    def switch(self, lang: str) -> str:
        """Use `lang` everywhere from now on; returns the supported code actually used."""
        code = normalise(lang)
        if code == self.language:
            return code
        for translator in self._installed:
            self._app.removeTranslator(translator)
            translator.deleteLater()  # a child of ours: would pile up, one pair per switch
        self._installed = [t for t in self._load(code) if self._app.installTranslator(t)]
        QLocale.setDefault(QLocale(code))
        self.language = code
        self.language_changed.emit(code)
        return code

    def _load(self, code: str) -> list[QTranslator]:
        locale = QLocale(code)
        loaded: list[QTranslator] = []
        for name, directory in (("qtbase", qt_translations_dir()), ("a11y_bank", str(self.qm_dir))):
            translator = QTranslator(self)
            if translator.load(locale, name, "_", directory):
                loaded.append(translator)
            elif code != DEFAULT_LANGUAGE:
                # English is the source language: only a missing non-English catalogue is a problem.
                log.warning("no %s translation for %s in %s", name, code, directory)
        return loaded


def translations(app: QCoreApplication | None = None) -> Translations:
    """The running application's `Translations` (created, with nothing loaded, on first use)."""
    app = app or QCoreApplication.instance()
    if app is None:
        raise RuntimeError("no QApplication yet")
    found = app.findChild(Translations)
    return found if isinstance(found, Translations) else Translations(app)


def switch_language(lang: str) -> str:
    """Switch the running app to `lang` (every open screen retranslates); returns the code used."""
    return translations().switch(lang)


def follow_language(apply: Callable[[str], None], app: QCoreApplication | None = None) -> None:
    """Call `apply(code)` now (if a language is set) and after every switch, e.g. the voice."""
    current = translations(app)
    if current.language:
        apply(current.language)
    current.language_changed.connect(apply)
