"""Help: every keyboard shortcut from the one table (`ui/shortcuts.py`: the main window's keys, then the
keys that one screen or panel binds), a button that reads them all aloud, and one that opens the
accessibility statement with its feedback form (`help_accessibility.py`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from a11y_bank.a11y.priority import Priority
from a11y_bank.ui.screens.base import Screen
from a11y_bank.ui.shortcuts import MORE_SHORTCUTS, SHORTCUTS, Shortcut
from a11y_bank.ui.theme import make_heading

if TYPE_CHECKING:
    from a11y_bank.ui.context import AppContext


class HelpScreen(Screen):
    section = "help"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heading = QLabel(self)
        make_heading(self.heading)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.list_label = QLabel(self)
        self.shortcut_list = QListWidget(self)
        self.shortcut_list.setWordWrap(True)
        self.list_label.setBuddy(self.shortcut_list)
        self.more_label = QLabel(self)
        self.more_list = QListWidget(self)
        self.more_list.setWordWrap(True)
        self.more_label.setBuddy(self.more_list)
        for view, specs in ((self.shortcut_list, SHORTCUTS), (self.more_list, MORE_SHORTCUTS)):
            for spec in specs:
                item = QListWidgetItem(view)
                item.setData(Qt.ItemDataRole.UserRole, spec.action)
        self.read_aloud = QPushButton(self)
        self.read_aloud.clicked.connect(self.read_shortcuts_aloud)
        self.accessibility_button = QPushButton(self)
        self.accessibility_button.setObjectName("openAccessibility")
        self.accessibility_button.clicked.connect(lambda: self.ctx.navigate("accessibility"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.list_label)
        layout.addWidget(self.shortcut_list, 1)
        layout.addWidget(self.more_label)
        layout.addWidget(self.more_list)
        layout.addWidget(self.read_aloud)
        layout.addWidget(self.accessibility_button)
        self.retranslate_ui()

    def title(self) -> str:
        #: Title of the help screen.
        return self.tr("Help")

    def retranslate_ui(self) -> None:
        self.heading.setText(self.title())
        self.intro.setText(
            #: Introduction on the help screen.
            self.tr(
                "Use Tab and Shift+Tab to move between controls and Enter or Space to use them. "
                "Every shortcut below is optional: the section list and the buttons at the bottom "
                "of the window do the same."
            )
        )
        #: Label of the list of keyboard shortcuts.
        self.list_label.setText(self.tr("Keyboard shortcuts"))
        self.shortcut_list.setAccessibleName(self.list_label.text())
        #: Label of the second list of keys: those that work on one screen or open a panel.
        self.more_label.setText(self.tr("More keys"))
        self.more_list.setAccessibleName(self.more_label.text())
        for view, specs in ((self.shortcut_list, SHORTCUTS), (self.more_list, MORE_SHORTCUTS)):
            for row, spec in enumerate(specs):
                view.item(row).setText(self.describe(spec))
        #: Button that reads every keyboard shortcut aloud.
        self.read_aloud.setText(self.tr("Read shortcuts aloud"))
        self.read_aloud.setAccessibleName(self.read_aloud.text())
        #: Button on the help screen that opens the accessibility statement and the feedback form.
        self.accessibility_button.setText(self.tr("Accessibility statement and feedback"))
        self.accessibility_button.setAccessibleName(self.accessibility_button.text())

    def describe(self, spec: Shortcut) -> str:
        #: One line of the shortcut list: {keys} like "Alt+1", {action} like "Go to Accounts".
        return self.tr("{keys}: {action}").format(keys=spec.key_text(), action=spec.translated_description())

    def read_shortcuts_aloud(self) -> None:
        lines = [self.describe(spec) for spec in (*SHORTCUTS, *MORE_SHORTCUTS)]
        self.announce(". ".join(lines) + ".", Priority.NORMAL)

    def first_focus(self) -> QWidget:
        return self.shortcut_list
