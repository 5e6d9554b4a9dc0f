"""Settings: text size, voice and rate, high contrast, language, and the accessibility profile
(colours, voice pitch and volume, verbosity, typing echo, time limit, export / import: see
settings_profile). Changes apply at once and are saved."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QSpinBox, QVBoxLayout, QWidget

from a11y_bank import i18n
from a11y_bank.ui.screens.base import Screen
from a11y_bank.ui.screens.settings_profile import ProfileControls
from a11y_bank.ui.theme import MAX_PERCENT, MIN_PERCENT, STEP_PERCENT, make_heading
from a11y_bank.ui.widgets.fields import LabelledField

if TYPE_CHECKING:
    from a11y_bank.ui.context import AppContext

MIN_RATE_WPM = 80
MAX_RATE_WPM = 400
# Languages offered; the names are shown in their own language on purpose (not translated).
LANGUAGES: tuple[tuple[str, str], ...] = (("en", "English"), ("zh_CN", "中文（简体）"))


class SettingsScreen(Screen):
    section = "settings"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heading = QLabel(self)
        make_heading(self.heading)
        self.text_size = QSpinBox(self)
        self.text_size.setRange(MIN_PERCENT, MAX_PERCENT)
        self.text_size.setSingleStep(STEP_PERCENT)
        self.text_size.setKeyboardTracking(False)  # apply when typing is done, not per digit
        self.text_size_field = LabelledField(self.text_size, parent=self)
        self.voice = QCheckBox(self)
        self.rate = QSpinBox(self)
        self.rate.setRange(MIN_RATE_WPM, MAX_RATE_WPM)
        self.rate.setSingleStep(20)
        self.rate.setKeyboardTracking(False)
        self.rate_field = LabelledField(self.rate, parent=self)
        self.high_contrast = QCheckBox(self)
        self.language = QComboBox(self)
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language_field = LabelledField(self.language, parent=self)
        # Theme, voice pitch/volume, verbosity, echo, time limit, profile export (issue 4).
        self.profile_controls = ProfileControls(ctx, self) if ctx.profile is not None else None

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.text_size_field)
        layout.addWidget(self.voice)
        layout.addWidget(self.rate_field)
        layout.addWidget(self.high_contrast)
        layout.addWidget(self.language_field)
        if self.profile_controls is not None:
            layout.addWidget(self.profile_controls)
        layout.addStretch(1)
        self._load()
        self.text_size.valueChanged.connect(self._text_size_changed)
        self.voice.toggled.connect(self._voice_toggled)
        self.rate.valueChanged.connect(self._rate_changed)
        self.high_contrast.toggled.connect(self._contrast_toggled)
        self.language.currentIndexChanged.connect(self._language_changed)
        if ctx.theme is not None:
            ctx.theme.text_size_changed.connect(self._follow_text_size)
        self.retranslate_ui()

    def title(self) -> str:
        #: Title of the settings screen.
        return self.tr("Settings")

    def retranslate_ui(self) -> None:
        self.heading.setText(self.title())
        #: Label of the text size control; the value is a percentage from 100 to 400.
        self.text_size_field.set_text(self.tr("Text size (percent)"))
        #: Hint under the text size control.
        self.text_size_field.set_hint(self.tr("From 100 to 400. Ctrl+Plus and Ctrl+Minus also change it."))
        self.text_size.setSuffix(" %")
        #: Check box that turns the app's own voice on or off (short: it cannot wrap at large text).
        self.voice.setText(self.tr("Voice"))
        self.voice.setAccessibleDescription(
            #: Description of the Voice check box.
            self.tr("The app reads its messages aloud with its own voice, besides any screen reader.")
        )
        #: Label of the speaking rate control, in words per minute.
        self.rate_field.set_text(self.tr("Speaking rate (words per minute)"))
        #: Check box for the black, white and yellow high-contrast colours (short: it cannot wrap).
        self.high_contrast.setText(self.tr("High contrast"))
        #: Label of the language choice.
        self.language_field.set_text(self.tr("Language"))
        #: Hint under the language choice.
        self.language_field.set_hint(self.tr("The whole app changes language at once."))
        for box in (self.voice, self.high_contrast):
            box.setAccessibleName(box.text())
        if self.profile_controls is not None:
            self.profile_controls.retranslate_ui()

    def first_focus(self) -> QWidget:
        return self.text_size

    # -- settings <-> controls ------------------------------------------------------------------

    def _load(self) -> None:
        s = self.ctx.settings
        theme = self.ctx.theme
        self.text_size.setValue(theme.text_percent if theme is not None else int(s.text_size_percent))
        self.voice.setChecked(bool(s.voice_enabled))
        self.rate.setValue(int(s.voice_rate))
        self.rate.setEnabled(bool(s.voice_enabled))
        self.high_contrast.setChecked(bool(s.high_contrast))
        index = self.language.findData(s.language)
        self.language.setCurrentIndex(max(index, 0))

    def _text_size_changed(self, value: int) -> None:
        if self.ctx.theme is not None:
            value = self.ctx.theme.set_text_percent(value)
        self.ctx.settings.text_size_percent = value
        self.ctx.save_settings()

    def _follow_text_size(self, percent: int) -> None:
        if self.text_size.value() != percent:
            self.text_size.blockSignals(True)
            self.text_size.setValue(percent)
            self.text_size.blockSignals(False)

    def _voice_toggled(self, on: bool) -> None:
        self.ctx.settings.voice_enabled = on
        self.rate.setEnabled(on)
        if self.ctx.speech is not None:
            self.ctx.speech.set_enabled(on)
        self.ctx.save_settings()
        if on:
            #: Announced when the app's own voice is turned on.
            self.announce(self.tr("Voice on."))
        else:
            #: Announced when the app's own voice is turned off.
            self.announce(self.tr("Voice off."))

    def _rate_changed(self, value: int) -> None:
        self.ctx.settings.voice_rate = value
        if self.ctx.speech is not None:
            self.ctx.speech.set_rate(value)
        self.ctx.save_settings()

    def _contrast_toggled(self, on: bool) -> None:
        self.ctx.settings.high_contrast = on
        if self.ctx.theme is not None:
            self.ctx.theme.set_high_contrast(on)
        self.ctx.save_settings()

    def _language_changed(self, index: int) -> None:
        code = self.language.itemData(index)
        if isinstance(code, str):
            # Every open screen retranslates itself on the LanguageChange event this sends.
            self.ctx.settings.language = i18n.switch_language(code)
            self.ctx.save_settings()
            if self.ctx.speech is not None:
                self.ctx.speech.set_language(self.ctx.settings.language)
            #: Announced (in the new language) after the language changed; {language} is its name.
            self.announce(self.tr("Language: {language}.").format(language=self.language.currentText()))
