"""The accessibility-profile part of Settings: theme, low-vision font, line spacing, voice pitch and
volume, verbosity, typing echo, earcons, time limit, and export / import of the profile file. Every
change applies at once and is saved.

The main window follows the profile through `ProfileStore.subscribe` (verbosity, echo, time limit);
the theme and the voice are applied here and at start (`apply_profile`).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from a11y_bank.a11y.priority import Priority
from a11y_bank.a11y.profile import (
    LINE_SPACING_RANGE,
    MULTIPLIER_RANGE,
    PITCH_RANGE,
    VOLUME_RANGE,
    A11yProfile,
)
from a11y_bank.a11y.session_timer import BASE_AUTO_LOCK_S
from a11y_bank.domain.messages import QT_TRANSLATE_NOOP
from a11y_bank.ui.widgets.fields import LabelledField

if TYPE_CHECKING:
    from a11y_bank.a11y.speech import SpeechService
    from a11y_bank.ui.context import AppContext
    from a11y_bank.ui.theme import Theme

CONTEXT = "ProfileControls"
# Theme choices and their names (translated in context "ProfileControls").
THEME_NAMES: tuple[tuple[str, str], ...] = (
    #: Theme choice: follow the operating system's light or dark colours.
    ("system", QT_TRANSLATE_NOOP("ProfileControls", "Follow the system")),
    #: Theme choice: the normal light colours.
    ("default", QT_TRANSLATE_NOOP("ProfileControls", "Light")),
    #: Theme choice: dark colours.
    ("dark", QT_TRANSLATE_NOOP("ProfileControls", "Dark")),
    #: Theme choice: white on black, high contrast.
    ("high_contrast_dark", QT_TRANSLATE_NOOP("ProfileControls", "High contrast dark")),
    #: Theme choice: black on white, high contrast.
    ("high_contrast_light", QT_TRANSLATE_NOOP("ProfileControls", "High contrast light")),
    #: Theme choice: yellow text on black.
    ("yellow_on_black", QT_TRANSLATE_NOOP("ProfileControls", "Yellow on black")),
)


def _tr(text: str) -> str:
    """Translate a string marked elsewhere (the theme names above).

    Literal strings call QCoreApplication.translate("ProfileControls", ...) directly: lupdate only
    extracts those, never a string passed through a helper.
    """
    return QCoreApplication.translate(CONTEXT, text)


def apply_profile(profile: A11yProfile, theme: Theme | None, speech: SpeechService | None) -> None:
    """Make the profile's theme and voice take effect (at start and after an import)."""
    if theme is not None:
        theme.set_theme(profile.theme)
        if theme.low_vision_font != profile.low_vision_font:
            theme.set_low_vision_font(profile.low_vision_font)
        theme.set_line_spacing(profile.line_spacing_percent)
    if speech is not None:
        speech.set_properties(
            replace(speech.properties, pitch=profile.voice_pitch, volume=profile.voice_volume)
        )
        speech.earcons.enabled = profile.earcons
        speech.set_headphones_only(profile.headphones_only)


def tell_no_headphones(ctx: AppContext) -> None:
    """Show and announce (to the screen reader: the voice itself is silent) that headphones are missing."""
    ctx.announcer.announce(
        #: Announced when the voice may only use headphones and none are plugged in.
        QCoreApplication.translate(
            "ProfileControls",
            "No headphones are connected. The voice and sounds stay silent until you plug them in.",
        ),
        Priority.NOW,
    )


class ProfileControls(QWidget):
    """The controls; `ctx.profile` must be set (the settings screen only builds this when it is)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert ctx.profile is not None
        self.ctx = ctx
        self.store = ctx.profile
        self.theme = QComboBox(self)
        for key, _name in THEME_NAMES:
            self.theme.addItem("", key)
        self.theme_field = LabelledField(self.theme, parent=self)
        self.low_vision_font = QCheckBox(self)  # created in reading order: it is also the Tab order
        self.line_spacing = _spin(self, LINE_SPACING_RANGE, 25)
        self.line_spacing_field = LabelledField(self.line_spacing, parent=self)
        self.verbosity = QComboBox(self)
        self.verbosity.addItem("", "beginner")
        self.verbosity.addItem("", "expert")
        self.verbosity_field = LabelledField(self.verbosity, parent=self)
        self.echo = QCheckBox(self)
        self.earcons = QCheckBox(self)
        self.headphones_only = QCheckBox(self)
        self.pitch = _spin(self, PITCH_RANGE, 5)
        self.pitch_field = LabelledField(self.pitch, parent=self)
        self.volume = _spin(self, VOLUME_RANGE, 10)
        self.volume_field = LabelledField(self.volume, parent=self)
        self.time_limit = QComboBox(self)
        self.time_limit.addItem("", None)
        for multiplier in range(MULTIPLIER_RANGE[0], MULTIPLIER_RANGE[1] + 1):
            self.time_limit.addItem("", multiplier)
        self.time_limit_field = LabelledField(self.time_limit, parent=self)
        self.export_button = QPushButton(self)
        self.import_button = QPushButton(self)
        self._lay_out()
        self._load(self.store.profile)
        self.theme.currentIndexChanged.connect(self._theme_changed)
        self.verbosity.currentIndexChanged.connect(
            lambda _i: self._update(verbosity=self.verbosity.currentData())
        )
        self.echo.toggled.connect(lambda on: self._update(typing_echo=on))
        self.earcons.toggled.connect(self._earcons_changed)
        self.headphones_only.toggled.connect(self._headphones_changed)
        self.low_vision_font.toggled.connect(self._font_changed)
        self.line_spacing.valueChanged.connect(self._line_spacing_changed)
        self.pitch.valueChanged.connect(self._voice_changed)
        self.volume.valueChanged.connect(self._voice_changed)
        self.time_limit.currentIndexChanged.connect(self._time_limit_changed)
        self.export_button.clicked.connect(self._ask_export)
        self.import_button.clicked.connect(self._ask_import)
        self.retranslate_ui()

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.theme_field, self.low_vision_font, self.line_spacing_field, self.verbosity_field,
                       self.echo, self.earcons, self.headphones_only, self.pitch_field, self.volume_field,
                       self.time_limit_field):  # fmt: skip
            layout.addWidget(widget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def retranslate_ui(self) -> None:
        for row, (_key, name) in enumerate(THEME_NAMES):
            self.theme.setItemText(row, _tr(name))
        #: Label of the colour theme choice.
        self.theme_field.set_text(QCoreApplication.translate("ProfileControls", "Colours"))
        #: Label of the verbosity choice (how much the app's voice says about each control).
        self.verbosity_field.set_text(
            QCoreApplication.translate("ProfileControls", "How much the voice says")
        )
        #: Verbosity choice: name, type, value, shortcut and hint of each control.
        self.verbosity.setItemText(0, QCoreApplication.translate("ProfileControls", "Everything (beginner)"))
        #: Verbosity choice: name and value only.
        self.verbosity.setItemText(1, QCoreApplication.translate("ProfileControls", "Short (expert)"))
        #: Check box: the voice says each typed character (never in password or code fields).
        self.echo.setText(QCoreApplication.translate("ProfileControls", "Say typed characters"))
        self.echo.setAccessibleName(self.echo.text())
        self.echo.setAccessibleDescription(
            #: Description of the typed-echo check box: secrets are never spoken.
            QCoreApplication.translate("ProfileControls", "Password and code fields only ever say star.")
        )
        #: Check box: use Atkinson Hyperlegible, a font made for low vision (Chinese keeps the system font).
        self.low_vision_font.setText(QCoreApplication.translate("ProfileControls", "Low-vision font"))
        self.low_vision_font.setAccessibleName(self.low_vision_font.text())
        self.low_vision_font.setAccessibleDescription(
            #: Description of the low-vision font check box.
            QCoreApplication.translate(
                "ProfileControls", "Atkinson Hyperlegible: letters and digits that are hard to confuse."
            )
        )
        #: Label of the line spacing control, in percent of the normal spacing (100 to 200).
        self.line_spacing_field.set_text(
            QCoreApplication.translate("ProfileControls", "Line spacing (percent)")
        )
        #: Hint under the line spacing control.
        self.line_spacing_field.set_hint(
            QCoreApplication.translate("ProfileControls", "For statements, product sheets and chat.")
        )
        #: Check box: short sounds for success, warning and error (each also shown as a mark).
        self.earcons.setText(QCoreApplication.translate("ProfileControls", "Sounds for success and errors"))
        self.earcons.setAccessibleName(self.earcons.text())
        self.earcons.setAccessibleDescription(
            #: Description of the sounds check box: the status line always shows a mark with each sound.
            QCoreApplication.translate(
                "ProfileControls", "The status line also shows ✓, ⚠ or ✗ with each sound."
            )
        )
        #: Check box: the voice and the sounds play only through headphones (privacy in public places).
        self.headphones_only.setText(QCoreApplication.translate("ProfileControls", "Headphones only"))
        self.headphones_only.setAccessibleName(self.headphones_only.text())
        self.headphones_only.setAccessibleDescription(
            #: Description of the headphones-only check box.
            QCoreApplication.translate(
                "ProfileControls", "The voice and sounds stay silent without headphones."
            )
        )
        #: Label of the voice pitch control (0 to 99, 50 is normal).
        self.pitch_field.set_text(QCoreApplication.translate("ProfileControls", "Voice pitch"))
        #: Label of the voice volume control, in percent.
        self.volume_field.set_text(QCoreApplication.translate("ProfileControls", "Voice volume (percent)"))
        #: Label of the time limit choice (auto-lock when idle).
        self.time_limit_field.set_text(QCoreApplication.translate("ProfileControls", "Lock when idle"))
        #: Hint under the time limit choice.
        self.time_limit_field.set_hint(
            QCoreApplication.translate(
                "ProfileControls", "Off means no time limit. A warning comes first; F5 gives more time."
            )
        )
        #: Time limit choice: never lock.
        self.time_limit.setItemText(0, QCoreApplication.translate("ProfileControls", "Off"))
        for row in range(1, self.time_limit.count()):
            minutes = round(BASE_AUTO_LOCK_S / 60 * int(self.time_limit.itemData(row)))
            #: Time limit choice; {minutes} is a number like 5 or 50.
            self.time_limit.setItemText(
                row,
                QCoreApplication.translate("ProfileControls", "After {minutes} minutes").format(
                    minutes=minutes
                ),
            )
        #: Button that saves the accessibility profile to a file (to take to another computer).
        self.export_button.setText(QCoreApplication.translate("ProfileControls", "Export profile"))
        #: Button that reads an accessibility profile file.
        self.import_button.setText(QCoreApplication.translate("ProfileControls", "Import profile"))
        for button in (self.export_button, self.import_button):
            button.setAccessibleName(button.text())

    # -- profile <-> controls -----------------------------------------------------------------------

    def _inputs(self) -> tuple[QWidget, ...]:
        return (self.theme, self.low_vision_font, self.line_spacing, self.verbosity, self.echo, self.earcons,
                self.headphones_only, self.pitch, self.volume, self.time_limit)  # fmt: skip

    def _load(self, profile: A11yProfile) -> None:
        for widget in self._inputs():
            widget.blockSignals(True)
        self.theme.setCurrentIndex(max(self.theme.findData(profile.theme), 0))
        self.verbosity.setCurrentIndex(max(self.verbosity.findData(profile.verbosity), 0))
        self.echo.setChecked(profile.typing_echo)
        self.earcons.setChecked(profile.earcons)
        self.headphones_only.setChecked(profile.headphones_only)
        self.low_vision_font.setChecked(profile.low_vision_font)
        self.line_spacing.setValue(profile.line_spacing_percent)
        self.pitch.setValue(profile.voice_pitch)
        self.volume.setValue(profile.voice_volume)
        self.time_limit.setCurrentIndex(max(self.time_limit.findData(profile.time_multiplier), 0))
        for widget in self._inputs():
            widget.blockSignals(False)

    def _update(self, **changes: object) -> None:
        self.store.update(**changes)

    def _theme_changed(self, _index: int) -> None:
        self._update(theme=self.theme.currentData())
        apply_profile(self.store.profile, self.ctx.theme, None)
        #: Announced after the colour theme changed; {theme} is its name.
        self._announce(
            QCoreApplication.translate("ProfileControls", "Colours: {theme}.").format(
                theme=self.theme.currentText()
            )
        )

    def _voice_changed(self, _value: int) -> None:
        self._update(voice_pitch=self.pitch.value(), voice_volume=self.volume.value())
        apply_profile(self.store.profile, None, self.ctx.speech)

    def _font_changed(self, on: bool) -> None:
        self._update(low_vision_font=on)
        apply_profile(self.store.profile, self.ctx.theme, None)

    def _line_spacing_changed(self, percent: int) -> None:
        self._update(line_spacing_percent=percent)
        apply_profile(self.store.profile, self.ctx.theme, None)

    def _headphones_changed(self, on: bool) -> None:
        self._update(headphones_only=on)
        if self.ctx.speech is not None and not self.ctx.speech.set_headphones_only(on):
            tell_no_headphones(self.ctx)

    def _earcons_changed(self, on: bool) -> None:
        self._update(earcons=on)
        apply_profile(self.store.profile, None, self.ctx.speech)

    def _time_limit_changed(self, _index: int) -> None:
        self._update(time_multiplier=self.time_limit.currentData())
        #: Announced after the idle time limit changed; {choice} is "Off" or "After 10 minutes".
        self._announce(
            QCoreApplication.translate("ProfileControls", "Lock when idle: {choice}.").format(
                choice=self.time_limit.currentText()
            )
        )

    # -- export / import ------------------------------------------------------------------------------

    def export_profile(self, path: Path) -> bool:
        try:
            self.store.export_to(path, self.ctx.settings)
        except OSError:
            #: Announced when the profile file could not be written.
            self._announce(
                QCoreApplication.translate("ProfileControls", "The profile could not be saved there."),
                Priority.NOW,
            )
            return False
        #: Announced after the profile was exported; {name} is the file name.
        self._announce(
            QCoreApplication.translate("ProfileControls", "Profile saved as {name}.").format(name=path.name)
        )
        return True

    def import_profile(self, path: Path) -> bool:
        try:
            profile = self.store.import_from(path, self.ctx.settings)
        except (OSError, ValueError):
            #: Announced when the chosen file is not a readable accessibility profile.
            self._announce(
                QCoreApplication.translate("ProfileControls", "That file is not an accessibility profile."),
                Priority.NOW,
            )
            return False
        self.ctx.save_settings()
        apply_profile(profile, self.ctx.theme, self.ctx.speech)
        if self.ctx.speech is not None and profile.headphones_only and self.ctx.speech.route.device is None:
            tell_no_headphones(self.ctx)
        if self.ctx.theme is not None:
            self.ctx.theme.set_text_percent(self.ctx.settings.text_size_percent)
        if self.ctx.speech is not None:
            self.ctx.speech.set_enabled(self.ctx.settings.voice_enabled)
            self.ctx.speech.set_rate(self.ctx.settings.voice_rate)
        self._load(profile)
        #: Announced after a profile was imported and applied.
        self._announce(QCoreApplication.translate("ProfileControls", "Profile imported and applied."))
        return True

    def _ask_export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.export_button.text(), "a11y_profile.json", "JSON (*.json)",
            options=QFileDialog.Option.DontUseNativeDialog,
        )  # fmt: skip
        if path:
            self.export_profile(Path(path))

    def _ask_import(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.import_button.text(),
            "",
            "JSON (*.json)",
            options=QFileDialog.Option.DontUseNativeDialog,
        )
        if path:
            self.import_profile(Path(path))

    def _announce(self, text: str, priority: Priority = Priority.NORMAL) -> None:
        self.ctx.announcer.announce(text, priority)


def _spin(parent: QWidget, bounds: tuple[int, int], step: int) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(*bounds)
    spin.setSingleStep(step)
    spin.setKeyboardTracking(False)
    return spin
